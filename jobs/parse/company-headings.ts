// Company sub-headings: a company's name alone on a line, then the moves in that company one a line,
// verbless ("Directrice générale : X, ex-A", "Directeur de site à la place de Y : Z, jusqu'ici …",
// "X, promue directrice de l'agence") or in prose ("X succède à Y, qui …"):
//
//   Gérance Vauclair
//   Directrice générale : Marion Roy, ex-directrice de la copropriété d'Immogest
//   Directeur des syndics : Paul Lin, promu
//   Marion Roy succède à Jean Faure, qui prend sa retraite.
//
// The heading gives its company to every line under it. A titled line is rewritten as a line of labelled
// fields ("Nom : X ; Poste : … ; Société : heading ; Précédemment : … ; Remplace : …"), read as any
// record of field-layouts.ts; a prose line is told at the heading ("Chez Gérance Vauclair, X succède
// …"). Each line is a paragraph of its own. A block is read so only when one of its titled lines says
// where its person comes from or whom they replace: a masthead's "Directeur de la publication : X" is
// no move.

import { foldWord, HONORIFIC, MOVE_SIGNAL, ROLE_WORDS, TITLE_HEAD_VOCABULARY } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, personMentionAtStart } from "./mentions.ts";
import { personKey } from "./names.ts";
import { isPlaceHeading } from "./place-headings.ts";

const LEADING_HONORIFIC = new RegExp(`^(?:${HONORIFIC})\\s+`, "u");

