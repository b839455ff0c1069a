// Families session 31's development round on real107/real108 (session 30's held-out pair) showed read
// wrong at publication or missed: a body's verb ending like an adjective ("renouvelle son conseil")
// read into its name, a site a house runs ("la station expérimentale de V") taken for the employer
// when the subject names the house, the one replaced ("pour remplacer Y, X … est promu R") read as a
// second subject, and a house's site opening the sentence ("Au centre C de V, …"); and movers missed:
// a post heading the sentence before its colon ("Responsable qualité : C accueille X", "Chef
// d'atelier : c'est X qui occupe désormais le poste chez C"), "X est depuis lundi R de C", "la
// nomination avec effet immédiat de X". Invented names,
// houses and places, none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { expectRowRead, movesOf, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a body whose verb ends like an adjective, its possessive after it",
    text: "L'Académie des vitraillistes renouvelle son bureau : Joachim Ferrand en devient président.",
    person: "Joachim Ferrand",
    want: { company: "Académie des vitraillistes", role: "président" },
  },
  {
    shape: "a site the subject's house runs, kept in the title",
    text: "Semencia nomme Lucile Arnaudet directrice de la station de Brévillac.",
    person: "Lucile Arnaudet",
    want: { company: "Semencia", role: "directrice de la station de Brévillac" },
  },
  {
    shape: "a site the subject's house runs, after a second verb sharing the subject",
    text: "Horticolia promeut Gilles Manceau directeur technique et recrute Inès Quéré comme responsable de la station expérimentale de Montvallon.",
    person: "Inès Quéré",
    want: { company: "Horticolia", role: "responsable de la station expérimentale de Montvallon" },
  },
  {
    shape: "a house's site opening the sentence, the title ending on the site's noun",
    text: "Au centre Agrilis de Castelfeuille, Noémie Barthas succède à Yves Combarel à la présidence du centre.",
    person: "Noémie Barthas",
    want: {
      company: "Agrilis",
      role: "présidente du centre de Castelfeuille",
      predecessor: "Yves Combarel",
    },
    held: true,
  },
  {
    shape: "a post heading the sentence before its colon, the employer recruiting with no title",
    text: "Responsable sécurité des chantiers : Charpentes Morvillier a recruté Yanis Fabrol, ancien contrôleur chez Levage Brenot.",
    person: "Yanis Fabrol",
    want: { company: "Charpentes Morvillier", role: "responsable sécurité des chantiers", kind: "joined" },
    held: true,
  },
  {
    shape: "a post « recherchée… et trouvée » before the colon",
    text: "Directeur commercial recherché… et trouvé : Verrerie Aubrac accueille Lina Castaing, venue de Cristaux Morel.",
    person: "Lina Castaing",
    want: { company: "Verrerie Aubrac", role: "directrice commerciale" },
    held: true,
  },
  {
    shape: "a post heading, then « c'est X qui occupe désormais le poste chez C »",
    text: "Chef d'atelier de dorure : c'est Maëlle Tournier, venue des Ateliers Sorel, qui occupe désormais le poste chez Reliures Vautrin.",
    person: "Maëlle Tournier",
    want: { company: "Reliures Vautrin", role: "cheffe d'atelier de dorure", kind: "joined" },
    held: true,
  },
  {
    shape: "« est depuis lundi » a title the role classes do not know",
    text: "Entré à 16 ans comme apprenti, Jordan Mallet, 31 ans, est depuis lundi chef sculpteur de Pierres Lavaudieu.",
    person: "Jordan Mallet",
    want: { company: "Pierres Lavaudieu", role: "chef sculpteur" },
    held: true,
  },
  {
    shape: "« est depuis le <jour> » a known title",
    text: "Corinne Béraud est depuis le 3 mars directrice technique de Tuileries Sarlande.",
    person: "Corinne Béraud",
    want: { company: "Tuileries Sarlande", role: "directrice technique" },
  },
  {
    shape: "a nomination « avec effet immédiat » announced by the house",
    text: "Meunerie Valcourt SA a annoncé jeudi la nomination avec effet immédiat de Romain Delestre au poste de directeur général adjoint.",
    person: "Romain Delestre",
    want: { company: "Meunerie Valcourt SA", role: "directeur général adjoint" },
  },
];

describe("families of session 31's development round (real107/real108)", () => {
  it.each(ROWS.map((row) => [row.shape, row] as const))("%s", (_, row) => expectRowRead(row));

  it("reads the one replaced before the mover as no second subject of the verb", () => {
    const moves = movesOf(
      "Papeteries Ornac n'ont pas traîné : pour remplacer Hélène Gaudry, Damien Sarrat, 38 ans, acheteur senior, est promu directeur des achats.",
    ).map((m) => [m.person, m.company, m.role, m.predecessor]);
    expect(moves).toEqual([["Damien Sarrat", "Papeteries Ornac", "directeur des achats", "Hélène Gaudry"]]);
  });

  it("keeps the station as the employer when no house names it", () => {
    const moves = movesOf("Lucile Arnaudet est nommée directrice de la station de Brévillac.");
    expect(moves.map((m) => [m.company, m.role])).toEqual([["station de Brévillac", "directrice"]]);
  });
});
