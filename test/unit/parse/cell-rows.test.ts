// Rows of cells with no legend and no header above them (legend-digests.ts readCellRow), and a
// table's header or a legend introduced on a heading's line (field-layouts.ts, legend-digests.ts).
// Every person, house and sector here is invented; the rows vary their separators, markers, cell
// order and asides, so that the reading rests on what each cell holds, not on one newsletter's layout.

import { describe, expect, it } from "@jest/globals";
import { readCellRow } from "../../../jobs/parse/legend-digests.ts";
import { expectMoves, issueAround, type WantedMove } from "./issue-text.ts";

const ROWS: { name: string; row: string; move: WantedMove }[] = [
  {
    name: "pipes, the origin after the house",
    row: "Oriane Valcourt | directrice des achats | Fromagerie Bellegarde | ex-Laiterie du Mont",
    move: {
      person: "Oriane Valcourt",
      role: "directrice des achats",
      company: "Fromagerie Bellegarde",
      previous: ["Laiterie du Mont"],
    },
  },
  {
    name: "semicolons after a bullet, 'venu des' for the origin",
    row: "• Hugo Marsal ; responsable logistique ; Scierie des Hautes-Fagnes ; venu des Transports Berlioz",
    move: {
      person: "Hugo Marsal",
      role: "responsable logistique",
      company: "Scierie des Hautes-Fagnes",
      previous: ["Transports Berlioz"],
    },
  },
  {
    name: "dashes, a rank before the name, the one replaced last",
    row: "Colonel Anne Ferrier — directrice de la sécurité — Aéroport de Valmont — remplace Marc Lebel",
    move: {
      person: "Anne Ferrier",
      role: "directrice de la sécurité",
      company: "Aéroport de Valmont",
      predecessor: "Marc Lebel",
    },
  },
  {
    name: "a house before the title, a promotion",
    row: "⇢ Denis Carabin | Verrerie du Pic | chef de four | promotion interne",
    move: { person: "Denis Carabin", role: "chef de four", company: "Verrerie du Pic", kind: "promoted" },
  },
  {
    name: "a digest sorted by house: the house first, its recruit last",
    row: "Fromagerie Bellegarde | directrice des achats | Oriane Valcourt",
    move: { person: "Oriane Valcourt", role: "directrice des achats", company: "Fromagerie Bellegarde" },
  },
  {
    name: "a house whose name reads like a person's, its recruit last with where from",
    row: "Grillades Varnier Solmont | responsable des fours | Hélène Rocard, transfuge de Braise & Co",
    move: {
      person: "Hélène Rocard",
      role: "responsable des fours",
      company: "Grillades Varnier Solmont",
      previous: ["Braise & Co"],
    },
  },
  {
    name: "dashes, a capitalised title, a surname in capitals, a promotion in brackets",
    row: "Tuilerie des Causses — Directrice commerciale — Maëlle DUVERGIER (promotion)",
    move: {
      person: "Maëlle Duvergier",
      role: "directrice commerciale",
      company: "Tuilerie des Causses",
      kind: "promoted",
    },
  },
  {
    name: "dashes, an acronym title, where from in brackets",
    row: "Cidrerie du Bocage — DAF — Yann Le Corre (ex-Pressoirs Hamel)",
    move: {
      person: "Yann Le Corre",
      role: "DAF",
      company: "Cidrerie du Bocage",
      previous: ["Pressoirs Hamel"],
    },
  },
];

const NOT_ROWS: { name: string; line: string }[] = [
  {
    name: "a footer's cells",
    line: "— LA LETTRE DU BOIS · rédaction : contact@lettre-bois.fr · Se désabonner",
  },
  {
    name: "prose parted by semicolons",
    line: "Anne Roy quitte Scierie Marrel ; elle rejoindra un concurrent ; rien n'est encore signé",
  },
  { name: "two cells only", line: "Oriane Valcourt | directrice des achats" },
  {
    name: "the person neither first nor last",
    line: "Fromagerie Bellegarde | Oriane Valcourt | directrice des achats",
  },
  {
    name: "a name first and a name last, neither a house",
    line: "Oriane Valcourt | directrice des achats | Hélène Rocard",
  },
];

describe("rows of cells read by what each cell holds", () => {
  it.each(ROWS)("reads a row: $name", ({ row, move }) => {
    expect(readCellRow(row)).not.toBeNull();
    expectMoves(issueAround([row, "La filière recrute."]), [move]);
  });

  it.each(NOT_ROWS)("leaves a line that is no row: $name", ({ line }) => {
    expect(readCellRow(line)).toBeNull();
  });
});

describe("a header or a legend on a heading's line", () => {
  it("finds the section under a heading that introduces its table's header, and reads rows later on", () => {
    const text = [
      "LA GAZETTE DES TONNELIERS",
      "",
      "Le chêne se fait rare dans les forêts du Nord.",
      "",
      "Qui va où ? — format : Nom | fonction | employeur | origine",
      "",
      "Lucie Barral | directrice commerciale | Tonnellerie Vasseur | ex-Merranderie du Causse",
      "",
      "Paul Ivanic | chef d'atelier | Tonnellerie Vasseur | promotion interne",
      "",
      "Le salon du fût se tiendra en juin, a rappelé la fédération.",
      "",
      "Marion Dufrêne | responsable qualité | Fûts de l'Ouest | ex-Tonnellerie Vasseur",
      "",
      "AGENDA",
      "",
      "12 juin : salon du fût.",
    ].join("\n");
    expectMoves(text, [
      {
        person: "Lucie Barral",
        role: "directrice commerciale",
        company: "Tonnellerie Vasseur",
        previous: ["Merranderie du Causse"],
      },
      { person: "Paul Ivanic", role: "chef d'atelier", company: "Tonnellerie Vasseur", kind: "promoted" },
      { person: "Marion Dufrêne", role: "responsable qualité", company: "Fûts de l'Ouest" },
    ]);
  });

  it("takes a promotion or a house left in brackets out of a table's house cell", () => {
    expectMoves(
      issueAround(
        [
          "Nom | Poste | Société",
          "Irène Castagne | responsable formation | Cidrerie Lemarrec (promue)",
          "Joachim Berthaud | chef de cave | Cidrerie Lemarrec (ex-Pommeraie d'Auge)",
        ],
        { spaced: false },
      ),
      [
        {
          person: "Irène Castagne",
          role: "responsable formation",
          company: "Cidrerie Lemarrec",
          kind: "promoted",
        },
        {
          person: "Joachim Berthaud",
          role: "chef de cave",
          company: "Cidrerie Lemarrec",
          previous: ["Pommeraie d'Auge"],
        },
      ],
    );
  });

  it("reads a legend written after the section's heading, and keeps the heading", () => {
    const text = [
      "LA LETTRE DES SAVONNIERS",
      "",
      "Les ventes de savon solide progressent de 6 %.",
      "",
      "Mouvements — Légende : ⇢ arrivée · ↑ promotion · ◆ conseil",
      "",
      "⇢ Théo Lambrecht — directeur industriel — Savonnerie du Lys — ex-Huilerie Caron",
      "",
      "↑ Claire Mounier — directrice marketing — Savonnerie du Lys",
      "",
      "AGENDA",
      "",
      "3 mai : foire de Grasse.",
    ].join("\n");
    expectMoves(text, [
      {
        person: "Théo Lambrecht",
        role: "directeur industriel",
        company: "Savonnerie du Lys",
        previous: ["Huilerie Caron"],
      },
      {
        person: "Claire Mounier",
        role: "directrice marketing",
        company: "Savonnerie du Lys",
        kind: "promoted",
      },
    ]);
  });
});
