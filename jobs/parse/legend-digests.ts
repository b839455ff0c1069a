// Symbol digests under a legend: a line "Légende : » arrivée · ↑ promotion · ◆ conseil · † disparition"
// (or "Légende :: => recrutement  ++ promotion  [CA] gouvernance  RIP décès") then one item a line, a
// marker of the legend first, then cells parted by " | ", " :: " or " — " in whatever order the issue
// chose ("» X | directrice des achats | C (ex-A)", "=> C :: X :: directrice technique — ex-A").
// The legend says what each marker means, so the marker, not the wording, tells the move's kind, and
// whether the line tells a move at all (a death, a prize, a rumour, a re-election is none). Each cell is
// typed by what it holds, never by where it stands: a person's name, a title (the title lexicon), an
// employer, where the mover comes from ("ex-A", "auparavant A", "était R"), the one replaced ("succède
// à Y", "remplace Y"). A typed item is rewritten as labelled fields ("Nom : X ; Poste : … ; Société :
// …"), which field-layouts.ts reads as a record; an item it cannot type is left as written, its own
// paragraph, for an editor to read (unread.ts).

import { fieldOfLabel } from "./field-layouts.ts";
import { isFrenchWord } from "./french-words.ts";
import {
  type DigestCellKind,
  EMPLOYER_INTRODUCERS,
  LABELLED_CELL_KINDS,
  LEGEND_LABELS,
  LEGEND_MEANINGS,
  LEGEND_NOTATION,
  type LegendMeaning,
  NO_MOVE_STATUS,
  noMoveStatusOf,
} from "./lexicon/legends.ts";
import {
  COMPANY_DESCRIPTORS,
  COMPANY_NAME_WORDS,
  foldWord,
  HONORIFIC,
  LEGAL_FORMS,
  OFFICE_HEAD_NOUNS,
  ROLE_WORDS,
  TITLE_HEAD_VOCABULARY,
} from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";

export type { LegendMeaning };

/** A legend's markers and what each means, the longest markers first (so "=>" is tried before "="). */
export type Legend = ReadonlyArray<{ marker: string; meaning: LegendMeaning }>;

// "Mouvements — Légende : ⇢ arrivée · ↑ promotion": the section's heading may open the legend's line,
// before a dash; it stays a heading (the section is found by it) when the legend is taken out
const LEGEND_LINE = new RegExp(
  `^\\s*(?:([^\\s:—–][^:—–]{0,40}?)\\s+[—–]\\s+)?(?:${LEGEND_LABELS.join("|")})\\s*:{1,2}\\s*(.+)$`,
  "iu",
);

/** The heading a legend's line opens on ("Mouvements — Légende : …"), or "". */
function headingBeforeLegend(line: string): string {
  return LEGEND_LINE.exec(line)?.[1]?.trim() ?? "";
}

// A marker is a token without a lower-case letter ("»", "↑", "=>", "[CA]", "(?)", "RIP"); an ellipsis
// stands for the names inside a meaning ("de … vers …"), "ou" joins two markers of one meaning
// ("(x)", "[i]": a letter or two in brackets is a marker too)
const isMarkerToken = (token: string) =>
  (!/\p{Ll}/u.test(token) || /^[([<]\p{L}{1,2}[)\]>]$/u.test(token)) && !/^[.…]+$/u.test(token);
const JOINING_WORDS = new Set(["ou", "or", "/", "et"]);
const ENTRY_SEPARATORS = new Set(["·", ";", "|", ",", "•"]);

function meaningOf(words: string): LegendMeaning | null {
  const folded = foldWord(words);
  for (const [pattern, meaning] of LEGEND_MEANINGS) if (pattern.test(folded)) return meaning;
  return null;
}

