// Item markers: what a newsletter sets around an item that is no part of its text, so that it never
// enters a company, a role or a name, and each marked item is a paragraph of its own.
//   - a numbered thread: "1/ …", "12/ …", "3) …" (a social-network thread copied into the letter);
//   - a dated digest: "03/11 — …", "03.11 : …", "Le 3 novembre : …", "Mardi 3 novembre — …";
//   - a press-release label: "COMMUNIQUÉ — X annonce …", "Communiqué de presse : …", "PRESS RELEASE —
//     X announces …", maybe with a dateline ("Lyon, le 3 novembre 2026 —"): the label is the
//     release's kind, not its announcer (the announcer is the subject that follows it);
//   - a signature of initials closing the item: "(J.-P. L.)", "(A. B.-K.)", "— M.-C. D.".
// Each pattern is a layout, whatever words the item holds.

import { MONTH, WEEKDAY } from "./lexicon.ts";

const THREAD_NUMBER = /^\s*\d{1,2}\s*\/\s*(?:\d{1,2}\s+)?(?=\S)/u;
const DAY_MONTH = /^\s*\[?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\]?\s*(?:[—–:|-]|\s\s)\s*(?=\S)/u;
const WRITTEN_DATE = new RegExp(
  `^\\s*(?:(?:le|Le|LE)\\s+)?(?:(?:${WEEKDAY})\\s+)?(?:1er|\\d{1,2})\\s+(?:${MONTH})(?:\\s+\\d{4})?\\s*[—–:-]\\s*(?=\\S)`,
  "iu",
);
// the words a release's label is made of, in French and English, any case
const RELEASE_LABEL = new RegExp(
  "^\\s*\\[?(?:communiqu[ée](?:\\s+de\\s+presse)?|press\\s+release|news\\s+release|for\\s+immediate\\s+release|" +
    "information\\s+presse|annonce\\s+officielle)\\]?\\s*(?:[—–:|-]\\s*|\\.\\s+|\\s+(?=\\p{Lu}))" +
    // "Lyon, le 3 novembre 2026 —", "Paris, 3 November 2026 —": the release's dateline
    `(?:\\p{Lu}[\\p{L}' -]{1,30},\\s+(?:le\\s+)?(?:1er|\\d{1,2})\\s+(?:${MONTH}|[A-Z][a-z]+)\\s+\\d{4}\\s*[—–:.-]\\s*)?`,
  "iu",
);
// "(J.-P. L.)", "(A. B.-K.)", "(É. M.)", "— M.-C. D.": two or three initials, each one capital and a
// point, joined by hyphens inside a compound first name or surname
const INITIAL = "\\p{Lu}\\.(?:\\s?-\\s?\\p{Lu}\\.)*";
const SIGNED_INITIALS = new RegExp(
  `\\s*(?:\\(\\s*${INITIAL}(?:\\s*${INITIAL}){1,2}\\s*\\)|[—–]\\s*${INITIAL}(?:\\s*${INITIAL}){1,2})\\s*$`,
  "u",
);

const OPENING_MARKERS = [THREAD_NUMBER, DAY_MONTH, WRITTEN_DATE];

/** Whether a line opens an item with a thread number or a date (each such line is an item). */
export function opensMarkedItem(line: string): boolean {
  return OPENING_MARKERS.some((marker) => marker.test(line));
}

/** Whether a paragraph opens on a press-release label. */
export const opensRelease = (paragraph: string) => RELEASE_LABEL.test(paragraph);

/**
 * The item without its markers: the opening number, date or release label and the closing initials
 * go, and the text left opens on a capital as a sentence does ("Le 4 novembre : chez C, …" is
 * "Chez C, …").
 */
export function withoutItemMarkers(paragraph: string): string {
  let text = paragraph;
  for (const marker of [...OPENING_MARKERS, RELEASE_LABEL]) {
    const found = marker.exec(text);
    if (found && found[0].length < text.length) text = text.slice(found[0].length);
  }
  text = text.replace(SIGNED_INITIALS, "");
  if (text === paragraph) return paragraph;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
