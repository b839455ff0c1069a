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
  const keys = [...byKey.keys()];

  // Correlated subqueries, not a join over all moves: each walks the person's own moves by index.
  const { rows: existing } = await sql<{ id: number; key: string; company_ids: number[] }>`
    /* prepared: import_people_by_key */
    SELECT p.id, p.key, ARRAY(
        SELECT m.company_id FROM moves m WHERE m.person_id = p.id
        UNION
        SELECT mpc.company_id FROM moves m JOIN move_previous_companies mpc ON mpc.move_id = m.id
        WHERE m.person_id = p.id) AS company_ids
    FROM people p
    WHERE p.key = ANY(${keys}::text[])
    ORDER BY p.id`.execute(db);

  for (const candidate of byKey.values()) {
    const same = existing.filter((e) => e.key === candidate.key);
    const shared = same.find((e) => e.company_ids.some((id) => candidate.companyIds.includes(Number(id))));
    if (shared) result.set(candidate.key, { id: shared.id, nameOnly: false });
    else if (same.length === 1) result.set(candidate.key, { id: same[0]!.id, nameOnly: true });
  }

  const missing = [...byKey.values()].filter((p) => !result.has(p.key));
  if (missing.length > 0) {
    const inserted = await insertWithFreeSlugs(db, "people", missing);
    for (const row of inserted) result.set(row.key, { id: row.id, nameOnly: false });
  }
  return result;
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
