import { sql } from "kysely";
import { insertWithFreeSlugs } from "./companies.ts";
import type { Queryable } from "./types.ts";

export interface PersonCandidate {
  name: string;
  key: string;
  slug: string;
  /** Company ids of this move: the company joined and the previous employers. */
  companyIds: number[];
}

export interface ResolvedPerson {
  id: number;
  /** True when an existing person was reused on the name alone, with no employer in common. */
  nameOnly: boolean;
}

/** A person candidate as the resolution statements read it (jsonb), in the order they insert. */
export interface CandidateRow {
  key: string;
  name: string;
  slug: string;
  first_try: boolean;
}

/**
 * The candidates sorted by key, so that concurrent imports take the unique-index locks in one order
 * (no deadlock); a slug given twice (none today: a person's slug and key are the same words) is
 * tried once here and created by completeResolution, with its suffix.
 */
export function candidateRows<T extends { name: string; key: string; slug: string }>(
  people: T[],
): (CandidateRow & { candidate: T })[] {
  const sorted = [...people].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const slugs = new Set<string>();
  return sorted.map((p) => {
    const slug = p.slug || "sans-nom";
    const firstTry = !slugs.has(slug);
    slugs.add(slug);
    return { key: p.key, name: p.name, slug, first_try: firstTry, candidate: p };
  });
}

/**
 * The people lookup and creation, as CTEs over a `candidate` CTE (key, name, slug, company_ids,
 * first_try) that the statement defines before them, ending in `resolved` (key, id, name_only): a
 * person whose history shares a company with the move (correlated subqueries walk each one's own
 * moves by index), else the only person of that name (name only), else new. id is null for a
 * candidate whose slug was taken (completeResolution creates it). Shared by resolveOrCreate and
 * the import's opening statement (imports.openIssueWithPeople).
 */
export const RESOLUTION_CTES = sql`
    known AS MATERIALIZED (
      SELECT p.id, p.key, ARRAY(
          SELECT m.company_id FROM moves m WHERE m.person_id = p.id
          UNION
          SELECT mpc.company_id FROM moves m JOIN move_previous_companies mpc ON mpc.move_id = m.id
          WHERE m.person_id = p.id) AS company_ids
      -- Each key a probe of people_key_idx, whatever the size. The keys come from the candidates, not
      -- a sent parameter, so that a custom plan would see no constant to gain from: the generic plan
      -- costs the same and PostgreSQL keeps it (a sent array made it plan every call, 0.9 ms of its
      -- 4.5 an issue in pg_stat_statements, session 12). Probed one key at a time (OFFSET 0 keeps the
      -- sub-select a per-key scan) rather than as key = ANY(…): the trigram index answers = too
      -- (pg_trgm 1.6), and a generic plan costs it as one index entry whatever the array, so on a
      -- young directory it took the trigram index in 31 of 245 waves (412 buffers for 10 keys
      -- against 20 by the b-tree); probed a key at a time, in none (session 19).
      FROM (SELECT DISTINCT key FROM candidate) AS wanted
      CROSS JOIN LATERAL (SELECT id, key FROM people WHERE people.key = wanted.key OFFSET 0) AS p
    ), chosen AS MATERIALIZED (
      SELECT c.key, c.name, c.slug, c.first_try,
        (SELECT k.id FROM known k WHERE k.key = c.key AND k.company_ids && c.company_ids ORDER BY k.id LIMIT 1)
          AS shared_id,
        (SELECT CASE WHEN count(*) = 1 THEN min(k.id) END FROM known k WHERE k.key = c.key) AS only_id
      FROM candidate c
    ), inserted AS (
      INSERT INTO people (name, key, slug)
      SELECT name, key, slug FROM chosen
      WHERE shared_id IS NULL AND only_id IS NULL AND first_try
      ORDER BY key
      ON CONFLICT DO NOTHING
      RETURNING id, key
    ), resolved AS (
      SELECT c.key, coalesce(c.shared_id, c.only_id, i.id) AS id,
        c.shared_id IS NULL AND c.only_id IS NOT NULL AS name_only
      FROM chosen c LEFT JOIN inserted i ON i.key = c.key
    )`;

