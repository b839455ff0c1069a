// "la Maison Fromagère Darrigade … Chez Darrigade toujours, X est promue …", "Passé par Broderies
// Lesquin …, X revient chez Lesquin": a house the issue names in full somewhere is then called by its
// last word alone, the maker's or founder's name. The employer read as that one word is the full name,
// when the issue writes exactly one longer name ending on it with no link word ("de", "d'") between:
// "Pôle hippique de Montbrac" is a place's body, not a longer name of "Montbrac". A run opened by a
// first name is a person ("Jean Lévêque" beside "Cadres Lévêque") and names no house.

import { allMatches } from "./all-matches.ts";
import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import { COMPANY_DESCRIPTORS, FIRST_NAMES, foldWord, NAME_STOPWORDS, PLACES } from "./lexicon.ts";
import { companyKey } from "./names.ts";
import { NOTES, type NotedMove, note } from "./notes.ts";
import { occurrences, runBefore } from "./words-before.ts";

const MAKERS_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u;

// A word of a house's name before its maker's: capitalised, no elision ("L'assureur-crédit Garantia"
// is a descriptor before the name) and no acronym ("PME Guardeo")
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{Ll}-]*$/u;

// Capitalised words that open a sentence or sit before a name but are no part of it ("Chez", "Après",
// "À Lormière", "At Pixelgrid", "Former Kaoline engineer", "Paris-based Débitoo"), articles among them
const GRAMMAR_BEFORE_NAME = new Set([
  ...NAME_STOPWORDS,
  ..."a at in of for from with by to former".split(" "),
]);

// "Fondation Longval … chez Longval", "Agence Kilomètre Zéro … Kilomètre Zéro": a descriptor alone
// before the name says what the house is; the name is the bare one (as dropLeadingDescriptor reads it)
const DESCRIPTORS = new Set(COMPANY_DESCRIPTORS.map(foldWord));

export function fullNameOfHouse(name: string, issueText: string): string | null {
  if (!MAKERS_NAME.test(name) || isFrenchWord(name.toLowerCase()) || PLACES.has(foldWord(name))) return null;
  // no capitalised word right before the name anywhere: no pattern to compile
  if (!issueText.includes(` ${name}`)) return null;
  // nor a word before it that could end a longer name kept below (words-before.ts)
  if (!mayFollowAHouseWord(issueText, name)) return null;
  const longer = compiledPattern(
    `(?<![\\p{L}\\p{N}'’-])((?:\\p{Lu}[\\p{L}'’-]*[ \\u00a0]){1,3})${escapeRegExp(name)}(?![\\p{L}\\p{N}'’-])`,
    "gu",
  );
  const names = new Map<string, string>();
  for (const match of allMatches(issueText, longer)) {
    const words = match[1]!.trim().split(/\s+/u);
    while (words.length > 0 && (GRAMMAR_BEFORE_NAME.has(foldWord(words[0]!)) || words[0]!.endsWith("-based")))
      words.shift();
    if (words.length === 0 || !words.every((word) => NAME_WORD.test(word))) continue;
    if (words.length === 1 && DESCRIPTORS.has(foldWord(words[0]!))) continue;
    if (words.some((word) => FIRST_NAMES.has(foldWord(word)))) continue;
    const full = [...words, name].join(" ");
    names.set(companyKey(full), full);
  }
  return names.size === 1 ? [...names.values()][0]! : null;
}

// The name kept below ends on the word right before `name` (the last of the 1–3 capitalised words the
// pattern reads, which are never dropped while a word stays after them): where the issue writes none
// that passes as a name's word and no first name, no pattern is compiled.
const LONGER_NAME_RUN_CHAR = /^[\p{L}'’-]$/u;
function mayFollowAHouseWord(issueText: string, name: string): boolean {
  for (const at of occurrences(issueText, name)) {
    if (at < 2 || (issueText[at - 1] !== " " && issueText[at - 1] !== "\u00a0")) continue;
    const word = runBefore(issueText, at - 1, LONGER_NAME_RUN_CHAR);
    if (NAME_WORD.test(word) && !FIRST_NAMES.has(foldWord(word))) return true;
  }
  return false;
}

export function useFullNamesOfHouses(moves: readonly NotedMove[], issueText: string): void {
  for (const move of moves) {
    const full = fullNameOfHouse(move.company, issueText);
    if (full === null) continue;
    move.company = full;
    move.previous_companies = move.previous_companies.filter((left) => companyKey(left) !== companyKey(full));
    move.reasons.push(note(NOTES.companyNamedByLastWord));
  }
}
