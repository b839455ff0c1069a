import { readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import type { DB } from "../db/database.ts";
import * as companies from "../db/repositories/companies.ts";
import { readDirectoryKnowledge } from "../db/repositories/directory-knowledge.ts";
import * as imports from "../db/repositories/imports.ts";
import * as issues from "../db/repositories/issues.ts";
import * as moves from "../db/repositories/moves.ts";
import * as people from "../db/repositories/people.ts";
import * as unreadParagraphs from "../db/repositories/unread-paragraphs.ts";
import { companyKey, type ParsedIssue, ParseInputError, personKey, slugify } from "./parse/index.ts";
import { type IssueLoader, inThreadLoader, startLoaderPool, threadLoader } from "./parse/loader-pool.ts";

/**
 * Newsletter files → records. One transaction per issue: an issue is imported whole or not at all.
 * Idempotent: an issue whose content hash is known is skipped and said so.
 */

export const ISSUE_EXTENSIONS = [".txt", ".html", ".htm", ".eml"];

export interface ImportOptions {
  autoPublishConfidence: number;
  importedBy?: number | null;
  /** Day used as the moves' date when the issue has none ('YYYY-MM-DD'). */
  today?: string;
}

export interface IssueImportResult {
  status: "imported" | "skipped";
  issueId: number;
  movesCreated: number;
  /** Moves another issue had announced already: this issue became a further source of each. */
  attached: number;
  pending: number;
  suppressed: number;
}

export interface FileResult {
  file: string;
  status: "imported" | "skipped" | "failed";
  reason?: string;
  issueId?: number;
  movesCreated?: number;
  pending?: number;
}

export interface ImportSummary {
  imported: number;
  skipped: number;
  failed: number;
  movesCreated: number;
  pendingReview: number;
  files: FileResult[];
}

const parisToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date());

/**
 * Concurrent imports (several files in flight, or two admins) can collide: a deadlock on the
 * companies' unique key, or the same new slug taken by another transaction a moment earlier.
 * The transaction is rolled back whole, so running it again is safe.
 */
const RETRYABLE = new Set(["40P01", "40001", "23505"]);

async function withRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
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

export async function importParsedIssue(
  db: DB,
  parsed: ParsedIssue,
  source: { file: string; rawText: string; contentHash: string },
  options: ImportOptions,
): Promise<IssueImportResult> {
  return withRetry(() => importInTransaction(db, parsed, source, options));
}

/**
 * BEGIN and the import's settings in one round trip (the importer's hot path is round trips).
 * An import is replayable (same content hash → skipped), so waiting for the WAL flush at each
 * commit buys nothing: a crash can at worst forget the last few issues, never half of one.
 * The near-duplicate check keeps pairs at similarity ≥ 0.55: letting the trigram index apply that
 * threshold (instead of pg_trgm's 0.3, then filtering) spares it most candidates.
 */
async function inTransaction<T>(db: DB, work: (trx: DB) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql
      .raw(
        `BEGIN; SET LOCAL synchronous_commit = off; SET LOCAL pg_trgm.similarity_threshold = ${companies.NEAR_DUPLICATE_SIMILARITY}`,
      )
      .execute(connection);
    try {
      const result = await work(connection);
      await sql`COMMIT`.execute(connection);
      return result;
    } catch (error) {
      // On a dead connection ROLLBACK fails too (the server has rolled back already): report the cause.
      await sql`ROLLBACK`.execute(connection).catch(() => {});
      throw error;
    }
  });
}

