// Paragraphs outside the Mouvements section that read like a move (issue 13: no move missed in
// silence): every paragraph of an issue whose section was not found, and the paragraphs around a
// section that was, where a mover the section's end cut off or one announced before its heading
// stands. They are listed as "outside_section" with their candidates; no record is read from them.

import { SPEECH } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { personKey } from "./names.ts";
import { readsLikeAMove } from "./section.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import type { UnreadParagraph } from "./types.ts";
import { companiesIn, MAX_CANDIDATES, titlesIn } from "./unread-candidates.ts";
import { frontedTitleName, givenFirstMention, givenNameFirst, verblessListNames } from "./unread-layouts.ts";
import { isTaglineName, looksLikeAName, newlyTitled, sameWords } from "./unread-names.ts";
import { MOVE_WORD_START, signalsAMove } from "./unread-signals.ts";

/**
 * An issue whose moves section was not found: its paragraphs that read like a move (a verb of the
 * move lexicon and a person-looking name, the section finder's own test), wherever they stand, so
 * that a mover in a layout the finder does not know is not lost in silence. Quotes are masked first
 * (someone quoted about a move is no mover); indexes count the issue's paragraphs.
 */
export function findOutsideSectionParagraphs(paragraphs: string[]): UnreadParagraph[] {
  const unread: UnreadParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.trim().length < 25 || !readsLikeAMove(maskQuotes(paragraph))) return;
    unread.push(outsideSection(paragraph, index));
  });
  return unread;
}

function outsideSection(paragraph: string, index: number, verbless: string[] = []): UnreadParagraph {
  const masked = maskQuotes(paragraph);
  const named: string[] = [];
  const spelt: string[] = [...verbless];
  for (const sentence of splitSentences(masked))
    for (const mention of findPersonMentions(sentence.text)) {
      if (!named.includes(mention.name)) named.push(mention.name);
      const name = givenNameFirst(
        mention,
        sentence.text.slice(Math.max(0, mention.start - 12), mention.start),
      );
      if (!spelt.some((other) => sameWords(other, name))) spelt.push(name);
    }
  return {
    paragraph_index: index,
    paragraph,
    reason: "outside_section",
    candidates: {
      people: spelt.slice(0, MAX_CANDIDATES),
      companies: companiesIn(masked, new Set(named.map(personKey))),
      roles: titlesIn(masked),
    },
  };
}

// how far from a name its move verb may stand ("X, directeur financier du port depuis 2018, qui lui
// succède comme directeur général")
const NEAR = 120;

