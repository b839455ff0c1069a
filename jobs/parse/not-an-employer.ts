// Spans a clause reader may hand back as the employer that no employer can be, whatever shape read
// them: a person the paragraph names ("en remplacement de Jean-Michel Ortolan", "depuis le départ de
// Fabrice Mollard"), or a common noun capitalised by convention after an article, the portfolio or
// body a title names ("ministre de l'Intérieur", "directeur des Français de l'étranger",
// "ambassadrice de la République", "secrétaire d'État à la Justice"). Such a span is dropped and the
// employer is read from the context instead (implicit-company.ts), as when the clause names none.

import { allMatches } from "./all-matches.ts";
import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import { findPersonMentions } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";

// A lower-case article right before the word: a proper name takes a capitalised article of its own
// ("La Poste", "Le Chêne") or none ("chez Tempo", "d'Azimut"); "d'État" is a fixed complement.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:de la|de l['’]|des|du|au|aux|à la|à l['’]|la|le|les|l['’])\s*$/u;
const STATE_AFTER_D = /(?:^|[^\p{L}])d['’]\s*$/u;
// What may follow the word when it ends the span: the clause goes on. An adjective or a complement
// after it ("la Direction interministérielle des …", "du Service public du Lorvois") would make
// it the head of a longer name, which the issue's later steps read whole.
const CLAUSE_GOES_ON =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:a|à|au|aux|en|et|est|sont|ont|sera|qui|que|dont|où|pour|par|sur|avec|dans|depuis|le|la|les|un|une|l['’])(?![\p{L}]))/u;

// Where a name stands in a paragraph as a whole word: the places a global pattern
// `(?<![\p{L}-])name(?![\p{L}'’-])` would find, left to right, without compiling one for each name
// (isOnlyLeft's per-name pattern cost 5 % of the parse thread's CPU in bench:import). An empty name,
// or one holding a character beyond U+FFFF (a surrogate pair), goes through the pattern itself, where
// empty matches and code points decide.
const NOT_AFTER_LETTER = /(?<![\p{L}-])/uy;
const NOT_BEFORE_LETTER = /(?![\p{L}'’-])/uy;
const NOT_BEFORE_LETTER_OR_NAME = /(?![\p{L}'’-])(?!\s+\p{Lu})/uy;

function wordPlaces(text: string, word: string, end: RegExp): number[] {
  if (word === "" || /[\ud800-\udfff]/.test(word))
    return allMatches(text, compiledPattern(`(?<![\\p{L}-])${escapeRegExp(word)}${end.source}`, "gu")).map(
      (match) => match.index,
    );
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0; ) {
    NOT_AFTER_LETTER.lastIndex = at;
    end.lastIndex = at + word.length;
    if (NOT_AFTER_LETTER.test(text) && end.test(text)) {
      places.push(at);
      at = text.indexOf(word, at + word.length);
    } else at = text.indexOf(word, at + 1);
  }
  return places;
}

/** A person the paragraph names with a first name the parser knows. */
function namesPerson(company: string, paragraph: string): boolean {
  const key = personKey(company);
  return findPersonMentions(paragraph).some(
    (mention) => mention.knownFirstName && personKey(mention.name) === key,
  );
}

/**
 * A one-word subject that is the surname of a person the paragraph names in full with a first name
 * the parser knows: "X remplace Xavier Lambrechts … Lambrechts est attendu à …" points back to the
 * person. Asked of a sentence's subject only, where a house named after its family is written with
 * the noun that says so ("la tannerie Dupuy-Sarrans").
 */
export function isSurnameOfPersonNamed(subject: string, paragraph: string): boolean {
  const word = subject.trim();
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word)) return false;
  const key = personKey(word);
  return findPersonMentions(paragraph).some((mention) => {
    const words = mention.name.trim().split(/\s+/u);
    return mention.knownFirstName && words.length > 1 && personKey(words.at(-1)!) === key;
  });
}

/** A one-word common noun that the paragraph only ever writes after a lower-case article. */
function commonNounAfterArticle(company: string, paragraph: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(company) || !isFrenchWord(company)) return false;
  const occurrences = wordPlaces(paragraph, company, NOT_BEFORE_LETTER);
  return (
    occurrences.length > 0 &&
    occurrences.every((at) => {
      const before = paragraph.slice(Math.max(0, at - 8), at);
      return (
        (ARTICLE_BEFORE.test(before) || (company === "État" && STATE_AFTER_D.test(before))) &&
        CLAUSE_GOES_ON.test(paragraph.slice(at + company.length))
      );
    })
  );
}

// "Le constructeur de fours basé à Lunas recrute …": where a house is based is a town, not a house
const BASED_AT =
  /(?<![\p{L}])(?:basée?s?|installée?s?|implantée?s?|située?s?|sise?s?|domiciliée?s?)\s+à\s*$/u;

/** A name the paragraph writes only as where a house is based. */
function onlyWhereBased(company: string, paragraph: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(company)) return false;
  const occurrences = wordPlaces(paragraph, company, NOT_BEFORE_LETTER);
  return (
    occurrences.length > 0 &&
    occurrences.every((at) => BASED_AT.test(paragraph.slice(Math.max(0, at - 24), at)))
  );
}

/** Whether `company`, read as a record's employer from `paragraph`, cannot be one. */
export function isNoEmployer(company: string, paragraph: string): boolean {
  return (
    companyKey(company) === "" ||
    namesPerson(company, paragraph) ||
    commonNounAfterArticle(company, paragraph) ||
    onlyWhereBased(company, paragraph)
  );
}

// What tells that the employer after it is one the person left: "après huit ans chez", "il était chef
// pilote chez", "venus de", "qui vient de", "ancienne d'", "issue de", "après avoir dirigé", "a
// travaillé chez", "a passé dix ans chez", "débauche chez", "recrute son R chez", "en provenance de",
// "ex-".
const PAST_CUE = new RegExp(
  [
    String.raw`après (?:\p{L}+ )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+(?:ans|années|mois)\s+(?:chez|à|au sein d(?:e|u|es)|d['’])`,
    String.raw`(?:était|avait été)\s[^.;:]{0,60}?\schez`,
    String.raw`venue?s?\s+(?:de|du|des|d['’])`,
    String.raw`qui\s+vient\s+(?:de|du|des|d['’])(?!\s*être)`,
    String.raw`ancien(?:ne)?s?\s+(?:de|du|des|d['’])`,
    String.raw`issue?s?\s+(?:de|du|des|d['’])`,
    String.raw`après avoir (?:été|dirigé|travaillé|passé|exercé)\s[^.;:]{0,60}?`,
    String.raw`a travaillé (?:\p{L}+ )?(?:chez|pour|à)`,
    String.raw`a passé\s[^.;:]{0,30}?(?:chez|à|au sein d(?:e|u|es))`,
    String.raw`débauchée?\s+(?:chez|de|d['’])`,
    String.raw`débauche\s+chez`,
    // "C recrute son directeur commercial chez l'opérateur D : X"
    String.raw`(?:recrute|débauche|embauche)\s(?:[\p{Ll}'’]+\s+){1,7}chez`,
    String.raw`en provenance\s+(?:de|du|des|d['’])`,
    "ex-",
  ].join("|"),
  "iu",
);
const PAST_BEFORE = new RegExp(
  String.raw`(?:${PAST_CUE.source})\s*(?:(?:le|la|les|l['’])\s*)?(?:\p{Ll}[\p{Ll}'’-]*\s+){0,4}$`,
  "iu",
);

/**
 * Whether the paragraph names `company` only as an employer someone left ("après huit ans chez C",
 * "venus de C", "il était chef pilote chez C"): read as the new employer, it is most often a career
 * taken for the move, and the context's employer is the one joined.
 */
export function isOnlyLeft(company: string, paragraph: string): boolean {
  const occurrences = wordPlaces(paragraph, company, NOT_BEFORE_LETTER_OR_NAME);
  return (
    occurrences.length > 0 &&
    occurrences.every((at) => PAST_BEFORE.test(paragraph.slice(Math.max(0, at - 90), at)))
  );
}
