// The blind corpora (test/fixtures/parse/blindN-*.txt), each written by someone who had not read
// the parser: floors at what the parser reaches today, so a regression fails. What each corpus first
// scored and its unsolved shapes are in test/fixtures/parse/BLIND-CORPORA.md.

import { beforeAll, describe, expect, it } from "@jest/globals";
import { scoreCorpus } from "./heldout-score.ts";

interface Floors {
  files: number;
  gold: number;
  personF1: number;
  recordF1: number;
  company: number;
  role: number;
  kind: number;
  previous: number;
  predecessor: number;
}

const CORPORA: [name: string, floors: Floors][] = [
  [
    "blind2",
    {
      files: 6,
      gold: 80,
      personF1: 0.98,
      recordF1: 0.96,
      company: 0.97,
      role: 0.99,
      kind: 0.97,
      previous: 0.89,
      predecessor: 0.99,
    },
  ],
  [
    "blind3",
    {
      files: 6,
      gold: 80,
      personF1: 0.96,
      recordF1: 0.95,
      company: 0.98,
      role: 0.99,
      kind: 0.95,
      previous: 0.95,
      predecessor: 0.99,
    },
  ],
  [
    "blind4",
    {
      files: 5,
      gold: 77,
      personF1: 0.98,
      recordF1: 0.98,
      company: 1,
      role: 1,
      kind: 0.96,
      previous: 0.96,
      predecessor: 0.99,
    },
  ],
  [
    "blind5",
    {
      files: 5,
      gold: 73,
      personF1: 0.98,
      recordF1: 0.95,
      company: 0.98,
      role: 0.98,
      kind: 0.92,
      previous: 0.88,
      predecessor: 0.92,
    },
  ],
  [
    "blind6",
    {
      files: 5,
      gold: 76,
      personF1: 0.96,
      recordF1: 0.95,
      company: 0.98,
      role: 0.98,
      kind: 0.88,
      previous: 0.95,
      predecessor: 0.9,
    },
  ],
  [
    "blind7",
    {
      files: 4,
      gold: 59,
      personF1: 0.98,
      recordF1: 0.96,
      company: 0.99,
      role: 0.98,
      kind: 0.92,
      previous: 0.96,
      predecessor: 0.94,
    },
  ],
  [
    "blind14",
    {
      files: 4,
      gold: 59,
      personF1: 0.95,
      recordF1: 0.95,
      company: 1,
      role: 1,
      kind: 0.96,
      previous: 0.96,
      predecessor: 0.99,
    },
  ],
  [
    "blind13",
    {
      files: 4,
      gold: 61,
      personF1: 1,
      recordF1: 1,
      company: 1,
      role: 1,
      kind: 0.96,
      previous: 0.99,
      predecessor: 0.96,
    },
  ],
  [
    "blind12",
    {
      files: 4,
      gold: 55,
      personF1: 0.96,
      recordF1: 0.9,
      company: 0.93,
      role: 0.97,
      kind: 0.93,
      previous: 0.82,
      predecessor: 0.96,
    },
  ],
  [
    "blind11",
    {
      files: 4,
      gold: 54,
      personF1: 0.97,
      recordF1: 0.95,
      company: 1,
      role: 0.98,
      kind: 1,
      previous: 0.98,
      predecessor: 1,
    },
  ],
  [
    "blind10",
    {
      files: 4,
      gold: 55,
      personF1: 1,
      recordF1: 0.99,
      company: 0.99,
      role: 1,
      kind: 0.99,
      previous: 0.98,
      predecessor: 0.96,
    },
  ],
  [
    "blind9",
    {
      files: 4,
      gold: 55,
      personF1: 0.98,
      recordF1: 0.98,
      company: 1,
      role: 1,
      kind: 1,
      previous: 0.84,
      predecessor: 0.96,
    },
  ],
  [
    "blind8",
    {
      files: 5,
      gold: 66,
      personF1: 1,
      recordF1: 1,
      company: 1,
      role: 1,
      kind: 1,
      previous: 1,
      predecessor: 1,
    },
  ],
];

describe.each(CORPORA)("the %s corpus", (name, floors) => {
  let corpus: Awaited<ReturnType<typeof scoreCorpus>>;
  beforeAll(async () => {
    corpus = await scoreCorpus(new RegExp(`^${name}-.*\\.txt$`));
  });

  it("finds its Mouvements sections and holds the expected moves", () => {
    const { files, score, sectionMismatches } = corpus;
    expect(sectionMismatches).toEqual([]);
    expect(files).toHaveLength(floors.files);
    expect(score.gold).toBeGreaterThanOrEqual(floors.gold);
  });

  it("reads no one outside the Mouvements section and no non-move as a move", () => {
    const { score } = corpus;
    expect(score.misses.filter((m) => /spurious/.test(m))).toEqual([]);
  });

  it("finds most movers and reads their records", () => {
    const { score } = corpus;
    expect(score.personF1).toBeGreaterThanOrEqual(floors.personF1);
    expect(score.recordF1).toBeGreaterThanOrEqual(floors.recordF1);
    expect(score.company).toBeGreaterThanOrEqual(floors.company);
    expect(score.role).toBeGreaterThanOrEqual(floors.role);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    const { score } = corpus;
    expect(score.kind).toBeGreaterThanOrEqual(floors.kind);
    expect(score.previous).toBeGreaterThanOrEqual(floors.previous);
    expect(score.predecessor).toBeGreaterThanOrEqual(floors.predecessor);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    const { score } = corpus;
    expect(score.wrongPublished).toBe(0);
  });
});
