// The slot reader (jobs/parse/slot-reader.ts): a mover no sentence pattern reads, found by the
// evidence unread.ts uses, gets a record filled slot by slot, held for review; the people a
// sentence merely mentions get none. Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { READ_BY_SLOTS } from "../../../jobs/parse/doubts.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { parseParagraph as parse } from "./issue-text.ts";

const bySlots = (paragraph: string) =>
  parse(paragraph).moves.filter((move) => move.reasons.includes(READ_BY_SLOTS.reason));

describe("the slot reader", () => {
  it.each([
    // ("recrute comme directrice de la qualité X" and "recrute un délégué artistique, X" are read by the
    // shapes table's "employer welcomes" row: object-movers.test.ts)
    [
      "the person's own participle, a past post after it",
      "Félicitations à Nina Carel, promue directrice des ventes de Lumeo après quatre ans comme responsable grands comptes.",
      { person: "Nina Carel", company: "Lumeo", role: "directrice des ventes", kind: "promoted" },
    ],
    [
      "a title introduced after an apposition, the employer the sentence's subject",
      "L'éditeur Cartalis s'offre les services de Manon Petit, ex-Graphéa, comme directrice artistique.",
      {
        person: "Manon Petit",
        company: "Cartalis",
        role: "directrice artistique",
        kind: "joined",
        previous_companies: ["Graphéa"],
      },
    ],
    [
      "a title announced before 'en la personne de', opening on an office's noun",
      "Le réseau Pontal a un nouveau délégué général en la personne de Bruno Lacaze.",
      { person: "Bruno Lacaze", company: "Pontal", role: "délégué général" },
    ],
  ])("reads %s", (_, paragraph, expected) => {
    const moves = bySlots(paragraph);
    expect(moves).toContainEqual(expect.objectContaining(expected));
  });

  it("leaves to the shapes a governed name whose employer heads the item", () => {
    // "employer appoints" reads it now that an item's heading names the house a subject noun leaves unnamed
    const paragraph = "Éditions Calvé – Le conseil a désigné Martin Robert président du directoire.";
    expect(parse(paragraph).moves).toContainEqual(
      expect.objectContaining({
        person: "Martin Robert",
        company: "Éditions Calvé",
        role: "président du directoire",
      }),
    );
  });

  it("reads every name listed after a governed one, each with its own title, under a bullet", () => {
    // the last one's own clause is read by a sentence pattern since the subject is found behind the bullet
    const moves = parse(
      "→ La foodtech Miravel annonce trois arrivées : Paul Girard au poste de CTO, Inès Bakri comme Head of Sales, et Hugo Lenain, qui quitte Fermia pour devenir directeur financier.",
    ).moves;
    const byPerson = (a: { person: string }, b: { person: string }) => a.person.localeCompare(b.person);
    expect(moves.map(({ person, company, role }) => ({ person, company, role })).sort(byPerson)).toEqual(
      [
        { person: "Paul Girard", company: "Miravel", role: "CTO" },
        { person: "Inès Bakri", company: "Miravel", role: "Head of Sales" },
        { person: "Hugo Lenain", company: "Miravel", role: "directeur financier" },
      ].sort(byPerson),
    );
  });

  it("holds every record it reads for review, and the paragraph stays listed as partly read", () => {
    const paragraph =
      "Le festival Kerlan recrute un délégué artistique, Marc Lin, jusqu'ici responsable de la programmation de Talvia.";
    const issue = parse(paragraph);
    const [move] = issue.moves;
    expect(move?.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
    expect(issue.unread).toEqual([
      expect.objectContaining({
        reason: "partly_read",
        candidates: expect.objectContaining({ people: ["Marc Lin"] }),
      }),
    ]);
  });

  // (since session 27 the clause readers read it, the aside after "sera nommée" masked: sentences.ts)
  it("names the predecessor a succession infinitive gives", () => {
    const [move] = parse(
      "Groupe Vantor – LISE AUBRY, actuellement directrice adjointe, sera nommée, en accord avec le partenaire, directrice générale de la coentreprise Vantor Marine, pour succéder à Paul Garnier.",
    ).moves;
    expect(move).toEqual(
      expect.objectContaining({
        person: "Lise Aubry",
        company: "Vantor Marine",
        role: "directrice générale",
        predecessor: "Paul Garnier",
      }),
    );
  });

  it.each([
    [
      "colleagues the mover will work with",
      "Julien Morel devient directeur commercial de Textilia ; il travaillera avec Nadia Perrin et Hugo Lenoir.",
    ],
    [
      "someone speaking",
      "« Nous sommes ravis », explique Paul Simon, président de Vardel, qui accueille Émilie Roux comme directrice marketing.",
    ],
    [
      "a departure to duties not named",
      "Appelée à d'autres fonctions, Chantal Morin quitte la présidence de Solvéa.",
    ],
    [
      "a post left after years at its head",
      "Après huit ans à la tête de Solvéa, Jacques Morin quitte la présidence du groupe.",
    ],
    ["a re-election", "Mathieu Leclerc a été réélu à la présidence de la Fédération des brasseurs."],
    ["a department handed over", "Ferlog confie à Yann Tessier la direction de ses opérations."],
  ])("gives no record to %s", (_, paragraph) => {
    const people = parse(paragraph).moves.map((move) => move.person);
    expect(bySlots(paragraph)).toEqual([]);
    for (const name of [
      "Nadia Perrin",
      "Hugo Lenoir",
      "Paul Simon",
      "Chantal Morin",
      "Jacques Morin",
      "Mathieu Leclerc",
      "Yann Tessier",
    ])
      expect(people).not.toContain(name);
  });
});
