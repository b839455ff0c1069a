// Tense as a property of the move verbs (lexicon/tense.ts): a move told in the future reads as the
// same move as in the present; one told in the conditional is a plan or a rumour, kept out of the
// records and left to the review queue.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { parseParagraph as parse } from "./issue-text.ts";

const records = (paragraph: string) =>
  parse(paragraph).moves.map((m) => ({
    person: m.person,
    company: m.company,
    role: m.role,
    kind: m.kind,
    predecessor: m.predecessor,
  }));

describe("a move told in the future", () => {
  it.each([
    [
      "the near future of a passive ('va être nommé')",
      "Chez Coutellerie Vardel, Bastien Corre va être nommé directeur des achats en mars.",
      { person: "Bastien Corre", company: "Coutellerie Vardel", role: "directeur des achats" },
    ],
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
    [
      "the one giving up the post names the successor, the time before 'à'",
      "Chez Tanneries Brocard, Yves Lannoy cédera son poste de directeur industriel le 1er mars à Félix Aubanel.",
      {
        person: "Félix Aubanel",
        company: "Tanneries Brocard",
        role: "directeur industriel",
        predecessor: "Yves Lannoy",
      },
    ],
    [
      "the one replaced first, the successor an insider of the house",
      "Odile Ferrand, directrice générale chez Lamebois, sera remplacée à compter du 1er juin par Gildas Perrot, actuel directeur des achats de la maison.",
      { person: "Gildas Perrot", company: "Lamebois", kind: "promoted", predecessor: "Odile Ferrand" },
    ],
    [
      "the post held now, then the post to come with its time, and the one succeeded",
      "Chez Cordes Aubier, Maëlle Corvisart, aujourd'hui cheffe d'atelier, deviendra directrice générale à la rentrée ; elle succédera à Bastien Corre, qui part à la retraite.",
      {
        person: "Maëlle Corvisart",
        company: "Cordes Aubier",
        role: "directrice générale",
        kind: "promoted",
        predecessor: "Bastien Corre",
      },
    ],
    [
      "'sera' and a title, dated, in replacement of someone",
      "Félix Aubanel sera directeur des ventes chez Luthiers Maréchal le 2 mai, en remplacement d'Yves Lannoy.",
      {
        person: "Félix Aubanel",
        company: "Luthiers Maréchal",
        role: "directeur des ventes",
        predecessor: "Yves Lannoy",
      },
    ],
    [
      "the next holder, with the houses left",
      "Odile Ferrand sera la prochaine directrice financière chez Coutellerie Vardel : ancienne de Lamebois, elle termine actuellement sa mission chez Cordes Aubier.",
      {
        person: "Odile Ferrand",
        company: "Coutellerie Vardel",
        role: "directrice financière",
        kind: "joined",
      },
    ],
    [
      "the near future of taking the lead ('va prendre la présidence')",
      "Félix Aubanel va prendre la présidence de Tanneries Brocard.",
      { person: "Félix Aubanel", company: "Tanneries Brocard", role: "président" },
    ],
    [
      "the future of leading a house, its title said outright",
      "Dès le 2 mai, Odile Ferrand dirigera Cordes Aubier en qualité de directrice générale déléguée.",
      { person: "Odile Ferrand", company: "Cordes Aubier", role: "directrice générale déléguée" },
    ],
    [
      "the near future of presiding a house, the title from the verb",
      "Ancien directeur de Lamebois, Gildas Perrot va présider l'Union des maroquiniers du Lauzon.",
      { person: "Gildas Perrot", company: "Union des maroquiniers du Lauzon", role: "président" },
    ],
    [
      "English: the house that speaks, 'its' part led, the title after 'as'",
      "Tanneries Brocard also said that Odile Ferrand, formerly of Lamebois, will lead its new Spanish subsidiary as country manager.",
      { person: "Odile Ferrand", company: "Tanneries Brocard", role: "country manager" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(records(paragraph)).toContainEqual(expect.objectContaining(expected));
  });

  it("does not read the present of leading as a move ('dirige C depuis 2010')", () => {
    expect(parse("Odile Ferrand dirige Cordes Aubier depuis 2010.").moves).toEqual([]);
  });

  it("does not take 'sera' before a participle for a title ('sera remplacé le 1er mai par')", () => {
    const moves = parse(
      "Yves Lannoy quitte Lamebois. Il sera remplacé le 1er mai par Odile Ferrand, actuellement directrice chez Cordes Aubier.",
    ).moves;
    expect(moves.map((m) => m.person)).not.toContain("Yves Lannoy");
  });

  it("does not read 'sera' without a title as a move ('sera présente au salon le 3 mai')", () => {
    expect(parse("Odile Ferrand sera présente au salon des tanneurs le 3 mai.").moves).toEqual([]);
  });
});

describe("a section of moves told ahead of time", () => {
  const issue = (heading: string) =>
    parseIssueText(
      `LA LETTRE DU CUIR\nMardi 3 mars 2026\n\nÀ la une\nLe salon des tanneurs a accueilli 90 exposants.\n\n${heading}\nOdile Ferrand rejoindra Coutellerie Vardel en avril comme directrice financière.\n\nFélix Aubanel prendra ses fonctions de directeur industriel chez Tanneries Brocard le 2 mai.\n\nGildas Perrot rejoindra Lamebois à la rentrée comme directeur des ventes.\n`,
    );
  it.each([["À venir"], ["Nominations annoncées"], ["Mouvements à venir"]])(
    "finds the section under '%s' run straight into its first item",
    (heading) => {
      expect(issue(heading).moves.map((m) => m.person)).toEqual(
        expect.arrayContaining(["Odile Ferrand", "Félix Aubanel", "Gildas Perrot"]),
      );
    },
  );

  it("does not take an agenda 'À venir' for the moves section", () => {
    const agenda = parseIssueText(
      "LA LETTRE DU CUIR\n\nÀ venir\nLe salon des tanneurs ouvrira le 3 mai à Valbrenne.\n\nLa fête de la corporation aura lieu en juin.\n",
    );
    expect(agenda.moves).toEqual([]);
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
    ["Gildas Perrot devrait diriger Coutellerie Vardel à partir de mars."],
    ["Gildas Perrot pourrait prendre la direction générale de Coutellerie Vardel."],
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
