// A house a person will lead, told with the verb of leading in the future: "X dirigera Ferlog en
// qualité de directrice générale déléguée", "X va présider l'Union des brodeurs", "X will head
// Ferlog's logistics division", "X will lead its new French subsidiary as country manager". The
// present ("X dirige Ferlog") tells a post held, so only the future reads as a move (verb-patterns.ts
// LEADS_HOUSE); a hedge ("devrait diriger", "could lead") is rejected by the rejections table.

import type { ClauseReading, Match, Shape } from "./clause-move.ts";
import { isFemininePerson, nextMentionStart, roleAfter, subjectsBefore } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { headOfLedPost } from "./gender.ts";
import { MONTH } from "./lexicon.ts";
import type { Span } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";
import type { Sentence } from "./sentence.ts";

// "dirigera à partir de mars C", "will head from April 1 C": a time between the verb and the house
const WHEN = new RegExp(
  String.raw`^\s+(?:(?:en|dès|début|fin|à partir de|à compter de)\s+(?:${MONTH}|\d{4})|(?:à partir du|à compter du|dès le|le)\s+\d{1,2}(?:er)?\s+\p{Ll}+)(?=\s)`,
  "u",
);
// "Ferlog's logistics division": the house and the part of it led, English possessive
const POSSESSIVE =
  /^\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.' -]{0,60}?)['’]s\s+(\p{Ll}[\p{L} &-]{2,60}?)(?=\s+(?:from|as|in|on|at|starting|effective|until|when|after)\s|[,.;:]|$)/u;
// "its new French operations": the house that speaks, named before the mover; words saying the part
// is new are no part of what is led
const ITS_PART =
  /^\s+(?:its|their)\s+(?:(?:new|newly\s+\p{Ll}+|recently\s+\p{Ll}+)\s+)?(\p{L}[\p{L} &-]{2,60}?)(?=\s+(?:from|as|in|on|at|starting|effective|until|when|after)\s|[,.;:]|$)/u;
const ENGLISH = /^(?:will|shall|is|are)\s/u;

export function readLedHouse(s: Sentence, match: Match, _shape: Shape): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const english = ENGLISH.test(match[0]);
  let from = match.index + match[0].length;
  from += WHEN.exec(sentence.slice(from))?.[0].length ?? 0;
  const moves: ClauseReading[] = [];
  // "présidera C ; il sera secondé par Y, vice-présidente": the title stops where the clause does
  const clauseEnd = /[;:]/u.exec(sentence.slice(from));
  const clauseStop = clauseEnd ? from + clauseEnd.index : sentence.length;
  for (const person of subjectsBefore(sentence, mentions, match.index)) {
    const stopAt = Math.min(nextMentionStart(mentions, from, sentence), clauseStop);
    let company: Span | null = null;
    let part: string | null = null;
    let roleFrom = from;
    const possessive = english ? POSSESSIVE.exec(sentence.slice(from)) : null;
    const its = english && !possessive ? ITS_PART.exec(sentence.slice(from)) : null;
    if (possessive) {
      const start = from + possessive[0].indexOf(possessive[1]!);
      company = { text: possessive[1]!, start, end: start + possessive[1]!.length };
      part = possessive[2]!;
      roleFrom = from + possessive[0].length;
    } else if (its) {
      // the house that speaks opens the sentence: "Returnia confirmed that X … will head its …"
      const opening = readCompanyAfter(sentence, 0);
      company = opening && opening.end <= person.start ? opening : null;
      part = its[1]!;
      roleFrom = from + its[0].length;
    } else {
      company = readCompanyAfter(sentence, from);
      if (!company) continue;
      roleFrom = company.end;
    }
    if (!company) continue;
    const said = roleAfter(sentence, roleFrom, stopAt);
    const feminine = isFemininePerson(person, sentence);
    const role =
      said?.role ??
      (english
        ? part
          ? `head of ${part}`
          : "head"
        : headOfLedPost(/présid/u.test(match[0]) ? "présidence" : "direction", feminine));
    moves.push({
      person,
      kind: "appointed",
      role,
      company,
      predecessor: null,
      notes: said ? [] : [note(NOTES.titleFromLeadingVerb)],
    });
  }
  return moves;
}
