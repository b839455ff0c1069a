import { Invalid } from "../errors.ts";

/**
 * Reading a watch list file (issue 18, item 3): bytes in, rows out, no I/O, so every odd file a
 * spreadsheet or a CRM writes is tested without a server. What it accepts:
 * - encodings: UTF-8 with or without byte-order mark, UTF-16 with one (Excel's "texte Unicode"),
 *   and Windows-1252, which French Excel writes for "CSV (séparateur : point-virgule)"; a file that
 *   is not valid UTF-8 is read as Windows-1252, the only other encoding such files come in;
 * - separators `;`, `,` or tab: the one found most often, outside quotes, in the first line;
 * - quotes as RFC 4180 has them ("" inside a quoted cell), line ends CRLF, LF or CR;
 * - a header row or none. Without one, the first column is the company and the second, if any, a
 *   person. With one, columns are found by name (entreprise, société, compte…; personne, contact,
 *   nom…; or prénom + nom), and the export's own `type;nom;référence` is read back exactly.
 * Anything else is refused with a French message naming the problem (Invalid, field "liste").
 */

export const MAX_WATCH_LIST_ROWS = 5_000;
export const MAX_NAME_LENGTH = 200;
const FIELD = "liste";

export interface WatchListRow {
  /** The row's line in the file (1 for the first), as a spreadsheet numbers it. */
  line: number;
  company: string | null;
  /** A company's key (the export's référence column), followed as it is: the round trip is exact. */
  companyKey: string | null;
  person: string | null;
  /** A person's address on the site (the export's référence column): names one person exactly. */
  personSlug: string | null;
  /** A saved search's query string (export rows of type « recherche »). */
  search: string | null;
}

export interface WatchListFile {
  rows: WatchListRow[];
  encoding: "utf-8" | "utf-16" | "windows-1252";
  separator: ";" | "," | "\t";
  header: boolean;
}

const numberFr = (n: number) => n.toLocaleString("fr-FR");

export function readWatchListFile(bytes: Buffer): WatchListFile {
  const { text, encoding } = decode(bytes);
  const separator = detectSeparator(text);
  const records = splitRecords(text, separator)
    .map((r) => ({ line: r.line, cells: r.cells.map(cleanCell) }))
    .filter((r) => r.cells.some((c) => c !== ""));
  if (records.length === 0) throw new Invalid(FIELD, "Le fichier ne contient aucune ligne.");
  const columns = headerColumns(records[0]!.cells);
  const body = columns ? records.slice(1) : records;
  if (body.length > MAX_WATCH_LIST_ROWS)
    throw new Invalid(
      FIELD,
      `Le fichier compte ${numberFr(body.length)} lignes : ${numberFr(MAX_WATCH_LIST_ROWS)} au plus par import. Découpez-le en plusieurs fichiers.`,
    );
  if (body.length === 0) throw new Invalid(FIELD, "Le fichier ne contient qu’une ligne d’en-tête.");
  const rows = body.map((r) => toRow(r.line, r.cells, columns ?? { company: 0, person: 1 }));
  return { rows, encoding, separator, header: columns !== null };
}

function decode(bytes: Buffer): { text: string; encoding: WatchListFile["encoding"] } {
  if (bytes.length === 0) throw new Invalid(FIELD, "Le fichier est vide.");
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    throw new Invalid(
      FIELD,
      "Ce fichier est un classeur Excel (.xlsx), pas un CSV : dans Excel, « Enregistrer sous » puis « CSV (séparateur : point-virgule) ».",
    );
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw new Invalid(
      FIELD,
      "Ce fichier est un classeur Excel (.xls), pas un CSV : dans Excel, « Enregistrer sous » puis « CSV (séparateur : point-virgule) ».",
    );
  let text: string;
  let encoding: WatchListFile["encoding"];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    encoding = "utf-16";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    encoding = "utf-16";
  } else {
    try {
      // ignoreBOM: false (the default) drops a UTF-8 byte-order mark.
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      text = decodeWindows1252(bytes);
      encoding = "windows-1252";
    }
  }
  if (text.includes("\u0000"))
    throw new Invalid(FIELD, "Ce fichier n’est pas un texte CSV (il contient des données binaires).");
  return { text, encoding };
}

// Windows-1252's 0x80–0x9F (€, ’, œ, « … »'s cousins); the rest of its range is Latin-1. Node's
// TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters instead (Node 20).
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const decodeWindows1252 = (bytes: Buffer): string =>
  bytes.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);

/** The separator seen most often outside quotes in the first non-empty line; `;` when none is. */
function detectSeparator(text: string): WatchListFile["separator"] {
  const firstLine = text.replace(/^[\r\n]+/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [WatchListFile["separator"], number][]).sort(
    (a, b) => b[1] - a[1],
  )[0]!;
  return best[1] > 0 ? best[0] : ";";
}

/**
 * RFC 4180 records, forgiving where spreadsheets are sloppy: a quote inside an unquoted cell is
 * kept as a character, and text after a closing quote is appended to the cell. Only a quote left
 * open at the end of the file is refused, since everything after it would be one cell.
 */
