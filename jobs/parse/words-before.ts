// Cheap necessary conditions tried before a pattern built around a name is compiled. V8 compiles a
// Unicode pattern (`\p{L}`, `\p{Lu}` …) in 0.3–2 ms on this machine, and running it over a whole
// issue takes microseconds: the four patterns compiled for each new company name (a house's longer
// name, an institution named by its place) were a fifth of the parser's CPU on bench:import's
// synthetic issues, whose every issue names new companies. Each check below only walks back from
// where the text writes the name, with fixed patterns, and says no only where the pattern around
// the name could not give what its caller keeps: the caller's output is the same.

import { foldWord, INSTITUTION_HEADS, PLACE_NAMED_HEADS } from "./lexicon.ts";

/** Every index where `text` writes `needle`, in order (overlapping ones included). */
export function* occurrences(text: string, needle: string): Generator<number> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) yield at;
}

/**
 * The run of characters `inRun` accepts (a one-character pattern with the u flag) that ends right
 * before `end`: code point by code point, as a `[…]*$` pattern would read it on text.slice(0, end).
 */
export function runBefore(text: string, end: number, inRun: RegExp): string {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair =
      start > 1 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (!inRun.test(text.slice(start - pair, start))) break;
    start -= pair;
  }
  return text.slice(start, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

const NAME_RUN_CHAR = /^[\p{L}-]$/u;
const OPENS_CAPITALISED = /^\p{Lu}/u;

/**
 * Whether, right before one of the places `text` writes ` ${link}${name}` (a space, a link word,
 * the name), the words a pattern `(?<![\p{L}])(\p{Lu}[\p{L}-]*)(?: \p{Ll}[\p{Ll}-]*){0,3} ${link}${name}`
 * reads may open on a head `isHead` accepts (folded): the head is the last `[\p{L}-]` run of one of
 * the four single-space-separated words before the link, or the part of that run after a hyphen.
 * False means no match of such a pattern has such a head.
 */
export function mayOpenOnHead(
  text: string,
  link: string,
  name: string,
  isHead: (folded: string) => boolean,
): boolean {
  for (const at of occurrences(text, ` ${link}${name}`)) {
    let end = at;
    for (let words = 0; words < 4; words++) {
      const run = runBefore(text, end, NAME_RUN_CHAR);
      if (run === "") break;
      for (let from = 0; from >= 0; from = run.indexOf("-", from) < 0 ? -1 : run.indexOf("-", from) + 1) {
        const head = run.slice(from);
        if (OPENS_CAPITALISED.test(head) && isHead(foldWord(head))) return true;
      }
      end -= run.length + 1;
      if (end < 0 || text[end] !== " ") break;
    }
  }
  return false;
}

/** The links an institution's name puts before its place ("Parc national des Calèmes"), each spelling. */
export const PLACE_LINKS = ["de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"];

export const isInstitutionOrPlaceHead = (folded: string): boolean =>
  INSTITUTION_HEADS.has(folded) || PLACE_NAMED_HEADS.has(folded);

/**
 * Whether `text` may write an institution's name closing on `place` after one of PLACE_LINKS
 * ("Parc national des Calèmes" for "Calèmes"): false means no pattern `(?<![\p{L}])(\p{Lu}[\p{L}-]*)
 * (?: \p{Ll}[\p{Ll}-]*){0,3} ${link}${place}` matches in `text` with such a head.
 */
export const mayNameAnInstitutionBefore = (text: string, place: string): boolean =>
  PLACE_LINKS.some((link) => mayOpenOnHead(text, link, place, isInstitutionOrPlaceHead));