// "■ Gérance Vauclair", "**Gérance Vauclair**", "Chez Gérance Vauclair :", "Gérance Vauclair —"
const HEADING_DRESS = /^[\s#*•■▪►▸◆◇>_-]*(?:chez\s+)?|[\s*_:—–-]*$/giu;

const startsAsTitle = (text: string) => {
  const first = foldWord(text.trim().split(/[\s,'’-]+/u)[0] ?? "");
  return ROLE_WORDS.has(first) || TITLE_HEAD_VOCABULARY.has(first);
};

// The company a heading line names, or null: a short capitalised line, no sentence, no verb, no title.
function headingOf(line: string): string | null {
  const name = line.replace(HEADING_DRESS, "").trim();
  if (name.length < 2 || name.length > 70 || name.split(/\s+/u).length > 8) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(name) || /[.;:!?,]/u.test(name) || /[«»“”"]/u.test(name)) return null;
  if (MOVE_SIGNAL.test(name) || startsAsTitle(name)) return null;
  // "OCCITANIE", "À LYON": a region or city over the items, whose own lines name their employer
  if (isPlaceHeading(line)) return null;
  // a person's name line ("Marion Roy") is a portrait's, not a company's
  const person = personMentionAtStart(name);
  if (person && isConfidentPerson(person) && person.end >= name.length - 1) return null;
  return name;
}

// Whom a line says its person replaces, and the line without it: "à la place de Y", "en remplacement
// de Y", "pour remplacer Y", "succédant à Y" (the title's or the origin's), "à sa place" (said before).
const REPLACES = new RegExp(
  String.raw`\s*,?\s*(?:(?:élue?|nommée?|promue?|recrutée?|désignée?)\s+)?(?:à la place d(?:e\s+|['’])|en remplacement d(?:e\s+|['’])|pour remplacer\s+|succédant à\s+|remplaçant\s+|qui succède à\s+|qui remplace\s+)(?:(?:${HONORIFIC})\s+)?`,
  "iu",
);
const AT_ITS_PLACE = /\s*,?\s*(?:à sa place|en remplacement)\s*(?=,|$)/iu;

function takePredecessor(text: string): { text: string; predecessor: string } {
  const at = REPLACES.exec(text);
  if (!at) return { text: text.replace(AT_ITS_PLACE, ""), predecessor: "" };
  const after = text.slice(at.index + at[0].length);
  const person = personMentionAtStart(after);
  if (person === undefined) return { text, predecessor: "" };
  return {
    text: `${text.slice(0, at.index)}${after.slice(person.end)}`.replace(/\s*,\s*(?=,|$)/u, "").trim(),
    predecessor: person.name,
  };
}

// What the origin part of a line says, as a field-layout origin cell: "venue du cabinet A", "qui quitte
// A", "arrivé de A" are "ex-A"; "ex-directrice de la copropriété d'A" a title held before.
function originCell(text: string): string {
  const cell = text
    .trim()
    .replace(/^[,(]\s*|\s*\)$/gu, "")
    .replace(/^\(|\)$/gu, "")
    .trim();
  const from =
    /^(?:venue?s?|arrivée?s?|qui (?:quitte|a quitté|arrive)|en provenance)\s+(?:de la |de l['’]|du |des |de |d['’]|le |la |les |l['’])?(?:(?:cabinet|groupe|société|maison|réseau|agence|banque)\s+(?=\p{Lu}))?/iu.exec(
      cell,
    );
  if (from && /^\p{Lu}/u.test(cell.slice(from[0].length))) return `ex-${cell.slice(from[0].length)}`;
  const exTitle = /^ex-(?=\p{Ll})/u.exec(cell);
  if (exTitle && startsAsTitle(cell.slice(3))) return `jusqu'ici ${cell.slice(3)}`;
  return cell;
}

// Whether an origin says anything a move needs (where from, a promotion, a post held before).
const TELLS_ORIGIN =
  /(?:^|[\s(,])(?:ex-|ex\s|promue?s?|venue?s?|arrivée?s?|qui quitte|jusqu['’]ici|jusque-là|anciennement|ancien(?:ne)?\s)/iu;

interface TitledLine {
  person: string;
  post: string;
  origin: string;
  predecessor: string;
}

// "Directrice générale : X, ex-A", "Responsable de la boutique : X (promu également)"
function titledLine(line: string): TitledLine | null {
  const colon = /^\s*[•▪■►▸◆◇*–—-]?\s*([^:]{2,90}?)\s*:\s+(.+)$/u.exec(line);
  if (!colon || !startsAsTitle(colon[1]!)) return null;
  const title = takePredecessor(colon[1]!.trim());
  const value = colon[2]!.replace(LEADING_HONORIFIC, "");
  const person = personMentionAtStart(value);
  if (person === undefined) return null;
  const rest = takePredecessor(value.slice(person.end).replace(/\.\s*$/u, ""));
  // the title as a sentence says it: "Directrice générale" is "directrice générale", "DRH" stays
  const post = /^\p{Lu}\p{Ll}/u.test(title.text)
    ? title.text.charAt(0).toLowerCase() + title.text.slice(1)
    : title.text;
  return {
    // as written: "Coline Van Acker-Dumas" keeps its capital particle
    person: value.slice(person.start, person.end),
    post,
    origin: originCell(rest.text),
    predecessor: title.predecessor || rest.predecessor,
  };
}

// "X, promue directrice de l'agence": a name, then a participle of the move, verbless
const NAME_THEN_PARTICIPLE =
  /^(.{3,60}?),\s+(?=(?:promue?|nommée?|recrutée?|élue?|désignée?|cooptée?|reconduite?|appointed|promoted|hired)\s)/u;

function toldAt(company: string, line: string): string {
  const text = line.trim().replace(NAME_THEN_PARTICIPLE, (whole, name: string) => {
    const person = personMentionAtStart(name);
    return person && person.end === name.length ? `${name} est ` : whole;
  });
  const first = text.split(/[\s,]/u)[0]!;
  // "Le précédent président …", "Pour remplacer X, …": a sentence's first word, not a name, goes lower case
  const common = personMentionAtStart(text) === undefined && /^\p{Lu}\p{Ll}*['’]?$/u.test(first);
  const opening = common && !/^\p{Lu}{2}/u.test(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return /^(?:chez|à|au|aux)\s/iu.test(text) ? text : `Chez ${company}, ${opening}`;
}

// "X succède à Y", "X y succède comme directeur à Y", "X remplace Y": who replaces whom, said plainly
const SUCCEEDS_AFTER_NAME =
  /^\s+(?:y\s+)?(?:succède|succédera|remplace|remplacera)(?:\s+[^,.;]{0,40}?)?\s+(?:à\s+)?$/u;

function successionOf(line: string): { person: string; predecessor: string } | null {
  const [first, second] = findPersonMentions(line);
  if (first?.start !== 0 || !second) return null;
  if (!SUCCEEDS_AFTER_NAME.test(line.slice(first.end, second.start))) return null;
  return { person: first.name, predecessor: second.name };
}

function recordLine(company: string, record: TitledLine): string {
  const fields = [`Nom : ${record.person}`, `Poste : ${record.post}`, `Société : ${company}`];
  if (record.origin) fields.push(`Précédemment : ${record.origin}`);
  if (record.predecessor) fields.push(`Remplace : ${record.predecessor}`);
  return fields.join(" ; ");
}

/**
 * The issue's lines with each company-headed block rewritten: its titled lines as labelled fields at the
 * heading's company, its other lines told at that company, one paragraph a line. Other lines stay.
 */
export function rewriteCompanyHeadings(lines: string[]): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at]!;
    const before = at === 0 || !lines[at - 1]!.trim();
    const company = before ? headingOf(line) : null;
    if (!company) {
      out.push(line);
      at++;
      continue;
    }
    let end = at + 1;
    while (end < lines.length && lines[end]!.trim()) end++;
    const under = lines.slice(at + 1, end);
    const titled = under.map(titledLine);
    const read = titled.some((t) => t && (t.predecessor || TELLS_ORIGIN.test(t.origin)));
    if (!read) {
      out.push(line);
      at++;
      continue;
    }
    // "X succède à Y, qui …" under the heading names whom a titled line's person replaces
    under.forEach((text, i) => {
      const told = titled[i] ? null : successionOf(text);
      const record =
        told && titled.find((t) => t && !t.predecessor && personKey(t.person) === personKey(told.person));
      if (record && told) record.predecessor = told.predecessor;
    });
    under.forEach((text, i) => {
      const record = titled[i];
      out.push(record ? recordLine(company, record) : toldAt(company, text), "");
    });
    at = end;
  }
  return out;
}
