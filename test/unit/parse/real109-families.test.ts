// Families session 31's development round (real109) showed missed or published wrong: a title that
// ends on "du nouvel ensemble" (the house a merger forms, which the sentence names), a public unit
// written with its territory by the elided article ("… de la cellule d'urgence de l'Ardenne") and
// read with the territory as the employer, an election whose post goes unsaid in the clause ("a élu
// X, directeur général de C, en remplacement de Y": the apposition is where X comes from), a house
// that "fait entrer" someone on its board or committee, and arrivals told by a fronted verb before a
// list of titles and names ("Arrivent au comité de direction : R1, A ; R2, B"); and no post for
// the one who "confie la direction … à Y". Invented names, houses and places, none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { appositionBeforeReplacement, roleIsTheApposition } from "../../../jobs/parse/doubts.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { expectRowRead, moveOf, movesOf, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a title ending on the house a merger forms, « du nouvel ensemble »",
    text: "Ferlog, après le rachat de Numélis : Gaspard Rivoal, qui fut le fondateur de Numélis, devient directeur général délégué du nouvel ensemble.",
    person: "Gaspard Rivoal",
    want: { company: "Ferlog", role: "directeur général délégué" },
  },
  {
    shape: "a house that « fait entrer » someone on its board, a former post after the name",
    text: "Brindor, éditeur de logiciels de paie, fait entrer à son conseil d'administration Noémie Carrel, ancienne directrice générale de Paylis.",
    person: "Noémie Carrel",
    want: { company: "Brindor", role: "administratrice", previous: ["Paylis"] },
    held: true,
  },
  {
    shape: "a house that « fait entrer » someone on its committee « comme R »",
    text: "Du côté des jeunes pousses, Hydrelle, qui conçoit des pompes solaires, fait entrer Julien Marsac à son comité exécutif comme directeur des opérations.",
    person: "Julien Marsac",
    want: { company: "Hydrelle", role: "directeur des opérations", kind: "joined" },
    held: true,
  },
];

// "Arrivent au comité de direction : R1, A, … ; R2, B, …": each item a title, then its holder
const FRONTED_ARRIVALS =
  "Le réseau de cabinets Kinélis structure sa direction. Arrivent au comité de direction : directeur médical, Paul Roux, ancien cadre de Santéo ; directrice du développement, Lina Morel, qui vient du groupe Imagex ; directeur financier, Jean Favier, promu depuis le contrôle de gestion.";

describe("families of session 31's development round (real109)", () => {
  it.each(ROWS.map((row) => [row.shape, row] as const))("%s", (_, row) => expectRowRead(row));

  it("reads the arrivals a fronted verb lists before titles and names, held for review", () => {
    const moves = movesOf(FRONTED_ARRIVALS);
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Paul Roux", "Kinélis", "directeur médical"],
      ["Lina Morel", "Kinélis", "directrice du développement"],
      ["Jean Favier", "Kinélis", "directeur financier"],
    ]);
    for (const move of moves) expect(move.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads no board seat's items as arrivals with their own jobs for titles", () => {
    const moves = movesOf(
      "Entrent au conseil d'administration de Clowns du Cœur : Me Anne Roy, avocate, et le Pr Paul Morin, chef du service de pédiatrie du CHU de Brenville.",
    );
    expect(moves.filter((m) => m.role === "avocate" || m.role.startsWith("chef du service"))).toEqual([]);
  });

  it("gives no post to the one who confides it to another", () => {
    const moves = movesOf(
      "Chez Vannord, Joël Picard confie la direction générale déléguée à Claire Dumas, qui arrive de Pompex.",
    );
    expect(moves.map((m) => m.person)).toEqual(["Claire Dumas"]);
  });

  it("holds a unit of a territory written with the elided article, the territory read as the employer", () => {
    const move = moveOf(
      "Par arrêté préfectoral du 2 mai, Iris Colombet est nommée directrice de la cellule d'urgence médico-psychologique de l'Ardenne.",
      "Iris Colombet",
    );
    expect(move?.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
    // a house written with its article and no unit in the title stays published
    const house = moveOf("Marc Dupuis est nommé directeur de la communication de l'Urssaf.", "Marc Dupuis");
    expect(house).toMatchObject({ company: "Urssaf", role: "directeur de la communication" });
    expect(house!.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });

  it("holds an election whose clause leaves the post unsaid, the apposition read as the move", () => {
    const paragraph =
      "La mutuelle Santéval change de président. Réunie le 3 mars, l'assemblée générale a élu Bruno Kerhervé, directeur général de la clinique mutualiste de Brenville, en remplacement d'Anne Morin.";
    expect(moveOf(paragraph, "Bruno Kerhervé")?.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
    const subject = {
      person: "Bruno Kerhervé",
      role: "directeur général",
      company: "clinique mutualiste de Brenville",
      paragraph,
    };
    expect(appositionBeforeReplacement(subject)).toBe(true);
    // the post said after the name, or an apposition closing no replacement, is no such doubt
    expect(
      appositionBeforeReplacement({
        ...subject,
        paragraph: "Le conseil a élu Bruno Kerhervé président de la clinique mutualiste de Brenville.",
      }),
    ).toBe(false);
    expect(
      appositionBeforeReplacement({
        ...subject,
        paragraph:
          "Bruno Kerhervé, directeur général de la clinique mutualiste de Brenville, remplace Anne Morin.",
      }),
    ).toBe(false);
  });

  it("holds the current post read in apposition when it names its house and the new title follows", () => {
    const paragraph =
      "Le conseil a élu Anne Roy, directrice des ventes de Ferlog, présidente, en remplacement de Paul Morin.";
    expect(
      roleIsTheApposition({
        person: "Anne Roy",
        role: "directrice des ventes",
        company: "Ferlog",
        paragraph,
      }),
    ).toBe(true);
    expect(moveOf(paragraph, "Anne Roy")?.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });
});
