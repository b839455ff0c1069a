// The fourth blind corpus (test/fixtures/parse/blind4-*.txt, 77 moves in 68 paragraphs) is written
// in the style of the real shared seed: the employer named in an earlier sentence or a verbless
// heading ("Double arrivée chez Hexaflow, l'éditeur… :"), titles before names, predecessors who
// move, people named again by surname alone, mojibake, quoted founders and investors.
// Baseline: record F1 0.859, person F1 0.915, company 0.969, role 0.969, kind 0.954, previous
// 0.908, 4 wrong records at confidence ≥ 0.8 ("Double" read as the employer of a heading,
// "L'AACI" kept its article, "administrateur" for "en tant qu'administrateur indépendant",
// "directrice générale de la société de production" kept the pointer to the employer).
// After general rules: see the floors below; none published wrong.
// Unsolved, accepted for now (missed, never published wrong):
// UNSOLVED_LIST

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
    expect(score.personF1).toBeGreaterThanOrEqual(0.93);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.93);
    expect(score.company).toBeGreaterThanOrEqual(0.99);
    expect(score.role).toBeGreaterThanOrEqual(0.99);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.94);
    expect(score.previous).toBeGreaterThanOrEqual(0.91);
    expect(score.predecessor).toBeGreaterThanOrEqual(0.99);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    expect(score.wrongPublished).toBe(0);
  });
});
