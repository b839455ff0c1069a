// "INÈS OUAZZANI arrive de l'Agence Pixelune comme head of design": the sentence says where the
// person comes from and the new title, not the employer, which the paragraph reader takes from
// the heading or an earlier sentence ("Double arrivée chez Hexaflow : …"). The origin becomes a
// previous employer through the career reader (career.ts).

import type { ClauseReading, Match } from "./clause-move.ts";
import { introducedRole, subjectsBefore } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { ROLE_INTRODUCER } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";

export function readArrivalFrom(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  {
    const origin = readCompanyAfter(sentence, match.index + match[0].length);
    // the title must follow the origin right away, not further on in the sentence
    if (!origin || (ROLE_INTRODUCER.exec(sentence.slice(origin.end))?.index ?? 9) > 2) return moves;
    const role = introducedRole(sentence, mentions, origin.end);
    if (!role) return moves;
    for (const person of subjectsBefore(sentence, mentions, match.index))
      moves.push({
        person,
        kind: "joined",
        role: role.role,
        company: role.company,
        predecessor: null,
        notes: [],
      });
  }
  return moves;
}
