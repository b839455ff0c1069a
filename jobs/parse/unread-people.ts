// Every person a paragraph names must be accounted for (issue 13: no move missed in silence). A
// paragraph the parser read records in is understood only when each person it names in full is a
// mover read, a predecessor, or someone the text names for a reason that is no move of theirs: the
// speaker of a quote, someone who leaves for no named post, holds a post by interim, keeps theirs,
// died, won a prize, or a colleague the mover reports to. Anyone else is the unread person of a
// "partly read" paragraph (unread.ts), whatever verbs stand beside them: on unseen text most silent
// misses were a second mover of a read paragraph with a verb no lexicon knew ("Il le sera par son
// adjoint, X"). This file is the table of those non-move reasons; unread.ts walks the people.

import { SPEECH } from "./lexicon.ts";

/** A person named in full, with the words around them in their sentence (quotes masked). */
export interface NamedPerson {
  /** The sentence's words before the name, back to the person named before (at most 80 characters). */
  before: string;
  /** The sentence's words after the name, up to the next person named. */
  clause: string;
}

export interface NonMoveReason {
  id: string;
  /** Why someone so named moves nowhere the editor needs to see. */
  why: string;
  example: string;
  applies(person: NamedPerson): boolean;
}

// Speech verbs the record readers do not use (lexicon/verbs.ts SPEECH_VERBS is theirs and was
// measured with them): only the accounting of people hears these.
const MORE_SPEECH =
  /(?<![\p{L}])(?:se félicite|se félicitent|résume|sourit|plaisante|lance|a lancé|a déclaré|a commenté|a expliqué|a indiqué|assure|insiste|conclut|souligne|ironise|reconnaît|observe|avance|promet)\s*(?:(?:le|la|l['’]|son|sa)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*,?\s*)?$/iu;

// "… et confie la tranche du soir à X": "confie" tells a post given to the name, not a confidence
const CONFIDED_TO_NAME = /confi\p{L}*\s+(?:[^,.;:]{1,50}?\s)?à\s*$/iu;

// "— Louis Roy" under a post: its signature
const SIGNED = /[—–]\s*$/u;

// A departure with nowhere named to go: "quitte l'entreprise", "a quitté ses fonctions", "prend sa
// retraite", "will leave"; a destination ("quitte C pour rejoindre D", "pour celle de D") is a move.
const LEAVES =
  /^[\s,]*(?:[^;.]{0,90}?,\s*)?(?:quitte|quittent|quittera|quitteront|a quitté|ont quitté|s['’]apprête à quitter|quittera|prend sa retraite|prendra sa retraite|a pris sa retraite|part à la retraite|fait valoir ses droits|n['’]a pas souhaité|n['’]était pas candidate?|ferme|will leave|is leaving|has left|retires)(?![\p{L}])/iu;
const GOES_SOMEWHERE =
  /(?<![\p{L}])(?:pour (?:devenir|rejoindre|prendre|diriger|présider|celle|celui|la direction|la présidence|la tête)|chez|to join|to become)(?![\p{L}])/iu;
const DEPARTURE_BEFORE =
  /(?:départ(?:,?\s+[\p{L}\s,]{0,30})?\s+(?:de|du|d['’])|se sépare de|se séparent de|also leaving[^,]{0,40}:)[^.;]{0,60}$/iu;

// "L'intérim est assuré par X", "X assurait l'intérim", "Par intérim, c'est X qui …", "will act as interim"
const INTERIM_BEFORE = /(?:intérim|temporairement|par intérim)[^.;]{0,80}$/iu;
const INTERIM_CLAUSE = /(?:intérim|interim|temporairement)/iu;

// "Nous apprenons le décès de X", "X, …, est décédé", "disparu le 2 mai", "s'est éteinte"
const DEATH =
  /(?<![\p{L}])(?:décès|décédée?|disparue?|disparition|s['’]est éteinte?|la mémoire d|passed away)(?![\p{L}])/iu;

// "X conserve la présidence", "est confirmée dans ses fonctions", "restent au capital", "est prolongé"
const KEEPS =
  /^[\s,]*(?:[^;.]{0,90}?,\s*(?:mais\s+)?)?(?:conserve|conservent|reste|restent|restera|demeure|est confirmée?|a été confirmée?|est prolongée?|stays|remains|en reste|en conserve|siège toujours)(?![\p{L}])/iu;

// A second term, told of the person or by the body that gives it: "a été réélu à la présidence", "est
// reconduite pour trois ans", "rempile", "Le club a reconduit sa présidente, X"
const RE_ELECTED =
  /^[\s,]*(?:[^;.]{0,90}?,\s*)?(?:(?:a|ont|est|sont|sera|seront|vient d['’]être|a été|ont été)\s+)?(?:réélue?s?|reconduite?s?|renouvelée?s?\s+dans|rempile|rempilent|brigue un (?:second|nouveau) mandat|re-elected)(?![\p{L}])/iu;
const RE_ELECTED_BEFORE =
  /(?:réélu|reconduit|renouvelé|re-elected)\s+(?:(?:son|sa|leur|à sa tête|à sa présidence)\s+)?[\p{L}-]*\s*,?\s*$/iu;

// A prize, a medal, an honour: "a reçu le trophée", "remporte le concours", "a été faite chevalier"
const HONOURED =
  /^[\s,]*(?:[^;.]{0,90}?[,)]\s*)?(?:a reçu|reçoit|remporte|a remporté|a été fait|a été faite|est lauréate?|décroche)(?![\p{L}])/iu;

// A colleague or a relation named beside the mover: "rendra compte au président, X", "aux côtés de
// X", "avec son bras droit X", "dont l'associée X", "le fonds … de X", "présidée par X", "Le nom de X
// circule", "conduite par X"
const RELATION_BEFORE =
  /(?:(?:rend(?:ra)? compte|rapport(?:e|ent|era|eront)|reports?|reporting)\s+(?:directement\s+|directly\s+)?(?:à|au|aux|to)(?:\s+[\p{L}-]+){0,4},?|(?:aux côtés|le nom|la mémoire|sous la (?:houlette|direction|responsabilité)) (?:de|du|des|d['’])|auprès (?:de|du|des|d['’])|avec (?:son|sa) bras droit|dont (?:l['’]|le |la )[\p{L} -]{0,30}|(?:fonds|ventures|capital)[^,.;]{0,30}\s+(?:de|du|d['’])|(?:présidée?|conduite?|fondée?|créée?|gérée?|exercée?s?) (?:jusqu['’]ici |jusque-là )?par|soutenue? par|(?:basée?|installée?|située?)s? à|(?:son|sa) (?:épouse|mari|sœur|frère|père|mère)\s*,?)\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?$/iu;
// "X s'est choisi une directrice de cabinet", "X nomme Y", "X, président de C, a recruté Y"
const APPOINTS =
  /^[\s,]*(?:[^;.]{0,90}?,\s*)?(?:s['’]est choisie? (?:un|une)|a choisi|choisit|nomme|a nommé|recrute|a recruté|engage|a engagé|appoints|has appointed|hires|has hired)(?![\p{L}])/iu;
const RUMOURED = /^[\s,]*(?:[^;.]{0,60}?)?(?:circule|serait|pressentie?|candidate?)(?![\p{L}])/iu;
// "Elle sera présidée par X", "Le laboratoire est désormais dirigé par X": the house's head from now
// on, a mover, not the one it is described by ("l'association, présidée par X")
const LED_FROM_NOW =
  /(?<![\p{L}])(?:sera|seront|va être|vont être|désormais|dorénavant)\s+(?:présidée?s?|dirigée?s?|conduite?s?|gérée?s?)\s+(?:par|by)\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?(?:(?:le|la|l['’])\s*[\p{Ll}-]+\s+)?$/iu;

/**
 * Why someone a paragraph names is no mover of it, row by row. A row reads the person's own words
 * (before and after the name, within the sentence): the table never excuses a person whose clause
 * carries a move verb, which unread.ts checks first.
 */
export const NON_MOVE_REASONS: readonly NonMoveReason[] = [
  {
    id: "speaks",
    why: "someone speaking or signing a quote",
    example: "« Nous changeons d'échelle », se félicite Luc Roy, président de Cobalt.",
    applies: ({ before, clause }) =>
      (SPEECH.test(before.slice(-30)) && !CONFIDED_TO_NAME.test(before)) ||
      MORE_SPEECH.test(before) ||
      SIGNED.test(before) ||
      /^[\s,]*(?:[^;.]{0,80}?,\s*)?(?:explique|déclare|commente|indique|souligne|salue|précise|ajoute|says|said)(?![\p{L}])/iu.test(
        clause,
      ),
  },
  {
    id: "leaves",
    why: "a departure that names no post to go to",
    example: "Le directeur financier, Luc Roy, quitte l'entreprise.",
    applies: ({ before, clause }) =>
      (LEAVES.test(clause) || DEPARTURE_BEFORE.test(before)) && !GOES_SOMEWHERE.test(clause),
  },
  {
    id: "interim",
    why: "a post held by interim",
    example: "L'intérim est assuré par Luc Roy, directeur adjoint.",
    applies: ({ before, clause }) => INTERIM_BEFORE.test(before) || INTERIM_CLAUSE.test(clause),
  },
  {
    id: "death",
    why: "a death",
    example: "Nous apprenons le décès de Luc Roy, fondateur de Cobalt.",
    applies: ({ before, clause }) => DEATH.test(before.slice(-40)) || DEATH.test(clause),
  },
  {
    id: "keeps",
    why: "someone who keeps their post",
    example: "La fondatrice, Anne Roy, conserve la présidence.",
    applies: ({ clause }) => KEEPS.test(clause),
  },
  {
    id: "re_elected",
    why: "a second term in the post held",
    example: "Luc Roy, président du syndicat depuis 2019, a été réélu pour trois ans.",
    applies: ({ before, clause }) => RE_ELECTED.test(clause) || RE_ELECTED_BEFORE.test(before),
  },
  {
    id: "honoured",
    why: "a prize or an honour",
    example: "Anne Roy, cheffe pâtissière, a reçu le trophée de l'année.",
    applies: ({ clause }) => HONOURED.test(clause),
  },
  {
    id: "appoints",
    why: "the one who appoints, the house's head",
    example: "À la Banque de Cobalt, Luc Roy s'est choisi une directrice de cabinet : Anne Morel.",
    applies: ({ clause }) => APPOINTS.test(clause),
  },
  {
    id: "relation",
    why: "a colleague, a relative, an investor or a rumour named beside the mover",
    example: "Elle rendra compte au président, Luc Roy.",
    applies: ({ before, clause }) =>
      (RELATION_BEFORE.test(before) && !LED_FROM_NOW.test(before)) || RUMOURED.test(clause),
  },
];

/** The first non-move reason that applies to a person, or null: a person with none is unaccounted. */
export function nonMoveReasonOf(person: NamedPerson): NonMoveReason | null {
  return NON_MOVE_REASONS.find((reason) => reason.applies(person)) ?? null;
}

// A quote in the first person that tells its speaker's own move ("Heureux de vous annoncer que je
// prends mes fonctions de …", "ma promotion au poste de …"): its speaker or signer is a mover.
export const FIRST_PERSON_MOVE =
  /(?<![\p{L}])(?:je (?:\p{L}+ )?(?:rejoins|prends|intègre|deviens|pars|quitte|commence)|j['’](?:intègre|arrive|ai rejoint|ai été (?:nommée?|promue?))|ma (?:promotion|nomination|prise de fonctions?|nouvelle fonction)|mes (?:nouvelles )?fonctions|i(?:'m| am) (?:joining|starting)|i(?:'ve| have) joined|my new (?:role|position))(?![\p{L}])/iu;
