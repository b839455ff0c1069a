// Sentence splitting tuned for press French: "M. Dupont", "Inc." and initials do not end a
// sentence, and a decimal comma or "Mistral.ai" never does.

import { allMatches } from "./all-matches.ts";
import { findBureauLines } from "./bureau-lines.ts";
import { MONTH, WEEKDAY } from "./lexicon.ts";
import type { Span } from "./mentions.ts";

// "J.-M. Roy", "U.-J. ROY": a hyphenated pair of initials ends no sentence either
const ABBREVIATION_END =
  /(?:^|\s)(?:M|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Inc|Corp|Ltd|Co|Cie|cf|ex|etc|resp|(?:\p{Lu}\.-)*\p{Lu})\.$/u;

// "… chez Savonnette & Co. Chez Cleanoria, X est promue …": a company's legal form ends its name
// and the sentence with one full stop when the next word can only open a sentence (a capitalised
// preposition, article or pronoun)
const LEGAL_FORM_END = /(?:^|\s)(?:Inc|Corp|Ltd|Co|Cie)\.$/u;
const SENTENCE_OPENER =
  /^(?:Chez|Il|Elle|Ils|Elles|Le|La|Les|L['’]|Un|Une|Son|Sa|Ses|Leur|Depuis|Après|Avant|Selon|Côté|Au|Aux|À|En|Dans|Pour|Par|Ce|Cet|Cette|Ces|Sur|Avec|Quant|Enfin|Par ailleurs)(?![\p{L}])/u;

// Clause patterns look around each verb, so a sentence costs more than its length: a run of text
// with no full stop longer than any real sentence is read in pieces cut at a comma or a space.
export const MAX_SENTENCE_CHARS = 600;

function pushBounded(spans: Span[], paragraph: string, start: number, end: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const window = paragraph.slice(from, from + MAX_SENTENCE_CHARS);
    const comma = window.lastIndexOf(", ");
    const cut = comma > MAX_SENTENCE_CHARS / 2 ? comma + 1 : window.lastIndexOf(" ");
    const at = from + (cut > 0 ? cut : MAX_SENTENCE_CHARS);
    spans.push({ text: paragraph.slice(from, at), start: from, end: at });
    from = at;
    while (from < end && /\s/.test(paragraph[from]!)) from++;
  }
  if (from < end) spans.push({ text: paragraph.slice(from, end), start: from, end });
}

// "X passe à l'ennemi : il rejoint C comme R", "X quitte A ; elle rejoint B comme R": a colon before
// a subject pronoun and its verb, or a semicolon before one and a verb of a move, opens a clause of
// its own, whose "il" points back to the person before the colon as a new sentence's would
// (the colon opens it: surname-references.ts reads ": il" as a fronted pronoun). Not before "il y",
// "elle en": those point to the house named before the colon, which the clause would lose
// "… comme administrateur. • Chez C, X est promue …": an inline bullet after a full stop opens the
// next item, a sentence of its own (the bullet stays at its head, where the openers allow it)
// (after a semicolon only a move: "A, directrice ; elle dirigeait l'usine de C ; B, …" is one item
// of a list read as a whole)
const PRONOUN_CLAUSE_MOVE =
  "rejoint|rejoindra|a rejoint|devient|deviendra|prend|prendra|intègre|intégrera|s'installe|s'installera|(?:est|sera|a été) (?:nommée?|promue?|recrutée?|désignée?|élue?)";
const SENTENCE_BOUNDARY = new RegExp(
  String.raw`(?<=[.!?…])\s+(?=(?:[•▪►▸◦■]\s*)?[«"(\p{Lu}\p{N}])` +
    String.raw`|\s+(?=:\s+(?:(?:après|avant)\s[^,.;:]{2,60},\s*)?(?:il|elle|ils|elles)\s+(?!(?:y|en)\s)\p{Ll})` +
    String.raw`|\s+(?=;\s+(?:il|elle)\s+(?:${PRONOUN_CLAUSE_MOVE})(?![\p{L}]))`,
  "gu",
);

// A paragraph is split by each of the parser's steps (the clause reader, the slot reader and its
// second reading, the doubts, the unread paragraphs: five times on average on the bench's issues):
// split once, its sentences are handed out again, frozen, in a new array.
const sentencesByParagraph = new Map<string, readonly Span[]>();

export function splitSentences(paragraph: string): Span[] {
  let sentences = sentencesByParagraph.get(paragraph);
  if (sentences === undefined) {
    sentences = Object.freeze(sentencesOf(paragraph).map((span) => Object.freeze(span)));
    if (sentencesByParagraph.size > 2_000) sentencesByParagraph.clear();
    sentencesByParagraph.set(paragraph, sentences);
  }
  return [...sentences];
}

function sentencesOf(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const boundary of allMatches(paragraph, SENTENCE_BOUNDARY)) {
    const end = boundary.index;
    const before = paragraph.slice(start, end);
    if (
      ABBREVIATION_END.test(before) &&
      !(LEGAL_FORM_END.test(before) && SENTENCE_OPENER.test(paragraph.slice(end + boundary[0].length)))
    )
      continue;
    pushBounded(spans, paragraph, start, end);
    start = end + boundary[0].length;
  }
  if (start < paragraph.length) pushBounded(spans, paragraph, start, paragraph.length);
  return withBureauLines(paragraph, spans);
}

