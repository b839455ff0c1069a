// The seventh blind corpus (test/fixtures/parse/blind7-*.txt, 59 moves in 52 paragraphs) in the
// real seed's style: retail and marketing, start-ups, tech and media, and a finance issue in
// mojibake.
// Baseline: record F1 0.832, person F1 0.956, company 0.944, role 0.926, kind 0.926, previous
// 0.963, predecessor 0.944, 4 wrong records at confidence >= 0.8 ("Départ surprise chez Lunéa :"
// and "L'Association … (AFEL)" read as employers, "rejoint la marque de cosmétiques bio" kept as
// a title over "Nouvelle directrice de la communication chez C :", "à la tête des ventes" turned
// into "directeur des ventes" where the text later says "directeur commercial").
// After general rules: record F1 0.938, company 1.000, role 0.981, none published wrong.

import { beforeAll, describe, expect, it } from "@jest/globals";
import { type HeldoutScore, scoreCorpus } from "./heldout-score.ts";

describe("seventh blind Mouvements corpus", () => {
  let files: string[];
  let score: HeldoutScore;
  beforeAll(async () => {
    const corpus = await scoreCorpus(/^blind7-.*\.txt$/);
    expect(corpus.sectionMismatches).toEqual([]);
    ({ files, score } = corpus);
  });

  it("holds at least 59 expected moves in four issues", () => {
    expect(files).toHaveLength(4);
    expect(score.gold).toBeGreaterThanOrEqual(59);
  });

  it("reads no one outside the Mouvements section and no non-move as a move", () => {
    expect(score.misses.filter((m) => /spurious/.test(m))).toEqual([]);
  });

  it("finds most movers and reads their records", () => {
    expect(score.personF1).toBeGreaterThanOrEqual(0.95);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.93);
    expect(score.company).toBeGreaterThanOrEqual(0.99);
    expect(score.role).toBeGreaterThanOrEqual(0.98);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.92);
    expect(score.previous).toBeGreaterThanOrEqual(0.96);
    expect(score.predecessor).toBeGreaterThanOrEqual(0.94);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    expect(score.wrongPublished).toBe(0);
  });
});
