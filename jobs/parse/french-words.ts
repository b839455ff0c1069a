// The general French lexicon (an-array-of-french-words: ~336,000 lower-case words and their
// inflections, sorted), to tell a capitalised common word ("Même", "Quatre", "Formalité") from a
// name. The list is kept as the package's raw JSON text and searched by bisection: building a Set
// of 336,000 strings costs ~40 MB and most of a second in every parse thread, the text ~5 MB and
// a few milliseconds.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const SEPARATOR = '","';
let words: string | null = null;

function lexicon(): string {
  words ??= readFileSync(
    createRequire(import.meta.url).resolve("an-array-of-french-words/index.json"),
    "utf8",
  );
  return words;
}

/** The word of the list that starts at or after `position` in the JSON text. */
function wordFrom(text: string, position: number): string | null {
  const separator = text.indexOf(SEPARATOR, position);
  if (separator === -1) return null;
  const start = separator + SEPARATOR.length;
  return text.slice(start, text.indexOf('"', start));
}

// The parser asks about the same few hundred words over and over (each bisection is ~20 searches
// of the 5 MB text): each answer is kept, bounded like foldWord's cache.
const answers = new Map<string, boolean>();

/** Whether `word` (any case, accents kept) is a French dictionary word or one of its inflections. */
export function isFrenchWord(word: string): boolean {
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = searchLexicon(word);
    if (answers.size > 50_000) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

function searchLexicon(word: string): boolean {
  const target = word.toLowerCase();
  if (target.length === 0 || target.includes('"')) return false;
  const text = lexicon();
  if (text.startsWith(`["${target}"`)) return true;
  // The first position whose next word sorts at or after the target (the list is sorted by code unit).
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = wordFrom(text, middle);
    if (found === null || found >= target) high = middle;
    else low = middle + 1;
  }
  return wordFrom(text, low) === target;
}
