// Layouts in which a missed mover went silent (jobs/parse/unread-layouts.ts): a name printed surname
// first in capitals, a card's name run into its next label, a verbless list item or a fronted title
// outside the section, a succession told from the post. What the parser cannot read must reach the
// review queue, spelt as a record would spell it. Invented names only.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "../../../jobs/parse/mentions.ts";
import type { NotedMove } from "../../../jobs/parse/notes.ts";
import { findUnreadParagraphs } from "../../../jobs/parse/unread.ts";
import { givenFirstMention, givenNameFirst, verblessListNames } from "../../../jobs/parse/unread-layouts.ts";
import { issueAround } from "./issue-text.ts";

describe("a name printed surname first", () => {
  it.each([
    ["MARCHETTI-DIALLO Sévane – directrice des achats", "", "Sévane Marchetti-Diallo"],
    ["KERGUELEN Yoann, chef de quai", "▸ LE ", "Yoann Le Kerguelen"],
    ["VAUDREMONT Isaure – pilote", "4. de ", "Isaure de Vaudremont"],
    ["Anne-Laure ROYER rejoint Tolvane", "", "Anne-Laure Royer"],
    ["PAUL MARTIN rejoint Tolvane", "", "Paul Martin"],
    ["PUI Hebdo paraît le lundi", "", "Pui Hebdo"],
  ])("spells %s given name first", (text, before, name) => {
    const mention = findPersonMentions(text)[0]!;
    expect(givenNameFirst(mention, before)).toBe(name);
  });
});

// Whom an issue's text brings before an editor: the people of its records and the unread paragraphs'
// candidates (a list the readers learn to read leaves the review queue for the records)
const reached = (text: string) => {
  const parsed = parseIssueText(text);
  return [...parsed.moves.map((m) => m.person), ...(parsed.unread ?? []).flatMap((u) => u.candidates.people)];
};

describe("a moves section's paragraph read by no reader", () => {
  it("brings every person of a numbered list printed surname first, given name first", () => {
    const list = issueAround(
      [
        "1. MARCHETTI-DIALLO Sévane – directrice des achats, Tolvane Logistique (promue, était acheteuse)",
        "2. ORSONI-BAKARY Tanguy – chef de quai, Portis Manutention",
        "3. VAUDREMONT Isaure – pilote, Lamaneurs de Kerbrune",
        "4. BELLEFONDS Gaëtan – directeur technique, Corvania Marine",
        "5. ARGELÈS Mylène – directrice financière, Ferlog Atlantique",
        "6. QUINTANE Hélori – responsable sécurité, Docks de Brévan",
        "7. SAUVANET Ilona – directrice commerciale, Armement Ravel",
      ],
      { spaced: false },
    );
    expect(reached(list)).toEqual(
      expect.arrayContaining([
        "Sévane Marchetti-Diallo",
        "Tanguy Orsoni-Bakary",
        "Isaure Vaudremont",
        "Hélori Quintane",
        "Ilona Sauvanet",
      ]),
    );
  });

  it("brings a card whose name runs into its next label, whatever the first name", () => {
    const cards =
      "Qui ? Sévane Tolmarec\nQuoi ? directrice des achats\nOù ? Portis Manutention\nD'où ? Ferlog\n\n— — —\n\n" +
      "Qui ? Ilona BRÉVAUX\nQuoi ? cheffe de quai\nOù ? Docks de Brévan\nD'où ? Armement Ravel";
    expect(reached(issueAround([cards]))).toEqual(
      expect.arrayContaining(["Sévane Tolmarec", "Ilona Brévaux"]),
    );
  });
});

