// Where a moves paragraph names each of its people, for the walk that accounts for them (unread.ts):
// the text it reads (quotes masked, unless the paragraph is one quoted announcement), each name in
// a sentence in full, by surname once named, or by a pronoun opening the sentence, and the words
// around a name. Offsets are kept throughout, so a mention found in the masked text stands where
// it stands in the paragraph.

import { SPEECH } from "./lexicon.ts";
import type { PersonMention } from "./mentions.ts";
import { maskQuotes } from "./sentences.ts";

// "tandis qu'Aude Roy prend …", "lorsqu'Yves …": the elided conjunction is glued to the name.
// Blanked (offsets kept) so the name is found like any other.
const ELIDED_CONJUNCTION = /(?<![\p{L}])(?:qu|lorsqu|puisqu|jusqu)['’](?=\p{Lu})/gu;

// "→ « Congratulations to our newly promoted Partners: A, B and C! » (C, bureau de Lyon)": a
// paragraph that is one quote is an announcement quoted whole, not someone speaking about a move
function quotedWhole(paragraph: string): boolean {
  const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;
  const outside = maskQuotes(paragraph);
  return outside !== paragraph && letters(outside) * 3 < letters(paragraph) && !SPEECH.test(outside);
}

/** The paragraph as the walk reads it: quotes masked (not one quoted whole), elided conjunctions blanked. */
export function peopleText(paragraph: string): string {
  return (quotedWhole(paragraph) ? paragraph : maskQuotes(paragraph)).replace(ELIDED_CONJUNCTION, (elided) =>
    " ".repeat(elided.length),
  );
}

export interface Anchor {
  name: string;
  start: number;
  end: number;
  /** The mention found there; none for a surname or a pronoun standing for someone named before. */
  mention?: PersonMention;
}

// "Celui-ci a pris en juillet la direction de …": the sentence is about the last person named
// "Elle devient conseillère du président de C": so is a sentence opening on a subject pronoun,
// unless it is the pronoun of the one replaced ("Il sera remplacé par Y" names Y's move, not theirs)
const DEMONSTRATIVE_OPENING =
  /^\s*(?:Ce dernier|Cette dernière|Celui-ci|Celle-ci|(?:Il|Elle)(?=\s)(?!\s+(?:est|sera|a été|va être|vient d'être)\s+(?:remplacée?|relayée?)(?![\p{L}])))(?![\p{L}])/u;

/**
 * Where each person of a sentence is named, in full or, once named in the paragraph, by surname
 * alone ("Pouilly, qui dirigeait l'entreprise depuis 2011, devient …"), in text order; a sentence
 * opening on a demonstrative or a subject pronoun stands for the last of `people` it does not name.
 */
export function anchorsIn(sentence: string, mentions: PersonMention[], people: string[]): Anchor[] {
  const anchors: Anchor[] = mentions.map((mention) => ({
    name: mention.name,
    start: mention.start,
    end: mention.end,
    mention,
  }));
  const lower = sentence.toLowerCase();
  for (const name of people) {
    const surname = (name.split(/\s+/u).at(-1) ?? "").toLowerCase();
    if (surname.length < 3) continue;
    for (let at = lower.indexOf(surname); at >= 0; at = lower.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (/\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(end))) continue;
      if (anchors.some((a) => a.start <= at && a.end >= end)) continue;
      anchors.push({ name, start: at, end });
    }
  }
  anchors.sort((a, b) => a.start - b.start);
  const demonstrative = DEMONSTRATIVE_OPENING.exec(sentence);
  const last = people.findLast((name) => !mentions.some((m) => m.name === name));
  if (demonstrative && last && (anchors[0]?.start ?? Number.POSITIVE_INFINITY) >= demonstrative[0].length)
    anchors.unshift({ name: last, start: 0, end: demonstrative[0].length });
  return anchors;
}

// "…, lui, la direction": an aside pronoun between a verb and its object
const ASIDE_PRONOUN = /,\s*(?:lui|elle|eux|elles)(?:-mêmes?)?\s*,/gu;

/** The words after an anchor up to the next person named (or the sentence's end), aside pronouns left out. */
export function clauseAfter(sentence: string, anchor: Anchor, next: Anchor | undefined): string {
  return sentence.slice(anchor.end, next?.start ?? sentence.length).replace(ASIDE_PRONOUN, "");
}

// The words before and after a name in its sentence, for the table of non-move reasons
export function sentenceAround(text: string, name: string): { before: string; clause: string } | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const start = Math.max(0, text.slice(0, at).search(/[.!?;][^.!?;]*$/u) + 1);
  const after = text.slice(at + name.length);
  const end = after.search(/[.!?;]/u);
  return { before: text.slice(start, at).slice(-80), clause: end < 0 ? after : after.slice(0, end + 1) };
}
