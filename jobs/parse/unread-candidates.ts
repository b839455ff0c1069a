// What the review queue offers an editor for an unread paragraph: beside its candidate people, the
// houses and the titles it names, so that the move is added in a few keystrokes. Read from the text
// alone (quotes masked by the caller); nothing here decides whether a paragraph is listed.

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { foldWord, TITLE_HEADS } from "./lexicon.ts";
import { personKey } from "./names.ts";

// An unread paragraph's candidate people: a list of a dozen movers is offered whole to the editor
export const MAX_CANDIDATES = 16;

// Where a title starts: the head noun of a title ("directrice", "head", "CFO"); adjectives of the
// role lexicon ("générale", "senior") only follow one.
const TITLE_START = /(?<![\p{L}])[\p{L}-]+(?![\p{L}])/gu;
const TITLE_STOP = /[,;:.()]|\s(?:de|du|des|d'|chez|au sein|à|pour|en|qui|et|depuis|jusqu)(?:\s|$)/u;

/** The titles the text names, each with its first complement ("directrice des ressources humaines"), five at most. */
export function titlesIn(text: string): string[] {
  const found: string[] = [];
  for (const word of allMatches(text, TITLE_START)) {
    const lower = foldWord(word[0]);
    // "dg", "daf" are titles only in capitals (DG, DAF)
    if (!TITLE_HEADS.has(lower) || (lower.length <= 3 && !/^\p{Lu}+$/u.test(word[0]))) continue;
    if (found.some((t) => t.includes(word[0]))) continue;
    const rest = text.slice(word.index, word.index + 80);
    // the title with its first complement ("directrice des ressources humaines")
    const cut = /^(\S+(?:\s+(?:de la|des|du|de l'|d')?\s*[\p{Ll}-]+){0,3})/u.exec(rest)?.[1] ?? word[0];
    const stop = TITLE_STOP.exec(cut);
    found.push((stop ? cut.slice(0, stop.index) : cut).trim());
  }
  return found.slice(0, 5);
}

/** The houses the text names after a cue ("chez", "rejoint", "de"), not the people's names, five at most. */
export function companiesIn(text: string, people: Set<string>): string[] {
  const found: string[] = [];
  for (const cue of text.matchAll(
    /(?<![\p{L}])(?:chez|rejoint|rejoindra|intègre|de|du|d'|à|au sein de)\s+/giu,
  )) {
    const span = readCompanyAfter(text, cue.index + cue[0].length);
    if (!span || people.has(personKey(span.text))) continue;
    if (!found.includes(span.text)) found.push(span.text);
  }
  return found.slice(0, 5);
}
