// A second post told without its verb after "et": the person's present post in apposition, then the
// new one ("Par le même arrêté, M. A est nommé …, et Mme B, <present post>, <new post>"). Invented examples.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const issue = (item: string) =>
  `+ MOUVEMENTS\n\n${item}\n\nKargo Rail nomme Yann Tessier directeur financier.\n\n+ AGENDA\n\nRien.`;

describe("a second post without a verb", () => {
  it.each([
    [
      "Par le même arrêté, M. Paul Garnier est nommé agent comptable du Crous de Brenville, et Mme Inès Caron, secrétaire générale de l'université de Valmoray, directrice adjointe du Crous de Valmoray.",
      ["Inès Caron", "Crous de Valmoray", "directrice adjointe"],
    ],
  ])("%j", (item, expected) => {
    const moves = parseIssueText(issue(item)).moves;
    expect(moves.map((m) => [m.person, m.company, m.role])).toContainEqual(expected);
  });

  it("still reads a title right after the name", () => {
    const moves = parseIssueText(
      issue(
        "Kerlog promeut Anne Roy directrice des achats, où elle succède à Luc Faure, et Hugo Bernard directeur des ventes.",
      ),
    ).moves;
    expect(moves.map((m) => [m.person, m.role])).toContainEqual(["Hugo Bernard", "directeur des ventes"]);
  });
});
