// Families session 31's development round on real107/real108 (session 30's held-out pair) showed read
// wrong at publication or missed: a body's verb ending like an adjective ("renouvelle son conseil")
// read into its name, a site a house runs ("la station expérimentale de V") taken for the employer
// when the subject names the house, the one replaced ("pour remplacer Y, X … est promu R") read as a
// second subject, and a house's site opening the sentence ("Au centre C de V, …"). Invented names,
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
