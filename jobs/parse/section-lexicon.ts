// What newsletters call their moves section, and what they put after it, as data (section.ts reads
// it). Phrases are folded (lower case, no accents: foldWord) and matched as whole words at the start of
// a heading once its decorations are taken off ("—— NOMINATIONS ——", "[ MOUVEMENTS ]", "📌 NOMINATIONS",
// "## Carnet RH", "Côté nominations :"). A heading of these names counts only when the paragraphs under
// it read like moves, so the list can be generous: "Carnet des dirigeants", "Ça bouge chez nos
// adhérents", "Vu sur LinkedIn", "Ils ont été nommés".

import { foldWord } from "./lexicon.ts";

export const SECTION_NAMES: readonly string[] = [
  "mouvements",
  "mouvement",
  "nominations",
  "nomination",
  "carnet",
  "carrieres",
  "carriere",
  "ils bougent",
  "elles bougent",
  "elles et ils bougent",
  "ils et elles bougent",
  "ca bouge",
  "qui bouge",
  "qui va ou",
  "qui fait quoi",
  "mercato",
  "people",
  "personnalites",
  "arrivees et departs",
  "arrivees",
  "ils ont ete nommes",
  "elles ont ete nommees",
  "ils ont ete nommees",
  "ils changent de poste",
  "elles et ils changent de poste",
  "ils et elles changent de poste",
  // "Ils changent de club", "Ils changent d'atelier": whatever they change, the section is theirs
  "ils changent de",
  "ils changent d",
  "elles changent de",
  "elles changent d",
  "changements de poste",
  // "Changements d'équipage", "Changements de cap"
  "changements de",
  "changements d",
  "nouvelles fonctions",
  "nouveaux postes",
  "prises de fonction",
  "vu sur linkedin",
  "bienvenue a",
  "welcome aboard",
  "appointments",
  "on the move",
  "talents",
  "recrues",
  "les recrues",
];

// A section of moves told ahead of time ("À venir", "Prochainement"): words other sections use too (an
// agenda is "à venir" as well), so such a heading counts only over paragraphs that mostly read like
// moves, and may run straight into its first item without a blank line (section.ts).
export const ANNOUNCED_SECTION_NAMES: readonly string[] = ["a venir", "prochainement", "nominations a venir"];

export function isAnnouncedSectionName(line: string): boolean {
  const words = foldWord(withoutDecoration(line)).replace(QUALIFIERS, "");
  return ANNOUNCED_SECTION_NAMES.includes(words);
}

// Words before the name that do not change it: "Les nominations", "Côté nominations", "Nos mouvements",
// "Les 3 nominations à retenir", "Du côté des carrières".
const QUALIFIERS =
  /^(?:(?:du\s+)?cote\s+(?:des\s+)?|(?:les|le|la|nos|vos|notre|votre|l['’])\s*(?:\d{1,2}\s+)?|\d{1,2}\s+)*/u;

// What a heading is dressed in: bullets, brackets, rules, emoji, Markdown hashes, a closing colon.
const DECORATION = /^[\s+#*•■▪►→>|[\](){}«»"“”—–_=═~:.-]+|[\s+#*•■▪►→>|[\](){}«»"“”—–_=═~:!-]+$/gu;

export function withoutDecoration(line: string): string {
  return line
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, " ")
    .replace(DECORATION, "")
    .trim();
}

// The section name a heading opens on (after its qualifiers), or null.
export function sectionNameOf(line: string): string | null {
  const words = foldWord(withoutDecoration(line)).replace(QUALIFIERS, "");
  for (const name of SECTION_NAMES) {
    if (words === name || (words.startsWith(name) && /^[^\p{L}]/u.test(words.slice(name.length))))
      return name;
  }
  return null;
}

// The whole of a heading is a name of the lexicon ("qui fait quoi", "Les nominations"), nothing after it.
export function isWholeSectionName(line: string): boolean {
  const words = foldWord(withoutDecoration(line)).replace(QUALIFIERS, "");
  return SECTION_NAMES.some(
    (name) =>
      words === name || (/ d[e]?$/u.test(name) && words.startsWith(name) && words.length > name.length),
  );
}

// A board just elected, as a rubric names its section after a colon ("Assemblée générale : le nouveau
// bureau", "Fédération X : le comité directeur renouvelé"): the body's noun, new or renewed.
const BOARD_NOUN = String.raw`(?:bureau|comite\s+directeur|comite\s+executif|conseil\s+d['’]\s*administration|conseil\s+de\s+surveillance|conseil\s+federal|conseil)`;
const BOARD_NAME = new RegExp(
  String.raw`^(?:(?:nouveau|nouvelle)\s+${BOARD_NOUN}(?:\s+(?:elu|elue|renouvele|recompose))?|${BOARD_NOUN}\s+(?:elu|renouvele|recompose))$`,
  "u",
);

export function isBoardSectionName(line: string): boolean {
  return BOARD_NAME.test(foldWord(withoutDecoration(line)).replace(QUALIFIERS, "").trim());
}

// Sections that follow the moves section, by their heading ("AGENDA", "📅 À NOTER", "À lire aussi"),
// and the footer's lines ("Vous recevez cette lettre…", "Se désinscrire"): either ends the section.
const END_NAMES: readonly string[] = [
  "agenda",
  "a lire aussi",
  "a lire egalement",
  "a noter",
  "dans l'agenda",
  "prochains rendez-vous",
  "rendez-vous",
  "evenements",
  "publicite",
  "partenaire",
  "sponsorise",
  "en bref",
  "levees de fonds",
];

export function isEndHeading(line: string): boolean {
  const words = foldWord(withoutDecoration(line)).replace(QUALIFIERS, "");
  if (words.length === 0 || words.split(/\s+/u).length > 6) return false;
  return END_NAMES.some(
    (name) => words === name || (words.startsWith(name) && /^[^\p{L}]/u.test(words.slice(name.length))),
  );
}

const FOOTER =
  /^\s*(?:vous recevez (?:cet|cette|ce)|se d[ée]sinscrire|pour (?:vous )?d[ée]sinscrire|d[ée]sinscription|g[ée]rer (?:mes|vos) pr[ée]f[ée]rences|voir (?:la version|cet e-mail) en ligne|c['’]est tout pour (?:cette|aujourd)|transf[ée]rez cette lettre|unsubscribe)/iu;

export function isFooterLine(line: string): boolean {
  return FOOTER.test(line);
}

// Shouted section names as they appear glued inside a flattened line after a sentence's end
// ("… recule de 8 %. NOMINATIONS Léonie …"; "… directrice export. AGENDA Le 4 novembre …").
export const SHOUTED_AFTER_SENTENCE =
  /(?<=[.!?»])\s+((?:LES\s+|NOS\s+)?(?:MOUVEMENTS?|NOMINATIONS?|CARNET|CARRI[EÈ]RES|MERCATO|PEOPLE|ILS\s+BOUGENT|QUI\s+VA\s+O[UÙ]\s*\?))\s+(?=\p{Lu}\p{Ll})/u;
export const SHOUTED_END_AFTER_SENTENCE =
  /(?<=[.!?»])\s+(?=(?:AGENDA|[ÀA]\s+LIRE\s+AUSSI|PUBLICIT[ÉE]|RENDEZ-VOUS|[ÉE]V[ÉE]NEMENTS)\s+\p{Lu})/u;