// A legend with no label, each entry a marker, "=" and its meaning: "↗ = arrivée · ★ = promotion · ◆ =
// conseil" (two entries at least, so that a line "= arrivée" alone is none)
const UNLABELLED_ENTRY =
  /^\s*([^\p{L}\p{N}\s]{1,3}|\([^\p{L}\p{N}\s()]{1,3}\))\s*=\s*(\p{Ll}[\p{Ll}\s'’-]*?)\s*$/u;
function unlabelledLegendBody(line: string): string | undefined {
  const entries = line.split(/[·;|•]/u).map((entry) => UNLABELLED_ENTRY.exec(entry));
  if (entries.length < 2 || entries.some((entry) => !entry)) return undefined;
  return entries.map((entry) => `${entry![1]} ${entry![2]}`).join(" · ");
}

/** The legend a line gives, or null when the line is no legend or a meaning of it is unknown. */
export function readLegend(line: string): Legend | null {
  const body = LEGEND_LINE.exec(line)?.[2] ?? unlabelledLegendBody(line);
  if (!body) return null;
  const tokens = body
    .split(/\s+/u)
    .map((token) => token.replace(/[;,]$/u, ""))
    .filter((token) => token && !ENTRY_SEPARATORS.has(token));
  const entries: { markers: string[]; words: string[] }[] = [];
  for (const token of tokens) {
    const last = entries.at(-1);
    if (isMarkerToken(token)) {
      if (last && last.words.length === 0) last.markers.push(token);
      else entries.push({ markers: [token], words: [] });
    } else if (last && !(last.words.length === 0 && JOINING_WORDS.has(token))) last.words.push(token);
  }
  if (entries.length < 2) return null;
  const legend: { marker: string; meaning: LegendMeaning }[] = [];
  for (const entry of entries) {
    const meaning = meaningOf(entry.words.join(" "));
    if (!meaning && LEGEND_NOTATION.test(foldWord(entry.words.join(" ")))) continue;
    if (!meaning) return null;
    for (const marker of entry.markers) legend.push({ marker, meaning });
  }
  if (new Set(legend.map((entry) => entry.meaning)).size < 2) return null;
  return legend.sort((a, b) => b.marker.length - a.marker.length);
}

// Between cells: " | ", " :: ", a dash with spaces on either side ("… directrice technique — ex-A"),
// an arrow before the one replaced ("directrice technique (ex-A) => remplace Y"), and a double
// chevron from the house left to the one joined ("X (ex-A) >> C, directrice technique"), and "@"
// before the house, as "chez" ("X, directrice technique @ C — venue de A")
// (or " // ", a bullet, a middle dot)
const CELL_SEPARATOR = /\s+(?:\||::|\/\/|[•·]|—|–|>>|@|[=>→⇒»]{1,3}(?=\s+(?:succ[eè]de|rempla|replac)))\s+/u;
// Inside a cell, the asides after its head: "C (ex-A), succède à Y", "ex-A ; remplace Y"
const ASIDE_OPENING =
  /^\s+(?:ex[-\s]|auparavant|précédemment|anciennement|succède|succédant|remplace|en remplacement|à la place|était|jusqu|promotion|promue?\b|venue?\s+d|arrivée?\s+d|transfuge\s+d|formerly|previously|replac|succeed)/iu;

const PREDECESSOR =
  /^(?:succède à|succédant à|remplace|remplaçant|en remplacement d(?:e\s+|u\s+|['’])|à la place d(?:e\s+|['’])|replaces|replacing|succeeds|succeeding|in place of)\s*(\p{Lu}.*)$/iu;
const ORIGIN =
  /^(?:\d{1,2}\s+ans\s+(?:chez|à|au sein d(?:e\s+|['’]))\s*|arrivée?\s+d(?:e\s+|['’])|arrive\s+d(?:e\s+|['’])|ex-|ex\s+|anciennement\s+|auparavant\s+|précédemment\s+|venue?s?\s+d(?:es?\s+|u\s+|['’])|vient\s+d(?:es?\s+|u\s+|['’])|issue?s?\s+d(?:es?\s+|u\s+|['’])|transfuges?\s+d(?:es?\s+|u\s+|['’])|formerly\s+(?:at\s+|with\s+)?|previously\s+(?:at\s+|with\s+)?|(?:joins\s+)?from\s+)/iu;
// "était adjoint au directeur", "jusqu'ici chargée d'affaires": the post held before, in the house
const FORMER_POST = /^(?:était|jusqu['’]ici|jusque-là|anciennement)\s+\p{Ll}/iu;
const PROMOTED =
  /^(?:promue?|promotion(?:\s+interne)?|en\s+interne|interne|mobilité\s+interne|promoted|internal(?:\s+promotion)?)$/iu;

type CellType = DigestCellKind;

interface TypedCell {
  type: CellType;
  text: string;
}

// A cell's trailing aside in brackets, nested ones kept whole: "C (ex-A (Agence de B))" → "C", "ex-A (…)"
function trailingBracket(cell: string): { head: string; aside: string } | null {
  if (!cell.endsWith(")")) return null;
  let depth = 0;
  for (let i = cell.length - 1; i >= 0; i--) {
    if (cell[i] === ")") depth++;
    else if (cell[i] === "(") {
      depth--;
      if (depth === 0) {
        const head = cell.slice(0, i).trim();
        return head ? { head, aside: cell.slice(i + 1, -1).trim() } : null;
      }
    }
  }
  return null;
}

const firstWord = (text: string) => foldWord(text.split(/[\s,]+/u)[0] ?? "");

function isTitle(text: string): boolean {
  const first = firstWord(text);
  return ROLE_WORDS.has(first) || TITLE_HEAD_VOCABULARY.has(first) || OFFICE_HEAD_NOUNS.has(first);
}

// How sure a capitalised cell is a person's name: 2 a name with a known first name or a surname in
// capitals, 1 a run of name words, 0 none; a house's marks ("&", an article, a legal form, a word of
// a company's name) make it none.
function personScore(cell: string): number {
  const mention = findPersonMentions(cell).find((m) => m.start === 0 && m.end === cell.length);
  if (!mention) return 0;
  const words = cell.split(/\s+/u).map(foldWord);
  if (
    /[&\d]/u.test(cell) ||
    /^(?:L['’]|Le\s|La\s|Les\s)/u.test(cell) ||
    words.some((w) => LEGAL_FORMS.includes(w) || COMPANY_NAME_WORDS.has(w) || COMPANY_DESCRIPTORS.includes(w))
  )
    return 0;
  if (isConfidentPerson(mention)) return 2;
  // "Brasserie du Vallon", "Refuge du Col Blanc": a common noun opens a house's name, not a first name
  return isFrenchWord(cell.split(/[\s-]/u)[0]!.toLowerCase()) ? 0 : 1;
}

// "Ex- : A", "Précédemment : A", "Remplace : Y": a cell that says what it is by a label of the field
// layouts' table; the value alone stays
const LABELLED_CELL = /^(\p{L}[\p{L}'’()-]*(?:\s+[\p{L}'’()-]+){0,3})\s*:\s+(\S.*)$/u;

function labelledCell(text: string): TypedCell[] | null {
  const found = LABELLED_CELL.exec(text);
  const field = found ? fieldOfLabel(found[1]!) : null;
  if (!field) return null;
  const value = found![2]!.trim();
  // "Ex- : —": a cell that says nothing
  if (!/[\p{L}\p{N}]/u.test(value)) return [];
  if (field === "comment") return typePiece(value);
  return [{ type: LABELLED_CELL_KINDS[field], text: value }];
}

const EMPLOYER_INTRODUCER = new RegExp(
  `^(.*?\\S)\\s+(?:${EMPLOYER_INTRODUCERS.join("|")})\\s+(\\p{Lu}.*)$`,
  "u",
);

// "directrice technique chez Verrerie du Lac", "CFO at Harbour Foods": a title, then the house its
// holder works for
function employerCell(text: string): TypedCell[] | null {
  const found = EMPLOYER_INTRODUCER.exec(text);
  if (!found || !isTitle(found[1]!)) return null;
  return [
    { type: "role", text: found[1]! },
    { type: "company", text: found[2]! },
  ];
}

const KIND_CELL = /^(\p{Ll}+)(?:\s+(?:par|by)\s+\S.*)?$/u;

function typePiece(piece: string): TypedCell[] {
  const text = piece.trim().replace(/[.,;]$/u, "");
  if (!text) return [];
  const labelled = labelledCell(text);
  if (labelled) return labelled;
  const employed = employerCell(text);
  if (employed) return employed;
  const replaced = PREDECESSOR.exec(text);
  if (replaced) return [{ type: "predecessor", text: replaced[1]!.trim() }];
  // "transfuge de A, où il a passé sept ans": the house, not what the relative clause says of it
  if (ORIGIN.test(text) || FORMER_POST.test(text))
    return [{ type: "origin", text: text.replace(/,\s*(?:où|qui|dont|après)\s.*$/u, "") }];
  if (PROMOTED.test(text)) return [{ type: "promoted", text }];
  // "nomination", "arrivée": one word that names the kind of move, where a legend would put a marker,
  // with or without who made it ("nommé par le bureau", "elected by the members")
  const kindWord = KIND_CELL.exec(text)?.[1];
  if (kindWord && !isTitle(kindWord) && meaningOf(kindWord)?.kind) return [{ type: "kind", text: kindWord }];
  if (NO_MOVE_STATUS.test(foldWord(text))) return [{ type: "status", text }];
  // (a rank before a name is no title of the cell: "Colonel Anne Roy")
  const named = /^\p{Lu}/u.test(text) && personScore(text) === 0 ? nameAfterRank(text) : null;
  if (named) return [{ type: "person", text: named }];
  if (isTitle(text) || /^\p{Ll}/u.test(text)) return [{ type: "role", text }];
  if (/^\p{Lu}/u.test(text)) return [{ type: personScore(text) > 0 ? "person" : "company", text }];
  return [{ type: "status", text }];
}

// "Me Laure Kerdraon", "Dr Anne Roy", "Capitaine Yves Le Bras", "Colonel Marc Aubry": a title of
// courtesy or a rank (one word of the language, as "capitaine") before a name a known first name opens;
// the name is what follows it
const COURTESY = new RegExp(`^(?:${HONORIFIC}|Mlle|Mrs|Ms)$`, "u");
function nameAfterRank(cell: string): string | null {
  const [rank, ...rest] = cell.split(/\s+/u);
  const name = rest.join(" ");
  if (!rank || rest.length < 2) return null;
  if (!COURTESY.test(rank) && !(/^\p{Lu}\p{Ll}+$/u.test(rank) && isFrenchWord(rank.toLowerCase())))
    return null;
  return personScore(name) === 2 ? name : null;
}

// "C, directrice technique": a title after a comma is a cell of its own
const opensOnTitle = (rest: string) => /^\s+\p{Ll}/u.test(rest) && isTitle(rest.trim());
// "directrice d'atelier, Archets Delorval (ex-A)": so is the house after a title in small letters
const houseAfterTitle = (before: string, rest: string) =>
  /^\s+\p{Lu}/u.test(rest) && /^\p{Ll}/u.test(before.trim()) && isTitle(before.trim());
// "C ; Ex- : A", "C, Précédemment : A": a labelled cell after a comma or a semicolon
const opensLabelledCell = (rest: string) => labelledCell(rest.trim()) !== null;

// The clauses of a cell after a comma or a semicolon that opens an aside ("ex-A ; remplace Y", "C (…),
// succède à Y"), never inside brackets ("C (ex-A, ex-B)" is one clause)
function clausesOf(cell: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (char === "," || char === ";") &&
      (ASIDE_OPENING.test(cell.slice(i + 1)) ||
        opensLabelledCell(cell.slice(i + 1)) ||
        (char === "," && opensOnTitle(cell.slice(i + 1))) ||
        (char === "," && houseAfterTitle(cell.slice(from, i), cell.slice(i + 1))))
    ) {
      clauses.push(cell.slice(from, i));
      from = i + 1;
    }
  }
  clauses.push(cell.slice(from));
  return clauses.map((clause) => clause.trim()).filter((clause) => clause.length > 0);
}

const ACRONYM_WITH_NAME = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}\s*\((\p{Lu}[^()]*\s[^()]*)\)$/u;

// A cell's head and its asides: each clause, then the brackets at its end ("C (ex-A, ex-B)", "ISOP
// (Institut …) (ex-A)"); an acronym's expansion or a name in brackets stays with its head
function typeCell(cell: string): TypedCell[] {
  return clausesOf(cell).flatMap((clause, index, clauses) => {
    // "directrice de production, Pomarel Engineering": what follows a title and its comma is its house,
    // however much it looks like a name
    const house = index > 0 && houseAfterTitle(clauses[index - 1]!, ` ${clause}`);
    const asides: TypedCell[] = [];
    let head = clause;
    for (let bracket = trailingBracket(head); bracket; bracket = trailingBracket(head)) {
      const typed = typeCell(bracket.aside);
      if (typed.every((t) => t.type === "company" || t.type === "person")) break;
      asides.unshift(...typed);
      head = bracket.head;
    }
    // "ISOP (Institut supérieur d'ostéopathie de Provence)": the house is named in full
    const expanded = ACRONYM_WITH_NAME.exec(head);
    const typed = typePiece(expanded ? expanded[1]! : head);
    return [
      ...(house ? typed.map((t) => (t.type === "person" ? { ...t, type: "company" as const } : t)) : typed),
      ...asides,
    ];
  });
}

/** An item's cells typed: the one person, the title, the employer and the asides, or null. */
export interface DigestItem {
  person: string;
  role: string;
  company: string;
  origin: string[];
  predecessor: string;
  promoted: boolean;
  /** What a cell naming the kind of move says ("nomination"), for an item no marker opens. */
  kind: LegendMeaning | null;
  /** Why the cells say the item is no move ("rumeur", "départ"), "?" for a cell of no known type, or "". */
  status: string;
  statusText: string;
}

const ONE_WORD_PLACE = /^\p{Lu}\p{Ll}+(?:-\p{L}[\p{Ll}'’]*)*$/u;

export function typeItemCells(body: string): DigestItem | null {
  const cells = body.split(CELL_SEPARATOR).map((cell) => cell.trim());
  const typed = cells.flatMap(typeCell);
  // one cell is an item when its clauses name a house ("X, directrice technique chez C")
  if (cells.length < 2 && !typed.some((t) => t.type === "company")) return null;
  // two capitalised cells read as names: the surer one is the person, the other the house
  const names = typed.filter((t) => t.type === "person");
  if (names.length > 1) {
    const scores = names.map((t) => personScore(t.text));
    const best = Math.max(...scores);
    if (scores.filter((s) => s === best).length > 1) return null;
    names.forEach((t, i) => {
      if (scores[i] !== best) t.type = "company";
    });
  }
  // "Montbrac | Conserverie Marsal | X | directrice commerciale": a table sorted by town opens each row
  // on a one-word place before the house; beside a house of several words it is no second employer
  const houses = typed.filter((t) => t.type === "company");
  const opening = typed[0];
  if (
    houses.length === 2 &&
    opening?.type === "company" &&
    cells[0] === opening.text &&
    ONE_WORD_PLACE.test(opening.text) &&
    !isFrenchWord(opening.text.toLowerCase()) &&
    houses[1]!.text.split(/\s+/u).length > 1
  )
    typed.shift();
  const of = (type: CellType) => typed.filter((t) => t.type === type).map((t) => t.text);
  const [person] = of("person");
  const roles = of("role");
  const companies = of("company");
  if (!person || roles.length > 1 || companies.length > 1 || of("predecessor").length > 1) return null;
  return {
    person,
    role: roles[0] ?? "",
    company: companies[0] ?? "",
    origin: of("origin"),
    predecessor: of("predecessor")[0] ?? "",
    promoted: of("promoted").length > 0,
    kind:
      of("kind")
        .map(meaningOf)
        .find((meaning) => meaning) ?? null,
    status:
      of("status")
        .map((text) => noMoveStatusOf(foldWord(text)) ?? "")
        .find((reason) => reason) ?? (of("status").length > 0 ? "?" : ""),
    statusText: of("status")[0] ?? "",
  };
}

// A line's marker: the legend's longest marker the line opens with, followed by a space
function markerOf(line: string, legend: Legend): LegendMeaning | null {
  const text = line.trimStart();
  const found = legend.find(
    ({ marker }) => text.startsWith(marker) && /^\s/u.test(text.slice(marker.length)),
  );
  return found?.meaning ?? null;
}

// A line that opens on a token of no letter ("?", "✕", "==", "**") and has cells: an item whose marker
// the legend leaves out
const UNLISTED_MARKER = /^\s*([^\p{L}\p{N}\s«“"]+)\s+(\S.*)$/u;

/** The labelled fields an item says (field-layouts.ts reads them as a record). */
function labelledItem(item: DigestItem, meaning: LegendMeaning): string {
  const fields = [`Nom : ${item.person}`];
  // a no-move item's post is what its cells say instead ("pressenti chez C", "réélu président")
  const post = item.role || (meaning.kind === null ? item.statusText : "");
  if (post) fields.push(`Poste : ${post}`);
  if (item.company) fields.push(`Société : ${item.company}`);
  if (meaning.kind === "promoted") fields.push("Origine : promotion interne");
  else {
    // "ex-A, auparavant B": each house left, told the one way the field's reader lists them
    const left = item.origin
      .filter((origin) => !FORMER_POST.test(origin))
      .map((origin) => `ex-${origin.replace(ORIGIN, "")}`);
    if (left.length > 0) fields.push(`Origine : ${left.join(", ")}`);
  }
  if (item.predecessor) fields.push(`Remplace : ${item.predecessor}`);
  if (meaning.kind === null) fields.push(`Commentaire : ${meaning.reason}`);
  return fields.join(" ; ");
}

function bodyAfterMarker(line: string, legend: Legend): string {
  const text = line.trimStart();
  const found = legend.find(({ marker }) => text.startsWith(marker))!;
  return text.slice(found.marker.length).trim();
}

// An item with no marker: a person, a title and a house, nothing the cells leave untyped
const isPlainItem = (item: DigestItem | null) =>
  !!item && !!item.role && !!item.company && !item.status && !item.predecessor;

// After the digest, prose between: "↑ X — directrice des achats — C ; succède à Y" further down uses
// the legend given above it, and "Montbrac | C | X | délégué général | nommé par le bureau" the digest's
// cells without a marker. Only an item its cells type whole is read; any other line stays as written.
function laterItem(line: string, legend: Legend, apart: (line: string) => string[]): string[] {
  const meaning = markerOf(line, legend);
  if (meaning) {
    const item = typeItemCells(bodyAfterMarker(line, legend));
    const typed = item && (meaning.kind === null || ((item.role || item.company) && !item.status));
    return typed ? apart(labelledItem(item, meaning)) : [line];
  }
  if (!CELL_SEPARATOR.test(line) || UNLISTED_MARKER.test(line)) return [line];
  const item = typeItemCells(line);
  return isPlainItem(item) ? apart(labelledItem(item!, item!.kind ?? { kind: "appointed" })) : [line];
}

/**
 * The lines with each item under a legend rewritten as labelled fields, a blank line around it when the
 * text parts its paragraphs with blank lines (each item is a paragraph of its own), and the legend line
 * itself taken out once it has been read (it is no move). Lines of no legend's digest stay as they are.
 */
export function rewriteLegendDigests(lines: string[]): string[] {
  const blankLines = lines.some((line) => !line.trim());
  const out: string[] = [];
  let legend: Legend | null = null;
  let ended: Legend | null = null;
  let legendAt = -1;
  let items = 0;
  const apart = (line: string) => (blankLines ? ["", line, ""] : [line]);
  for (const line of lines) {
    const read = readLegend(line);
    if (read) {
      legend = read;
      legendAt = out.length;
      items = 0;
      out.push(line);
      continue;
    }
    if (!legend && ended && line.trim()) {
      out.push(...laterItem(line, ended, apart));
      continue;
    }
    if (!legend || !line.trim()) {
      out.push(line);
      continue;
    }
    const meaning = markerOf(line, legend);
    if (meaning) {
      const item = typeItemCells(bodyAfterMarker(line, legend));
      if (item && (meaning.kind === null || ((item.role || item.company) && !item.status)))
        out.push(...apart(labelledItem(item, meaning)));
      // a no-move item the cells do not type is still no move: an editor has nothing to add from it
      else if (meaning.kind === null) out.push(...(blankLines ? [""] : []));
      else out.push(...apart(line));
      items++;
      // the legend is understood once one item is read by it (a text of no blank line gets none); a
      // heading before it on its line stays
      const heading = headingBeforeLegend(out[legendAt] ?? "");
      if (items === 1 && (blankLines || heading)) out[legendAt] = heading;
      else if (items === 1) out.splice(legendAt, 1);
      continue;
    }
    // (a line before the first item, an introduction or a heading, stays as written, unless its cells
    // read whole as a person, a title and a house)
    if (items === 0 && !(CELL_SEPARATOR.test(line) && isPlainItem(typeItemCells(line)))) {
      out.push(line);
      continue;
    }
    // a line of cells goes on with the digest: an item whose marker the legend leaves out ("?", "✕",
    // "==") or a quotation; its cells may still say it is no move ("pressenti", "réélu")
    if (CELL_SEPARATOR.test(line)) {
      const unlisted = UNLISTED_MARKER.exec(line);
      const item = typeItemCells(unlisted ? unlisted[2]! : line);
      if (item?.status && item.status !== "?")
        out.push(...apart(labelledItem(item, { kind: null, reason: item.status })));
      // an item with no marker at all, its cells a person, a title and a house: a move told as
      // plainly as the marked ones, of the kind a cell names ("nomination") or else an appointment
      else if (!unlisted && isPlainItem(item))
        out.push(...apart(labelledItem(item!, item!.kind ?? { kind: "appointed" })));
      else out.push(...apart(line));
      continue;
    }
    // any other line ends the digest (its legend still says what its markers mean further on)
    ended = legend;
    legend = null;
    out.push(line);
  }
  return out;
}

// A row of cells with no legend above it and no header naming its columns: "X | directrice générale |
// C | ex-A", "• X ; responsable commerciale ; C ; venue de A", "X — chef de flotte — C — remplace Y".
// The cells are typed as a legend's items are; a row is read when it opens on the person (or, a
// digest sorted by house, opens on the house and ends on the person: "C — directrice marketing — X
// (ex-A)"), has three cells at least, one title and one house, and nothing its cells leave untyped.
// ";" parts cells only in a line no other separator parts (inside a cell it opens an aside: "ex-A ;
// remplace Y").
const ROW_MARKER = /^\s*[^\p{L}\p{N}\s«“"(]{1,3}\s+/u;
const SEMICOLON = /\s*;\s+/u;

const companyKeyOf = (cell: string) => foldWord(cell.trim());

export function readCellRow(line: string): string | null {
  const body = line.replace(ROW_MARKER, "").trim();
  let cells = body.split(CELL_SEPARATOR);
  if (cells.length < 3) cells = body.split(SEMICOLON);
  if (cells.length < 3 || cells.length > 6 || cells.some((cell) => cell.length > 120)) return null;
  // a footer's "LA LETTRE · rédaction : contact@… · Se désabonner" has cells too
  if (/@|https?:|www\./u.test(body)) return null;
  const item = typeItemCells(cells.join(" | "));
  if (!item?.role || !isTitle(item.role) || !item.company || item.status) return null;
  // with no legend or header to say which cell is whom, the person is one the first names or a
  // surname in capitals vouch for, in the first cell or else in the last one after the house's
  // ("Paintball Arena Solvanges | responsable | Anne Roy, transfuge de B": a house first, its
  // recruit last), and no other cell opens on someone
  if (personScore(item.person) < 2) return null;
  const heldBy = (cell: string) => {
    const typed = typeCell(cell.trim());
    return typed.length > 0 && typed[0]!.type === "person" && typed[0]!.text === item.person;
  };
  const first = typeCell(cells[0]!.trim());
  const personFirst = first.length === 1 && heldBy(cells[0]!);
  const houseFirst =
    !personFirst &&
    first.length === 1 &&
    companyKeyOf(cells[0]!) === companyKeyOf(item.company) &&
    heldBy(cells.at(-1)!);
  if (!personFirst && !houseFirst) return null;
  const opensOnSomeone = (cell: string) =>
    findPersonMentions(cell).some((m) => m.start === 0 && isConfidentPerson(m));
  const others = personFirst ? cells.slice(1) : cells.slice(1, -1);
  if (others.some((cell) => opensOnSomeone(cell.trim()))) return null;
  const meaning: LegendMeaning = item.kind ?? { kind: item.promoted ? "promoted" : "appointed" };
  // "Directrice technique" in a cell is the title as a sentence says it, "DAF" stays
  const role = /^\p{Lu}\p{Ll}/u.test(item.role)
    ? item.role.charAt(0).toLowerCase() + item.role.slice(1)
    : item.role;
  return labelledItem({ ...item, role }, meaning);
}

/** The lines with each row of cells readCellRow reads rewritten as labelled fields; other lines stay. */
export function rewriteCellRows(lines: string[]): string[] {
  const blankLines = lines.some((line) => !line.trim());
  return lines.flatMap((line) => {
    if (!line.trim() || LABELLED_CELL.test(line.replace(ROW_MARKER, ""))) return [line];
    const row = readCellRow(line);
    return row === null ? [line] : blankLines ? ["", row, ""] : [row];
  });
}
