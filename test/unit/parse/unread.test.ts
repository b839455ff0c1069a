// Paragraphs the review queue shows as "Paragraphe non compris" (jobs/parse/unread.ts): someone with
// a move of their own and no record of their own leaves the paragraph partly read, even when they
// are another mover's predecessor; a departure, a renewal or a past appointment does not. Invented
// names only.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { isConfidentPerson } from "../../../jobs/parse/mentions.ts";
import { titledNamesIn } from "../../../jobs/parse/titled-names.ts";
import { issueAround } from "./issue-text.ts";

const unreadPeople = (paragraph: string) =>
  (parseIssueText(issueAround([paragraph])).unread ?? []).flatMap((u) => u.candidates.people);

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
    [
      "a name the lexicon does not know, beside a move verb",
      "Armand Tessier devient président de la CCI de Brisac, tandis qu'à Valrieu, c'est Ysandre Kerlogan, fondateur de Kargo Intérim, qui s'ouvre à une nouvelle fonction à la tête de la CCI de Valrieu.",
      "Ysandre Kerlogan",
    ],
    [
      "a title brought to the name after it ('…, X, comme directrice générale déléguée')",
      "Marc Lin devient PDG de Kargo Ports. Dans la foulée, il a choisi la patronne de sa plateforme de Brisac, Delphine Auvray, comme directrice générale déléguée.",
      "Delphine Auvray",
    ],
    [
      "a post taken with words between the verb and the post ('prendra pour sa part la direction')",
      "Ferlog a désigné le successeur de Marc Lin, son directeur scientifique : Anne Roy reprendra la direction de la recherche. Marc Lin prendra pour sa part la direction générale de Kargo Labs.",
      "Marc Lin",
    ],
    [
      "a successor named in a quote, then by a pronoun",
      "« Le conseil de Kargo Habitat a choisi Nadège Rivol pour diriger le groupe », annonce le communiqué. Elle succédera à Paul Girard, qui prendra la présidence du conseil de surveillance de Ferlog Habitat.",
      "Nadège Rivol",
    ],
    [
      "the people named after a post given to several ('assisté de deux vice-présidents, A et B')",
      "Le 3 mars, Anne Roy a été élue à la présidence de la Fédération des ports du Levant. Elle sera assistée de deux vice-présidents, Marc Lin, directeur du port de Brisac, et Paul Girard, directeur de Kargo.",
      "Paul Girard",
    ],
    [
      "the people named after a post given to several ('ses deux adjoints : A et B')",
      "Anne Roy est nommée directrice générale de Kargo Ports. Elle a choisi ses deux adjoints : Marc Lin et Paul Girard.",
      "Marc Lin",
    ],
  ])("lists %s", (_case, paragraph, person) => {
    expect(unreadPeople(paragraph)).toContain(person);
  });

  it("lists the people of an announcement quoted whole", () => {
    expect(
      unreadPeople(
        "→ « Congratulations to our newly promoted Partners: Anne Roy, Marc Lin and Paul Girard! » (Kargo Search, Lyon office)",
      ),
    ).toEqual(expect.arrayContaining(["Anne Roy", "Marc Lin", "Paul Girard"]));
  });

  it("reads or lists a second mover after an elided conjunction", () => {
    const issue = parseIssueText(
      issueAround([
        "Chez Kargo, Paul Girard est nommé directeur du développement tandis qu'Aude Maillet, ex-Ferlog, prend la direction technique.",
      ]),
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

describe("a sponsor's line under the heading", () => {
  it.each([
    // an HTML heading "+ MOUVEMENTS, avec Orvalis Conseil, cabinet de recrutement digital" comes out
    // in capitals, and its descriptor after the sponsor's name lands on a line of its own
    ["a sponsor's descriptor in capitals", "CABINET DE RECRUTEMENT DIGITAL"],
    ["an advertising line in capitals", "EN PARTENARIAT AVEC LE CABINET DE CONSEIL"],
  ])("does not list %s", (_case, line) => {
    const issue = parseIssueText(
      issueAround([line, "Maëlle Quintard rejoint Kargo comme directrice financière."], {
        heading: "+ MOUVEMENTS, AVEC ORVALIS CONSEIL",
      }),
    );
    expect(issue.moves.map((m) => m.person)).toEqual(["Maëlle Quintard"]);
    expect(issue.unread).toEqual([]);
  });

  it("still lists a paragraph in capitals that names someone beside a move verb", () => {
    const issue = parseIssueText(
      issueAround(["CABINET DE RECRUTEMENT DIGITAL : NOUVELLE RECRUE POUR SÉVERINE KERDRAON"]),
    );
    expect((issue.unread ?? []).flatMap((u) => u.candidates.people)).toContain("Séverine Kerdraon");
  });
});

describe("a paragraph with a move verb the records' readers do not know", () => {
  it.each([
    [
      "a post that goes back to someone",
      "Le groupe Lunaria nomme Anselme Vidrac directeur général de sa filiale Le Courrier de Brévenne. À la rédaction, la direction revient à son adjointe, Pauline Ressaguet.",
      "Pauline Ressaguet",
    ],
    [
      "a predecessor who left to run another site",
      "Le groupe Ferlog a nommé Damien Roche directeur du centre de tri de Kerbrune, en remplacement de Julien Caron, parti diriger l'usine de Lanvaux.",
      "Julien Caron",
    ],
    [
      "a predecessor who left for another employer",
      "Ferlog recrute Nour Belkadi comme directrice marketing, en remplacement de Lucien Varenne, parti chez Tolvane comme directeur général.",
      "Lucien Varenne",
    ],
    [
      "someone who takes over from another",
      "Corvania a désigné Damien Roche au poste de directeur de l'innovation. Pauline Ressaguet, jusqu'ici directrice des marques, prend sa relève à la direction générale de la division.",
      "Pauline Ressaguet",
    ],
    [
      "a board that brings someone in",
      "Le groupe Lunaria nomme Anselme Vidrac président de sa division Derma. Il succède à Marc Bellamy. Lunaria fait aussi entrer à son conseil d'administration Odile Kervarrec, ancienne dirigeante de Portis.",
      "Odile Kervarrec",
    ],
  ])("lists %s", (_case, paragraph, person) => {
    expect(unreadPeople(paragraph)).toContain(person);
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

describe("an issue whose moves section was found", () => {
  const issue = (outside: string) =>
    parseIssueText(
      issueAround(
        [
          "Anselme Vidrac est nommé directeur financier de Tolvane.",
          "Pauline Ressaguet rejoint Corvania comme directrice juridique.",
          "Le 4 novembre, salon des ports.",
        ],
        { before: ["LA LETTRE DES QUAIS", "", "LE CARNET", "", outside, ""], after: [] },
      ),
    );

  it("lists a paragraph before or after it that reads like a move, past the section's indexes", () => {
    const parsed = issue(
      "Le 10 avril, GASTON DE VERLAINE-MORSE a été nommé à la présidence du directoire du port de Kerbrune.",
    );
    expect(parsed.section_found).toBe(true);
    const outside = (parsed.unread ?? []).filter((u) => u.reason === "outside_section");
    expect(outside).toEqual([
      expect.objectContaining({
        candidates: expect.objectContaining({ people: ["Gaston de Verlaine-Morse"] }),
      }),
    ]);
    const sectionLength = parsed.paragraphs?.length ?? 0;
    expect(outside[0]!.paragraph_index).toBeGreaterThanOrEqual(sectionLength);
  });

  it("lists the issue's unread paragraphs in reading order: before the section, in it, after it", () => {
    const parsed = parseIssueText(
      issueAround(
        [
          "Anselme Vidrac est nommé directeur financier de Tolvane.",
          "Chez Ferlog, c'est désormais Yannick Perrot qui tient les rênes des ventes.",
        ],
        {
          before: [
            "LA LETTRE DES QUAIS",
            "",
            "Le 10 avril, GASTON DE VERLAINE-MORSE a été nommé à la présidence du directoire du port de Kerbrune.",
            "",
          ],
          after: [
            "+ AGENDA",
            "",
            "Le 4 novembre, salon des ports.",
            "",
            "L'armateur Portis promeut ODILE KERVARREC-NAUD directrice des lignes Afrique ; elle était directrice d'agence.",
          ],
        },
      ),
    );
    expect((parsed.unread ?? []).map((u) => [u.reason, u.candidates.people])).toEqual([
      ["outside_section", ["Gaston de Verlaine-Morse"]],
      ["no_move", ["Yannick Perrot"]],
      ["outside_section", ["Odile Kervarrec-Naud"]],
    ]);
  });

  it.each([
    [
      "a personal announcement",
      "Gaëlle Morvan-Tessier a commencé un nouveau poste : Responsable RSE chez Tolvane",
      "Gaëlle Morvan-Tessier",
    ],
    [
      "a promotion in the present tense",
      "L'armateur Portis promeut ODILE KERVARREC-NAUD directrice des lignes Afrique ; elle était directrice d'agence.",
      "Odile Kervarrec-Naud",
    ],
    [
      "a first-person post signed off below",
      "J'ai le plaisir de vous annoncer ma nomination au poste de directrice des services de la ville. Je quitte la métropole après six ans. — Claire Abelu",
      "Claire Abelu",
    ],
  ])("lists %s", (_case, outside, person) => {
    const listed = (issue(outside).unread ?? []).filter((u) => u.reason === "outside_section");
    expect(listed.flatMap((u) => u.candidates.people)).toContain(person);
  });

  it.each([
    [
      "a company joining a network, its head quoted",
      "Le groupe Tolvane rejoint l'alliance Portis. « Une étape », explique Anselme Vidrac.",
    ],
    [
      "a title in capitals after its article",
      "LA MINUTE PORTUAIRE Le trafic du port progresse, et les terminaux recrutent.",
    ],
    ["a heading", "LES NOMINATIONS DE LA SEMAINE"],
  ])("does not list %s", (_case, outside) => {
    expect((issue(outside).unread ?? []).filter((u) => u.reason === "outside_section")).toEqual([]);
  });
});

describe("a person named with a title and no verb", () => {
  const parse = (paragraph: string) => parseIssueText(issueAround([paragraph]));
  const lostPeople = (paragraph: string, people: string[]) => {
    const parsed = parse(paragraph);
    const listed = (parsed.unread ?? []).flatMap((u) => u.candidates.people);
    return people.filter(
      (person) => !parsed.moves.some((m) => m.person === person) && !listed.includes(person),
    );
  };

  it.each([
    ["a line of a table", "Anne Roy | Directrice générale | Ferlog", ["Anne Roy"]],
    ["a labelled item", "DAF : Luc Faure (ex-Kargo)", ["Luc Faure"]],
    ["a career cue", "Anne Roy, ancienne DRH de Ferlog, chez Kargo", ["Anne Roy"]],
    [
      "each line of a block, accounted for line by line",
      "Anne Roy, directrice générale de Ferlog.\nLuc Faure, directeur financier de Kargo.\nPaul Henry → Corvania, DRH.",
      ["Anne Roy", "Luc Faure", "Paul Henry"],
    ],
    [
      "the entries under a heading line, with no verb anywhere",
      "Ferlog — nouveau bureau\nIbrahim Tessaoui, DAF\nMarc Pelerec, DRH",
      ["Ibrahim Tessaoui", "Marc Pelerec"],
    ],
    [
      "a titled name beside a record of someone else",
      "Anne Roy est nommée directrice générale de Ferlog. Luc Faure, ex-directeur financier de Kargo, directeur administratif et financier.",
      ["Anne Roy", "Luc Faure"],
    ],
  ])("is read or listed: %s", (_case, paragraph, people) => {
    expect(lostPeople(paragraph, people)).toEqual([]);
  });

  it.each([
    [
      "someone speaking",
      "Anne Roy, directrice générale de Ferlog. La maison est solide, explique Marc Olivetti, président du conseil.",
      "Marc Olivetti",
    ],
    [
      "a re-elected officer",
      "Anne Roy, directrice générale de Ferlog. Paul Henry, président de la fédération, est réélu.",
      "Paul Henry",
    ],
    [
      "a deceased person",
      "Anne Roy, directrice générale de Ferlog. Jean Morel, son fondateur et ancien président, est décédé en mars.",
      "Jean Morel",
    ],
    [
      "the signature of a post",
      "Anne Roy, directrice générale de Ferlog. — Paul Henry, rédacteur en chef",
      "Paul Henry",
    ],
    [
      "someone who stays",
      "Anne Roy, directrice générale de Ferlog. Luc Faure, président, reste en poste.",
      "Luc Faure",
    ],
  ])("does not take for a mover %s", (_case, paragraph, person) => {
    const titled = titledNamesIn(paragraph, isConfidentPerson).map((found) => found.name);
    expect(titled).toContain("Anne Roy");
    expect(titled).not.toContain(person);
  });
});
