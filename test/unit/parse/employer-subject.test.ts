// The company as the hiring verb's subject ("C engage X comme R", "C débauche X chez D et en fait son
// R", "C confie à X … le poste de R") and the kind a career inside the house gives ("entrée dans la
// maison en 2012 comme …, devient R"), on invented text of other sectors than the corpora's.

import { describe, expect, it } from "@jest/globals";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { movesOf as parse } from "./issue-text.ts";

describe("the employer as the hiring verb's subject", () => {
  it.each([
    [
      "engage X comme R",
      "Vignobles Orsan engage Odile Brasseur comme directrice export ; elle était auparavant chez Cidrerie Poulard.",
      {
        person: "Odile Brasseur",
        company: "Vignobles Orsan",
        role: "directrice export",
        kind: "joined",
        previous_companies: ["Cidrerie Poulard"],
      },
    ],
    [
      "débauche X chez D et en fait son R",
      "Menuiserie Vasseur débauche Paul Girard chez Scierie Lambert et en fait son directeur administratif et financier. Il avait débuté chez Bois Talvia.",
      {
        person: "Paul Girard",
        company: "Menuiserie Vasseur",
        role: "directeur administratif et financier",
        kind: "joined",
        previous_companies: ["Scierie Lambert", "Bois Talvia"],
      },
    ],
    [
      "confie à X, apposition, le poste de R",
      "Brasserie Morvan confie à Anne Roy, directrice régionale de la maison depuis 2015, le poste de directrice générale.",
      { person: "Anne Roy", company: "Brasserie Morvan", role: "directrice générale", kind: "promoted" },
    ],
    [
      "confie à X la direction R",
      "Kargo Rail confie à Anne Roy la direction commerciale ; elle était jusqu'ici chez Talvia.",
      { person: "Anne Roy", company: "Kargo Rail", role: "directrice commerciale", kind: "joined" },
    ],
    [
      "se dote d'un nouveau R : X (origin unsaid)",
      "Fromagerie Poulard se dote d'une nouvelle directrice des achats : Odile BRASSEUR.",
      {
        person: "Odile Brasseur",
        company: "Fromagerie Poulard",
        role: "directrice des achats",
        kind: "appointed",
      },
    ],
    [
      "promeut X à la direction de la R, a man's first name giving the title's gender",
      "Tuileries Marchal promeut Julien Vasseur à la direction de la logistique.",
      {
        person: "Julien Vasseur",
        company: "Tuileries Marchal",
        role: "directeur de la logistique",
        kind: "promoted",
      },
    ],
    [
      "has hired X as R; previously with D (a name with its own 'de la')",
      "Kargo Rail has hired Anne Roy as head of sales; she was previously with Compagnie Maritime de la Rance Haute.",
      {
        person: "Anne Roy",
        company: "Kargo Rail",
        previous_companies: ["Compagnie Maritime de la Rance Haute"],
      },
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(parse(paragraph)[0]).toMatchObject(expected);
    expect(parse(paragraph)[0]!.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });

  it("leaves the title said after 'avec le titre de' to win over the department led", () => {
    const [move] = parse(
      "Le cabinet Orbis Conseil confie à Léa Vidal la direction de son pôle juridique, avec le titre de General Counsel.",
    );
    expect(move?.role).not.toBe("directrice du pôle juridique");
  });

  it("reads a name of eight words whole", () => {
    const [move] = parse(
      "Paul Girard rejoindra Conservatoire des Arts de la Danse de Quimperlé comme directeur artistique.",
    );
    expect(move?.company).toBe("Conservatoire des Arts de la Danse de Quimperlé");
  });
});

// "porter X à la présidence / à la tête de C": the members carry someone to the chair; the meeting an
// item opens on is no part of the house's name, nor a second holder's title part of the first one's
describe("a body carries its chair", () => {
  it.each([
    [
      "a porté X à la tête de C",
      "Le conseil a porté Odile Brasseur à la tête de l'Union des sabotiers du Jura pour trois ans.",
      {
        person: "Odile Brasseur",
        company: "Union des sabotiers du Jura",
        role: "présidente",
        kind: "appointed",
      },
    ],
    [
      "C porte X à sa tête",
      "La Fédération des apiculteurs de l'Aude porte Paul Girard à sa tête.",
      { person: "Paul Girard", company: "Fédération des apiculteurs de l'Aude", role: "président" },
    ],
    [
      "a meeting's item, X carried to the chair",
      "Assemblée générale du Cercle des luthiers de Vaurenne : le nouveau bureau a porté Anne Roy à la présidence.",
      { person: "Anne Roy", company: "Cercle des luthiers de Vaurenne", role: "présidente" },
    ],
    [
      "à sa présidence comme R",
      "Le bureau de Cordes Vallet a porté Paul Girard à sa présidence comme président délégué ; Luc Faure, président sortant, reste membre du bureau.",
      { person: "Paul Girard", company: "Cordes Vallet", role: "président délégué" },
    ],
    [
      "has elected A as R1 and B as R2",
      "The Kayak Guides Association has elected Anne Roy as president and Callum McBride as treasurer.",
      { person: "Anne Roy", company: "Kayak Guides Association", role: "president" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(parse(paragraph)[0]).toMatchObject(expected);
  });

  it("gives the outgoing chair who stays on the board no move", () => {
    const moves = parse(
      "Le bureau de Cordes Vallet a porté Paul Girard à sa présidence comme président délégué ; Luc Faure, président sortant, reste membre du bureau.",
    );
    expect(moves.map((m) => m.person)).toEqual(["Paul Girard"]);
  });
});

describe("a career inside the house makes the move a promotion", () => {
  it.each([
    [
      "entrée dans la maison en 2010 comme …, devient R",
      "Changement à la tête de Ferlog : Anne Roy, entrée dans la maison en 2010 comme acheteuse, devient directrice des achats.",
      "promoted",
    ],
    [
      "un pur produit de la maison, entré chez C comme …, en devient R",
      "Un pur produit de la maison : Paul Girard, entré chez Vignobles Orsan comme stagiaire, en devient directeur général.",
      "promoted",
    ],
    [
      "qui était R de C, en devient R2",
      "Odile Brasseur, qui était responsable commerciale de Cidrerie Poulard, en devient directrice export.",
      "promoted",
    ],
    [
      "even to a post named like a board seat ('devient administratrice' of a theatre company)",
      "Changement à la tête de Compagnie Lanterne Bleue : Anne ROY, entrée dans la maison en 2012 comme chargée de production, devient administratrice.",
      "promoted",
    ],
    [
      "a reorganised direction says nothing of where the holder comes from",
      "La ville de Morlanges a réorganisé sa direction générale : Anne Roy en devient la directrice générale des services.",
      "appointed",
    ],
  ])("%s", (_label, paragraph, kind) => {
    expect(parse(paragraph)[0]?.kind).toBe(kind);
  });
});

describe("an inline bullet after a full stop opens the next item's sentence", () => {
  it.each([
    [
      "• Chez C, A est promue R ; B la remplace (the house before the bullet is another item's)",
      "• Le conseil de Cartonnerie Dubois-Marly a coopté Paul Verney comme administrateur indépendant. • Chez Brasserie Lamotte, Anne Roussel est promue directrice des achats ; Marc Tellier la remplace comme directeur logistique, en provenance de Cartonnerie Dubois-Marly.",
      ["Brasserie Lamotte", "Brasserie Lamotte"],
    ],
    [
      "▪ Chez C, A devient R (a square bullet)",
      "Vignobles Orsan a recruté Odile Brasseur comme œnologue. ▪ Chez Fromagerie Poulard, Paul Girard devient directeur commercial.",
      ["Fromagerie Poulard"],
    ],
  ])("%s", (_label, paragraph, companies) => {
    const moves = parse(paragraph).filter(
      (move) => move.person !== "Paul Verney" && move.person !== "Odile Brasseur",
    );
    expect(moves.map((move) => move.company)).toEqual(companies);
  });
});
