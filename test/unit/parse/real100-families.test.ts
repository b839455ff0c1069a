// Families session 29's development round (real100) published wrong, each read by a general rule:
// a subject that describes a house by its kind and names only its place or owner after "de" ("La
// scale-up de <town> a recruté X": the town was published as the employer), and a participle opener
// dated by a month alone whose sentence tells other news ("Élue en mars à la tête de C, X a présenté
// …": a post months old was published as a move); then real100's misses: a house that « fait
// entrer » a member at its board, and shapes seen in real97/real98 (« sera dirigée par X », « a
// recruté le <date>, à <âge> ans, son premier R, X »). Invented names, houses and places, none of
// the corpora's.

import { describe, expect, it } from "@jest/globals";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { expectRowRead, moveOf, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a house described by its kind and its town after « de »: the house named before it employs",
    text: "Le torréfacteur Grains d'Ossel se développe. La start-up de Brémontier a recruté Lison Garaud comme directrice commerciale.",
    person: "Lison Garaud",
    want: { company: "Grains d'Ossel", role: "directrice commerciale", kind: "joined" },
    held: true,
  },
  {
    shape: "a trade's acronym after the descriptor's « de » ends the description; the name follows it",
    text: "Le groupe de BTP Charvenne nomme Octave Lupin directeur juridique.",
    person: "Octave Lupin",
    want: { company: "Charvenne", role: "directeur juridique" },
  },
  {
    shape: "an opener dated by a month alone, the sentence's news another: held for review",
    text: "Élu en juin à la tête du Comité des fêtes de Lanvreux, Gaël Tissandier a inauguré la nouvelle salle.",
    person: "Gaël Tissandier",
    want: { company: "Comité des fêtes de Lanvreux", role: "président", kind: "appointed" },
    held: true,
  },
  {
    shape: "an opener dated by a season alone: held for review",
    text: "Nommée au printemps directrice de la Médiathèque de Corvel, Zoé Marnac a lancé un club de lecture.",
    person: "Zoé Marnac",
    want: { company: "Médiathèque de Corvel", role: "directrice", kind: "appointed" },
    held: true,
  },
  {
    shape: "a house that « fait aussi entrer » a member, named before the board",
    text: "La Brasserie Orvelle fait aussi entrer Judith Carmentran à son conseil d'administration.",
    person: "Judith Carmentran",
    want: { company: "Brasserie Orvelle", role: "administratrice", kind: "appointed" },
  },
  {
    shape: "a house that « fait entrer » at its board a member described before the name",
    text: "Le Cercle Moravin fait entrer à son conseil d'administration l'ancien champion Yves Dorgelin.",
    person: "Yves Dorgelin",
    want: { company: "Cercle Moravin", role: "administrateur", kind: "appointed" },
  },
  {
    shape: "a house that « sera dirigée par » X: a post to come, held for review as a new reading",
    text: "La Fromagerie Brassac sera dirigée par Sonia Terral, jusqu'ici directrice financière.",
    person: "Sonia Terral",
    want: { company: "Fromagerie Brassac", role: "directrice générale" },
    held: true,
  },
  {
    shape: "« a recruté le <date>, à <âge> ans, son premier R, X »: the date and the age set aside",
    text: "Morvane Industrie a recruté le 3 octobre, à 31 ans, son premier directeur financier, Hugo Lemarié.",
    person: "Hugo Lemarié",
    want: { company: "Morvane Industrie", role: "directeur financier", kind: "joined" },
  },
  {
    shape: "« Nommé le <date>, à <âge> ans, R de C, X »",
    text: "Nommée le 3 octobre, à 48 ans, directrice générale de Morvane Industrie, Lucie Brandal dirigeait auparavant la Fromagerie Brassac.",
    person: "Lucie Brandal",
    want: { company: "Morvane Industrie", role: "directrice générale" },
  },
];

describe("families of session 29's development round (real100)", () => {
  it.each(ROWS)("reads $shape", expectRowRead);

  it("never publishes the town after « La start-up de » as the employer", () => {
    const move = moveOf(
      "La start-up de Brémontier a recruté Lison Garaud comme directrice commerciale.",
      "Lison Garaud",
    );
    // with no house named before it, only a guess from the paragraph is left: held for an editor
    expect(move?.company !== "Brémontier" || move.confidence < AUTO_PUBLISH_CONFIDENCE).toBe(true);
  });

  it("publishes an opener dated by its day, a fresh move", () => {
    const move = moveOf(
      "Nommée le 4 juin directrice de la Médiathèque de Corvel, Zoé Marnac a lancé un club de lecture.",
      "Zoé Marnac",
    );
    expect(move?.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads no move from an opener dated by a year, a post held for years", () => {
    expect(
      moveOf(
        "Nommée en 2021 directrice de la Médiathèque de Corvel, Zoé Marnac a lancé un club de lecture.",
        "Zoé Marnac",
      ),
    ).toBeUndefined();
  });
});
