// Layouts that tell a move around the sentence rather than in it (issue 13, real21/real22): a
// portrait's name line over a paragraph that names nobody, a first-person post quoted and signed
// after it, a Q&A under a heading naming its subject, a list whose items open on a tag.
// Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { parseParagraph as inSection, moveOf } from "./issue-text.ts";

describe("a portrait's name line is the subject of the paragraph under it", () => {
  it.each([
    [
      "a paragraph opening on its verb",
      "Gaspard Lemoal-Tiécoura\nRejoint la brasserie Houblonne Sud comme directeur commercial. Il était chef des ventes chez Malterie du Vercors.",
      { person: "Gaspard Lemoal-Tiécoura", company: "Houblonne Sud", role: "directeur commercial" },
    ],
    [
      "a past participle without its auxiliary",
      "Octavie Ravanel-Sossou\nNommée directrice financière de Cartonneries de l'Aulne, où elle dirigeait le contrôle de gestion.",
      { person: "Octavie Ravanel-Sossou", company: "Cartonneries de l'Aulne", role: "directrice financière" },
    ],
    [
      "a fronted apposition and a pronoun",
      "Baptiste Quéméner-Lago\nResponsable des achats de Tissages Morvanais, il devient directeur des opérations de Filatures Kerbrat.",
      { person: "Baptiste Quéméner-Lago", company: "Filatures Kerbrat", role: "directeur des opérations" },
    ],
    [
      "a verbless title",
      "Romane Delpeuch-Anoma\nDirectrice générale de Laiteries du Causse depuis le 2 mars. Elle dirigeait la coopérative Lait d'Aubrac.",
      { person: "Romane Delpeuch-Anoma", company: "Laiteries du Causse", role: "directrice générale" },
    ],
    [
      "a name in capitals after a label",
      "PORTRAIT : ANATOLE VERDIER-KOUASSI\nPrend la direction de l'usine de Tournon des Papeteries Valmore.",
      { person: "Anatole Verdier-Kouassi", company: "Papeteries Valmore" },
    ],
    [
      "a name line with its title after a comma",
      "Clément Aubertin-Keita, nouveau directeur général de Tanneries du Puy\nIl dirigeait jusqu'ici la maroquinerie Cuirs de Millau.",
      { person: "Clément Aubertin-Keita", company: "Tanneries du Puy", role: "directeur général" },
    ],
  ])("reads %s", (_, body, expected) => {
    expect(moveOf(body, expected.person)).toMatchObject(expected);
  });

  it("takes the person of the block before for 'lui succède'", () => {
    const body = [
      "Hortense Gaudry-Mensah\nRejoint Vergers du Lot comme directrice générale. Elle dirigeait la coopérative Fruits d'Olt.",
      "Firmin Lacaze-Obiang\nIl lui succède à la direction de la coopérative Fruits d'Olt, dont il était le directeur adjoint.",
    ].join("\n\n");
    expect(moveOf(body, "Firmin Lacaze-Obiang")).toMatchObject({ predecessor: "Hortense Gaudry-Mensah" });
  });

  it("gives 'elle' and 'il' to the two people of a name line by their first names", () => {
    const moves = inSection(
      "Mathilde Ronsard-Béhanzin et Armand Kerbiriou-Sy\nLes deux fondateurs de Cidrerie Ty Avel échangent leurs rôles : elle devient présidente, il devient directeur général.",
    ).moves;
    expect(moves.find((m) => m.person === "Mathilde Ronsard-Béhanzin")?.role).toBe("présidente");
    expect(moves.find((m) => m.person === "Armand Kerbiriou-Sy")?.role).toBe("directeur général");
  });

  it("reads 'Chez C, c'est Y … qui lui succède' after another paragraph's mover", () => {
    const body = [
      "La fromagerie Caves d'Orbieu nomme Léonie Brassac-Diouf directrice commerciale. Elle était directrice des ventes de Fromages Lozériens.",
      "Chez Fromages Lozériens, c'est Gildas Peyrat-Onana, chef de secteur, qui lui succède à la direction des ventes.",
    ].join("\n\n");
    expect(moveOf(body, "Gildas Peyrat-Onana")).toMatchObject({ predecessor: "Léonie Brassac-Diouf" });
  });

  it("keeps 'le remplace' pointing inside its own paragraph", () => {
    const body = [
      "Le conseil de Vignobles Arnaudin élit Jacqueline Sorel-Baba présidente.",
      "Edmond Castagné-Diallo quitte la direction des achats de Conserves Lagrange pour celle de Vignobles Arnaudin. Conserves Lagrange le remplace par Aline Mauduit-Tall.",
    ].join("\n\n");
    expect(moveOf(body, "Aline Mauduit-Tall")?.predecessor ?? null).not.toBe("Jacqueline Sorel-Baba");
  });
});

