import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { DB } from "../../db/database.ts";
import type { MoveRecord } from "../../db/repositories/directory.ts";
import { paths } from "../../shared/site-paths.ts";
import { FUNCTION_LABELS, KIND_LABELS, SENIORITY_LABELS } from "../../shared/vocabulary.ts";
import { allMatchingMoves, type SearchQuery } from "./search.ts";

/**
 * CSV of a search, streamed page by page along the keyset (memory stays flat whatever the size).
 * UTF-8 with a byte-order mark so Excel reads accents right; `;` for French Excel, which takes the
 * comma as the decimal separator and would put a whole row in one cell.
 *
 * Cells starting with =, +, -, @, tab or CR are prefixed with a quote (csv-stringify's
 * escape_formulas): newsletter text is not ours, and a spreadsheet would run "=HYPERLINK(…)" as a
 * formula (OWASP's CSV injection).
 */

const COLUMNS = [
  "date",
  "personne",
  "poste",
  "entreprise",
  "type",
  "séniorité",
  "fonction",
  "entreprises précédentes",
  "prédécesseur",
  "source",
  "lien personne",
  "lien entreprise",
];

function row(move: MoveRecord, baseUrl: string): string[] {
  return [
    move.published_on,
    move.person.name,
    move.role,
    move.company.name,
    KIND_LABELS[move.kind] ?? move.kind,
    SENIORITY_LABELS[move.seniority] ?? move.seniority,
    FUNCTION_LABELS[move.function] ?? move.function,
    move.previous_companies.map((c) => c.name).join(", "),
    move.predecessor ?? "",
    baseUrl + paths.issue(move.source.issue_id),
    baseUrl + paths.person(move.person.slug),
    baseUrl + paths.company(move.company.slug),
  ];
}

/**
 * Writes the CSV into `out`. stream.pipeline carries an error of any stage (the database going away
 * mid-export, the client hanging up) to the returned promise and destroys the other streams, so a
 * failed export never becomes an unhandled 'error' event that would stop the process.
 */
export function writeMovesCsv(
  db: DB,
  query: SearchQuery,
  options: { separator: "," | ";"; baseUrl: string },
  out: Writable,
): Promise<void> {
  return pipeline(
    async function* () {
      for await (const move of allMatchingMoves(db, query)) yield row(move, options.baseUrl);
    },
    stringify({
      bom: true,
      delimiter: options.separator,
      header: true,
      columns: COLUMNS,
      escape_formulas: true,
    }),
    out,
  );
}
