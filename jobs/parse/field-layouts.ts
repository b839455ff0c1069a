// Field layouts: a move told as labelled fields or columns rather than a sentence. Three families, one
// record each:
//   - an arrow line: "X (ex-A) → directrice générale de B", the glyph any of ARROW_GLYPHS, the part in
//     brackets (or after a comma) what the mover was or where from, lines under it its continuation;
//   - labelled fields: "Qui : X / Quoi : directeur de B / D'où : A / Remplace : Y", one a line or several
//     on one line ("Nom : X ; Poste : … ; Société : …"), the labels those of FIELD_LABELS in any order;
//   - a table: a header line naming its columns ("Nom ; Poste ; Société ; Précédemment", with ";", "|"
//     or tabs between them, in any order) over rows of as many cells. A row is rewritten as labelled
//     fields ("Nom : X ; Poste : … "), so that each row is a paragraph that says what its cells are.
// section.ts cuts such blocks into one paragraph a record; issue.ts reads a record through the
// sentence model, on the sentences recordSentences composes from its fields, then gives the record
// back the fields the layout states outright (the company of a column, a promotion, an origin). A
// record the reader cannot fill stays its own paragraph, and unread.ts shows it with its person.
// One file past the usual size because it is one idea: recognising a layout and reading it rest on the
// same labels (lexicon/fields.ts) and the same record.

import { allMatches } from "./all-matches.ts";
import { isOneEmployerName } from "./career.ts";
import { isFrenchWord } from "./french-words.ts";
import { hasFeminineFirstName } from "./gender.ts";
import { LOWER_HEADS } from "./institutions.ts";
import {
  ARROW_GLYPHS,
  COMPANY_DESCRIPTORS,
  EARLIER_ORIGIN_OPENING,
  EMPLOYER_NOUNS,
  EMPTY_CELL,
  FIELD_LABELS,
  type FieldName,
  foldWord,
  HONORIFIC,
  INSTITUTION_HEADS,
  INTERIM_CELL,
  KEPT_CELL,
  NAME_PARTICLES,
  NO_MOVE_COMMENT,
  PAST_POST_OPENING,
  PLACE_NAMED_HEADS,
  PROMOTED_CELL,
  ROLE_WORDS,
  TITLE_HEAD_VOCABULARY,
} from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";
import { readMercatoLine } from "./mercato-lines.ts";
import { companyKey, personKey } from "./names.ts";
import { NOTES, note } from "./notes.ts";
import { type DraftMove, extractParagraphMoves } from "./paragraph.ts";

export interface FieldRecord {
  person: string;
  /** The new post as the layout gives it ("directrice générale de B"), maybe with a sentence after. */
  post: string;
  /** The employer of a column or label of its own ("Société : B"), or "". */
  company: string;
  /** Where from or what before: "ex-A", "A (directeur régional)", "promue, …", "—", a sentence, or "". */
  origin: string;
  /** The one replaced ("Remplace : Y, nommé …"), or "". */
  predecessor: string;
  /** The mover's own house, named alone before an arrow ("X (B) → directeur de …"), or "". */
  house: string;
  /** A comment column's cell ("intérim", "promue", "succède à Y"), or "". */
  comment: string;
  /** The words of the record under no label, read as they stand. */
  rest: string;
}

