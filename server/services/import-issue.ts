import { sql } from "kysely";
import type { DB } from "../../db/database.ts";
import * as companies from "../../db/repositories/companies.ts";
import * as imports from "../../db/repositories/imports.ts";
import * as inbound from "../../db/repositories/inbound.ts";
import * as issues from "../../db/repositories/issues.ts";
import * as moves from "../../db/repositories/moves.ts";
import * as people from "../../db/repositories/people.ts";
import type { Queryable } from "../../db/repositories/types.ts";
import * as unreadParagraphs from "../../db/repositories/unread-paragraphs.ts";
import { receivedText } from "../../jobs/import/received-text.ts";
import type { ParsedIssue } from "../../jobs/parse/index.ts";
import { NOTES } from "../../jobs/parse/notes.ts";
import { parisDay } from "../../shared/calendar.ts";
import { companyKey, personKey, redactPersonName, slugify } from "../../shared/names.ts";
import { type Actor, record } from "./audit.ts";

/**
 * Importing one newsletter issue: the use case behind `carnet import`, the admin upload and every
 * message received by mail (server/services/inbound-messages.ts). One transaction per issue, which
 * holds the issue, its moves, the received message (kept raw with its content hash and Message-ID)
 * and the audit entry: an issue is imported whole or not at all. Idempotent: bytes already received,
 * or a Message-ID already known, give the issue imported the first time, said so ("skipped").
 */

export interface ImportOptions {
  autoPublishConfidence: number;
  importedBy?: number | null;
  /** Day used as the moves' date when the issue has none ('YYYY-MM-DD'). */
  today?: string;
  /**
   * Reading an issue already imported again (after a parser change): its new moves are added to it,
   * those it already has are not created twice.
   */
  reprocess?: boolean;
  /**
   * The transaction holds the movers' name locks already (inImportTransaction's `locks`, or
   * imports.lockBatchKeys for a batch): the issue's opening statement then looks its people up too.
   */
  namesLocked?: boolean;
}

export interface IssueImportResult {
  status: "imported" | "skipped";
  issueId: number;
  movesCreated: number;
  /** Moves another issue had announced already: this issue became a further source of each. */
  attached: number;
  pending: number;
  suppressed: number;
  /** Paragraphs the parser did not understand, added to the review queue. */
  unreadForReview: number;
}

/** One file's outcome as `carnet import` and the admin upload report it (failed: with the reason). */
export interface FileImportOutcome extends Partial<Omit<IssueImportResult, "status">> {
  file: string;
  status: IssueImportResult["status"] | "failed";
  reason?: string;
}

/**
 * Whether a file read is an issue to import: it has a moves section, or none was found but a
 * paragraph of it reads like a move (listed as outside_section: jobs/parse/unread.ts). Such a file is
 * kept as an issue with no move, so that the paragraph waits in the review queue instead of being
 * lost in silence. The same rule for mail (inbound-messages.ts) and the admin upload (imports.ts).
 */
export function isIssueToImport(parsed: Pick<ParsedIssue, "section_found" | "unread">): boolean {
  return parsed.section_found || (parsed.unread ?? []).some((u) => u.reason === "outside_section");
}

/** What an issue was read from: its file (or message) name, its text and its content hash. */
export interface IssueSource {
  file: string;
  rawText: string;
  contentHash: string;
}

/**
 * Concurrent imports (several files in flight, or two admins) can collide: a deadlock on the
 * companies' unique key, or the same new slug taken by another transaction a moment earlier.
 * The transaction is rolled back whole, so running it again is safe.
 */
const RETRYABLE = new Set(["40P01", "40001", "23505"]);

export async function withImportRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}

/**
 * BEGIN and the import's settings in one round trip (the importer's hot path is round trips).
 * An import is replayable (same content hash → skipped), so waiting for the WAL flush at each
 * commit buys nothing: a crash can at worst forget the last few issues, never half of one.
 * Generic plans only: the import's statements take arrays and JSON whose values no custom plan
 * gains from, yet PostgreSQL's plan cache kept planning them at about a third of the calls (the
 * opening statement, 1 ms to plan) and nearly every call of a wave's moves statement
 * (pg_stat_statements with track_planning, issue 13); the planner was a tenth of the backends' CPU.
 */
