/**
 * npm run bench:search-quality
 *
 * Scores the search on the recruiter queries of test/fixtures/search/queries.json over the
 * fixture directory of test/fixtures/search/directory.ts (the sample issues plus one issue of
 * titles written every way): prints each query's recall@10, reciprocal rank and first results,
 * then the set's recall@10 and MRR. The floors are in test/db/search-quality.test.ts.
 */
import { seedSearchDirectory } from "../fixtures/search/directory.ts";
import { scoreAll } from "../support/search-quality.ts";
import { openBenchDatabase } from "./bench-database.ts";

const database = await openBenchDatabase("carnet_bench_search_quality");
try {
  await seedSearchDirectory(database.db);
  const { scores, recall, mrr } = await scoreAll(database.db);
  for (const s of scores) {
    const mark = s.recall === 1 ? "  " : "✗ ";
    const q = [s.query.q, s.query.company ? `(company=${s.query.company})` : ""].join(" ").trim();
    console.log(
      `${mark}${q.padEnd(44)} recall ${s.recall.toFixed(2)}  rr ${s.reciprocalRank.toFixed(2)}  ${s.missing.length ? `missing ${s.missing.join(", ")}` : ""}`,
    );
  }
  console.log(`\n${scores.length} queries   recall@10 ${recall.toFixed(3)}   MRR ${mrr.toFixed(3)}`);
} finally {
  await database.drop();
}
