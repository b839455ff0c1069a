// Successions told from the side of the one who leaves, the successor named after the verb.
// The employer fills a post someone left, naming the successor after the verb: "Ferlog le remplace
// par Anne Roy", "Kargo Rail promeut à sa place Paul Lin", "… chez Ferlog, qui a nommé à sa place
// Anne Roy". The one replaced is the person the pronoun or "sa place" points back to (the paragraph
// reader's antecedent); the employer is the subject. The title is the successor's own when their
// clause gives one (", promue directrice sportive", ", qui devient manager"), else the post the
// one replaced held at that employer, read from what the paragraph said of them (same-post.ts).

import type { ClauseReading, Match } from "./clause-move.ts";
import {
  companyBeforeVerb,
  isFemininePerson,
  leadershipRole,
  looksLikeTitle,
  objectAfter,
  subjectsBefore,
} from "./clause-slots.ts";
import { readCompanyAfter, readCompanyBefore } from "./company-spans.ts";
import { feminineTitle, masculineTitle } from "./gender.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";

// ", promue directrice sportive", ", directrice marketing, qui devient directrice du réseau"
const OWN_TITLE =
  /^\s*,\s*(?:[^,.;]{1,80},\s*)?(?:qui\s+(?:devient|deviendra|prend le titre de|sera)|promue?|nommée?)\s+/u;

