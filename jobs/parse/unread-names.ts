// Whether a run of capitalised words the review queue meets is someone (issue 13: no move missed in
// silence). The mention finder (mentions.ts) vouches for a name by its first name; a mover whose
// first name no lexicon knows ("Roland Espitalier", "Ysandre Kerlogan") must still reach an editor,
// and a heading in capitals ("CABINET DE RECRUTEMENT DIGITAL") or a house ("Tempora Intérim") must
// not. The tests here read a name's own words and the few words before it; none makes a record.

import { isFrenchWord } from "./french-words.ts";
import { foldWord, MOVE_SIGNAL, PLACES, POST_TAKEN_SIGNAL } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention } from "./mentions.ts";
import { personKey } from "./names.ts";
import { splitSentences } from "./sentences.ts";
import { frontedTitleName } from "./unread-layouts.ts";

// the particles of a name ("de", "van der", "El" in "Nour El Houda"), not counted among its words
export const NAME_PARTICLE =
  /^(?:de|du|des|d['’]|la|le|van|von|der|den|del|della|di|da|dos|das|el|al|ben|bin|bint|abd|ould|ait)$/iu;

// "Iribarne-Sall Évrard" and "Évrard Iribarne-Sall": the same words in another order
export const sameWords = (a: string, b: string) =>
  personKey(a).split(" ").sort().join(" ") === personKey(b).split(" ").sort().join(" ");

// A name the lexicon does not know but that reads as a person's: two or three capitalised words
// that are neither dictionary words nor the words of a company ("Roland Espitalier", "Leonardo
// Ibáñez-Sola", "Lore van den Bossaert": its particles are not among its words; not "Tempora
// Intérim", "Grand Ouest", "Cci de Valbrèze")
const COMPANY_WORD =
  /^(?:groupe?|group|partners|capital|conseil|consulting|holding|france|international|industries|assurances?|bank|banque|labs?|studios?|media|médias|tech|solutions|services|systems|energy|énergie|immobilier|santé|finance|sa|sas|inc|ltd|gmbh|ag|co|cci|club|fondation|institut|agence|association|fédération|syndicat|université|fund|fonds|trust|foundation)$/iu;
export function looksLikeAName(mention: PersonMention): boolean {
  const all = mention.name.split(/\s+/u);
  // a particle inside the name ("van den", "de la"), never its first word nor its last
  const words = all.filter((word, i) => i === 0 || i === all.length - 1 || !NAME_PARTICLE.test(word));
  if (words.length < 2 || words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)))
    return false;
  const [first] = words;
  if (first!.length < 3 || isFrenchWord(first!) || PLACES.has(foldWord(first!))) return false;
  return words.every((word) => !COMPANY_WORD.test(word)) && !isFrenchWord(words.at(-1)!);
}

// "Directrice éditoriale de C depuis le 1er mars, Yuna Roy …", "Nommée en janvier directrice de C,
// Aiko Roy …": a post fronted with the date it was taken is a move announced, the name after it a
// mover even when the first-name lexicon does not know it (an interview's chapô, a portrait)
const TAKEN_SINCE =
  /^[^.;:!?]{0,160}?(?<![\p{L}])(?:depuis|nommée?|promue?|élue?)(?![\p{L}])[^.;:!?]{0,80},/iu;
export function newlyTitled(paragraph: string): string[] {
  const first = splitSentences(paragraph)[0]?.text ?? "";
  if (!TAKEN_SINCE.test(first)) return [];
  const named = frontedTitleName(
    paragraph,
    (mention) => !isTaglineName(mention) && (isConfidentPerson(mention) || looksLikeAName(mention)),
  );
  return named ? [named] : [];
}

// "Sa collègue Églantine Roux le remplacera", "son adjoint, Damien Roy": a noun that only a person
// takes names a person right after it, whatever the dictionary says of the name's words
export const PERSON_NOUN_BEFORE =
  /(?<![\p{L}])(?:son|sa|leur|le|la|l['’]|une?)\s+(?:collègue|adjointe?|bras droit|numéro deux|fils|fille|successeure?|remplaçante?|associée?|cofondat(?:eur|rice)|fondat(?:eur|rice)|homologue)\s*,?\s*$/iu;

// "Le Britannique Rajiv Sandhu-Hale": a capitalised descriptor after its article ran into the name
export function withoutDescriptor(mention: PersonMention): PersonMention {
  const words = mention.name.split(/\s+/u);
  // (an elided article may have stayed on it: "L'Écossais Ewan Roy")
  if (words.length < 3 || !isFrenchWord(words[0]!.replace(/^l['’]/iu, ""))) return mention;
  return { ...mention, name: words.slice(1).join(" ") };
}

// A move verb whose object is the name right after it: "remplacé par", "confiée à", "en la
// personne d'", "nomme", "recrute" (not "rejoint", whose object is an employer); a post given
// to the name, the post between ("confie la matinale à X").
export const GOVERNED = new RegExp(
  `(?:(?:${MOVE_SIGNAL.source}|${POST_TAKEN_SIGNAL.source})[\\p{L}]*\\s+(?:par|à|au)|confi\\p{L}*\\s+(?:[^,.;:]{1,50}?\\s)?à|en la personne d['’]|(?:nomme|nomment|recrute|recrutent|désigne|promeut|accueille|choisit|choisi|appelle)(?![\\p{L}]))\\s*(?:à (?:sa|leur) (?:place|suite),?\\s*)?(?:(?:M\\.|Mme|Me|Dr|Pr)\\s+)?$`,
  "iu",
);

// A sponsor's descriptor or a heading's words in capitals ("CABINET DE RECRUTEMENT DIGITAL" after
// "+ MOUVEMENTS, avec …", "CONSEIL EN TALENTS") read as a name in capitals: a "name" whose first
// name the parser does not know and whose every word the dictionary has is no one.
export const isTaglineName = (mention: PersonMention) =>
  !mention.knownFirstName && mention.name.split(/[\s'’-]+/u).every((word) => !word || isFrenchWord(word));