// "… composé : Présidente : A Vice-présidents : B – C Trésorier : D La fédération a …": each line
// of a bureau (bureau-lines.ts) is a sentence, and so is what follows the last
function withBureauLines(paragraph: string, spans: Span[]): Span[] {
  const lines = findBureauLines(paragraph);
  if (lines.length === 0) return spans;
  const cuts = lines.flatMap((line) => [line.start, line.end]);
  return spans.flatMap((span) => {
    const pieces: Span[] = [];
    let from = span.start;
    for (const cut of cuts.filter((at) => at > span.start && at < span.end)) {
      const text = paragraph.slice(from, cut);
      if (text.trim()) pieces.push({ text: text.trimEnd(), start: from, end: from + text.trimEnd().length });
      from = cut;
      while (from < span.end && /\s/u.test(paragraph[from]!)) from++;
    }
    if (from < span.end) pieces.push({ text: paragraph.slice(from, span.end), start: from, end: span.end });
    return pieces;
  });
}

// Quoted speech names people who are not moving ("« … », se réjouit Paul Martin" is fine, the
// quote itself is not). Blanking quotes keeps every offset valid.
// A unit's own name in guillemets is no speech: "présidente du comité « culture et santé »",
// "responsable de la collection « Petits Pas »" (a few words, no sentence inside; role-phrase.ts
// keeps it in the title).
export const UNIT_NAMED_IN_QUOTES = String.raw`(?<![\p{L}])(?:comité|commission|collection|programme|pôle|cellule|groupe de travail|chaire|label|dispositif|plan|projet|mission|observatoire|collège|section|conseil)\s+«\s*[^«»,;:.!?]{1,60}?\s*»`;
const UNIT_BEFORE_QUOTE =
  /(?<![\p{L}])(?:comité|commission|collection|programme|pôle|cellule|groupe de travail|chaire|label|dispositif|plan|projet|mission|observatoire|collège|section|conseil)\s+$/u;

export function maskQuotes(text: string): string {
  // most paragraphs quote nobody, and the readers mask each one several times
  if (!text.includes('"') && !text.includes("«")) return text;
  return text.replace(/«[^»]*»|"[^"]*"/g, (quote, at: number) =>
    quote.startsWith("«") &&
    quote.length <= 64 &&
    !/[,;:.!?]/u.test(quote) &&
    UNIT_BEFORE_QUOTE.test(text.slice(Math.max(0, at - 40), at))
      ? quote
      : " ".repeat(quote.length),
  );
}