describe("a paragraph beside the moves section", () => {
  const outside = (text: string) =>
    (
      parseIssueText(
        issueAround(
          [
            "Anselme Vidrac est nommé directeur financier de Tolvane.",
            "Pauline Ressaguet rejoint Corvania comme directrice juridique.",
          ],
          {
            before: ["LA LETTRE DES QUAIS", "", text, ""],
            after: ["+ AGENDA", "", "Le 4 novembre, salon des ports."],
          },
        ),
      ).unread ?? []
    )
      .filter((u) => u.reason === "outside_section")
      .flatMap((u) => u.candidates.people);

  it.each([
    [
      "a title fronted before its person",
      "Directrice des opérations de Portis Manutention depuis mars, Hélène Ravignac était jusqu'ici cheffe de quai.",
      "Hélène Ravignac",
    ],
    [
      "a successor told from the post, first name unknown to the lexicon",
      "Gaspard Orbec, directeur du port de Kerbrune depuis 2004, prend sa retraite. Sévane Tolmarec, venue de Portis, prend sa suite.",
      "Sévane Tolmarec",
    ],
    [
      "a post taken over, the successor in capitals",
      "Départ de Gaspard Orbec, qui quitte la direction des quais de Tolvane. Son poste est repris par Ilona SAUVANET.",
      "Ilona Sauvanet",
    ],
    [
      "a relief named",
      "Gaspard Orbec laisse son siège de chef de quai de Portis. La relève est assurée par Ilona SAUVANET.",
      "Ilona Sauvanet",
    ],
    [
      "a post held now, the house left named",
      "Depuis le 3 mars, Sévane Tolmarec, ex-Portis Manutention, est directrice des quais de Tolvane.",
      "Sévane Tolmarec",
    ],
  ])("lists %s", (_case, text, person) => {
    expect(outside(text)).toContain(person);
  });

  it.each([
    ["a dated agenda item", "• 15 décembre — salon des ports, Kerbrune"],
    ["a news item naming a company", "Le groupe Tolvane Logistique ouvre un entrepôt à Kerbrune."],
    [
      "a retirement alone",
      "Gaspard Orbec, fondateur de Portis, prend sa retraite après trente ans de maison.",
    ],
  ])("does not list %s", (_case, text) => {
    expect(outside(text)).toEqual([]);
  });
});

describe("a record whose person took in more than a name", () => {
  const paragraph =
    "Du côté de Portis Manutention, l'ancien de Docks Ravel Tanguy ORSONI prend le poste de chef de quai.";
  const record = (person: string) =>
    ({
      person,
      role: "chef de quai",
      company: "Portis Manutention",
      previous_companies: [],
      predecessor: null,
      paragraph_index: 0,
      reasons: [],
      confidence: 0.5,
    }) as unknown as NotedMove;

  it("offers the name at its end to the editor", () => {
    const unread = findUnreadParagraphs([paragraph], [record("Docks Ravel Tanguy Orsoni")]);
    expect(unread.flatMap((u) => u.candidates.people)).toContain("Tanguy Orsoni");
  });

  it("lists nothing when the record holds the name alone", () => {
    expect(findUnreadParagraphs([paragraph], [record("Tanguy Orsoni")])).toEqual([]);
  });
});

describe("verbless list items", () => {
  const confident = (mention: PersonMention) => isConfidentPerson(givenFirstMention(mention));
  it.each([
    [
      "an item printed surname first",
      "▸ MARCHETTI-DIALLO Sévane – directrice des achats, Tolvane",
      ["Sévane Marchetti-Diallo"],
    ],
    [
      "two numbered items on one line",
      "1. Ilona SAUVANET, cheffe de quai, Portis 2. Gaëtan BELLEFONDS, directeur technique, Corvania",
      ["Ilona Sauvanet", "Gaëtan Bellefonds"],
    ],
    ["a dated agenda item", "• 15 décembre — salon des ports, Kerbrune", []],
    ["one item naming someone inside a sentence", "• La conférence de Ilona SAUVANET, cheffe de quai", []],
  ])("reads %s", (_case, paragraph, names) => {
    expect(verblessListNames(paragraph, confident)).toEqual(names);
  });
});
