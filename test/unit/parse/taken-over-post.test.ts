// Successions told from the departure side (jobs/parse/taken-over-post.ts): a sentence tells who leaves,
// the next who takes the post, with no title or employer of its own. Every person and company here is
// invented.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { issueAround, recordsOf } from "./issue-text.ts";

const movesOf = (paragraphs: string[]) =>
  recordsOf(
    parseIssueText(
      issueAround(paragraphs, {
        before: ["LA LETTRE DU RAIL — n° 40", ""],
        heading: "+ MOUVEMENTS",
        after: ["AGENDA", "— 4 mars : salon du rail, Lyon"],
      }),
    ),
  );

describe("a post taken over, told from the departure side", () => {
  it.each([
    [
      "the post named by its noun, at the house the sentence opens on",
      [
        "Kargo Rail nomme Anne Roy-Kessler directrice générale. Elle dirigeait les achats de Ferlog Logistique.",
        "Chez Ferlog Logistique, la direction des achats est reprise par Paul Girard-Mensah, jusqu'ici acheteur principal.",
      ],
      {
        person: "Paul Girard-Mensah",
        company: "Ferlog Logistique",
        role: "directeur des achats",
        kind: "promoted",
        predecessor: "Anne Roy-Kessler",
      },
    ],
    [
      "the post named outright after 'son poste de'",
      [
        "Chez Trains du Vercors, Luc Faure-Tall, directeur financier, est nommé directeur général délégué. Son poste de directeur financier est repris par Marc Ollier-Sène, venu de Mazarine Audit.",
      ],
      {
        person: "Marc Ollier-Sène",
        company: "Trains du Vercors",
        role: "directeur financier",
        kind: "joined",
        predecessor: "Luc Faure-Tall",
      },
    ],
    [
      "'c'est X qui lui succède', the post the departing person held at the house named",
      [
        "Kargo Rail recrute Hugo Marchetti-Bâ comme directeur commercial. Il dirigeait jusqu'ici le Dépôt de Lomme.",
        "Au Dépôt de Lomme, c'est son adjointe, Inès Vautrin-Nlend, qui lui succède.",
      ],
      {
        person: "Inès Vautrin-Nlend",
        company: "Dépôt de Lomme",
        role: "directrice",
        predecessor: "Hugo Marchetti-Bâ",
      },
    ],
  ])("reads %s", (_, paragraphs, expected) => {
    const moves = movesOf(paragraphs);
    const successor = moves.find((m) => m.person === expected.person);
    expect(successor).toEqual(expect.objectContaining(expected));
    // read across sentences: held for review
    expect(successor!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("gives no record when neither the sentence nor the departing person names the post", () => {
    const moves = movesOf([
      "Gaspard Lemoine-Tall quitte Ferlog Logistique. La relève est assurée par Lina Ferrand-Obi.",
    ]);
    expect(moves.map((m) => m.person)).not.toContain("Lina Ferrand-Obi");
  });
});

// A paragraph's words cut at `width` columns, as a plain-text mailer sends it.
function wrapAt(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

// An issue hard-wrapped at `width`, its section under a heading no lexicon knows.
function wrappedIssueMoves(paragraphs: string[], width: number) {
  const text = [
    "LE COURRIER DES BRASSEURS - la lettre des brasseries artisanales",
    "Mardi 3 mars 2026",
    "",
    ...wrapAt(
      "Houblon : la récolte alsacienne recule pour la deuxième année de suite, les prix montent.",
      width,
    ),
    "",
    "CHANGEMENTS DE GARDE",
    "",
    ...paragraphs.flatMap((paragraph) => [...wrapAt(paragraph, width), ""]),
    "AGENDA",
    "12 mars - Salon de la bière, Colmar",
  ].join("\n");
  return parseIssueText(text).moves;
}

describe("successions told from the departure side, in an issue hard-wrapped at any width", () => {
  const paragraphs = [
    "Bénédicte Ollivro-Sy, directrice de la production de Brasserie du Haut-Florival depuis 2004, prend sa retraite fin juin. Rozenn Abgrall-Touré, venue de Malterie Kergoat, prend sa suite.",
    "Départ de Gwendal Le Roux-Ndiaye, qui quitte la fonction de responsable export chez Cervoiserie Tanvic après douze ans. Son poste est repris par Maëlys Cardinet-Hoang, jusqu'ici chargée de clientèle.",
    "Théophile Quintrec-Bâ laisse son siège de directeur financier de Houblonnière Sarrazin. La relève est assurée par Liouba Kerhervé-Diop.",
    "Armel Sauvagnac quitte le poste de maître brasseur de Brasserie des Trois Ponts pour rejoindre Malterie Kergoat comme directeur technique. C'est Isaure Penven-Cissé, qui était chez Cervoiserie Tanvic, qui lui succède.",
  ];
  const expected = [
    {
      person: "Rozenn Abgrall-Touré",
      company: "Brasserie du Haut-Florival",
      role: "directrice de la production",
      kind: "joined",
      previous_companies: ["Malterie Kergoat"],
      predecessor: "Bénédicte Ollivro-Sy",
    },
    {
      person: "Maëlys Cardinet-Hoang",
      company: "Cervoiserie Tanvic",
      role: "responsable export",
      kind: "promoted",
      predecessor: "Gwendal Le Roux-Ndiaye",
    },
    {
      person: "Liouba Kerhervé-Diop",
      company: "Houblonnière Sarrazin",
      role: "directeur financier",
      kind: "appointed",
      predecessor: "Théophile Quintrec-Bâ",
    },
    {
      person: "Isaure Penven-Cissé",
      company: "Brasserie des Trois Ponts",
      role: "maître brasseur",
      kind: "joined",
      previous_companies: ["Cervoiserie Tanvic"],
      predecessor: "Armel Sauvagnac",
    },
  ];

  it.each([58, 64, 76])("reads every successor at %i columns, held for review", (width) => {
    const moves = wrappedIssueMoves(paragraphs, width);
    for (const want of expected) {
      const successor = moves.find((m) => m.person === want.person);
      expect(successor).toEqual(expect.objectContaining(want));
      expect(successor!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
    }
    // the one who moves on is read too
    expect(moves.find((m) => m.person === "Armel Sauvagnac")).toEqual(
      expect.objectContaining({ company: "Malterie Kergoat", role: "directeur technique" }),
    );
  });

  it("gives no record when the departing person's apposition holds no title ('X, rejoint C, …')", () => {
    const moves = wrappedIssueMoves(
      [
        "Le brasseur de Houblonnière Sarrazin, Youenn Trégarot, rejoint l'institut de Colmar comme chercheur. Son poste est repris par Liouba Kerhervé-Diop.",
      ],
      70,
    );
    expect(moves.find((m) => m.person === "Liouba Kerhervé-Diop")?.role ?? "").not.toMatch(/rejoint/u);
  });
});
