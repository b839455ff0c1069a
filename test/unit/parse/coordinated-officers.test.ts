// Several officers in one sentence: each one's title stops at the next officer ("as R", "comme R";
// employer-clauses.ts), and the ones replaced listed "respectivement" pair with them in order
// (respective-predecessors.ts). Every person, house and sector here is invented.

import { describe, expect, it } from "@jest/globals";
import { expectMoves, issueAround } from "./issue-text.ts";

describe("officers elected one 'as R' each", () => {
  it.each([
    {
      sentence:
        "The Lakeside Bowls League has elected Oluwaseun Adebayo as president and Fergal McAteer as treasurer.",
      moves: [
        { person: "Oluwaseun Adebayo", role: "president", company: "Lakeside Bowls League" },
        { person: "Fergal McAteer", role: "treasurer", company: "Lakeside Bowls League" },
      ],
    },
    {
      sentence:
        "La Fédération des apiculteurs accueille Inès Varin comme trésorière et Oumar Kessely comme secrétaire.",
      moves: [
        { person: "Inès Varin", role: "trésorière", company: "Fédération des apiculteurs" },
        { person: "Oumar Kessely", role: "secrétaire", company: "Fédération des apiculteurs" },
      ],
    },
  ])("stops each title at the next officer: $sentence", ({ sentence, moves }) => {
    const parsed = expectMoves(issueAround([sentence]), moves);
    expect(parsed.moves.every((move) => !/\sas\s|\scomme\s/u.test(move.role))).toBe(true);
  });
});

describe("the ones replaced, listed 'respectivement'", () => {
  it("pairs each mover with the one replaced in the order named", () => {
    const parsed = expectMoves(
      issueAround([
        "L'assemblée générale de la Fédération des vanniers a élu Rosine Aubert à sa présidence et Gilles Marot au poste de trésorier, respectivement en remplacement de Paul Verdier et d'Annick Leroux.",
      ]),
      [
        {
          person: "Rosine Aubert",
          role: "présidente",
          company: "Fédération des vanniers",
          predecessor: "Paul Verdier",
        },
        {
          person: "Gilles Marot",
          role: "trésorier",
          company: "Fédération des vanniers",
          predecessor: "Annick Leroux",
        },
      ],
    );
    expect(parsed.moves).toHaveLength(2);
  });
});
