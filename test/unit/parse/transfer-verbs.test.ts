// The press's transfer verbs (verb-patterns.ts JOINS): "pose ses valises chez C", "passe chez C",
// "signe chez C", "file chez C", "est chipée par C" read as joining C.

import { describe, expect, it } from "@jest/globals";
import { movesOf as read } from "./issue-text.ts";

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
    [
      "Hugo Ferrand prend ses quartiers chez Vellane Textiles comme responsable qualité.",
      "Hugo Ferrand",
      "Vellane Textiles",
    ],
    ["Nina Castel s'envole pour Orvalis, où elle devient directrice juridique.", "Nina Castel", "Orvalis"],
    [
      "Paul Ternier met le cap sur le torréfacteur nantais Caféor pour y devenir directeur commercial.",
      "Paul Ternier",
      "Caféor",
    ],
    ["Lise Marchal est enrôlée par Brevane au poste de responsable des ventes.", "Lise Marchal", "Brevane"],
    ["Yves Dorlan est chassé par Quimtech, qui en fait son directeur des achats.", "Yves Dorlan", "Quimtech"],
    // a colon before "il" opens the pronoun's own clause, which points back to the name before it
    [
      "Yves Dorlan passe à la concurrence : il rejoint Quimtech comme directeur des achats, en lieu et place de Marc Sorel.",
      "Yves Dorlan",
      "Quimtech",
    ],
    // promotions and board seats told in the press's words
    [
      "Aline Varenne monte en grade chez Brevane et devient directrice financière après six ans comme comptable.",
      "Aline Varenne",
      "Brevane",
    ],
    [
      "Aline Varenne gravit un échelon chez Brevane, où elle est désormais directrice financière.",
      "Aline Varenne",
      "Brevane",
    ],
    [
      "Chez Brevane, Aline VARENNE, entrée en 2015 comme comptable, accède au poste de directrice financière.",
      "Aline Varenne",
      "Brevane",
    ],
    [
      "YVES DORLAN siège désormais au conseil de Quimtech comme administrateur indépendant.",
      "Yves Dorlan",
      "Quimtech",
    ],
    ["Yves Dorlan fait son entrée au conseil de Quimtech comme administrateur.", "Yves Dorlan", "Quimtech"],
    // Canadian French: "se joint à C à titre de R"
    [
      "Mélodie Gagnon se joint à Érablière Sainte-Flore à titre de directrice des ventes.",
      "Mélodie Gagnon",
      "Érablière Sainte-Flore",
    ],
    [
      "M. Jacob Tremblay se joindra le 4 mai à l'équipe de Pourvoirie Lac-Brûlé comme chef des opérations.",
      "Jacob Tremblay",
      "Pourvoirie Lac-Brûlé",
    ],
  ])("%s", (paragraph, person, company) => {
    expect(read(paragraph).map((m) => [m.person, m.company])).toContainEqual([person, company]);
  });

  it.each([
    [
      "Yves Dorlan passe à la concurrence : il rejoint Quimtech comme directeur des achats, en lieu et place de Marc Sorel.",
    ],
    ["Yves Dorlan rejoint Quimtech comme directeur des achats, en lieu et place de Marc Sorel."],
  ])("reads the one replaced 'en lieu et place de' as the predecessor, not a mover: %s", (paragraph) => {
    const moves = read(paragraph);
    expect(moves.map((m) => m.person)).toEqual(["Yves Dorlan"]);
    expect(moves[0]!.predecessor).toBe("Marc Sorel");
  });

  it.each([
    [
      "Le fonds Orbane entre au capital ; son associé Yves Dorlan siège désormais au conseil d'administration.",
    ],
    ["Chez Quimtech, Aline Varenne entre au conseil de surveillance."],
    ["Yves Dorlan siège au conseil de Quimtech depuis dix ans."],
  ])("reads no board seat in a council named without its house, nor in a seat held: %s", (paragraph) => {
    expect(read(paragraph)).toEqual([]);
  });

  // a move between two houses, in capitals (a move between two posts is in small letters), the
  // house left a previous employer; "quitte A pour B" with a house read as a capitalised pair
  it.each([
    [
      "Clotilde Aurange passe de Semences Varlin à Graineterie Ossère : elle y devient responsable logistique.",
      ["Clotilde Aurange", "Graineterie Ossère", "responsable logistique", "joined", ["Semences Varlin"]],
    ],
    [
      "Aymar Le Guével passe d'Imprimerie Talbane au Groupe Verlux, où il devient directeur industriel.",
      ["Aymar Le Guével", "Groupe Verlux", "directeur industriel", "joined", ["Imprimerie Talbane"]],
    ],
    [
      "ROMÉO DE LA VERNÈDE passe de Thermes d'Ostal à Spa Marivel : il y sera directeur d'exploitation.",
      ["Roméo de la Vernède", "Spa Marivel", "directeur d'exploitation", "joined", ["Thermes d'Ostal"]],
    ],
    [
      "Ysoline Parvaux quitte Caves de Ventoux pour Oenoprime, où elle occupera le poste de responsable export.",
      ["Ysoline Parvaux", "Oenoprime", "responsable export", "joined", ["Caves de Ventoux"]],
    ],
  ])("reads a move from house to house: %s", (paragraph, expected) => {
    const moves = read(paragraph);
    expect(moves.map((m) => [m.person, m.company, m.role, m.kind, m.previous_companies])).toEqual([expected]);
  });

  it.each([
    [
      "Chez Ateliers Morvane, Ysoline Parvaux passe de cheffe d'équipe à directrice de site.",
      "directrice de site",
    ],
    ["Chez Ateliers Morvane, Ysoline Parvaux passe de Head of Sales à COO.", "COO"],
  ])("keeps a move from post to post a promotion, a title in capitals too: %s", (paragraph, role) => {
    expect(read(paragraph).map((m) => [m.person, m.company, m.role, m.kind])).toEqual([
      ["Ysoline Parvaux", "Ateliers Morvane", role, "promoted"],
    ]);
  });

  // the kind follows the origin (kind.ts): two houses opening on the same common noun are no group
  it.each([
    [
      "Débauchée de Fromagerie Valdonne, Ysoline Parvaux rallie Fromagerie Castagnet comme directrice qualité.",
      "joined",
    ],
    ["Ysoline Parvaux passe de Verdane Solaire à Verdane Énergie comme directrice qualité.", "promoted"],
  ])("tells the kind from the origin: %s", (paragraph, kind) => {
    expect(read(paragraph).map((m) => m.kind)).toEqual([kind]);
  });

  it("takes no place a name passes through for a move ('passe par')", () => {
    expect(read("Agathe Lemoal, passée par Bertane, est une figure du secteur.")).toEqual([]);
  });
});
