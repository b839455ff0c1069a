import { type CompiledQuery, type RawBuilder, type Selectable, type SqlBool, sql } from "kysely";
import { JOB_FUNCTIONS, MOVE_KINDS, SENIORITIES } from "../../shared/vocabulary.ts";
import type { JobFunction, MoveKind, MovesTable, Seniority } from "../schema.ts";
import { MOVE_RECORD_COLUMNS, type MoveListing, type MoveRecord, moveRecordJson } from "./directory.ts";
import { StatementShapes } from "./statement-shapes.ts";
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

/**
 * What to match in free text: words as typed (websearch syntax: quotes, "or", "-"), or a tsquery
 * built by the search service (the vocabulary's equivalents, aliases, corrected names).
 * `commonPhrase`: several words, none of them a name (see newestMatching and hasNameWord).
 * `namePhrase`: several single words, one of them a name's ("Claire Moreau", a typo'd name and its
 * corrections): few moves hold them all, so they are found from the GIN index (see newestMatching).
 */
export type TextCriterion =
  | { kind: "words"; query: string; commonPhrase?: boolean; namePhrase?: boolean }
  | { kind: "tsquery"; tsquery: string; commonPhrase?: boolean; namePhrase?: boolean };

/**
 * A typo'd name's corrected reading inside the statement that found the name as typed: its tsquery
 * text is made by that statement (findMovePage's `lookUp.correct`), read from its `typo_fix` row.
 */
type InStatementText = { kind: "corrected"; namePhrase: true; commonPhrase?: undefined };

/** Criteria as a statement is built from them: a MoveCriteria, or its corrected reading (InStatementText). */
type StatementCriteria = Omit<MoveCriteria, "text"> & { text?: TextCriterion | InStatementText };

/** Criteria whose plan the statement itself fixes, whatever the words (see newestMatching). */
const fixedPlan = (text: TextCriterion | InStatementText) =>
  text.commonPhrase === true || text.namePhrase === true;

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
 * How many of the newest matches a relevance sort ranks (see pageOf): two pages of the API. The
 * window costs a walk in date order to its 100th match (2,000 rows for a word in 5% of moves).
 */
export const RELEVANCE_WINDOW = 100;

/** Keyset position: the last row of the previous page, in the sort's own terms. */
export type MoveCursor =
  | { sort: "date"; publishedOn: string; id: number }
  | { sort: "relevance"; score: number; id: number };

/**
 * One matching move: its record (an object, or the API's JSON text), its keyset position and,
 * when asked for, its role with the matched words marked.
 */
export interface MatchedMove<R> {
  record: R;
  id: number;
  published_on: string;
  score: number;
  roleMarked?: MarkedText;
}

function tsquery(text: TextCriterion | InStatementText) {
  const parsed =
    text.kind === "words"
      ? sql`websearch_to_tsquery('carnet_fr', ${text.query})`
      : text.kind === "corrected"
        ? sql`to_tsquery('carnet_fr', (SELECT tsquery FROM typo_fix))`
        : sql`to_tsquery('carnet_fr', ${text.tsquery})`;
  // A common or name phrase's statement is prepared and runs on a generic plan (planIgnoresValues),
  // where the words are a parameter: to_tsquery would then be called again for every row walked
  // (128 ms for the thousand rows a count walks). As a subquery it is computed once per statement.
  return fixedPlan(text) ? sql`(SELECT ${parsed})` : parsed;
}

/** The company's id, looked up by slug, key or alias inside the statement that needs it. */
const companyIdOf = (ref: CompanyRef) =>
  sql<number>`(SELECT id FROM companies WHERE slug = ${ref.slug} OR key = ${ref.key}
    UNION ALL SELECT company_id FROM company_aliases WHERE key = ${ref.key} LIMIT 1)`;

function matching(db: Queryable, c: StatementCriteria) {
  let q = db.selectFrom("moves as m").where("m.status", "=", sql.lit("published"));
  if (c.company) q = q.where("m.company_id", "=", companyIdOf(c.company));
  if (c.since) q = q.where("m.published_on", ">=", c.since);
  if (c.until) q = q.where("m.published_on", "<=", c.until);
  if (c.kind) q = q.where("m.kind", "=", c.kind);
  if (c.seniority) q = q.where("m.seniority", "=", c.seniority);
  if (c.function) q = q.where("m.function", "=", c.function);
  if (c.text) q = q.where(sql<SqlBool>`m.search_vector @@ ${tsquery(c.text)}`);
  return q;
}

export interface PageRequest {
  sort: MoveSort;
  after?: MoveCursor;
  limit: number;
}

/** How many moves a walk in date order reads, per row wanted, before it gives way to the GIN index. */
const WALK_ROWS_PER_ROW = 40;

type RecordColumns = Pick<
  Selectable<MovesTable>,
  (typeof MOVE_RECORD_COLUMNS)[number] extends `m.${infer C}` ? C & keyof MovesTable : never
>;

/** The columns (`m.x`) read from the row `alias` instead. */
const columnsOf = (columns: readonly string[], alias: string) =>
  sql.raw(columns.map((c) => `${alias}.${c.slice(2)}`).join(", "));

/**
 * The newest `take` matching moves after the cursor, with the columns a record needs.
 *
 * For words, the planner picks between walking moves_published_idx in date order (common words:
 * the first rows match) and the full-text GIN index (rare words: a few postings). It prices each
 * word well (migration 0005), but several words as if independent: "head of data" is three words
 * in 5% of the moves, so it expects 0.01% for all three where 5% hold them together, and reads
 * 46,000 postings and rows (280 ms) for a page that the walk fills after 1,000 rows. A common
 * phrase (several words, none of them a name) therefore walks first, at most
 * take × WALK_ROWS_PER_ROW rows (about a millisecond per thousand), and falls back to the GIN
 * index only when the walk comes short: then the words are rare among recent moves, and reading
 * their postings is cheap, or they never meet ("directeur des achats"), and their postings are
 * intersected without reading a row. Names, single words and corrected words keep the planner's
 * choice. One statement either way; the fallback runs only when the walk came short.
 *
 * A name phrase (several single words, one of them a name's) is the opposite case: the words
 * together are rare, so the GIN index finds them whatever their values, and the statement says
 * so (MATERIALIZED) rather than leaving it to a plan made for the values. It is then one plan for
 * all, prepared: planning it took longer than running it (0.6–0.9 ms against 0.2 ms), twice for
 * a typo'd name (as typed, then corrected). Only single words: an equivalent of several words
 * ("directeur financier") or a prefix would make the index intersect long posting lists.
 */
