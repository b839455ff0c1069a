import { sql } from "kysely";
import pg from "pg";
import type { NewNewsletterIssue } from "../schema.ts";
import {
  type CandidateRow,
  candidateRows,
  completeResolution,
  RESOLUTION_CTES,
  type ResolvedPerson,
} from "./people.ts";
import type { Queryable } from "./types.ts";

export interface OpenedIssue {
  /** null when an issue with the same content hash is already stored. */
  issueId: number | null;
  /** Person keys (of the people and predecessors asked about) a removal request forbids us to store. */
  suppressed: Set<string>;
  /** Company key → id, for the keys already known as a company's or an alias's. */
  knownCompanies: Map<string, number>;
}

/**
 * The importer's first statement for an issue, four steps in one round trip (its hot path is round
 * trips): insert the issue unless its content hash is known; take the transaction's locks on the
 * person names it will look up (people.key is not unique, so two imports creating the same new person
 * are serialized on the name; the lookup runs in a later statement, whose snapshot sees what the
 * other import committed); read the suppressed names, the movers' and the predecessors' (a removed
 * person named as someone's predecessor is left out too, issue 17); look up the companies by key
 * and alias.
 */
export async function openIssue(
  db: Queryable,
  issue: NewNewsletterIssue,
  keys: { people: string[]; predecessors?: string[]; companies: string[] },
): Promise<OpenedIssue> {
  const named = [...new Set([...keys.people, ...(keys.predecessors ?? [])])];
  const { rows } = await sql<{
    issue_id: number | null;
    suppressed: string[];
    companies: [string, number][];
  }>`/* prepared: import_open_issue */
    WITH locks AS MATERIALIZED (
      SELECT pg_advisory_xact_lock(hashtextextended(k, 0))
      FROM (SELECT DISTINCT unnest(${keys.people}::text[]) AS k ORDER BY 1) AS sorted
    ), issue AS (
      INSERT INTO newsletter_issues (title, published_on, source_file, content_hash, raw_text, section_found, imported_by)
      VALUES (${issue.title ?? null}, ${issue.published_on ?? null}::date, ${issue.source_file}, ${issue.content_hash},
        ${issue.raw_text}, ${issue.section_found ?? false}, ${issue.imported_by ?? null}::bigint)
      ON CONFLICT (content_hash) DO NOTHING
      RETURNING id
    )
    SELECT
      (SELECT id FROM issue) AS issue_id,
      ARRAY(SELECT person_key FROM suppressions WHERE person_key = ANY(${named}::text[])
        AND (SELECT count(*) FROM locks) >= 0) AS suppressed,
      (SELECT coalesce(json_agg(json_build_array(key, id)), '[]'::json) FROM (
        SELECT key, id FROM companies WHERE key = ANY(${keys.companies}::text[])
        UNION ALL
        SELECT key, company_id FROM company_aliases WHERE key = ANY(${keys.companies}::text[])
      ) AS known) AS companies`.execute(db);
  const row = rows[0]!;
  const knownCompanies = new Map<string, number>();
  for (const [key, id] of row.companies) if (!knownCompanies.has(key)) knownCompanies.set(key, Number(id));
  return { issueId: row.issue_id, suppressed: new Set(row.suppressed), knownCompanies };
}

/**
 * The statement that takes an issue's name locks (openIssue's first step) as SQL text, for the
 * round trip that opens the import's transaction (BEGIN and its settings go as one simple query, which
 * carries no parameters: the keys are quoted as literals). Taken there, the locks are held before the
 * issue's first statement starts, so that statement's snapshot already sees what another import
 * holding them committed: the people lookup can go in it (openIssueWithPeople), a round trip fewer.
 * Same order as openIssue's and lockBatchKeys' (sorted as text).
 */
export function nameLocksStatement(keys: string[]): string {
  if (keys.length === 0) return "";
  const array = `ARRAY[${[...new Set(keys)].map((k) => pg.escapeLiteral(k)).join(", ")}]::text[]`;
  return `SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT DISTINCT unnest(${array}) AS k ORDER BY 1) AS sorted`;
}

/** A person an issue names, for openIssueWithPeople: its move's company and previous employers by key. */
export interface PersonToResolve {
  name: string;
  key: string;
  slug: string;
  companyKeys: string[];
}

/**
 * The opening statements' CTEs `suppressed` (the named people who asked to be left out) and
 * `known_company` (each company key's company, a company's own key before an alias's, as openIssue's
 * reader keeps the first): one issue's opening and a wave's read them alike.
 */
