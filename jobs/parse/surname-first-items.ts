// Surname-first list items: a numbered or bulleted line that names its mover surname first, in
// capitals, then tells the post without a verb:
//   "1. DURAND Marie – directrice générale, Talvia (ex-Orcane) ; succède à Paul Roy"
//   "• LE GALL Yann, directeur commercial chez Talvia, précédemment Orcane puis Brelan"
//   "▸ ROY Anne et de LA TOUR Hugo – respectivement DAF et DRH, Talvia (promus en interne)"
// Such a line is rewritten as labelled fields, one line a person ("Nom : Marie DURAND ; Poste : … ;
// Société : … ; Précédemment : … ; Remplace : …"), which field-layouts.ts reads as it reads a table's
// row: the name is given first name first as a table's "Nom | Prénom" columns are (rowPerson), and
// the origin cell is read by originOf (ex-, précédemment, puis, promu). A line whose words after the
// name are no post (a sentence, "DURAND Marie rejoint Talvia") keeps its words with the name turned
// round, for the sentence reader; one it cannot read at all stays as written and reaches the editor.

import { isFrenchWord } from "./french-words.ts";
import {
  ACRONYMS,
  COMPANY_NAME_WORDS,
  ENGLISH_DESCRIPTORS,
  FIRST_NAMES,
  foldWord,
  MOVE_SIGNAL,
  NAME_STOPWORDS,
  PLACES,
  ROLE_WORDS,
  TITLE_HEAD_VOCABULARY,
} from "./lexicon.ts";

// "1.", "12)", "3 –", "(4)", or a bullet glyph, before the first capital
const ITEM_MARKER = /^\s*(?:\(?\d{1,3}\s*[.)°]|\d{1,3}\s+[–—-]|[•▪■□◆◇►▸▹▶⏵→➜–—*·-])\s*(?=\p{L})/u;

