// The employer a sentence leaves to its context (jobs/parse/implicit-company.ts): "en" pointing back
// to the company named before the person, a verbless heading "… pour le C :", a fronted participle
// that is not the sentence's subject. An employer read through an anaphor is held for review.
// Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { COMPANY_FROM_ANAPHOR } from "../../../jobs/parse/doubts.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { moveOf, parseParagraph as parse } from "./issue-text.ts";

describe("the employer read from the paragraph's context", () => {
  it("reads 'en devient' as the company named before the person, not a fronted participle", () => {
    const move = moveOf(
      "Promue en mars directrice générale de Talvane Distribution en remplacement de Hugo Brissac, Maëlle Fournier en devient aussi présidente du directoire.",
      "Maëlle Fournier",
    );
    expect(move).toMatchObject({ company: "Talvane Distribution", role: "présidente du directoire" });
    expect(move!.reasons).toContain(COMPANY_FROM_ANAPHOR.reason);
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it.each([
    [
      "Coutellerie de Vaubrune — Tournée vers l'export, la coutellerie recrute Samir Belhadj comme responsable export.",
      "Samir Belhadj",
      "Coutellerie de Vaubrune",
    ],
    [
      "» Brasserie des Quatre-Vents — Lina Ferrand rejoint la brasserie comme directrice commerciale.",
      "Lina Ferrand",
      "Brasserie des Quatre-Vents",
    ],
  ])(
    "takes the item's heading whole for the house its noun points back to: %s",
    (paragraph, person, company) => {
      const move = moveOf(paragraph, person);
      expect(move).toMatchObject({ company });
      expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
    },
  );

  it("skips the company of the person's own apposition", () => {
    const move = moveOf(
      "Nommée en janvier à la tête de Brumaire Conseil, Inès Roussel, ancienne associée de Kestrel Audit, en prend aussi la présidence.",
      "Inès Roussel",
    );
    expect(move?.company).toBe("Brumaire Conseil");
  });

  it("reads the employer of a verbless heading with an article ('… pour le C :')", () => {
    const move = moveOf(
      "Renfort de taille pour le Cercle Valmoran : Bastien Lhomme, jusqu'ici responsable commercial de Norvia, en devient le directeur général.",
      "Bastien Lhomme",
    );
    expect(move).toMatchObject({ company: "Cercle Valmoran", role: "directeur général" });
  });

  it.each([
    "Le cabinet Vantelle recrute une directrice juridique : Odile Ferrant, qui vient de Kestrel Audit.",
    "La fintech Vantelle recrute une directrice juridique en la personne d'Odile Ferrant, passée par Kestrel Audit.",
    "La fintech Vantelle s'offre une directrice juridique : Odile Ferrant, ex-Kestrel Audit.",
  ])("reads a lead clause that announces the post before the name: %s", (paragraph) => {
    const move = moveOf(paragraph, "Odile Ferrant");
    expect(move).toMatchObject({
      company: "Vantelle",
      role: "directrice juridique",
      previous_companies: ["Kestrel Audit"],
    });
  });

  it("takes no fronted adjective or cleft for the sentence's subject", () => {
    const move = moveOf(
      "Actuel directeur Europe de Talvane, Hugo Brissac est nommé directeur général Amérique latine du laboratoire.",
      "Hugo Brissac",
    );
    expect(move?.company).toBe("Talvane");
  });

  it.each([
    [
      "•• La fintech Vantelle annonce l'arrivée d'Odile Ferrant au poste de directrice juridique, en remplacement de Hugo Brissac.",
      "Vantelle",
    ],
    [
      "→ Le studio Pixaline débauche chez Norvia : Odile Ferrant, sa directrice technique, devient CTO du studio.",
      "Pixaline",
    ],
    [
      "•• Changement de cap pour Vantelle : la nomination d'Odile Ferrant comme directrice juridique.",
      "Vantelle",
    ],
  ])("reads the subject or heading of an item behind its bullets: %s", (paragraph, company) => {
    expect(moveOf(paragraph, "Odile Ferrant")?.company).toBe(company);
  });

  it("gives the name a presentative brings the post the sentence before announced", () => {
    const move = moveOf(
      "Foncière Vantelle a un nouveau directeur général. Il s'agit de Hugo Brissac, jusqu'ici directeur de l'investissement de Kaldera, qui succède à Marc Roy.",
      "Hugo Brissac",
    );
    expect(move).toMatchObject({ company: "Foncière Vantelle", role: "directeur général" });
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("gives a career opening on 'Ex-C,' to the mover the pronoun after it points back to", () => {
    const move = moveOf(
      "•• Profil inattendu pour Vantelle : la nomination de Hugo Brissac comme directeur marketing. Ex-Norvia, passé par Kestrel, il porte une double culture.",
      "Hugo Brissac",
    );
    expect(move?.previous_companies).toEqual(["Norvia", "Kestrel"]);
  });

  it("binds 'Celle-ci' to the last woman named before, not to the man named after her", () => {
    const move = moveOf(
      "Kargo Rail promeut Marc Lin directeur général en remplacement d'Anne Roy, sur proposition de Paul Girard. Celle-ci rejoint le conseil d'administration de Ferlog.",
      "Anne Roy",
    );
    expect(move && [move.company, move.role]).toEqual(["Ferlog", "administratrice"]);
  });

  it("keeps the team a club's heading names ('… féminin :') in the employer", () => {
    const move = moveOf("Stade Ormel féminin : Anne Roy devient directrice sportive.", "Anne Roy");
    expect(move?.company).toBe("Stade Ormel féminin");
  });
});

describe("the mover a subject pronoun points back to", () => {
  it("reads 'Il rejoint C comme R' as the one person named before, held for review", () => {
    const move = moveOf(
      "Gaspard Meunier a quitté Talvane Distribution. Il rejoint Norvia comme directeur commercial.",
      "Gaspard Meunier",
    );
    expect(move).toMatchObject({ company: "Norvia", role: "directeur commercial", kind: "joined" });
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads 'il' after a short fronted phrase", () => {
    const move = moveOf(
      "Brumaire Conseil : Inès Roussel préside le bureau. En mars, elle a été élue présidente de l'Union des vignerons du Lauzon.",
      "Inès Roussel",
    );
    expect(move).toMatchObject({ role: "présidente" });
  });

  it("names nobody when two people of the pronoun's gender were named before", () => {
    const moves = parse(
      "Gaspard Meunier a quitté Talvane Distribution, que Bastien Lhomme dirige. Il rejoint Norvia comme directeur commercial.",
    ).moves;
    expect(moves).toEqual([]);
  });

  it("keeps the move a clause names over a later 'il' telling the past", () => {
    const move = moveOf(
      "La biotech Talvane a nommé Bastien Lhomme directeur médical. En 2006, il a rejoint le laboratoire Norvia, où il a évolué pendant douze ans.",
      "Bastien Lhomme",
    );
    expect(move).toMatchObject({ company: "Talvane", role: "directeur médical" });
  });
});
