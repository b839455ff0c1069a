// A post given to several people, then their names: "Chez C, trois nouveaux associés : A (audit),
// B (fiscalité) et C (conseil)", "Elle sera entourée de trois vice-présidents : A (natation) et B
// (judo)", "coopte deux associés au 1er janvier : Me A et Me B", "il sera assisté de deux
// vice-présidents, A, directeur de C, et B". The employer-subject rows (employer-clauses.ts) read
// the list right after their verb and list-items.ts the items that carry their own title; this
// whole-sentence pass of clauses.ts reads the people they leave: no verb of their own, words between
// the title and the colon, or a subject that is no employer. Each listed person takes the title in
// the singular and in their gender; the employer is the house the sentence opens on, or the one the
// paragraph's context gives (paragraph.ts). Not yet measured on a first-scored corpus: held for review.

import { allMatches } from "./all-matches.ts";
import type { ClauseMove, ClauseReading, Match } from "./clause-move.ts";
import { companyBeforeVerb, looksLikeTitle, singularTitle, titleFor } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { HONORIFIC } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";
import { readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";
import { TITLED_LIST } from "./verb-patterns.ts";

const ALL_FROM_THE_HOUSE =
  /^[^.;]*?,\s*(?:tous|toutes)\s+(?:deux|trois|quatre|les\s+(?:deux|trois|quatre))\s+(?:issue?s|venue?s|promue?s)\s+(?:de la maison|du sérail|en interne)/u;
const CHEZ_IN_LEAD = /(?<![\p{L}])chez\s+(?=(?:la\s+|le\s+|les\s+|l['’])?[\p{Lu}\p{N}])/u;
const HOUSE_OPENER = /^\s*(?:Chez|Au sein de|Au sein d['’]|À|Au)\s*(?=\p{Lu})/u;
// what may stand between two listed names: the first one's aside, then a comma, "et" or ";"
const BETWEEN_ITEMS = /^\s*(?:\([^()]{1,60}\))?\s*(?:,[^:;.()]{0,140}?)?\s*(?:,|;|\bet\b|,\s*et\b)\s*$/u;
const BEFORE_FIRST_ITEM = new RegExp(String.raw`^\s*(?:(?:${HONORIFIC})\s+)?$`, "u");
// "vice-présidents, Yves Roy, directeur…": a comma stands for the colon only before a name
const ITEM_LEAD = new RegExp(String.raw`^\s*(?:(?:${HONORIFIC})\s+)?`, "u");

// "conserve ses deux coprésidents, A et B", "Quant aux deux cofondateurs, A et B, ils…": people
// who keep a post, or are only described, are not given one
const NOT_GIVEN =
  /(?<![\p{L}])(?:conserve|conservent|garde|gardent|maintient|reconduit|confirme|quant|aux|des|ces)\s+$/iu;

// "Les deux cofondateurs, A et B, conservent leurs fonctions": the verb after the list says so too
const KEPT_AFTER =
  /^\s*,?\s*(?:conservent|conserveront|gardent|garderont|restent|resteront|demeurent)(?![\p{L}])/iu;

/** The readings of one "N titles : A, B et C" match; `match[1]` is the plural title. */
export function readTitledList(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  if (NOT_GIVEN.test(sentence.slice(0, match.index))) return [];
  const plural = match[1]!.trim();
  const title = singularTitle(plural);
  if (title === plural || !looksLikeTitle(title)) return [];
  const end = match.index + match[0].length;
  const first = mentions.find((m) => m.start >= end);
  if (!first || !BEFORE_FIRST_ITEM.test(sentence.slice(end, first.start).replace(ITEM_LEAD, ""))) return [];
  const people: PersonMention[] = [first];
  // "A, directeur général de la CCI de Kerlandec, et B": a name inside an item's aside is no item
  for (const next of mentions.filter((m) => m.start > first.end && isConfidentPerson(m))) {
    const previous = people.at(-1)!;
    if (!BETWEEN_ITEMS.test(sentence.slice(previous.end, next.start).replace(/(?:Me|M\.|Mme|Dr)\s*$/u, "")))
      break;
    people.push(next);
  }
  if (people.length < 2 || !people.every(isConfidentPerson)) return [];
  if (KEPT_AFTER.test(sentence.slice(people.at(-1)!.end))) return [];
  const opener = HOUSE_OPENER.exec(sentence);
  const verbAt = sentence.slice(0, match.index).search(/(?:\s+\p{Ll}[\p{L}'’-]*)+\s*$/u);
  // "Deux nouveaux directeurs régionaux chez C : A (Ouest) et B (Nord-Est)": the house the title's own lead names
  const chez = CHEZ_IN_LEAD.exec(match[0]);
  const company =
    (opener ? readCompanyAfter(sentence, opener[0].length) : null) ??
    (chez ? readCompanyAfter(sentence, match.index + chez.index + chez[0].length) : null) ??
    (verbAt > 0 ? companyBeforeVerb(sentence, verbAt, mentions) : null);
  // "…, tous deux issus de la maison": the list's closing aside says where all of them come from
  const fromTheHouse = ALL_FROM_THE_HOUSE.test(sentence.slice(people.at(-1)!.end));
  return people.map((person, index) => {
    const item = sentence.slice(person.end, people[index + 1]?.start ?? sentence.length);
    // "A, vice-président délégué aux appellations, B, …": a longer title of the same head is the item's own
    const own = /^\s*,\s*/u.exec(item);
    const ownRole = own ? readRole(sentence, person.end + own[0].length, person.end + item.length) : null;
    const head = title.split(/\s+/u)[0]!.slice(0, 5);
    // "A (Ouest) et B (Nord-Est)": a director's scope in brackets is part of the title
    const scope = /^directeur/u.test(plural) ? SCOPE.exec(item)?.[1] : undefined;
    const role =
      ownRole && !ownRole.company && ownRole.role.startsWith(head) && ownRole.role.length > title.length
        ? ownRole.role
        : titleFor(person, plural, item) + (scope ? ` ${scope}` : "");
    return {
      person,
      kind: fromTheHouse ? ("promoted" as const) : ("appointed" as const),
      role,
      company: company?.text === person.text ? null : company,
      predecessor: null,
      notes: [note(NOTES.roleSharedByList)],
    };
  });
}

// "Ont également été nommés A (France) et B (Asie), directeurs exécutifs": a passive plural opening
// the sentence, the names, then their shared title in the plural closing it
const PASSIVE_PLURAL_LEAD =
  /^\s*(?:Ont|Sont)\s+(?:(?:également|aussi|par ailleurs|en outre)\s+)?(?:été\s+)?(?:élus|élues|nommés|nommées|désignés|désignées|promus|promues)\s+(?=(?:(?:M\.|Mme|Me|Dr)\s+)?\p{Lu})/u;
const CLOSING_TITLE = /,\s*(\p{Ll}[\p{Ll}'’ -]{2,50}?[sx])\s*[.;]?\s*$/u;
// "(France)", "(Asie)": a one-word scope said of a director, part of the title
// ("(Nord-Est)": a compound scope)
const SCOPE = /^\s*\((\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)\)/u;

function readClosingTitle(s: Sentence): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const lead = PASSIVE_PLURAL_LEAD.exec(sentence);
  const closing = lead && CLOSING_TITLE.exec(sentence);
  if (!lead || !closing) return [];
  const plural = closing[1]!;
  if (singularTitle(plural) === plural || !looksLikeTitle(singularTitle(plural))) return [];
  const people = mentions.filter((m) => m.start >= lead[0].length && m.end <= closing.index);
  if (people.length < 2 || !people.every(isConfidentPerson)) return [];
  for (const [index, person] of people.entries()) {
    const gap = sentence.slice(person.end, people[index + 1]?.start ?? closing.index);
    if (index < people.length - 1 && !BETWEEN_ITEMS.test(gap)) return [];
  }
  return people.map((person, index) => {
    const item = sentence.slice(person.end, people[index + 1]?.start ?? closing.index);
    const scope = /^directeur/u.test(plural) ? SCOPE.exec(item)?.[1] : undefined;
    return {
      person,
      kind: "appointed" as const,
      role: titleFor(person, plural, item) + (scope ? ` ${scope}` : ""),
      company: null,
      predecessor: null,
      notes: [note(NOTES.roleSharedByList)],
    };
  });
}

/** Adds the people of every titled list in the sentence that no earlier reader read. */
export function addTitledLists(sentence: Sentence, moves: ClauseMove[]): void {
  for (const reading of readClosingTitle(sentence)) {
    if (moves.some((move) => move.person.start === reading.person.start)) continue;
    moves.push({
      shape: "post given to a list",
      ...reading,
      notes: [note(NOTES.newShape), ...reading.notes],
    });
  }
  for (const match of allMatches(sentence.text, TITLED_LIST))
    for (const reading of readTitledList(sentence, match as Match)) {
      if (moves.some((move) => move.person.start === reading.person.start)) continue;
      moves.push({
        shape: "post given to a list",
        ...reading,
        notes: [note(NOTES.newShape), ...reading.notes],
      });
    }
}
