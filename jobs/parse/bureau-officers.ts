// The officers of a bureau told as lines (bureau-lines.ts): "Vice-présidents : A – B" gives A and B
// the title of the label, in the singular and in their gender. Each is appointed at the body the
// lead before the lines elected (the paragraph's context, paragraph.ts); a firm in brackets after a
// name ("A (directrice de C)", "B (Sorelec Réseaux)") is the officer's own employer, never the body.
// A whole-sentence pass of clauses.ts. Not yet measured on a first-scored corpus: held for review.

import { allMatches } from "./all-matches.ts";
import { bureauLineLabel } from "./bureau-lines.ts";
import type { ClauseMove } from "./clause-move.ts";
import { titleFor } from "./clause-slots.ts";
import { isConfidentPerson, type PersonMention } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";

export function addBureauOfficers(sentence: string, mentions: PersonMention[], moves: ClauseMove[]): void {
  const line = bureauLineLabel(sentence);
  if (!line) return;
  const label = line.label.charAt(0).toLowerCase() + line.label.slice(1);
  // a name inside the brackets of an officer's own post ("(directrice de C, ex-A)") is no officer
  const aside = /\([^()]*\)/gu;
  const bracketed = allMatches(sentence, aside).map((m) => [m.index, m.index + m[0].length] as const);
  for (const person of mentions) {
    if (person.start < line.valueStart || !isConfidentPerson(person)) continue;
    if (bracketed.some(([from, to]) => person.start >= from && person.end <= to)) continue;
    if (moves.some((move) => move.person.start === person.start)) continue;
    moves.push({
      shape: "bureau line",
      person,
      kind: "appointed",
      role: titleFor(person, label, sentence.slice(person.start, person.end + 40)),
      company: null,
      predecessor: predecessorInAside(sentence, person, mentions),
      notes: [note(NOTES.newShape), note(NOTES.bodyOfficer)],
    });
  }
}

// "Président : A (succède à B, qui reste au comité)": the one replaced, in the brackets after the name
const SUCCEEDS_IN_ASIDE =
  /^\s*\(\s*(?:succède à|succédant à|remplace|remplaçant|en remplacement de|à la place de)\s+(?:M\.|Mme)?\s*$/u;

function predecessorInAside(
  sentence: string,
  person: PersonMention,
  mentions: PersonMention[],
): PersonMention | null {
  const next = mentions.find((other) => other.start > person.end);
  if (!next || !SUCCEEDS_IN_ASIDE.test(sentence.slice(person.end, next.start))) return null;
  return next;
}
