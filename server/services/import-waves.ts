import * as companies from "../../db/repositories/companies.ts";
import * as imports from "../../db/repositories/imports.ts";
import * as issues from "../../db/repositories/issues.ts";
import * as moves from "../../db/repositories/moves.ts";
import type { Queryable } from "../../db/repositories/types.ts";
import { receivedText } from "../../jobs/import/received-text.ts";
import {
  type ImportOptions,
  type IssueImportResult,
  keepIssueRecords,
  moveRowsOf,
  NOTHING,
  prepareIssue,
  type ReceivedFile,
  unreadRowsOf,
} from "./import-issue.ts";

/**
 * A batch's issues imported a wave at a time (issue 13): each wave's issues opened in one statement
 * (imports.openIssues) and their moves written in one (moves.insertWaveMoves), where one issue at a
 * time costs two statements an issue. PostgreSQL's fixed cost of a statement (parsing the
 * message, the executor's start, its plan's checks, the round trip, the statement triggers) was
 * as large as the rows' own work (README, "Import: where the time goes"); a wave pays it once.
 *
 * What makes a wave: consecutive files whose records name no person in common, and no content
 * hash or Message-ID twice. An issue's import reads the people of its names (their earlier moves,
 * to attach a move to the right homonym or to the move another issue announced already): with no
 * name in common, no issue of a wave reads what another writes, so the wave writes what the issues
 * one after the other would. A file naming someone an earlier file of the batch names starts the
 * next wave, after that one's writes. Companies are shared: a wave creates its new ones once, as
 * the first issue naming each would.
 */

/** The files cut into waves, in their order. */
export function waves(files: ReceivedFile[], keysOf: (file: ReceivedFile) => string[]): ReceivedFile[][] {
  const cut: ReceivedFile[][] = [];
  let wave: ReceivedFile[] = [];
  let taken = new Set<string>();
  for (const file of files) {
    const marks = [
      ...keysOf(file).map((k) => `person:${k}`),
      `hash:${file.contentHash}`,
      ...(file.messageId ? [`message:${file.messageId}`] : []),
    ];
    if (marks.some((m) => taken.has(m))) {
      cut.push(wave);
      wave = [];
      taken = new Set();
    }
    wave.push(file);
    for (const m of marks) taken.add(m);
  }
  if (wave.length > 0) cut.push(wave);
  return cut;
}

/**
 * One wave's issues in the caller's transaction, which holds every name's lock (lockBatchKeys):
 * results in the files' order, a known file skipped. The received messages are the caller's.
 */
export async function importWave(
  trx: Queryable,
  files: ReceivedFile[],
  options: ImportOptions,
): Promise<IssueImportResult[]> {
  const prepared = files.map((file) =>
    prepareIssue(
      file.parsed,
      { file: file.name, rawText: receivedText(file.bytes), contentHash: file.contentHash },
      { ...options, importedBy: file.actor?.id ?? options.importedBy },
    ),
  );
  const opened = await imports.openIssues(
    trx,
    prepared.map((p) => ({ issue: p.issueRow, people: p.people })),
    {
      predecessors: [...new Set(prepared.flatMap((p) => p.keys.predecessors))],
      companies: [...new Set(prepared.flatMap((p) => p.keys.companies))],
    },
  );
  const records = prepared.map((p, i) =>
    opened.issueIds[i] === null ? null : keepIssueRecords(p, opened.suppressed),
  );
  const companyNames = new Map<string, companies.CompanyName>();
  for (const r of records)
    for (const [key, name] of r?.companyNames ?? []) if (!companyNames.has(key)) companyNames.set(key, name);
  const resolved = await companies.resolveOrCreate(trx, [...companyNames.values()], opened.knownCompanies);
  const imported = prepared.flatMap((p, i) =>
    records[i]
      ? [
          {
            index: i,
            issueId: opened.issueIds[i]!,
            moves: moveRowsOf(p, records[i]!, resolved.ids, opened.people, options),
            unread: unreadRowsOf(p.parsed),
          },
        ]
      : [],
  );
  const counts = imported.length > 0 ? await moves.insertWaveMoves(trx, imported) : [];
  const results: (IssueImportResult | null)[] = files.map(() => null);
  imported.forEach(({ index, issueId, moves: rows }, i) => {
    const { attached, pending, unread } = counts[i]!;
    results[index] = {
      status: "imported",
      issueId,
      movesCreated: rows.length - attached,
      attached,
      pending,
      suppressed: records[index]!.suppressed.size,
      unreadForReview: unread,
    };
  });
  for (const [i, file] of files.entries())
    if (!results[i]) {
      const existing = await issues.findByHash(trx, file.contentHash);
      results[i] = { status: "skipped", issueId: existing!.id, ...NOTHING };
    }
  return results as IssueImportResult[];
}
