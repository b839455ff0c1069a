/**
 * npm run bench [-- --reuse | --keep]: the four benchmarks one after the other (bench:search, bench:import,
 * bench:alerts, bench:load), their output shown as it comes, then bench-results.json: per
 * benchmark its figures (those it records through test/bench/results.ts, and the lines it printed
 * that carry a figure or a ratio), its exit code and the load average around it; the machine
 * (cores, memory, Node, PostgreSQL) and the commit, so that two commits' runs can be compared.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ROOT_DIR } from "../../server/paths.ts";

const BENCHMARKS = ["search", "import", "alerts", "load"];
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// `npm run bench -- --reuse` (or --keep) goes to the benchmarks on the million-move directory.
const passed = process.argv.slice(2).filter((a) => a === "--reuse" || a === "--keep");
const TAKES_DIRECTORY_FLAGS = new Set(["search", "import", "load"]);

function run(name: string, resultsFile: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const flags = TAKES_DIRECTORY_FLAGS.has(name) && passed.length > 0 ? ["--", ...passed] : [];
    const child = spawn("npm", ["run", "--silent", `bench:${name}`, ...flags], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: serverUrl, BENCH_RESULTS_FILE: resultsFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const show = (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk;
    };
    child.stdout.on("data", show);
    child.stderr.on("data", show);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** Printed lines that carry a judged figure: ratios, targets, rates, times. */
const figureLines = (output: string) =>
  output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /ratio|target|\/s\b|p95|p99|errors|matching|Matching/.test(l) && /\d/.test(l));

const commit = (() => {
  try {
    const hash = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT_DIR }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT_DIR }).toString().trim() !== "";
    return { hash, dirty };
  } catch {
    return { hash: null, dirty: null };
  }
})();

const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
const postgres = (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
await client.end();

const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-bench-"));
const results: Record<string, unknown> = {};
try {
  for (const name of BENCHMARKS) {
    const file = path.join(dir, `${name}.jsonl`);
    const loadBefore = os.loadavg()[0];
    const started = new Date();
    console.log(`\n==== npm run bench:${name} (load average ${loadBefore?.toFixed(2)})`);
    const { code, output } = await run(name, file);
    const recorded = (await readFile(file, "utf8").catch(() => ""))
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    results[name] = {
      exitCode: code,
      startedAt: started.toISOString(),
      seconds: Math.round((Date.now() - started.getTime()) / 1000),
      loadAverage: { before: loadBefore, after: os.loadavg()[0] },
      figures: recorded.find((r) => r.name === name) ?? null,
      printed: figureLines(output),
    };
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const report = {
  date: new Date().toISOString(),
  commit,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    platform: `${os.type()} ${os.release()}`,
  },
  benchmarks: results,
};
await writeFile(path.join(ROOT_DIR, "bench-results.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\nwrote bench-results.json (commit ${commit.hash?.slice(0, 10)}${commit.dirty ? ", uncommitted changes" : ""})`,
);
