/**
 * npx tsx test/bench/import-pgss.ts [N]: PostgreSQL's own account of an import, statement by
 * statement (pg_stat_statements: calls, rows, execution time, buffers), with the triggers and
 * functions it ran (pg_stat_user_functions). DATABASE_URL must name a server that preloads
 * pg_stat_statements (shared_preload_libraries); a throwaway cluster does.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { importPaths } from "../../jobs/import/run.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);
const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-import-pgss-"));
const database = await openBenchDatabase("carnet_bench_import_pgss");
try {
  for (let i = 0; i < count; i++) {
    const { name, text } = syntheticIssue(i);
    await writeFile(path.join(dir, name), text);
  }
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`.execute(database.db);
  await sql`SET track_functions = 'all'`.execute(database.db);
  await sql`SELECT pg_stat_statements_reset(), pg_stat_reset()`.execute(database.db);
  const summary = await importPaths({ db: database.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir]);
  const n = summary.imported;
  const { rows } = await sql<{
    query: string;
    calls: number;
    total: number;
    rows: number;
    hit: number;
    plan: number;
    plans: number;
  }>`SELECT query, calls, plans, total_exec_time + total_plan_time AS total, total_plan_time AS plan, rows,
       shared_blks_hit + shared_blks_read AS hit
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
     ORDER BY total_exec_time + total_plan_time DESC LIMIT 40`.execute(database.db);
  const total = rows.reduce((s, r) => s + r.total, 0);
  console.log(
    `${n} issues; statements ${(total / n).toFixed(3)} ms an issue (load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log("ms/issue (planning)  calls/issue  plans/call  rows/call  blocks/call  statement");
  for (const r of rows)
    console.log(
      `${(r.total / n).toFixed(3).padStart(8)} (${(r.plan / n).toFixed(3)})  ${(r.calls / n).toFixed(2).padStart(11)}  ${(r.plans / Math.max(1, r.calls)).toFixed(2).padStart(10)}  ${(r.rows / Math.max(1, r.calls)).toFixed(1).padStart(9)}  ${(r.hit / Math.max(1, r.calls)).toFixed(0).padStart(11)}  ${r.query.replace(/\s+/g, " ").slice(0, 110)}`,
    );
  const functions = await sql<{ funcname: string; calls: number; self: number; total: number }>`
    SELECT funcname, calls, self_time AS self, total_time AS total FROM pg_stat_user_functions ORDER BY total_time DESC`.execute(
    database.db,
  );
  console.log("\nfunctions: ms/issue (self)  calls/issue  name");
  for (const f of functions.rows)
    console.log(
      `${(f.total / n).toFixed(3).padStart(8)} (${(f.self / n).toFixed(3)})  ${(f.calls / n).toFixed(2).padStart(6)}  ${f.funcname}`,
    );
} finally {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
}