// Adverbials between a move verb and its object are never part of the role or the employer
// ("deviendra le 1er mars directrice financière", "a été nommé lundi 2 janvier directeur",
// "prendra en janvier la direction", "est élue de justesse présidente", "sera à la même date
// directeur général"). Blanked like quotes, so every
// clause pattern reads "deviendra directrice financière" and offsets stay valid. Only right after
// a verb: elsewhere a date ends the role ("nommé directeur à compter du 1er avril").
const DATE = `(?:(?:le |au |dès le |à compter du |à partir du )?(?:(?:${WEEKDAY}) )?(?:\\d{1,2}(?:er)?|premier) (?:${MONTH})(?: \\d{4})?|(?:en|dès|début|fin|mi-)\\s?(?:${MONTH})(?: \\d{4})?|en \\d{4}|(?:dès|à compter de|à partir de) (?:${MONTH}|la rentrée|cette date|maintenant|aujourd'hui)(?: \\d{4})?)`;
// the act that appoints: "a été nommée le 12 mars, en conseil des ministres, présidente de …", "est
// nommé par décret du 2 mai directeur de …"
const ACT = `(?:en conseil des ministres|par (?:décret|arrêté)(?: (?:du|en date du) (?:\\d{1,2}(?:er)?|premier) (?:${MONTH})(?: \\d{4})?)?)`;
// ("nommé lundi à la tête de C": a weekday alone, the day of the act)
// ("a recruté le 3 octobre, à 31 ans, son premier R": the mover's age, told with the date)
const ASIDE = `(?:${DATE}|à \\d{2} ans|(?:${WEEKDAY})(?: dernier| prochain)?(?= (?:à|au|comme|en tant qu)(?![\\p{L}]))|de justesse|en outre|par ailleurs|également|aussi|à la même date|à cette date|à cette occasion|le même jour|officiellement|à nouveau|de nouveau|par intérim(?= (?:le|la|les|l'|directeur|directrice|président|présidente))|${ACT})`;
const VERB_BEFORE_ASIDE =
  "(?:devient|deviendra|deviendront|sera|seront|prend|prendra|prennent|prendront|rejoint|rejoindra|rejoignent|intègre|intégrera|occupe|occupera|arrive|arrivera|succède|succédera|remplace|remplacera|nommée?s?|élue?s?|désignée?s?|promue?s?|choisie?s?|reconduite?s?|installée?s?|recrutée?s?|recrute|recrutera|nomme|nommera|accueille|accueillera|nomination|arrivée)";
// This pattern and COMMA_ASIDE_AFTER_VERB below open on a look-behind over every verb (and, for the
// comma's, an optional date), which the engine would try backwards at every offset of the
// paragraph: a one-character look-around put first (the space this look-behind ends on; the comma
// the aside opens on) turns away every other offset before it runs. Zero-width assertions at the
// same offset, and each is implied by what follows it, so the matches are the same; the paragraph's
// masks cost about a tenth of what they did (synthetic bench paragraphs, Node 20).
const ASIDE_AFTER_VERB = new RegExp(
  `(?<= )(?<=(?<![\\p{L}])${VERB_BEFORE_ASIDE} )(?:${ASIDE},? ){1,2}`,
  "giu",
);
// "prendra en juillet, pour deux saisons au moins, la direction technique de C", "deviendra le 15 juin,
// après une carrière menée chez A, responsable des achats de C", "pour prendre, en mai, celle de C": an
// aside between commas, opened by a preposition of time or circumstance, between a verb that takes
// a post (or its infinitive) and the post. It tells when or how long, never the post: blanked too.
// Only before an article or a lowercase word (never a name or a house in capitals), and never a
// purpose that carries the post ("pour diriger ses ventes") nor a title ("en tant que", "en qualité").
const VERB_BEFORE_COMMA_ASIDE = `(?:${VERB_BEFORE_ASIDE}|devenir|prendre|reprendre|rejoindre)(?: ${ASIDE})?`;
const COMMA_ASIDE = String.raw`,\s*(?:après|avant|depuis|dès|au terme d|à l['’]issue d|pour(?!\s+(?:y|en|\p{L}+(?:er|ir|re))\s)|en(?!\s+(?:tant|qualité)\s)|à(?!\s+(?:la tête|titre)\s))(?![\p{L}])[^,;.:«»()"]{2,90}?,\s*`;
const COMMA_ASIDE_AFTER_VERB = new RegExp(
  `(?=,)(?<=(?<![\\p{L}])${VERB_BEFORE_COMMA_ASIDE})${COMMA_ASIDE}(?=(?:la|le|les|l['’]|celle|celui)\\s*\\p{L}|\\p{Ll}{3})`,
  "giu",
);

// Each paragraph is masked three times (the clause reader, the slot reader, the second reading),
// and the patterns' look-behinds over every verb are the costly part: each answer is kept, bounded,
// with the careers' version beside it (maskAsidesKeepingCareers), so that no pattern runs twice.
interface MaskedAsides {
  masked: string;
  keepingCareers: string;
}
const maskedAsides = new Map<string, MaskedAsides>();
const blank = (aside: string) => " ".repeat(aside.length);

