// Posts that fall to someone, the holder after the verb: "la direction des opérations revient à
// X", "au département du Haut-Lizon, la présidence reviendra à X", "le choix s'est porté sur X
// comme directrice financière", "pour la direction générale de C, le choix s'est porté sur X".

import { allMatches } from "./all-matches.ts";
import type { ClauseReading, Match } from "./clause-move.ts";
import {
  companyBeforeVerb,
  introducedRole,
  isFemininePerson,
  leadershipRole,
  objectAfter,
  withoutGenderGuess,
} from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { feminineTitle, hasMasculineFirstName, headOfLedPost, masculineTitle } from "./gender.ts";
import { isInstitutionHead } from "./institutions.ts";
import { foldWord } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention } from "./mentions.ts";
import { NOTES, type Note, note } from "./notes.ts";
import { readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";
import { agreeTitle } from "./title-agreement.ts";
import { CHOICE_FALLS_ON } from "./verb-patterns.ts";

// These rows' records carry NOTES.newShape until a first-scored corpus shows them reliable: held
// for review (0.95 - 0.2 = 0.75, under the default auto-publish threshold).

// the post, opening its clause: "la direction de l'autonomie", "la présidence du conseil"
const POST_IN_CLAUSE = /(?:^|[,:;]\s*|\s)(?:la|sa)\s+(?=(?:direction|présidence)(?![\p{L}]))/giu;

// "la direction de l'autonomie revient à X": the post is the last one named before the verb, in
// the same clause
function postBefore(s: Sentence, verbAt: number, feminine: boolean) {
  const clauseStart = Math.max(0, s.text.slice(0, verbAt).search(/[^,:;]*$/u));
  const opening = allMatches(s.text.slice(clauseStart, verbAt), POST_IN_CLAUSE).at(-1);
  if (!opening) return null;
  return leadershipRole(s.text, clauseStart + opening.index + opening[0].length, verbAt, feminine);
}

// "Pour le remplacer, la direction régionale revient à X": the one replaced is the person the
// pronoun points back to (the paragraph reader's antecedent)
const TO_REPLACE_THEM = /(?<![\p{L}])pour\s+(?:(?:le|la|l['’])\s*remplacer|lui\s+succéder)(?![\p{L}])/iu;
// "…, après le départ de Y": the one who held the post
const AFTER_THE_DEPARTURE = /^[^.;]*?(?<![\p{L}])(?:après|depuis)\s+le\s+départ\s+d(?:e\s+|['’])$/u;

function predecessorOf(s: Sentence, match: Match, person: PersonMention) {
  const named = s.mentions.find(
    (m) => m.start > person.end && AFTER_THE_DEPARTURE.test(s.text.slice(person.end, m.start)),
  );
  return {
    predecessor: named ?? null,
    predecessorIsAntecedent: !named && TO_REPLACE_THEM.test(s.text.slice(0, match.index)),
  };
}

export function readPostFallsTo(s: Sentence, match: Match): ClauseReading[] {
  const person = objectAfter(s.text, s.mentions, match.index + match[0].length);
  if (!person) return [];
  const post = postBefore(s, match.index, isFemininePerson(person, s.text));
  if (!post) return [];
  return [
    {
      person,
      kind: "appointed",
      role: post.role,
      company: post.company,
      ...predecessorOf(s, match, person),
      notes: [note(NOTES.newShape), ...post.notes],
    },
  ];
}

// "Le poste de directeur adjoint, laissé vacant par Y, est confié à X", "Son rôle de coordinatrice de C
// revient à X", "la charge de commissaire nationale revient à X", "Le poste de délégué général de la FFI est désormais occupé par X", "la direction du pôle
// barrages, laissée vacante, est confiée à X" (shapes.ts "named post goes to"): the post opens the
// clause, by its title after "poste de" or as a direction led; one aside may stand between it and the
// verb, set between commas or opening on the participle that says the post was left, and the only
// person it may name is the one who left the post. "son poste de R" without that aside is the post of
// the person named before (the paragraph reader's antecedent), who is the predecessor.
const POST_NAMED =
  /(?:^|[,:;]\s*|\s)(?:(?<titled>(?:(?<owner>le|son|leur)\s+(?:poste|rôle|fauteuil)|la\s+charge)\s+d(?:e\s+|['’]))|(?:la|sa)\s+(?=(?:direction|présidence)(?![\p{L}])))/giu;
const ASIDE = /^(?:,[^,;:]{1,120},|\s(?:laissée?|libérée?|devenue?|restée?|vacante?)\s[^,;:]{1,120}?)\s*$/u;
const ASIDE_OPENS = /,|\s(?:laissée?|libérée?|devenue?|restée?|vacante?)\s/u;
// ", laissé vacant par Y", " laissé libre par le départ de Y"
const LEFT_BY = /(?<![\p{L}])(?:par|départ\s+d(?:e\s+|['’]))\s*$/u;
const INTERIM_OF = /(?<![\p{L}])intérim\s+(?:de\s+|d['’])?(?:la|sa|le|son)?\s*$/iu;
// "… est confié à Mme X": the title of courtesy tells a first name the lexicon does not
const FEMININE_COURTESY = /^(?:Mme|Mlle|Madame|Mademoiselle)\b/u;

// The post is named for whoever holds it: its title agrees with the new holder. title-agreement.ts
// knows which words agree ("directrice commerciale secteur public"); a head it does not know ("chargé
// d'affaires") takes the feminine endings.
function feminineOf(title: string): string {
  const agreed = agreeTitle(title, true);
  return agreed !== title ? agreed : feminineTitle(title);
}

function holderOfTitleBefore(
  text: string,
  people: PersonMention[],
  before: number,
  title: string,
): PersonMention | null {
  const key = titleKey(title);
  const holders = people.filter((m) => {
    if (m.end > before) return false;
    const apposed = /^\s*,\s*([^,;:]+?)\s*(?:,|\s(?:depuis|jusqu['’]ici)\s)/u.exec(text.slice(m.end, before));
    return apposed !== null && titleKey(apposed[1]!) === key;
  });
  return holders.length === 1 ? holders[0]! : null;
}

// "présidente" and "président" are one title; so are "commissaire nationale" and "commissaire national"
const titleKey = (title: string) =>
  foldWord(title)
    .split(/\s+/u)
    .map((word) => word.replace(/trice$/u, "teur").replace(/e$/u, ""))
    .join(" ");

export function readNamedPostHolder(s: Sentence, match: Match): ClauseReading[] {
  const { text, mentions } = s;
  const person = objectAfter(text, mentions, match.index + match[0].length);
  if (!person || !isConfidentPerson(person)) return [];
  const opening = allMatches(text.slice(0, match.index), POST_NAMED).at(-1);
  if (!opening) return [];
  // "l'intérim de la direction générale … est confié à X": an interim holder is no move
  if (INTERIM_OF.test(text.slice(0, opening.index + opening[0].length))) return [];
  const postAt = opening.index + opening[0].length;
  const aside = ASIDE_OPENS.exec(text.slice(postAt, match.index));
  const postEnd = aside ? postAt + aside.index : match.index;
  if (aside && !ASIDE.test(text.slice(postEnd, match.index))) return [];
  // (a house in capitals may be read as a name: only a confident one is a person)
  const people = mentions.filter(isConfidentPerson);
  if (people.some((m) => m.start >= postAt && m.end <= postEnd)) return [];
  // the one who left may be a name the lexicon does not vouch for: its place says it
  const leftBy =
    mentions.find(
      (m) => m.start >= postEnd && m.end <= match.index && LEFT_BY.test(text.slice(postEnd, m.start)),
    ) ?? null;
  if (people.some((m) => m.start >= postEnd && m.end <= match.index && m !== leftBy)) return [];
  const feminine =
    isFemininePerson(person, text) ||
    s.courtesies.some(
      (c) => c.end <= person.start && FEMININE_COURTESY.test(c.text) && person.start - c.end <= 2,
    );
  const led = opening.groups?.titled ? null : leadershipRole(text, postAt, postEnd, feminine);
  // a title guessed for a direction ("directeur général") is left to the editor; its gender is the person's
  if (led && withoutGenderGuess(led.notes).length > 0) return [];
  const post = led ?? readRole(text, postAt, postEnd);
  // after "poste de" the words are a title by their place, known to the role classes or not ("délégué général")
  if (!post || !/^\p{Ll}/u.test(post.role)) return [];
  const held = !leftBy && /^(?:son|leur)$/iu.test(opening.groups?.owner ?? "");
  // "X, commissaire nationale depuis 2021, devient présidente ; la charge de commissaire nationale
  // revient à Y": the one the sentence set that very title beside is who held it
  const heldBefore =
    leftBy ?? (opening.groups?.titled ? holderOfTitleBefore(text, people, opening.index, post.role) : null);
  return [
    {
      person,
      kind: "appointed",
      // (a direction led was read agreeing already)
      // "la charge de commissaire nationale revient à Paul X": the title agrees with its new holder
      role:
        feminine && !led
          ? feminineOf(post.role)
          : !led && hasMasculineFirstName(person)
            ? masculineTitle(post.role)
            : post.role,
      company: post.company,
      predecessor: heldBefore,
      ...(held ? { predecessorIsAntecedent: true, pronounAt: opening.index } : {}),
      notes: [note(NOTES.newShape)],
    },
  ];
}

// "pour la direction générale de C, le choix s'est porté sur X", "… sur X pour la présidence de C"
const FOR_THE_POST = /(?:^|[\s,])pour\s+(?:la|sa)\s+(?=(?:direction|présidence)(?![\p{L}]))/iu;

export function readChoiceFallsOn(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const person = objectAfter(sentence, mentions, match.index + match[0].length);
  if (!person) return [];
  const feminine = isFemininePerson(person, sentence);
  const introduced = introducedRole(sentence, mentions, person.end);
  let role = introduced ? { role: introduced.role, company: introduced.company, notes: [] as Note[] } : null;
  if (!role) {
    const after = FOR_THE_POST.exec(sentence.slice(person.end));
    const before = FOR_THE_POST.exec(sentence.slice(0, match.index));
    const post = after
      ? leadershipRole(sentence, person.end + after.index + after[0].length, sentence.length, feminine)
      : before
        ? leadershipRole(sentence, before.index + before[0].length, match.index, feminine)
        : null;
    if (post) role = { role: post.role, company: post.company, notes: post.notes };
  }
  return [
    {
      person,
      kind: "appointed",
      role: role?.role ?? null,
      company: role?.company ?? null,
      ...predecessorOf(s, match, person),
      notes: [note(NOTES.newShape), ...(role?.notes ?? [])],
    },
  ];
}

// "Le nom du futur directeur de l'aéroport de C est enfin connu. Après huit mois de recherche, le
// choix s'est porté sur X": a post whose holder the sentence before announced as awaited, the
// choice naming them in the next (shapes.ts "choice falls on", read by paragraph.ts when its own
// sentence names no post). The title agrees with the one chosen.
const AWAITED_POST =
  /(?<![\p{L}])(?:le nom|l['’]identité)\s+(?:du|de la)\s+(?:futur|future|nouveau|nouvel|nouvelle|prochain|prochaine)\s+(?=\p{Ll})/iu;
const AWAITED_POST_TOLD =
  /\s+(?:est|a été|vient d['’]être|sera)\s+(?:enfin\s+|désormais\s+|officiellement\s+)?(?:connue?|dévoilée?|révélée?|annoncée?|tombée?)(?![\p{L}])/u;

export function postAwaitedBefore(
  previous: string,
  sentence: string,
  personAt: number,
  feminine: boolean,
): { role: string; company: string | null } | null {
  // the one the choice fell on, whichever row read them first ("… sur X, qui remplacera Y")
  const chosen = allMatches(sentence.slice(0, personAt), CHOICE_FALLS_ON).some(
    (m) => sentence.slice(m.index + m[0].length, personAt).trim() === "",
  );
  if (!chosen) return null;
  const opening = AWAITED_POST.exec(previous);
  if (!opening) return null;
  const at = opening.index + opening[0].length;
  const told = AWAITED_POST_TOLD.exec(previous.slice(at));
  if (!told) return null;
  // "directeur de l'Aéroport international de Valcrose (AIV)": the acronym after the name is no title
  const end =
    at + previous.slice(at, at + told.index).replace(/\s*\([\p{Lu}\p{N}&.-]{2,12}\)\s*$/u, "").length;
  const post = readRole(previous, at, end);
  if (!post) return null;
  return { role: feminine ? feminineOf(post.role) : post.role, company: post.company?.text ?? null };
}

// "Le conseil de surveillance de C sera désormais présidé par X": the board's own president
const BOARD_OF =
  /(?<![\p{L}])(?:le|l['’])\s*(conseil d'administration|conseil de surveillance|directoire)\s+d(?:e\s+|u\s+|es\s+|['’])\s*(?=[\p{Lu}\p{N}])/iu;
// "le département restructurations est désormais piloté par X": a unit of the house the paragraph is about
const UNIT_OPENS =
  /(?:^|[,:;]\s*|\s)(?:le|la)\s+((?:département|pôle|service|division)\s+[\p{Ll}' -]{2,40}?)\s+$/u;

const NAME_IN_APPOSITION =
  /,\s*((?:\p{Lu}[\p{L}'’&-]*)(?:\s+(?:\p{Lu}[\p{L}'’&-]*|de|du|des|d['’]\p{Lu}[\p{L}-]*))*)\s*,\s*$/u;

const PUBLIC_HOUSE_BEFORE =
  /(?<![\p{L}])(?:laboratoire|musée|institut|théâtre|bibliothèque|médiathèque|conservatoire|observatoire|établissement|centre)(?:\s+(?:public|publique|national|nationale|régional|régionale|municipal|municipale))?\s+$/iu;
const TRADE_BEFORE_HEAD = /^\s*(?:le|la|l['’])\s*\p{Ll}[\p{Ll}-]{3,}\s+$/u;

// "L'Établissement du sang de la Vesle est désormais dirigé par X" (shapes.ts "now led by")
export function readNowLedBy(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const after = match.index + match[0].length;
  // "est désormais dirigé par le chimiste X": the new head's trade before the name
  const person =
    objectAfter(sentence, mentions, after) ??
    mentions.find((m) => m.start >= after && TRADE_BEFORE_HEAD.test(sentence.slice(after, m.start))) ??
    null;
  if (!person || !isConfidentPerson(person)) return [];
  const feminine = isFemininePerson(person, sentence);
  const before = sentence.slice(0, match.index);
  const unit = UNIT_OPENS.exec(before);
  if (unit) {
    const role = `responsable du ${unit[1]!.trim()}`;
    return [
      { person, kind: "appointed", role, company: null, predecessor: null, notes: [note(NOTES.newShape)] },
    ];
  }
  const head = headOfLedPost(/présid/u.test(match[0]) ? "présidence" : "direction", feminine);
  const board = BOARD_OF.exec(before);
  // "La fondation du groupe Kargo, Fondation Kargo, est désormais dirigée par X": the house is
  // named in the apposition, which the issue then cuts to its descriptor-less name (issue.ts):
  // left unread rather than read wrong
  if (!board && NAME_IN_APPOSITION.test(before)) return [];
  const company = board
    ? readCompanyAfter(sentence, board.index + board[0].length)
    : companyBeforeVerb(sentence, match.index, mentions);
  if (!company) return [];
  // a firm is led by its "directeur général", an institution ("Établissement du sang",
  // "Fondation Ardelis") by its "directeur"
  // ("Le laboratoire public C est désormais dirigé par X": an institution, by the noun before its name)
  const firm =
    !board &&
    !/présid/u.test(match[0]) &&
    !isInstitutionHead(company.text.split(/\s+/u)[0]!) &&
    !PUBLIC_HOUSE_BEFORE.test(sentence.slice(0, company.start));
  const role = board
    ? `${head} du ${board[1]!.toLowerCase()}`
    : firm
      ? `${head} ${feminine ? "générale" : "général"}`
      : head;
  return [{ person, kind: "appointed", role, company, predecessor: null, notes: [note(NOTES.newShape)] }];
}