async function importInTransaction(
  db: DB,
  parsed: ParsedIssue,
  source: { file: string; rawText: string; contentHash: string },
  options: ImportOptions,
): Promise<IssueImportResult> {
  return inTransaction(db, async (trx) => {
    // One record per (paragraph, person): the parser may name someone twice in a paragraph.
    const seen = new Set<string>();
    const candidates = parsed.moves
      .map((move) => ({ move, personKey: personKey(move.person), companyKey: companyKey(move.company) }))
      .filter(({ move, personKey: key, companyKey: ck }) => {
        const id = `${move.paragraph_index}|${key}`;
        if (!key || !ck || seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    const mentionedCompanies = candidates.flatMap(({ move, companyKey: ck }) => [
      ck,
      ...move.previous_companies.map(companyKey),
    ]);
    const opened = await imports.openIssue(
      trx,
      {
        title: parsed.title,
        published_on: parsed.published_on,
        source_file: source.file,
        content_hash: source.contentHash,
        raw_text: source.rawText,
        section_found: parsed.section_found,
        imported_by: options.importedBy ?? null,
      },
      {
        people: [...new Set(candidates.map((c) => c.personKey))],
        companies: [...new Set(mentionedCompanies.filter(Boolean))],
      },
    );
    const issueId = opened.issueId;
    if (issueId === null) {
      const existing = await issues.findByHash(trx, source.contentHash);
      return {
        status: "skipped",
        issueId: existing!.id,
        movesCreated: 0,
        attached: 0,
        pending: 0,
        suppressed: 0,
      };
    }
    const suppressed = opened.suppressed;
    const kept = candidates.filter((c) => !suppressed.has(c.personKey));

    const companyNames = new Map<string, companies.CompanyName>();
    const addCompany = (name: string) => {
      const key = companyKey(name);
      if (key && !companyNames.has(key))
        companyNames.set(key, { name: name.trim(), key, slug: slugify(name) });
      return key;
    };
    const previousKeys = kept.map(({ move }) => [
      ...new Set(move.previous_companies.map(addCompany).filter(Boolean)),
    ]);
    for (const { move } of kept) addCompany(move.company);
    const resolved = await companies.resolveOrCreate(trx, [...companyNames.values()], opened.knownCompanies);

    const personCandidates = new Map<string, people.PersonCandidate>();
    kept.forEach(({ move, personKey: key, companyKey: ck }, i) => {
      const ids = [ck, ...previousKeys[i]!].map((k) => resolved.ids.get(k)!);
      const existing = personCandidates.get(key);
      if (existing) existing.companyIds.push(...ids);
      else personCandidates.set(key, { name: move.person, key, slug: slugify(move.person), companyIds: ids });
    });
    // The name locks were taken by openIssue: this lookup's snapshot sees what another import that
    // held them committed.
    const persons = await people.resolveOrCreate(trx, [...personCandidates.values()]);

    const day = parsed.published_on ?? options.today ?? parisToday();
    const rows = kept.map(({ move, personKey: key, companyKey: ck }, i) => {
      const person = persons.get(key)!;
      const reasons = [...move.reasons];
      let confidence = move.confidence;
      if (person.nameOnly) {
        reasons.push("attached to an existing person by name only (no employer in common)");
        confidence = Math.max(0, confidence - 0.05);
      }
      const published = confidence >= options.autoPublishConfidence;
      const previousCompanyIds = previousKeys[i]!.map((k) => resolved.ids.get(k)!).filter(
        (id) => id !== resolved.ids.get(ck),
      );
      return {
        person_id: person.id,
        company_id: resolved.ids.get(ck)!,
        role: move.role,
        kind: move.kind,
        seniority: move.seniority,
        function: move.function,
        predecessor_name: move.predecessor,
        paragraph_index: move.paragraph_index,
        paragraph_text: move.paragraph,
        confidence: Math.round(confidence * 1000) / 1000,
        reasons,
        status: published ? ("published" as const) : ("pending" as const),
        published_on: day,
        previousCompanyIds: [...new Set(previousCompanyIds)],
        searchTerms: [move.person, move.role, move.company, ...move.previous_companies],
      };
    });
    const { attached, pending } = await moves.insertIssueMoves(trx, issueId, rows);
    await unreadParagraphs.insertForIssue(
      trx,
      issueId,
      (parsed.unread ?? []).map((u) => ({
        paragraph_index: u.paragraph_index,
        paragraph_text: u.paragraph,
        reason: u.reason,
        candidates: u.candidates,
      })),
    );
    await companies.proposeNearDuplicates(trx, resolved.created);
    return {
      status: "imported",
      issueId,
      movesCreated: rows.length - attached,
      attached,
      pending,
      suppressed: suppressed.size,
    };
  });
}

/** Expands folders (not recursively into hidden ones) into the newsletter files they hold, sorted. */
export async function listIssueFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(p);
    } catch {
      files.push(p); // reported as unreadable by importFile
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith(".")).sort();
      files.push(
        ...(await listIssueFiles(
          entries
            .map((e) => path.join(p, e))
            .filter((e) => ISSUE_EXTENSIONS.includes(path.extname(e).toLowerCase())),
        )),
      );
    } else files.push(p);
  }
  return files;
}