function newestMatching(
  db: Queryable,
  criteria: StatementCriteria,
  after: MoveCursor | undefined,
  take: number,
  columns: readonly `m.${string}`[] = MOVE_RECORD_COLUMNS,
) {
  const selected = columns as typeof MOVE_RECORD_COLUMNS;
  const afterCursor = <Q extends ReturnType<typeof matching>>(q: Q): Q =>
    after?.sort === "date"
      ? (q.where(
          sql<SqlBool>`(m.published_on, m.id) < (${after.publishedOn}::date, ${after.id}::bigint)`,
        ) as Q)
      : q;
  const text = criteria.text;
  if (text?.namePhrase) {
    const found = afterCursor(matching(db, criteria)).select(["m.id", "m.published_on"]);
    return db
      .selectFrom(
        sql<RecordColumns>`(
        WITH found AS MATERIALIZED (${found})
        SELECT ${columnsOf(selected, "m")}
          FROM (SELECT f.id FROM found f ORDER BY f.published_on DESC, f.id DESC LIMIT ${sql.lit(take)}) f
          JOIN moves m ON m.id = f.id)`.as("m"),
      )
      .select(selected);
  }
  if (!text?.commonPhrase)
    return afterCursor(matching(db, criteria))
      .select(selected)
      .orderBy("m.published_on", "desc")
      .orderBy("m.id", "desc")
      .limit(sql.lit(take));
  const recent = afterCursor(matching(db, { ...criteria, text: undefined }))
    .select([...selected, "m.search_vector"])
    .orderBy("m.published_on", "desc")
    .orderBy("m.id", "desc")
    .limit(sql.lit(take * WALK_ROWS_PER_ROW));
  // MATERIALIZED: the GIN index whatever the estimate, since the phrase is rare among recent moves.
  const hits = afterCursor(matching(db, criteria)).select(["m.id", "m.published_on"]);
  const walkThenIndex = sql<RecordColumns>`(
    WITH recent AS MATERIALIZED (
      SELECT ${columnsOf(selected, "r")} FROM (${recent}) r WHERE r.search_vector @@ ${tsquery(text)}
      ORDER BY r.published_on DESC, r.id DESC LIMIT ${sql.lit(take)}),
    hits AS MATERIALIZED (${hits})
    SELECT * FROM recent WHERE (SELECT count(*) FROM recent) = ${sql.lit(take)}
    UNION ALL
    SELECT ${columnsOf(selected, "m")}
      FROM (SELECT h.id FROM hits h ORDER BY h.published_on DESC, h.id DESC LIMIT ${sql.lit(take)}) h
      JOIN moves m ON m.id = h.id
      WHERE (SELECT count(*) FROM recent) < ${sql.lit(take)})`;
  return db.selectFrom(walkThenIndex.as("m")).select(selected);
}

/**
 * Whether one plan serves every value of these criteria, so that the statement can be prepared
 * (db/database.ts) and planned once per connection: planning a page took as long as running it
 * (0.3–0.8 ms each). True without words (the newest moves, a company, filters walk their index in
 * date order whatever the values) and for a common phrase, whose walk-then-index plan is fixed by
 * the statement itself (see newestMatching). Other words are left to a plan made for them: the
 * planner rightly walks dates for a common word and reads the GIN index for a rare one, and a
 * generic plan would pick one for all.
 *
 * PostgreSQL plans a prepared statement with its values five times, then keeps the plan made
 * without them (the generic plan) only if it is priced no dearer. So what fixes the plan is
 * written into the text, not sent as a value: `status = 'published'` (as a parameter it cannot
 * use the partial moves_published_idx: that generic plan read the table, 0.5 s), and the limits
 * (a `LIMIT $n` is priced as a tenth of the rows, so most executions were planned again, about
 * as long as they ran). Each limit is then its own statement (see PREPARED_LIMITS). See also tsquery();
 * site-search-plans.test.ts checks the generic plans too.
 */
function planIgnoresValues(criteria: StatementCriteria): boolean {
  return !criteria.text || fixedPlan(criteria.text);
}

/**
 * The page sizes whose statements are prepared. The limit is written into the text (see
 * planIgnoresValues), so each limit is a statement of its own on every connection, kept with its
 * plan for the connection's life: the API takes any `limit` up to 100, and preparing them all would
 * let a client fill the server's memory. The sizes the site asks for (the search page 20, the API
 * and feeds 50, the home page 12, exports 500) and round ones are prepared; others are planned
 * with their values at each search, as before.
 */
const PREPARED_LIMITS = new Set([10, 12, 20, 25, 50, 100, 500]);

/**
 * The rows of one page (limit + 1, so that the caller knows whether another follows), with the
 * columns a record needs and the score.
 */
function pageOf(db: Queryable, criteria: StatementCriteria, page: PageRequest) {
  const after = page.after;
  if (page.sort === "relevance" && criteria.text) {
    // Relevance ranks the newest RELEVANCE_WINDOW matches only: ranking every move that contains
    // a common word ("responsable", 150,000 of a million) costs hundreds of milliseconds, and a
    // recruiter wants the best of the recent ones anyway. The window is stable between pages.
    // Scored after the window is cut, so that only RELEVANCE_WINDOW rows are ranked.
    const window = newestMatching(db, criteria, undefined, RELEVANCE_WINDOW).as("w");
    const score = sql<number>`ts_rank_cd(m.search_vector, ${tsquery(criteria.text)})::float8`;
    let q = db
      .selectFrom(window)
      .innerJoin("moves as m", "m.id", "w.id")
      .select([...MOVE_RECORD_COLUMNS, score.as("score")]);
    if (after?.sort === "relevance")
      q = q.where(sql<SqlBool>`(${score}, m.id) < (${after.score}::float8, ${after.id}::bigint)`);
    return q
      .orderBy(sql`${score}`, "desc")
      .orderBy("m.id", "desc")
      .limit(sql.lit(page.limit + 1));
  }
  return db
    .selectFrom(newestMatching(db, criteria, after, page.limit + 1).as("m"))
    .select([...MOVE_RECORD_COLUMNS, sql<number>`0::float8`.as("score")]);
}

/**
 * One page of matching moves, hydrated, in one statement (limit + 1 rows, so that the caller knows
 * whether another page follows): the page's rows are found first (LIMIT inside), and only those
 * are completed with their person, company, issue and previous employers. Records come as objects,
 * or without the paragraph text for the search page's list, or as the API's JSON text, ready to be sent
 * without being parsed and serialized again.
 */
export async function findMovePage(
  db: Queryable,
  criteria: MoveCriteria,
  page: PageRequest,
  format?: "record",
  options?: PageOptions,
): Promise<MatchedMove<MoveRecord>[]>;
export async function findMovePage(
  db: Queryable,
  criteria: MoveCriteria,
  page: PageRequest,
  format: "api-json",
  options?: PageOptions,
): Promise<MatchedMove<string>[]>;
export async function findMovePage(
  db: Queryable,
  criteria: MoveCriteria,
  page: PageRequest,
  format: "listing",
  options?: PageOptions,
): Promise<MatchedMove<MoveListing>[]>;
export async function findMovePage(
  db: Queryable,
  criteria: MoveCriteria,
  page: PageRequest,
  format: "record" | "listing" | "api-json" = "record",
  options: PageOptions = {},
): Promise<MatchedMove<MoveRecord | MoveListing | string>[]> {
  const marks = options.highlight && criteria.text ? marksOf(criteria.text) : undefined;
  if (marks) options = { ...options, knownMarks: marks.known };
  const { statement, compiled } = compilePageStatement(db, criteria, page, format, options);
  const known = options.knownRecords?.records;
  const pageRows = (rows: PageRow[], marks?: RememberedMarks) =>
    rowsOfPage(known ? withKnownRecords(rows, known) : rows, marks);
  let rows: PageRow[];
  if (statement === "with-corrections") {
    const result = await db.executeQuery<
      PageRow &
        QueryWordsRow & {
          corrections: CorrectionRow[] | null;
          corrected: string | null;
          reading: number | null;
        }
    >(compiled);
    const first = result.rows[0];
    const lookUp = options.lookUp as NonNullable<PageOptions["lookUp"]>;
    lookUp.found(lookupFrom(first));
    const correct = lookUp.correct as NonNullable<typeof lookUp.correct>;
    const asRow = ({
      has_name: _h,
      name_words: _n,
      aliases: _a,
      corrections: _c,
      corrected: _k,
      reading: _r,
      ...row
    }: (typeof result.rows)[number]) => row;
    rows = result.rows.filter((r) => r.reading !== 2).map(asRow);
    if (first?.corrections) {
      correct.found(correctionsFrom(first.corrections));
      // The corrected reading ran in the same statement when some word had a correction.
      if (first.corrected !== null) {
        const read = result.rows.filter((r) => r.reading === 2).map(asRow);
        const extra = read.find((r) => r.id === null);
        correct.reading.found({
          rows: pageRows(read),
          counted: correct.reading.count ? countedFrom(extra?.counted ?? []) : undefined,
          version: extra?.version ?? 0,
        });
      }
    }
  } else if (statement === "with-lookup") {
    const result = await db.executeQuery<PageRow & QueryWordsRow>(compiled);
    const lookUp = options.lookUp as NonNullable<PageOptions["lookUp"]>;
    lookUp.found(lookupFrom(result.rows[0]));
    rows = result.rows.map(({ has_name: _h, name_words: _n, aliases: _a, ...row }) => row);
  } else {
    rows = (await db.executeQuery<PageRow>(compiled)).rows;
  }
  const extra = rows.find((r) => r.id === null);
  if (options.count) options.count.found(countedFrom(extra?.counted ?? []));
  if (options.version) options.version(extra?.version ?? 0);
  return pageRows(rows, marks);
}

