// Posts said before their holder (issue 13, session 23's development round): "Le poste de R, laissé
// vacant par Y, est confié à X", "Son rôle de R de C revient à X" (shapes.ts "named post goes to"),
// "Sa nomination au poste de R de C a été actée le 3 février : X" ("nomination told first"), and a
// list item's title known by its head alone ("X, chargé des marchés, et Y, coordinatrice des
// salons"). Invented names and sectors (wine, museums, sailing clubs), none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { moveOf, movesOf } from "./issue-text.ts";

describe("a post named before its holder", () => {
  it("gives the post left vacant to its new holder, the one who left it as predecessor", () => {
    const move = moveOf(
      "Le poste de directeur de la Cave coopérative de Brussac, laissé vacant par le départ de Jean Roux en janvier, est désormais occupé par Anne Lebrun, ancienne sommelière du Château Verlac.",
      "Anne Lebrun",
    );
    expect(move).toMatchObject({
      company: "Cave coopérative de Brussac",
      role: "directrice",
      predecessor: "Jean Roux",
    });
    // a new shape: held for review until a first-scored corpus shows it reliable
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads the post entrusted after a fronted house", () => {
    expect(
      moveOf(
        "Chez Vinalis, le poste de directeur adjoint est confié à Paul Girard, venu de Fromagex.",
        "Paul Girard",
      ),
    ).toMatchObject({ company: "Vinalis", role: "directeur adjoint" });
  });

  it("reads a role that falls to a member of the house", () => {
    expect(
      moveOf(
        "Son rôle de trésorière de l'Amicale des pêcheurs de Sète revient à Anne Lebrun, membre depuis 2010.",
        "Anne Lebrun",
      ),
    ).toMatchObject({ company: "Amicale des pêcheurs de Sète", role: "trésorière" });
  });

  it("reads no move for an interim entrusted", () => {
    expect(
      moveOf(
        "Chez Vinalis, l'intérim de la direction générale laissée par Marc Petit est confié à Anne Lebrun, directrice des opérations.",
        "Anne Lebrun",
      ),
    ).toBeUndefined();
  });

  it("reads no move when the post stays vacant", () => {
    expect(
      movesOf("Le poste de directeur, occupé par Marc Petit depuis 2010, reste vacant après son départ."),
    ).toEqual([]);
  });
});

describe("an appointment told by its noun before the name", () => {
  it("takes the post from the noun's complement and the holder after the colon", () => {
    expect(
      moveOf(
        "Sa nomination au poste de directeur du Musée des tissus de Roubaix a été actée par le conseil le 3 février : Julien Morand, ancien de l'Opéra de Lyon, prendra ses fonctions lundi.",
        "Julien Morand",
      ),
    ).toMatchObject({ company: "Musée des tissus de Roubaix", role: "directeur" });
  });

  it("reads a presidency the same way", () => {
    expect(
      moveOf(
        "Son élection à la présidence du Club nautique de Sète a été confirmée samedi : Marc Petit.",
        "Marc Petit",
      ),
    ).toMatchObject({ company: "Club nautique de Sète", role: "président", kind: "appointed" });
  });

  it("reads no move when the noun names no post", () => {
    expect(movesOf("Sa nomination a été saluée par tous : Marc Petit est un homme de terrain.")).toEqual([]);
  });
});

describe("a listed title known by its head", () => {
  it("reads each item of an announced list whose titles the role classes do not know", () => {
    const moves = movesOf(
      "L'Union des vignerons du Gard annonce deux nominations : Marc Petit, chargé des marchés, et Anne Lebrun, coordinatrice des salons, jusqu'ici chez Vinalis.",
    );
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Marc Petit", "Union des vignerons du Gard", "chargé des marchés"],
      ["Anne Lebrun", "Union des vignerons du Gard", "coordinatrice des salons"],
    ]);
  });

  it("takes no post held elsewhere for the title a lead gives its items", () => {
    const moves = movesOf(
      "Le conseil de la Fondation Orsel a coopté deux nouveaux administrateurs : Marc Petit, directeur général de Vinalis, et Anne Lebrun, gérante de la cave Lebrun.",
    );
    expect(moves.map((m) => m.role)).not.toContain("gérante de la cave Lebrun");
  });
});
