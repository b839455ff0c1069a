import { z } from "zod";
import type { DB } from "../../db/database.ts";
import { findCompanyId, type MoveListing, type MoveRecord } from "../../db/repositories/directory.ts";
import {
  type CorrectedPage,
  type CountedMatches,
  correctNameWords,
  countedFromPage,
  countMatches,
  type FacetCount,
  findMovePage,
  hasNameWord,
  type KnownRecords,
  lookUpQueryWords,
  type MarkedText,
  type MatchedMove,
  type MoveCriteria,
  type MoveCursor,
  type MoveSort,
  type PageOptions,
  type PageRequest,
  type QueryWordsLookup,
  type TextCriterion,
  type WordCorrection,
  type WordToCorrect,
} from "../../db/repositories/search.ts";
import { companyKey, personKey, slugify } from "../../shared/names.ts";
import { JOB_FUNCTIONS, MOVE_KINDS, SENIORITIES } from "../../shared/vocabulary.ts";
import { Invalid } from "../errors.ts";
import { calendarDay } from "../validation.ts";
import { contentWords, expandQuery, type QueryPart, toTsquery, wordRuns } from "./search-vocabulary.ts";

/**
 * One search, whatever asks for it: the /recherche page, its CSV and Atom twins, and /api/moves.
 * The URL carries the whole query; a page carries a keyset cursor to the next one.
 */

export type { FacetCount } from "../../db/repositories/search.ts";

/** An empty form field ("kind=") means "any", as if it were absent. */
const blankIsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `valeur attendue parmi : ${values.join(", ")}` });

export const searchQuerySchema = z
  .object({
    q: optional(z.string({ error: "texte attendu" }).trim().max(200, "200 caractères au plus")),
    company: optional(z.string({ error: "texte attendu" }).trim().max(200, "200 caractères au plus")),
    since: optional(calendarDay),
    until: optional(calendarDay),
    kind: optional(oneOf(MOVE_KINDS)),
    seniority: optional(oneOf(SENIORITIES)),
    function: optional(oneOf(JOB_FUNCTIONS)),
    sort: optional(oneOf(["date", "relevance"])),
    cursor: optional(z.string({ error: "curseur invalide" }).max(300, "curseur invalide")),
    limit: optional(
      z.coerce
        .number({ error: "nombre entier attendu" })
        .int("nombre entier attendu")
        .min(1, "au moins 1")
        .max(100, "au plus 100"),
    ),
  })
  .refine((v) => !v.since || !v.until || v.since <= v.until, {
    path: ["until"],
    message: "la date de fin précède la date de début",
  });

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** A move as the search page lists it: no paragraph text, its role cut around the words the query matched. */
export type ListedMove = MoveListing & { role_marked?: MarkedText };

export interface SearchResult<Item = MoveRecord> {
  items: Item[];
  nextCursor: string | null;
  /** Matching moves, counted up to COUNT_CAP (then `countCapped`); null when not asked for. */
  count: number | null;
  countCapped: boolean;
  /** No move contains the words as typed: these are the closest names (typo tolerance). */
  approximate: boolean;
  /** The company filter named no known company. */
  unknownCompany: boolean;
  /** The matches by kind, seniority, function, company and year, when asked for. */
  facets?: FacetCount[];
  sort: MoveSort;
}

/**
 * Where the search page's count stops ("Plus de 100 mouvements") and how many of the newest matches
 * its facets describe. Counting is a walk to the cap's match: for a common role word, about five
 * rows read per match (issue 14: 200 was a millisecond of PostgreSQL a page, more than the page).
 */
export const COUNT_CAP = 100;