// "LA MINUTE CYBER", "LA LETTRE DU VIN": a title in capitals after its article is no one's name
const SHOUTED_ARTICLE = /(?<![\p{L}])(?:LA|LE|LES|L['’]|UNE?|DU|DES)\s*$/u;

// "… après cinq ans. — Clara Roy", "… ! — Dr Ingrid Roy": the signature under a post
const SIGN_OFF = /(?:^|[.!?…»"])\s*[—–]\s*(?:(?:Dr|Pr|Me|M\.|Mme)\s+)?$/u;

const squeezed = (text: string) => text.replace(/\s+/gu, " ").trim();

/**
 * `paragraph` with every occurrence of `texts` cut out (a space left for each). The section's
 * paragraphs follow one another in the issue, so each is looked for first after the last one found:
 * a line of 16,000 table cells, each a paragraph of the section, is walked once instead of once per
 * cell (cutting each by split and join, from the start, had taken seconds).
 */
function withoutTexts(paragraph: string, texts: string[]): string {
  const cuts: Array<[number, number]> = [];
  let cursor = 0;
  for (const text of texts) {
    let at = paragraph.indexOf(text, cursor);
    if (at < 0) at = paragraph.indexOf(text);
    if (at < 0) continue;
    let last = at;
    for (; at >= 0; at = paragraph.indexOf(text, at + text.length)) {
      cuts.push([at, at + text.length]);
      last = at;
    }
    cursor = Math.max(cursor, last + text.length);
  }
  if (cuts.length === 0) return paragraph;
  cuts.sort((a, b) => a[0] - b[0]);
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start >= from) kept.push(paragraph.slice(from, start));
    from = Math.max(from, end);
  }
  kept.push(paragraph.slice(from));
  return kept.join(" ");
}

/**
 * An issue whose moves section was found: its other paragraphs that read like a move (the same test
 * as findOutsideSectionParagraphs), so that a mover the section's end cut off ("• Nouvelle directrice
 * …" on lines after the last blank line) or one announced before its heading is not lost in silence.
 * The section's own text is taken out of each issue paragraph first; what is left is listed. Indexes
 * follow the section's (section length + the issue paragraph's index): an issue's unread paragraphs
 * have distinct indexes, and those already stored keep theirs (an issue read again adds none twice).
 * The index is therefore no reading position: the paragraphs are answered apart, those standing
 * before the section's first paragraph and those from it on, for the caller to list in the issue's
 * order (the review queue shows them in the order they are stored).
 */
export function findBesideSectionParagraphs(
  issue: string[],
  section: string[],
): { beforeSection: UnreadParagraph[]; afterSection: UnreadParagraph[] } {
  const inSection = section.map(squeezed).filter((text) => text.length > 0);
  const sectionParagraphs = new Set(inSection);
  let sectionStart = -1;
  const rest = issue.map((paragraph, at) => {
    const whole = squeezed(paragraph);
    // most of an issue's paragraphs are one of the section's, or hold none of it
    const rest = sectionParagraphs.has(whole) ? "" : squeezed(withoutTexts(whole, inSection));
    if (sectionStart < 0 && rest !== whole) sectionStart = at;
    return rest;
  });
  const beforeSection: UnreadParagraph[] = [];
  const afterSection: UnreadParagraph[] = [];
  rest.forEach((paragraph, at) => {
    const masked = maskQuotes(paragraph);
    // movers without a verb: a list of marked items, each a name with a title, or a paragraph
    // opening on the title of the person it names (unread-layouts.ts)
    const nameLike = (mention: PersonMention) =>
      !isTaglineName(mention) &&
      !MOVE_WORD_START.test(mention.name) &&
      isConfidentPerson(givenFirstMention(mention));
    const verbless = [
      ...new Set([
        ...verblessListNames(masked, nameLike),
        frontedTitleName(masked, nameLike) ?? "",
        ...newlyTitled(masked),
      ]),
    ].filter(Boolean);
    // a heading (the section's own, "LES NOMINATIONS DE LA SEMAINE"): a few words, no sentence
    if (verbless.length === 0 && !/[.!?]/u.test(paragraph) && paragraph.split(/\s+/u).length <= 10) return;
    // stricter than readsLikeAMove: a move verb and a name read as a person in one sentence,
    // nobody speaking (news items around a section name a company "rejoint le consortium …" and
    // quote its head in the next sentence)
    const moveSentence = splitSentences(masked).some((sentence) => {
      if (SPEECH.test(sentence.text)) return false;
      return findPersonMentions(sentence.text).some((mention) => {
        // a post signed off "… ! — Name" is its author's: the whole paragraph is near the name
        const signOff = SIGN_OFF.test(masked.slice(0, sentence.start + mention.start));
        // a name the lexicon does not know reads as a person's too ("Ornella Roy, venue de C, prend
        // sa suite"): next to a move word, within the sentence
        const personLike = isConfidentPerson(mention) || (looksLikeAName(mention) && !isTaglineName(mention));
        if (!personLike || MOVE_WORD_START.test(mention.name)) return false;
        // "NOMINATIONS AGENDA" is a heading, "LA MINUTE CYBER" a title
        if (SHOUTED_ARTICLE.test(sentence.text.slice(Math.max(0, mention.start - 6), mention.start)))
          return false;
        const near = signOff
          ? masked
          : sentence.text.slice(Math.max(0, mention.start - NEAR), mention.end + NEAR);
        return signalsAMove(near);
      });
    });
    if (!moveSentence && verbless.length === 0) return;
    const listed = outsideSection(paragraph, section.length + at, verbless);
    if (sectionStart >= 0 && at < sectionStart) beforeSection.push(listed);
    else afterSection.push(listed);
  });
  return { beforeSection, afterSection };
}
