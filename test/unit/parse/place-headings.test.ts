// A moves section cut by region or city (jobs/parse/place-headings.ts): the heading is a signpost
// inside the section, never the next section's heading, never a company. Examples invented, with
// headings and openings of other kinds than the development corpora's.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { isPlaceHeading, withChezOpening } from "../../../jobs/parse/place-headings.ts";

describe("place headings", () => {
  it.each([
    "NORMANDIE",
    "Grand Est",
    "PROVENCE-ALPES-CÔTE D'AZUR",
    "Centre-Val de Loire",
    "■ ÎLE-DE-FRANCE",
    "BRETAGNE / PAYS DE LA LOIRE",
    "Normandie et Hauts-de-France",
    "À LYON",
    "À Clermont-Ferrand",
    "En Wallonie",
    "CÔTÉ SUISSE",
    "Côté Belgique :",
    "DU CÔTÉ DE BESANÇON",
    "Du côté de l'Ardèche",
    "AU LUXEMBOURG",
    "À SAINT-NAZAIRE",
    "Côté Haute-Savoie",
    "EN RÉGION SUD",
    "Loire-Atlantique (44)",
    "ALSACE",
    "— OUTRE-MER —",
  ])("takes %j for a place", (line) => {
    expect(isPlaceHeading(line)).toBe(true);
  });

  it.each([
    "À NOTER",
    "EN BREF",
    "À LA UNE",
    "CÔTÉ ENTREPRISES",
    "Côté nominations",
    "AU PROGRAMME",
    "AGENDA",
    "Kervalis Énergies",
    "NOMINATIONS",
    "À Lyon, Anne Roy rejoint Ferlog.",
    "Depuis 2019",
    "CÔTÉ RH",
    "À L'AFFICHE",
  ])("does not take %j for a place", (line) => {
    expect(isPlaceHeading(line)).toBe(false);
  });
});

const issue = (body: string) =>
  `LA LETTRE DES SYNDICS\n\nUne brève sans personne.\n\nNOMINATIONS\n\n${body}\n\nAGENDA\n\n— 3 juin : salon.`;

describe("a moves section under place headings", () => {
  it("reads the items of every place, not only those before the second heading", () => {
    const parsed = parseIssueText(
      issue(
        [
          "NORMANDIE",
          "Chez Gérance Vauclair, Marion Tessier est nommée directrice générale.",
          "À ROUEN",
          "Chez Immogest Seine, Paul Girard devient directeur commercial.",
          "CÔTÉ BELGIQUE",
          "Chez Syndic Wallon Services, Anne Delvaux est promue directrice juridique.",
        ].join("\n\n"),
      ),
    );
    expect(parsed.moves.map((m) => [m.person, m.company])).toEqual([
      ["Marion Tessier", "Gérance Vauclair"],
      ["Paul Girard", "Immogest Seine"],
      ["Anne Delvaux", "Syndic Wallon Services"],
    ]);
  });

  it("never reads the place for a company, even right above its item", () => {
    const parsed = parseIssueText(
      issue(
        "EN WALLONIE\nDirectrice générale : Anne Delvaux, ex-Syndic Liégeois\n\nÀ NAMUR\nChez Gestimmo Meuse, Luc Marchal devient directeur.",
      ),
    );
    for (const move of parsed.moves) expect(move.company).not.toMatch(/Wallonie|Namur/iu);
    expect(parsed.moves.find((m) => m.person === "Luc Marchal")?.company).toBe("Gestimmo Meuse");
  });

  it("ends the section at a heading whose paragraphs are not moves", () => {
    const parsed = parseIssueText(
      issue(
        "Chez Gérance Vauclair, Marion Tessier est nommée directrice générale.\n\nINTERNATIONAL\n\nLe marché belge recule de 4 % au premier trimestre.",
      ),
    );
    expect(parsed.paragraphs).toEqual([
      "Chez Gérance Vauclair, Marion Tessier est nommée directrice générale.",
    ]);
  });
});

describe("items opening on their employer", () => {
  it.each([
    [
      "Du côté de Gestimmo Meuse, Luc Marchal devient directeur.",
      "Chez Gestimmo Meuse, Luc Marchal devient directeur.",
    ],
    ["Du côté d'Immogest Seine, Paul Girard est promu.", "Chez Immogest Seine, Paul Girard est promu."],
    ["Du côté du Crédit Vauclair, Anne Roy arrive.", "Chez le Crédit Vauclair, Anne Roy arrive."],
    ["Du côté des Forges de Ménil, Anne Roy arrive.", "Chez les Forges de Ménil, Anne Roy arrive."],
    [
      "À la tête de Syndic Wallon Services, la filiale belge, Anne Delvaux succède à Luc Marchal.",
      "Chez Syndic Wallon Services, la filiale belge, Anne Delvaux succède à Luc Marchal.",
    ],
    [
      "Au sein de la Banque Orsenne, Marc Lin devient directeur.",
      "Chez la Banque Orsenne, Marc Lin devient directeur.",
    ],
    ["Côté Ferlog, Marc Lin est nommé directeur.", "Chez Ferlog, Marc Lin est nommé directeur."],
  ])("reads %j as an item opening on its employer", (item, read) => {
    expect(withChezOpening(item)).toBe(read);
  });

  it.each([
    "À la tête de la direction financière de Verrox, Marc Lin arrive de Kelvo.",
    "Côté finances, la hausse se confirme.",
    "Du côté de chez nous, rien ne bouge.",
  ])("leaves %j as it is", (item) => {
    expect(withChezOpening(item)).toBe(item);
  });

  it("gives the item's move the employer it opens on, and its clitic the mover before", () => {
    const parsed = parseIssueText(
      issue(
        "Chez Forges de Ménil, Paul Girard prend la direction générale. Il était chef d'atelier chez Gestimmo Meuse.\n\nDu côté de Gestimmo Meuse, c'est Anne Roy, conductrice de travaux de la maison, qui lui succède comme cheffe d'atelier.",
      ),
    );
    expect(parsed.moves.find((m) => m.person === "Anne Roy")).toMatchObject({
      company: "Gestimmo Meuse",
      predecessor: "Paul Girard",
    });
  });
});

describe("a moves section in several parts", () => {
  it("reads a portrait section whose items tell their move by a career line, and its 'Autres nominations' part", () => {
    const parsed = parseIssueText(
      [
        "LA LETTRE DES SYNDICS",
        "Le marché recule de 4 % au premier trimestre.",
        "✦ ILS CHANGENT DE SYNDIC ✦",
        "Anne Roy — directrice technique, Kelvo Conseil\nParcours : 2009-2015 : Banque Orsenne ; 2015-2025 : Ferlog",
        "Marc Lin — directeur commercial, Talvia\nItinéraire : 2004-2012 : Mutlys ; 2012-2025 : Radio Lorve",
        "AUTRES NOMINATIONS",
        "Chez Gestimmo Meuse, Luc Marchal devient directeur juridique.",
        "AGENDA",
        "— 3 juin : salon.",
      ].join("\n\n"),
    );
    expect(parsed.moves.map((m) => m.person)).toEqual(["Anne Roy", "Marc Lin", "Luc Marchal"]);
  });
});
