// Place sub-headings: a moves section cut by region or city, each heading over the items of that place.
//
//   TOUR DE FRANCE DES DIRECTIONS
//
//   AUVERGNE-RHÔNE-ALPES
//
//   Chez Aménagement Vallée de l'Ardiselle, X prend la direction générale…
//
//   À LYON
//
//   Du côté de Transports Lyonnais, Y est nommé…
//
// Such a heading is a signpost inside the section, not the next section's heading (section.ts keeps
// reading past it when the item under it reads like a move), and never a company: the items name
// their employer themselves. A heading is a place when it is a region or place of the lexicon
// (REGION_NAMES, PLACES), or a proper name after a word that says "where" ("À Lyon", "En Wallonie",
// "Côté Belgique", "Du côté de Nantes", "Région Sud"); a common word there ("À noter", "En bref",
// "Côté entreprises") makes it some other heading.

import { isFrenchWord } from "./french-words.ts";
import { foldWord, PLACES, REGION_NAMES } from "./lexicon.ts";
import { withoutDecoration } from "./section-lexicon.ts";

const placeKey = (text: string) =>
  foldWord(text).replace(/[-‐–]/gu, " ").replace(/’/gu, "'").replace(/\s+/gu, " ").trim();

const KNOWN_PLACES = new Set([...REGION_NAMES, ...[...PLACES].map(placeKey)].map(placeKey));

// Words that say "where" before a place, folded.
const WHERE =
  /^(?:(?:du\s+)?cote\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)?|a\s+|en\s+|au\s+|aux\s+|dans\s+(?:le\s+|la\s+|les\s+|l')|(?:en\s+)?region\s+|sur\s+|zoom\s+sur\s+)/u;

// Words that link a place's proper names ("Pays de la Loire", "Saint-Jean-de-Luz", "Côte d'Azur").
const LINKS = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "d",
  "sur",
  "en",
  "et",
  "sous",
  "saint",
  "sainte",
]);

// "BRETAGNE / PAYS DE LA LOIRE", "Normandie et Hauts-de-France": several places under one heading.
const PLACE_SEPARATOR = /\s*(?:\/|&|\+|,|\bet\b)\s*/u;

// A place is a region or place of the lexicon, or proper names after a word that says "where" or
// before a department's number: every word capitalised, and, after "où" words, one at least that no
// dictionary holds ("À Saint-Nazaire", "Côté Haute-Savoie"; "À la une", "Côté entreprises" are
// common words, "Côté RH" an acronym of a trade).
function isPlaceName(folded: string, original: string, where: boolean, numbered: boolean): boolean {
  if (folded.length === 0) return false;
  if (KNOWN_PLACES.has(folded)) return true;
  if (!where && !numbered) return false;
  const words = original.split(/[\s'’-]+/u).filter((word) => word.length > 0);
  const names = words.filter((word) => !LINKS.has(foldWord(word)));
  if (names.length === 0 || !names.every((word) => /^\p{Lu}/u.test(word) && !/\d/u.test(word))) return false;
  return numbered || names.some((word) => word.length >= 4 && !isFrenchWord(word.toLowerCase()));
}

/** Whether a line, once its decorations are off, is a region or city heading ("OCCITANIE", "À LYON"). */
export function isPlaceHeading(line: string): boolean {
  // "Loire-Atlantique (44)": a department's number says nothing more
  const bare = line.replace(/\s+/gu, " ").trim();
  const text = withoutDecoration(bare.replace(/\s*\((?:\d{2,3}|2[AB])\)$/u, ""));
  // "Loire-Atlantique (44)": a department's number says the name before it is a place
  const numbered = /\((?:\d{2,3}|2[AB])\)$/u.test(bare);
  if (text.length < 3 || text.length > 60 || /[.;!?«»"]|\d/u.test(text)) return false;
  if (text.split(/\s+/u).length > 7 || !/^\p{Lu}/u.test(text)) return false;
  const folded = placeKey(text);
  const where = WHERE.exec(folded);
  const restFolded = where ? folded.slice(where[0].length) : folded;
  // the same words in the original spelling, for the capitals and the dictionary (folding keeps
  // each letter's place: "é" is one letter, as "e")
  const original = where ? text.slice(where[0].length) : text;
  const parts = restFolded.split(PLACE_SEPARATOR);
  const originals = original.split(/\s*(?:\/|&|\+|,|\s(?:et|ET|Et)\s)\s*/u);
  if (parts.length !== originals.length) return isPlaceName(restFolded, original, where !== null, numbered);
  return parts.every((part, i) => isPlaceName(part, originals[i]!, where !== null, numbered));
}

// The items under a place heading open on their employer in several ways ("Chez C, …", "Du côté de
// C, …", "Côté C, …", "Au sein de C, …", "À la tête de C, …"); the readers know "Chez C, …" best (the
// employer of the item's move, a subject clitics point past). Each opening is read as that one; "À la
// tête de la direction financière de C" opens on a post, not an employer, and stays.
const EMPLOYER_OPENING =
  /^(?:Du côté|Côté|Au sein|À la tête|A la tête)\s+(?:d(?:e\s+(?=(?:la\s+|l['’])?[\p{Lu}\p{N}])|['’](?=[\p{Lu}\p{N}])|u\s+(?=[\p{Lu}\p{N}])|es\s+(?=[\p{Lu}\p{N}])))?(?=[\p{Lu}\p{N}]|la\s+\p{Lu}|l['’]\p{Lu})/u;
const ARTICLE_OF = new Map([
  ["du", "le "],
  ["des", "les "],
]);

/** The item with its employer opening written "Chez C, …", when it opens on one. */
export function withChezOpening(text: string): string {
  const opening = EMPLOYER_OPENING.exec(text);
  if (!opening) return text;
  const link = /(du|des)\s+$/u.exec(opening[0])?.[1];
  const rest = text.slice(opening[0].length);
  // "Côté C, …": one capitalised name, then a comma, no sentence of its own
  if (!/^[^.;:!?]{1,90},\s/u.test(rest)) return text;
  return `Chez ${link ? ARTICLE_OF.get(link)! : ""}${rest}`;
}