function splitRecords(text: string, separator: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteOpenedAt = 0;
  let atCellStart = true;
  // Past this many records the file is refused anyway; stop splitting a huge one early.
  const maxRecords = MAX_WATCH_LIST_ROWS + 50_000;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      quoteOpenedAt = line;
      atCellStart = false;
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      if (records.length > maxRecords) return records;
      cells = [];
      cell = "";
      atCellStart = true;
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch !== " ") atCellStart = false;
    }
  }
  if (quoted)
    throw new Invalid(
      FIELD,
      `Ligne ${quoteOpenedAt} : un guillemet (") est ouvert et jamais refermé ; vérifiez cette ligne.`,
    );
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}

/**
 * Trimmed, inner runs of blanks (line breaks inside quotes, tabs, non-breaking spaces) as one space;
 * the quote a spreadsheet export puts before = + - @ so they are not run as formulas (ours too:
 * csv-stringify's escape_formulas) is taken off again.
 */
const cleanCell = (cell: string) =>
  cell
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces
    .replace(/[\u0000-\u001f\u007f\u00a0\u202f\s]+/g, " ")
    .trim()
    .replace(/^'(?=[=+\-@])/, "");

interface Columns {
  company?: number;
  person?: number;
  firstName?: number;
  lastName?: number;
  type?: number;
  name?: number;
  reference?: number;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const COMPANY_HEADERS = new Set([
  "entreprise",
  "entreprises",
  "societe",
  "societes",
  "company",
  "company name",
  "companies",
  "compte",
  "nom du compte",
  "account",
  "account name",
  "organisation",
  "organization",
  "raison sociale",
  "employeur",
  "nom de l entreprise",
  "nom entreprise",
]);
const PERSON_HEADERS = new Set([
  "personne",
  "personnes",
  "contact",
  "nom complet",
  "full name",
  "person",
  "people",
]);
const FIRST_NAME_HEADERS = new Set(["prenom", "first name", "firstname"]);
const LAST_NAME_HEADERS = new Set(["nom", "nom de famille", "last name", "lastname", "name"]);
const REFERENCE_HEADERS = new Set(["reference", "adresse", "slug", "lien"]);

/** The columns a header row names, or null when the first row is data. */
function headerColumns(cells: string[]): Columns | null {
  const folded = cells.map(fold);
  const find = (names: Set<string>) => {
    const i = folded.findIndex((c) => names.has(c));
    return i === -1 ? undefined : i;
  };
  const type = find(new Set(["type"]));
  if (type !== undefined) {
    const name = find(LAST_NAME_HEADERS);
    if (name === undefined)
      throw new Invalid(FIELD, "En-tête « type » sans colonne « nom » : attendu « type;nom;référence ».");
    return { type, name, reference: find(REFERENCE_HEADERS) };
  }
  const company = find(COMPANY_HEADERS);
  const person = find(PERSON_HEADERS);
  const firstName = find(FIRST_NAME_HEADERS);
  const lastName = find(LAST_NAME_HEADERS);
  if (company === undefined && person === undefined && firstName === undefined && lastName === undefined)
    return null;
  // A lone « nom » column is a list of companies, the common case.
  if (company === undefined && person === undefined && firstName === undefined && cells.length === 1)
    return { company: lastName };
  if (company === undefined && person === undefined && (firstName === undefined || lastName === undefined))
    throw new Invalid(
      FIELD,
      "En-tête non reconnu : nommez la colonne des entreprises « entreprise » (et, en option, celle des personnes « personne »), ou retirez la ligne d’en-tête.",
    );
  // With a first-name column, « nom » is the last name; alone beside a company, it is the person.
  return firstName !== undefined && lastName !== undefined
    ? { company, firstName, lastName }
    : { company, person: person ?? lastName };
}

function toRow(line: number, cells: string[], columns: Columns): WatchListRow {
  const at = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? ""));
  const row: WatchListRow = {
    line,
    company: null,
    companyKey: null,
    person: null,
    personSlug: null,
    search: null,
  };
  if (columns.type !== undefined) {
    const type = fold(at(columns.type));
    const name = at(columns.name);
    const reference = at(columns.reference);
    if (type === "entreprise" || type === "company") {
      row.company = name || null;
      row.companyKey = /^[a-z0-9]+( [a-z0-9]+)*$/.test(reference) ? reference : null;
    } else if (type === "personne" || type === "person") {
      row.person = name || null;
      row.personSlug = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(reference) ? reference : null;
    } else if (type === "recherche" || type === "search") row.search = reference || name || null;
    else if (type !== "")
      throw new Invalid(
        FIELD,
        `Ligne ${line} : type « ${at(columns.type).slice(0, 40)} » inconnu (entreprise, personne ou recherche).`,
      );
    return row;
  }
  row.company = at(columns.company) || null;
  const person =
    columns.firstName !== undefined
      ? `${at(columns.firstName)} ${at(columns.lastName)}`.trim()
      : at(columns.person);
  row.person = person || null;
  return row;
}