function knownKeysCtes(named: string[], companyKeys: string[]) {
  return sql`suppressed AS MATERIALIZED (
      SELECT person_key FROM suppressions WHERE person_key = ANY(${named}::text[])
    ), known_company AS MATERIALIZED (
      SELECT DISTINCT ON (key) key, id FROM (
        SELECT key, id, 0 AS alias FROM companies WHERE key = ANY(${companyKeys}::text[])
        UNION ALL
        SELECT key, company_id, 1 FROM company_aliases WHERE key = ANY(${companyKeys}::text[])
      ) AS known ORDER BY key, alias
    )`;
}

/**
 * openIssue and people.resolveOrCreate in one statement, for a transaction that holds the movers'
 * name locks already (nameLocksStatement, or lockBatchKeys for a batch): the issue inserted, the
 * suppressed names and the known companies read, and the people looked up and created, unless the
 * issue is known (nothing created then) or the person's name is suppressed (left out). A person's
 * companies are matched by the ids of the companies known by these keys: a company the issue creates
 * is in nobody's history yet. `people` says whom each name resolved to (missing: not tried).
 */
export async function openIssueWithPeople(
  db: Queryable,
  issue: NewNewsletterIssue,
  keys: { predecessors: string[]; companies: string[] },
  people: PersonToResolve[],
): Promise<OpenedIssue & { people: Map<string, ResolvedPerson> }> {
  const byKey = new Map(people.map((p) => [p.key, p]));
  const ordered = candidateRows([...byKey.values()]);
  const candidates: (CandidateRow & { company_keys: string[] })[] = ordered.map(({ candidate, ...row }) => ({
    ...row,
    company_keys: candidate.companyKeys,
  }));
  const named = [...new Set([...byKey.keys(), ...keys.predecessors])];
  const { rows } = await sql<{
    issue_id: number | null;
    suppressed: string[];
    companies: [string, number][];
    people: [string, number | null, boolean][];
  }>`/* prepared: import_open_issue_people */
    WITH issue AS (
      INSERT INTO newsletter_issues (title, published_on, source_file, content_hash, raw_text, section_found, imported_by)
      VALUES (${issue.title ?? null}, ${issue.published_on ?? null}::date, ${issue.source_file}, ${issue.content_hash},
        ${issue.raw_text}, ${issue.section_found ?? false}, ${issue.imported_by ?? null}::bigint)
      ON CONFLICT (content_hash) DO NOTHING
      RETURNING id
    ), ${knownKeysCtes(named, keys.companies)}, candidate AS (
      SELECT c.key, c.name, c.slug, c.first_try,
        ARRAY(SELECT k.id FROM known_company k WHERE k.key = ANY(c.company_keys)) AS company_ids
      FROM jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb)
        AS c (key text, name text, slug text, company_keys text[], first_try boolean)
      WHERE EXISTS (SELECT FROM issue) AND NOT EXISTS (SELECT FROM suppressed s WHERE s.person_key = c.key)
    ), ${RESOLUTION_CTES}
    SELECT
      (SELECT id FROM issue) AS issue_id,
      ARRAY(SELECT person_key FROM suppressed) AS suppressed,
      (SELECT coalesce(json_agg(json_build_array(key, id)), '[]'::json) FROM known_company) AS companies,
      (SELECT coalesce(json_agg(json_build_array(key, id, name_only)), '[]'::json) FROM resolved) AS people`.execute(
    db,
  );
  const row = rows[0]!;
  const knownCompanies = new Map<string, number>();
  for (const [key, id] of row.companies) knownCompanies.set(key, Number(id));
  const suppressed = new Set(row.suppressed);
  const resolved = new Map<string, ResolvedPerson>();
  if (row.issue_id !== null)
    await completeResolution(
      db,
      row.people.map(([key, id, name_only]) => ({ key, id, name_only })),
      ordered.map((o) => o.candidate).filter((p) => !suppressed.has(p.key)),
      resolved,
    );
  return { issueId: row.issue_id, suppressed, knownCompanies, people: resolved };
}

/** A wave's issue for openIssues: its row, and the people its records name. */
export interface IssueToOpen {
  issue: NewNewsletterIssue;
  people: PersonToResolve[];
}