// "La Croix Bleue d'Ardelle le remplace par X": a name the backward reading stops in, read forward
// from the sentence's start when it runs right up to the verb
function openingCompany(sentence: string, verbAt: number): Span | null {
  const opening = /^\s*(?:(?:La|Le|Les)\s+|L['’])?/u.exec(sentence)![0].length;
  const company = readCompanyAfter(sentence, opening);
  return company && /^\s*$/u.test(sentence.slice(company.end, verbAt)) ? company : null;
}

// "Il était directeur commercial d'Assurvie, qui le remplace par X": a one-word name glued to its
// elided "d'" right before the relative
function elidedCompanyBefore(sentence: string, end: number): Span | null {
  const elided = /(?<![\p{L}])[dl]['’](?=\p{Lu}[^\s,]*\s*$)/u.exec(sentence.slice(0, end));
  if (!elided) return null;
  const company = readCompanyAfter(sentence, elided.index + 2);
  return company && /^\s*$/u.test(sentence.slice(company.end, end)) ? company : null;
}

export function readEmployerReplaces(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const person = objectAfter(sentence, mentions, end);
  if (!person) return [];
  // "… le fabricant de mouvements Horlotech, qui a promu à sa place X": the relative's antecedent
  const relative = /,\s*qui\s+$/u.exec(sentence.slice(0, match.index));
  const company = relative
    ? (readCompanyBefore(sentence, relative.index) ?? elidedCompanyBefore(sentence, relative.index))
    : (companyBeforeVerb(sentence, match.index, mentions) ?? openingCompany(sentence, match.index));
  if (!company) return [];
  const own = OWN_TITLE.exec(sentence.slice(person.end));
  const said = own ? readRole(sentence, person.end + own[0].length) : null;
  const role = said && looksLikeTitle(said.role) ? said.role : null;
  return [
    {
      person,
      kind: /promeut|promu/u.test(match[0]) ? "promoted" : "appointed",
      role,
      company,
      predecessor: null,
      predecessorIsAntecedent: true,
      notes: [],
    },
  ];
}

// "Chez C, le directeur général Luc Faure cède sa place à Anne Roy", "Luc Faure passe le relais à
// Anne Roy à la présidence de C": the one who leaves is the subject, the successor follows "à".
// The post is said after the successor ("à la présidence de C", "comme R"), else it is the title
// the one who leaves is given ("le directeur général Luc Faure", "Luc Faure, directeur général"),
// in the successor's gender; the employer may be the paragraph's (implicit-company.ts).
const POST_AFTER_SUCCESSOR =
  /^\s*(?:,\s*)?(?:à la (?=présidence|direction|tête)|(?:comme|au poste d(?:e\s|')|en tant qu(?:e\s|'))\s*)/u;
const TITLE_BEFORE_NAME = /(?:^|,\s*|(?:le|la|l['’]|notre|son|sa)\s+)((?:\p{Ll}[\p{Ll}'’-]*\s+){1,4})$/u;
const TITLE_AFTER_NAME = /^\s*,\s*/u;

export function readBatonPassed(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const person = objectAfter(sentence, mentions, end);
  const leaver = subjectsBefore(sentence, mentions, match.index)[0] ?? null;
  if (!person || !leaver) return [];
  const feminine = isFemininePerson(person, sentence.slice(person.start));
  const post = POST_AFTER_SUCCESSOR.exec(sentence.slice(person.end));
  if (post) {
    const from = person.end + post[0].length;
    const said = /à la $/u.test(post[0])
      ? leadershipRole(sentence, from, sentence.length, feminine)
      : { ...readRole(sentence, from), notes: [] };
    if (said?.role && looksLikeTitle(said.role))
      return [reading(person, leaver, said.role, said.company ?? null, said.notes)];
  }
  const agree = (role: string) => (feminine ? feminineTitle(role) : masculineTitle(role));
  // "le directeur général Luc Faure", "Notre correspondant à Pontcarral, Luc Faure,"
  const before = TITLE_BEFORE_NAME.exec(sentence.slice(0, leaver.start).replace(/,\s*$/u, " "));
  const described = before ? readRole(before[1]!, 0) : null;
  if (described && looksLikeTitle(described.role))
    return [reading(person, leaver, agree(described.role), null, ["post taken from the one replaced"])];
  const apposition = TITLE_AFTER_NAME.exec(sentence.slice(leaver.end, match.index));
  const title = apposition ? readRole(sentence, leaver.end + apposition[0].length, match.index) : null;
  if (title && looksLikeTitle(title.role))
    return [reading(person, leaver, agree(title.role), title.company, ["post taken from the one replaced"])];
  return [];
}

function reading(
  person: PersonMention,
  leaver: PersonMention,
  role: string,
  company: Span | null,
  notes: string[],
): ClauseReading {
  return { person, kind: "appointed", role, company, predecessor: leaver, notes };
}

// "Luc Faure quitte la direction des achats de Ferlog pour prendre celle de Kargo Rail": the post
// left names the post taken, at the employer after "celle de".
const SAME_POST_AT = /\spour\s+(?:prendre|reprendre)\s+celle\s+(?:de\s+(?:la\s+|l['’])?|du\s|des\s|d['’])/u;

export function readSamePostElsewhere(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const taken = SAME_POST_AT.exec(sentence.slice(end));
  if (!taken) return [];
  const company = readCompanyAfter(sentence, end + taken.index + taken[0].length);
  if (!company) return [];
  return subjectsBefore(sentence, mentions, match.index).flatMap((person) => {
    const post = leadershipRole(sentence, end, end + taken.index, isFemininePerson(person, sentence));
    if (!post || post.notes.some((note) => !/gender guessed/u.test(note))) return [];
    return [
      { person, kind: "joined" as const, role: post.role, company, predecessor: null, notes: post.notes },
    ];
  });
}

// "À la direction financière, Anne Roy (ex-Kargo Rail) ;": the post heads the item, the person and
// where they come from close it, with no verb; the employer is the paragraph's.
const ITEM_CLOSES =
  /^\s*(?:\([^)]{1,60}\)|,\s*(?:ex-|venue? d|arrivée? d|jusqu'(?:ici|alors))[^;.]{1,80})?\s*(?:[;.]|$)/u;

export function readPostHeadedItem(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const comma = sentence.indexOf(",", end);
  const person = mentions.find((m) => m.start > comma && /^,\s*$/u.test(sentence.slice(comma, m.start)));
  if (!person || !isConfidentPerson(person) || !ITEM_CLOSES.test(sentence.slice(person.end))) return [];
  const post = leadershipRole(sentence, end, comma, isFemininePerson(person, sentence.slice(person.start)));
  if (!post || post.notes.some((note) => !/gender guessed/u.test(note))) return [];
  return [
    {
      person,
      kind: "appointed",
      role: post.role,
      company: post.company,
      predecessor: null,
      // no verb says the person takes the post: an editor checks (default penalty, 0.1)
      notes: [...post.notes, "post read from an item without a verb"],
    },
  ];
}
