// The third blind corpus (test/fixtures/parse/blind3-*.txt, 81 moves in 89 paragraphs) was
// written by someone who never saw the parser: mojibake, names in capitals, public bodies named
// in lower case, law firms, predecessors who move. Its author labelled kind by the rule the parser
// now follows (jobs/parse/kind.ts: joined / appointed / promoted by the person's origin).
// Baseline: record F1 0.699, person F1 0.839, kind 0.583, 11 wrong records at confidence ≥ 0.8
// (public bodies read as "À", "Office", "Syndicat" or "Morbihan"; "X quitte C, où…, pour
// rejoindre D" taken with C as the mover; an award "élue … par les lecteurs de" read as a post).
// After the first general rules: record F1 0.884, kind 0.924, none published wrong; after the
// blind4 rules (surname back-references, "arrive de C comme R"): record F1 0.905, kind 0.955.
// Unsolved, accepted for now (missed, never published wrong):
// - predecessors who move, named by surname or pronoun in the next sentence ("Pouilly, qui
//   dirigeait…, devient…", "Celle-ci devient…") or in a participle ("en remplacement de Y, partie
//   rejoindre C comme R");
// - "Y, actuellement R, lui succédera le 1er octobre comme R" (employer from the sentence before);
// - a second mover after "tandis que Y arrive du conseil départemental de la Sarthe pour devenir R";
// - "renforce sa direction : A, ex-C, devient R et B, jusqu'ici R, est promue R" (names in capitals
//   after a colon);
// - "X quitte C pour D, qui en fait sa R" / "X quitte C pour la D, où il devient R";
// - "cède la direction à sa fille, Camille Ruffier, qui devient R";
// - start-up digest shorthand: "X → CTO @ C (ex-A, ex-B)", "Promotion chez C : X passe de R1 à
//   R2", "Deux arrivées chez C : A, R (ex-…), et B, R (ex-…)", "Welcome to X, nouveau R chez C";
// - "Tristan Bellec rejoint la société de gestion comme R ; il était auparavant chez C": the
//   employer pointed to by a common noun is read from the career (goes to review at 0.55);
// - kind: partners co-opted "au sein du cabinet" (promoted), "qui devient R" after a handover.

import { beforeAll, describe, expect, it } from "@jest/globals";
import { type HeldoutScore, scoreCorpus } from "./heldout-score.ts";

describe("third blind Mouvements corpus", () => {
  let files: string[];
  let score: HeldoutScore;
  beforeAll(async () => {
    const corpus = await scoreCorpus(/^blind3-.*\.txt$/);
    expect(corpus.sectionMismatches).toEqual([]);
    ({ files, score } = corpus);
  });

  it("holds at least 80 expected moves in six issues", () => {
    expect(files).toHaveLength(6);
    expect(score.gold).toBeGreaterThanOrEqual(80);
  });

  it("reads no one outside the Mouvements section and no non-move as a move", () => {
    expect(score.misses.filter((m) => /spurious/.test(m))).toEqual([]);
  });

  it("finds most movers and reads their records", () => {
    expect(score.personF1).toBeGreaterThanOrEqual(0.92);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.92);
    expect(score.company).toBeGreaterThanOrEqual(0.98);
    expect(score.role).toBeGreaterThanOrEqual(0.99);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.95);
    expect(score.previous).toBeGreaterThanOrEqual(0.88);
    expect(score.predecessor).toBeGreaterThanOrEqual(0.99);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    expect(score.wrongPublished).toBe(0);
  });
});
