/**
 * npx tsx test/bench/import-statements.ts [N]: where PostgreSQL's CPU goes when `carnet import` runs,
 * statement by statement. Imports N synthetic issues (default 2,000) into a fresh database through
 * the real pipeline and reads, around each statement, the CPU of the backend that ran it from /proc
 * (pg_stat_statements needs a server restart to load; EXPLAIN ANALYZE times one statement, not the
 * commit, the protocol or the triggers fired at commit). /proc counts in 10 ms ticks, so one statement
 * reads 0 or 10 ms: over thousands of them, the sums are what each kind of statement cost.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { importPaths } from "../../jobs/import/run.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);

function backendCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

// The statement's prepared name (db/database.ts), else its first words.
const labelOf = (text: string) =>
  (/prepared: (\w+)/.exec(text)?.[1] ?? text.trim().split(/\s+/).slice(0, 3).join(" ")).slice(0, 50);

const cost = new Map<string, { ms: number; calls: number }>();
let counting = false;
const query = pg.Client.prototype.query;
// biome-ignore lint/suspicious/noExplicitAny: pg's query() overloads, passed through
(pg.Client.prototype as any).query = function (this: pg.Client & { processID: number }, ...args: any[]) {
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const result = (query as any).apply(this, args);
  if (!counting || typeof result?.then !== "function") return result;
  const text: string = typeof args[0] === "string" ? args[0] : (args[0]?.text ?? "?");
  const pid = this.processID;
  const before = backendCpuMs(pid);
  return result.then((value: unknown) => {
    const entry = cost.get(labelOf(text)) ?? { ms: 0, calls: 0 };
    entry.ms += backendCpuMs(pid) - before;
    entry.calls++;
    cost.set(labelOf(text), entry);
    return value;
  });
};

const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-import-statements-"));
const database = await openBenchDatabase("carnet_bench_import_statements");
try {
  for (let i = 0; i < count; i++) {
    const { name, text } = syntheticIssue(i);
    await writeFile(path.join(dir, name), text);
  }
  counting = true;
  const summary = await importPaths({ db: database.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir]);
  counting = false;
  const total = [...cost.values()].reduce((sum, entry) => sum + entry.ms, 0);
  const perIssue = (ms: number) => (ms / summary.imported).toFixed(3).padStart(6);
  console.log(
    `${summary.imported} issues; PostgreSQL CPU ${perIssue(total)} ms an issue (load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  for (const [label, entry] of [...cost].sort((a, b) => b[1].ms - a[1].ms))
    if (entry.ms > 0)
      console.log(`${perIssue(entry.ms)} ms  ${String(entry.calls).padStart(6)} calls  ${label}`);
} finally {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
}
