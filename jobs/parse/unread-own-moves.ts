// Whether someone a moves paragraph names has a move of their own (issue 13: no move missed in
// silence). A paragraph the parser read records in still hides a mover when it names, beside the
// records' people, someone whose own words tell a move: a predecessor promoted in an apposition, a
// giver who hands a post over and takes another, the people after a post given to several, a
// successor named after an inverted verb. Each family of such silent misses is a row of
// OWN_MOVE_CUES, read on the person's words in their sentence; a row of BACKGROUND_CUES first sets
// aside someone whose words tell a past or no move (called to other duties, a mandate that ended).
// unread.ts walks the people and lists the unaccounted ones; unread-people.ts excuses the rest.

import { foldWord, TITLE_HEADS } from "./lexicon.ts";
import { rejectionOf } from "./rejections.ts";
import { signalsAMove } from "./unread-signals.ts";

/** A person named in a sentence of a moves paragraph, with the words around them (quotes masked). */
export interface PersonInSentence {
  /** The whole sentence. */
  sentence: string;
  /** Where the name starts in the sentence. */
  start: number;
  /** The name as the sentence writes it. */
  asWritten: string;
  /** The sentence's words before the name, back to the person named before (at most 80 characters). */
  before: string;
  /** The sentence's words after the name, up to the next person named, aside pronouns left out. */
  clause: string;
  /** The whole sentence after the name. */
  rest: string;
  /** A record read gives them as the one it replaces, and the paragraph names them once. */
  replaced: boolean;
}

export interface OwnMoveCue {
  id: string;
  /** What in the person's words tells a move, or none, of theirs. */
  why: string;
  /** An invented sentence and the person the row reads in it. */
  example: { sentence: string; person: string; replaced?: boolean };
  applies(person: PersonInSentence): boolean;
}

// "…, Delphine Roy, comme directrice générale déléguée": a title brought to the name after it
const INTRODUCED_TITLE =
  /^\s*,?\s*(?:comme|en tant que|en qualité de)\s+(?:nouvel(?:le)?\s+|nouveau\s+)?([\p{L}-]+)/u;
const introducesATitle = (clause: string) => {
  const head = INTRODUCED_TITLE.exec(clause)?.[1];
  return head !== undefined && TITLE_HEADS.has(foldWord(head));
};

