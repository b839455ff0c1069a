import { type SqlBool, sql } from "kysely";
import type { JobFunction, MoveKind, Seniority } from "../schema.ts";
import { type MoveRecord, moveRecords, toMoveRecord } from "./directory.ts";
import type { Queryable } from "./types.ts";

/**
 * Searching published moves. Shaped for a million rows and a few milliseconds a search: one
 * statement returns a whole page, hydrated (findMovePage); every shape walks an index (see
 * test/http/site-search-plans.test.ts, which runs EXPLAIN on each):
 * - no text: moves_published_idx (published_on DESC, id DESC) WHERE status = 'published', keyset;
 * - a company: moves_company_published_idx (company_id, published_on DESC, id DESC), the company
 *   resolved inside the same statement through companies_slug_key / companies_key_key /
 *   company_aliases_key_key;
 * - words: moves_search_vector_idx (GIN over the carnet_fr tsvector: French stems, no accents),
 *   or moves_published_idx for words so common that the newest page is found by walking dates;
 * - typo'd names: name_words_word_trgm_idx corrects each word to the closest names' words
 *   (correctNameWords), which then go through moves_search_vector_idx like any words.
 */

/** What to match in free text: words as typed (websearch syntax), or corrected words (tsquery). */
export type TextCriterion = { kind: "words"; query: string } | { kind: "corrected"; tsquery: string };

/** A company named by the user: its slug, or the normalized key of its name or of an alias's. */
export interface CompanyRef {
  slug: string;
  key: string;
}

export interface MoveCriteria {
  text?: TextCriterion;
  company?: CompanyRef;
  since?: string;
  until?: string;
  kind?: MoveKind;
  seniority?: Seniority;
  function?: JobFunction;
}

export type MoveSort = "date" | "relevance";

/**
 * How many of the newest matches a relevance sort ranks (see findMovePage). Ranking costs one
 * heap visit per candidate; 200 keeps a relevance page within a few milliseconds.
 */
export const RELEVANCE_WINDOW = 200;

/** Keyset position: the last row of the previous page, in the sort's own terms. */
export type MoveCursor =
  | { sort: "date"; publishedOn: string; id: number }
  | { sort: "relevance"; score: number; id: number };

export interface MatchedMove extends MoveRecord {
  score: number;
}

function tsquery(text: TextCriterion) {
  return text.kind === "words"
    ? sql`websearch_to_tsquery('carnet_fr', ${text.query})`
    : sql`to_tsquery('carnet_fr', ${text.tsquery})`;
}

/** The company's id, looked up by slug, key or alias inside the statement that needs it. */
const companyIdOf = (ref: CompanyRef) =>
  sql<number>`(SELECT id FROM companies WHERE slug = ${ref.slug} OR key = ${ref.key}
    UNION ALL SELECT company_id FROM company_aliases WHERE key = ${ref.key} LIMIT 1)`;

function matching(db: Queryable, c: MoveCriteria) {
  let q = db.selectFrom("moves as m").where("m.status", "=", "published");
  if (c.company) q = q.where("m.company_id", "=", companyIdOf(c.company));
  if (c.since) q = q.where("m.published_on", ">=", c.since);
  if (c.until) q = q.where("m.published_on", "<=", c.until);
  if (c.kind) q = q.where("m.kind", "=", c.kind);
  if (c.seniority) q = q.where("m.seniority", "=", c.seniority);
  if (c.function) q = q.where("m.function", "=", c.function);
  if (c.text) q = q.where(sql<SqlBool>`m.search_vector @@ ${tsquery(c.text)}`);
  return q;
}