/**
 * The rows whose record the statement left out (PageOptions' knownRecords) with the record known.
 * Only moves named in `known` are left out, so each has one.
 */
function withKnownRecords(rows: PageRow[], known: ReadonlyMap<number, unknown>): PageRow[] {
  for (const row of rows)
    if (row.record === null && row.id !== null) {
      const record = known.get(row.id);
      if (record === undefined) throw new Error(`move ${row.id}: record left out, and not known`);
      row.record = record as PageRow["record"];
    }
  return rows;
}

/**
 * A page's rows, without its extra row (count, facets, version), each role's marks cut; `marks`:
 * those remembered for the page's text, which the statement left out (NULL), and where to keep the
 * ones it made.
 */
const rowsOfPage = (rows: PageRow[], marks?: RememberedMarks): MatchedMove<PageRecord>[] =>
  rows
    .filter((r) => r.id !== null)
    .map(({ marked, counted: _c, version: _v, ...r }) => {
      // A page's row has its record: built by the statement, or known (withKnownRecords).
      const row = r as typeof r & { record: PageRecord };
      const role = typeof row.record === "object" ? row.record.role : undefined;
      if (marked === null) {
        const known = marks && role !== undefined ? marks.byRole.get(role) : undefined;
        return known ? { ...row, roleMarked: known } : row;
      }
      const roleMarked = splitMarks(marked);
      if (marks && role !== undefined) rememberMarks(marks, role, roleMarked);
      return { ...row, roleMarked };
    });

/**
 * findMovePage's statement: learned once per shape (see StatementShapes), or built afresh with
 * `fresh` (test/db/search-statement-shapes.test.ts compares the two).
 */
export function compilePageStatement(
  db: Queryable,
  criteria: MoveCriteria,
  page: PageRequest,
  format: "record" | "listing" | "api-json",
  options: PageOptions,
  fresh = false,
): { statement: PageStatement; compiled: CompiledQuery<unknown> } {
  const statement = pageStatement(criteria, page, options);
  const values = pageValues(criteria, page, options);
  const build = (slots: readonly unknown[]) => {
    const { criteria: c, page: p, options: o, corrected } = withSlots(criteria, page, options, slots);
    return buildPageStatement(db, c, p, format, o, statement, corrected);
  };
  if (fresh) return { statement, compiled: build(values) };
  const shape = `${statement}|${format}|${page.sort}|${page.after?.sort ?? "-"}|${page.limit}|${criteriaShape(criteria)}|${
    options.highlight ? "h" : "-"
  }${options.knownMarks ? "k" : ""}${options.knownRecords ? "r" : ""}|${options.count ? `${options.count.cap}${options.count.facets ? "f" : ""}` : "-"}|${options.version ? "v" : "-"}|${correctedReadingShape(options)}`;
  return { statement, compiled: pageStatements.compiled(shape, values, build) };
}

/** What of a corrected reading's options changes the statement's text. */
function correctedReadingShape(options: PageOptions): string {
  const reading = options.lookUp?.correct?.reading;
  if (!reading) return "-";
  return `${reading.count ? `${reading.count.cap}${reading.count.facets ? "f" : ""}` : "-"}${reading.version ? "v" : "-"}`;
}

/** Search statements, built once per shape (see StatementShapes). */
const pageStatements = new StatementShapes();

/** The page shapes seen that StatementShapes could not learn (tests: none). */
export const pageShapesNotLearned = () => pageStatements.notLearned();

/**
 * Which of findMovePage's statements a page takes: with the query's words looked up and, when the
 * page is empty, their corrections; with the lookup alone; with the count, facets or version as
 * one more row; or the page's rows alone.
 */
type PageStatement = "with-corrections" | "with-lookup" | "with-extra-row" | "rows";

const preparedPage = (criteria: MoveCriteria, page: PageRequest) =>
  planIgnoresValues(criteria) && PREPARED_LIMITS.has(page.limit);

function pageStatement(criteria: MoveCriteria, page: PageRequest, options: PageOptions): PageStatement {
  // Corrections only in a prepared statement: planned at each search, the corrections' part would
  // cost every search that finds moves 0.3 ms more.
  const correct = options.lookUp?.correct;
  if (correct && correct.words.length > 0 && preparedPage(criteria, page)) return "with-corrections";
  if (options.lookUp) return "with-lookup";
  if (options.count !== undefined || options.version !== undefined) return "with-extra-row";
  return "rows";
}

/** What of the criteria changes a statement's text: which parts are given, not their values. */
function criteriaShape(c: MoveCriteria): string {
  const text = c.text
    ? `${c.text.kind}${c.text.commonPhrase ? "c" : ""}${c.text.namePhrase ? "n" : ""}`
    : "-";
  const given = (value: unknown) => (value ? "1" : "0");
  return `${given(c.company)}${given(c.since)}${given(c.until)}${given(c.kind)}${given(c.seniority)}${given(c.function)}${text}`;
}

/** The values a page's statement carries, in slots (see withSlots for what each is). */
function pageValues(c: MoveCriteria, page: PageRequest, options: PageOptions): unknown[] {
  const after = page.after;
  const correct = options.lookUp?.correct;
  const corrected = correct && correctedWords(correct.words);
  return [
    c.company?.slug,
    c.company?.key,
    c.since,
    c.until,
    c.kind,
    c.seniority,
    c.function,
    c.text ? (c.text.kind === "words" ? c.text.query : c.text.tsquery) : undefined,
    after ? (after.sort === "date" ? after.publishedOn : after.score) : undefined,
    after?.id,
    options.lookUp?.words,
    options.lookUp?.runs,
    corrected?.words,
    corrected?.withNearby,
    correct?.reading.parts,
    correct?.reading.corrects,
    options.knownMarks,
    options.knownRecords?.ids,
    options.knownRecords?.version,
    corrected?.keys,
  ];
}

/** The inputs of a page's statement with each value taken from its slot (pageValues' order). */
function withSlots(c: MoveCriteria, page: PageRequest, options: PageOptions, v: readonly unknown[]) {
  // biome-ignore lint/suspicious/noExplicitAny: a slot holds the value or, while a shape is learned, its stand-in
  const slot = (i: number) => v[i] as any;
  const text: TextCriterion | undefined = c.text && {
    ...c.text,
    ...(c.text.kind === "words" ? { query: slot(7) } : { tsquery: slot(7) }),
  };
  const after: MoveCursor | undefined =
    page.after &&
    (page.after.sort === "date"
      ? { sort: "date", publishedOn: slot(8), id: slot(9) }
      : { sort: "relevance", score: slot(8), id: slot(9) });
  const criteria: MoveCriteria = {
    text,
    company: c.company && { slug: slot(0), key: slot(1) },
    since: c.since && slot(2),
    until: c.until && slot(3),
    kind: c.kind && slot(4),
    seniority: c.seniority && slot(5),
    function: c.function && slot(6),
  };
  const lookUp = options.lookUp && { ...options.lookUp, words: slot(10), runs: slot(11) };
  const corrected = {
    words: slot(12),
    withNearby: slot(13),
    keys: slot(19),
    parts: slot(14),
    corrects: slot(15),
  };
  const knownMarks = options.knownMarks && slot(16);
  const knownRecords = options.knownRecords && { ...options.knownRecords, ids: slot(17), version: slot(18) };
  return {
    criteria,
    page: { ...page, after },
    options: { ...options, lookUp, knownMarks, knownRecords },
    corrected,
  };
}

