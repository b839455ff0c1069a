// Families left over from session 29's development round (real101, real102), read by general rules in
// session 30: "X quitte C pour prendre la direction / la tête de D" and "X est en route pour prendre
// la tête de D" as the main clause (the house left is X's previous employer, the title a guess held
// for an editor, whoever's apposition sits between X and "quitte"); a house named by an image with
// "à la" ("Plumes à la Ligne"); the ordinal pronouns that tell two movers' pasts in their order
// ("la première vient de A, le second de B"); "C fait de X son R", a nomination; "C'est désormais X qui
// dirige C, en qualité de R" (held for review until measured on a first score); "codirecteur" /
// "codirectrice" as a title's head, ranked with the directors (roles.ts, and migration 0034 for the
// titles already in the directory). Invented names, houses and places, none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { classifyRole } from "../../../jobs/parse/roles.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { expectRowRead, moveOf, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "the subject who leaves a house to take the direction of another",
    text: "Bastien Ollivro quitte Tanneries Morvic pour prendre la direction de Coopérative Ardoisière Sernac.",
    person: "Bastien Ollivro",
    want: {
      company: "Coopérative Ardoisière Sernac",
      role: "directeur général",
      kind: "joined",
      previous: ["Tanneries Morvic"],
    },
    held: true,
  },
  {
    shape: "the subject's own apposition between the name and « quitte »",
    text: "Le 3 mai : Lucien Abgrall-Moreau, grimpeur, quitte Cimes Vertes Services pour prendre la tête de Sylvestre Ingénierie.",
    person: "Lucien Abgrall-Moreau",
    want: { company: "Sylvestre Ingénierie", role: "directeur général", previous: ["Cimes Vertes Services"] },
    held: true,
  },
  {
    shape: "the house left told before, « l'entreprise qu'il dirigeait » and a name with « à la »",
    text: "Plumes à la Ligne perd son gérant : Fabien Turquety quitte l'entreprise qu'il dirigeait depuis 2016 pour prendre la direction de Scribes Réunis.",
    person: "Fabien Turquety",
    want: { company: "Scribes Réunis", role: "directeur général", previous: ["Plumes à la Ligne"] },
    held: true,
  },
  {
    shape: "the subject on the way to the head of another house",
    text: "Héloïse Brandal est en route pour prendre la tête de Laiteries Saunac.",
    person: "Héloïse Brandal",
    want: { company: "Laiteries Saunac", role: "directrice générale", kind: "joined" },
    held: true,
  },
  {
    shape: "« la première vient de A, le second de B » after two movers of one sentence",
    text: "La Gazette Vellave, de son côté, voit arriver Maëlle Quintard comme secrétaire de rédaction et Armand Tessonnier comme chef du service photo ; la première vient d'Agrimédia Sud, le second de Terroirs Presse.",
    person: "Armand Tessonnier",
    want: { company: "La Gazette Vellave", role: "chef du service photo", previous: ["Terroirs Presse"] },
  },
  {
    shape: "the first of « la première vient de A, le second de B »",
    text: "La Gazette Vellave, de son côté, voit arriver Maëlle Quintard comme secrétaire de rédaction et Armand Tessonnier comme chef du service photo ; la première vient d'Agrimédia Sud, le second de Terroirs Presse.",
    person: "Maëlle Quintard",
    want: { company: "La Gazette Vellave", role: "secrétaire de rédaction", previous: ["Agrimédia Sud"] },
  },
  {
    shape: "ordinals in the sentence after the movers' own",
    text: "Ferronnerie Darcel recrute Gilles Moutard comme directeur commercial et Inès Raboisson comme directrice financière. Le premier vient de Forges Ubrac, la seconde de Banque Vézelienne.",
    person: "Inès Raboisson",
    want: { company: "Ferronnerie Darcel", role: "directrice financière", previous: ["Banque Vézelienne"] },
  },
  {
    shape: "« C fait de X son R »: a nomination told by the possessive title after the name",
    text: "Tonnellerie Barsac fait de Noémie Flaujac sa nouvelle directrice commerciale.",
    person: "Noémie Flaujac",
    want: { company: "Tonnellerie Barsac", role: "directrice commerciale", kind: "appointed" },
  },
  {
    shape: "« C'est désormais X qui dirige C, en qualité de R »: the cleft names the new head",
    text: "C'est désormais Solène Arbizu qui dirige Vanneries Ossalois, en qualité de directrice commerciale.",
    person: "Solène Arbizu",
    want: { company: "Vanneries Ossalois", role: "directrice commerciale", kind: "appointed" },
    held: true,
  },
  {
    shape: "« codirecteur général » as the title a house names someone to",
    text: "Fonderie Pellissard nomme Romain Estagel codirecteur général.",
    person: "Romain Estagel",
    want: { company: "Fonderie Pellissard", role: "codirecteur général" },
  },
];

describe("families left from session 29's development round", () => {
  it.each(ROWS.map((row) => [row.shape, row] as const))("%s", (_, row) => expectRowRead(row));

  it("ranks a codirector with the directors, a co-chief executive with the chief executives", () => {
    expect(classifyRole("codirectrice")).toEqual({ seniority: "director", function: "other" });
    expect(classifyRole("co-directeur artistique").seniority).toBe("director");
    expect(classifyRole("codirecteur général")).toEqual({
      seniority: "c_level",
      function: "general_management",
    });
    expect(classifyRole("coordinatrice").seniority).toBe("other");
  });

  it("reads no nomination in « fait de X un R » without a possessive title", () => {
    expect(
      moveOf("Tonnellerie Barsac fait de Noémie Flaujac une ambassadrice.", "Noémie Flaujac"),
    ).toBeUndefined();
  });

  it("takes no post from a purpose that names none", () => {
    const move = moveOf(
      "Yvon Kerbriand quitte Brasserie Lémanne pour prendre ce poste le 1er du mois.",
      "Yvon Kerbriand",
    );
    expect(move?.company ?? null).not.toBe("Brasserie Lémanne");
  });

  it("keeps a merged record's confidence when the later reading is not a departure's purpose", () => {
    const move = moveOf(
      "Ferronnerie Darcel recrute Gilles Moutard comme directeur commercial. Il quitte Forges Ubrac.",
      "Gilles Moutard",
    );
    expect(move!.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });
});