// A surname in capitals, maybe with particles ("de VALLOMBREUSE", "LE HÉNAFF", "d'ARLEMPDES",
// "IRIBARNE-SALL"), then a first name in lower case after its capital ("Évrard", "Jean-Baptiste").
const CAPS = String.raw`\p{Lu}[\p{Lu}'’-]*\p{Lu}`;
const PARTICLE = String.raw`(?:de|du|des|la|le|van|von|der|den|da|di|del|della|dos|ten|ter)\s+|d['’]`;
const SURNAME = String.raw`(?:(?:${PARTICLE})?${CAPS}\s+)*?(?:${PARTICLE})?${CAPS}`;
const FIRST = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?`;
const NAME = new RegExp(`^(${SURNAME})\\s+(${FIRST})(?![\\p{L}'’-])`, "u");
// what parts the name from the post: a dash, a comma, a colon
const AFTER_NAME = /^\s*(?:[–—:-]|,)\s*/u;
const AND = /^\s+(?:et|&)\s+/u;

interface SurnameFirstName {
  name: string;
  end: number;
}

// The capitals must be a surname's, not an acronym's ("SNCF Voyageurs", "BNP Paribas"): no
// acronym of the lexicon, and a first name the lexicon knows, or at least one that is no French word
// ("Réseau", "Voyageurs").
function surnameFirstName(text: string, from: number): SurnameFirstName | null {
  const found = NAME.exec(text.slice(from));
  if (!found) return null;
  const surname = found[1]!;
  const first = found[2]!;
  const capitals = surname.split(/\s+|(?<=['’])/u).filter((word) => /\p{Lu}{2}/u.test(word));
  if (capitals.some((word) => ACRONYMS.has(foldWord(word)) || word.replace(/[^\p{L}]/gu, "").length < 2))
    return null;
  const folded = foldWord(first);
  const known = FIRST_NAMES.has(folded) || FIRST_NAMES.has(folded.split("-")[0]!);
  // a first name the lexicon does not know must look like one: no common word, no company's word
  // ("AXA Investment", "SNCF Réseau"), no place, and capitals with a vowel (a surname, not "BNP")
  if (
    !known &&
    (isFrenchWord(first.toLowerCase()) ||
      NAME_STOPWORDS.has(folded) ||
      [...COMPANY_NAME_WORDS].some(
        (word) => folded === word || (word.length >= 5 && folded.startsWith(word)),
      ) ||
      ENGLISH_DESCRIPTORS.has(folded) ||
      PLACES.has(folded) ||
      capitals.some((word) => !/[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/u.test(word)))
  )
    return null;
  if (ROLE_WORDS.has(folded) || TITLE_HEAD_VOCABULARY.has(folded)) return null;
  return { name: `${first} ${surname}`, end: from + found[0].length };
}

// Words that open where the mover comes from, folded, with what they are cut to: "ex-A", "(ex-A)",
// "précédemment A", "venue de A", "auparavant A", "anciennement A", "passé par A", "arrivée de A".
const ORIGIN_OPENING =
  /^(?:ex[-\s]|precedemment\s+(?:chez\s+|a\s+)?|auparavant\s+(?:chez\s+|a\s+)?|anciennement\s+(?:chez\s+|a\s+)?|venue?s?\s+(?:de\s+(?:chez\s+)?|d['’]|du\s+)|arrivee?s?\s+(?:de\s+|d['’]|du\s+)|passee?s?\s+par\s+|en provenance\s+(?:de\s+|d['’]|du\s+)|jusqu['’]ici\s+(?:chez\s+|a\s+)?)/u;
// A promotion told in brackets or after a comma: "promue, était cheffe de projet", "promus en interne",
// "nomination interne", "en interne"
const PROMOTION = /^(?:promue?s?|promotion|nomination interne|mobilite interne|en interne)(?![\p{L}])/u;
// The one replaced, told last: "; succède à Y", ", remplace Y", "en remplacement de Y"
const PREDECESSOR =
  /\s*[;,.]?\s*(?:(?:il|elle)\s+)?(?:succède à|succédant à|remplace|remplaçant|en remplacement d(?:e\s+|u\s+|['’])|à la place d(?:e\s+|['’]))\s*((?:(?:M\.|Mme)\s+)?\p{Lu}[^,;()]*?)\s*[.;]?\s*$/iu;
// "respectivement DAF et DRH": one title a person, in the names' order
const RESPECTIVELY = /^respectivement\s+/iu;

interface ItemFields {
  post: string;
  company: string;
  origin: string;
  predecessor: string;
  comment: string;
}

// A title opens on a title's word ("directrice", "DAF", "head") or on a lower-case word of a trade
// ("conductrice de travaux", "chef artificier" after a dash), not on a verb ("rejoint Talvia")
const startsAsTitle = (text: string) => {
  const first = foldWord(text.split(/[\s,']+/u)[0] ?? "");
  if (ROLE_WORDS.has(first) || TITLE_HEAD_VOCABULARY.has(first)) return true;
  return (
    /^\p{Ll}/u.test(text) &&
    !MOVE_SIGNAL_AT_START.test(text) &&
    !/^(?:respectivement|et|de|du|des|le|la|les|un|une)\s/u.test(text)
  );
};
const MOVE_SIGNAL_AT_START = new RegExp(`^(?:${MOVE_SIGNAL.source})`, "iu");

// Commas outside brackets part the item's cells
function cellsOf(text: string): string[] {
  const cells: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      cells.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  cells.push(text.slice(start).trim());
  return cells.filter((cell) => cell.length > 0);
}

// What a bracket or a cell after the post says: a promotion, an origin, or a comment ("par intérim").
function asideOf(aside: string, fields: ItemFields): void {
  const folded = foldWord(aside);
  const opening = ORIGIN_OPENING.exec(folded);
  if (PROMOTION.test(folded)) fields.origin = aside;
  else if (opening)
    fields.origin = [fields.origin, /^ex[-\s]/u.test(folded) ? aside : aside.slice(opening[0].length)]
      .filter(Boolean)
      .join(", ");
  else fields.comment = [fields.comment, aside].filter(Boolean).join(", ");
}

// The words after the name as the fields of a post, or null when they read as no post.
function itemFields(rest: string): ItemFields | null {
  const fields: ItemFields = { post: "", company: "", origin: "", predecessor: "", comment: "" };
  let text = rest.trim().replace(/[.;]\s*$/u, "");
  const replaced = PREDECESSOR.exec(text);
  if (replaced) {
    fields.predecessor = replaced[1]!.trim();
    text = text.slice(0, replaced.index);
  }
  // brackets at the end: "(promu, était directeur adjoint)", "(ex-A)"
  for (
    let bracket = /\s*\(([^()]+)\)\s*$/u.exec(text);
    bracket;
    bracket = /\s*\(([^()]+)\)\s*$/u.exec(text)
  ) {
    asideOf(bracket[1]!.trim(), fields);
    text = text.slice(0, bracket.index);
  }
  const cells = cellsOf(text);
  if (cells.length === 0) return null;
  // from the first cell that opens an origin or a promotion on, the cells tell where from
  const asideAt = cells.findIndex(
    (cell, i) => i > 0 && (ORIGIN_OPENING.test(foldWord(cell)) || PROMOTION.test(foldWord(cell))),
  );
  const postCells = asideAt < 0 ? cells : cells.slice(0, asideAt);
  if (asideAt >= 0) asideOf(cells.slice(asideAt).join(", "), fields);
  // "Talvia, directrice générale": the employer first, the title after it
  if (
    postCells.length === 2 &&
    /^\p{Lu}/u.test(postCells[0]!) &&
    !startsAsTitle(postCells[0]!) &&
    startsAsTitle(postCells[1]!)
  )
    postCells.reverse();
  const [title, ...others] = postCells;
  if (!startsAsTitle(title!.replace(RESPECTIVELY, ""))) return null;
  const chez = /\s+(?:chez|@)\s+(\p{Lu}.*)$/u.exec(title!);
  if (chez) {
    fields.post = title!.slice(0, chez.index);
    fields.company = chez[1]!;
  } else fields.post = title!;
  // "directrice, Talvia": the cell after the title is the employer, when it is a name
  if (others.length > 0) {
    if (fields.company || others.length > 1 || !/^\p{Lu}/u.test(others[0]!)) return null;
    fields.company = others[0]!;
  }
  return fields;
}

const labelled = (name: string, fields: ItemFields) =>
  [
    `Nom : ${name}`,
    `Poste : ${fields.post}`,
    fields.company ? `Société : ${fields.company}` : "",
    fields.origin ? `Précédemment : ${fields.origin}` : "",
    fields.predecessor ? `Remplace : ${fields.predecessor}` : "",
    fields.comment ? `Commentaire : ${fields.comment}` : "",
  ]
    .filter(Boolean)
    .join(" ; ");

// "A et B", "A, B et C": as many titles as people, or null
function titlesOf(post: string, count: number): string[] | null {
  const titles = post.split(/\s*,\s*|\s+et\s+/u);
  return titles.length === count && titles.every(startsAsTitle) ? titles : null;
}

/** The line as one line of labelled fields a person, or null when it is no surname-first item. */
export function readSurnameFirstItem(line: string, unmarked = false): string[] | null {
  const marker = ITEM_MARKER.exec(line);
  if (!marker && !unmarked) return null;
  const names: string[] = [];
  let at = marker ? marker[0].length : /^\s*/u.exec(line)![0].length;
  for (;;) {
    const person = surnameFirstName(line, at);
    if (!person) return null;
    names.push(person.name);
    at = person.end;
    const and = AND.exec(line.slice(at));
    if (!and || names.length >= 4) break;
    at += and[0].length;
  }
  const rest = line.slice(at);
  const separator = AFTER_NAME.exec(rest);
  // "DURAND Marie rejoint Talvia comme …": the sentence with the name turned round
  if (!separator) return /^\s+\p{Ll}/u.test(rest) ? [`${names.join(" et ")}${rest}`] : null;
  const fields = itemFields(rest.slice(separator[0].length));
  if (!fields) return null;
  if (names.length === 1) return [labelled(names[0]!, fields)];
  const respectively = RESPECTIVELY.exec(fields.post);
  const post = respectively ? fields.post.slice(respectively[0].length) : fields.post;
  const titles = respectively ? titlesOf(post, names.length) : null;
  if (respectively && !titles) return null;
  return names.map((name, i) => labelled(name, { ...fields, post: titles?.[i] ?? post }));
}

/**
 * Every surname-first item of the issue as labelled fields, a line a person with a blank line after
 * it, so that each is a record of its own (section.ts) and an item left as written stays a paragraph
 * of its own, never the tail of the record above it.
 */
export function rewriteSurnameFirstItems(lines: string[]): string[] {
  // a line with no marker is an item when a line beside it is one too (a list printed without
  // bullets): one such line alone may be a heading or a caption
  const unmarked = lines.map((line) => (ITEM_MARKER.test(line) ? null : readSurnameFirstItem(line, true)));
  const items = lines.map((line, i) => readSurnameFirstItem(line) ?? unmarked[i] ?? null);
  return lines.flatMap((line, i) => {
    const read = items[i];
    const listed = read && (ITEM_MARKER.test(line) || items[i - 1] || items[i + 1]);
    return listed ? read.flatMap((record) => [record, ""]) : [line];
  });
}
