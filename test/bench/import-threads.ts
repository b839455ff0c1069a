/**
 * npx tsx test/bench/import-threads.ts [N]: imports N synthetic issues (default 1,000) into a fresh
 * database, as bench:import does, and prints the CPU each thread of this process cost an issue
 * (/proc/self/task: the main thread, the parse threads, V8's helper threads, libuv's pool), with
 * PostgreSQL's backends beside them: where bench:import's "parse threads and others" goes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { IMPORT_BATCH_SIZE, IMPORT_CONCURRENCY, importPaths } from "../../jobs/import/run.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { processesCpuMs } from "./cpu-time.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
const TICK_MS = 10;

/** Every thread of this process, by id: its name and CPU so far (ms). */
function threads(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, { name, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // a thread gone between the listing and the read
    }
  }
  return out;
}

const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-import-threads-"));
for (let i = 0; i < count; i++) {
  const { name, text } = syntheticIssue(i);
  await writeFile(path.join(dir, name), text);
}
const bench = await openBenchDatabase("carnet_import_threads");
try {
  const backendPids = async () =>
    (
      await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend'`.execute(bench.db)
    ).rows.map((r) => r.pid);
  const pgBefore = processesCpuMs(await backendPids());
  const before = threads();
  // Threads that end during the import (parse threads are terminated at its end) are read just before.
  const last = new Map(before);
  const sampler = setInterval(() => {
    const now = threads();
    for (const [tid, t] of now) last.set(tid, t);
  }, 50);
  const started = performance.now();
  const summary = await importPaths({ db: bench.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir], {
    concurrency: IMPORT_CONCURRENCY,
    batchSize: Number(process.env.BENCH_BATCH ?? IMPORT_BATCH_SIZE),
    // BENCH_PARSE_THREADS=N: N parse threads instead of the default for the file count and cores
    parseThreads: process.env.BENCH_PARSE_THREADS ? Number(process.env.BENCH_PARSE_THREADS) : undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  for (const [tid, t] of threads()) last.set(tid, t);
  let postgres = 0;
  for (const [pid, ms] of processesCpuMs(await backendPids())) postgres += ms - (pgBefore.get(pid) ?? 0);
  const n = Math.max(1, summary.imported);
  console.log(
    `${summary.imported} issues in ${seconds.toFixed(1)} s (${(summary.imported / seconds).toFixed(1)}/s)`,
  );
  const rows = [...last].map(([tid, t]) => ({
    tid,
    name: t.name,
    ms: t.ms - (before.get(tid)?.ms ?? 0),
  }));
  rows.sort((a, b) => b.ms - a.ms);
  for (const r of rows.filter((r) => r.ms > 0))
    console.log(
      `${r.tid.padStart(8)} ${(r.tid === String(process.pid) ? "main thread" : r.name).padEnd(16)} ` +
        `${(r.ms / n).toFixed(2)} ms an issue`,
    );
  const all = rows.reduce((sum, r) => sum + r.ms, 0);
  console.log(`PostgreSQL backends       ${(postgres / n).toFixed(2)} ms an issue`);
  console.log(`all threads + PostgreSQL  ${((all + postgres) / n).toFixed(2)} ms an issue`);
} finally {
  await bench.drop();
  await rm(dir, { recursive: true, force: true });
}
