import { type Expression, type SqlBool, sql } from "kysely";
import type { JobFunction, MoveKind, Seniority } from "../schema.ts";
import type { Queryable } from "./types.ts";

/**
 * Searching published moves. Shaped for a million rows: every query shape below walks an index
 * (see test/http/site-search-plans.test.ts, which runs EXPLAIN on each):
 * - no text: moves_published_idx (published_on DESC, id DESC) WHERE status = 'published', keyset;
 * - a company: moves_company_published_idx (company_id, published_on DESC, id DESC);
 * - words: moves_search_vector_idx (GIN over the carnet_fr tsvector: French stems, no accents);
 * - typo'd names: people/companies/company_aliases key trigram GIN first (a few ids), then
 *   moves_person_idx / moves_company_published_idx / move_previous_companies_company_idx.
 */

/** What to match in free text: words (stemmed full text) or names resolved by trigram similarity. */
export type TextCriterion =
  | { kind: "words"; query: string }
  | { kind: "names"; key: string; personIds: number[]; companyIds: number[]; moveIds: number[] };

export interface MoveCriteria {
  text?: TextCriterion;
  companyId?: number;
  since?: string;
  until?: string;
  kind?: MoveKind;
  seniority?: Seniority;
  function?: JobFunction;
}

export type MoveSort = "date" | "relevance";

/** How many of the newest matches a relevance sort ranks (see findMatchingMoves). */
export const RELEVANCE_WINDOW = 1000;

/** Keyset position: the last row of the previous page, in the sort's own terms. */
export type MoveCursor =
  | { sort: "date"; publishedOn: string; id: number }
  | { sort: "relevance"; score: number; id: number };

export interface MatchedMove {
  id: number;
  published_on: string;
  score: number;
}

const tsquery = (query: string) => sql`websearch_to_tsquery('carnet_fr', ${query})`;

function matching(db: Queryable, c: MoveCriteria) {
  let q = db.selectFrom("moves as m").where("m.status", "=", "published");
  if (c.companyId !== undefined) q = q.where("m.company_id", "=", c.companyId);
  if (c.since) q = q.where("m.published_on", ">=", c.since);
  if (c.until) q = q.where("m.published_on", "<=", c.until);
  if (c.kind) q = q.where("m.kind", "=", c.kind);
  if (c.seniority) q = q.where("m.seniority", "=", c.seniority);
  if (c.function) q = q.where("m.function", "=", c.function);
  const text = c.text;
  if (text?.kind === "words") q = q.where(sql<SqlBool>`m.search_vector @@ ${tsquery(text.query)}`);
  if (text?.kind === "names") {
    q = q.where((eb) => {
      const any: Expression<SqlBool>[] = [];
      if (text.personIds.length) any.push(eb("m.person_id", "in", text.personIds));
      if (text.companyIds.length) any.push(eb("m.company_id", "in", text.companyIds));
      if (text.moveIds.length) any.push(eb("m.id", "in", text.moveIds));
      return any.length ? eb.or(any) : sql<SqlBool>`false`;
    });
  }
  return q;
}

function relevance(text: TextCriterion | undefined) {
  if (text?.kind === "words") return sql<number>`ts_rank_cd(m.search_vector, ${tsquery(text.query)})::float8`;
  if (text?.kind === "names") {
    // Closest name first: the person's or the company's trigram word similarity to what was typed.
    return sql<number>`greatest(
      (SELECT word_similarity(${text.key}, p.key) FROM people p WHERE p.id = m.person_id),
      (SELECT similarity(${text.key}, c.key) FROM companies c WHERE c.id = m.company_id))::float8`;
  }
  return sql<number>`0::float8`;
}

/** One page of matching moves (limit + 1 rows, so the caller knows whether another page follows). */
export async function findMatchingMoves(
  db: Queryable,
  criteria: MoveCriteria,
  page: { sort: MoveSort; after?: MoveCursor; limit: number },
): Promise<MatchedMove[]> {
  const after = page.after;
  if (page.sort === "relevance" && criteria.text) {
    // Relevance ranks the newest RELEVANCE_WINDOW matches only: ranking every move that contains
    // a common word ("responsable", 50,000 of a million) costs hundreds of milliseconds, and a
    // recruiter wants the best of the recent ones anyway. The window is stable between pages.
    // Scored after the window is cut, so that only RELEVANCE_WINDOW rows are ranked.
    const window = matching(db, criteria)
      .select(["m.id", "m.published_on"])
      .orderBy("m.published_on", "desc")
      .orderBy("m.id", "desc")
      .limit(RELEVANCE_WINDOW)
      .as("w");
    const score = relevance(criteria.text);
    let q = db
      .selectFrom(window)
      .innerJoin("moves as m", "m.id", "w.id")
      .select(["w.id", "w.published_on", score.as("score")]);
    if (after?.sort === "relevance")
      q = q.where(sql<SqlBool>`(${score}, w.id) < (${after.score}::float8, ${after.id}::bigint)`);
    return q
      .orderBy(sql`${score}`, "desc")
      .orderBy("w.id", "desc")
      .limit(page.limit + 1)
      .execute();
  }
  let q = matching(db, criteria).select(["m.id", "m.published_on", sql<number>`0::float8`.as("score")]);
  if (after?.sort === "date")
    q = q.where(sql<SqlBool>`(m.published_on, m.id) < (${after.publishedOn}::date, ${after.id}::bigint)`);
  return q
    .orderBy("m.published_on", "desc")
    .orderBy("m.id", "desc")
    .limit(page.limit + 1)
    .execute();
}

