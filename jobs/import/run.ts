import { readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DB } from "../../db/database.ts";
import { readDirectoryKnowledge } from "../../db/repositories/directory-knowledge.ts";
import * as imports from "../../db/repositories/imports.ts";
import {
  type FileImportOutcome,
  IMPORT_BATCH_SIZE,
  type ImportOptions,
  importReceivedFiles,
  MAX_IMPORT_BATCH_SIZE,
  type ReceivedFile,
} from "../../server/services/import-issue.ts";
import { ISSUE_EXTENSIONS, type LoadedIssue, ParseInputError } from "./issue-file.ts";
import { startLoaderPool, threadLoader } from "./loader-pool.ts";

/**
 * `carnet import`'s batch runner: walks the folders, parses on worker threads, and hands the files
 * to the import use case (server/services/import-issue.ts) in batches, one transaction each with a
 * savepoint per issue, several batches at once. What an import does to the directory is the use case's;
 * this file only schedules it.
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

/**
 * An import that could not go on: the database went away, a parse thread died. The batches
 * committed before are kept, and running the import again skips their issues.
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
 * Batches imported at once by default (each a transaction of up to IMPORT_BATCH_SIZE issues, one
 * savepoint each). Each waits on the database between its statements; six keep two cores busy
 * (measured with one issue a transaction: 4 → 250/s, 6 → 270–300/s, 8 no better).
 */
export const IMPORT_CONCURRENCY = 6;

export { IMPORT_BATCH_SIZE };

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
    /** Batches imported at once, each in its own transaction (the database does the waiting). */
    concurrency?: number;
    /** Issues in a batch's transaction (default IMPORT_BATCH_SIZE, at most MAX_IMPORT_BATCH_SIZE). */
    batchSize?: number;
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
  const results: FileImportOutcome[] = new Array(files.length);
  const streams = Math.max(1, options.concurrency ?? IMPORT_CONCURRENCY);
  const batchSize = Math.max(1, Math.min(MAX_IMPORT_BATCH_SIZE, options.batchSize ?? IMPORT_BATCH_SIZE));
  const importOptions: ImportOptions = {
    autoPublishConfidence: deps.config.AUTO_PUBLISH_CONFIDENCE,
    importedBy: options.importedBy,
  };
  // Files are parsed ahead of the batch that imports them (a few batches ahead, not the whole
  // archive: the parsed issues wait in memory), so the parse threads work while PostgreSQL does.
  const loads = new Map<number, Promise<{ issue: LoadedIssue } | { error: unknown }>>();
  let requested = 0;
  const loadAhead = (until: number) => {
    for (; requested < Math.min(files.length, until); requested++)
      loads.set(
        requested,
        loader.load(files[requested]!).then(
          (issue) => ({ issue }),
          (error: unknown) => ({ error }),
        ),
      );
  };
  let next = 0;
  let done = 0;
  // What stopped the import, if anything did: the first failure that was not a file's fault.
  const failures: { file: string; error: unknown }[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < files.length) {
      const first = next;
      const end = Math.min(files.length, first + batchSize);
      next = end;
      loadAhead(end + batchSize * streams);
      const batch: { index: number; file: ReceivedFile }[] = [];
      for (let index = first; index < end; index++) {
        const loaded = await loads.get(index)!;
        loads.delete(index);
        const file = files[index]!;
        if ("issue" in loaded) {
          const { issue } = loaded;
          batch.push({
            index,
            file: {
              name: path.basename(file),
              bytes: issue.bytes,
              via: "cli",
              parsed: issue.parsed,
              contentHash: issue.contentHash,
              messageId: issue.messageId,
            },
          });
        } else if (loaded.error instanceof ParseInputError)
          results[index] = { file, status: "failed", reason: loaded.error.message };
        // A parse thread that died is not the file's fault: the import stops.
        else failures.push({ file, error: loaded.error });
      }
      if (failures.length > 0) return;
      try {
        const outcomes = await importReceivedFiles(
          deps.db,
          batch.map((b) => b.file),
          importOptions,
        );
        outcomes.forEach((outcome, k) => {
          const file = files[batch[k]!.index]!;
          results[batch[k]!.index] =
            "refused" in outcome
              ? { file, status: "failed", reason: `refused by the database: ${outcome.refused.message}` }
              : { file, ...outcome.result };
        });
      } catch (error) {
        // Not a file's fault (those are results): the other batches in flight finish, no new one starts.
        failures.push({ file: files[first]!, error });
        return;
      }
      const before = done;
      for (let index = first; index < end; index++) options.onProgress?.(++done, files.length, files[index]!);
      // The tables may double in size several times during a bulk import (a cheap look each time).
      if (Math.floor(done / STATISTICS_CHECK_EVERY) > Math.floor(before / STATISTICS_CHECK_EVERY))
        await imports.refreshGrownTableStatistics(deps.db);
    }
  };
  try {
    await Promise.all(Array.from({ length: streams }, worker));
  } finally {
    await Promise.all(loads.values());
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
