// Shapes session 28's development round (real97) showed read wrong yet published, each a family
// rather than a sentence: a foreign name's small words ("Cuevas del Sur") cut short, a show cave's
// noun ("l'accueil du gouffre de X") left in the title with its place taken for the employer, a
// house described by its noun and an adjective after the paragraph named one ("à la Cressonnière
// X. La maison familiale de B confie …"), and a name written once with a slip beside the spelling
// the issue writes everywhere else. Invented names and sectors (wineries, caves, bakeries, sails),
// none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { isTradeNoun } from "../../../jobs/parse/lexicon.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { expectRowRead, issueAround, moveOf, type ShapeRow as Row } from "./issue-text.ts";

const REAL97_ROWS: Row[] = [
  {
    shape: "a Spanish name's « del » inside the employer",
    text: "Spanish operator Bodegas del Río has appointed Carla Méndez-Ortiz as export director; she joins from Vinalta.",
    person: "Carla Méndez-Ortiz",
    want: { company: "Bodegas del Río", role: "export director" },
  },
  {
    shape: "an Italian name's « della » inside the employer",
    text: "Banca della Valle nomme Paolo Ferrante directeur général.",
    person: "Paolo Ferrante",
    want: { company: "Banca della Valle", role: "directeur général" },
  },
  {
    shape: "a show cave named by its noun and its place, after a title (« de l'accueil du gouffre de X »)",
    text: "Nommé le 2 avril responsable de l'accueil du gouffre de Roc-Ferrand, Hugo Lemaire y était guide depuis 2020.",
    person: "Hugo Lemaire",
    want: { company: "gouffre de Roc-Ferrand", role: "responsable de l'accueil" },
  },
  {
    shape: "a cave named by its noun and its place (« de la grotte de X »)",
    text: "Léa Fontaine est nommée directrice de la grotte de Brenac.",
    person: "Léa Fontaine",
    want: { company: "grotte de Brenac", role: "directrice" },
  },
  {
    shape: "a house described by its noun and an adjective after the paragraph named one: held",
    text: "Relève à la Boulangerie des Quatre Moulins. La maison familiale de Morlanges confie sa direction générale à Paul Garnier, 41 ans.",
    person: "Paul Garnier",
    want: { company: "maison familiale de Morlanges", role: "directeur général" },
    held: true,
  },
  {
    shape:
      "a trade's agent noun no descriptor lists, before the house the one replaced left (« du vannier X »)",
    text: "La Tonnellerie de Vorle a nommé Jean Mercier directeur général. Il était jusqu'ici directeur industriel du vannier Osiéra. Chez Osiéra, il est remplacé au même poste par Paul Garnier.",
    person: "Paul Garnier",
    want: { company: "Osiéra", role: "directeur industriel" },
  },
  {
    shape: "an employer entrusting its general secretariat (« confie son secrétariat général à X »)",
    text: "Le syndicat Orvelle confie son secrétariat général à Lucie Martin, jusqu'ici juriste.",
    person: "Lucie Martin",
    want: { company: "Orvelle", role: "secrétaire générale" },
  },
  {
    shape: "an employer entrusting its general delegation (« confie sa délégation générale à X »)",
    text: "La fédération Cabosse confie sa délégation générale à Paul Garnier, qui vient de Vélinor.",
    person: "Paul Garnier",
    want: { company: "Cabosse", role: "délégué général" },
  },
];

describe("shapes of session 28's development round (real97)", () => {
  it.each(REAL97_ROWS)("reads $shape", expectRowRead);

  it("tells a trade's agent noun by its shape, never a title's head", () => {
    for (const trade of [
      "briquetier",
      "papetière",
      "vannier",
      "céramiste",
      "torréfacteur",
      "brodeuse",
      "luthiers",
    ])
      expect(isTradeNoun(trade)).toBe(true);
    for (const other of ["directeur", "sénateur", "conseillère", "secteur", "premier", "groupe", "Vannier"])
      expect(isTradeNoun(other)).toBe(false);
  });

  it("publishes a house described in the paragraph that names no other", () => {
    const move = moveOf(
      "La maison familiale de Morlanges confie sa direction générale à Paul Garnier.",
      "Paul Garnier",
    );
    expect(move?.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });

  it("spells a name written once with a slip as the issue writes it everywhere else, for review", () => {
    const parsed = parseIssueText(
      issueAround([
        "Voilerie Réunies annonce l'arrivée de Marc Aubert au poste de directeur financier.",
        "Voileries Réunies a reçu le prix régional de l'export.",
        "Le fondateur de Voileries Réunies, Jean Ravel, fête ses 90 ans.",
      ]),
    );
    const move = parsed.moves.find((m) => m.person === "Marc Aubert");
    expect(move?.company).toBe("Voileries Réunies");
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("keeps a name written twice though a look-alike is written more often", () => {
    const parsed = parseIssueText(
      issueAround([
        "Voilerie Réunies nomme Marc Aubert directeur financier. Voilerie Réunies grandit.",
        "Voileries Réunies a reçu le prix régional de l'export. Voileries Réunies exporte.",
        "Le fondateur de Voileries Réunies, Jean Ravel, fête ses 90 ans.",
      ]),
    );
    expect(parsed.moves.find((m) => m.person === "Marc Aubert")?.company).toBe("Voilerie Réunies");
  });
});
