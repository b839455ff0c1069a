// Tense as a property of the move verbs (lexicon/tense.ts): a move told in the future reads as the
// same move as in the present; one told in the conditional is a plan or a rumour, kept out of the
// records and left to the review queue.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const parse = (paragraph: string) => parseIssueText(`Lettre\n\n+ MOUVEMENTS\n\n${paragraph}\n`);
const records = (paragraph: string) =>
  parse(paragraph).moves.map((m) => ({ person: m.person, company: m.company, role: m.role, kind: m.kind }));

describe("a move told in the future", () => {
  it.each([
    [
      "the employer gains a post, the holder after the colon",
      "Coutellerie Vardel se dotera d'une directrice financière en mars : Odile Ferrand, actuellement chez Lamebois.",
      { person: "Odile Ferrand", company: "Coutellerie Vardel", role: "directrice financière" },
    ],
    [
      "the employer will have a new holder, the time between verb and article",
      "Luthiers Maréchal aura en avril un nouveau directeur des ventes : Bastien Corre, en provenance de Cordes Aubier.",
      {
        person: "Bastien Corre",
        company: "Luthiers Maréchal",
        role: "directeur des ventes",
        kind: "joined",
      },
    ],
    [
      "the present form stays read",
      "Luthiers Maréchal a un nouveau directeur des ventes : Bastien Corre, en provenance de Cordes Aubier.",
      { person: "Bastien Corre", company: "Luthiers Maréchal", role: "directeur des ventes" },
    ],
    [
      "an assembly will elect, the time between verb and holder",
      "L'assemblée générale de la Fédération des verriers d'art élira en juin Maëlle Corvisart secrétaire générale.",
      {
        person: "Maëlle Corvisart",
        company: "Fédération des verriers d'art",
        role: "secrétaire générale",
        kind: "appointed",
      },
    ],
    [
      "the employer will appoint",
      "Tanneries Brocard désignera en mai Félix Aubanel directeur industriel.",
      { person: "Félix Aubanel", company: "Tanneries Brocard", role: "directeur industriel" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(records(paragraph)).toContainEqual(expect.objectContaining(expected));
  });
});

describe("an item opened by a dash", () => {
  it("takes the employer from the subject after the dash, as after a bullet", () => {
    const move = parse(
      "— Tanneries Brocard a déjà trouvé qui remplacera Yves Lannoy : Odile Ferrand, son adjointe, deviendra directrice des achats le mois prochain.",
    ).moves.find((m) => m.person === "Odile Ferrand");
    expect(move).toMatchObject({ company: "Tanneries Brocard", predecessor: "Yves Lannoy" });
  });

  it("does not take a headline's common noun for the subject ('– Recrutement remarqué chez C')", () => {
    const moves = parse(
      "– Recrutement remarqué chez Luthiers Maréchal, qui débauche chez le leader du marché, Cordes Aubier, son nouveau directeur des ventes, Bastien Corre. Chez Luthiers Maréchal, il remplacera à partir de mai Odile Ferrand, qui prend la direction de l'export.",
    ).moves;
    expect(moves.map((m) => m.company)).not.toContain("Recrutement");
    expect(moves.flatMap((m) => m.previous_companies)).not.toContain("Recrutement");
  });
});

describe("a move told in the conditional", () => {
  it.each([
    ["Selon nos informations, Gildas Perrot serait pressenti pour prendre la tête de Tanneries Brocard."],
    ["Gildas Perrot devrait rejoindre Coutellerie Vardel comme directeur commercial."],
    ["Gildas Perrot rejoindrait Coutellerie Vardel comme directeur commercial, dit-on dans le métier."],
    ["Tanneries Brocard devrait nommer Gildas Perrot directeur financier."],
    ["Gildas Perrot pourrait succéder à Yves Lannoy à la direction de Luthiers Maréchal."],
  ])("%s gives no record and reaches the review queue", (paragraph) => {
    const issue = parse(paragraph);
    expect(issue.moves).toEqual([]);
    expect(issue.unread?.flatMap((u) => u.candidates.people)).toContain("Gildas Perrot");
  });

  it("keeps the announced move of a sentence whose other clause is a rumour", () => {
    expect(
      records(
        "Odile Ferrand rejoint Coutellerie Vardel comme directrice financière ; Yves Lannoy pourrait lui succéder chez Lamebois.",
      ),
    ).toContainEqual(expect.objectContaining({ person: "Odile Ferrand", company: "Coutellerie Vardel" }));
  });

  it("reads a future in reported speech ('qu'il serait remplacé par') as the move it reports", () => {
    // the conditional after "que" is the future of a past, not a hedge
    const hedged = parse(
      "Le club a confirmé qu'Yves Lannoy serait remplacé par Bastien Corre comme entraîneur de l'Union sportive Brocard.",
    );
    expect(hedged.moves.map((m) => m.person)).toContain("Bastien Corre");
  });
});