describe("a first-person post quoted and signed after it is the signer's move", () => {
  it.each([
    [
      "« » and a signature on its own line",
      "« Ravie de vous annoncer que je rejoins Biscuiterie Tanguy comme directrice marketing ! »\n— Eulalie Morvan-Dembélé",
    ],
    [
      "“ ” and an en dash",
      "“Heureuse de vous annoncer que je rejoins Biscuiterie Tanguy comme directrice marketing !” – Eulalie Morvan-Dembélé",
    ],
    [
      '" " and a hyphen',
      '"Heureuse de vous annoncer que je rejoins Biscuiterie Tanguy comme directrice marketing !" - Eulalie Morvan-Dembélé',
    ],
    [
      "a signature set apart by a blank line",
      "« Je rejoins Biscuiterie Tanguy comme directrice marketing. »\n\n— Eulalie Morvan-Dembélé",
    ],
  ])("reads %s", (_, body) => {
    expect(moveOf(body, "Eulalie Morvan-Dembélé")).toMatchObject({
      company: "Biscuiterie Tanguy",
      role: "directrice marketing",
    });
  });

  it("finds the section of quoted posts under a shouted heading with a long subtitle", () => {
    const issue = [
      "LA LETTRE DU BISCUIT",
      "",
      "Marché : les ventes de galettes progressent de 4 %",
      "Les exportations tirent la hausse.",
      "",
      "ILS CHANGENT DE RECETTE — la sélection de la semaine sur les réseaux et ailleurs",
      "",
      "« Heureux de vous annoncer que je rejoins Galettes d'Armor comme directeur industriel ! »",
      "— Tugdual Le Goff-Mbaye",
      "",
      "« Après huit ans chez Crêpes Morvan, je rejoins Biscuiterie Tanguy comme directrice des achats. »",
      "— Eulalie Morvan-Dembélé",
    ].join("\n");
    const people = parseIssueText(issue).moves.map((move) => move.person);
    expect(people).toEqual(expect.arrayContaining(["Tugdual Le Goff-Mbaye", "Eulalie Morvan-Dembélé"]));
  });
});

describe("a list whose items open on a tag", () => {
  const list = [
    "• Direction. La coopérative Blés du Gâtinais nomme Aurélien Castex-Mbappé directeur général. Il dirigeait les achats de Moulins Ravel.",
    "• Relève. Chez Moulins Ravel, Perrine Joubert-Nadeau le remplace comme directrice des achats.",
    "• Élection. L'Union des meuniers du Centre porte à sa présidence Gonzague Féret-Adjovi.",
  ].join("\n");

  it("reads each bulleted line as its own item, its tag aside", () => {
    const moves = inSection(`Trois nouvelles cette semaine.\n\n${list}`).moves;
    expect(moves.find((m) => m.person === "Aurélien Castex-Mbappé")).toMatchObject({
      company: "Blés du Gâtinais",
      role: "directeur général",
    });
    expect(moves.find((m) => m.person === "Gonzague Féret-Adjovi")).toMatchObject({
      company: "Union des meuniers du Centre",
    });
  });

  it("takes the item before's mover for 'le remplace'", () => {
    expect(moveOf(list, "Perrine Joubert-Nadeau")).toMatchObject({
      company: "Moulins Ravel",
      predecessor: "Aurélien Castex-Mbappé",
    });
  });
});
