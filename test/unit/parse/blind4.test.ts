// The fourth blind corpus (test/fixtures/parse/blind4-*.txt, 77 moves in 68 paragraphs) is written
// in the style of the real shared seed: the employer named in an earlier sentence or a verbless
// heading ("Double arrivée chez Hexaflow, l'éditeur… :"), titles before names, predecessors who
// move, people named again by surname alone, mojibake, quoted founders and investors.
// Baseline: record F1 0.859, person F1 0.915, company 0.969, role 0.969, kind 0.954, previous
// 0.908, 4 wrong records at confidence ≥ 0.8 ("Double" read as the employer of a heading,
// "L'AACI" kept its article, "administrateur" for "en tant qu'administrateur indépendant",
// "directrice générale de la société de production" kept the pointer to the employer).
// After general rules: record F1 0.987, person F1 0.987, company 1.000, role 1.000, kind 0.960,
// previous 0.960, predecessor 1.000, none published wrong.
// Unsolved, accepted for now (missed or mislabelled, never published wrong):
// - a gapped second title: "A devient directeur de la rédaction et B rédactrice en chef adjointe";
// - a title opener with an apposition before the colon: "Nouveau Chief Marketing Officer pour
//   Brindille, la marque de cosmétiques bio : X, ex-C.";
// - kind: "Garnier était jusqu'ici COO de la start up" and "Carré était jusqu'ici directeur de
//   l'usine…" sit after another person's sentence, so the successor reads as appointed, not
//   promoted; "après avoir dirigé les ventes de Soléo" is not read as a past employer;
// - previous: a brand the person worked on ("les campagnes de la marque Nordika") and a second
//   mover's origin in the same sentence ("; Guivarc'h arrive de Ouest Lettres") are taken as past
//   employers.

import { beforeAll, describe, expect, it } from "@jest/globals";
import { type HeldoutScore, scoreCorpus } from "./heldout-score.ts";

describe("fourth blind Mouvements corpus", () => {
  let files: string[];
  let score: HeldoutScore;
  beforeAll(async () => {
    const corpus = await scoreCorpus(/^blind4-.*\.txt$/);
    expect(corpus.sectionMismatches).toEqual([]);
    ({ files, score } = corpus);
  });

  it("holds at least 77 expected moves in five issues", () => {
    expect(files).toHaveLength(5);
    expect(score.gold).toBeGreaterThanOrEqual(77);
  });

  it("reads no one outside the Mouvements section and no non-move as a move", () => {
    expect(score.misses.filter((m) => /spurious/.test(m))).toEqual([]);
  });

  it("finds most movers and reads their records", () => {
    expect(score.personF1).toBeGreaterThanOrEqual(0.98);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.98);
    expect(score.company).toBeGreaterThanOrEqual(1);
    expect(score.role).toBeGreaterThanOrEqual(1);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.96);
    expect(score.previous).toBeGreaterThanOrEqual(0.96);
    expect(score.predecessor).toBeGreaterThanOrEqual(0.99);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    expect(score.wrongPublished).toBe(0);
  });
});