/** The ids (and sort keys) of one page: limit + 1 rows, so the caller knows whether another follows. */
function pageOf(
  db: Queryable,
  criteria: MoveCriteria,
  page: { sort: MoveSort; after?: MoveCursor; limit: number },
) {
  const after = page.after;
  if (page.sort === "relevance" && criteria.text) {
    // Relevance ranks the newest RELEVANCE_WINDOW matches only: ranking every move that contains
    // a common word ("responsable", 150,000 of a million) costs hundreds of milliseconds, and a
    // recruiter wants the best of the recent ones anyway. The window is stable between pages.
    // Scored after the window is cut, so that only RELEVANCE_WINDOW rows are ranked.
    const window = matching(db, criteria)
      .select(["m.id", "m.published_on"])
      .orderBy("m.published_on", "desc")
      .orderBy("m.id", "desc")
      .limit(RELEVANCE_WINDOW)
      .as("w");
    const score = sql<number>`ts_rank_cd(s.search_vector, ${tsquery(criteria.text)})::float8`;
    let q = db
      .selectFrom(window)
      .innerJoin("moves as s", "s.id", "w.id")
      .select(["w.id", score.as("score")]);
    if (after?.sort === "relevance")
      q = q.where(sql<SqlBool>`(${score}, w.id) < (${after.score}::float8, ${after.id}::bigint)`);
    return q
      .orderBy(sql`${score}`, "desc")
      .orderBy("w.id", "desc")
      .limit(page.limit + 1);
  }
  let q = matching(db, criteria).select(["m.id", sql<number>`0::float8`.as("score")]);
  if (after?.sort === "date")
    q = q.where(sql<SqlBool>`(m.published_on, m.id) < (${after.publishedOn}::date, ${after.id}::bigint)`);
  return q
    .orderBy("m.published_on", "desc")
    .orderBy("m.id", "desc")
    .limit(page.limit + 1);
}

/**
 * One page of matching moves, hydrated, in one statement (limit + 1 rows, so that the caller knows
 * whether another page follows): the page's ids are found first (LIMIT inside), and only those
 * rows are joined to their person, company, issue and previous employers.
 */
export async function findMovePage(
  db: Queryable,
  criteria: MoveCriteria,
  page: { sort: MoveSort; after?: MoveCursor; limit: number },
): Promise<MatchedMove[]> {
  const rows = await moveRecords(db)
    .innerJoin(pageOf(db, criteria, page).as("page"), "page.id", "m.id")
    .select("page.score")
    .orderBy(page.sort === "relevance" && criteria.text ? sql`page.score` : sql`m.published_on`, "desc")
    .orderBy("m.id", "desc")
    .execute();
  return rows.map((row) => ({ ...toMoveRecord(row), score: row.score }));
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

/** How many alternatives a mistyped word may stand for. */
const CORRECTIONS_PER_WORD = 3;

/**
 * For each normalized word ([a-z0-9]+), the words of known names it may stand for: itself alone
 * when some name holds it as typed; otherwise itself and the closest words of name_words (pg_trgm
 * similarity ≥ pg_trgm.similarity_threshold, 0.3: "scalan" is 0.5 from "scalian", "senechaut" 0.62
 * from "senechault"), best first. Words that are not names ("directrice") keep themselves, so
 * they still match as typed. One statement; name_words_word_trgm_idx and name_words_pkey.
 */
export async function correctNameWords(db: Queryable, words: string[]): Promise<string[][]> {
  if (words.length === 0) return [];
  const { rows } = await sql<{ alternatives: string[] }>`
    SELECT ARRAY[t.word] || CASE WHEN length(t.word) < 3 OR EXISTS (SELECT 1 FROM name_words n WHERE n.word = t.word)
      THEN ARRAY[]::text[]
      ELSE ARRAY(SELECT n.word FROM name_words n WHERE n.word % t.word
        ORDER BY similarity(n.word, t.word) DESC, n.word LIMIT ${CORRECTIONS_PER_WORD}) END AS alternatives
    FROM unnest(${words}::text[]) WITH ORDINALITY AS t(word, position)
    ORDER BY t.position`.execute(db);
  return rows.map((r) => r.alternatives);
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