/**
 * openIssueWithPeople for several issues in one statement (a wave of a batch, import-waves.ts),
 * whose records name no person in common: each issue's people are then looked up and created as
 * its own statement would, by key. The issues are inserted in their order; an issue whose content
 * hash is known already is not (its id is null, and nobody it names is created). The transaction
 * holds every name's lock already (lockBatchKeys).
 */
export async function openIssues(
  db: Queryable,
  toOpen: IssueToOpen[],
  keys: { predecessors: string[]; companies: string[] },
): Promise<{
  issueIds: (number | null)[];
  suppressed: Set<string>;
  knownCompanies: Map<string, number>;
  people: Map<string, ResolvedPerson>;
}> {
  const hashOf = new Map<string, string>();
  for (const { issue, people } of toOpen) for (const p of people) hashOf.set(p.key, issue.content_hash);
  const ordered = candidateRows(toOpen.flatMap((o) => o.people));
  const candidates = ordered.map(({ candidate, ...row }) => ({
    ...row,
    company_keys: candidate.companyKeys,
    content_hash: hashOf.get(row.key)!,
  }));
  const named = [...new Set([...hashOf.keys(), ...keys.predecessors])];
  const column = <T>(pick: (issue: NewNewsletterIssue) => T) => toOpen.map((o) => pick(o.issue));
  const { rows } = await sql<{
    issues: [string, number][] | null;
    suppressed: string[];
    companies: [string, number][];
    people: [string, number | null, boolean][];
  }>`/* prepared: import_open_issues */
    WITH issue AS (
      INSERT INTO newsletter_issues (title, published_on, source_file, content_hash, raw_text, section_found, imported_by)
      SELECT title, published_on, source_file, content_hash, raw_text, section_found, imported_by
      FROM unnest(${column((i) => i.title ?? null)}::text[], ${column((i) => i.published_on ?? null)}::date[],
        ${column((i) => i.source_file)}::text[], ${column((i) => i.content_hash)}::text[],
        ${column((i) => i.raw_text)}::text[], ${column((i) => i.section_found ?? false)}::boolean[],
        ${column((i) => i.imported_by ?? null)}::bigint[])
        WITH ORDINALITY AS i (title, published_on, source_file, content_hash, raw_text, section_found, imported_by, n)
      ORDER BY n
      ON CONFLICT (content_hash) DO NOTHING
      RETURNING id, content_hash
    ), ${knownKeysCtes(named, keys.companies)}, candidate AS (
      SELECT c.key, c.name, c.slug, c.first_try,
        ARRAY(SELECT k.id FROM known_company k WHERE k.key = ANY(c.company_keys)) AS company_ids
      FROM jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb)
        AS c (key text, name text, slug text, company_keys text[], first_try boolean, content_hash text)
      WHERE EXISTS (SELECT FROM issue WHERE issue.content_hash = c.content_hash)
        AND NOT EXISTS (SELECT FROM suppressed s WHERE s.person_key = c.key)
    ), ${RESOLUTION_CTES}
    SELECT
      (SELECT json_agg(json_build_array(content_hash, id)) FROM issue) AS issues,
      ARRAY(SELECT person_key FROM suppressed) AS suppressed,
      (SELECT coalesce(json_agg(json_build_array(key, id)), '[]'::json) FROM known_company) AS companies,
      (SELECT coalesce(json_agg(json_build_array(key, id, name_only)), '[]'::json) FROM resolved) AS people`.execute(
    db,
  );
  const row = rows[0]!;
  const inserted = new Map((row.issues ?? []).map(([hash, id]) => [hash, Number(id)]));
  const knownCompanies = new Map<string, number>();
  for (const [key, id] of row.companies) knownCompanies.set(key, Number(id));
  const suppressed = new Set(row.suppressed);
  const resolved = new Map<string, ResolvedPerson>();
  await completeResolution(
    db,
    row.people.map(([key, id, name_only]) => ({ key, id, name_only })),
    ordered.map((o) => o.candidate).filter((p) => !suppressed.has(p.key) && inserted.has(hashOf.get(p.key)!)),
    resolved,
  );
  return {
    issueIds: toOpen.map((o) => inserted.get(o.issue.content_hash) ?? null),
    suppressed,
    knownCompanies,
    people: resolved,
  };
}

