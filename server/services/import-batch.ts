import { sql } from "kysely";
import type { DB } from "../../db/database.ts";
import * as imports from "../../db/repositories/imports.ts";
import * as inbound from "../../db/repositories/inbound.ts";
import {
  auditImport,
  companyKeysOf,
  type ImportOptions,
  type IssueImportResult,
  importReceivedFile,
  importReceivedFileIn,
  inImportTransaction,
  KnownMessage,
  knownFile,
  moverKeysOf,
  type ReceivedFile,
  receivedFileRow,
} from "./import-issue.ts";
import { importWave, waves } from "./import-waves.ts";

/**
 * `carnet import`'s bulk path (issue 14): several files in one transaction, each file all or
 * nothing. The batch is first run at once (its issues one after the other, their received messages
 * in one statement); if the database refuses one file (a value it cannot store) or a file's
 * Message-ID turns out known, that run is rolled back and the batch runs again with a savepoint for
 * each file, so that the refused file rolls back alone (its issue, people, companies, moves, received
 * message) and is reported, and the others are committed.
 *
 * Why batches: a transaction an issue costs its BEGIN and COMMIT round trips and PostgreSQL's commit
 * work once per issue, and the importer's hot path is round trips (see README, "Import: where the
 * time goes"). The batch's person names and new companies are locked first, all at once and sorted
 * (imports.lockBatchKeys): taken issue by issue, two batches holding each other's would deadlock.
 */

/**
 * Whether an import error is the file's own (SQLSTATE class 22, data exception: a value PostgreSQL
 * cannot store), so the other files go on, or the database's, which stops an import.
 */
export function isRefusedData(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("22");
}

/** A file of a batch the database refused (isRefusedData): reported, nothing of it stored. */
export interface RefusedFile {
  status: "failed";
  reason: string;
}

const refused = (error: unknown): RefusedFile => ({
  status: "failed",
  reason: `refused by the database: ${(error as Error).message}`,
});

/**
 * Imports the files in one transaction, outcomes in the files' order. A deadlock or a key taken by a
 * concurrent import rolls the whole batch back and runs it again (withImportRetry); any other error
 * (the database gone) rolls it back and is thrown.
 */
export async function importReceivedFiles(
  db: DB,
  files: ReceivedFile[],
  options: ImportOptions,
): Promise<(IssueImportResult | RefusedFile)[]> {
  if (files.length === 1) {
    // One file: its own transaction (a round trip fewer than a batch of one).
    try {
      return [await importReceivedFile(db, files[0]!, options)];
    } catch (error) {
      if (!isRefusedData(error)) throw error;
      return [refused(error)];
    }
  }
  try {
    return await inBatchTransaction(db, files, (trx) => allAtOnce(trx, files, lockedOptions(options)));
  } catch (error) {
    if (!(error instanceof KnownMessage) && !isRefusedData(error)) throw error;
  }
  return inBatchTransaction(db, files, (trx) => savepointEach(trx, files, lockedOptions(options)));
}

function inBatchTransaction<T>(db: DB, files: ReceivedFile[], work: (trx: DB) => Promise<T>): Promise<T> {
  const keys = {
    people: files.flatMap((file) => moverKeysOf(file.parsed)),
    companies: files.flatMap((file) => companyKeysOf(file.parsed)),
  };
  return inImportTransaction(db, work, imports.batchLocksStatement(keys));
}

/** The options of a batch's issues: lockBatchKeys took their name locks. */
function lockedOptions(options: ImportOptions): ImportOptions {
  return { ...options, namesLocked: true };
}

/**
 * The common case: the files' issues a wave at a time (import-waves.ts), then the received messages
 * of those imported in one statement.
 */
async function allAtOnce(trx: DB, files: ReceivedFile[], options: ImportOptions) {
  const results: IssueImportResult[] = [];
  for (const wave of waves(files, (file) => moverKeysOf(file.parsed)))
    results.push(...(await importWave(trx, wave, options)));
  const imported = files.flatMap((file, i) =>
    results[i]!.status === "imported" ? [{ file, result: results[i]! }] : [],
  );
  const stored = await inbound.recordImportedFiles(
    trx,
    imported.map(({ file, result }) => receivedFileRow(file, result)),
  );
  // A Message-ID known with other bytes: file by file, each told apart in its savepoint.
  if (stored < imported.length) throw new KnownMessage(null);
  for (const [i, file] of files.entries())
    if (results[i]!.status === "skipped")
      await inbound.recordImportedFile(trx, receivedFileRow(file, results[i]!));
  for (const { file, result } of imported) await auditImport(trx, file, result);
  return results;
}

/** After a refusal: each file in its savepoint, so that a refused one rolls back alone. */
async function savepointEach(trx: DB, files: ReceivedFile[], options: ImportOptions) {
  const outcomes: (IssueImportResult | RefusedFile)[] = [];
  for (const [i, file] of files.entries()) {
    // One round trip: the previous file's savepoint released, this one's taken.
    await sql.raw(i === 0 ? "SAVEPOINT file" : "RELEASE SAVEPOINT file; SAVEPOINT file").execute(trx);
    try {
      outcomes.push(await importReceivedFileIn(trx, file, options));
    } catch (error) {
      if (!(error instanceof KnownMessage) && !isRefusedData(error)) throw error;
      await sql.raw("ROLLBACK TO SAVEPOINT file").execute(trx);
      outcomes.push(
        error instanceof KnownMessage ? await knownFile(trx, file, error.issueId) : refused(error),
      );
    }
  }
  return outcomes;
}
