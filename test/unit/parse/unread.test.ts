// Paragraphs the review queue shows as "Paragraphe non compris" (jobs/parse/unread.ts): someone with
// a move of their own and no record of their own leaves the paragraph partly read, even when they
// are another mover's predecessor; a departure, a renewal or a past appointment does not. Invented
// names only.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const unreadPeople = (paragraph: string) =>
  (parseIssueText(`Lettre\n\n+ MOUVEMENTS\n\n${paragraph}\n`).unread ?? []).flatMap(
    (u) => u.candidates.people,
  );

describe("a paragraph partly read", () => {
  it.each([
    [
      "a giver who hands over a post and takes another",
      "Chez Corvania, la cofondatrice Léonore Fabre cède la direction générale à Damien Roche, jusqu'ici directeur des opérations, et devient présidente exécutive.",
      "Léonore Fabre",
    ],
    [
      "a predecessor promoted in an apposition",
      "Florence Augier est nommée directrice générale de Ferlog France. Elle succède à Marc Bellamy, promu directeur général Europe du groupe Ferlog.",
      "Marc Bellamy",
    ],
    [
      "a predecessor named again by surname alone",
      "Chez Kargo, ANTOINE BRÉVAL succède à GÉRARD POUILLY comme président du directoire. Pouilly, qui dirigeait l'entreprise depuis 2011, devient président du conseil de surveillance.",
      "Gérard Pouilly",
    ],
    [
      "a predecessor named again by a demonstrative",
      "La filiale française de Ferlog était dirigée depuis 2019 par Éric Vauzelle. Celui-ci a pris en juillet la direction de Ferlog Italia. Il a été remplacé par Grégory Martin, qui devient directeur général de Ferlog France.",
      "Éric Vauzelle",
    ],
    [
      "a predecessor whose verb has an aside pronoun",
      "Anne Roy est nommée directrice de Corvania. Elle remplace Julien Caron. Julien Caron prend, lui, la direction générale de Corvania España.",
      "Julien Caron",
    ],
    [
      "a name the text gives weakly, governed by a move verb",
      "Lucas Morin devient directeur technique de Kargo. Il est remplacé par Stefanie Auerbach, qui dirigeait ce département à Lyon.",
      "Stefanie Auerbach",
    ],
  ])("lists %s", (_case, paragraph, person) => {
    expect(unreadPeople(paragraph)).toContain(person);
  });

  it("reads or lists a second mover after an elided conjunction", () => {
    const issue = parseIssueText(
      "Lettre\n\n+ MOUVEMENTS\n\nChez Kargo, Paul Girard est nommé directeur du développement tandis qu'Aude Maillet, ex-Ferlog, prend la direction technique.\n",
    );
    const read = issue.moves.some((m) => m.person === "Aude Maillet");
    const listed = (issue.unread ?? []).some((u) => u.candidates.people.includes("Aude Maillet"));
    expect(read || listed).toBe(true);
  });

  it.each([
    [
      "a predecessor called to other duties",
      "Paul Girard est nommé directeur général de Kargo. Il remplace Sylvie Robin, appelée à d'autres fonctions.",
    ],
    [
      "a predecessor who retires",
      "Paul Girard est nommé directeur général de Kargo. Il succède à Sylvie Robin, qui prend sa retraite.",
    ],
    [
      "a predecessor whose mandate ended",
      "Paul Girard devient président de Kargo, en remplacement de Sylvie Robin, dont le mandat arrivait à échéance.",
    ],
    [
      "a predecessor appointed elsewhere long ago",
      "Paul Girard est nommé directeur de Kargo, en remplacement de Sylvie Robin, nommée en mars directrice de Ferlog.",
    ],
    [
      "someone who stays",
      "Paul Girard est nommé directeur général de Kargo. Son associé Hugo Marchal reste seul aux commandes de Ferlog.",
    ],
  ])("does not list %s", (_case, paragraph) => {
    expect(unreadPeople(paragraph)).toEqual([]);
  });
});

describe("an issue without a moves section", () => {
  it("lists its paragraphs that read like a move, wherever they stand, as outside the section", () => {
    const issue = parseIssueText(
      "LA LETTRE\n\nÀ LA UNE\n\nLe salon ouvre ses portes.\n\n" +
        "En marge du salon, Anselme Vidrac est nommé directeur financier de Tolvane, a-t-on appris.\n\n" +
        "« Nous recrutons », explique Pauline Ressaguet.\n\nAGENDA\n\nLe 4 novembre.",
    );
    expect(issue.section_found).toBe(false);
    expect(issue.moves).toEqual([]);
    expect(issue.unread).toEqual([
      expect.objectContaining({
        paragraph_index: 3,
        reason: "outside_section",
        candidates: expect.objectContaining({ people: ["Anselme Vidrac"] }),
      }),
    ]);
  });

  it("lists nothing for an issue whose paragraphs announce no move", () => {
    const issue = parseIssueText(
      "LA LETTRE\n\nLe salon ouvre ses portes, selon Pauline Ressaguet.\n\nAGENDA",
    );
    expect(issue.unread).toEqual([]);
  });
});