/**
 * lockBatchKeys as SQL text, for the round trip that opens the batch's transaction (as
 * nameLocksStatement does for one issue): the same keys, seeds and order.
 *
 * Each company key is looked for by a probe of the unique index on key (`OFFSET 0` keeps each
 * NOT EXISTS a sub-plan run per key, which the planner may not turn into an anti-join): as an
 * anti-join, a batch's hundred keys were planned against the whole alias table, read and hashed at
 * each batch (the 1,000,000-move directory's 10,000 aliases: 22–52 ms a batch against 3–20 ms
 * probed, EXPLAIN ANALYZE at load 20), the costs assuming index pages read from disk.
 */
export function batchLocksStatement(keys: { people: string[]; companies: string[] }): string {
  const array = (list: string[]) =>
    `ARRAY[${[...new Set(list)].map((k) => pg.escapeLiteral(k)).join(", ")}]::text[]`;
  return `SELECT count(pg_advisory_xact_lock(hashtextextended(k, seed))) FROM (
      SELECT DISTINCT unnest(${array(keys.people)}) AS k, 0 AS seed
      UNION
      SELECT k, 1 FROM unnest(${array(keys.companies)}) AS k
      WHERE NOT EXISTS (SELECT 1 FROM companies c WHERE c.key = k OFFSET 0)
        AND NOT EXISTS (SELECT 1 FROM company_aliases a WHERE a.key = k OFFSET 0)
      ORDER BY 1, 2
    ) AS sorted`;
}

/**
 * The locks a batch of issues imported in one transaction takes first, all at once and in one
 * order: its person names (the ones openIssue takes for one issue) and the company keys it names
 * that no company or alias has yet. Taken issue by issue, two batches could each hold what the
 * other waits for: a name, or a new company's unique key (each issue inserts its companies sorted,
 * but a batch's second issue may insert one that sorts before its first issue's; measured in
 * session 7, each such deadlock cost a batch deadlock_timeout and a rerun). A company lock has its
 * own hash seed, so it never waits on a person's of the same words. Keys sort as text, the order
 * openIssue takes names in, so a batch and a one-issue import never wait on each other in a circle.
 */
export async function lockBatchKeys(
  db: Queryable,
  keys: { people: string[]; companies: string[] },
): Promise<void> {
  await sql.raw(batchLocksStatement(keys)).execute(db);
}

/**
 * The tables an import grows, whose sizes the planner must know, and the columns the importer's
 * statements and foreign-key checks look rows up by. Only those columns are analyzed: a plain
 * ANALYZE of moves also rebuilds search_vector's lexeme statistics (target 1,000, migration 0005,
 * so it reads the whole table), 0.9–1.3 s at 16,000 moves against 0.19–0.35 s for these columns
 * (session 11, load 16), and the doublings of a bulk import into an empty directory paid it about
 * 1 ms of PostgreSQL an issue. The table's size (relpages, reltuples) is written either way; the
 * other columns' statistics are autovacuum's, which an ANALYZE of some columns leaves due (it
 * does not reset the table's count of changed rows).
 */
const IMPORTED_TABLES: Record<string, string[]> = {
  newsletter_issues: ["id", "content_hash"],
  moves: ["id", "person_id", "company_id", "issue_id", "status", "published_on"],
  move_previous_companies: ["move_id", "company_id"],
  people: ["id", "key"],
  companies: ["id", "key"],
};

/**
 * ANALYZEs the tables an import has grown to more than twice the size the planner last measured
 * (and past a few pages). A bulk import into a young database outgrows its statistics within
 * seconds, long before autovacuum looks, and every connection keeps the plans it made while the
 * tables were empty: foreign-key checks and lookups then scan whole tables (measured: after 1,000
 * issues, each new move's checks read all 8,000 moves, and the import ran at two thirds of its
 * speed). ANALYZE gives the planner the real sizes and invalidates those plans. The sizes compared
 * are the files' (exact at once), not the activity counters, which lag by up to a second.
 * Returns the tables analyzed.
 */
export async function refreshGrownTableStatistics(db: Queryable): Promise<string[]> {
  const { rows } = await sql<{ relname: string }>`
    SELECT relname FROM pg_class
    WHERE oid = ANY(${Object.keys(IMPORTED_TABLES)}::regclass[])
      AND pg_relation_size(oid) > greatest(2 * relpages, 8) * current_setting('block_size')::bigint
    ORDER BY relname`.execute(db);
  const grown = rows.map((r) => r.relname);
  if (grown.length > 0)
    await sql
      .raw(`ANALYZE ${grown.map((table) => `${table} (${IMPORTED_TABLES[table]!.join(", ")})`).join(", ")}`)
      .execute(db);
  return grown;
}
