// "En bref" items in a headline's grammar (jobs/parse/headline-items.ts): the employer as the item's
// label, then the mover and the post without a verb. Every person and institution here is invented.

import { describe, expect, it } from "@jest/globals";
import { headlineItemSentence } from "../../../jobs/parse/headline-items.ts";
import { parseIssueText } from "../../../jobs/parse/issue.ts";

function movesOf(items: string[]) {
  const text = [
    "LA LETTRE DES MUSÉES — n° 8",
    "",
    "+ MOUVEMENTS",
    "",
    ...items.flatMap((item) => [item, ""]),
    "Agenda",
    "",
    "Salon le 4 mars.",
  ].join("\n");
  return parseIssueText(text).moves.map((m) => ({
    person: m.person,
    company: m.company,
    role: m.role,
    kind: m.kind,
    previous: m.previous_companies,
    predecessor: m.predecessor,
  }));
}

describe("headline items", () => {
  it("reads 'C : X titre, ex-A' as X taking the title at C, coming from A", () => {
    const moves = movesOf([
      "• Musée des Tanneurs de Brévaux : Jeanne Kermarec-Adjei directrice, ex-Fondation Arcelline.",
    ]);
    expect(moves).toEqual([
      expect.objectContaining({
        person: "Jeanne Kermarec-Adjei",
        company: "Musée des Tanneurs de Brévaux",
        role: "directrice",
        previous: ["Fondation Arcelline"],
      }),
    ]);
  });

  it("reads a participle without its auxiliary, after a title held until now, and a first name the lexicon lacks", () => {
    const moves = movesOf([
      "• Fédération des jardins botaniques : Ophélie Tanguy-Ras élue présidente, après Luc Moreau-Faye.",
      "• Maison des Tanneurs : Bakary Ndongo-Ferrat, guide, promu conservateur en chef.",
    ]);
    expect(moves).toEqual([
      expect.objectContaining({
        person: "Ophélie Tanguy-Ras",
        company: "Fédération des jardins botaniques",
        role: "présidente",
        predecessor: "Luc Moreau-Faye",
      }),
      expect.objectContaining({
        person: "Bakary Ndongo-Ferrat",
        company: "Maison des Tanneurs",
        role: "conservateur en chef",
        kind: "promoted",
      }),
    ]);
  });

  it("leaves an item alone when its label tags the news or no post follows the name", () => {
    expect(headlineItemSentence("• Nomination : Jeanne Kermarec-Adjei directrice de Brévaux.")).toBeNull();
    expect(headlineItemSentence("• Carnet noir : Jeanne Kermarec-Adjei est morte à 92 ans.")).toBeNull();
    expect(
      headlineItemSentence("• Musée de Brévaux : Jeanne Kermarec-Adjei, 54 ans, prend sa retraite."),
    ).toBeNull();
  });
});
