// The press's transfer verbs (verb-patterns.ts JOINS): "pose ses valises chez C", "passe chez C",
// "signe chez C", "file chez C", "est chipée par C" read as joining C.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const read = (paragraph: string) => parseIssueText(`Lettre\n\n+ MOUVEMENTS\n\n${paragraph}\n`).moves;

describe("transfer verbs of the press", () => {
  it.each([
    [
      "Yannick Morvel pose ses valises chez Ostralis comme directeur des achats.",
      "Yannick Morvel",
      "Ostralis",
    ],
    [
      "Après dix ans chez Bertane, Agathe Lemoal passe chez Quilvane comme directrice juridique.",
      "Agathe Lemoal",
      "Quilvane",
    ],
    [
      "Rémi Santerre signe chez Frandor Logistique en tant que directeur commercial.",
      "Rémi Santerre",
      "Frandor Logistique",
    ],
    ["Solène Javert file chez Trévalis comme responsable des ventes.", "Solène Javert", "Trévalis"],
    [
      "Clarisse Onfray est chipée par Ventaval, qui en fait sa directrice marketing.",
      "Clarisse Onfray",
      "Ventaval",
    ],
  ])("%s", (paragraph, person, company) => {
    expect(read(paragraph).map((m) => [m.person, m.company])).toContainEqual([person, company]);
  });

  it("takes no place a name passes through for a move ('passe par')", () => {
    expect(read("Agathe Lemoal, passée par Bertane, est une figure du secteur.")).toEqual([]);
  });
});
