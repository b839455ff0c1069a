// French titles agree with the person ("associée", "présidente", "administratrice"). When the
// sentence itself gives no cue ("Me Hélène Brossard", "DR ANNE-LAURE GUILLOU prend la
// présidence"), a common feminine first name is the best evidence we have.

import { EPICENE_FIRST_NAMES, FEMININE_FIRST_NAMES, FIRST_NAMES, foldWord } from "./lexicon.ts";
import type { PersonMention } from "./mentions.ts";

// "Anne-Laure" is feminine, "Jean-Marie" is not: the first part of a compound decides.
export function hasFeminineFirstName(person: Pick<PersonMention, "name">): boolean {
  const first = person.name.split(/\s+/)[0] ?? "";
  return FEMININE_FIRST_NAMES.has(foldWord(first.split("-")[0] ?? ""));
}

/** A common first name (lexicon.ts FIRST_NAMES) that is neither feminine nor used for both. */
export function hasMasculineFirstName(person: Pick<PersonMention, "name">): boolean {
  const first = foldWord((person.name.split(/\s+/)[0] ?? "").split("-")[0] ?? "");
  return FIRST_NAMES.has(first) && !FEMININE_FIRST_NAMES.has(first) && !EPICENE_FIRST_NAMES.has(first);
}

const FEMININE_ENDINGS: [RegExp, string][] = [
  [/teur$/u, "trice"],
  [/ier$/u, "ière"],
  // a participle agrees ("chargé", "délégué", "associé"); a noun of quality does not: "responsable
  // qualité", "directrice sécurité", "responsable santé", "cheffe de projet mobilité"
  [/(?<!(?:it|sant|sociét|sûret|communaut|propret|beaut))é$/u, "ée"],
  // not a noun in -ment after the head ("responsable environnement", "directeur développement")
  [/(?<=[\p{L}]{3})(?:al|(?<!m)ent|oint|ant)$/u, "$&e"],
  [/if$/u, "ive"],
  [/el$/u, "elle"],
  // "technicien", "pharmacien", "ancien"
  [/ien$/u, "ienne"],
];

// How many of a title's words agree with the person: those before the first complement ("de",
// "à", "chargé" …). "rédacteur en chef adjoint" → "rédactrice en chef adjointe": "en chef" is part of
// the title, not a complement.
function agreeingWords(words: string[]): number {
  const complement = words.findIndex(
    (w, i) =>
      i > 0 && /^(?:de|du|des|d'.*|en|à|chargée?)$/u.test(w) && !(w === "en" && words[i + 1] === "chef"),
  );
  return complement < 0 ? words.length : complement;
}

// "chargé d'affaires senior" → "chargée d'affaires senior": only the words before the first
// complement agree; English titles ("Chief Operating Officer") do not change.
export function feminineTitle(title: string): string {
  const words = title.split(" ");
  const head = agreeingWords(words);
  return words
    .map((word, i) => {
      if (i >= head || /\p{Lu}/u.test(word) || /e$/u.test(word) || (word === "chef" && words[i - 1] === "en"))
        return word;
      const rule = FEMININE_ENDINGS.find(([pattern]) => pattern.test(word));
      return rule ? word.replace(rule[0], rule[1]) : word;
    })
    .join(" ");
}

/**
 * A title written apart from its holder ("Responsable qualité : …", "Chef d'atelier : c'est X …")
 * made to agree with a woman: only a head that agrees changes it ("responsable qualité" stays as
 * written, "directeur commercial" → "directrice commerciale", "chef d'atelier" → "cheffe d'atelier").
 */
export function writtenTitleFor(title: string, feminine: boolean): string {
  if (!feminine) return title;
  if (/^chef(?![\p{L}])/u.test(title)) return title.replace(/^chef/u, "cheffe");
  const head = title.split(" ")[0]!;
  return feminineTitle(head) !== head ? feminineTitle(title) : title;
}

const MASCULINE_ENDINGS: [RegExp, string][] = [
  [/trice$/u, "teur"],
  [/ière$/u, "ier"],
  [/ée$/u, "é"],
  [/(?<=[\p{L}]{3})(al|ent|oint|ant)e$/u, "$1"],
  [/ive$/u, "if"],
  [/elle$/u, "el"],
  [/ienne$/u, "ien"],
];

// "directrice financière adjointe" → "directeur financier adjoint": the reverse of feminineTitle,
// for a post one person left and another takes.
export function masculineTitle(title: string): string {
  const words = title.split(" ");
  const head = agreeingWords(words);
  return words
    .map((word, i) => {
      if (i >= head || /\p{Lu}/u.test(word)) return word;
      const rule = MASCULINE_ENDINGS.find(([pattern]) => pattern.test(word));
      return rule ? word.replace(rule[0], rule[1]) : word;
    })
    .join(" ");
}

// Posts named by what their holder does, whose holder's title the noun gives ("prend la chefferie
// du service de X" → "cheffe du service de X", "prend le commandement du navire Y" → "commandant du
// navire Y", "la responsabilité des ventes" → "responsable des ventes"): masculine, feminine.
export const HOLDER_OF_POST: Readonly<Record<string, readonly [string, string]>> = {
  responsabilité: ["responsable", "responsable"],
  chefferie: ["chef", "cheffe"],
  coordination: ["coordinateur", "coordinatrice"],
  // offices of a body or a house: "confie sa délégation générale à X" → "déléguée générale"
  délégation: ["délégué", "déléguée"],
  // "prend la rédaction en chef", "confie sa rédaction en chef à X": "rédacteur en chef"
  rédaction: ["rédacteur", "rédactrice"],
  // "confie son activité pèlerinages à X": whoever answers for a line of business
  activité: ["responsable de l'activité", "responsable de l'activité"],
  trésorerie: ["trésorier", "trésorière"],
  "vice-présidence": ["vice-président", "vice-présidente"],
  // a command is an armed force's or a ship's, whose ranks keep the masculine ("le général Anne Roy
  // prend le commandement du groupement …": "commandant")
  commandement: ["commandant", "commandant"],
};

/** The title of who holds a led post, agreeing with them: "présidence" → "président(e)", "gérance" → "gérant(e)", a post of HOLDER_OF_POST → its holder, any other → "directeur/directrice". */
export function headOfLedPost(post: string, feminine: boolean): string {
  if (post === "présidence") return feminine ? "présidente" : "président";
  if (post === "gérance") return feminine ? "gérante" : "gérant";
  const holder = HOLDER_OF_POST[post];
  if (holder) return holder[feminine ? 1 : 0];
  return feminine ? "directrice" : "directeur";
}