// "prendra la succession de", "prend la place de", "succède à", "remplace", "replaces": a verb whose
// object is the one replaced
const SUCCESSION_BEFORE =
  /(?:(?:succession|prend(?:ra)?\s+la\s+place)\s+d(?:e\s+|['’])|succ[èé]d\p{L}*\s+à\s+|remplac\p{L}*\s+|(?:replaces|replacing|succeeds|succeeding|will\s+(?:replace|succeed))\s+)$/u;

// "…, où lui succède son adjoint, X", "Le remplace à ce poste X", "Lui succède au pôle X": the subject
// after the verb is the successor, a mover, though a reader may have taken them for the one replaced
// (the clitic opens the sentence in capitals; the post's complement may stand before the name
// without a comma)
const INVERTED_SUCCESSOR =
  /(?:^|[,;:]\s*|\s(?:où|et)\s+)(?:[Ll]ui|[Ll]e|[Ll]a)\s+(?:succède|succèdera|succédera|remplace|remplacera)\s+(?:[^,.;]{0,40},\s*|(?:à|au|aux|à la|à l['’]|chez|dans|comme)\s+[^,.;\p{Lu}]{0,40}\s)?(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?$/u;

// "C engage comme directeur sportif X": the object of an appointing verb with its title before the
// name is a mover, even when the next sentence names them as the one replaced
const TITLED_OBJECT =
  /(?:nomme|nomment|recrute|recrutent|engage|engagent|désigne|désignent|choisit|accueille|accueillent|appelle|promeut)\s+(?:comme|en tant que|au poste de|en qualité de)\s+[\p{Ll}' -]{2,60}$/u;

// "appelé à d'autres fonctions": a departure, not a post (rejections.ts "other_duties")
const OTHER_DUTIES = /(?:à|vers) (?:d['’]autres|de nouvelles) (?:fonctions|missions|responsabilités)/iu;

// "dont le mandat arrivait à échéance", "Gabriel Roy reste seul aux commandes": nothing changes
const STAYS =
  /^[\s,]*(?:reste|restera|demeure|demeurera)(?![\p{L}])|arriv\p{L}* à (?:échéance|son terme|expiration)/iu;

// "Léonore Roy cède la direction générale à Damien Sauvestre, jusqu'ici directeur des opérations,
// et devient présidente": after a hand-over, the coordinated verb is the giver's.
// So is the verb of the hand-over's purpose: "cède son poste de R à Y pour devenir R'".
const HANDOVER_THEN_VERB =
  /^[^.;]{0,60}(?:cède|cèdera|laisse|laissera|transmet|transmettra)\s[^.;]{0,160}(?:,\s*et\s+(?:devient|deviendra|prend|prendra|rejoint|rejoindra|est nommée?|sera nommée?|conserve)|\spour\s+(?:devenir|prendre|rejoindre))(?![\p{L}])/u;

// "Il sera assisté de deux vice-présidents, A et B", "… ses deux adjoints : A et B", "Deux
// vice-présidents l'épaulent : A et B": a post given to several people, counted, names the people
// after it, who have a post of their own even without a move verb of theirs.
const PLURAL_POST =
  /(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+(?:nouve(?:aux|lles)\s+)?(?:co-?|vice-)?(?:président|présidente|adjoint|adjointe|directeur|directrice|administrateur|administratrice|associé|associée|délégué|déléguée|secrétaire|trésorier|trésorière|conseiller|conseillère|membre|dirigeant|dirigeante|responsable|manager|partner)s(?![\p{L}])/iu;

/**
 * Someone whose words tell a move that is past, or none: they account for nobody, whatever verbs
 * stand beside them (checked before OWN_MOVE_CUES and the non-move reasons of unread-people.ts).
 */
export const BACKGROUND_CUES: readonly OwnMoveCue[] = [
  {
    id: "other_duties",
    why: "a departure to unnamed duties (rejections.ts 'other_duties')",
    example: {
      sentence:
        "Luc Roy est nommé directeur de Cobalt. Il remplace Anne Morel, appelée à d'autres fonctions.",
      person: "Anne Morel",
    },
    applies: ({ clause }) => OTHER_DUTIES.test(clause),
  },
  {
    id: "stays",
    why: "someone who stays, or whose mandate ended",
    example: {
      sentence: "Son associée Anne Morel reste seule aux commandes de Cobalt.",
      person: "Anne Morel",
    },
    applies: ({ clause }) => STAYS.test(clause),
  },
  {
    id: "passing_appointment",
    why: "an appointment told in passing, long ago (rejections.ts 'passing_appointment')",
    example: {
      sentence:
        "Luc Roy devient directeur de Cobalt en remplacement de Jeanne Morel, nommée en mars directrice de Vellum.",
      person: "Jeanne Morel",
    },
    applies: ({ asWritten, sentence }) =>
      rejectionOf({ person: asWritten, role: "", company: "", sentence })?.id === "passing_appointment",
  },
];

/**
 * The families of movers a reader leaves silent, row by row: someone whose own words, in their
 * sentence, tell a move of theirs. A person a row applies to and no record accounts for leaves the
 * paragraph partly read, even when they are another mover's predecessor.
 */
export const OWN_MOVE_CUES: readonly OwnMoveCue[] = [
  {
    id: "plural_post",
    why: "one of the people named after a post given to several, counted",
    example: {
      sentence: "Elle sera assistée de deux vice-présidents, Luc Roy et Anne Morel.",
      person: "Anne Morel",
    },
    applies: ({ sentence, start }) => {
      const pluralPost = PLURAL_POST.exec(sentence);
      return pluralPost !== null && start >= pluralPost.index + pluralPost[0].length;
    },
  },
  {
    id: "own_verb",
    why: "a move verb in their own clause",
    example: { sentence: "Elle succède à Luc Roy, promu directeur général Europe.", person: "Luc Roy" },
    applies: ({ clause }) => signalsAMove(clause),
  },
  {
    id: "handover_then_verb",
    why: "a giver who hands a post over, then takes another",
    example: {
      sentence:
        "Anne Morel cède la direction générale à Luc Roy, jusqu'ici directeur des ventes, et devient présidente.",
      person: "Anne Morel",
    },
    applies: ({ rest }) => HANDOVER_THEN_VERB.test(rest),
  },
  {
    id: "introduced_title",
    why: "a title brought to the name after it, unless it is the mover's after the one they replace",
    example: {
      sentence: "Il a choisi la patronne de son usine, Anne Morel, comme directrice générale déléguée.",
      person: "Anne Morel",
    },
    applies: ({ clause, before, replaced }) =>
      introducesATitle(clause) && !(replaced && SUCCESSION_BEFORE.test(before)),
  },
  {
    id: "titled_object",
    why: "the object of an appointing verb, its title before the name",
    example: { sentence: "Cobalt engage comme directeur sportif Luc Roy.", person: "Luc Roy" },
    applies: ({ before }) => TITLED_OBJECT.test(before.trimEnd()),
  },
  {
    id: "inverted_successor",
    why: "a successor named after an inverted verb",
    example: {
      sentence: "Il dirigeait l'usine, où lui succède son adjointe, Anne Morel.",
      person: "Anne Morel",
    },
    applies: ({ before }) => INVERTED_SUCCESSOR.test(before),
  },
];

/** The first background cue that applies to a person, or null. */
export function backgroundOf(person: PersonInSentence): OwnMoveCue | null {
  return BACKGROUND_CUES.find((cue) => cue.applies(person)) ?? null;
}

/** The first own-move cue that applies to a person, or null. */
export function ownMoveOf(person: PersonInSentence): OwnMoveCue | null {
  return OWN_MOVE_CUES.find((cue) => cue.applies(person)) ?? null;
}
