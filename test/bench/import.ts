/**
 * npm run bench:import [-- N] [-- --keep | --reuse | --empty] (BENCH_IMPORT_DB=<name>: databases of that
 * name, not carnet_bench_import*): generates N synthetic issues (default 2,000,
 * 8 moves each) and imports them through the real pipeline (files → parse threads → one
 * transaction an issue), twice: into an empty database, then into a copy of a directory that
 * already holds 1,000,000 moves (built like bench:search's, once: about 100 s on 2 cores, kept with
 * --keep, used again with --reuse). Prints, for each, issues/s and moves/s, and where the CPU went
 * (this process's main thread, its parse threads, PostgreSQL's backends), which a loaded machine
 * does not blur as it does wall times. Target: ≥ 500 issues/s each on a 2-core machine.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { createDatabase, type DB, migrateToLatest } from "../../db/database.ts";
import {
  defaultParseThreads,
  IMPORT_BATCH_SIZE,
  IMPORT_CONCURRENCY,
  importPaths,
} from "../../jobs/import/run.ts";
import { proposeNearDuplicatesOfNewCompanies } from "../../server/services/near-duplicates.ts";
import { databaseUrl } from "../support/urls.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { ownCpuMs, processesCpuMs } from "./cpu-time.ts";
import { recordBenchResult } from "./results.ts";
import { adminQuery, benchServerUrl, openSearchBenchDatabase } from "./search-bench-database.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const TARGET = 500;
// BENCH_IMPORT_DB=<name>: the databases are named after <name> (the empty one <name>_<pid>, the
// million-move base <name>_million) instead of the bench's own, so that a helper measuring a change
// beside the lead's runs never touches carnet_bench_*.
const BASE = process.env.BENCH_IMPORT_DB ?? "carnet_bench_import";
const MILLION_BASE = `${BASE}_million`;
const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? process.env.BENCH_ISSUES ?? 2000);
const keep = args.includes("--keep") || args.includes("--reuse");
const reuse = args.includes("--reuse");
// --empty: only the empty database (a quick before/after while tuning).
const emptyOnly = args.includes("--empty");
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? IMPORT_CONCURRENCY);
const batchSize = Number(process.env.BENCH_BATCH ?? IMPORT_BATCH_SIZE);
// BENCH_PARSE_FROM=source: parse threads on the TypeScript sources through tsx, as before session 13
const parseThreadsFrom = process.env.BENCH_PARSE_FROM === "source" ? "source" : "bundle";
// BENCH_PARSE_THREADS=N: N parse threads instead of importPaths' default for the file count and cores
const parseThreads = process.env.BENCH_PARSE_THREADS
  ? Number(process.env.BENCH_PARSE_THREADS)
  : defaultParseThreads(count);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-bench-import-"));
for (let i = 0; i < count; i++) {
  const { name, text } = syntheticIssue(i);
  await writeFile(path.join(dir, name), text);
}

const backendPids = async (db: DB) =>
  (
    await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend'`.execute(db)
  ).rows.map((r) => r.pid);

async function measure(label: string, db: DB) {
  const backendsBefore = processesCpuMs(await backendPids(db));
  const ownBefore = ownCpuMs();
  const loadBefore = load();
  const started = performance.now();
  const summary = await importPaths({ db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir], {
    concurrency,
    batchSize,
    parseThreads,
    parseThreadsFrom,
  });
  const seconds = (performance.now() - started) / 1000;
  const own = ownCpuMs();
  // What `carnet import` does after its last issue (the new companies' near-duplicates), timed
  // apart: it is no part of any issue's transaction, so issues/s leave it out.
  const passStarted = performance.now();
  const pass = await proposeNearDuplicatesOfNewCompanies(db);
  const passSeconds = (performance.now() - passStarted) / 1000;
  let postgresMs = 0;
  for (const [pid, ms] of processesCpuMs(await backendPids(db)))
    postgresMs += ms - (backendsBefore.get(pid) ?? 0);
  const mainMs = own.mainThread - ownBefore.mainThread;
  const otherMs = own.allThreads - ownBefore.allThreads - mainMs;
  const issuesPerSecond = summary.imported / seconds;
  const perIssue = (ms: number) => (ms / Math.max(1, summary.imported)).toFixed(2);
  console.log(`\n== into ${label} (parse threads on the parser's ${parseThreadsFrom})`);
  console.log(`issues imported   ${summary.imported} (failed ${summary.failed}, skipped ${summary.skipped})`);
  console.log(`moves created     ${summary.movesCreated} (${summary.pendingReview} pending review)`);
  console.log(
    `concurrency       ${concurrency} transactions in flight, ${batchSize} issues each, ` +
      `${parseThreads} parse thread(s)`,
  );
  console.log(
    `elapsed           ${seconds.toFixed(2)} s (load average ${loadBefore} before, ${load()} after)`,
  );
  console.log(`issues/s          ${issuesPerSecond.toFixed(1)}`);
  console.log(`moves/s           ${(summary.movesCreated / seconds).toFixed(1)}`);
  console.log(
    `CPU per issue     ${perIssue(mainMs)} ms main thread, ${perIssue(otherMs)} ms parse threads and others, ` +
      `${perIssue(postgresMs)} ms PostgreSQL backends`,
  );
  console.log(
    `ratio to target   ${(issuesPerSecond / TARGET).toFixed(2)} (issues/s ÷ ${TARGET}; ≥ 1 meets the target)`,
  );
  console.log(
    `then near-dups    ${passSeconds.toFixed(2)} s for ${pass.compared} new companies (${pass.proposed} proposals; ` +
      "carnet import's pass after its last issue, not counted above)",
  );
  return {
    issues: summary.imported,
    failed: summary.failed,
    seconds,
    issuesPerSecond,
    movesPerSecond: summary.movesCreated / seconds,
    cpuMsPerIssue: {
      mainThread: mainMs / summary.imported,
      otherThreads: otherMs / summary.imported,
      postgres: postgresMs / summary.imported,
    },
    loadAverage: { before: loadBefore, after: load() },
    nearDuplicatePass: { seconds: passSeconds, companies: pass.compared, proposals: pass.proposed },
  };
}

const figures: Record<string, unknown> = {};
try {
  const empty = await openBenchDatabase(BASE);
  try {
    figures.empty = await measure("an empty database", empty.db);
  } finally {
    await empty.drop();
  }

  if (!emptyOnly) {
    // The million-move directory is built once (or kept from an earlier run); each run imports into a
    // copy, so the base stays as built and two runs compare.
    const started = performance.now();
    await openSearchBenchDatabase(reuse, MILLION_BASE);
    console.log(`\nmillion-move directory ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const copy = `${MILLION_BASE}_${process.pid}`;
    const copied = performance.now();
    await adminQuery(`CREATE DATABASE ${copy} TEMPLATE ${MILLION_BASE}`);
    console.log(`copied in ${((performance.now() - copied) / 1000).toFixed(0)} s`);
    const handle = createDatabase(databaseUrl(benchServerUrl, copy), { max: 20 });
    try {
      await migrateToLatest(handle.db);
      figures.million = await measure("a directory of 1,000,000 moves", handle.db);
    } finally {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
      if (!keep) await adminQuery(`DROP DATABASE IF EXISTS ${MILLION_BASE} WITH (FORCE)`);
      else
        console.log(
          `kept ${MILLION_BASE} (npm run bench:import -- --reuse to run again without rebuilding it)`,
        );
    }
  }
  await recordBenchResult("import", figures);
} finally {
  await rm(dir, { recursive: true, force: true });
}
