// Mercato lines: a moves column told as a transfer window, one line a person, opened by a label or a
// glyph that says which way the person goes (lexicon/fields.ts MERCATO_LABELS, MERCATO_GLYPHS):
//   "IN : X (de A) → B, directrice générale"     an arrival at B from A (an arrow line, field-layouts.ts)
//   "Arrivée : X (promue) → B, directrice …"     a promotion in B
//   "➡️ X (d'A) → B, directeur commercial"        the same, the glyph for the label
//   "OUT : Y quitte A", "Départ : Y quitte A"    a departure
// The label is no part of the record: an arrival is read as the line after it. A departure is never a
// move by itself (the newsletter gives the move its own IN line when there is one); it is shown to an
// editor only when it names where the person goes and nothing else in the issue reads that person.

import { escapeRegExp } from "./compiled-pattern.ts";
import { foldWord, MERCATO_GLYPHS, MERCATO_LABELS } from "./lexicon.ts";
import { findPersonMentions } from "./mentions.ts";
import { companyKey } from "./names.ts";

export type MercatoDirection = "in" | "out";

const DIRECTION_OF_LABEL = new Map<string, MercatoDirection>();
for (const direction of ["in", "out"] as const)
  for (const label of MERCATO_LABELS[direction]) DIRECTION_OF_LABEL.set(label, direction);

// "IN :", "ARRIVÉE :", "Départs —": a label of one word before a colon or a dash at the line's start
// (after a bullet). A tag in brackets ("[Départ] Le CTO de C quitte … Pour le remplacer, C promeut
// X") heads a news item, not a mercato line.
const LABELLED = /^[\s•*·▪■►▸-]*([\p{L}]{2,10})\s*(?::|\s[—–])\s*/u;
// a line of more than one sentence tells more than a departure
const SECOND_SENTENCE = /[.!?;]\s+\p{Lu}/u;
const GLYPHED = new RegExp(
  `^\\s*(${[...MERCATO_GLYPHS.in, ...MERCATO_GLYPHS.out]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\uFE0F?\\s*`,
  "u",
);

export interface MercatoLine {
  direction: MercatoDirection;
  /** The line without its label or glyph: "X (de A) → B, directrice générale". */
  text: string;
}

/** The direction a mercato line's label or glyph gives, and the line without it; null for any other. */
export function readMercatoLine(paragraph: string): MercatoLine | null {
  const labelled = LABELLED.exec(paragraph);
  const written = labelled?.[1] ?? "";
  const direction = labelled ? DIRECTION_OF_LABEL.get(foldWord(written)) : undefined;
  // "IN" and "OUT" are labels only in capitals ("In : …" may open an English line)
  const shouted = /^\p{Lu}+$/u.test(written);
  if (direction && (shouted || !/^(?:in|out)$/iu.test(written)))
    return { direction, text: paragraph.slice(labelled![0].length).trim() };
  const glyph = GLYPHED.exec(paragraph);
  if (!glyph) return null;
  return {
    direction: MERCATO_GLYPHS.in.includes(glyph[1]!) ? "in" : "out",
    text: paragraph.slice(glyph[0].length).trim(),
  };
}

// Where a departure line says the person goes: "quitte A pour B", "→ B", "rejoint B"
const DESTINATION = /(?<![\p{L}])(?:pour|rejoint|rejoindra|chez)\s+\p{Lu}|[→➜➔⇒]/u;

/** A departure line that names no destination: no move, and nothing an editor need read. */
export function isBareDeparture(paragraph: string): boolean {
  const line = readDepartureLine(paragraph);
  return line !== null && !DESTINATION.test(line.text);
}

/** A departure's line: its label or glyph says "out" and it tells one sentence. */
export function readDepartureLine(paragraph: string): MercatoLine | null {
  const line = readMercatoLine(paragraph);
  return line?.direction === "out" && !SECOND_SENTENCE.test(line.text) ? line : null;
}

// --- Who a mercato line's newcomer replaces -------------------------------------------------------

/** Someone a mercato column says left a house, with the post they left or took elsewhere. */
interface Departure {
  person: string;
  company: string;
  post: string;
}

// "quitte la direction de A": the house's head post left; "quitte A": no post said
const LEAVES_POST =
  /^(.+?)\s+quitte\s+(?:(la direction générale|la direction|la présidence)\s+(?:de\s+|d['’]|du\s+))?/u;
const HEAD_POST: Record<string, string> = {
  "la direction générale": "directeur général",
  "la direction": "directeur général",
  "la présidence": "président",
};

// A post's words in the masculine, folded: "directrice générale" and "directeur général" are one post
const postWords = (post: string) =>
  foldWord(post)
    .split(/[\s'’]+/u)
    .filter(Boolean)
    .map((word) => word.replace(/rice$/u, "eur").replace(/(?<=\p{L}{3})e$/u, ""));

// One post told twice: the same words, or one the other with a scope after it ("directrice de la
// production" and "directrice de la production Afrique"); a bare head ("directeur") only as itself
function samePost(a: string, b: string): boolean {
  const [short, long] = [postWords(a), postWords(b)].sort((x, y) => x.length - y.length);
  if (short!.length === 0 || (short!.length === 1 && long!.length > 1)) return false;
  return short!.every((word, i) => long![i] === word);
}

interface LineMove {
  person: string;
  company: string;
  role: string;
  previous_companies: string[];
  predecessor: string | null;
  paragraph_index: number;
}

/**
 * A mercato column tells a swap across its lines: "IN : X (de A) → B, directrice générale" then
 * "IN : Y (promu) → A, directeur général", or "OUT : Z quitte la direction de A" then "IN : Y … → A,
 * directrice générale". The newcomer at A in the post someone earlier in the column left A for (or
 * left A from) replaces them; a departure whose post is not told, or another post, names no one.
 */
export function addMercatoPredecessors(paragraphs: string[], moves: LineMove[]): void {
  const departures: Departure[] = [];
  paragraphs.forEach((paragraph, index) => {
    const line = readMercatoLine(paragraph);
    if (!line) return;
    if (line.direction === "out") {
      if (!readDepartureLine(paragraph)) return;
      const leaves = LEAVES_POST.exec(line.text);
      const person = leaves
        ? (findPersonMentions(leaves[1]!).find((m) => m.start === 0)?.name ?? null)
        : null;
      const post = leaves?.[2] ? HEAD_POST[leaves[2]]! : "";
      if (!leaves || !person || !post) return;
      const company = line.text
        .slice(leaves[0].length)
        .replace(/\s*\(.*$|[.;]\s*$/u, "")
        .trim();
      departures.push({ person, company, post });
      return;
    }
    for (const move of moves.filter((m) => m.paragraph_index === index)) {
      const replaced = departures.findLast(
        (d) =>
          companyKey(d.company) === companyKey(move.company) &&
          d.person !== move.person &&
          samePost(d.post, move.role),
      );
      if (replaced && move.predecessor === null) move.predecessor = replaced.person;
      for (const company of move.previous_companies)
        departures.push({ person: move.person, company, post: move.role });
    }
  });
}