/** findMovePage's statement, built (see pageStatements). */
function buildPageStatement(
  db: Queryable,
  criteria: MoveCriteria,
  page: PageRequest,
  format: "record" | "listing" | "api-json",
  options: PageOptions,
  statement: PageStatement,
  corrected: CorrectedWords & { parts: string[]; corrects: number[] },
): CompiledQuery<unknown> {
  const { query, pageAndCount, byScore } = pageStatementParts(db, criteria, page, format, {
    highlight: options.highlight,
    knownMarks: options.knownMarks,
    knownRecords: options.knownRecords,
    count: options.count,
    version: options.version !== undefined,
  });
  const order = sql`ORDER BY ${byScore ? sql`p.score` : sql`p.published_on`} DESC, p.id DESC`;
  const prepare = preparedPage(criteria, page);
  const prepared = prepare ? sql`/* prepared */ ` : sql``;
  if (statement === "with-corrections") {
    // As below, and when the page is empty, the corrections of its words too (correctNameWords),
    // and the page as corrected (typo_fix.tsquery: each part's tsquery text, a corrected word's part ORed
    // with its corrections, as relaxedReadings in the search service reads it): a typo'd name is
    // one round trip, not two. Only when the page as typed is empty, and only when some word has a
    // correction (one-time filters: a name found as typed pays two empty CTEs).
    const { words, runs, correct } = options.lookUp as Required<NonNullable<PageOptions["lookUp"]>>;
    const reading = correct.reading;
    const asCorrected = pageStatementParts(db, { ...criteria, text: CORRECTED_TEXT }, page, format, {
      highlight: options.highlight,
      knownRecords: options.knownRecords,
      count: reading.count,
      version: reading.version === true,
    });
    const columns = (withExtraRow: boolean) =>
      withExtraRow
        ? sql`record, id, published_on, score, marked, counted, version`
        : sql`record, id, published_on, score, marked, NULL::json AS counted, NULL::bigint AS version`;
    return sql`${prepared}
      WITH p AS MATERIALIZED (${pageAndCount}),
      typo_words AS MATERIALIZED (SELECT * FROM (${nameWordCorrections(corrected)}) c
        WHERE NOT EXISTS (SELECT 1 FROM p WHERE p.id IS NOT NULL)),
      typo_fix AS MATERIALIZED (SELECT (SELECT json_agg(c ORDER BY c.position) FROM typo_words c) AS corrections,
        (SELECT string_agg(CASE WHEN cardinality(c.alternatives) > 1
            THEN '(' || f.part || ' | ' || array_to_string(c.alternatives[2:], ' | ') || ')' ELSE f.part END,
            ' & ' ORDER BY f.i)
          FROM unnest((SELECT ${corrected.parts}::text[]), (SELECT ${corrected.corrects}::int[]))
            WITH ORDINALITY AS f(part, word, i)
          LEFT JOIN typo_words c ON c.position = f.word
          HAVING bool_or(cardinality(c.alternatives) > 1)) AS tsquery),
      p2 AS MATERIALIZED (SELECT * FROM (${asCorrected.pageAndCount}) p2
        WHERE (SELECT tsquery FROM typo_fix) IS NOT NULL)
      SELECT w.has_name, w.name_words, w.aliases, k.corrections, k.tsquery AS corrected, p.*
      FROM (${queryWords(words, runs)}) w CROSS JOIN typo_fix k
      LEFT JOIN (SELECT 1 AS reading, ${columns(pageAndCount !== query)} FROM p
        UNION ALL SELECT 2, ${columns(asCorrected.pageAndCount !== asCorrected.query)} FROM p2) p ON true
      ORDER BY p.reading, ${byScore ? sql`p.score` : sql`p.published_on`} DESC, p.id DESC`.compile(db);
  }
  if (statement === "with-lookup") {
    // The query's words looked up in the same round trip (one row, the page's rows beside it, or
    // none): see the search service, which planned the page on what it last knew of these words.
    const { words, runs } = options.lookUp as NonNullable<PageOptions["lookUp"]>;
    return sql`${prepared}
      SELECT w.has_name, w.name_words, w.aliases, p.* FROM (${queryWords(words, runs)}) w
      LEFT JOIN LATERAL (${pageAndCount}) p ON true ${order}`.compile(db);
  }
  if (statement === "with-extra-row")
    return sql`${prepared} SELECT * FROM (${pageAndCount}) p ${order}`.compile(db);
  return (prepare ? query.modifyFront(sql`/* prepared */`) : query).compile();
}

/** A typo'd name's reading as corrected in the statement itself (see buildPageStatement). */
const CORRECTED_TEXT: InStatementText = { kind: "corrected", namePhrase: true };

/**
 * A page's rows, hydrated (`query`), and with the count and facets (countedRows) and the directory's
 * version as one more row when asked for (`pageAndCount`; `query` itself otherwise).
 */