function masksOf(text: string): MaskedAsides {
  let masks = maskedAsides.get(text);
  if (masks === undefined) {
    const withoutPersonAsides = maskPersonAsides(text);
    let commaAside = false;
    // (the aside between commas first: its look-behind reads the date before it)
    const masked = withoutPersonAsides
      .replace(COMMA_ASIDE_AFTER_VERB, (aside) => {
        commaAside = true;
        return blank(aside);
      })
      .replace(ASIDE_AFTER_VERB, blank);
    masks = {
      masked,
      keepingCareers: commaAside ? withoutPersonAsides.replace(ASIDE_AFTER_VERB, blank) : masked,
    };
    if (maskedAsides.size > 2_000) maskedAsides.clear();
    maskedAsides.set(text, masks);
  }
  return masks;
}

export function maskAsides(text: string): string {
  return masksOf(text).masked;
}

/**
 * The paragraph as the career reader sees it: the asides between commas after a verb kept, since
 * the houses they name are where the mover comes from ("deviendra, après dix ans chez A, R de C").
 * Offsets are the same as maskAsides's (every mask blanks in place).
 */
export function maskAsidesKeepingCareers(text: string): string {
  return masksOf(text).keepingCareers;
}

// What a directory-style item prints after a name: the age and the school ("X (49 ans, ESSEC 1996)",
// "X (50 ans) (HEC 2004)", "X (Sciences Po 2009), 37 ans, directeur…"). They tell who the person is,
// not the move, and stand where the clause patterns expect the verb or the title: blanked like the
// adverbials above. A school is told from a house by its year, or by standing next to the age; an
// aside naming a house left ("ex-C", "ancien de C") is kept whole.
const AGE = String.raw`\d{2}\s+ans`;
const SCHOOL = String.raw`\p{Lu}[\p{L}&'’.-]*(?:\s+(?:de|du|des|d['’]|et|\p{Lu}[\p{L}&'’.-]*))*`;
const SCHOOL_WITH_YEAR = String.raw`${SCHOOL}\s+(?:19|20)\d{2}`;
const AGE_BRACKET = new RegExp(String.raw`^${AGE}(?:\s*,\s*(?:${SCHOOL_WITH_YEAR}|${SCHOOL}))*$`, "u");
const SCHOOL_BRACKET = new RegExp(`^${SCHOOL_WITH_YEAR}$`, "u");
const ANY_SCHOOL_BRACKET = new RegExp(String.raw`^${SCHOOL}(?:\s*,\s*${SCHOOL})*$`, "u");
const BRACKET = /\s*\(([^()]{1,60})\)/gu;
// ", 37 ans," after a name or its bracket: the age and one of its commas
const AGE_BETWEEN_COMMAS = new RegExp(String.raw`(?<=[\p{L})]),\s+${AGE}\s*(?=,)`, "gu");
const AGE_NEXT = new RegExp(String.raw`^\s*(?:,\s*${AGE}\s*,|\(${AGE}[,)])`, "u");
const MAY_HOLD_PERSON_ASIDE = /\d{2}\s+ans|(?:19|20)\d{2}/u;

export function maskPersonAsides(text: string): string {
  if (!MAY_HOLD_PERSON_ASIDE.test(text)) return text;
  const blanked: [start: number, end: number][] = [];
  for (const age of allMatches(text, AGE_BETWEEN_COMMAS))
    blanked.push([age.index, age.index + age[0].length]);
  let lastAgeEnd = -1;
  for (const bracket of allMatches(text, BRACKET)) {
    const content = bracket[1]!.trim();
    const end = bracket.index + bracket[0].length;
    const besideAge = bracket.index === lastAgeEnd || AGE_NEXT.test(text.slice(end));
    if (AGE_BRACKET.test(content)) lastAgeEnd = end;
    if (
      AGE_BRACKET.test(content) ||
      SCHOOL_BRACKET.test(content) ||
      (besideAge && ANY_SCHOOL_BRACKET.test(content))
    )
      blanked.push([bracket.index, end]);
  }
  let masked = text;
  for (const [start, end] of blanked)
    masked = masked.slice(0, start) + " ".repeat(end - start) + masked.slice(end);
  // "FAUVELET, designer principal": the comma after a blanked aside moves back against the name,
  // where the clause patterns look for it
  return masked.replace(/(?<=[^\s,])(\s{2,}),/gu, (_gap: string, spaces: string) => `,${spaces}`);
}
