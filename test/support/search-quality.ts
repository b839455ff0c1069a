import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DB } from "../../db/database.ts";
import { type SearchQuery, searchMoves, searchQuerySchema } from "../../server/services/search.ts";

/**
 * Scores the search on the recruiter queries of test/fixtures/search/queries.json: for each, the
 * share of the expected people found in the first ten results (recall@10) and 1 / the rank of the
 * first one (reciprocal rank), sorted by relevance as a recruiter comparing answers would.
 */

export interface QualityQuery {
  q: string;
  company?: string;
  expect: string[];
  why?: string;
}

export interface QueryScore {
  query: QualityQuery;
  recall: number;
  reciprocalRank: number;
  top: string[];
  missing: string[];
}

export const QUALITY_QUERIES: QualityQuery[] = JSON.parse(
  readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/search/queries.json"),
    "utf8",
  ),
);

export async function scoreQuery(db: DB, query: QualityQuery): Promise<QueryScore> {
  const parsed: SearchQuery = searchQuerySchema.parse({
    q: query.q,
    company: query.company,
    sort: "relevance",
  });
  const { items } = await searchMoves(db, { ...parsed, limit: 10 }, { defaultLimit: 10 });
  const top = items.map((m) => m.person.slug);
  const found = query.expect.filter((slug) => top.includes(slug));
  const first = top.findIndex((slug) => query.expect.includes(slug));
  return {
    query,
    recall: found.length / Math.min(10, query.expect.length),
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    top,
    missing: query.expect.filter((slug) => !top.includes(slug)),
  };
}

export async function scoreAll(db: DB): Promise<{ scores: QueryScore[]; recall: number; mrr: number }> {
  const scores: QueryScore[] = [];
  for (const query of QUALITY_QUERIES) scores.push(await scoreQuery(db, query));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    scores,
    recall: mean(scores.map((s) => s.recall)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
  };
}
