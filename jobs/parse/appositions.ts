// The aside a writer sets between a person's name and the rest of their clause: an age, a past
// post, the houses they came through, in commas, brackets or dashes ("Anne Roy, 52 ans, jusqu'ici
// acheteuse chez Kargo, devient …", "Paul Girard (ex-Kargo) prend …", "Anne Roy – ex-Kargo –
// rejoint …", "Ferlog a promu Paul Girard, acheteur depuis 2015, directeur des achats"). The
// sentence model (sentence.ts) types each one once; the clause reader (clauses.ts) masks it to link
// the name to its verb or its new title, while the career reader (career.ts) still reads the
// original text, aside included, for the posts and houses it tells.

import type { PersonMention, Span } from "./mentions.ts";

export interface Apposition extends Span {
  /** The person the aside describes. */
  person: PersonMention;
}

// Only a comma, a bracket or a dash right after the name can open an aside: sentences without one
// cost no more than this test.
const OPENS_ASIDE = /^\s*[,(–—]|^\s+-\s/u;
// A bracket, closed before the clause goes on
const BRACKETED = /^\s*\([^()]{1,160}\)/u;
// "– ex-Kargo –", "— directrice des achats de Kargo —", " - ex-Kargo - ": a pair of dashes
const DASHED = /^\s*([–—]|-(?=\s))\s+[^–—.;:()]{1,160}?\s+\1/u;
// Commas: each comma closing a stretch without sentence punctuation, followed by a lower-case word
// (a verb or a title: "…, est nommé", "…, directrice des achats"), is a candidate end; never one
// followed by a conjunction ("A, ancienne de C, est R, et B devient R2": A's clause has ended)
const COMMA_CLOSE = /,\s*(?=\p{Ll}|l['’])(?!(?:et|ou|mais|puis|tandis|alors|or|and)(?![\p{L}]))/gu;
const COMMA_ASIDE_LIMIT = 240;
// "Anne Roy, 41 ans, acheteuse chez Kargo, …": an age alone is masked without its closing comma,
// which opens what follows, so the age is never read as the end of an apposition before a title
const AGE_ONLY = /^\s*,\s*\d{2}\s+ans\s*$/u;
// At most this many comma asides per person: past the third, the clause is a list, not an aside
const MAX_COMMA_ENDS = 3;

export function appositionsAfter(text: string, mentions: readonly PersonMention[]): Apposition[] {
  const asides: Apposition[] = [];
  for (const person of mentions) {
    const after = text.slice(person.end, person.end + COMMA_ASIDE_LIMIT + 2);
    if (!OPENS_ASIDE.test(after)) continue;
    const closed = BRACKETED.exec(after) ?? DASHED.exec(after);
    if (closed) {
      asides.push({ ...spanOf(text, person.end, person.end + closed[0].length), person });
      continue;
    }
    if (!/^\s*,/u.test(after)) continue;
    // the aside stops at the sentence's own punctuation or at the next person named
    const nextPerson = mentions.find((other) => other.start >= person.end);
    const stop = Math.min(
      ...[after.search(/[;:.()]\s|[;:()]|$/u), nextPerson ? nextPerson.start - person.end : Infinity].filter(
        (at) => at >= 0,
      ),
    );
    let ends = 0;
    for (const close of after.slice(0, stop).matchAll(COMMA_CLOSE)) {
      if (close.index === 0 || /^\s*$/u.test(after.slice(after.indexOf(",") + 1, close.index))) continue;
      const aside = after.slice(0, close.index);
      const end = person.end + (AGE_ONLY.test(aside) ? close.index : close.index + close[0].length);
      asides.push({ ...spanOf(text, person.end, end), person });
      if (++ends === MAX_COMMA_ENDS) break;
    }
  }
  return asides;
}

const spanOf = (text: string, start: number, end: number): Span => ({
  text: text.slice(start, end),
  start,
  end,
});