const IMPORT_TRANSACTION_START = `BEGIN; SET LOCAL synchronous_commit = off; SET LOCAL plan_cache_mode = force_generic_plan`;

/**
 * `work` in an import's transaction, run again on a deadlock or a key taken meanwhile. `locks`: the
 * statement that takes the transaction's locks in its first round trip (imports.nameLocksStatement
 * for work that passes `namesLocked`, imports.batchLocksStatement for a batch).
 */
export async function inImportTransaction<T>(db: DB, work: (trx: DB) => Promise<T>, locks = ""): Promise<T> {
  const start = locks ? `${IMPORT_TRANSACTION_START}; ${locks}` : IMPORT_TRANSACTION_START;
  return withImportRetry(() =>
    db.connection().execute(async (connection) => {
      await sql.raw(start).execute(connection);
      try {
        const result = await work(connection);
        await sql`COMMIT`.execute(connection);
        return result;
      } catch (error) {
        // On a dead connection ROLLBACK fails too (the server has rolled back already): report the cause.
        await sql`ROLLBACK`.execute(connection).catch(() => {});
        throw error;
      }
    }),
  );
}

/** Imports a parsed issue in its own transaction, without a received message (tests, fixtures). */
export async function importParsedIssue(
  db: DB,
  parsed: ParsedIssue,
  source: IssueSource,
  options: ImportOptions,
): Promise<IssueImportResult> {
  return inImportTransaction(
    db,
    (trx) => importIssueIn(trx, parsed, source, { ...options, namesLocked: true }),
    imports.nameLocksStatement(moverKeysOf(parsed)),
  );
}

/** A newsletter file or upload, read and parsed, as `carnet import` and the admin upload hand it over. */
export interface ReceivedFile {
  name: string;
  bytes: Buffer;
  via: "cli" | "upload";
  parsed: ParsedIssue;
  contentHash: string;
  /** Message-ID of an .eml, so the same message received by mail is recognised. */
  messageId?: string | null;
  /** Who imported it: the audit entry is written in the import's transaction. */
  actor?: Actor | null;
}

/** Thrown inside the transaction when the received message turns out to be known: rolls it back. */
export class KnownMessage extends Error {
  constructor(readonly issueId: number | null) {
    super("message already received");
  }
}

/**
 * `carnet import` and the admin upload: the file is kept as a received message (deduplicated on its
 * content hash and Message-ID, so the same issue by mail and by file is one issue), imported, and
 * audited, in one transaction.
 */
export async function importReceivedFile(
  db: DB,
  file: ReceivedFile,
  options: ImportOptions,
): Promise<IssueImportResult> {
  try {
    return await inImportTransaction(
      db,
      (trx) => importReceivedFileIn(trx, file, { ...options, namesLocked: true }),
      imports.nameLocksStatement(moverKeysOf(file.parsed)),
    );
  } catch (error) {
    if (error instanceof KnownMessage) return knownFile(db, file, error.issueId);
    throw error;
  }
}

/** The issue a known file (or message) was imported as, said so. */
export async function knownFile(db: Queryable, file: ReceivedFile, issueId: number | null) {
  const existing = issueId ?? (await issues.findByHash(db, file.contentHash))?.id ?? null;
  return { status: "skipped" as const, issueId: existing ?? 0, ...NOTHING };
}

/** A received file's import inside the caller's transaction; throws KnownMessage to be rolled back. */
export async function importReceivedFileIn(
  trx: Queryable,
  file: ReceivedFile,
  options: ImportOptions,
): Promise<IssueImportResult> {
  const { result, received } = await importIssueRecording(trx, file, options);
  // An imported issue's message went in with its moves (insertIssueMoves), unless known already:
  // recordImportedFile then says whose it is.
  const recorded =
    received === true
      ? { stored: true, issueId: result.issueId }
      : await inbound.recordImportedFile(trx, receivedFileRow(file, result));
  // The same Message-ID with other bytes (a copy fetched by IMAP with its own headers), already
  // imported: this file is that issue again.
  if (!recorded.stored && result.status === "imported") throw new KnownMessage(recorded.issueId);
  await auditImport(trx, file, result);
  return result;
}

