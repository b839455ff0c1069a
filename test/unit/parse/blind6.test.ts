// The sixth blind corpus (test/fixtures/parse/blind6-*.txt, 76 moves in 66 paragraphs) varies
// the phrasing on purpose: agencies and media, banking and insurance (names in normal case),
// industry and aerospace (the whole issue in mojibake), tech scale-ups, consulting and law. It
// avoids "X rejoint C en tant que R" for decrees, "Ce dernier devient …", "X, son adjoint, lui
// succède comme R", "au même poste", "venu de", "passé par", "qui a fait carrière chez" …
// Baseline: record F1 0.667, person F1 0.833, company 0.891, role 0.891, kind 0.836, previous
// 0.873, predecessor 0.909, 7 wrong records at confidence ≥ 0.8 ("au même poste" kept as a
// title, "présidente de la maison mère Vectra Group", "R&D" and "Quatrième" read as employers,
// "Axelle Ré" after "chez" read as a mover, "président" for a woman elected "à sa présidence").
// After general rules: record F1 0.841, person F1 0.899, company 0.968, role 0.968, kind 0.871,
// previous 0.919, predecessor 0.919, none published wrong.
// Unsolved, accepted for now (missed or held for review, never published wrong):
// - "Ce dernier devient …" after "A quitte C pour D"; "cède son poste de CEO à B, jusqu'ici COO";
//   "passe le relais de managing partner à B, …, et devient senior partner";
// - the second mover of "A est nommée R1 et B R2" with "La première … le second …", and of
//   "deux arrivées : A comme R1, venue de C, et B comme R2, après dix ans au cabinet D";
// - the mover after a colon ("s'offre un Chief Revenue Officer : Hugo TAVARES, ex-…"; "Nouveau
//   directeur …, chez C : X, précédemment …"), after a quoted speaker ("commente X, …, qui
//   accueille Y comme R"), "voit arriver X au poste de R", "confie sa direction commerciale à X";
// - "X, son adjoint, lui succède comme R" (predecessor and kind), "quitte la direction générale
//   pour la présidence du conseil";
// - a misspelt employer in the move's sentence ("Néova" for "Néovia"), "membre indépendant du
//   conseil de surveillance" cut, the gender of "associé" for "Marc-Henri";
// - previous: "passé par A, B et C" of another mover, "La première arrive de A, le second de B".

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

  it("reads no one outside the Mouvements section and no non-move as a move", () => {
    expect(score.misses.filter((m) => /spurious/.test(m))).toEqual([]);
  });

  it("finds most movers and reads their records", () => {
    expect(score.personF1).toBeGreaterThanOrEqual(0.89);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.84);
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
