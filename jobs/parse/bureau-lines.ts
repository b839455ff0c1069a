// A bureau told as lines after the sentence that elected it: "Le bureau est ainsi composé :
// Présidente : A / Vice-présidents : B – C / Trésorier (reconduit) : D / Secrétaire : E". Section
// splitting joins a paragraph's lines, so the lines reach the sentence splitter as one run; this
// file finds them there, by their label (an officer's title the lexicon knows, then a colon and a
// name), so that each line is a sentence of its own (sentences.ts) and a re-election said on one
// line ("(reconduit)", "(réélu)": rejections.ts) rejects that officer only. Lexicon-only imports:
// sentences.ts uses it.

import { allMatches } from "./all-matches.ts";
import { foldWord } from "./lexicon/fold.ts";
import { HONORIFIC, NAME_PARTICLES } from "./lexicon/people.ts";
import { OFFICE_HEAD_NOUNS, TITLE_HEAD_NOUNS } from "./lexicon/titles.ts";

const OFFICER_HEADS = new Set([...TITLE_HEAD_NOUNS, ...OFFICE_HEAD_NOUNS]);

// "1er vice-président", "Secrétaire générale", "Trésorier (reconduit)", "Vice-présidents" then " : "
// (a label in small letters follows a semicolon: "Trésorier : A ; secrétaire : B")
const LABEL =
  /(?<![\p{L}\p{N}])((?:(?:1er|1re|1ère|2e|2ème|3e|Premier|Première|Deuxième)\s+\p{Ll}[\p{Ll}-]+|\p{L}[\p{Ll}-]+)(?:\s+\p{Ll}[\p{Ll}'’-]+){0,3})(\s*\([^():]{1,40}\))?\s*:\s+(?=\p{Lu})/gu;
// Words that open the next sentence, never part of a name: "… CASTAING-HEURTEL La fédération a …"
const NOT_A_NAME_WORD =
  "(?:La|Le|Les|L['’]|Il|Elle|Ils|Elles|Ce|Cette|Ces|Son|Sa|Ses|Leur|Un|Une|Au|Aux|À|En|Dans|Depuis|Par|Pour|Sur|Avec|Chez|De|Du|Des|Et|Outre)";
const NAME_WORD = String.raw`(?!${NOT_A_NAME_WORD}[\s,.;:])\p{Lu}[\p{L}'’.-]*`;
// a surname's particle ("de", "van", "d'" before the next capital)
const PARTICLE = [...NAME_PARTICLES].map((particle) => (particle === "d" ? "d['’]" : particle)).join("|");
const NAME = String.raw`(?:(?:${HONORIFIC})\s+)?${NAME_WORD}(?:\s+(?:(?:${PARTICLE})\s*)?${NAME_WORD}){1,4}`;
// the officers a line names, then what is said of the last ("(directrice de C)", "(réélu)")
const VALUE = new RegExp(String.raw`^${NAME}(?:\s*(?:[–—,]|\bet\b)\s*${NAME})*(?:\s*\([^()]{1,80}\))?`, "u");

// the board a sentence before the first line must name when no colon or dash leads to it ("… a
// renouvelé son bureau. Présidente : A"): a title after another item's sentence is no officer's
const BOARD_WORD = /(?<![\p{L}])(?:bureau|conseil|comité|directoire|commission)(?![\p{L}])/iu;

export interface BureauLine {
  start: number;
  end: number;
  /** The officer's title as the label writes it, maybe plural ("Vice-présidents"). */
  label: string;
  /** What the label says in brackets ("reconduit"), if anything. */
  aside: string | null;
  valueStart: number;
}

function isOfficerLabel(label: string): boolean {
  const head = foldWord(label.replace(/^(?:1er|1re|1ère|2e|2ème|3e|Premier|Première|Deuxième)\s+/u, ""))
    .split(/\s+/u)[0]!
    .replace(/s$/u, "");
  return OFFICER_HEADS.has(head);
}

/**
 * The bureau lines of a paragraph: a run of "Title : Name" after a colon (the lead that elected
 * them), each line following the one before.
 */
export function findBureauLines(paragraph: string): BureauLine[] {
  // every label ends on a colon (LABEL): a paragraph without one has no line, and most have none
  // (asked of every text the sentence splitter cuts, the label pattern ran over all of them)
  if (!paragraph.includes(":")) return [];
  const labels = allMatches(paragraph, LABEL).filter((match) => isOfficerLabel(match[1]!));
  const lines: BureauLine[] = [];
  for (const [i, match] of labels.entries()) {
    const before = paragraph.slice(lines.at(-1)?.end ?? 0, match.index);
    // the first line follows its lead's colon or dash ("le bureau se compose comme suit —") or the
    // end of a sentence naming the board ("… a renouvelé son bureau. Présidente : A"); every other one the line before
    // it, or a semicolon after it ("Trésorier : A ; secrétaire : B")
    const small = /^\p{Ll}/u.test(match[1]!);
    const follows =
      lines.length === 0
        ? !small && (/[:—–]\s*$/u.test(before) || (/[.!?]\s*$/u.test(before) && BOARD_WORD.test(before)))
        : small
          ? /^\s*;\s*$/u.test(before)
          : /^\s*;?\s*$/u.test(before);
    if (!follows) {
      if (lines.length > 0) break;
      continue;
    }
    const valueStart = match.index + match[0].length;
    // an upper-case name runs on into the next label ("LABASTIE Secrétaire :"): it stops there
    const value = VALUE.exec(paragraph.slice(valueStart, labels[i + 1]?.index ?? paragraph.length));
    if (!value) break;
    lines.push({
      start: match.index,
      end: valueStart + value[0].length,
      label: match[1]!,
      aside: match[2] ? match[2].trim().slice(1, -1) : null,
      valueStart,
    });
  }
  return lines;
}

const LINE_LABEL = new RegExp(`^\\s*${LABEL.source}`, "u");

/** The label of a sentence that is one bureau line ("Trésorier (reconduit) : A"), else null. */
export function bureauLineLabel(sentence: string): Omit<BureauLine, "start" | "end"> | null {
  const match = LINE_LABEL.exec(sentence);
  if (!match || !isOfficerLabel(match[1]!)) return null;
  const valueStart = match[0].length;
  const value = VALUE.exec(sentence.slice(valueStart));
  if (!value || !/^\s*[.;]?\s*$/u.test(sentence.slice(valueStart + value[0].length))) return null;
  return { label: match[1]!, aside: match[2] ? match[2].trim().slice(1, -1) : null, valueStart };
}