/**
 * How many moves match, counting no further than `cap`: an exact count over a million rows costs
 * more than the page itself, and "plus de 1 000" tells a recruiter as much.
 */
export async function countMatchingMoves(
  db: Queryable,
  criteria: MoveCriteria,
  cap: number,
): Promise<number> {
  const row = await db
    .selectFrom(
      matching(db, criteria)
        .select(sql`1`.as("one"))
        .limit(cap + 1)
        .as("capped"),
    )
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** True when the words, as typed (stemmed, without accents), appear in at least one published move. */
export async function hasWordMatch(db: Queryable, query: string): Promise<boolean> {
  const row = await sql<{ found: boolean }>`SELECT EXISTS (
      SELECT 1 FROM moves m WHERE m.status = 'published' AND m.search_vector @@ ${tsquery(query)}) AS found`.execute(
    db,
  );
  return row.rows[0]?.found ?? false;
}

/**
 * People whose normalized name holds a word close to `key` (pg_trgm word similarity ≥ 0.6, `<%`),
 * and companies (through their aliases too) whose whole name is close (similarity ≥ 0.3, `%`:
 * company names are short, so "scalan" is 0.5 from "scalian" but only 0.57 by word similarity).
 * Both operators are served by the key trigram GIN indexes. Also the moves that name one of
 * those companies as a previous employer.
 */
export async function findSimilarNames(
  db: Queryable,
  key: string,
  limits = { people: 50, companies: 20, previousMoves: 2000 },
): Promise<{ personIds: number[]; companyIds: number[]; moveIds: number[] }> {
  const people = await sql<{ id: number }>`
    SELECT id FROM people WHERE ${key} <% key
    ORDER BY word_similarity(${key}, key) DESC, id LIMIT ${limits.people}`.execute(db);
  const companies = await sql<{ id: number }>`
    SELECT company_id AS id FROM (
      SELECT id AS company_id, similarity(${key}, key) AS s FROM companies WHERE key % ${key}
      UNION ALL
      SELECT company_id, similarity(${key}, key) FROM company_aliases WHERE key % ${key}
    ) found GROUP BY company_id ORDER BY max(s) DESC, company_id LIMIT ${limits.companies}`.execute(db);
  const companyIds = companies.rows.map((r) => r.id);
  const moveIds = companyIds.length
    ? (
        await db
          .selectFrom("move_previous_companies")
          .select("move_id")
          .where("company_id", "in", companyIds)
          .limit(limits.previousMoves)
          .execute()
      ).map((r) => r.move_id)
    : [];
  return { personIds: people.rows.map((r) => r.id), companyIds, moveIds };
}

export interface CompanySuggestion {
  name: string;
  slug: string;
}

/**
 * Autocomplete: companies whose key (or an alias's key) starts with what was typed, then those
 * that are merely close (typos: trigram similarity ≥ 0.3). Prefixes use the text_pattern_ops indexes of migration 0002.
 */
export async function suggestCompanies(db: Queryable, key: string, limit = 10): Promise<CompanySuggestion[]> {
  const prefix = `${key.replace(/[\\%_]/g, "\\$&")}%`;
  const result = await sql<CompanySuggestion>`
    SELECT c.name, c.slug FROM (
      SELECT id AS company_id, key LIKE ${prefix} AS starts, similarity(${key}, key) AS s
        FROM companies WHERE key LIKE ${prefix} OR key % ${key}
      UNION ALL
      SELECT company_id, key LIKE ${prefix}, similarity(${key}, key)
        FROM company_aliases WHERE key LIKE ${prefix} OR key % ${key}
    ) found JOIN companies c ON c.id = found.company_id
    GROUP BY c.id, c.name, c.slug
    ORDER BY bool_or(starts) DESC, max(s) DESC, c.name LIMIT ${limit}`.execute(db);
  return result.rows;
}