/**
 * A received file's issue, its received message kept by the moves' statement when the issue is
 * imported: received says whether it was stored, null when it was not tried (skipped).
 */
function importIssueRecording(trx: Queryable, file: ReceivedFile, options: ImportOptions) {
  return importIssueWith(
    trx,
    file.parsed,
    { file: file.name, rawText: receivedText(file.bytes), contentHash: file.contentHash },
    { ...options, importedBy: file.actor?.id ?? options.importedBy },
    receivedMessageOf(file),
  );
}

/** What is kept of a received file as its message: its bytes, where it came from, its subject. */
function receivedMessageOf(file: ReceivedFile) {
  return {
    message_id: file.messageId ?? null,
    content_hash: file.contentHash,
    raw: file.bytes,
    via: file.via,
    file_name: file.name,
    subject: file.parsed.title,
  };
}

/** The received message kept for a file, with what its import did. */
export function receivedFileRow(file: ReceivedFile, result: IssueImportResult): inbound.ImportedFile {
  return {
    ...receivedMessageOf(file),
    status: result.status === "imported" ? "imported" : "duplicate",
    issueId: result.issueId,
    moves: result.status === "imported" ? result.movesCreated + result.attached : 0,
  };
}

/** The audit entry of an issue an admin imported (the upload), in the import's transaction. */
export async function auditImport(trx: Queryable, file: ReceivedFile, result: IssueImportResult) {
  if (result.status === "imported" && file.actor)
    await record(trx, {
      actor: file.actor,
      action: "issue.import",
      entity: "issue",
      entityId: result.issueId,
      after: { file: file.name, via: file.via, moves: result.movesCreated, pending: result.pending },
    });
}

export const NOTHING = { movesCreated: 0, attached: 0, pending: 0, suppressed: 0, unreadForReview: 0 };