function pageStatementParts(
  db: Queryable,
  criteria: StatementCriteria,
  page: PageRequest,
  format: "record" | "listing" | "api-json",
  options: {
    highlight?: boolean;
    knownMarks?: readonly string[];
    knownRecords?: KnownRecords;
    count?: { cap: number; facets: boolean };
    version: boolean;
  },
) {
  const built: RawBuilder<MoveRecord | MoveListing | string> =
    format === "api-json" ? sql<string>`${moveRecordJson("api")}::text` : moveRecordJson(format);
  // Records the caller knows as of the directory's version it names come back NULL while that is
  // still the version: building a record (its person, company, issue and previous employers, and
  // json_build_object) was most of what a page statement cost PostgreSQL (issue 14).
  const known = options.knownRecords;
  const record: RawBuilder<MoveRecord | MoveListing | string | null> = known
    ? sql`CASE WHEN (SELECT version FROM directory_version) = ${known.version}::bigint
        AND m.id = ANY (${known.ids}::bigint[]) THEN NULL ELSE ${built} END`
    : built;
  // Marks around the words the text matched, whatever form matched ("DAF" for "directrice
  // financière"): ts_headline stems and unaccents like the index. In the page's statement, for its
  // rows only, rather than a second round trip (see splitMarks).
  // Roles whose marks for this text are remembered (knownMarks) come back NULL: see marksOf.
  const headline = (text: TextCriterion | InStatementText) =>
    sql<string>`ts_headline('carnet_fr', m.role, ${tsquery(text)}, ${HEADLINE_OPTIONS})`;
  const marked: RawBuilder<string | null> =
    options.highlight && criteria.text
      ? options.knownMarks
        ? sql<string | null>`CASE WHEN m.role = ANY (${options.knownMarks}::text[]) THEN NULL
            ELSE ${headline(criteria.text)} END`
        : headline(criteria.text)
      : sql<null>`NULL::text`;
  // The records are built above the LIMIT, for the page's rows only.
  const byScore = page.sort === "relevance" && criteria.text !== undefined;
  const counting = options.count;
  // The first page by date, counted: its rows are the newest of the counted matches (countedMatches),
  // so the matches are walked once, not once for the page and again for the count.
  const headOfCounted = counting !== undefined && !page.after && !byScore && page.limit <= counting.cap;
  // A company's or a name's matches are few, nearly all of them on the page: the counted matches then
  // carry the record's columns (countedMatches), and the page's rows are not read from moves a second
  // time (issue 14: the page's PostgreSQL time beside the API's; for a first-time company, a backend's
  // CPU p25 1.00 -> 0.79 ms at load 20). Other searches count a hundred matches for a page of twenty:
  // copying the hundred wider rows cost what the probes saved (the newest moves +0.02 ms).
  const fewMatches = criteria.company !== undefined || criteria.text?.namePhrase === true;
  const rowsOfPage = !headOfCounted
    ? pageOf(db, criteria, page).as("m")
    : fewMatches
      ? sql<RecordColumns & { score: number }>`(
        SELECT ${columnsOf(MOVE_RECORD_COLUMNS, "m")}, 0::float8 AS score
        FROM (SELECT * FROM matched ORDER BY published_on DESC, id DESC LIMIT ${sql.lit(page.limit + 1)}) m)`.as(
          "m",
        )
      : sql<RecordColumns & { score: number }>`(
        SELECT ${columnsOf(MOVE_RECORD_COLUMNS, "m")}, 0::float8 AS score
        FROM (SELECT id FROM matched ORDER BY published_on DESC, id DESC LIMIT ${sql.lit(page.limit + 1)}) h
        JOIN moves m ON m.id = h.id)`.as("m");
  const query = db
    .selectFrom(rowsOfPage as ReturnType<ReturnType<typeof pageOf>["as"]>)
    .select([record.as("record"), "m.id", "m.published_on", "m.score", marked.as("marked")])
    .orderBy(byScore ? sql`m.score` : sql`m.published_on`, "desc")
    .orderBy("m.id", "desc");
  // The count and facets and the directory's version ride in the same statement, as one more row
  // (no id) whose `counted` and `version` hold them: the search page is one round trip, as the API is.
  const pageAndCount =
    counting !== undefined || options.version
      ? sql<PageRow>`
      ${counting ? sql`WITH ${countedMatches(db, criteria, counting.cap, headOfCounted && fewMatches ? MOVE_RECORD_COLUMNS : COUNTED_COLUMNS)}` : sql``}
      SELECT p.*, NULL::json AS counted, NULL::bigint AS version FROM (${query}) p
      UNION ALL SELECT NULL, NULL, NULL, NULL, NULL,
        ${counting ? sql`(SELECT json_agg(c) FROM (${countedRows(counting.facets, criteria)}) c)` : sql`NULL::json`},
        ${options.version ? sql`(SELECT version FROM directory_version)` : sql`NULL::bigint`}`
      : query;
  return { query, pageAndCount, byScore };
}

/** A record as findMovePage returns it, in one of its formats. */
type PageRecord = MoveRecord | MoveListing | string;

/** A row of findMovePage's statement: a page's row, or (no id) the count and facets asked for. */
interface PageRow {
  /** Null for the extra row, and for a record the caller knows (PageOptions' knownRecords). */
  record: PageRecord | null;
  id: number;
  published_on: string;
  score: number;
  marked: string | null;
  counted?: FacetCount[] | null;
  version?: number | null;
}

/**
 * findMovePage's options: marks in the roles; the query's words to look up, and the matches to
 * count (capped, with facets or not: countedRows), in the same statement.
 */
export interface PageOptions {
  highlight?: boolean;
  /**
   * Roles whose marks for the page's text findMovePage remembers (marksOf): the statement leaves
   * them out. Set by findMovePage itself.
   */
  knownMarks?: readonly string[];
  knownRecords?: KnownRecords;
  lookUp?: {
    words: string[];
    runs: string[];
    found: (lookup: QueryWordsLookup) => void;
    /**
     * Words to correct (correctNameWords) should the page come back empty, in the same statement
     * when it is prepared; `found` is called only if they were.
     */
    correct?: {
      words: WordToCorrect[];
      found: (corrections: WordCorrection[]) => void;
      /**
       * The page as corrected, read in the same statement when the page as typed is empty: the
       * query's parts as to_tsquery texts (`parts`), each with the 1-based position of its word in
       * `words` (`corrects`, 0 for a part not corrected), and what to read beside its rows. `found`
       * is called when it was read (some word had a correction).
       */
      reading: {
        parts: string[];
        corrects: number[];
        count?: { cap: number; facets: boolean };
        version?: boolean;
        found: (page: CorrectedPage) => void;
      };
    };
  };
  count?: { cap: number; facets: boolean; found: (counted: CountedMatches) => void };
  /**
   * The directory's version (migration 0005), read in the page's snapshot: what the page, and a
   * count made under the same version, say of the directory (see countMatches).
   */
  version?: (version: number) => void;
}

/**
 * Records the caller already holds, as they were at directory version `version` (migration 0005:
 * bumped in the same commit as any change to a record's move, person, company, issue or previous
 * employers): the statement leaves out those of `records` it would return (NULL, filled in from
 * `records` by findMovePage) when the directory is still at that version, and builds them otherwise.
 * `ids`: the keys of `records`, as the statement's parameter.
 */
export interface KnownRecords {
  version: number;
  ids: readonly number[];
  records: ReadonlyMap<number, unknown>;
}

/** A typo'd name's page as corrected (PageOptions' `lookUp.correct.reading`). */
export interface CorrectedPage {
  // biome-ignore lint/suspicious/noExplicitAny: the rows are in the page's format, as findMovePage returns them
  rows: MatchedMove<any>[];
  counted?: CountedMatches;
  version: number;
}

/** One value of a facet and how many of the counted matches hold it. */
export interface FacetCount {
  facet: "kind" | "seniority" | "function" | "company" | "year";
  value: string;
  label: string | null;
  n: number;
}

/** What a count and the facets read of each match: no record columns, no paragraph text. */
const COUNTED_COLUMNS = [
  "m.id",
  "m.published_on",
  "m.kind",
  "m.seniority",
  "m.function",
  "m.company_id",
] as const;

/** The capped count of a search's matches and, when asked for, the facets. */
export interface CountedMatches {
  count: number;
  facets: FacetCount[];
}

const countedFrom = (rows: FacetCount[]): CountedMatches => ({
  count: rows[0]?.n ?? 0,
  facets: inFacetOrder(rows.slice(1)),
});

/** Where each facet's values stand among equal counts: the vocabulary's order, as the form lists them. */
const VOCABULARY_RANK: Record<string, ReadonlyMap<string, number>> = {
  kind: new Map(MOVE_KINDS.map((v, i) => [v, i])),
  seniority: new Map(SENIORITIES.map((v, i) => [v, i])),
  function: new Map(JOB_FUNCTIONS.map((v, i) => [v, i])),
};
const FACET_RANK: Record<FacetCount["facet"], number> = {
  kind: 0,
  seniority: 1,
  function: 2,
  year: 3,
  company: 4,
};

