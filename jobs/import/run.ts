import { readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DB } from "../../db/database.ts";
import { readDirectoryKnowledge } from "../../db/repositories/directory-knowledge.ts";
import * as imports from "../../db/repositories/imports.ts";
import { importReceivedFiles } from "../../server/services/import-batch.ts";
import type { FileImportOutcome, ImportOptions, ReceivedFile } from "../../server/services/import-issue.ts";
import type { LoadedIssue } from "./issue-file.ts";
import { ISSUE_EXTENSIONS, ParseInputError } from "./issue-file.ts";
import { type IssueLoader, inThreadLoader, startLoaderPool, threadLoader } from "./loader-pool.ts";

/**
 * `carnet import`'s batch runner: walks the folders, parses on worker threads, and hands each file
 * to the import use case (server/services/import-issue.ts) in batches, several batches at once, each
 * batch one transaction where each issue is all or nothing (server/services/import-batch.ts). What an
 * import does to the directory is the use case's; this file only schedules it.
 */

export interface ImportSummary {
  imported: number;
  skipped: number;
  failed: number;
  movesCreated: number;
  pendingReview: number;
  files: FileImportOutcome[];
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
): Promise<FileImportOutcome> {
  const [outcome] = await importBatch(db, [file], options, loader);
  return outcome!;
}

/**
 * Files loaded (read and parsed), then imported in one transaction with a savepoint each
 * (importReceivedFiles): a file refused by the parser or by the database is its own outcome, and
 * the others are imported. Outcomes in the files' order.
 */
async function importBatch(
  db: DB,
  files: string[],
  options: ImportOptions,
  loader: IssueLoader,
): Promise<FileImportOutcome[]> {
  const outcomes: (FileImportOutcome | null)[] = [];
  const received: { index: number; file: ReceivedFile }[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const loaded = await loader.load(file);
      received.push({
        index,
        file: {
          name: path.basename(file),
          bytes: loaded.bytes,
          via: "cli",
          parsed: loaded.parsed,
          contentHash: loaded.contentHash,
          messageId: loaded.messageId,
        },
      });
      outcomes.push(null);
    } catch (error) {
      if (!(error instanceof ParseInputError)) throw error;
      outcomes.push({ file, status: "failed", reason: error.message });
    }
  }
  if (received.length > 0) {
    const results = await importReceivedFiles(
      db,
      received.map((r) => r.file),
      options,
    );
    results.forEach((result, i) => {
      const index = received[i]!.index;
      outcomes[index] = { file: files[index]!, ...result };
    });
  }
  return outcomes as FileImportOutcome[];
}

/**
 * An import that could not go on: the database went away, a parse thread died. Each batch of issues
 * is its own transaction, so the batches committed before are kept, and running the import again
 * skips them.
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
 * Transactions (batches of issues) at once by default. With a transaction an issue, each waited on
 * the database between its four statements, so 12 in flight kept two cores busy (session 5: 6 →
 * 111–126 issues/s, 12 → 154–177, 18 no better). A batch of 8 now sends about one statement an
 * issue (its waves, import-waves.ts), so fewer are needed; and batches in flight wait on each
 * other's name locks (the bench's synthetic names recur), which costs PostgreSQL CPU besides time:
 * `import-db-cost.ts` (all issues parsed first, so every transaction contends) at load 16–25, batches
 * of 8: 3 in flight 2.28–2.33 ms of PostgreSQL an issue, 4 → 2.71–3.00, 6 → 2.54–3.21.
 */
export const IMPORT_CONCURRENCY = 4;

/**
 * Issues a transaction holds, each all or nothing (server/services/import-batch.ts). Batches of 8
 * since issue 13: a batch's issues are opened and their moves written a wave at a time, one
 * statement for several issues (import-waves.ts), where one issue at a time cost PostgreSQL and
 * the main thread each statement's fixed cost (see README, "Import: where the time goes").
 * Sessions 7 and 8 measured batches dearer for PostgreSQL when each issue still had its own
 * statements.
 */
export const IMPORT_BATCH_SIZE = 8;