const fold = (text: string) =>
  foldWord(text.replace(/\((?:e|s|es|ne)\)/giu, ""))
    .replace(/[’]/gu, "'")
    .replace(/[^\p{L}' ]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();

const LABELS = new Map<string, FieldName>();
for (const [field, labels] of Object.entries(FIELD_LABELS) as [FieldName, readonly string[]][])
  for (const label of labels) LABELS.set(label, field);

export function fieldOfLabel(label: string): FieldName | null {
  return LABELS.get(fold(label)) ?? null;
}

// A bullet or a dash before a record's first word ("• X → …", "▪ Qui : X")
const BULLET = /^[\s•*·–—\-▪■►▸◆◇○●]*/u;

// --- Tables -----------------------------------------------------------------------------------------

// Between cells: a tab, ";", "|" (Markdown's too, its "|---|" rule skipped), a dash with a space on
// either side ("Nom – Fonction – Structure", an empty last cell a dash at the line's end), " / ", or
// spaces between columns aligned in plain text
const CELL_SEPARATORS = [
  /\s*\t\s*/u,
  /\s+;\s+|\s*;\s*/u,
  /\s*\|\s*/u,
  /\s+[–—-](?:\s+|$)/u,
  /\s+\/\s+/u,
  // columns aligned with spaces in plain text: two at least between cells, one inside a cell
  / {2,}/u,
];
// ";", a dash, " / " and spaces are also a sentence's: a paragraph may hold as many as a table's row
const PROSE_SEPARATOR = new Set([1, 3, 4, 5].map((at) => CELL_SEPARATORS[at]!));
// The characters each separator needs, one of them at least, in CELL_SEPARATORS' order: a line
// without any has one cell by it, and is split no further (tableHeader asks it of every line)
const MARKS_OF_SEPARATORS = [["\t"], [";"], ["|"], ["–", "—", "-"], ["/"], ["  "]];
const SEPARATOR_MARKS = new Map(
  CELL_SEPARATORS.map((separator, at) => [separator, MARKS_OF_SEPARATORS[at]!]),
);
const maySeparate = (line: string, separator: RegExp) =>
  SEPARATOR_MARKS.get(separator)!.some((mark) => line.includes(mark));
const TABLE_RULE = /^[\s|:+=_—–-]+$/u;

function cellsOf(line: string, separator: RegExp): string[] {
  return line
    .trim()
    .replace(/^\|\s*|\s*\|$/gu, "")
    .split(separator)
    .map((cell) => cell.trim());
}

interface TableHeader {
  separator: RegExp;
  labels: string[];
  fields: (FieldName | null)[];
  /** What the header's line says before its first label ("Qui va où ? — format :"), or "". */
  lead: string;
  /** The header stood in brackets after its lead. */
  bracketed?: boolean;
}

// "Qui va où ? — format : Nom | fonction | employeur", "Les arrivées (colonnes : Nom ; Poste ; Société)":
// a heading or a phrase may introduce the header on its line, up to a colon; the header is what follows
const HEADER_LEAD = /^(.*\S)\s*:\s+(?=\S)/u;

// A header names at least three columns, among them the person and the post or the company: "Nom |
// Poste | Société | Venu(e) de", "Qui ; Fonction ; Chez". Columns of no known label ("Âge", "Ville")
// may stand among them, one for every two known (one at least), and are read for nothing.
// "Le tableau de la semaine (entreprise | nom | fonction | vient de)": the header in brackets after
// the phrase that announces the table
const HEADER_IN_BRACKETS = /^(.*\S)\s*\(([^()]+)\)\s*[.:]?$/u;

function tableHeader(line: string): TableHeader | null {
  const led = HEADER_LEAD.exec(line);
  if (led && !/[|;\t]/u.test(led[1]!)) {
    const header = tableHeaderOf(line.slice(led[0].length));
    if (header) return { ...header, lead: led[1]!.replace(/[\s(—–-]*(?:format|colonnes|columns)?$/iu, "") };
  }
  const bracketed = HEADER_IN_BRACKETS.exec(line);
  if (bracketed && !/[|;\t]/u.test(bracketed[1]!)) {
    const header = tableHeaderOf(bracketed[2]!.replace(/^\s*(?:format|colonnes|columns)\s*:\s*/iu, ""));
    if (header) return { ...header, lead: bracketed[1]!, bracketed: true };
  }
  return tableHeaderOf(line);
}

function tableHeaderOf(line: string): TableHeader | null {
  for (const separator of CELL_SEPARATORS) {
    if (!maySeparate(line, separator)) continue;
    const labels = cellsOf(line, separator);
    if (labels.length < 3 || labels.some((label) => label.length > 30)) continue;
    const fields = labels.map(fieldOfLabel);
    const known = fields.filter((field) => field !== null);
    // "Prénom ; Nom": two columns of the person, read as one
    const once = known.filter((field, i) => field !== "person" || known.indexOf("person") === i);
    const unknown = labels.length - known.length;
    if (unknown > Math.max(1, Math.floor(known.length / 2)) || new Set(once).size < once.length) continue;
    if (known.filter((field) => field === "person").length > 2) continue;
    if (!fields.includes("person") || !(fields.includes("post") || fields.includes("company"))) continue;
    return { separator, labels, fields, lead: "" };
  }
  return null;
}

// The row's cells as the header's columns: a row of as many cells; a row short of its last cells
// (an empty cell dropped at the end) when its person column names someone; a row of more cells (a
// "|" inside a cell) with its extra cells kept in its last column.
function rowCells(line: string, header: TableHeader): string[] | null {
  const cells = cellsOf(line, header.separator);
  const width = header.labels.length;
  if (cells.length === width) return cells;
  if (cells.length < 2) return null;
  if (!personOf(rowPerson(cells, header))) return null;
  if (cells.length < width) return [...cells, ...Array<string>(width - cells.length).fill("")];
  return [...cells.slice(0, width - 1), cells.slice(width - 1).join(", ")];
}

// A table that writes one house twice, once behind a common noun of its trade ("Dépositaire
// Pharmalog Centre") and once bare ("Pharmalog Centre"), names it by the bare name: the noun
// describes the house, as "le dépositaire Pharmalog Centre" would in a sentence.
function settleTableSpellings(rows: string[][], fields: (FieldName | null)[]): void {
  const houseColumn = (i: number) => fields[i] === "company" || fields[i] === "origin";
  const bare = new Set(rows.flatMap((cells) => cells.filter((_, i) => houseColumn(i))));
  for (const cells of rows)
    cells.forEach((cell, i) => {
      const described = /^(\p{Lu}[\p{Ll}-]+)\s+(\p{Lu}.+)$/u.exec(cell);
      if (houseColumn(i) && described && bare.has(described[2]!) && isFrenchWord(described[1]!.toLowerCase()))
        cells[i] = described[2]!;
    });
}

// The person a row names, from its one or two person columns: "Nom | Prénom" says the first name
// first whatever the column order.
function rowPerson(cells: string[], { labels, fields }: TableHeader): string {
  const firstName = (i: number) => fold(labels[i]!).startsWith("prenom");
  return cells
    .map((cell, i) => ({ cell, i }))
    .filter(({ i }) => fields[i] === "person")
    .sort((a, b) => Number(firstName(b.i)) - Number(firstName(a.i)))
    .map(({ cell }) => cell)
    .join(" ");
}

// A row as one line of labelled fields: "Nom : X ; Poste : … ; Société : …" (two columns of the
// person, "Prénom ; Nom", make one field).
function labelledRow(cells: string[], header: TableHeader): string {
  const { fields } = header;
  // a label reads as one with its capital ("fonction" in a header written small: "Fonction :")
  const labels = header.labels.map((label) => label.charAt(0).toUpperCase() + label.slice(1));
  const person = rowPerson(cells, header);
  const first = fields.indexOf("person");
  return cells
    .flatMap((cell, i) =>
      i === first
        ? [`${labels[i]} : ${person}`]
        : fields[i] === "person"
          ? []
          : [`${labels[i]} : ${cell || "—"}`],
    )
    .join(" ; ");
}

// Each row under a header becomes one line of labelled fields; the header itself goes (each row now
// names its cells). Rows may be parted by blank lines (a table flattened from HTML, a row a
// paragraph); after a blank line, a ";" table goes on only with a line whose person column names
// someone, so that a paragraph after it with as many ";" is not read as a row (a "|" or a tab is no
// sentence's). Any other line stays.
export function rewriteFieldTables(lines: string[]): string[] {
  const out: string[] = [];
  let header: TableHeader | null = null;
  let afterBlank = false;
  // the current table's rows, written out once the table ends (their spellings settled together)
  let rows: { at: number; cells: string[] }[] = [];
  const endTable = () => {
    if (header) {
      settleTableSpellings(
        rows.map((row) => row.cells),
        header.fields,
      );
      for (const row of rows) out[row.at] = labelledRow(row.cells, header);
    }
    header = null;
    rows = [];
  };
  for (const line of lines) {
    if (header && TABLE_RULE.test(line) && line.trim()) continue;
    if (header && !line.trim()) {
      afterBlank = true;
      out.push(line);
      continue;
    }
    if (header) {
      // a header line again opens a table of its own (two tables one under the other)
      const cells = tableHeader(line) ? null : rowCells(line, header);
      if (
        cells &&
        (!afterBlank || !PROSE_SEPARATOR.has(header.separator) || personOf(rowPerson(cells, header)))
      ) {
        rows.push({ at: out.length, cells });
        out.push("", "");
        afterBlank = false;
        continue;
      }
      endTable();
    }
    afterBlank = false;
    const found = tableHeader(line);
    if (found) {
      header = found;
      // the heading before the header stays a line of its own (the section may be found by it); a
      // phrase announcing the table ("Le tableau de la semaine (nom | …)") a paragraph of its own
      if (found.lead) out.push(found.lead);
      if (found.lead && found.bracketed) out.push("");
      continue;
    }
    out.push(line);
  }
  endTable();
  return out;
}

// --- Labelled fields --------------------------------------------------------------------------------

// "Label :" where the label is one of FIELD_LABELS, written with a capital (a label, not "où :" inside a
// sentence) at the start of a line or after a field's end. "Ex- :", a column of where from, keeps the
// hyphen of "ex-".
const LABEL_AT = /(?:^|(?<=[\s;|·•,.]))(\p{Lu}[\p{L}'’()]*-?(?:\s+[\p{L}'’()]+){0,3})\s*([:?])\s+/gu;

interface LabelledField {
  /** null: a label of no known field, which only ends the field before it */
  field: FieldName | null;
  start: number;
  valueStart: number;
}

// Every label ends on a colon or a question mark before a space: a paragraph with neither (most of
// them) is not scanned, where LABEL_AT would try its capitalised words at each capital letter (the
// pattern was 3 % of the parser's CPU on the text fixtures).
const LABEL_END = /[:?]\s/u;

function labelledFields(text: string): LabelledField[] {
  const found: LabelledField[] = [];
  if (!LABEL_END.test(text)) return found;
  for (const match of allMatches(text, LABEL_AT)) {
    // the longest label ending at the colon: "Nouveau poste :" rather than "poste :"
    const words = match[1]!.split(/\s+/u);
    let known = false;
    for (let from = 0; from < words.length; from++) {
      const field = fieldOfLabel(words.slice(from).join(" "));
      if (field === null) continue;
      if (from > 0 && !/^\p{Lu}/u.test(words[from]!)) break;
      const offset = match[0].indexOf(words[from]!);
      found.push({ field, start: match.index + offset, valueStart: match.index + match[0].length });
      known = true;
      break;
    }
    // a column of no known label ("Date : 1er mars") after a cell's end still ends the cell before it
    if (!known && match[2] === ":" && found.length > 0 && /[;|]\s*$/u.test(text.slice(0, match.index)))
      found.push({ field: null, start: match.index, valueStart: match.index + match[0].length });
  }
  return found;
}

const cleanValue = (value: string) =>
  value
    .trim()
    .replace(/^[;:|·•,]+\s*|\s*[;|·•,]+$/gu, "")
    .replace(/\.$/u, "")
    .trim();

function labelledRecord(text: string): FieldRecord | null {
  const fields = labelledFields(text);
  const personAt = fields.findIndex((f) => f.field === "person");
  const values = new Map<FieldName, string>();
  fields.forEach((f, i) => {
    if (f.field === null || values.has(f.field)) return;
    values.set(f.field, cleanValue(text.slice(f.valueStart, fields[i + 1]?.start ?? text.length)));
  });
  // a name line over the fields ("Fatima Benali. Poste : … Société : …") names the person
  const lead = cleanValue(text.slice(0, fields[0]?.start ?? 0));
  if (personAt < 0 && lead && fields.length >= 2) values.set("person", lead);
  else if (personAt !== 0 && lead) return null;
  if (fields.filter((f) => f.field).length < 2 || !(values.has("post") || values.has("company"))) return null;
  const person = personOf(values.get("person") ?? "");
  if (!person) return null;
  const comment = values.get("comment") ?? "";
  const origin = values.get("origin") ?? "";
  const predecessor = values.get("predecessor") ?? "";
  // a comment says what no column of its own does: the one replaced ("promue, succède à Y"), or where
  // the mover comes from when no column tells it
  const replaced = commentPredecessor(comment);
  const told = replaced ? comment.slice(0, replaced.index).replace(/[\s,;]+$/u, "") : comment;
  // "ex-A ; remplace Y" in a column of where from: the one replaced is told after the houses left
  // (only when the name ends the cell: "…; elle succède à Y, nommé directeur de D" tells Y's own move,
  // which the cell's sentence keeps)
  const inOrigin = replaced ? null : commentPredecessor(origin);
  const replacedInOrigin =
    inOrigin && cleanValue(origin.slice(inOrigin.index)).endsWith(inOrigin.name) ? inOrigin : null;
  const originLeft = replacedInOrigin
    ? origin.slice(0, replacedInOrigin.index).replace(/[\s,;]+$/u, "")
    : origin;
  // "Bondissimo (promu)", "Verrerie du Pic (ex-Cristaux Roy)": a house's cell may say in brackets
  // where its mover comes from; the house is the name before them
  const company = values.get("company") ?? "";
  const aside = /^(.*\S)\s*\(([^()]+)\)$/u.exec(company);
  const originAside =
    aside && (PROMOTED_CELL.test(foldWord(aside[2]!)) || /^ex[-\s]/iu.test(aside[2]!)) ? aside : null;
  // "Mutuelle centrale de réassurance (MCR)", "Bérault Aménagement (SEM)": the house's acronym or
  // its legal kind in brackets is no part of the name the sentence-read records give
  const acronymAside = aside && /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(aside[2]!) ? aside : null;
  return {
    person: person.name,
    post: values.get("post") ?? "",
    company: originAside ? originAside[1]! : acronymAside ? acronymAside[1]! : company,
    origin:
      originLeft && !EMPTY_CELL.test(foldWord(cleanValue(originLeft)))
        ? originLeft
        : told || (originAside ? originAside[2]! : originLeft),
    predecessor:
      predecessor && !EMPTY_CELL.test(foldWord(cleanValue(predecessor)))
        ? predecessor
        : (replaced?.name ?? replacedInOrigin?.name ?? predecessor),
    house: "",
    comment,
    rest: person.rest,
  };
}

// "succède à Y", "remplace Y", "en remplacement de Y", "départ en retraite de Y" inside a comment:
// the one replaced, told last
const COMMENT_PREDECESSOR =
  /(?:^|[\s,;(])(?:succède à|succédant à|remplace|remplaçant|en remplacement d(?:e\s+|u\s+|['’])|à la place d(?:e\s+|['’])|(?:après le |suite au )?départ (?:(?:à|en) (?:la )?retraite )?d(?:e\s+|['’]))\s*((?:(?:M\.|Mme)\s+)?\p{Lu}[^,;()]*)/iu;

function commentPredecessor(comment: string): { name: string; index: number } | null {
  const found = COMMENT_PREDECESSOR.exec(comment);
  if (!found) return null;
  const person = personOf(cleanValue(found[1]!));
  return person ? { name: person.name, index: found.index } : null;
}

/**
 * A record that tells no move though it names a post: a post held for a while ("directrice
 * intérimaire", a comment "intérim"), or a comment that says the mover leaves or keeps a post
 * ("départ", "reconduit"). Such a row is understood, not unread.
 */
export function recordTellsNoMove(record: FieldRecord): boolean {
  const comment = foldWord(cleanValue(record.comment));
  return INTERIM_CELL.test(foldWord(record.post)) || NO_MOVE_COMMENT.test(comment);
}

/**
 * The person cell of labelled fields that make no record because the cell reads as no name ("Nom :
 * Ana ; Poste : directrice ; Société : C"): the cell's words, or null when the paragraph opens on no
 * person label, the cell is empty, or no post or company label follows.
 */
export function unreadPersonCell(paragraph: string): string | null {
  const fields = labelledFields(paragraph);
  if (fields[0]?.field !== "person" || fields[0].start > BULLET.exec(paragraph)![0].length) return null;
  if (!fields.some((f) => f.field === "post" || f.field === "company")) return null;
  const cell = cleanValue(paragraph.slice(fields[0].valueStart, fields[1]?.start ?? paragraph.length));
  return cell && !EMPTY_CELL.test(foldWord(cell)) ? cell : null;
}

// "Mme X", "M. X": the title of courtesy is no part of the name (built once, not at each cell)
const COURTESY_TITLE = new RegExp(`^(?:${HONORIFIC}|Mlle|Mrs|Ms)\\s+`, "u");

// "Karim el Amrani", "Youssef ben Salah": particles of Arabic names, written lower case in a cell
// (the lexicon's NAME_PARTICLES are European ones)
const ARABIC_NAME_PARTICLES = new Set(["el", "al", "ben"]);

// The person a cell names: a name at its start ("Fatima-Zahra Benjelloun-Carré", "Marc Delval, 42 ans").
// "HÉRISSON-LAUR Sylvain": a digest's cell may print the surname first, in capitals
const SURNAME_FIRST_CELL =
  /^((?:(?:de|du|d['’])\s*)?\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’-]*\p{Lu})*)\s+(\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?)$/u;

const RANK_BEFORE_NAME = /^(\p{Lu}\p{Ll}+)\s+/u;

function personOf(cell: string): { name: string; rest: string } | null {
  const written = cell.replace(BULLET, "").replace(COURTESY_TITLE, "").trim();
  const surnameFirst = SURNAME_FIRST_CELL.exec(written);
  const text = surnameFirst ? `${surnameFirst[2]} ${surnameFirst[1]}` : written;
  const mentions = findPersonMentions(text);
  const mention = mentions.find((m) => m.start === 0);
  if (mention) return { name: text.slice(0, mention.end).trim(), rest: cleanValue(text.slice(mention.end)) };
  // "Capitaine Yves Le Bras", "Colonel Anne Roy": a rank, one word of the language, before a name
  const ranked = RANK_BEFORE_NAME.exec(text);
  const named = ranked && mentions.find((m) => m.start === ranked[0].length && isConfidentPerson(m));
  if (ranked && named && isFrenchWord(ranked[1]!.toLowerCase()))
    return { name: text.slice(named.start, named.end).trim(), rest: cleanValue(text.slice(named.end)) };
  // a name the mention finder does not know but a column or label says is one: two to five capitalised
  // words, none of them a title's
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return null;
  if (
    !words.every(
      (w) =>
        /^(?:\p{Lu}[\p{L}'’.-]*|d['’]\p{Lu}[\p{L}-]*)$/u.test(w) ||
        NAME_PARTICLES.has(w) ||
        ARABIC_NAME_PARTICLES.has(w),
    )
  )
    return null;
  if (words.some((w) => ROLE_WORDS.has(foldWord(w)))) return null;
  return { name: text.trim(), rest: "" };
}

// --- Arrow lines ------------------------------------------------------------------------------------

const GLYPHS = ARROW_GLYPHS.map((glyph) => glyph.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");
// "X (aside) → post": the glyph with a space on either side, the left part short
const ARROW_LINE = new RegExp(`^${BULLET.source}([^→]{3,120}?)\\s+(?:${GLYPHS})\\s+(\\S.*)$`, "u");

// A digest's other arrow shapes, told the way of "X (ex-A) → B, post" (under a legend such as
// "➜ passe de… à… ; ← recrute ; > changement de maison"):
//   "A ➜ B : X, post"      from A to B          "B ← X (A), post"   B takes X from A
//   "X : A > B (post)"     from A to B, two different houses (the same one twice is a promotion,
//                          left to the editor)
// the houses' cells hold no comma, full stop or bracket: a sentence joined after a line ("… → B, post.
// DÉPART : Y, …") is no digest line
const FROM_TO_LINE = new RegExp(
  `^(${BULLET.source})([^:→➜←>().,\\n]{2,80}?)\\s+(?:${GLYPHS})\\s+([^:().,\\n]{2,80}?)\\s+:\\s+([^,():\\n]{3,80}?),\\s+([^\\n]+)$`,
  "u",
);
const RECRUITS_LINE = /^([^←:().,\n]{2,80}?)\s+←\s+([^()←:,\n]{3,80}?)\s+\(([^()\n]{2,80})\),\s+([^\n]+)$/u;
const HOUSE_CHANGE_LINE =
  /^([^:>()\n]{3,80}?)\s+:\s+([^:>().,\n]{2,80}?)\s+>\s+([^:>().,\n]{2,80}?)\s+\(([^()\n]{3,120})\)$/u;

// The glyphs a digest's legend gives a meaning of their own ("↑ ou ⇧ promotion interne ; ✦
// nomination"), one row each: the origin the record's cell would say. Written either way round:
//   "X ↑ C, post (promotion interne)"      the mover first, then the house and the post
//   "C ⇧ X : post", "C ✦ X (post, nomination)"   the house first, then the mover and the post
const MOVE_GLYPHS: readonly { glyph: string; origin: string }[] = [
  { glyph: "↑", origin: "promotion interne" },
  { glyph: "⇧", origin: "promotion interne" },
  // a nomination tells no house left: the cell a table leaves empty
  { glyph: "✦", origin: "non communiqué" },
];
const MOVE_GLYPH = new RegExp(
  String.raw`^([^:()\n]{3,80}?)\s+(${MOVE_GLYPHS.map((row) => row.glyph).join("|")})\s+([^\n]+)$`,
  "u",
);
const HOUSE_FIRST_POST = /^([^:(),\n]{3,80}?)\s*(?::\s+([^\n]+)|\(([^()\n]+)\))$/u;
const MEANING_CELL = /\s*,\s*(?:nomination|promotion(?: interne)?|arrivée)$/iu;

function glyphLine(bullet: string, body: string): string | null {
  const shape = MOVE_GLYPH.exec(body);
  if (!shape) return null;
  const origin = MOVE_GLYPHS.find((row) => row.glyph === shape[2])!.origin;
  const aside = origin ? ` (${origin})` : "";
  const left = shape[1]!.trim();
  const right = shape[3]!.trim();
  // the house first: a name alone before the glyph, the mover and the post after it
  const houseFirst = HOUSE_FIRST_POST.exec(right);
  const mover = houseFirst && isCompanyName(left) ? personOf(houseFirst[1]!.trim()) : null;
  if (mover && !mover.rest) {
    const post = (houseFirst![2] ?? houseFirst![3]!).replace(MEANING_CELL, "").trim();
    return `${bullet}${houseFirst![1]!.trim()}${aside} → ${post}, ${left}`;
  }
  const leftPerson = personOf(left);
  return leftPerson && !leftPerson.rest ? `${bullet}${left}${aside} → ${right}` : null;
}

export function digestArrowLine(line: string): string {
  // one line only: a paragraph of several lines is a column of its own (mercato-lines.ts)
  if (line.includes("\n")) return line;
  // each shape's own sign looked for first: the patterns' lazy runs cost far more on every other
  // line than a search for a character
  const fromTo = line.includes(":") ? FROM_TO_LINE.exec(line) : null;
  if (fromTo && isCompanyName(fromTo[2]!.trim()) && fromTo[2]!.trim() !== fromTo[3]!.trim())
    return `${fromTo[1]}${fromTo[4]} (ex-${fromTo[2]!.trim()}) → ${fromTo[3]}, ${fromTo[5]}`;
  const bullet = BULLET.exec(line)![0];
  const body = line.slice(bullet.length);
  const recruits = body.includes("←") ? RECRUITS_LINE.exec(body) : null;
  if (recruits && isCompanyName(recruits[3]!.trim()))
    return `${bullet}${recruits[2]} (ex-${recruits[3]!.trim()}) → ${recruits[1]}, ${recruits[4]}`;
  const change = body.includes(">") && body.includes(":") ? HOUSE_CHANGE_LINE.exec(body) : null;
  if (
    change &&
    change[2]!.trim() !== change[3]!.trim() &&
    isCompanyName(change[2]!.trim()) &&
    isCompanyName(change[3]!.trim()) &&
    !/[→➜]/u.test(change[4]!)
  )
    return `${bullet}${change[1]} (ex-${change[2]!.trim()}) → ${change[3]!.trim()}, ${change[4]}`;
  return glyphLine(bullet, body) ?? line;
}

function arrowRecord(line: string): FieldRecord | null {
  // "IN : X (de A) → B, …": a mercato line's label is no part of the record; a departure's line
  // ("OUT : Y → B") is no record at all (mercato-lines.ts)
  const mercato = readMercatoLine(line);
  if (mercato?.direction === "out") return null;
  const text = digestArrowLine(mercato?.text ?? line);
  const arrow = ARROW_LINE.exec(text);
  if (!arrow) return null;
  const left = arrow[1]!.trim();
  const bracket = /^(.*?)\s*\(([^()]+)\)$/u.exec(left);
  const [nameCell, aside] = bracket
    ? [bracket[1]!, bracket[2]!]
    : [
        left.split(/\s*,\s*/u)[0]!,
        left
          .split(/\s*,\s*/u)
          .slice(1)
          .join(", "),
      ];
  const person = personOf(nameCell);
  if (!person || person.rest) return null;
  // "(ex-A)" tells where from; "(B)", a name alone, the house the mover already works in
  const house = aside && !EX.test(aside) && isCompanyName(aside) ? aside.trim() : "";
  // "CTO @ C (ex-A, ex-B)": "@" is "chez", the origin may close the post instead of the name
  const { first, after } = firstSentence(arrow[2]!.trim().replace(/\s+@\s+/u, " chez "));
  // "post (promotion interne) — succède à Y": the one replaced is a cell of its own
  let post = first.replace(PREDECESSOR_AFTER_DASH, ", ");
  // "→ directeur de site, C (interne)": a promotion told after the post is the origin cell
  const promoted = PROMOTION_AFTER_POST.exec(post);
  if (promoted) post = post.slice(0, promoted.index) + post.slice(promoted.index + promoted[0].length);
  const closing = /\s*\(((?:ex[-\s]|anciennement\s)[^()]+)\)\s*$/iu.exec(post);
  if (closing && !aside) post = post.slice(0, closing.index);
  const parts = postParts(post);
  return {
    person: person.name,
    post: parts.post,
    company: parts.employer,
    origin: house ? "" : closing && !aside ? closing[1]! : promoted && !aside ? promoted[1]! : aside,
    predecessor: parts.predecessor,
    house,
    comment: "",
    rest: after,
  };
}

const PREDECESSOR_AFTER_DASH =
  /\s+[—–]\s+(?=(?:succède|succédant|remplace|remplaçant|en remplacement|à la place)\s)/u;
const PROMOTION_AFTER_POST = /\s*\(((?:promotion\s+)?interne|promue?)\)(?=\s*(?:$|,))/iu;

// The post's first sentence and the sentences after it ("→ directeur général, C. Il succède à Y."):
// what follows is told of the mover, after the move the record makes. A capital after a full stop
// opens a sentence, unless the stop closes an initial ("M. Y", "J.-P. Y").
function firstSentence(text: string): { first: string; after: string } {
  const end = /(?<![\s.(-]\p{Lu}|^\p{Lu})\.\s+(?=[\p{Lu}«"])/u.exec(text);
  if (!end) return { first: text, after: "" };
  return { first: text.slice(0, end.index), after: text.slice(end.index + 1).trim() };
}

// "à la place de Y", "en remplacement d'Y", "où elle succède à Y", "succédant à Y": the one replaced,
// told after a comma
const PREDECESSOR_ASIDE =
  /^(?:(?:à la place|en remplacement|en succession)\s+(?:de\s+|d['’])|(?:(?:où|qui)\s+(?:il|elle)\s+)?(?:succède|succédant)\s+à\s+|(?:(?:où|qui)\s+(?:il|elle)\s+)?(?:remplace|remplaçant)\s+)(?=\p{Lu})(.+)$/iu;
const PRONOUN_OPENING =
  /^(?:il|elle|ils|elles|on|celui|celle|ce|cette|ces|son|sa|ses|leur|dont|où|qui)(?![\p{L}])/iu;

// A cell after the title names the employer when it is a name ("Les Goélands", "Enfance & Avenir") or
// an institution told by its head noun without an article ("conseil départemental de la Vézonne",
// "centre départemental de l'enfance"), not a description ("la filiale du groupe", "promu après …").
function namesEmployer(cell: string): boolean {
  if (!cell || STARTS_AS_TITLE(cell) || PRONOUN_OPENING.test(cell) || /^\d/u.test(cell)) return false;
  if (/^\p{Lu}/u.test(cell)) return cell.split(/\s+/u).length <= 12;
  const head = foldWord(cell.split(/\s+/u)[0]!);
  return INSTITUTION_HEADS.has(head) || PLACE_NAMED_HEADS.has(head) || LOWER_HEAD_AT.test(cell);
}
const LOWER_HEAD_AT = new RegExp(`^(?:${LOWER_HEADS})(?![\\p{L}])`, "u");

/**
 * An arrow's post in its parts: "directrice, Les Goélands, à la place de Y" is the title, then the
 * employer after a comma when the title names none of its own, then the one replaced; any other cell
 * (a description, "promu après huit ans") stays with the title as written.
 */
function postParts(post: string): { post: string; employer: string; predecessor: string } {
  const cells = post.split(/\s*,\s+(?![^()]*\))/u);
  const title = cells[0]!;
  let employer = "";
  let predecessor = "";
  const kept = [title];
  cells.slice(1).forEach((cell, i) => {
    const replaced = PREDECESSOR_ASIDE.exec(cell);
    if (replaced && !predecessor) predecessor = replaced[1]!;
    else if (i === 0 && STARTS_AS_TITLE(title) && !HOUSE_OF_TITLE.test(title) && namesEmployer(cell))
      employer = cell;
    else kept.push(cell);
  });
  if (!employer && !predecessor) return { post, employer: "", predecessor: "" };
  return { post: kept.join(", "), employer, predecessor };
}

// --- Records ----------------------------------------------------------------------------------------

export function readFieldRecord(paragraph: string): FieldRecord | null {
  return labelledRecord(paragraph) ?? arrowRecord(paragraph);
}

// The line that opens a record: an arrow line, or a person's label ("Qui :", "Nom :") with a name.
function opensRecord(line: string): boolean {
  if (arrowRecord(line)) return true;
  const fields = labelledFields(line);
  return fields[0]?.field === "person" && fields[0].start <= BULLET.exec(line)![0].length;
}

// A block's lines, one group a record (a record's own lines follow its opening line up to the next
// one), or null when no line opens a record. Lines before the first record are a group of their own,
// not a record.
export function splitFieldBlock(lines: string[]): { lines: string[]; record: boolean }[] | null {
  if (!lines.some(opensRecord)) return null;
  const groups: { lines: string[]; record: boolean }[] = [];
  for (const line of lines) {
    const opens = opensRecord(line);
    if (opens || groups.length === 0) groups.push({ lines: [line], record: opens });
    else groups.at(-1)!.lines.push(line);
  }
  return groups;
}

// A record's lines as one paragraph: a line with no end of its own ends a sentence, so that a field or
// the arrow's post stops where its line does ("→ directrice de B" / "Elle remplace Y").
export function joinRecordLines(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i, all) => (i < all.length - 1 && !/[.;:,!?]$/u.test(line) ? `${line}.` : line))
    .join(" ");
}

// --- Reading ----------------------------------------------------------------------------------------

// "(ex-A)", "(anciennement A)", and a mercato line's "(de A, après B)", "(d'A)": where the mover comes from
const EX =
  /^(?:ex-|ex\s+|anciennement\s+|ancien(?:ne)?\s+de\s+|(?:de|du|des|après|puis)\s+(?=\p{Lu})|d['’](?=\p{Lu}))/iu;
const STARTS_AS_TITLE = (text: string) => {
  const first = foldWord(text.split(/[\s,]+/u)[0] ?? "");
  return ROLE_WORDS.has(first) || TITLE_HEAD_VOCABULARY.has(first) || PAST_POST_OPENING.test(first);
};

/** What a record's origin cell says: a promotion, nothing, the employers left, or a sentence to read. */
export interface Origin {
  promoted: boolean;
  /** A post the mover keeps ("qu'il continue de diriger", "sortante"): no employer left. */
  kept: boolean;
  previous: string[];
  /** Words to read as they stand (a title held before, a sentence). */
  words: string;
}

function isCompanyName(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) && !STARTS_AS_TITLE(text) && !/[,;]/u.test(text) && text.split(/\s+/u).length <= 6
  );
}

export function originOf(cell: string): Origin {
  const text = cleanValue(cell);
  const folded = foldWord(text);
  if (!text || EMPTY_CELL.test(folded)) return { promoted: false, kept: false, previous: [], words: "" };
  const promoted = PROMOTED_CELL.exec(folded);
  if (promoted)
    return { promoted: true, kept: false, previous: [], words: cleanValue(text.slice(promoted[0].length)) };
  if (KEPT_CELL.test(folded)) return { promoted: false, kept: true, previous: [], words: "" };
  // "A ; auparavant B", "A, précédemment B", "B puis A": the employers left
  const clauses = text.split(/\s*[;,]\s*|\s+(?=puis\s)/u);
  if (
    clauses.length > 1 &&
    clauses.slice(1).every((clause) => EARLIER_ORIGIN_OPENING.test(foldWord(clause)))
  ) {
    const names = clauses.map((clause, i) =>
      i === 0 ? clause : clause.slice(EARLIER_ORIGIN_OPENING.exec(foldWord(clause))![0].length),
    );
    const employers = names.map(employerOfCell);
    if (employers.every((name) => name !== null))
      return { promoted: false, kept: false, previous: employers as string[], words: "" };
  }
  // "A ; B", "A / B": a list of houses left, each a name (a comma may be inside one: "Dupont, Fils")
  const listed = text.split(/\s*;\s*|\s+\/\s+/u);
  if (listed.length > 1 && listed.every(isCompanyName))
    return { promoted: false, kept: false, previous: listed, words: "" };
  // "ex-A, ex-B", "A (directeur régional)", "A": employers left, written as names; after "ex-", an
  // institution told by its head noun too ("ex-conseil départemental de C")
  const cells = text.split(/\s*,\s*(?=ex[-\s]|(?:après|puis)\s+\p{Lu})/iu);
  const parts = cells.map((part) => part.replace(EX, "").replace(/\s*\([^()]*\)$/u, ""));
  // (or one after a lower-case noun of its trade, kept as written: "ex-cabinet Aldaris Avocats")
  const exEmployer = (part: string, i: number) =>
    EX.test(cells[i]!) && (namesEmployer(part) || employerOfCell(part) !== null);
  if (parts.every((part, i) => isCompanyName(part) || exEmployer(part, i)))
    return { promoted: false, kept: false, previous: parts, words: "" };
  const employer = employerOfCell(text);
  if (employer) return { promoted: false, kept: false, previous: [employer], words: "" };
  return { promoted: false, kept: false, previous: [], words: text };
}

// A cell that is one employer: a name ("Levage Morvan"), an institution named in lower case ("service
// régional de l'archéologie du Val-de-Siane"), or a name after a lower-case noun of a trade
// ("cabinet Aldaris Conseil", "laboratoires Vernisson"). The singular noun describes the house and
// goes, as in running text ("le cabinet X"); a plural one is part of the name ("Laboratoires X",
// "Transports Y", written so by the houses themselves).
function employerOfCell(cell: string): string | null {
  const text = cell.trim();
  if (isCompanyName(text)) return text;
  if (isOneEmployerName(text)) return text;
  const described = /^(\p{Ll}[\p{L}-]*)\s+(\p{Lu}.*)$/u.exec(text);
  if (!described || !isCompanyName(described[2]!)) return null;
  const noun = described[1]!;
  const singular = noun.replace(/[sx]$/u, "");
  const trade = (word: string) =>
    COMPANY_DESCRIPTORS.includes(word) ||
    EMPLOYER_NOUNS.includes(word) ||
    INSTITUTION_HEADS.has(foldWord(word));
  if (trade(noun) && !/[sx]$/u.test(noun)) return described[2]!;
  return trade(singular) ? text : null;
}

const feminine = (record: FieldRecord) =>
  hasFeminineFirstName({ name: record.person }) ||
  /^(?:\S*(?:rice|euse|ière|ere|ée|enne|esse)|cheffe|présidente|associée|adjointe)/iu.test(record.post);

/**
 * The record told as sentences the sentence model reads: "X, ex-A, est nommée directrice de B. Elle
 * remplace Y." A promotion and a company column are said so ("Chez B, X est promu …").
 */
// "Société : Bondissimo (promu)", "Ferlog (ex-Orvane)": a remark in brackets after the employer's
// name says where the mover comes from, as an origin column would; it is no part of the name
const REMARK_AFTER_COMPANY =
  /^(.+?)\s*\(((?:ex-|promue?s?(?![\p{L}])|promotion|en interne|interne)[^()]*)\)$/u;

function withCompanyRemark(record: FieldRecord): FieldRecord {
  const remark = record.origin.trim() ? null : REMARK_AFTER_COMPANY.exec(cleanValue(record.company));
  return remark ? { ...record, company: remark[1]!, origin: remark[2]! } : record;
}

export function recordSentences(told: FieldRecord): string {
  const record = withCompanyRemark(told);
  const she = feminine(record);
  const e = she ? "e" : "";
  const origin = originOf(record.origin);
  const post = cleanValue(record.post);
  const company = cleanValue(record.company);
  const inCompany = company && !EMPTY_CELL.test(foldWord(company)) ? company : "";
  const postStartsAsTitle = STARTS_AS_TITLE(post) || /^\p{Ll}/u.test(post);
  // "Pivolabs (CTO)", "Pivolabs, CTO", "Pivolabs – CTO": the employer first, the title after it
  const employerFirst = postStartsAsTitle
    ? null
    : /^([^(),–—]+?)\s*(?:\(([^()]+)\)|[,–—]\s*(.+))$/u.exec(post);
  const titleAfter = employerFirst ? (employerFirst[2] ?? employerFirst[3])!.trim() : "";
  const said = postStartsAsTitle
    ? `${origin.promoted ? `est promu${e}` : `est nommé${e}`} ${post}${inCompany ? ` chez ${inCompany}` : ""}`
    : employerFirst && STARTS_AS_TITLE(titleAfter)
      ? `rejoint ${employerFirst[1]!.trim()} comme ${titleAfter}`
      : `rejoint ${post}${inCompany ? ` chez ${inCompany}` : ""}`;
  const sentences: string[] = [];
  if (record.house) {
    sentences.push(`Chez ${record.house}, ${record.person} ${said.replace(/^est nommé/u, "est promu")}.`);
  }
  // "ex-responsable de l'action sociale de C": a title held before, elsewhere than the new post
  const formerTitle = EX.exec(origin.words);
  const apposition =
    origin.previous.length > 0
      ? `, ex-${origin.previous.join(", ex-")},`
      : formerTitle && STARTS_AS_TITLE(origin.words.slice(formerTitle[0].length))
        ? `, ancien${she ? "ne" : ""} ${origin.words.slice(formerTitle[0].length)},`
        : origin.words && STARTS_AS_TITLE(origin.words)
          ? `, jusqu'ici ${origin.words.replace(/^jusqu['’]ici\s+|^jusque-là\s+/iu, "")},`
          : "";
  if (!record.house) sentences.push(`${record.person}${apposition} ${said}.`);
  if (origin.words && !formerTitle && !apposition.includes(origin.words)) {
    sentences.push(
      /^\p{Lu}|^(?:l['’]|le |la |les |un |une )/u.test(origin.words) && !STARTS_AS_TITLE(origin.words)
        ? `${she ? "Elle" : "Il"} vient de ${origin.words}.`
        : `${origin.words.charAt(0).toUpperCase()}${origin.words.slice(1)}.`,
    );
  }
  if (record.predecessor)
    sentences.push(`${she ? "Elle" : "Il"} remplace ${cleanValue(record.predecessor)}.`);
  if (record.rest) sentences.push(`${record.rest}.`);
  return sentences.join(" ").replace(/\.\./gu, ".");
}

/**
 * What the layout states outright wins over the reading: the company of a column, a promotion, the
 * employers an origin cell names. A house named before the arrow ("X (B) → directeur de C") is the
 * mover's own: a promotion, and B left when C is another company.
 */
export function settleFieldMove(draft: DraftMove, told: FieldRecord): void {
  const record = withCompanyRemark(told);
  if (personKey(draft.person) !== personKey(record.person)) return;
  const origin = originOf(record.origin);
  const company = cleanValue(record.company);
  // (and the article of the name the cell writes: "chez L'Atelier du Dos" read in a sentence loses it)
  const article = /^(?:L['’]|Le\s|La\s|Les\s)/u;
  if (
    company &&
    !EMPTY_CELL.test(foldWord(company)) &&
    (companyKey(draft.company) !== companyKey(company) ||
      (article.test(company) && !article.test(draft.company)))
  ) {
    draft.company = company;
  }
  if (record.house) {
    draft.kind = "promoted";
    if (companyKey(draft.company) !== companyKey(record.house))
      draft.previous_companies = [...new Set([record.house, ...draft.previous_companies])];
  } else if (origin.promoted) {
    draft.kind = "promoted";
    draft.previous_companies = [];
  } else if (origin.previous.length > 0) {
    const left = origin.previous.filter((name) => companyKey(name) !== companyKey(draft.company));
    // "ex-Le Coffre à Jeux" read "Le Coffre" in the sentence: a name cut short of one the cell states
    const cutShort = (name: string) =>
      left.some((full) => companyKey(full).startsWith(`${companyKey(name)} `));
    draft.previous_companies = [
      ...new Set([...left, ...draft.previous_companies.filter((name) => !cutShort(name))]),
    ];
    if (left.length === 0) draft.kind = "promoted";
    else if (draft.kind === "appointed") draft.kind = "joined";
  } else if (origin.kept) {
    draft.previous_companies = [];
    draft.kind = "appointed";
  } else if (!record.origin.trim() || EMPTY_CELL.test(foldWord(cleanValue(record.origin)))) {
    if (record.company || EMPTY_CELL.test(foldWord(cleanValue(record.origin)))) draft.kind = "appointed";
  }
  // the post column is the whole title when a column of its own names the employer: a title cut
  // short at a word that may open a name ("directrice de la chaîne du froid", "directeur du réseau
  // de dépanneurs") is given back its end
  const post = cleanValue(record.post);
  if (
    company &&
    draft.role &&
    post.length > draft.role.length &&
    post.startsWith(draft.role) &&
    /^\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?\p{Ll}/u.test(post.slice(draft.role.length)) &&
    !companyKey(post.slice(draft.role.length)).includes(companyKey(company)) &&
    !/[(),;:]/u.test(post)
  ) {
    draft.role = post;
  }
  // "directeur d'agence de Ravières" in the post column, the employer in a column of its own: the
  // town names the site of the post, not a house, and stays in the title the reading cut at it
  const town = post.slice(draft.role.length);
  if (
    company &&
    draft.role &&
    post.startsWith(draft.role) &&
    SITE_BEFORE.test(draft.role) &&
    SITE_TOWN.test(town)
  )
    draft.role = post;
  // "→ B, directeur des relations avec la profession": a title the layout states whole after its
  // employer is the title, when the reading cut it short
  const stated = statedTitle(record.post);
  if (stated && stated !== draft.role && stated.startsWith(`${draft.role} `)) draft.role = stated;
  draft.reasons.push(note(NOTES.readFromFieldLayout));
}

// A title ending on a site's noun ("directrice d'agence", "responsable du dépôt") and a town after it
const SITE_BEFORE =
  /(?<![\p{L}])(?:agence|bureau|antenne|site|usine|dépôt|entrepôt|succursale|implantation|campus|délégation|plateforme|centre|magasin|établissement)s?$/iu;
const SITE_TOWN = /^\s(?:de|d['’])\s*\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$/u;

// The title of an employer-first post ("Liasse Express, directeur des relations avec la profession"),
// or null
function statedTitle(post: string): string | null {
  const text = cleanValue(post);
  if (STARTS_AS_TITLE(text) || /^\p{Ll}/u.test(text)) return null;
  const employerFirst = /^([^(),–—]+?)\s*[,–—]\s*([^,;()]+)$/u.exec(text);
  return employerFirst && STARTS_AS_TITLE(employerFirst[2]!) ? employerFirst[2]!.trim() : null;
}

// A title held before at a named house ("(directeur commercial de B) → directeur général de la maison
// familiale"): when the post names no employer the reader takes, the house is B, a promotion.
const HOUSE_OF_TITLE = /(?:\s(?:de|du|des|chez)\s+|\sd['’])(\p{Lu}[^,;()]*)$/u;

/**
 * The sentences to read a record on: recordSentences, or, when they give the mover no move and the
 * origin is a title at a named house, the same told as a promotion in that house.
 */
export function fieldRecordText(record: FieldRecord): string {
  const text = recordSentences(record);
  const readsMover = (sentences: string) =>
    extractParagraphMoves(sentences).some((draft) => personKey(draft.person) === personKey(record.person));
  // (both other readings rest on the origin cell: a record without one is read once)
  if (!record.origin.trim() || readsMover(text)) return text;
  const house = record.house ? null : HOUSE_OF_TITLE.exec(cleanValue(record.origin));
  if (house && STARTS_AS_TITLE(record.origin)) {
    const promoted = recordSentences({ ...record, origin: "", house: house[1]!.trim() });
    if (readsMover(promoted)) return promoted;
  }
  // "X, ex-Pool House Saint-Albrin, ex-B, est nommée …": an origin's names may read as a person's
  // ("House Saint-Albrin") and hide the mover; the post told alone reads the mover, and
  // settleFieldMove gives the record back the employers its origin cell names (a cell of names only:
  // a sentence's other people, "elle succède à Y, nommé …", are moves of their own)
  if (originOf(record.origin).previous.length === 0) return text;
  const alone = recordSentences({ ...record, origin: "" });
  return readsMover(alone) ? alone : text;
}