/**
 * The resolution statement's rows into `result`, then the candidates it could not create under
 * their slug (taken by a homonym, or a person renamed since) created under the next free one.
 */
export async function completeResolution(
  db: Queryable,
  rows: { key: string; id: number | string | null; name_only: boolean }[],
  sorted: { name: string; key: string; slug: string }[],
  result: Map<string, ResolvedPerson>,
): Promise<Map<string, ResolvedPerson>> {
  for (const row of rows)
    if (row.id !== null) result.set(row.key, { id: Number(row.id), nameOnly: row.name_only });
  const missing = sorted.filter((p) => !result.has(p.key));
  if (missing.length > 0) {
    const inserted = await insertWithFreeSlugs(db, "people", missing);
    for (const row of inserted) result.set(row.key, { id: row.id, nameOnly: false });
  }
  return result;
}

/**
 * Attaches a move to an existing person with the same normalized name, preferring one whose
 * history shares a company with this move (homonyms exist); creates the person otherwise.
 */
export async function resolveOrCreate(
  db: Queryable,
  people: PersonCandidate[],
): Promise<Map<string, ResolvedPerson>> {
  const result = new Map<string, ResolvedPerson>();
  const byKey = new Map(people.map((p) => [p.key, p]));
  if (byKey.size === 0) return result;
  const ordered = candidateRows([...byKey.values()]);
  const candidates = ordered.map(({ candidate, ...row }) => ({ ...row, company_ids: candidate.companyIds }));
  // One statement looks the names up and creates the people nobody has (the importer's hot path is
  // round trips).
  const { rows } = await sql<{ key: string; id: number | null; name_only: boolean }>`
    /* prepared: import_resolve_people */
    WITH candidate AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb)
        AS c (key text, name text, slug text, company_ids bigint[], first_try boolean)
    ), ${RESOLUTION_CTES}
    SELECT key, id, name_only FROM resolved`.execute(db);
  return completeResolution(
    db,
    rows,
    ordered.map((o) => o.candidate),
    result,
  );
}

/**
 * People a visitor may follow, by slug or by normalized name: only those with a published move
 * (nobody else is public). Several rows for one key are homonyms, for the caller to tell apart.
 */
export async function findFollowable(
  db: Queryable,
  refs: { slugs: string[]; keys: string[] },
): Promise<{ id: number; name: string; slug: string; key: string }[]> {
  if (refs.slugs.length === 0 && refs.keys.length === 0) return [];
  const { rows } = await sql<{ id: number; name: string; slug: string; key: string }>`
    SELECT p.id, p.name, p.slug, p.key FROM people p
    WHERE (p.slug = ANY(${refs.slugs}::text[]) OR p.key = ANY(${refs.keys}::text[])
        OR p.id IN (SELECT target_id FROM slug_redirects WHERE entity = 'person' AND old_slug = ANY(${refs.slugs}::text[])))
      AND EXISTS (SELECT 1 FROM moves m WHERE m.person_id = p.id AND m.status = 'published')
    ORDER BY p.name, p.id`.execute(db);
  return rows;
}

/** Name autocomplete for following people: published people whose name starts like the words typed. */
export async function suggestPeople(db: Queryable, keyPrefix: string, limit = 10) {
  const { rows } = await sql<{ name: string; slug: string }>`
    SELECT p.name, p.slug FROM people p
    WHERE p.key LIKE ${`${keyPrefix.replace(/[\\%_]/g, "\\$&")}%`}
      AND EXISTS (SELECT 1 FROM moves m WHERE m.person_id = p.id AND m.status = 'published')
    ORDER BY p.key, p.id LIMIT ${limit}`.execute(db);
  return rows;
}
