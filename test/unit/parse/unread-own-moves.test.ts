// The families of movers a reader leaves silent (jobs/parse/unread-own-moves.ts): each row of the
// tables reads its own invented example, and a person whose words tell no move of theirs is read by
// none. Invented names and houses only.

import { describe, expect, it } from "@jest/globals";
import {
  BACKGROUND_CUES,
  backgroundOf,
  OWN_MOVE_CUES,
  type OwnMoveCue,
  ownMoveOf,
  type PersonInSentence,
} from "../../../jobs/parse/unread-own-moves.ts";

// The person as the walk sees them when the sentence names nobody after them
function personIn({ sentence, person, replaced = false }: OwnMoveCue["example"]): PersonInSentence {
  const start = sentence.indexOf(person);
  const rest = sentence.slice(start + person.length);
  return {
    sentence,
    start,
    asWritten: person,
    before: sentence.slice(0, start).slice(-80),
    clause: rest,
    rest,
    replaced,
  };
}

describe("the tables of own moves and background", () => {
  it.each([...OWN_MOVE_CUES, ...BACKGROUND_CUES].map((cue) => [cue.id, cue] as const))(
    "the row %s applies to its own example",
    (_id, cue) => {
      expect(cue.applies(personIn(cue.example))).toBe(true);
    },
  );

  it.each([
    ["a predecessor and nothing more", "Il remplace Anne Morel.", "Anne Morel"],
    ["someone speaking", "« Une étape », explique Luc Roy, président de Cobalt.", "Luc Roy"],
    [
      "the mover's title after the one replaced",
      "Il succède à Anne Morel comme directeur de Cobalt.",
      "Anne Morel",
    ],
  ])("reads no move of their own for %s", (_case, sentence, person) => {
    const named = personIn({ sentence, person, replaced: true });
    expect(ownMoveOf(named)?.id ?? null).toBeNull();
    expect(backgroundOf(named)).toBeNull();
  });
});