export function encodeCursor(cursor: MoveCursor): string {
  const parts =
    cursor.sort === "date" ? ["d", cursor.publishedOn, cursor.id] : ["r", cursor.score, cursor.id];
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(value: string, sort: MoveSort): MoveCursor {
  try {
    const [tag, key, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (!Number.isSafeInteger(id) || (id as number) < 0) throw new Error("id");
    if (sort === "date" && tag === "d" && typeof key === "string" && /^\d{4}-\d{2}-\d{2}$/.test(key))
      return { sort, publishedOn: key, id: id as number };
    if (sort === "relevance" && tag === "r" && typeof key === "number" && Number.isFinite(key))
      return { sort, score: key, id: id as number };
  } catch {
    // fall through: any malformed cursor is the caller's mistake
  }
  throw new Invalid("cursor", "Paramètre « cursor » invalide : utilisez le lien « page suivante » tel quel.");
}

/**
 * Whether each phrase holds a name's word, remembered: the answer only picks a plan (see
 * TextCriterion's commonPhrase), never the results, so a stale one (a name imported since) costs
 * at most a slower page. Cleared when full rather than evicted one by one: simple, and bounded.
 */
const phraseHasName = new Map<string, boolean>();
const PHRASES_REMEMBERED = 10_000;

/** Several words, none of them a name: see newestMatching in db/repositories/search.ts. */
async function isCommonPhrase(db: DB, q: string): Promise<boolean> {
  const words = personKey(q).split(" ").filter(Boolean);
  if (words.length < 2) return false;
  const key = words.join(" ");
  let hasName = phraseHasName.get(key);
  if (hasName === undefined) {
    hasName = await hasNameWord(db, words);
    if (phraseHasName.size >= PHRASES_REMEMBERED) phraseHasName.clear();
    phraseHasName.set(key, hasName);
  }
  return !hasName;
}

/** Quotes, "or" and a leading "-" are websearch syntax: such a query is taken as typed. */
const usesSearchSyntax = (q: string) => /["]|(^|\s)-\S|\s(or|OR)\s/.test(q);

/**
 * The free text as the search understands it (see search-vocabulary.ts): parts with their
 * equivalents, a run of words that is a company's alias or former name standing for its current
 * name too. Null when the query is taken as typed.
 */
interface TextPlan {
  parts: QueryPart[];
  hasName: boolean;
  /** The parts as the page's criterion (textCriterion), made once with the plan. */
  criterion: TextCriterion;
}

function planText(words: string[], lookup: QueryWordsLookup): TextPlan {
  const aliases = lookup.aliases.map((a) => ({ typed: a.typed, name: contentWords(a.name) }));
  const parts = expandQuery(words, aliases);
  return { parts, hasName: lookup.hasName, criterion: textCriterion(parts, lookup.hasName) };
}

/**
 * The plans made for recent words, each with the lookup it was made on. Expanding the words
 * through the vocabulary (genders, equivalents, aliases) and writing the tsquery was about 3 % of
 * the server's CPU under bench:search's API mix (--cpu-prof), the same work at every search of the
 * same words. A plan is pure over its words and lookup, and neither is changed once made: reused
 * while lookupsSeen hands out the same lookup for those words (a new one when the tables say
 * otherwise). Cleared when full, as phraseHasName.
 */
const plansSeen = new Map<string, { lookup: QueryWordsLookup; plan: TextPlan }>();

function rememberedPlan(wordsKey: string, words: string[], lookup: QueryWordsLookup): TextPlan {
  const seen = plansSeen.get(wordsKey);
  if (seen && seen.lookup === lookup) return seen.plan;
  const plan = planText(words, lookup);
  if (plansSeen.size >= PHRASES_REMEMBERED) plansSeen.clear();
  plansSeen.set(wordsKey, { lookup, plan });
  return plan;
}

/**
 * What the name tables said of a query's words last time: the page is planned on it and the
 * tables are read again in the page's own statement (findMovePage's `lookUp`), so the common
 * search is one round trip. Never trusted for results: when the tables now say otherwise (a name
 * or an alias added since, or words never seen), the page is planned again and read again. Cleared
 * when full, as phraseHasName.
 */
const lookupsSeen = new Map<string, QueryWordsLookup>();
const NO_LOOKUP: QueryWordsLookup = { hasName: false, aliases: [] };

/**
 * Words the name tables last said are a name's word (each lookup's nameWords; a word they say is not
 * one is dropped). A phrase never seen that holds one of them is a name's search whatever its other
 * words say, so it is planned as one (NAME_LOOKUP, no alias) without looking it up first: a typo'd
 * name asked for the first time ("Claire Moreua": the first name known, the surname never seen) is
 * then one statement, not two (issue 14). Like every guess of lookupsSeen it only picks the plan:
 * the page's statement reads the lookup again, and the page is read again if it differs (an alias
 * among the words, a name removed since). Bounded as phraseHasName.
 */
const nameWordsSeen = new Set<string>();
const NAME_LOOKUP: QueryWordsLookup = { hasName: true, aliases: [] };

function learnNameWords(words: string[], lookup: QueryWordsLookup) {
  const named = lookup.nameWords;
  if (!named) return;
  for (const word of words)
    if (!named.includes(word)) nameWordsSeen.delete(word);
    else if (!nameWordsSeen.has(word)) {
      if (nameWordsSeen.size >= PHRASES_REMEMBERED) nameWordsSeen.clear();
      nameWordsSeen.add(word);
    }
}
const sameLookup = (a: QueryWordsLookup, b: QueryWordsLookup) =>
  a.hasName === b.hasName && JSON.stringify(a.aliases) === JSON.stringify(b.aliases);

/**
 * The parts as a criterion: several parts or a several-word equivalent without a name walk dates
 * first; several parts of single words with a name are read from the GIN index (newestMatching).
 */
function textCriterion(parts: QueryPart[], hasName: boolean): TextCriterion {
  const severalWords = parts.length > 1 || parts.some((p) => p.alternatives.some((a) => a.length > 1));
  const singleWords = parts.every((p) =>
    p.alternatives.every((a) => a.length === 1 && !(a[0] as string).endsWith("*")),
  );
  return {
    kind: "tsquery",
    tsquery: toTsquery(parts),
    commonPhrase: severalWords && !hasName,
    namePhrase: hasName && parts.length > 1 && singleWords,
  };
}

/** The criteria a query stands for, the free text expanded through the vocabulary. */
async function criteriaFor(db: DB, query: SearchQuery, plan: TextPlan | null): Promise<MoveCriteria> {
  let text: TextCriterion | undefined;
  if (plan) text = plan.criterion;
  else if (query.q) text = { kind: "words", query: query.q, commonPhrase: await isCommonPhrase(db, query.q) };
  return {
    text,
    company: query.company ? { slug: slugify(query.company), key: companyKey(query.company) } : undefined,
    since: query.since,
    until: query.until,
    kind: query.kind,
    seniority: query.seniority,
    function: query.function,
  };
}

/** Generic words beside others: the first other reading leaves them out ("groupe Kerlog" → Kerlog). */
const hasGenericToDrop = (parts: QueryPart[]) =>
  parts.some((p) => p.generic) && parts.some((p) => !p.generic);

/** The parts that a name's word may correct: single words, with at most one equivalent. */
const correctableParts = (parts: QueryPart[]) =>
  parts.filter((p) => p.word !== undefined && p.alternatives.length <= 2);

const wordsToCorrect = (parts: QueryPart[]): WordToCorrect[] =>
  parts.map((p) => ({ word: p.word as string, nearby: true }));

/**
 * Other readings of a query that found nothing, most faithful first: without generic words
 * ("groupe Kerlog" → Kerlog); with each word no name holds also standing for the closest names'
 * words ("Kerlgo" → Kerlog, "Clare Moreau" → Claire Moreau); then only the parts that hold a name,
 * so that a first name too far off does not hide the surname ("Kate Moreau" → the Moreaus).
 * `approximate` says the results are not what was typed. `correctedBefore`: the corrections of the
 * plan's correctable parts, when the page's statement already read them (no generic word to drop);
 * that statement also read the page as corrected, the reading marked `corrected`.
 */
async function* relaxedReadings(
  db: DB,
  plan: TextPlan,
  correctedBefore?: WordCorrection[],
): AsyncGenerator<{ text: TextCriterion; approximate: boolean; corrected?: boolean }> {
  let parts = plan.parts;
  if (hasGenericToDrop(parts)) {
    parts = parts.filter((p) => !p.generic);
    yield { text: textCriterion(parts, plan.hasName), approximate: false };
  }
  const single = correctableParts(parts);
  if (single.length === 0) return;
  const corrections = correctedBefore ?? (await correctNameWords(db, wordsToCorrect(single)));
  const corrected = new Map(single.map((p, i) => [p, corrections[i] as WordCorrection]));
  const withCorrections = parts.map((p) => {
    const c = corrected.get(p);
    if (!c || c.alternatives.length < 2) return p;
    return { ...p, alternatives: [...p.alternatives, ...c.alternatives.slice(1).map((w) => [w])] };
  });
  if (withCorrections.some((p, i) => p !== parts[i]))
    yield { text: textCriterion(withCorrections, true), approximate: true, corrected: true };
  const named = withCorrections.filter((p) => {
    const c = corrected.get(parts[withCorrections.indexOf(p)] as QueryPart);
    return c !== undefined && (c.known || c.alternatives.length > 1);
  });
  if (named.length > 0 && named.length < withCorrections.length)
    yield { text: textCriterion(named, true), approximate: true };
}

/**
 * A query in websearch syntax with every word that no name holds replaced by "itself or the
 * closest names' words", as a tsquery; null when no word needed correcting.
 */
async function correctedText(db: DB, q: string): Promise<TextCriterion | null> {
  const words = personKey(q).split(" ").filter(Boolean);
  const corrections = await correctNameWords(
    db,
    words.map((word) => ({ word })),
  );
  if (corrections.every((c) => c.alternatives.length === 1)) return null;
  const tsquery = corrections
    .map((c) => (c.alternatives.length === 1 ? c.alternatives[0] : `(${c.alternatives.join(" | ")})`))
    .join(" & ");
  return { kind: "tsquery", tsquery };
}

/**
 * The count and facets of recent searches, each with the directory version it describes (migration
 * 0005: bumped in the same commit as any change to what a search returns). A page reads the version
 * in its own statement; when it is the one remembered, the count and facets are exactly what that
 * statement would have computed, and the page skips their walk (the next pages of a search, the
 * back button, a popular search). Otherwise they are counted in the page's statement, or in one
 * more when a remembered count turned out stale. Per database handle (tests open several), cleared
 * when full or when a newer version shows up.
 */
const countsSeen = new WeakMap<DB, { version: number; counts: Map<string, CountedMatches> }>();
const COUNTS_REMEMBERED = 5_000;

/**
 * A typo'd name's criteria as typed → those of its page as corrected, as last read (countsSeen's
 * keys): the corrected page, read in the same statement as the page as typed, skips its count when
 * the one remembered under that key is still the directory's. A stale guess costs one more statement
 * (countMatches), never a wrong count. Cleared when full, as phraseHasName.
 */
const correctedCountKeys = new Map<string, string>();

function rememberedCounts(db: DB) {
  const seen = countsSeen.get(db) ?? { version: 0, counts: new Map<string, CountedMatches>() };
  countsSeen.set(db, seen);
  return seen;
}

function rememberCount(db: DB, key: string, version: number, counted: CountedMatches) {
  const seen = rememberedCounts(db);
  if (version < seen.version) return;
  if (version > seen.version || seen.counts.size >= COUNTS_REMEMBERED) {
    seen.counts.clear();
    seen.version = version;
  }
  seen.counts.set(key, counted);
}

/**
 * A typo'd name's search as typed (its criteria and page) → the reading that answered it (the page
 * as corrected, or the name's known words alone, or the last one tried when none found anything),
 * under the directory version every statement of that search read: the page as typed came back
 * empty and the page as corrected was read in the same snapshot (findMovePage's `lookUp.correct`),
 * the later readings with the version beside them. Under the same version the name tables, the
 * words' corrections and every reading's page are what they were, so the next such search reads
 * the answering reading's page straight away, the version beside it (issue 14: the corrections'
 * part was about half of a typo'd name's PostgreSQL time). When the version read is no longer the
 * remembered one, the search runs as if nothing were remembered. Per database handle, cleared when
 * full or when a newer version shows up, as countsSeen.
 */
interface RememberedReading {
  text: TextCriterion;
  approximate: boolean;
}
const readingsSeen = new WeakMap<DB, { version: number; readings: Map<string, RememberedReading> }>();

function rememberedReading(db: DB, key: string): (RememberedReading & { version: number }) | undefined {
  const seen = readingsSeen.get(db);
  const reading = seen?.readings.get(key);
  return seen && reading ? { version: seen.version, ...reading } : undefined;
}

function rememberReading(db: DB, key: string, version: number, reading: RememberedReading) {
  const seen = readingsSeen.get(db) ?? { version, readings: new Map<string, RememberedReading>() };
  readingsSeen.set(db, seen);
  if (version < seen.version) return;
  if (version > seen.version || seen.readings.size >= COUNTS_REMEMBERED) {
    seen.readings.clear();
    seen.version = version;
  }
  seen.readings.set(key, reading);
}

export interface SearchOptions {
  defaultLimit: number;
  /** Count the matches (up to COUNT_CAP): the search page shows it, the API does not. */
  count?: boolean;
  /** Mark in each role the words the query matched (`role_marked`): only the search page's listings. */
  highlight?: boolean;
  /** Count the matches by kind, seniority, function, company and year (over the newest COUNT_CAP). */
  facets?: boolean;
}

/** A page of moves as records, for the home page, feeds and exports (no marks: none shows them). */
export async function searchMoves(
  db: DB,
  query: SearchQuery,
  options: Omit<SearchOptions, "highlight">,
): Promise<SearchResult> {
  return search<MoveRecord>(db, query, options, (connection, criteria, page, reads) =>
    findMovePage(connection, criteria, page, "record", reads),
  );
}

/**
 * A page of moves as the search page lists them: the records without the paragraph text it never
 * shows, each role's marks set on the record PostgreSQL built (issue 14: the page's CPU a request).
 */
export async function searchMoveListings(
  db: DB,
  query: SearchQuery,
  options: SearchOptions,
): Promise<SearchResult<ListedMove>> {
  const withMarks = (rows: MatchedMove<ListedMove>[]) => {
    for (const row of rows) if (row.roleMarked) row.record = markedListing(row.record, row.roleMarked);
    return rows;
  };
  return search<ListedMove>(
    db,
    query,
    options,
    (connection, criteria, page, reads) =>
      findMovePage(connection, criteria, page, "listing", { highlight: options.highlight, ...reads }),
    { finishRows: withMarks, remember: "listing" },
  );
}

/**
 * A listing with its role's marks: a copy, since the record may be one remembered (recordsSeen) that
 * other searches show, made once per record and marks. Both are remembered objects when a search is
 * read again (recordsSeen, and the marks by text and role in db/repositories/search.ts), so its
 * page is then made of the same objects, which the search page's pagesSent relies on.
 */
const markedListings = new WeakMap<ListedMove, WeakMap<MarkedText, ListedMove>>();

function markedListing(record: ListedMove, marks: MarkedText): ListedMove {
  const byMarks = markedListings.get(record) ?? new WeakMap<MarkedText, ListedMove>();
  markedListings.set(record, byMarks);
  const marked = byMarks.get(marks) ?? { ...record, role_marked: marks };
  byMarks.set(marks, marked);
  return marked;
}

/** A page of moves as the API's JSON text, one string per move, built by PostgreSQL. */
export function searchMovesAsJson(
  db: DB,
  query: SearchQuery,
  options: SearchOptions,
): Promise<SearchResult<string>> {
  return search(
    db,
    query,
    options,
    (connection, criteria, page, reads) => findMovePage(connection, criteria, page, "api-json", reads),
    { remember: "api-json" },
  );
}

/**
 * How search() treats findPage's rows: `finishRows`, what to do to every page's rows findMovePage
 * returns (a typo'd name's page as corrected included); `remember`, the format under which their
 * records are remembered (recordsSeen), when they are.
 */
interface RowHandling<Item> {
  finishRows?: (rows: MatchedMove<Item>[]) => MatchedMove<Item>[];
  remember?: "api-json" | "listing";
}

async function search<Item>(
  db: DB,
  query: SearchQuery,
  options: SearchOptions,
  findPage: FindPage<Item>,
  handling: RowHandling<Item> = {},
): Promise<SearchResult<Item>> {
  if (db.isTransaction || boundToOneConnection.has(db))
    return searchOn(db, db, query, options, findPage, handling);
  return db.connection().execute((connection) => {
    boundToOneConnection.add(connection);
    return searchOn(db, connection, query, options, findPage, handling);
  });
}

type FindPage<Item> = (
  connection: DB,
  criteria: MoveCriteria,
  page: PageRequest,
  reads: Pick<PageOptions, "lookUp" | "count" | "version" | "knownRecords">,
) => Promise<MatchedMove<Item>[]>;

/**
 * The records of recent pages, by database handle and format, under the directory version (migration
 * 0005) they were read at, and which moves each search (its query, page included) last showed.
 * A search passes the statement the records remembered for the moves it showed last time
 * (KnownRecords): PostgreSQL leaves those out when the directory is still at that version, and
 * builds them otherwise, so a record is never older than the statement's snapshot. Building the
 * records was most of a page statement's PostgreSQL time, and parsing them a part of Node's
 * (issue 14). Like the counts remembered, it helps a search asked again before the directory
 * changes (the next page and back, a popular search, bench:search's 400); a search's first asking
 * costs what it did. Cleared when a newer version shows up or when full (RECORDS_REMEMBERED records,
 * PHRASES_REMEMBERED searches).
 */
interface RecordMemory {
  version: number;
  records: Map<number, unknown>;
  pages: Map<string, number[]>;
}
const recordsSeen = new WeakMap<DB, Map<string, RecordMemory>>();
/** API records are 1–4 kB of text, listings about as much as objects: tens of megabytes at most. */
const RECORDS_REMEMBERED = 10_000;

function recordMemory(db: DB, format: string): RecordMemory {
  const byFormat = recordsSeen.get(db) ?? new Map<string, RecordMemory>();
  recordsSeen.set(db, byFormat);
  const memory = byFormat.get(format) ?? { version: 0, records: new Map(), pages: new Map() };
  byFormat.set(format, memory);
  return memory;
}

/** The records remembered for the moves a search showed last time, as the statement takes them. */
function knownRecords(memory: RecordMemory, searchKey: string): KnownRecords {
  const records = new Map<number, unknown>();
  for (const id of memory.pages.get(searchKey) ?? []) {
    const record = memory.records.get(id);
    if (record !== undefined) records.set(id, record);
  }
  return { version: memory.version, ids: [...records.keys()], records };
}

/** A page's records, read at `version`. */
function rememberRecords(memory: RecordMemory, version: number, rows: MatchedMove<unknown>[]) {
  if (version < memory.version) return;
  if (version > memory.version || memory.records.size + rows.length > RECORDS_REMEMBERED) {
    memory.records.clear();
    if (version > memory.version) memory.pages.clear();
    memory.version = version;
  }
  for (const row of rows) memory.records.set(row.id, row.record);
}

/**
 * The handles search() made for one search's connection. A search given one of them, or a
 * transaction, runs on it as it is: Kysely refuses a transaction's connection(), and a connection's
 * connection() would wait for itself. (No caller does either today.)
 */
const boundToOneConnection = new WeakSet<DB>();

/**
 * One search, its statements all sent on `connection` (one of `db`'s pool). A search that reads
 * twice (a typo'd name: the page as typed, then as corrected; a stale lookup or count) no longer
 * goes back to the end of the pool's queue between its statements, behind the searches that came
 * after it (issue 14: the typo'd names set bench:search's p95). `db` keys what is remembered per
 * database (countsSeen).
 */
async function searchOn<Item>(
  db: DB,
  connection: DB,
  query: SearchQuery,
  options: SearchOptions,
  findPage: FindPage<Item>,
  { finishRows = (rows) => rows, remember }: RowHandling<Item>,
): Promise<SearchResult<Item>> {
  const sort: MoveSort = query.sort === "relevance" && query.q ? "relevance" : "date";
  const after = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const limit = query.limit ?? options.defaultLimit;
  const page = { sort, after, limit };
  const words = query.q && !usesSearchSyntax(query.q) ? contentWords(query.q) : [];
  const wordsKey = words.join(" ");
  // Words never seen are looked up first (one primary-key probe a word): planned on a guess of "no
  // name", a name's first search walked a common phrase's 840 newest moves for nothing before being
  // planned again (issue 14: a typo'd name asked for the first time, bench:search since b716be6).
  // Unless one of them is known to be a name's word (nameWordsSeen).
  let guessed = lookupsSeen.get(wordsKey);
  if (guessed === undefined && words.length > 0) {
    if (words.some((word) => nameWordsSeen.has(word))) guessed = NAME_LOOKUP;
    else {
      guessed = await lookUpQueryWords(connection, words, wordRuns(words));
      learnNameWords(words, guessed);
    }
    if (lookupsSeen.size >= PHRASES_REMEMBERED) lookupsSeen.clear();
    lookupsSeen.set(wordsKey, guessed);
  }
  guessed ??= NO_LOOKUP;
  let plan = words.length > 0 ? rememberedPlan(wordsKey, words, guessed) : null;
  let criteria = await criteriaFor(connection, query, plan);
  // The common case is one statement: the page, hydrated, with the query's words looked up beside
  // it. Only an empty page asks why: an unknown company, or words that no move holds as typed,
  // which typo tolerance then corrects — so that "Martin" lists the Martins rather than every Martine.
  let lookup = guessed;
  // The count and facets come with every page read, from the same statement unless remembered for
  // the version that statement read (countsSeen); the last read's are those of the criteria finally used.
  let counted: CountedMatches | undefined;
  let readBefore: CorrectedPage | undefined;
  const counting = Boolean(options.count || options.facets);
  const withFacets = Boolean(options.facets);
  const countKey = (criteria: MoveCriteria) => `${withFacets}:${JSON.stringify(criteria)}`;
  // A first page holds every match when it comes back with no more rows than its limit: its count
  // and facets are then made from its rows (countedFromPage) rather than walked and aggregated by
  // the statement. Asked of the statements of a company's or a name's first page, whose matches are
  // nearly always that few (issue 14: the search page's PostgreSQL CPU beside the API's); should the
  // page come back whole, they are counted by one more statement (countMatches), as a stale count is.
  const firstPage = !after && limit <= COUNT_CAP;
  const fewMatches = (criteria: MoveCriteria) =>
    firstPage && (criteria.company !== undefined || criteria.text?.namePhrase === true);
  const countedOfPage = (rows: MatchedMove<Item>[], criteria: MoveCriteria) =>
    firstPage && rows.length <= limit && rows.every((row) => typeof row.record === "object")
      ? countedFromPage(rows as MatchedMove<MoveRecord>[], criteria, withFacets)
      : undefined;
  // The directory version the last read's statement saw, when it read one (`wantVersion` asks for it).
  let versionRead: number | undefined;
  // The records this search showed last time, passed to each of its statements (recordsSeen).
  const memory = remember ? recordMemory(db, remember) : undefined;
  const searchKey = memory ? JSON.stringify(query) : "";
  const known = () => (memory ? knownRecords(memory, searchKey) : undefined);
  // Records are kept for a search asked before only: kept for every search, those asked once (most
  // typo'd names and companies) filled the memory with records no one asked for again, and the
  // garbage collector moved them to the old generation first (first-time typo'd names, Node CPU a
  // search +0.4 ms mean against main in search-inprocess-ab.ts over searches never asked before).
  const askedBefore = memory?.pages.has(searchKey) ?? false;
  const learn = (version: number | undefined, rows: MatchedMove<Item>[]) => {
    if (memory && askedBefore && version !== undefined) rememberRecords(memory, version, rows);
    return finishRows(rows);
  };
  const readPage = async (criteria: MoveCriteria, lookUp?: PageOptions["lookUp"], wantVersion = false) => {
    versionRead = undefined;
    if (readBefore) {
      // Read by the statement before (a typo'd name's page as corrected), with its count unless
      // that was remembered (correctedCountKeys) for the version the statement read.
      const before = readBefore;
      readBefore = undefined;
      versionRead = before.version;
      if (!counting) return learn(before.version, before.rows as MatchedMove<Item>[]);
      const key = countKey(criteria);
      const seen = rememberedCounts(db);
      const known = seen.counts.get(key);
      if (before.counted) {
        counted = before.counted;
        rememberCount(db, key, before.version, counted);
      } else if (known && before.version === seen.version) counted = known;
      else {
        const ofPage = countedOfPage(before.rows, criteria);
        const fresh = ofPage
          ? { counted: ofPage, version: before.version }
          : await countMatches(connection, criteria, COUNT_CAP, withFacets);
        counted = fresh.counted;
        rememberCount(db, key, fresh.version, fresh.counted);
      }
      if (correctedCountKeys.size >= PHRASES_REMEMBERED) correctedCountKeys.clear();
      correctedCountKeys.set(asTypedKey, key);
      return learn(before.version, before.rows as MatchedMove<Item>[]);
    }
    if (!counting) {
      // The version is read when asked for, and for the records to be remembered under it.
      let version: number | undefined;
      const rows = await findPage(connection, criteria, page, {
        lookUp,
        knownRecords: known(),
        version: wantVersion || memory ? (v) => (version = v) : undefined,
      });
      if (wantVersion) versionRead = version;
      return learn(version, rows);
    }
    const key = countKey(criteria);
    const seen = rememberedCounts(db);
    const knownCount = seen.counts.get(key);
    const knownVersion = seen.version;
    const fromPage = !knownCount && fewMatches(criteria);
    let version = 0;
    const rows = await findPage(connection, criteria, page, {
      lookUp,
      knownRecords: known(),
      count:
        knownCount || fromPage
          ? undefined
          : { cap: COUNT_CAP, facets: withFacets, found: (c) => (counted = c) },
      version: (v) => (version = v),
    });
    versionRead = version;
    if (knownCount && version === knownVersion) counted = knownCount;
    else if (knownCount || fromPage) {
      const ofPage = fromPage ? countedOfPage(rows, criteria) : undefined;
      const fresh = ofPage
        ? { counted: ofPage, version }
        : await countMatches(connection, criteria, COUNT_CAP, withFacets);
      counted = fresh.counted;
      rememberCount(db, key, fresh.version, fresh.counted);
    } else if (counted) rememberCount(db, key, version, counted);
    return learn(version, rows);
  };
  const pageResult = (rows: MatchedMove<Item>[], approximate: boolean) => {
    if (memory) {
      if (memory.pages.size >= PHRASES_REMEMBERED) memory.pages.clear();
      memory.pages.set(
        searchKey,
        rows.map((row) => row.id),
      );
    }
    return searchResult(rows, approximate, counted, { sort, limit, options });
  };
  // A search for a name may come back empty for a typo in it: the corrections its words would need
  // then ride in the same statement (when it is prepared: see findMovePage), valid only for the plan
  // they were made on. Not for other words: the bigger statement cost a role-word search about
  // 0.2 ms of PostgreSQL and of Node (one connection, alternating with it), to save a round trip on
  // the rare typo in a role word.
  let corrected: WordCorrection[] | undefined;
  let correctedPage: CorrectedPage | undefined;
  const toCorrect = plan?.hasName && !hasGenericToDrop(plan.parts) ? correctableParts(plan.parts) : [];
  // The page as corrected is counted in that statement unless its count is remembered: its
  // criteria are known only once corrected, so by those of the page as typed (correctedCountKeys).
  const asTypedKey = countKey(criteria);
  const correctedKey = counting ? correctedCountKeys.get(asTypedKey) : undefined;
  const correctedCounted = correctedKey !== undefined && rememberedCounts(db).counts.has(correctedKey);
  // A typo'd name answered by its page as corrected under the version still current: that page
  // alone, the version read beside it (readingsSeen); otherwise, or if the version moved, as usual.
  const readingKey =
    toCorrect.length > 0
      ? `${JSON.stringify(criteria)}|${sort}|${JSON.stringify(after ?? null)}|${limit}`
      : undefined;
  const remembered = readingKey !== undefined ? rememberedReading(db, readingKey) : undefined;
  if (remembered) {
    const asTyped = criteria.text;
    criteria.text = remembered.text;
    const rows = await readPage(criteria, undefined, true);
    if (versionRead === remembered.version) return pageResult(rows, remembered.approximate);
    // Stale: forgotten, so that a search now found as typed does not read it first every time.
    readingsSeen.get(db)?.readings.delete(readingKey as string);
    criteria.text = asTyped;
  }
  let rows = await readPage(
    criteria,
    plan
      ? {
          words,
          runs: wordRuns(words),
          found: (found) => {
            lookup = found;
            learnNameWords(words, found);
          },
          correct:
            plan && toCorrect.length > 0
              ? {
                  words: wordsToCorrect(toCorrect),
                  found: (found) => (corrected = found),
                  reading: {
                    parts: plan.parts.map((p) => toTsquery([p])),
                    corrects: plan.parts.map((p) => toCorrect.indexOf(p) + 1),
                    // A name's page as corrected: counted from its rows when whole (countedOfPage).
                    count:
                      counting && !correctedCounted && !firstPage
                        ? { cap: COUNT_CAP, facets: withFacets }
                        : undefined,
                    // Always: the version is what lets the reading be remembered (readingsSeen).
                    version: true,
                    found: (page) => (correctedPage = page),
                  },
                }
              : undefined,
        }
      : undefined,
  );
  if (plan && !sameLookup(lookup, guessed)) {
    if (lookupsSeen.size >= PHRASES_REMEMBERED) lookupsSeen.clear();
    lookupsSeen.set(wordsKey, lookup);
    plan = rememberedPlan(wordsKey, words, lookup);
    criteria = await criteriaFor(connection, query, plan);
    rows = await readPage(criteria);
    corrected = undefined;
    correctedPage = undefined;
  }
  let approximate = false;
  if (
    rows.length === 0 &&
    criteria.company &&
    (await findCompanyId(connection, criteria.company)) === undefined
  ) {
    return {
      items: [],
      nextCursor: null,
      count: options.count ? 0 : null,
      countCapped: false,
      approximate: false,
      unknownCompany: true,
      sort,
    };
  }
  if (rows.length === 0 && plan) {
    // The version of the page as typed, known when its statement also read the page as corrected;
    // the reading is remembered only if every later statement read the same (readingsSeen).
    const asTypedVersion = readingKey !== undefined ? correctedPage?.version : undefined;
    let oneVersion = Boolean(asTypedVersion);
    for await (const reading of relaxedReadings(connection, plan, corrected)) {
      criteria.text = reading.text;
      if (reading.corrected && correctedPage) {
        readBefore = correctedPage;
        correctedPage = undefined;
      }
      rows = await readPage(criteria, undefined, oneVersion);
      oneVersion &&= versionRead === asTypedVersion;
      if (rows.length > 0) {
        approximate = reading.approximate;
        break;
      }
    }
    if (oneVersion && criteria.text)
      rememberReading(db, readingKey as string, asTypedVersion as number, {
        text: criteria.text,
        approximate,
      });
  } else if (rows.length === 0 && query.q) {
    const corrected = await correctedText(connection, query.q);
    if (corrected) {
      criteria.text = corrected;
      rows = await readPage(criteria);
      approximate = rows.length > 0;
    }
  }
  return pageResult(rows, approximate);
}

/** A search's answer from the rows read (limit + 1: whether another page follows) and the count read. */
function searchResult<Item>(
  rows: MatchedMove<Item>[],
  approximate: boolean,
  counted: CountedMatches | undefined,
  { sort, limit, options }: { sort: MoveSort; limit: number; options: SearchOptions },
): SearchResult<Item> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(
          sort === "date"
            ? { sort, publishedOn: last.published_on, id: last.id }
            : { sort, score: last.score, id: last.id },
        )
      : null;
  const found = counted;
  const count = options.count && found ? found.count : null;
  // No facets beside an empty page (past the last one): nothing there to narrow down.
  const facets = options.facets && found && items.length > 0 ? found.facets : undefined;
  return {
    items: items.map((row) => row.record),
    nextCursor,
    count: count === null ? null : Math.min(count, COUNT_CAP),
    countCapped: count !== null && count > COUNT_CAP,
    approximate,
    unknownCompany: false,
    facets,
    sort,
  };
}

/** Every matching move, page after page along the keyset, for exports of any size. */
export async function* allMatchingMoves(
  db: DB,
  query: SearchQuery,
  pageSize = 500,
): AsyncGenerator<MoveRecord> {
  let cursor: string | undefined;
  do {
    const page = await searchMoves(
      db,
      { ...query, sort: "date", cursor, limit: pageSize },
      { defaultLimit: pageSize },
    );
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
