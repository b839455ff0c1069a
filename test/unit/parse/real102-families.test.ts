// Families session 29's development round (real102) showed published wrong or missed: an officer the
// court sets over a house in a collective procedure (no employee of it), a bare "membre" seat while
// the sentence names the board (the labels write it three ways: held for review), an employer read
// from context when the paragraph names a group and, by a possessive, its own subsidiary (either may
// be the one "en devient …" points to: held), and a departing person's post told after their age
// ("X, 58 ans, responsable de …, prend sa retraite. Il est remplacé par Y"), and a successor told after a
// semicolon ("X devient R ; Y prend son ancien poste", "… ; Y prend sa suite"). Invented names, houses
// and places, none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { expectRowRead, movesOf, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a bare independent member's seat on a supervisory board the sentence names",
    text: "Bérénice Vautrin rejoint le conseil de surveillance de Lumiflex en tant que membre indépendante.",
    person: "Bérénice Vautrin",
    want: { company: "Lumiflex", role: "membre indépendante" },
    held: true,
  },
  {
    shape: "an employer read from context while a group and its own subsidiary are both named",
    text: "Le groupe Ardoisières Morvan réorganise sa filiale Schistes du Lévezou. Le directeur commercial, Thibault Garric, en devient directeur général.",
    person: "Thibault Garric",
    want: { company: "Ardoisières Morvan", role: "directeur général" },
    held: true,
  },
  {
    shape: "a departing person's post told after their age, taken over by the one who replaces them",
    text: "Roger Malaval, 61 ans, chef d'atelier de Menuiseries Castagnol, prend sa retraite. Il est remplacé par Julien Estrabaut, son adjoint depuis 2019.",
    person: "Julien Estrabaut",
    want: { company: "Menuiseries Castagnol", role: "chef d'atelier", predecessor: "Roger Malaval" },
  },
  {
    shape:
      "a successor who « prend son ancien poste » after a semicolon, the post told before the mover's name",
    text: "Chez Filatures Ornand, le directeur industriel Cédric Lavaud devient directeur général ; Maud Terrenoire, cheffe de production depuis 2017, prend son ancien poste.",
    person: "Maud Terrenoire",
    want: { company: "Filatures Ornand", role: "directrice industrielle", predecessor: "Cédric Lavaud" },
  },
  {
    shape: "a successor who « prend sa suite » after a semicolon",
    text: "Chez Verreries Aubusclade, Hugo Massabie, jusqu'ici directeur des achats, devient directeur général ; Lina Castéran prend sa suite.",
    person: "Lina Castéran",
    want: { company: "Verreries Aubusclade", role: "directrice des achats", predecessor: "Hugo Massabie" },
  },
];

describe("families of session 29's development round (real102)", () => {
  it.each(ROWS.map((row) => [row.shape, row] as const))("%s", (_, row) => expectRowRead(row));

  it("reads no move for an officer a court sets over a house in a collective procedure", () => {
    expect(
      movesOf(
        "Me Corinne Lafforgue a été désignée mandataire judiciaire de Tuileries Sabatou, placée en liquidation le 9 mai.",
      ),
    ).toEqual([]);
  });

  it("still reads a court officer's firm hiring one of its trade", () => {
    const moves = movesOf(
      "Le cabinet Aubrac & Serres recrute Me Valentin Couderc comme administrateur judiciaire.",
    );
    expect(moves.map((move) => move.person)).toEqual(["Valentin Couderc"]);
  });
});
