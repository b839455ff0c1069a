// "Chef d'atelier de frappe : c'est X, venue de D, qui occupe désormais le poste chez C", "Directeur
// financier : c'est X qui occupera le poste chez C à partir du 15 janvier": the post heads the
// sentence before its colon, "c'est" names its holder, "le poste chez C" the house (shapes.ts "post
// heading, then its holder"). Not yet measured on a first-scored corpus: held for review.

import type { ClauseReading, Match } from "./clause-move.ts";
import { isFemininePerson, opensLikeTitle } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { writtenTitleFor } from "./gender.ts";
import { isConfidentPerson } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";
import type { Sentence } from "./sentence.ts";

const HEADING_THEN_HOLDER = /^\s*(\p{Lu}[\p{Ll}'’ -]{2,60}?)\s*:\s*c['’]est\s+(?=\p{Lu})/u;

export function readHeadingPostHolder(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const heading = HEADING_THEN_HOLDER.exec(sentence);
  if (!heading) return [];
  const person = mentions.find((m) => m.start === heading[0].length);
  if (!person || person.end > match.index) return [];
  // no one else named between the holder and "qui": the relative clause is the holder's
  // ("venue des Ateliers Sorel": a house that reads like a name is no one)
  const between = mentions.filter((m) => m !== person && m.start > person.end && m.start < match.index);
  if (between.some(isConfidentPerson)) return [];
  const title = heading[1]!.charAt(0).toLowerCase() + heading[1]!.slice(1);
  if (!opensLikeTitle(title)) return [];
  const company = readCompanyAfter(sentence, match.index + match[0].length);
  if (!company) return [];
  return [
    {
      person,
      kind: "joined",
      role: writtenTitleFor(title, isFemininePerson(person, sentence)),
      company,
      predecessor: null,
      notes: [note(NOTES.newShape)],
    },
  ];
}
