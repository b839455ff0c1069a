// The typed reading of one sentence, made once and shared by every shape (shapes.ts): its
// tokens, the people it names, the date and time adverbials and sentence adverbs (never part of a
// role), the introducers that announce an employer or a manager ("chez", "au sein de", "auprès
// de"), and where appositions and relative clauses open. Shapes read slots out of it instead of
// each re-reading the raw text for the same things.

import { allMatches } from "./all-matches.ts";
import { type Apposition, appositionsAfter } from "./appositions.ts";
import { COURTESY_TITLE, FIRST_NAMES, foldWord, HONORIFIC, MONTH, RANK_BEFORE_NAME } from "./lexicon.ts";
import { findPersonMentions, type PersonMention, type Span, type Token, tokenize } from "./mentions.ts";
import { firstPersonMentions } from "./self-announcement.ts";
import { withSurnameReferences } from "./surname-references.ts";

export interface Sentence {
  /** The sentence with each title of courtesy or rank before a name blanked (courtesySpans). */
  text: string;
  /** "M.", "le Dr", "au colonel", "la générale de brigade" right before a person named. */
  courtesies: Span[];
  tokens: Token[];
  /** People named, with surname-only and "ce dernier" references to earlier sentences resolved. */
  mentions: PersonMention[];
  /** "le 1er mars", "en janvier", "à la même date", "de justesse", "en outre", "par intérim"… */
  adverbials: Span[];
  /** "chez", "au sein de", "auprès de", "à la tête de": what follows names an employer or a manager. */
  introducers: (Span & { kind: "employer" | "manager" })[];
  /** Offsets where an apposition or a relative clause opens (", qui", ", dont", ", où", ", ex-"). */
  boundaries: number[];
  /**
   * Asides set between a named person and the rest of their clause (appositions.ts), the shortest
   * first for each person: what a reader may mask to link the name to its verb or title.
   */
  appositions: Apposition[];
}

// Dates and sentence adverbs that may sit between a verb and its object or after a title.
export const ADVERBIAL = new RegExp(
  [
    `(?:le |dès le |à compter du |à partir du |au )\\d{1,2}(?:er)? (?:${MONTH})(?: \\d{4})?(?: prochain)?`,
    `(?:en|dès|début|fin|mi-|courant|à partir de|à compter de)\\s?(?:${MONTH})(?: \\d{4})?(?: prochain| dernier)?`,
    "en \\d{4}",
    "(?:le|la|l')\\s?(?:mois|semaine|année|an) (?:dernier|dernière|prochain|prochaine)",
    "à la même date|à cette date|à cette occasion|le même jour|dans la foulée",
    "de justesse|en outre|par ailleurs|également|désormais|officiellement|aussi|à nouveau|de nouveau|dès à présent|dès aujourd'hui|aujourd'hui",
  ].join("|"),
  "giu",
);
const INTRODUCER = /(?<![\p{L}])(?:chez|au sein d(?:e |u |es |')|auprès d(?:e |u |es |'))/giu;
const BOUNDARY =
  /,\s*(?=(?:qui|dont|où|lequel|laquelle|ex-|ancien|ancienne|jusqu'ici|jusqu'alors|précédemment)(?![\p{L}]))/giu;

const NAME_AFTER = new RegExp(String.raw`^\s*(?:(?:${HONORIFIC})\s+)?(\p{Lu}[\p{L}-]+)`, "u");
// "auprès de Marc Lin": a person, so the one the mover reports to, not an employer.
function introducerKind(text: string, match: RegExpMatchArray): "employer" | "manager" {
  if (!/^auprès/iu.test(match[0])) return "employer";
  const next = NAME_AFTER.exec(text.slice(match.index! + match[0].length));
  return next && FIRST_NAMES.has(foldWord(next[1]!)) ? "manager" : "employer";
}

// A title of courtesy or a rank right before a name, with the article or the contracted
// preposition before it: "M. ", "le Dr ", "au colonel ", "la générale de brigade ", "du père ".
const COURTESY_BEFORE_NAME = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:(?:[Ll]e|[Ll]a|[Aa]u|[Dd]u)\s+|[Ll]['’]\s*))?(?<![\p{L}])(?:${COURTESY_TITLE})\s+$` +
    String.raw`|(?<![\p{L}])(?:(?:[Ll]e|[Ll]a|[Aa]u|[Dd]u)\s+|[Ll]['’]\s*)(?:${RANK_BEFORE_NAME})\s+$`,
  "u",
);

/** Where each title of courtesy or rank before a person's name stands ("le Dr Anne Roy"). */
export function courtesySpans(text: string, mentions: PersonMention[]): Span[] {
  const spans: Span[] = [];
  for (const mention of mentions) {
    const from = Math.max(0, mention.start - 60);
    const found = COURTESY_BEFORE_NAME.exec(text.slice(from, mention.start));
    if (!found) continue;
    const start = from + found.index;
    spans.push({ text: found[0], start, end: mention.start });
  }
  return spans;
}

// The sentence as its readers see it: a title of courtesy or a rank is how a person is addressed,
// never part of the post nor of the name, and it stood between a verb and its object ("recrute un
// directeur technique, M. Paul Girard", "promeut le Dr Anne Roy directrice médicale"). Each one is
// blanked to as many spaces, so offsets stay the sentence's; "au"/"du" before it stay "à"/"de"
// ("confie sa direction au Dr Anne Roy" → "à Anne Roy"). "M." alone stays: it is the masculine
// cue the readers agree titles with (clause-slots.ts MASCULINE_CUE), and every slot accepts it.
function withoutCourtesies(text: string, spans: Span[]): string {
  let blanked = text;
  for (const span of spans) {
    if (/^M\.\s+$/u.test(span.text)) continue;
    const contracted = /^([Aa]u|[Dd]u)\s/u.exec(span.text)?.[1];
    const kept = contracted ? (/^[Aa]/u.test(contracted) ? "à" : "de") : "";
    const replacement = kept + " ".repeat(span.end - span.start - kept.length);
    blanked = blanked.slice(0, span.start) + replacement + blanked.slice(span.end);
  }
  return blanked;
}

export function readSentence(
  given: string,
  earlierPeople: PersonMention[] = [],
  signer: PersonMention | null = null,
): Sentence {
  const named = withSurnameReferences(given, findPersonMentions(given), earlierPeople);
  const courtesies = courtesySpans(given, named);
  const text = withoutCourtesies(given, courtesies);
  // a signed first-person post: "je" is the signer (self-announcement.ts)
  const mentions = signer
    ? [...firstPersonMentions(text, signer), ...named].sort((a, b) => a.start - b.start)
    : named;
  const spans = (pattern: RegExp) =>
    allMatches(text, pattern).map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  return {
    text,
    courtesies,
    tokens: tokenize(text),
    mentions,
    adverbials: spans(ADVERBIAL).filter((span) => !/\p{L}/u.test(text.charAt(span.end) || " ")),
    introducers: allMatches(text, INTRODUCER).map((m) => ({
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
      kind: introducerKind(text, m),
    })),
    boundaries: allMatches(text, BOUNDARY).map((m) => m.index!),
    appositions: appositionsAfter(text, mentions),
  };
}

/** Past the adverbials that start at `at` ("deviendra le 1er mars directrice …"). */
export function skipAdverbials(sentence: Sentence, at: number): number {
  let skipped = at;
  for (;;) {
    let position = skipped;
    while (/[\s,]/u.test(sentence.text.charAt(position))) position++;
    const adverbial = sentence.adverbials.find((span) => span.start === position);
    if (!adverbial) return skipped;
    skipped = adverbial.end;
  }
}
