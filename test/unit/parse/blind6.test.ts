// The sixth blind corpus (test/fixtures/parse/blind6-*.txt, 76 moves in 66 paragraphs) varies
// the phrasing on purpose: agencies and media, banking and insurance (names in normal case),
// industry and aerospace (the whole issue in mojibake), tech scale-ups, consulting and law. It
// avoids "X rejoint C en tant que R" for decrees, "Ce dernier devient …", "X, son adjoint, lui
// succède comme R", "au même poste", "venu de", "passé par", "qui a fait carrière chez" …
// Baseline: record F1 0.667, person F1 0.833, company 0.891, role 0.891, kind 0.836, previous
// 0.873, predecessor 0.909, 7 wrong records at confidence ≥ 0.8.

import { beforeAll, describe, expect, it } from "@jest/globals";
import { type HeldoutScore, scoreCorpus } from "./heldout-score.ts";

describe("sixth blind Mouvements corpus", () => {
  let files: string[];
  let score: HeldoutScore;
  beforeAll(async () => {
    const corpus = await scoreCorpus(/^blind6-.*\.txt$/);
    expect(corpus.sectionMismatches).toEqual([]);
    ({ files, score } = corpus);
  });

  it("holds at least 76 expected moves in five issues", () => {
    expect(files).toHaveLength(5);
    expect(score.gold).toBeGreaterThanOrEqual(76);
  });

  it("finds most movers and reads their records", () => {
    expect(score.personF1).toBeGreaterThanOrEqual(0.89);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.83);
    expect(score.company).toBeGreaterThanOrEqual(0.96);
    expect(score.role).toBeGreaterThanOrEqual(0.96);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.86);
    expect(score.previous).toBeGreaterThanOrEqual(0.91);
    expect(score.predecessor).toBeGreaterThanOrEqual(0.9);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    expect(score.wrongPublished).toBe(0);
  });
});
