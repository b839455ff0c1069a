import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { seedSearchDirectory } from "../fixtures/search/directory.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { QUALITY_QUERIES, scoreAll, scoreQuery } from "../support/search-quality.ts";

/** Floors of the recruiter-query set (npm run bench:search-quality prints the figures per query). */
const RECALL_FLOOR = 0.95;
const MRR_FLOOR = 0.9;

describe("search quality on recruiter queries", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedSearchDirectory(test.db);
  });
  afterAll(() => test?.drop());

  it("holds at least 60 queries, the ones issue 15 reported among them", () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(QUALITY_QUERIES.filter((q) => q.why?.startsWith("issue 15")).length).toBeGreaterThanOrEqual(14);
  });

  it("answers every query that issue 15 found unanswered", async () => {
    for (const query of QUALITY_QUERIES.filter((q) => q.why?.startsWith("issue 15"))) {
      const score = await scoreQuery(test.db, query);
      expect({ q: query.q, missing: score.missing }).toEqual({ q: query.q, missing: [] });
    }
  });

  it(`finds the expected people in the first ten results (recall@10 ≥ ${RECALL_FLOOR}, MRR ≥ ${MRR_FLOOR})`, async () => {
    const { scores, recall, mrr } = await scoreAll(test.db);
    const failing = scores
      .filter((s) => s.recall < 1)
      .map((s) => `${s.query.q}: missing ${s.missing.join(", ")}`);
    expect({ recall: recall >= RECALL_FLOOR, mrr: mrr >= MRR_FLOOR, failing }).toEqual({
      recall: true,
      mrr: true,
      failing: expect.any(Array),
    });
  });
});
