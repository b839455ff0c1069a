// Paragraphs that name several movers (issue 13, recall): a successor named after "remplacé … par"
// whose post the sentence or the one replaced tells (jobs/parse/clause-readers.ts readReplacedBy,
// succession.ts postHeldBy), and a post given to several people listed after it
// (jobs/parse/titled-lists.ts). The new readings are held for review. Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { NOTES } from "../../../jobs/parse/notes.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { moveOf, parseParagraph as parse } from "./issue-text.ts";

describe("the successor of someone who moves in the same paragraph", () => {
  it("reads the post left from 'Il était R de C' when 'Chez C, il est remplacé par Y'", () => {
    const move = moveOf(
      "Ferlog nomme Henri Dubois directeur général. Il était directeur commercial de Corvania. Chez Corvania, il est remplacé par Claire Petit, jusqu'ici responsable du réseau.",
      "Claire Petit",
    );
    expect(move).toMatchObject({
      company: "Corvania",
      role: "directrice commerciale",
      predecessor: "Henri Dubois",
    });
  });

  it("reads the post left from ', qui était R chez C' after the one replaced's name", () => {
    const move = moveOf(
      "Le réseau Kordial recrute un directeur des opérations : Thomas Guillemot, qui était directeur d'exploitation chez Cerbalys. Chez Cerbalys, il est remplacé par Fanny Orsolini.",
      "Fanny Orsolini",
    );
    expect(move).toMatchObject({ company: "Cerbalys", role: "directrice d'exploitation" });
  });

  it("reads the department named between 'remplacé' and 'par', and the house the sentence opens on", () => {
    const led = moveOf(
      "Chez Valdrome, Karim Lahoud est remplacé à la direction des déchets dangereux par Sébastien Marzin, jusqu'ici responsable de la plateforme nord.",
      "Sébastien Marzin",
    );
    expect(led).toMatchObject({ company: "Valdrome", role: "directeur des déchets dangereux" });
    expect(led!.reasons).toContain(NOTES.newShape.reason);
    const scope = moveOf(
      "Chez Pharmelis Ouest, Bertrand Quinot est remplacé aux achats par Clément Yver, jusqu'ici acheteur principal.",
      "Clément Yver",
    );
    expect(scope).toMatchObject({ company: "Pharmelis Ouest", role: "directeur des achats" });
    expect(scope!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads the post the employer's own 'son R, X' names, and still reads X's own move", () => {
    const moves = parse(
      "Le spécialiste du nettoyage Propral recrute chez le concurrent Netavia son directeur commercial, Mehdi Bouaziz. Netavia le remplace par Stéphanie Gomez, venue de Propral.",
    ).moves;
    expect(moves.find((m) => m.person === "Stéphanie Gomez")).toMatchObject({
      company: "Netavia",
      role: "directrice commerciale",
      predecessor: "Mehdi Bouaziz",
    });
    expect(moves.find((m) => m.person === "Mehdi Bouaziz")).toMatchObject({ company: "Propral" });
  });

  it("reads the employer glued to its elided 'd'' before ', qui le remplace par Y'", () => {
    const move = moveOf(
      "La mutuelle Vitalis Obsèques annonce la nomination de Yann Bergeron au poste de directeur général. Il était directeur commercial d'Assurvie, qui le remplace par Nadia Chérif, jusqu'ici responsable du réseau courtage.",
      "Nadia Chérif",
    );
    expect(move).toMatchObject({ company: "Assurvie", role: "directrice commerciale" });
  });

  it("takes the house the one replaced leaves when only the title is named before 'par'", () => {
    const move = moveOf(
      "Marc Bellin, directeur technique de Ferlog, rejoint Kargo. Il est remplacé au poste de directeur technique par Anne Roy.",
      "Anne Roy",
    );
    expect(move).toMatchObject({ company: "Ferlog", role: "directrice technique" });
  });
});

describe("a post given to several people listed after it", () => {
  it("gives each listed person the title, in the singular and their gender, at the house named first", () => {
    const moves = parse(
      "Chez Valmont & Associés, trois nouveaux associés : Anne Leroy (audit), Paul Girard (fiscalité) et Marie Colin (conseil).",
    ).moves;
    expect(moves.map((m) => [m.person, m.role, m.company])).toEqual([
      ["Anne Leroy", "associée", "Valmont & Associés"],
      ["Paul Girard", "associé", "Valmont & Associés"],
      ["Marie Colin", "associée", "Valmont & Associés"],
    ]);
    for (const move of moves) expect(move.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads a list whose lead has words between the title and the colon", () => {
    const moves = parse(
      "Le cabinet Orvane Avocats coopte trois associés au 1er janvier : Me Julie Garnier (fiscal), Me Karim Benali (droit social) et Me Pierre Lemoine (contentieux).",
    ).moves;
    expect(moves.map((m) => m.person)).toEqual(["Julie Garnier", "Karim Benali", "Pierre Lemoine"]);
    expect(moves[0]).toMatchObject({ company: "Orvane Avocats", role: "associée" });
  });

  it("reads 'assisté de deux vice-présidents, A, R1 de C1, et B' at the body the paragraph names", () => {
    const moves = parse(
      "Le 5 novembre, Guillaume Rochefort, directeur général du port de Brévenec, a été élu à la présidence de l'Union des ports du Ponant. Il sera assisté de deux vice-présidents, Yves Gourvennec, directeur général de la CCI de Kerlandec, et Sandra Ferreira, directrice du port de Trévenec.",
    ).moves;
    expect(moves.find((m) => m.person === "Sandra Ferreira")).toMatchObject({
      role: "vice-présidente",
      company: "Union des ports du Ponant",
    });
  });

  it("reads 'Ont également été nommés A (France) et B (Asie), directeurs exécutifs'", () => {
    const moves = parse(
      "Paul Amiel, jusqu'à présent directeur exécutif pour l'Espagne, est nommé directeur exécutif Europe du Sud d'Hypermax. Ont également été nommés Pascale Girardin (France) et Théo Lindqvist (Asie), directeurs exécutifs.",
    ).moves;
    expect(moves.find((m) => m.person === "Pascale Girardin")).toMatchObject({
      role: "directrice exécutive France",
      company: "Hypermax",
    });
    expect(moves.find((m) => m.person === "Théo Lindqvist")?.confidence).toBeLessThan(
      AUTO_PUBLISH_CONFIDENCE,
    );
  });

  it("gives no post to people who keep theirs or are only described", () => {
    const kept = parse(
      "À l'issue de son assemblée générale, l'Institut Varenne conserve ses deux coprésidents, Corinne Aubert et Yannick Morel.",
    ).moves;
    expect(kept.map((m) => m.person)).not.toContain("Corinne Aubert");
    const described = parse(
      "Quant aux deux cofondateurs, Yanis Belkir et Claire Fournel, ils restent dans l'entreprise.",
    ).moves;
    expect(described).toEqual([]);
  });
});
