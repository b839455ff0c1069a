import { sql } from "kysely";
import type { NewNewsletterIssue } from "../schema.ts";
import type { Queryable } from "./types.ts";

export interface OpenedIssue {
  /** True when `wait` was false and another import holds one of the names: nothing was written. */
  namesBusy: boolean;
  /** null when an issue with the same content hash is already stored (or namesBusy). */
  issueId: number | null;
  /** Person keys (of the people and the predecessors) a removal request forbids us to store. */
  suppressed: Set<string>;
  /** Company key → id, for the keys already known as a company's or an alias's. */
  knownCompanies: Map<string, number>;
}

/**
 * The importer's first statement for an issue, four steps in one round trip (its hot path is round
 * trips): take the transaction's locks on the names it may create; insert the issue unless its
 * content hash is known; read the suppressed names (the people's and the predecessors'); look up the
 * companies by key and alias.
 * The names locked are those of people the import may create (none or several people have the name;
 * with exactly one, the import attaches to them and creates nobody) and the company keys no company
 * or alias has: two imports creating the same person (people.key is not unique) or company are
 * serialized on the name, and the people lookup runs in a later statement, whose snapshot sees what
 * the other import committed. Sorted, so that two issues never wait for each other in a cycle.
 * `wait: false` (an issue after the first in a batch's transaction, which already holds the earlier
 * issues' names) takes none when one is held elsewhere, inserts nothing and returns `namesBusy`:
 * the batch commits and the issue starts the next transaction, holding nothing while it waits.
 */
export async function openIssue(
  db: Queryable,
  issue: NewNewsletterIssue,
  keys: { people: string[]; predecessors: string[]; companies: string[] },
  wait = true,
): Promise<OpenedIssue> {
  const { rows } = await sql<{
    names_held: boolean;
    issue_id: number | null;
    suppressed: string[];
    companies: [string, number][];
  }>`/* prepared: import_open_issue */
    WITH locks AS MATERIALIZED (
      SELECT coalesce(bool_and(CASE WHEN ${wait}::boolean
          THEN pg_advisory_xact_lock(hashtextextended(k, 0)) IS NOT NULL
          ELSE pg_try_advisory_xact_lock(hashtextextended(k, 0)) END), true) AS held
      FROM (
        SELECT k FROM unnest(${keys.people}::text[]) AS k
        WHERE (SELECT count(*) FROM (SELECT FROM people WHERE key = k LIMIT 2) AS two) <> 1
        UNION
        SELECT k FROM unnest(${keys.companies}::text[]) AS k
        WHERE NOT EXISTS (SELECT FROM companies WHERE key = k)
          AND NOT EXISTS (SELECT FROM company_aliases WHERE key = k)
        ORDER BY 1) AS sorted
    ), issue AS (
      INSERT INTO newsletter_issues (title, published_on, source_file, content_hash, raw_text, section_found, imported_by)
      SELECT ${issue.title ?? null}, ${issue.published_on ?? null}::date, ${issue.source_file}, ${issue.content_hash},
        ${issue.raw_text}, ${issue.section_found ?? false}, ${issue.imported_by ?? null}::bigint
      WHERE (SELECT held FROM locks)
      ON CONFLICT (content_hash) DO NOTHING
      RETURNING id
    )
    SELECT
      (SELECT held FROM locks) AS names_held,
      (SELECT id FROM issue) AS issue_id,
      ARRAY(SELECT person_key FROM suppressions
        WHERE person_key = ANY(${keys.people}::text[] || ${keys.predecessors}::text[])) AS suppressed,
      (SELECT coalesce(json_agg(json_build_array(key, id)), '[]'::json) FROM (
        SELECT key, id FROM companies WHERE key = ANY(${keys.companies}::text[])
        UNION ALL
        SELECT key, company_id FROM company_aliases WHERE key = ANY(${keys.companies}::text[])
      ) AS known) AS companies`.execute(db);
  const row = rows[0]!;
  const knownCompanies = new Map<string, number>();
  for (const [key, id] of row.companies) if (!knownCompanies.has(key)) knownCompanies.set(key, Number(id));
  return {
    namesBusy: !row.names_held,
    issueId: row.issue_id,
    suppressed: new Set(row.suppressed),
    knownCompanies,
  };
}

/** The tables an import grows, whose sizes the planner must know. */
const IMPORTED_TABLES = ["newsletter_issues", "moves", "move_previous_companies", "people", "companies"];

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
    WHERE oid = ANY(${IMPORTED_TABLES}::regclass[])
      AND pg_relation_size(oid) > greatest(2 * relpages, 8) * current_setting('block_size')::bigint
    ORDER BY relname`.execute(db);
  const grown = rows.map((r) => r.relname);
  if (grown.length > 0) await sql.raw(`ANALYZE ${grown.join(", ")}`).execute(db);
  return grown;
}