export async function importFile(
  db: DB,
  file: string,
  options: ImportOptions,
  loader: IssueLoader = inThreadLoader,
): Promise<FileResult> {
  try {
    const loaded = await loader.load(file);
    const result = await importParsedIssue(
      db,
      loaded.parsed,
      { file: path.basename(file), rawText: loaded.rawText, contentHash: loaded.contentHash },
      options,
    );
    return { file, ...result };
  } catch (error) {
    if (error instanceof ParseInputError) return { file, status: "failed", reason: error.message };
    // SQLSTATE class 22 (data exception: a value PostgreSQL cannot store) is this file's fault, not
    // the database's: the others go on.
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("22"))
      return { file, status: "failed", reason: `refused by the database: ${(error as Error).message}` };
    throw error;
  }
}

/**
 * An import that could not go on: the database went away, a parse thread died. Each issue is its own
 * transaction, so the ones imported before are kept, and running the import again skips them.
 */
export class ImportInterrupted extends Error {
  override name = "ImportInterrupted";

  constructor(
    readonly file: string,
    cause: unknown,
    /** Files done (imported, skipped or refused) before the import stopped. */
    readonly completed: number,
  ) {
    super(`Import interrupted at ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/**
 * Issues imported at once by default. Each waits on the database between its statements; six keep
 * two cores busy (measured on 2,000 issues: 4 → 250/s, 6 → 270–300/s, 8 no better).
 */
export const IMPORT_CONCURRENCY = 6;

/** Files imported between two looks at whether the planner's statistics still fit the tables. */
const STATISTICS_CHECK_EVERY = 50;

/**
 * Parse threads for an import of `fileCount` files: none below 100 files (starting one takes about
 * 0.3 s), else one per core but one (the main thread and PostgreSQL need the rest), at most four.
 */
export function defaultParseThreads(fileCount: number): number {
  return fileCount < 100 ? 0 : Math.min(4, Math.max(1, os.availableParallelism() - 1));
}

export async function importPaths(
  deps: { db: DB; config: { AUTO_PUBLISH_CONFIDENCE: number } },
  paths: string[],
  options: {
    importedBy?: number | null;
    /** Issues imported at once, each in its own transaction (the database does the waiting). */
    concurrency?: number;
    /** Worker threads that parse; 0 parses on the main thread. Default: by file count and cores. */
    parseThreads?: number;
    onProgress?: (done: number, total: number, file: string) => void;
  } = {},
): Promise<ImportSummary> {
  const files = await listIssueFiles(paths);
  const parseThreads = options.parseThreads ?? defaultParseThreads(files.length);
  // Issue 13 item 6: the parser reads each issue knowing the directory's companies and people
  const known = await readDirectoryKnowledge(deps.db);
  const loader = parseThreads > 0 ? startLoaderPool(parseThreads, known) : threadLoader(known);
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  // What stopped the import, if anything did: the first failure that was not a file's fault.
  const failures: { file: string; error: unknown }[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < files.length) {
      const index = next++;
      const file = files[index]!;
      try {
        results[index] = await importFile(
          deps.db,
          file,
          { autoPublishConfidence: deps.config.AUTO_PUBLISH_CONFIDENCE, importedBy: options.importedBy },
          loader,
        );
        done++;
        options.onProgress?.(done, files.length, file);
        // The tables may double in size several times during a bulk import (a cheap look each time).
        if (done % STATISTICS_CHECK_EVERY === 0) await imports.refreshGrownTableStatistics(deps.db);
      } catch (error) {
        // Not a file's fault (those are results): the other issues in flight finish, no new one starts.
        failures.push({ file, error });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? IMPORT_CONCURRENCY) }, worker));
  } finally {
    await loader.close();
  }
  const [stop] = failures;
  if (stop) throw new ImportInterrupted(stop.file, stop.error, done);

  const summary: ImportSummary = {
    imported: 0,
    skipped: 0,
    failed: 0,
    movesCreated: 0,
    pendingReview: 0,
    files: results,
  };
  for (const result of results) {
    summary[result.status]++;
    summary.movesCreated += result.movesCreated ?? 0;
    summary.pendingReview += result.pending ?? 0;
  }
  return summary;
}
