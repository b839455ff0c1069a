// Appointments told through a noun or an office rather than a verb of appointment (issue 13): "C confie
// sa direction à X", "la direction (de C) est confiée à X" after a fronted house, "X assure désormais
// les fonctions de R", "Son successeur, Y, …" after the one leaving's fronted post. shapes.ts "employer
// entrusts the post", "post confided to", "takes post"; taken-over-post.ts; left-post.ts. Invented
// names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { moveOf } from "./issue-text.ts";

interface Case {
  name: string;
  paragraph: string;
  person: string;
  expected: { role: string; company: string; kind?: string; predecessor?: string | null } | null;
  /** The reading is held for review. */
  held?: boolean;
}

const CASES: Case[] = [
  {
    name: "the employer entrusts its own direction: the head's bare title",
    paragraph:
      "Le chantier naval Kerbihan confie sa direction à Solène Maréchal, jusqu'ici directrice de production.",
    person: "Solène Maréchal",
    expected: { role: "directrice", company: "Kerbihan" },
  },
  {
    name: "a fronted house and 'la direction' alone: its head",
    paragraph:
      "Chez Fromagerie Vaudrac, la direction est confiée à Thomas Berlioz, jusqu'ici responsable de l'affinage.",
    person: "Thomas Berlioz",
    expected: { role: "directeur", company: "Fromagerie Vaudrac", kind: "promoted" },
  },
  {
    name: "a fronted house and a department entrusted",
    paragraph: "À la Cimenterie Ostrel, la direction des achats est confiée à Margot Lefranc.",
    person: "Margot Lefranc",
    expected: { role: "directrice des achats", company: "Cimenterie Ostrel" },
  },
  {
    name: "the post of a house opening the sentence, a known masculine first name settling the title",
    paragraph: "La direction générale de Papeteries Ombrel est confiée à Julien Arnaud.",
    person: "Julien Arnaud",
    expected: { role: "directeur général", company: "Papeteries Ombrel" },
  },
  {
    // "son poste de R" is the post the one moved before leaves: read by its own row ("named post goes
    // to", held for review), never as the other clause's direction
    name: "a post entrusted after another clause moved someone else is not that clause's post",
    paragraph:
      "Chez Verrerie Salanque, la direction du four laissée par Paul Ribes revient à Claire Dupin ; son poste de cheffe d'équipe est confié à Léa Morin.",
    person: "Léa Morin",
    expected: { role: "cheffe d'équipe", company: "Verrerie Salanque", predecessor: "Claire Dupin" },
    held: true,
  },
  {
    name: "'assure désormais les fonctions de R de C' takes the post",
    paragraph: "Camille Ferrand assure désormais les fonctions de directrice juridique de Transports Lemoal.",
    person: "Camille Ferrand",
    expected: { role: "directrice juridique", company: "Transports Lemoal" },
  },
  {
    name: "'assure depuis lundi les fonctions de R chez C'",
    paragraph:
      "Hugo Sarrat, ex-Biscuiterie Nantaise, assure depuis lundi les fonctions de directeur industriel chez Gâteaux Morvan.",
    person: "Hugo Sarrat",
    expected: { role: "directeur industriel", company: "Gâteaux Morvan", kind: "joined" },
  },
  {
    name: "an interim told by the adverb: the title says so, held for review",
    paragraph: "Hugo Sarrat assure à titre intérimaire les fonctions de directeur général de Gâteaux Morvan.",
    person: "Hugo Sarrat",
    expected: { role: "directeur général par intérim", company: "Gâteaux Morvan" },
    held: true,
  },
  {
    name: "functions held for years are no move",
    paragraph: "Hugo Sarrat assure les fonctions de directeur général de Gâteaux Morvan depuis 2011.",
    person: "Hugo Sarrat",
    expected: null,
  },
  {
    name: "'Son successeur, Y' takes the post fronted before the one leaving, held for review",
    paragraph:
      "Directeur général de Laiterie Sornac depuis 2012, Bernard Viguier partira en septembre. Son successeur, Mathieu Rolland, dirigeait jusqu'ici la fromagerie du groupe.",
    person: "Mathieu Rolland",
    expected: { role: "directeur général", company: "Laiterie Sornac", predecessor: "Bernard Viguier" },
    held: true,
  },
  {
    name: "'au même poste' after a former title fronted before the name",
    paragraph:
      "Ex-directeur logistique chez Brasserie Kerlann, Yann Tessier rejoint Cidrerie Morvan au même poste.",
    person: "Yann Tessier",
    expected: { role: "directeur logistique", company: "Cidrerie Morvan", kind: "joined" },
  },
];

describe("nominal appointments", () => {
  it.each(CASES)("$name", ({ paragraph, person, expected, held }) => {
    const move = moveOf(paragraph, person);
    if (expected === null) {
      expect(move).toBeUndefined();
      return;
    }
    expect(move).toBeDefined();
    expect(move!.role).toBe(expected.role);
    expect(move!.company).toBe(expected.company);
    if (expected.kind) expect(move!.kind).toBe(expected.kind);
    if (expected.predecessor !== undefined) expect(move!.predecessor).toBe(expected.predecessor);
    if (held) expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });
});