/** Files imported between two looks at whether the planner's statistics still fit the tables. */
const STATISTICS_CHECK_EVERY = 50;

/**
 * Parse threads for an import of `fileCount` files: none below 100 files (starting one takes about
 * 0.3 s), else one per core but one (the main thread and PostgreSQL need the rest), at most four.
 */
export function defaultParseThreads(fileCount: number): number {
  return fileCount < 100 ? 0 : Math.min(4, Math.max(1, os.availableParallelism() - 1));
}

/**
 * Parse threads read ahead of the transactions: when an issue's transaction starts, the next
 * `ahead` files are already sent to be parsed, so a parse thread is not idle while the database
 * works, nor a transaction waiting for its parse. importPaths asks for the files in their order; a
 * file not read ahead is loaded when asked for.
 */
function readingAhead(loader: IssueLoader, files: string[], ahead: number): IssueLoader {
  const started = new Map<string, Promise<LoadedIssue>>();
  let asked = 0;
  let next = 0;
  return {
    load(file) {
      asked++;
      for (; next < Math.min(files.length, asked + ahead); next++) {
        const upcoming = files[next]!;
        if (started.has(upcoming)) continue;
        const loading = loader.load(upcoming);
        // Its outcome is the importer's when it asks for it: until then a refusal is no unhandled rejection.
        loading.catch(() => {});
        started.set(upcoming, loading);
      }
      const loading = started.get(file) ?? loader.load(file);
      started.delete(file);
      return loading;
    },
    close: () => loader.close(),
  };
}

export async function importPaths(
  deps: { db: DB; config: { AUTO_PUBLISH_CONFIDENCE: number } },
  paths: string[],
  options: {
    importedBy?: number | null;
    /** Transactions at once (the database does the waiting), each holding a batch of issues. */
    concurrency?: number;
    /** Issues a transaction holds, each in its own savepoint. */
    batchSize?: number;
    /** Worker threads that parse; 0 parses on the main thread. Default: by file count and cores. */
    parseThreads?: number;
    /** What the parse threads run: the parser's bundle (the default) or its TypeScript sources. */
    parseThreadsFrom?: "bundle" | "source";
    onProgress?: (done: number, total: number, file: string) => void;
  } = {},
): Promise<ImportSummary> {
  const files = await listIssueFiles(paths);
  const parseThreads = options.parseThreads ?? defaultParseThreads(files.length);
  // Issue 13 item 6: the parser reads each issue knowing the directory's companies and people
  const known = await readDirectoryKnowledge(deps.db);
  const pool =
    parseThreads > 0
      ? await startLoaderPool(parseThreads, known, { from: options.parseThreadsFrom })
      : threadLoader(known);
  const concurrency = Math.max(1, options.concurrency ?? IMPORT_CONCURRENCY);
  const batchSize = Math.max(1, options.batchSize ?? IMPORT_BATCH_SIZE);
  const loader =
    parseThreads > 0 ? readingAhead(pool, files, concurrency * batchSize + 2 * parseThreads) : pool;
  const results: FileImportOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  // What stopped the import, if anything did: the first failure that was not a file's fault.
  const failures: { file: string; error: unknown }[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < files.length) {
      const first = next;
      const batch = files.slice(first, first + batchSize);
      next += batch.length;
      try {
        const outcomes = await importBatch(
          deps.db,
          batch,
          { autoPublishConfidence: deps.config.AUTO_PUBLISH_CONFIDENCE, importedBy: options.importedBy },
          loader,
        );
        const before = done;
        for (const [i, outcome] of outcomes.entries()) {
          results[first + i] = outcome;
          done++;
          options.onProgress?.(done, files.length, outcome.file);
        }
        // The tables may double in size several times during a bulk import (a cheap look each time).
        if (Math.floor(done / STATISTICS_CHECK_EVERY) > Math.floor(before / STATISTICS_CHECK_EVERY))
          await imports.refreshGrownTableStatistics(deps.db);
      } catch (error) {
        // Not a file's fault (those are results): the other batches in flight finish, no new one starts.
        failures.push({ file: batch[0]!, error });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
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
