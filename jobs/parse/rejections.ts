// What is not a move though a move verb reads it as one: one row per family, with the reason an
// editor would give and an invented example (each example is tested in
// test/unit/parse/rejections.test.ts). A clause that matches a row yields no record; its paragraph
// still reaches the review queue when a mover is left unaccounted for (unread.ts).

import { allMatches } from "./all-matches.ts";
import { bureauLineLabel } from "./bureau-lines.ts";
import { HEDGED_MOVE, HONORIFIC, MONTH } from "./lexicon.ts";

export interface RejectionSubject {
  /** The mover as the sentence writes them. */
  person: string;
  role: string;
  company: string;
  /** The sentence that holds the mover, quotes masked. */
  sentence: string;
}

export interface Rejection {
  id: string;
  reason: string;
  example: string;
  applies(subject: RejectionSubject): boolean;
}

const HONOUR =
  /(?<![\p{L}])(?:au grade d|grand officier|commandeur|chevalier|ordre national|légion d'honneur|mérite(?:\s|$))/iu;
const AWARD =
  /(?<![\p{L}])(?:de l['’]année|de la décennie|par les lecteurs|prix|trophée|lauréate?|récompensée?)(?![\p{L}])/iu;
const RE_ELECTION = /(?<![\p{L}])(?:réélue?s?|second mandat|deuxième mandat|troisième mandat)(?![\p{L}])/iu;

// ("remplace à ce poste Luc Faure", "succède à la présidence à Luc Faure": the post may sit in between)
const SUCCEEDED_PERSON_BEFORE = new RegExp(
  String.raw`(?:en remplacement d(?:e|u)|succède à|succédera à|remplace|remplacera|successeur d(?:e|u)|prédécesseur,?)(?:\s+(?:à|au|aux)\s+(?:ce |cette |la |le |l['’])?[\p{Ll}-]+(?:\s+à)?)?\s*(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);
// the date past right after the participle ("nommé en mars directeur de …") or closing its post
// ("nommée directrice générale de C en juin.")
const PAST_DATE = String.raw`(?:le mois dernier|l'an dernier|récemment|il y a|en (?:${MONTH}|\d{4})|au printemps|cet été|cet hiver)`;
const NAMED_EARLIER = new RegExp(
  String.raw`^\s*,\s*(?:lui-même\s+|elle-même\s+)?(?:qui\s+(?:a|avait)\s+(?:été\s+)?)?(?:nommée?|promue?|appelée?|partie?|élue?|rejoint|pris)\s+(?:${PAST_DATE}|[^,.;:()]{3,80}?\s${PAST_DATE}(?:\s+dernier)?\s*(?:[,.;]|$))`,
  "iu",
);

// "Trésorier (reconduit) : Luc Faure", "Secrétaire : Luc Faure (réélu)": a bureau line that says its
// officer keeps the post (bureau-lines.ts); only that line, not the sentence around another mover
const KEPT_POST = /^(?:[^()]*[\s,])?(?:réélue?s?|reconduite?s?|renouvelée?s?)(?:[\s,][^()]*)?$/iu;

function keptBureauPost({ person, sentence }: RejectionSubject): boolean {
  const line = bureauLineLabel(sentence);
  if (!line) return false;
  const at = sentence.indexOf(person);
  const after = at < 0 ? null : /^\s*\(([^()]*)\)/u.exec(sentence.slice(at + person.length));
  return (line.aside !== null && KEPT_POST.test(line.aside)) || (after !== null && KEPT_POST.test(after[1]!));
}

// "…, et Luc Faure reste directeur financier", "Anne Roy conservant son poste de trésorière", "Luc
// Faure stays on as CFO": the verb right after the mover keeps the post they held; a committee's
// reshuffle lists them beside those who move.
const KEEPS_POST_VERB = String.raw`(?:reste|restera|demeure|demeurera|(?:est|sera)\s+maintenue?(?=\s+(?:comme|en tant que|à son poste|dans ses fonctions))|(?:conserve|conservant|garde|gardant)\s+(?:son|ses)\s+(?:poste|fonctions|siège|mandat)|stays|remains)(?![\p{L}])`;
const KEEPS_POST_AFTER = new RegExp(String.raw`^[\s,]*${KEEPS_POST_VERB}`, "iu");
// the capitalised words right before that verb: the name of who keeps the post
const NAME_KEEPING_POST = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+(?:(?:de|du|d['’]|le|la)[ \t\u00a0]*)?){1,4}(?=${KEEPS_POST_VERB})`,
  "gu",
);

/** The words of the people a sentence says keep their post ("et Luc Faure reste trésorier"). */
export function namesKeepingTheirPost(sentence: string): string[] {
  if (!/(?:rest|demeur|maintenu|conserv|gard|stays|remains)/u.test(sentence)) return [];
  return allMatches(sentence, NAME_KEEPING_POST).flatMap((match) => match[0].trim().split(/\s+/u));
}

// Only the post the verb governs is kept: "Élue présidente de C, Anne Roy conserve ses fonctions de
// directrice de D" keeps D's post and takes C's.
function keepsPost({ person, role, sentence }: RejectionSubject): boolean {
  if (KEEPS_POST_AFTER.test(role)) return true;
  const at = sentence.indexOf(person);
  if (at < 0 || !role) return false;
  const kept = KEEPS_POST_AFTER.exec(sentence.slice(at + person.length));
  if (!kept) return false;
  const post = sentence
    .slice(at + person.length + kept[0].length)
    .replace(
      /^\s*(?:de\s+|d['’]|on\s+as\s+|as\s+|comme\s+|en tant que\s+|à son poste de\s+|dans ses fonctions de\s+)?/iu,
      "",
    );
  return post.toLowerCase().startsWith(role.toLowerCase());
}

// The clause of a sentence cut at its semicolons that names the person (the whole sentence otherwise).
// A clause ends at a semicolon, or where "et" coordinates a second verb with its own auxiliary: "C a
// réélu X à sa présidence et a élu Y vice-présidente" elects Y.
const CLAUSE_END =
  /;|,?\s+et\s+(?=(?:a|ont)\s+(?:\p{Ll}+\s+)?(?:élue?s?|nommée?s?|désignée?s?|choisie?s?|portée?s?|promue?s?)(?![\p{L}]))/gu;

function clauseOf(sentence: string, person: string): string {
  const at = sentence.indexOf(person);
  if (at < 0) return sentence;
  let start = 0;
  let end = sentence.length;
  // exec, not matchAll, which clones the pattern at each call (all-matches.ts): each rejection of
  // each record's reading asks for its clause (CLAUSE_END never matches an empty string)
  CLAUSE_END.lastIndex = 0;
  for (let boundary = CLAUSE_END.exec(sentence); boundary; boundary = CLAUSE_END.exec(sentence)) {
    if (boundary.index < at) start = boundary.index + boundary[0].length;
    else {
      end = boundary.index;
      break;
    }
  }
  CLAUSE_END.lastIndex = 0;
  return sentence.slice(start, end);
}

// "en remplacement de Luc Faure, nommé en mars directeur de …": the predecessor's own appointment,
// told in passing with a date already past, is background, not this issue's news.
function passingAppointment({ person, sentence }: RejectionSubject): boolean {
  const at = sentence.indexOf(person);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(at + person.length, at + person.length + 120);
  return SUCCEEDED_PERSON_BEFORE.test(before) && NAMED_EARLIER.test(after);
}

// "Succédant à X, Y devient R", "Débauchée de chez X & Fils… ", "Débauché d'Océane Pêche, Y entre chez
// C": the name a fronted participle governs is its complement (a predecessor, a former house whose
// name opens on a first name); the sentence's mover is the subject after the comma. Only these
// participles: "Arrivée de X chez C" is a noun that announces X
const FRONTED_PREDECESSOR = new RegExp(
  String.raw`(?:^|[.;:]\s*)(?:Succédant|Remplaçant|Débauchée?s?|Épaulée?s?|Secondée?s?)\s+(?:(?:à|de|par)\s+|d['’]\s*)?(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);

// "X prend le relais de Luc Faure.", "succède à Luc Faure au poste de R": the one replaced, named
// after the verb with nothing of their own after the name, is no mover of the clause (an apposition
// that moves them, "remplace Y, appelée à prendre la direction de …", is read as their own move)
const REPLACED_BEFORE = new RegExp(
  String.raw`(?:en remplacement d(?:e|u)|succède à|succédera à|remplace|remplacera|(?:prend|prendra|reprend|reprendra)\s+(?:le relais|la suite|la place|la succession)\s+d(?:e|u)|succédant à|remplaçant)\s*(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);
const NOTHING_OF_THEIR_OWN = /^\s*(?:[.;]|$|(?:à|au|aux|comme|en tant que|dans ses fonctions)\s)/u;

// Every mention counts: "X remplace Y comme président, et Y devient trésorière" moves Y too.
function replacedPerson({ person, sentence }: RejectionSubject): boolean {
  const mentions: number[] = [];
  for (let at = sentence.indexOf(person); at >= 0; at = sentence.indexOf(person, at + 1)) mentions.push(at);
  return (
    mentions.length > 0 &&
    mentions.every(
      (at) =>
        REPLACED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) &&
        NOTHING_OF_THEIR_OWN.test(sentence.slice(at + person.length)),
    )
  );
}

function frontedPredecessor({ person, sentence }: RejectionSubject): boolean {
  const at = sentence.indexOf(person);
  return at >= 0 && FRONTED_PREDECESSOR.test(sentence.slice(Math.max(0, at - 60), at));
}

// "Me X a été désignée administratrice judiciaire de C, placée en redressement": an officer the court
// sets over a house in a collective procedure works for the court, not for the house.
const COURT_OFFICER =
  /^(?:co-?)?(?:administrat(?:eur|rice)|mandataire|liquidat(?:eur|rice)|commissaire à l['’]exécution du plan)s?(?:\s+judiciaires?)?$/iu;
const COLLECTIVE_PROCEDURE =
  /(?<![\p{L}])(?:redressement|liquidation|sauvegarde|procédure collective|cessation de paiements|tribunal de commerce|tribunal des activités économiques)(?![\p{L}])/iu;

function courtOfficer({ role, sentence }: RejectionSubject): boolean {
  const title = role.trim();
  return (
    COURT_OFFICER.test(title) &&
    /judiciaire|commissaire|liquidat/iu.test(title) &&
    COLLECTIVE_PROCEDURE.test(sentence)
  );
}

export const REJECTIONS: readonly Rejection[] = [
  {
    id: "department",
    reason: "a department is named, not a title a reader could put on a card",
    example: "Ferlog confie à Yann Tessier la direction de ses opérations.",
    applies: ({ role }) =>
      /^(?:la |le )?(?:direction|présidence|tête|responsabilité|division|pôle|poste)(?![\p{L}])/iu.test(role),
  },
  {
    id: "honour",
    reason: "an honour, not a post",
    example: "Yann Tessier est promu au grade de commandeur dans l'ordre national du Mérite.",
    applies: ({ role, company }) => HONOUR.test(role) || HONOUR.test(company),
  },
  {
    id: "other_duties",
    reason: "a departure to duties not named, or a seat without a post",
    example: "Appelée à d'autres fonctions, Hélène Brun quitte Ferlog.",
    applies: ({ role }) =>
      /^(?:à )?(?:d'autres|de nouvelles) fonctions|^(?:board )?observ(?:at(?:eur|rice)|er)s?$/iu.test(role),
  },
  {
    id: "award",
    reason: "an award, not a post",
    example: "Léa Vidal a été élue sportive de l'année par les lecteurs de Kargo Mag.",
    applies: ({ role }) => AWARD.test(role),
  },
  {
    id: "re_election",
    reason: "a re-election: the person already held the post",
    example: "Le Club des DSI a désigné Anne Roy pour un second mandat de présidente.",
    // only the mover's own clause: "X est réélu président ; Y devient trésorière" elects Y
    applies: ({ sentence, person }) => RE_ELECTION.test(clauseOf(sentence, person)),
  },
  {
    id: "keeps_post",
    reason: "the person keeps the post they held",
    example:
      "Ferlog remanie sa direction : Anne Roy est nommée directrice export, et Luc Faure reste directeur financier.",
    applies: keepsPost,
  },
  {
    id: "kept_bureau_post",
    reason: "an officer of a new bureau who keeps the post",
    example:
      "Le Club des DSI a renouvelé son bureau. La nouvelle équipe : Présidente : Anne Roy Trésorier (reconduit) : Luc Faure",
    applies: keptBureauPost,
  },
  {
    id: "hedged",
    reason: "a plan or a rumour told in the conditional, not an announced move",
    example: "Selon nos informations, Yann Tessier serait pressenti pour prendre la tête de Ferlog.",
    // only the mover's own clause: "X rejoint C ; Y pourrait lui succéder" announces X's move
    applies: ({ sentence, person }) => HEDGED_MOVE.test(clauseOf(sentence, person)),
  },
  {
    id: "fronted_predecessor",
    reason: "the name a fronted participle governs is no mover (« succédant à X, Y devient … »)",
    example: "Succédant à Luc Faure, Anne Roy devient directrice commerciale de Ferlog.",
    applies: frontedPredecessor,
  },
  {
    id: "replaced_person",
    reason: "the one replaced, named after the verb, is no mover of the clause",
    example:
      "Ferlog se choisit un nouveau directeur d'usine : Anne Roy, jusque-là cheffe d'atelier, prend le relais de Luc Faure.",
    applies: replacedPerson,
  },
  {
    id: "passing_appointment",
    reason: "a predecessor's earlier appointment told in passing",
    example:
      "Anne Roy devient directrice de Ferlog en remplacement de Luc Faure, nommé en mars directeur de Kargo Rail.",
    applies: passingAppointment,
  },
  {
    id: "court_officer",
    reason: "an officer the court sets over a house in a collective procedure, not its employee",
    example:
      "Me Yann Tessier a été désigné administrateur judiciaire de Ferlog, placée en redressement le 3 mars.",
    applies: courtOfficer,
  },
];

/** The first rejection a clause's reading matches, if any. */
export function rejectionOf(subject: RejectionSubject): Rejection | undefined {
  return REJECTIONS.find((rejection) => rejection.applies(subject));
}
