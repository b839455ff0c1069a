/**
 * npx tsx test/bench/import-db-cost.ts [N] [--runs R]: the import's database side alone. Parses N
 * synthetic issues (default 2,000) first, then imports them into a fresh database as `carnet import`
 * does (importReceivedFiles, IMPORT_CONCURRENCY transactions in flight) and prints the CPU an issue of
 * this process's main thread and of PostgreSQL's backends: bench:import's two figures without the
 * parse threads' load around them, so that two builds compare in a few seconds each.
 */
import os from "node:os";
import { sql } from "kysely";
import type { DB } from "../../db/database.ts";
import * as imports from "../../db/repositories/imports.ts";
import { contentHash } from "../../jobs/import/issue-file.ts";
import { IMPORT_BATCH_SIZE, IMPORT_CONCURRENCY } from "../../jobs/import/run.ts";
import { parseIssueText } from "../../jobs/parse/index.ts";
import { importReceivedFiles } from "../../server/services/import-batch.ts";
import type { ReceivedFile } from "../../server/services/import-issue.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { ownCpuMs, processesCpuMs } from "./cpu-time.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const args = process.argv.slice(2);
const count = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--runs") ?? 2000);
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 1;
// --keep: the last database stays (to look at its plans), its URL printed.
const keep = args.includes("--keep");
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? IMPORT_CONCURRENCY);
const batchSize = Number(process.env.BENCH_BATCH ?? IMPORT_BATCH_SIZE);

const files: ReceivedFile[] = Array.from({ length: count }, (_, i) => {
  const { name, text } = syntheticIssue(i);
  const bytes = Buffer.from(text);
  return { name, bytes, via: "cli", parsed: parseIssueText(text), contentHash: contentHash(bytes) };
});

const backendPids = async (db: DB) =>
  (
    await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend'`.execute(db)
  ).rows.map((r) => r.pid);

for (let run = 0; run < runs; run++) {
  const database = await openBenchDatabase("carnet_bench_import_db_cost");
  try {
    // The pool's connections open before the count starts (as a long import's are).
    await Promise.all(Array.from({ length: concurrency }, () => sql`SELECT 1`.execute(database.db)));
    const before = processesCpuMs(await backendPids(database.db));
    const own = ownCpuMs();
    const started = performance.now();
    let next = 0;
    let imported = 0;
    let done = 0;
    const worker = async () => {
      while (next < files.length) {
        const batch = files.slice(next, next + batchSize);
        next += batch.length;
        const results = await importReceivedFiles(database.db, batch, { autoPublishConfidence: 0.8 });
        const previous = done;
        done += batch.length;
        imported += results.filter((r) => r.status === "imported").length;
        // As importPaths does (jobs/import/run.ts).
        if (Math.floor(done / 50) > Math.floor(previous / 50))
          await imports.refreshGrownTableStatistics(database.db);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const ownAfter = ownCpuMs();
    let postgres = 0;
    for (const [pid, ms] of processesCpuMs(await backendPids(database.db)))
      postgres += ms - (before.get(pid) ?? 0);
    const per = (ms: number) => (ms / imported).toFixed(2);
    console.log(
      `${imported} issues in ${seconds.toFixed(1)} s (${(imported / seconds).toFixed(0)}/s); CPU an issue: ` +
        `main thread ${per(ownAfter.mainThread - own.mainThread)} ms, PostgreSQL ${per(postgres)} ms ` +
        `(load ${os.loadavg()[0]!.toFixed(1)})`,
    );
  } finally {
    if (keep) console.log(`kept ${database.url}`);
    else await database.drop();
  }
}