/** Strings in code point order, as PostgreSQL's C collation orders them (UTF-8 bytes). */
function byCodePoints(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(j) as number;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

/**
 * The facets in one order, whoever counted them (countedRows or countedFromPage): by facet, then
 * by count, values of equal count in the vocabulary's order (kind, seniority, function), a year's
 * newest first, companies by name, as countedRows names them. PostgreSQL's hash aggregate gave
 * values of equal count in its tables' order, which the page showed as it came (facetLinks sorts
 * by count only): arbitrary from one plan or table size to the next.
 */
function inFacetOrder(facets: FacetCount[]): FacetCount[] {
  return facets.sort((a, b) => {
    if (a.facet !== b.facet) return FACET_RANK[a.facet] - FACET_RANK[b.facet];
    if (a.facet === "year") return byCodePoints(b.value, a.value);
    if (a.n !== b.n) return b.n - a.n;
    if (a.facet === "company")
      return byCodePoints(a.label ?? "", b.label ?? "") || byCodePoints(a.value, b.value);
    const rank = VOCABULARY_RANK[a.facet] as ReadonlyMap<string, number>;
    return (
      (rank.get(a.value) ?? rank.size) - (rank.get(b.value) ?? rank.size) || byCodePoints(a.value, b.value)
    );
  });
}

/** What countedFromPage reads of a page's rows: a record's vocabulary and company. */
type CountableRecord = Pick<MoveRecord, "kind" | "seniority" | "function" | "company">;

/**
 * The count and facets countedRows would give, made from a first page that holds every match (no
 * more rows than the page's limit, which is at most the cap): those rows are all the matches
 * `matched` and `newest` would walk to, so counting them in Node gives the same figures without
 * the count's walk, its aggregates and the plan's nodes to start (issue 14: a company's or a name's
 * first page, nearly always whole, paid them in the search page's statement). Undefined when the
 * ten busiest companies cannot be told from the page: a tie on count and newest move across the
 * tenth place, which PostgreSQL breaks by company id, a column the records do not carry.
 */
export function countedFromPage(
  rows: readonly MatchedMove<CountableRecord>[],
  criteria: MoveCriteria,
  withFacets: boolean,
): CountedMatches | undefined {
  const facets: FacetCount[] = [];
  if (withFacets) {
    const tally = (facet: FacetCount["facet"], facetValue: (row: MatchedMove<CountableRecord>) => string) => {
      const counts = new Map<string, number>();
      for (const row of rows) {
        const value = facetValue(row);
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      for (const [value, n] of counts) facets.push({ facet, value, label: null, n });
    };
    if (!criteria.kind) tally("kind", (row) => row.record.kind);
    if (!criteria.seniority) tally("seniority", (row) => row.record.seniority);
    if (!criteria.function) tally("function", (row) => row.record.function);
    // extract(year FROM published_on)::text: the year without leading zeros.
    if (!criteria.since && !criteria.until)
      tally("year", (row) => String(Number.parseInt(row.published_on, 10)));
    if (!criteria.company) {
      const companies = new Map<string, { name: string; n: number; newest: string }>();
      for (const row of rows) {
        const { slug, name } = row.record.company;
        const seen = companies.get(slug);
        if (!seen) companies.set(slug, { name, n: 1, newest: row.published_on });
        else {
          seen.n++;
          if (row.published_on > seen.newest) seen.newest = row.published_on;
        }
      }
      const busiest = [...companies].sort(
        ([, a], [, b]) => b.n - a.n || (b.newest > a.newest ? 1 : b.newest < a.newest ? -1 : 0),
      );
      const last = busiest[9];
      const next = busiest[10];
      if (last && next && last[1].n === next[1].n && last[1].newest === next[1].newest) return undefined;
      for (const [slug, { name, n }] of busiest.slice(0, 10))
        facets.push({ facet: "company", value: slug, label: name, n });
    }
  }
  return { count: rows.length, facets: inFacetOrder(facets) };
}

/**
 * The matches counted, as two common table expressions: `matched`, the newest `cap` + 1 matches
 * (an exact count over a million rows costs more than the page itself, and "plus de 100" tells a
 * recruiter as much), and `newest`, the first `cap` of them, which the facets describe. One capped
 * walk (see newestMatching: a common phrase walks dates first here too) that reads only the columns
 * counted, or `columns` (a record's, when the first page's rows are taken from it: pageStatementParts);
 * the first page's rows are taken from it too (findMovePage). `newest` keeps the counted columns only.
 */
function countedMatches(
  db: Queryable,
  criteria: StatementCriteria,
  cap: number,
  columns: readonly `m.${string}`[] = COUNTED_COLUMNS,
) {
  const matches = newestMatching(db, criteria, undefined, cap + 1, columns);
  return sql`matched AS MATERIALIZED (SELECT * FROM (${matches}) m),
    newest AS MATERIALIZED (SELECT ${columnsOf(COUNTED_COLUMNS, "matched")} FROM matched
      ORDER BY published_on DESC, id DESC LIMIT ${sql.lit(cap)})`;
}

/**
 * The count's row first, then, with `withFacets`, one row per facet value: how the newest matches
 * (countedMatches) spread over kind, seniority, function, company (the ten busiest) and year, each
 * but those the criteria already filter on (a year: by date), which the search page does not offer
 * again (routes/search.ts: facetLinks): work for nothing (issue 14: a company search's busiest
 * companies, about 0.02 ms of PostgreSQL a page; criteriaShape tells the statements apart). The
 * busiest companies are counted by id, ties going to the most recent, and only the ten kept are
 * named: joining a thousand matches to companies first made the planner merge-join the whole
 * companies_pkey (100,000 rows, 60 ms), and naming every company to break ties by name cost a
 * thousand lookups.
 *
 * Kind, seniority, function and year are one aggregate over `newest` (GROUPING SETS), not four
 * GROUP BYs each with its own scan of the CTE and subquery: their executor start-up and run were
 * most of what the facets cost PostgreSQL beside the API's page (issue 14). PostgreSQL hashes each
 * set as it hashed each GROUP BY (same keys, same estimates, so the same tables), so values of equal
 * count came in the same order (the same `counted` JSON, byte for byte, for 352 searches of the
 * bench directory, 882 facets with ties); that order is now set in Node (inFacetOrder).
 */
function countedRows(withFacets: boolean, criteria: StatementCriteria) {
  const offered = (filtered: unknown) => withFacets && !filtered;
  const sets = [
    offered(criteria.kind) && "kind",
    offered(criteria.seniority) && "seniority",
    offered(criteria.function) && "function",
    offered(criteria.since || criteria.until) && "year",
  ].filter((s): s is string => typeof s === "string");
  const facet = sets.map((s) => `WHEN grouping(${s}) = 0 THEN '${s}'`).join(" ");
  return sql<FacetCount>`
    SELECT 'count' AS facet, NULL AS value, NULL AS label, (SELECT count(*) FROM matched)::int AS n
    ${
      sets.length > 0
        ? sql`UNION ALL SELECT CASE ${sql.raw(facet)} END, coalesce(${sql.raw(sets.join(", "))}), NULL, count(*)::int
      FROM (SELECT kind, seniority, function, extract(year FROM published_on)::text AS year FROM newest) n
      GROUP BY GROUPING SETS (${sql.raw(sets.map((s) => `(${s})`).join(", "))})`
        : sql``
    }
    ${
      offered(criteria.company)
        ? sql`UNION ALL (SELECT 'company', c.slug, c.name, busiest.n
      FROM (SELECT company_id, count(*)::int AS n FROM newest GROUP BY company_id
            ORDER BY n DESC, max(published_on) DESC, company_id LIMIT 10) busiest
      JOIN companies c ON c.id = busiest.company_id ORDER BY busiest.n DESC, c.name)`
        : sql``
    }`;
}

/**
 * The capped count and facets alone, with the directory's version they describe: for a search page
 * whose rows were read without them (see countsSeen in the search service). Prepared on the same
 * terms as a page (planIgnoresValues).
 */
export async function countMatches(
  db: Queryable,
  criteria: MoveCriteria,
  cap: number,
  withFacets: boolean,
): Promise<{ counted: CountedMatches; version: number }> {
  const prepared = planIgnoresValues(criteria) ? sql`/* prepared */ ` : sql``;
  const { rows } = await sql<{ counted: FacetCount[] | null; version: number }>`${prepared}
    WITH ${countedMatches(db, criteria, cap)}
    SELECT (SELECT json_agg(c) FROM (${countedRows(withFacets, criteria)}) c) AS counted,
      (SELECT version FROM directory_version) AS version`.execute(db);
  return { counted: countedFrom(rows[0]?.counted ?? []), version: rows[0]?.version ?? 0 };
}

/** True when one of the normalized words is a word of some person's or company's name. */
export async function hasNameWord(db: Queryable, words: string[]): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`/* prepared: search_has_name_word */
    SELECT EXISTS (SELECT 1 FROM name_words WHERE word = ANY (${words}::text[])) AS found`.execute(db);
  return rows[0]?.found ?? false;
}

/** How many alternatives a mistyped word may stand for. */
const CORRECTIONS_PER_WORD = 3;

/** A typed word: whether some name holds it as typed, and the known words it may stand for. */
export interface WordCorrection {
  known: boolean;
  /** The word itself first, then the closest words of names, best first. */
  alternatives: string[];
}

/**
 * For each normalized word ([a-z0-9]+), the words of known names it may stand for: itself alone
 * when some name holds it as typed; otherwise itself, then the name words one edit away (a letter
 * dropped or two neighbours swapped; for words of up to 8 letters also a letter added or changed:
 * "kerlgo" → kerlog, "clare" → claire), then the closest by trigrams. Close means pg_trgm's strict
 * word similarity ≥ 0.5 (`<<%`, its default threshold; for one word against one word it is plain
 * trigram similarity): "scalan" is 0.5 from "scalian", "senechaut" 0.62 from "senechault". The
 * lower `%` threshold (0.3) made the index recheck thousands of words (7 ms); 0.5 keeps a few
 * dozen. Words that are not names ("directrice") keep themselves, so they still match as typed.
 *
 * The name words that may be one edit away are found by name_words_deletion_keys_idx (migration
 * 0027: two words one edit apart share a key among themselves and their one-letter deletions), a
 * probe per key instead of one per neighbour (700-odd for a 7-letter word, 0.9 ms); the statement
 * keeps the true neighbours, in the order search-vocabulary's oneEditAway lists them (which edit,
 * then where, then which letter), so that the best three are the same whoever checks them.
 *
 * One statement (name_words_deletion_keys_idx for the neighbourhoods, name_words_pkey and
 * name_words_word_trgm_idx for the typed words).
 */
export async function correctNameWords(db: Queryable, words: WordToCorrect[]): Promise<WordCorrection[]> {
  if (words.length === 0) return [];
  const { rows } = await sql<CorrectionRow>`/* prepared: search_correct_name_words */
    ${nameWordCorrections(correctedWords(words))}`.execute(db);
  return correctionsFrom(rows);
}

/** A word to correct, and whether its one-edit neighbours among names' words are wanted. */
export interface WordToCorrect {
  word: string;
  nearby?: boolean;
}

/** What correctNameWords' statement says of a word, in the words' order (`position`). */
interface CorrectionRow {
  known: boolean;
  alternatives: string[];
  position: number;
}

/** The words to correct as correctNameWords' statement takes them: the words, and which have neighbours. */
interface CorrectedWords {
  words: string[];
  withNearby: boolean[];
  /** Each word's deletion keys (deletionKeys), space-separated; empty for a word without neighbours. */
  keys: string[];
}

const correctedWords = (words: WordToCorrect[]): CorrectedWords => ({
  words: words.map((w) => w.word),
  withNearby: words.map((w) => w.nearby === true),
  keys: words.map((w) => (w.nearby === true ? deletionKeys(w.word) : "")),
});

/**
 * What carnet_deletion_keys (migration 0027) gives for a typed word, made here and sent with it:
 * the word and the word with each of its letters dropped, space-separated ([a-z0-9]+ words hold
 * none). Called in the statement, that SQL function was planned again at every execution (a SQL
 * function's plan lasts one execution of its caller), about 0.1 ms of PostgreSQL's CPU a typo'd
 * name for a few microseconds of work (issue 14, perf of a backend under first-time typo'd names).
 */
export function deletionKeys(word: string): string {
  // By characters, as PostgreSQL's left and substr count them: a letter outside the basic plane ("𝒜",
  // an emoji) is two UTF-16 units, and dropping one of them made a key the index never holds and
  // missed the word without it (test/db/deletion-keys.test.ts)
  const letters = [...word];
  const keys = new Set([word]);
  for (let i = 0; i < letters.length; i++) keys.add(letters.toSpliced(i, 1).join(""));
  return [...keys].join(" ");
}

/**
 * Where `n` comes in oneEditAway(`t`)'s list (search-vocabulary.ts), or NULL when it is not there:
 * first the deletions and swaps, position by position, then (words of up to 8 letters) the
 * insertions and substitutions, position by position and letter by letter. A word made by several
 * edits takes its first place, as a JavaScript Set keeps it.
 */
const oneEditRank = (n: RawBuilder<string>, t: RawBuilder<string>) => sql<number>`(SELECT min(r) FROM (
    SELECT 2 * (j - 1) AS r FROM generate_series(1, length(${t})) j
      WHERE length(${n}) = length(${t}) - 1 AND left(${t}, j - 1) || substr(${t}, j + 1) = ${n}
    UNION ALL
    SELECT 2 * (j - 1) + 1 FROM generate_series(1, length(${t}) - 1) j
      WHERE length(${n}) = length(${t})
        AND left(${t}, j - 1) || substr(${t}, j + 1, 1) || substr(${t}, j, 1) || substr(${t}, j + 2) = ${n}
    UNION ALL
    SELECT 2 * length(${t}) + 2 * ((j - 1) * 26 + ascii(substr(${n}, j, 1)) - 97) FROM generate_series(1, length(${n})) j
      WHERE length(${t}) <= 8 AND length(${n}) = length(${t}) + 1
        AND ascii(substr(${n}, j, 1)) BETWEEN 97 AND 122 AND left(${n}, j - 1) || substr(${n}, j + 1) = ${t}
    UNION ALL
    SELECT 2 * length(${t}) + 2 * ((j - 1) * 26 + ascii(substr(${n}, j, 1)) - 97) + 1 FROM generate_series(1, length(${n})) j
      WHERE length(${t}) <= 8 AND length(${n}) = length(${t})
        AND ascii(substr(${n}, j, 1)) BETWEEN 97 AND 122 AND substr(${n}, j, 1) <> substr(${t}, j, 1)
        AND left(${n}, j - 1) || substr(${n}, j + 1) = left(${t}, j - 1) || substr(${t}, j + 1)) edits)`;

/** correctNameWords' statement, also read beside a page (findMovePage's `lookUp.correct`). */
function nameWordCorrections(words: CorrectedWords) {
  // The arrays as subqueries, so that the prepared statement's plan made without their values is
  // priced as the ones made with them, and kept (see queryWords). Kept apart from the similarity
  // subquery: folded into it, the planner expected a hundred rows per word and compiled the
  // statement with JIT (50–100 ms).
  // The trigram search runs only when fewer than CORRECTIONS_PER_WORD words are one edit away: a
  // neighbour's rank (oneEditRank: below 1,000,000, one edit per rank, so no two neighbours tie)
  // always comes before a trigram match's, so with that many neighbours the trigram matches cannot
  // be among the kept ones. That search (name_words_word_trgm_idx, 80-odd candidates rechecked)
  // was half of a typo'd name's statement on the million-move directory (issue 14, perf of the
  // backends under bench:search: GIN 12 % of PostgreSQL's CPU for the API mix).
  return sql<CorrectionRow>`
    SELECT k.known,
      CASE WHEN k.known THEN ARRAY[t.word] ELSE t.word || ARRAY(
        WITH near AS MATERIALIZED (
          SELECT near.word, near.rank FROM (
            SELECT n.word, ${oneEditRank(sql.ref("n.word"), sql.ref("t.word"))} AS rank FROM name_words n
            WHERE t.with_nearby AND carnet_deletion_keys(n.word) && string_to_array(t.keys, ' ')
              AND length(n.word) >= 3 OFFSET 0) near
          WHERE near.rank IS NOT NULL)
        SELECT c.word FROM (
          SELECT near.word, near.rank FROM near
          UNION ALL
          SELECT s.word, 1000000 + s.rank FROM unnest(CASE WHEN length(t.word) < 3
              OR (SELECT count(*) FROM near) >= ${sql.lit(CORRECTIONS_PER_WORD)} THEN ARRAY[]::text[]
            ELSE ARRAY(SELECT n.word FROM name_words n WHERE t.word <<% n.word
              ORDER BY similarity(n.word, t.word) DESC, n.word LIMIT ${sql.lit(CORRECTIONS_PER_WORD)}) END)
            WITH ORDINALITY AS s(word, rank)) c
        GROUP BY c.word ORDER BY min(c.rank) LIMIT ${sql.lit(CORRECTIONS_PER_WORD)}) END AS alternatives,
      t.position
    FROM unnest((SELECT ${words.words}::text[]),
        (SELECT ${words.withNearby}::boolean[]), (SELECT ${words.keys}::text[]))
        WITH ORDINALITY AS t(word, with_nearby, keys, position),
      LATERAL (SELECT EXISTS (SELECT 1 FROM name_words n WHERE n.word = t.word) AS known) k
    ORDER BY t.position`;
}

/** Each word's correction from its statement's row. */
const correctionsFrom = (rows: CorrectionRow[]): WordCorrection[] =>
  rows.map((row) => ({ known: row.known, alternatives: row.alternatives }));

/** What the name tables know of a query's words, in one statement (see wordRuns). */
export interface QueryWordsLookup {
  /** Some word is a word of a person's or company's name. */
  hasName: boolean;
  /** Runs of the query's words that are a company's alias or former name, with its current key. */
  aliases: { typed: string; name: string }[];
  /**
   * The words that are a name's word, when the lookup read them (see lookupFrom): what lets the
   * search plan a phrase never seen without looking it up first (nameWordsSeen in the search service).
   */
  nameWords?: string[];
}

/**
 * Whether the words hold a name's word, and which runs of them are a company alias or a former
 * name (merges keep the loser's key as an alias): name_words_pkey, company_aliases_key_key.
 */
export async function lookUpQueryWords(
  db: Queryable,
  words: string[],
  runs: string[],
): Promise<QueryWordsLookup> {
  const { rows } =
    await sql<QueryWordsRow>`/* prepared: search_query_words */ ${queryWords(words, runs)}`.execute(db);
  return lookupFrom(rows[0]);
}

interface QueryWordsRow {
  has_name: boolean;
  /** The query's words that are a name's word, space-separated (as text: pg parses it as it is); null for none. */
  name_words: string | null;
  aliases: { typed: string; name: string }[];
}

const lookupFrom = (row: QueryWordsRow | undefined): QueryWordsLookup => ({
  hasName: row?.has_name ?? false,
  aliases: row?.aliases ?? [],
  nameWords: row?.name_words ? row.name_words.split(" ") : [],
});

/** lookUpQueryWords' one row, also read beside a page (findMovePage's `lookUp`). */
function queryWords(words: string[], runs: string[]) {
  // The arrays as subqueries: the planner then prices them alike with and without their values, so
  // that a prepared page statement carrying this lookup keeps its plan made without them. Given as
  // values, a plan made with them (2 words: 2 probes) always looked cheaper than the one without
  // (10, by default), and PostgreSQL planned the statement again at every search: a millisecond of a
  // search page's, half a millisecond of the API's (pg_prepared_statements: 0 generic plans).
  return sql<QueryWordsRow>`
    SELECT n.words IS NOT NULL AS has_name, n.words AS name_words,
      coalesce((SELECT json_agg(json_build_object('typed', a.key, 'name', c.key))
        FROM company_aliases a JOIN companies c ON c.id = a.company_id
        WHERE a.key = ANY ((SELECT ${runs}::text[])::text[])), '[]'::json) AS aliases
    FROM (SELECT string_agg(word, ' ') AS words FROM name_words
      WHERE word = ANY ((SELECT ${words}::text[])::text[])) n`;
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
    -- Only companies the public site names: a published move joins or leaves them.
    WHERE EXISTS (SELECT 1 FROM moves m WHERE m.company_id = c.id AND m.status = 'published')
       OR EXISTS (SELECT 1 FROM move_previous_companies p JOIN moves m ON m.id = p.move_id
                   WHERE p.company_id = c.id AND m.status = 'published')
    GROUP BY c.id, c.name, c.slug
    ORDER BY bool_or(starts) DESC, max(s) DESC, c.name LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** Marks around the words a query matched in ts_headline's output: characters no title holds. */
const MARK_START = "\u27e6";
const MARK_END = "\u27e7";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/** A title cut into the words the query matched (`mark`) and the text between them. */
export type MarkedText = { text: string; mark: boolean }[];

/** ts_headline's output (see findMovePage) cut at its marks. */
function splitMarks(marked: string): MarkedText {
  return marked
    .split(MARK_START)
    .flatMap((chunk, i) => {
      if (i === 0) return [{ text: chunk, mark: false }];
      const [inside = "", rest = ""] = chunk.split(MARK_END);
      return [
        { text: inside, mark: true },
        { text: rest, mark: false },
      ];
    })
    .filter((part) => part.text !== "");
}

/**
 * The marks ts_headline made for a text, by role. Marking is a pure function of the role and the
 * text's tsquery (carnet_fr's parser and dictionaries, fixed by migration 0001), and its dictionary
 * work is what to_tsvector costs on the same role (issue 14: about 10–40 µs a row, 20 rows a page
 * for role words). Roles repeat (titles are a small vocabulary; the next page, the back button and
 * a popular search show the same ones), so the page's statement is given the roles remembered for
 * its text and leaves their marks out; the marks it makes are kept, up to MARKED_ROLES_PER_TEXT a
 * text. Never stale: nothing the directory holds changes a mark. A typo'd name's corrected reading,
 * whose tsquery is made inside the statement, is always marked there. Cleared when full, as the
 * search service's memories.
 */
interface RememberedMarks {
  byRole: Map<string, MarkedText>;
  /** byRole's keys, as the statement's parameter (a new array when one is added). */
  known: readonly string[];
}

/**
 * Bounded: texts × roles a text × a role (150 characters) and its marks, about 13 MB at most. A page shows
 * 20 roles, so a text keeps two pages' and more.
 */
const marksSeen = new Map<string, RememberedMarks>();
const MARKED_TEXTS_REMEMBERED = 500;
const MARKED_ROLES_PER_TEXT = 48;
const MARKED_ROLE_LENGTH = 150;

function marksOf(text: TextCriterion): RememberedMarks {
  const key = text.kind === "words" ? `w:${text.query}` : `q:${text.tsquery}`;
  let marks = marksSeen.get(key);
  if (!marks) {
    if (marksSeen.size >= MARKED_TEXTS_REMEMBERED) marksSeen.clear();
    marks = { byRole: new Map(), known: [] };
    marksSeen.set(key, marks);
  }
  return marks;
}

function rememberMarks(marks: RememberedMarks, role: string, marked: MarkedText) {
  if (
    role.length > MARKED_ROLE_LENGTH ||
    marks.byRole.has(role) ||
    marks.byRole.size >= MARKED_ROLES_PER_TEXT
  )
    return;
  marks.byRole.set(role, marked);
  marks.known = [...marks.byRole.keys()];
}

/** The count of committed changes to what a search can return (migration 0005's directory_version). */
export async function directoryVersion(db: Queryable): Promise<number> {
  const row = await db.selectFrom("directory_version").select("version").executeTakeFirstOrThrow();
  return row.version;
}