/** One record per (paragraph, person): the parser may name someone twice in a paragraph. */
function movesToRecord(parsed: ParsedIssue) {
  const seen = new Set<string>();
  return parsed.moves
    .map((move) => ({ move, personKey: personKey(move.person), companyKey: companyKey(move.company) }))
    .filter(({ move, personKey: key, companyKey: ck }) => {
      const id = `${move.paragraph_index}|${key}`;
      if (!key || !ck || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

/** The people an issue's records name, each with the keys of its records' companies (imports.openIssueWithPeople). */
function peopleToResolve(candidates: ReturnType<typeof movesToRecord>): imports.PersonToResolve[] {
  const byKey = new Map<string, imports.PersonToResolve>();
  for (const { move, personKey: key, companyKey: ck } of candidates) {
    const companyKeys = [ck, ...move.previous_companies.map(companyKey).filter(Boolean)];
    const existing = byKey.get(key);
    if (existing) existing.companyKeys.push(...companyKeys);
    else byKey.set(key, { name: move.person, key, slug: slugify(move.person), companyKeys });
  }
  return [...byKey.values()];
}

/** The person names an issue's import locks (imports.openIssue): its movers'. */
export const moverKeysOf = (parsed: ParsedIssue) => movesToRecord(parsed).map((c) => c.personKey);

/**
 * The company keys an issue's import may create (a batch locks the new ones first,
 * imports.lockBatchKeys): its records' employers and previous employers. A few more than it
 * creates (a suppressed person's) only lock a little more.
 */
export const companyKeysOf = (parsed: ParsedIssue) =>
  movesToRecord(parsed)
    .flatMap(({ move, companyKey: ck }) => [ck, ...move.previous_companies.map(companyKey)])
    .filter(Boolean);

/**
 * The import's business rules, inside the caller's transaction: one record per (paragraph, person),
 * names suppressed on request left out, people and companies resolved or created, a person matched
 * by name only slightly less trusted, moves at or above the confidence threshold published at once.
 */
export async function importIssueIn(
  trx: Queryable,
  parsed: ParsedIssue,
  source: IssueSource,
  options: ImportOptions,
): Promise<IssueImportResult> {
  return (await importIssueWith(trx, parsed, source, options)).result;
}

/** What an issue's import sends before anything is read back: its rows, keys and people (pure). */
export function prepareIssue(parsed: ParsedIssue, source: IssueSource, options: ImportOptions) {
  const candidates = movesToRecord(parsed);
  const mentionedCompanies = candidates.flatMap(({ move, companyKey: ck }) => [
    ck,
    ...move.previous_companies.map(companyKey),
  ]);
  const issueRow = {
    title: parsed.title,
    published_on: parsed.published_on,
    source_file: source.file,
    content_hash: source.contentHash,
    raw_text: source.rawText,
    section_found: parsed.section_found,
    imported_by: options.importedBy ?? null,
  };
  const keys = {
    people: [...new Set(candidates.map((c) => c.personKey))],
    predecessors: [...new Set(candidates.map((c) => predecessorKeyOf(c.move)).filter(Boolean))],
    companies: [...new Set(mentionedCompanies.filter(Boolean))],
  };
  return { parsed, candidates, issueRow, keys, people: peopleToResolve(candidates) };
}

export type PreparedIssue = ReturnType<typeof prepareIssue>;

const predecessorKeyOf = (move: ParsedIssue["moves"][number]) =>
  move.predecessor ? personKey(move.predecessor) : "";

/**
 * An opened issue's records once the suppressed names are known: those kept, the names to leave
 * out of the paragraphs, and the companies they name (pure).
 */
export function keepIssueRecords(prepared: PreparedIssue, suppressedNames: Set<string>) {
  const { candidates } = prepared;
  const moverKeys = new Set(candidates.map((c) => c.personKey));
  const suppressed = new Set([...suppressedNames].filter((key) => moverKeys.has(key)));
  const kept = candidates.filter((c) => !suppressed.has(c.personKey));
  // A removed person (issue 17) named as another's predecessor, or in the paragraph another's
  // record quotes, is dropped or redacted too (openIssue looked the predecessors up).
  const removedPredecessors = new Set(
    kept.map(({ move }) => predecessorKeyOf(move)).filter((key) => key && suppressedNames.has(key)),
  );
  const forgotten = [...new Set([...suppressed, ...removedPredecessors])];
  const companyNames = new Map<string, companies.CompanyName>();
  const addCompany = (name: string) => {
    const key = companyKey(name);
    if (key && !companyNames.has(key)) companyNames.set(key, { name: name.trim(), key, slug: slugify(name) });
    return key;
  };
  const previousKeys = kept.map(({ move }) => [
    ...new Set(move.previous_companies.map(addCompany).filter(Boolean)),
  ]);
  for (const { move } of kept) addCompany(move.company);
  return { suppressed, kept, removedPredecessors, forgotten, companyNames, previousKeys };
}

export type KeptRecords = ReturnType<typeof keepIssueRecords>;

/** The people to look up or create for the kept records, with their moves' company ids. */
function personCandidatesOf(records: KeptRecords, companyIds: Map<string, number>) {
  const personCandidates = new Map<string, people.PersonCandidate>();
  records.kept.forEach(({ move, personKey: key, companyKey: ck }, i) => {
    const ids = [ck, ...records.previousKeys[i]!].map((k) => companyIds.get(k)!);
    const existing = personCandidates.get(key);
    if (existing) existing.companyIds.push(...ids);
    else personCandidates.set(key, { name: move.person, key, slug: slugify(move.person), companyIds: ids });
  });
  return [...personCandidates.values()];
}

/**
 * The moves of an issue's kept records (pure): a person matched by name only slightly less
 * trusted, moves at or above the confidence threshold published at once.
 */
export function moveRowsOf(
  prepared: PreparedIssue,
  records: KeptRecords,
  companyIds: Map<string, number>,
  persons: Map<string, people.ResolvedPerson>,
  options: ImportOptions,
): moves.MoveToInsert[] {
  const { parsed } = prepared;
  const { kept, previousKeys, removedPredecessors, forgotten } = records;
  const day = parsed.published_on ?? options.today ?? parisDay(new Date());
  return kept.map(({ move, personKey: key, companyKey: ck }, i) => {
    const person = persons.get(key)!;
    const reasons = [...move.reasons];
    let confidence = move.confidence;
    if (person.nameOnly) {
      reasons.push(NOTES.attachedByNameOnly.reason);
      confidence = Math.max(0, confidence - NOTES.attachedByNameOnly.penalty);
    }
    const published = confidence >= options.autoPublishConfidence;
    const previousCompanyIds = previousKeys[i]!.map((k) => companyIds.get(k)!).filter(
      (id) => id !== companyIds.get(ck),
    );
    return {
      person_id: person.id,
      company_id: companyIds.get(ck)!,
      role: move.role,
      kind: move.kind,
      seniority: move.seniority,
      function: move.function,
      predecessor_name:
        move.predecessor && removedPredecessors.has(personKey(move.predecessor)) ? null : move.predecessor,
      paragraph_index: move.paragraph_index,
      paragraph_text: forgotten.reduce((text, k) => redactPersonName(text, k), move.paragraph),
      confidence: Math.round(confidence * 1000) / 1000,
      reasons,
      status: published ? ("published" as const) : ("pending" as const),
      published_on: day,
      previousCompanyIds: [...new Set(previousCompanyIds)],
      searchTerms: [move.person, move.role, move.company, ...move.previous_companies],
    };
  });
}

/** An issue's unread paragraphs as the review queue keeps them. */
export const unreadRowsOf = (parsed: ParsedIssue): unreadParagraphs.UnreadToInsert[] =>
  (parsed.unread ?? []).map((u) => ({
    paragraph_index: u.paragraph_index,
    paragraph_text: u.paragraph,
    reason: u.reason,
    candidates: u.candidates,
  }));

/** importIssueIn, and the received message given kept with the moves (moves.insertIssueMoves). */
async function importIssueWith(
  trx: Queryable,
  parsed: ParsedIssue,
  source: IssueSource,
  options: ImportOptions,
  receivedMessage?: moves.ReceivedMessage,
): Promise<{ result: IssueImportResult; received: boolean | null }> {
  const prepared = prepareIssue(parsed, source, options);
  const { keys, issueRow } = prepared;
  // With the name locks held, the people are looked up (and created) by the opening statement.
  const opened = options.namesLocked
    ? await imports.openIssueWithPeople(trx, issueRow, keys, prepared.people)
    : { ...(await imports.openIssue(trx, issueRow, keys)), people: null };
  let issueId = opened.issueId;
  // Moves the issue already has (read again after a parser change): "person|company" ids.
  let alreadyThere: Set<string> | null = null;
  if (issueId === null) {
    const existing = await issues.findByHash(trx, source.contentHash);
    if (!options.reprocess)
      return { result: { status: "skipped", issueId: existing!.id, ...NOTHING }, received: null };
    issueId = existing!.id;
    await issues.prepareReread(trx, issueId, parsed.section_found);
    alreadyThere = await moves.personCompanyPairsOfIssue(trx, issueId);
  }
  const records = keepIssueRecords(prepared, opened.suppressed);
  const resolved = await companies.resolveOrCreate(
    trx,
    [...records.companyNames.values()],
    opened.knownCompanies,
  );
  // The name locks were taken by openIssue: this lookup's snapshot sees what another import that
  // held them committed.
  const persons =
    opened.issueId !== null && opened.people
      ? opened.people
      : await people.resolveOrCreate(trx, personCandidatesOf(records, resolved.ids));
  const rows = moveRowsOf(prepared, records, resolved.ids, persons, options).filter(
    (row) => !alreadyThere?.has(`${row.person_id}|${row.company_id}`),
  );
  const { attached, pending, received } = await moves.insertIssueMoves(trx, issueId, rows, receivedMessage);
  if (alreadyThere) await moves.recountIssueMoves(trx, issueId);
  const unreadForReview = await unreadParagraphs.insertForIssue(trx, issueId, unreadRowsOf(parsed));
  // The new companies' near-duplicates are proposed after the import, not in its transaction
  // (services/near-duplicates.ts): resolveOrCreate queued them.
  return {
    result: {
      status: "imported",
      issueId,
      movesCreated: rows.length - attached,
      attached,
      pending,
      suppressed: records.suppressed.size,
      unreadForReview,
    },
    received,
  };
}
