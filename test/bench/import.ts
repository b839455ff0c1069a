/**
 * npm run bench:import [-- N]: generates N synthetic issues (default 2,000, 8 moves each), imports
 * them into an empty database through the real pipeline (files → parser → one transaction per
 * issue) and prints issues/s and moves/s. Target: ≥ 200 issues/s on a 2-core machine.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { defaultParseThreads, IMPORT_CONCURRENCY, importPaths } from "../../jobs/import/run.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const count = Number(process.argv[2] ?? process.env.BENCH_ISSUES ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? IMPORT_CONCURRENCY);
const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-bench-import-"));
for (let i = 0; i < count; i++) {
  const { name, text } = syntheticIssue(i);
  await writeFile(path.join(dir, name), text);
}
const database = await openBenchDatabase("carnet_bench_import");
try {
  const started = performance.now();
  const summary = await importPaths({ db: database.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir], {
    concurrency,
  });
  const seconds = (performance.now() - started) / 1000;
  const issuesPerSecond = summary.imported / seconds;
  console.log(`issues imported   ${summary.imported} (failed ${summary.failed}, skipped ${summary.skipped})`);
  console.log(`moves created     ${summary.movesCreated} (${summary.pendingReview} pending review)`);
  console.log(
    `concurrency       ${concurrency} issues at once, ${defaultParseThreads(count)} parse thread(s)`,
  );
  console.log(`elapsed           ${seconds.toFixed(2)} s`);
  console.log(`issues/s          ${issuesPerSecond.toFixed(1)}`);
  console.log(`moves/s           ${(summary.movesCreated / seconds).toFixed(1)}`);
  console.log(
    `ratio to target   ${(issuesPerSecond / 200).toFixed(2)} (issues/s ÷ 200; ≥ 1 meets the target)`,
  );
} finally {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
}
