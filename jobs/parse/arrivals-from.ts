// "INÈS OUAZZANI arrive de l'Agence Pixelune comme head of design": the sentence says where the
// person comes from and the new title, not the employer, which the paragraph reader takes from
// the heading or an earlier sentence ("Double arrivée chez Hexaflow : …"). The origin becomes a
// previous employer through the career reader (career.ts).

import type { ClauseReading, Match } from "./clause-move.ts";
import { introducedRole, isFemininePerson, ledUnitAfter, subjectsBefore } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { NOTES, note } from "./notes.ts";
import { ROLE_INTRODUCER } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";

export function readArrivalFrom(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  {
    const origin = readCompanyAfter(sentence, match.index + match[0].length);
    if (!origin) return moves;
    // the title must follow the origin right away, not further on in the sentence
    const introduced =
      (ROLE_INTRODUCER.exec(sentence.slice(origin.end))?.index ?? 9) > 2
        ? null
        : introducedRole(sentence, mentions, origin.end);
    for (const person of subjectsBefore(sentence, mentions, match.index)) {
      // "arrive de C pour diriger l'activité X": the unit led names the post, a paraphrase held for review
      const role = introduced ?? ledUnitAfter(sentence, origin.end, isFemininePerson(person, sentence));
      if (!role) continue;
      moves.push({
        person,
        kind: "joined",
        role: role.role,
        company: role.company,
        predecessor: null,
        notes: introduced ? [] : [note(NOTES.newShape)],
      });
    }
  }
  return moves;
}
