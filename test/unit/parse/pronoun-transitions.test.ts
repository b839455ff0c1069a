// Careers told across two clauses or two sentences (issue 13): a departure then the new post through
// "il" or "elle", a place taken from someone, and a succession told through a pronoun after a
// sentence that moved two people. Invented text, one row a phrasing; each row lists every record
// the paragraph must give, so a move to the house left would fail it.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { issueAround } from "./issue-text.ts";

interface Want {
  person: string;
  company: string;
  role?: string;
  previous?: string[];
  predecessor?: string | null;
}

const readOf = (item: string) => parseIssueText(issueAround([item]));

const TRANSITIONS: { id: string; item: string; moves: Want[] }[] = [
  {
    id: "departure ; pronoun joins",
    item: "Inès Karam quitte Brasserie Olvane ; elle rejoint Malterie du Rhin comme directrice de production.",
    moves: [
      {
        person: "Inès Karam",
        company: "Malterie du Rhin",
        role: "directrice de production",
        previous: ["Brasserie Olvane"],
      },
    ],
  },
  {
    id: "departure ; pronoun named",
    item: "Inès Karam quitte Brasserie Olvane ; elle est nommée directrice de production de Malterie du Rhin.",
    moves: [
      {
        person: "Inès Karam",
        company: "Malterie du Rhin",
        role: "directrice de production",
        previous: ["Brasserie Olvane"],
      },
    ],
  },
  {
    id: "departure. pronoun becomes",
    item: "Théo Marchal quitte Apiflore. Il devient directeur technique de Ruchers d'Ambre.",
    moves: [
      {
        person: "Théo Marchal",
        company: "Ruchers d'Ambre",
        role: "directeur technique",
        previous: ["Apiflore"],
      },
    ],
  },
  {
    id: "departure from a post. pronoun takes the lead",
    item: "Théo Marchal quitte la présidence d'Apiflore. Il prend la direction générale de Ruchers d'Ambre.",
    moves: [
      {
        person: "Théo Marchal",
        company: "Ruchers d'Ambre",
        role: "directeur général",
        previous: ["Apiflore"],
      },
    ],
  },
  {
    id: "takes someone's place as R",
    item: "Chez Luthiers Vernay, Camille Roche prend la place de Bruno Lefort comme responsable de l'atelier.",
    moves: [
      {
        person: "Camille Roche",
        company: "Luthiers Vernay",
        role: "responsable de l'atelier",
        predecessor: "Bruno Lefort",
      },
    ],
  },
  {
    id: "takes someone's place at the head of",
    item: "Chez Luthiers Vernay, Camille Roche prend la place de Bruno Lefort à la tête des ventes.",
    moves: [{ person: "Camille Roche", company: "Luthiers Vernay", predecessor: "Bruno Lefort" }],
  },
  {
    id: "two appointed, 'elle' by the first name",
    item: "Le planétarium Astralis nomme Julie Fabre directrice scientifique et Hugo Bernier directeur administratif. Elle succède à Marc Tissot.",
    moves: [
      { person: "Julie Fabre", company: "Astralis", predecessor: "Marc Tissot" },
      { person: "Hugo Bernier", company: "Astralis", predecessor: null },
    ],
  },
  {
    id: "two appointed, 'il' by the first name",
    item: "Le planétarium Astralis nomme Julie Fabre directrice scientifique et Hugo Bernier directeur administratif. Il remplace Marc Tissot.",
    moves: [
      { person: "Julie Fabre", company: "Astralis", predecessor: null },
      { person: "Hugo Bernier", company: "Astralis", predecessor: "Marc Tissot" },
    ],
  },
  {
    id: "two appointed, first names of both genders, 'il' by the title's agreement",
    item: "Le planétarium Astralis nomme Claude Morin directrice scientifique et Dominique Ravel directeur administratif. Il succède à Marc Tissot.",
    moves: [
      { person: "Claude Morin", company: "Astralis", predecessor: null },
      { person: "Dominique Ravel", company: "Astralis", predecessor: "Marc Tissot" },
    ],
  },
  {
    id: "two women appointed, 'elle' ambiguous: nobody",
    item: "Le planétarium Astralis nomme Julie Fabre directrice scientifique et Léa Morel directrice administrative. Elle succède à Marc Tissot.",
    moves: [
      { person: "Julie Fabre", company: "Astralis", predecessor: null },
      { person: "Léa Morel", company: "Astralis", predecessor: null },
    ],
  },
  {
    id: "a fronted origin is no subject for the next mover's house",
    item: "Aux Ruchers d'Ambre, le conseil a choisi Hugo Bernier comme directeur. Venu des Miels Dorés de Vassieux, il remplace Marc Tissot. Le même jour, le conseil a élu présidente Julie Fabre, apicultrice à Vassieux.",
    moves: [
      { person: "Hugo Bernier", company: "Ruchers d'Ambre", previous: ["Miels Dorés de Vassieux"] },
      { person: "Julie Fabre", company: "Ruchers d'Ambre", role: "présidente" },
    ],
  },
];

describe("careers told across two clauses or two sentences", () => {
  it.each(TRANSITIONS.map((row) => [row.id, row] as const))("%s", (_id, row) => {
    const moves = readOf(row.item).moves;
    expect(moves.map((m) => m.person)).toEqual(row.moves.map((want) => want.person));
    row.moves.forEach((want, i) => {
      const got = moves[i]!;
      expect(got.company).toBe(want.company);
      if (want.role !== undefined) expect(got.role).toBe(want.role);
      if (want.previous !== undefined) expect(got.previous_companies).toEqual(want.previous);
      if (want.predecessor !== undefined) expect(got.predecessor).toBe(want.predecessor);
    });
  });

  it("leaves an ambiguous pronoun's succession to the unread queue", () => {
    const read = readOf(
      "Le planétarium Astralis nomme Julie Fabre directrice scientifique et Léa Morel directrice administrative. Elle succède à Marc Tissot.",
    );
    expect(read.unread?.map((u) => u.paragraph)).toEqual([
      expect.stringContaining("Elle succède à Marc Tissot"),
    ]);
  });

  it("keeps a list item's past told after a semicolon inside the list", () => {
    const moves = readOf(
      "Deux arrivées chez Malterie du Rhin : – Inès Karam, directrice de production ; elle dirigeait la brasserie Olvane ; – Hugo Bernier, directeur des achats, ex-Apiflore.",
    ).moves;
    expect(moves.map((m) => m.person)).toEqual(["Inès Karam", "Hugo Bernier"]);
  });
});
