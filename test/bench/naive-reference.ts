import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { databaseUrl } from "../support/urls.ts";
import { type Figures, figuresOf, type LoadResult, loadAverage } from "./http-load.ts";

/**
 * The plain-SQL yardstick of bench:search: /work/shared/bench/naive-search (a naive schema, four
 * query files), run as its README says: setup.sql builds its own million-move database (here named
 * carnet_bench_naive rather than pgexp, so that it never meets another run's; NAIVE_BENCH_DATABASE
 * names another, for a run beside one already using it), then the four files
 * at weights 3:2:3:2, 16 clients, 20 s, straight to PostgreSQL. With pgbench when installed
 * (`-M prepared`, as the product prepares its statements too; per-transaction log for p95 and the
 * figures of each file), else with a node-pg loop doing the same.
 */
export const NAIVE_DIR = process.env.NAIVE_SEARCH_DIR ?? "/work/shared/bench/naive-search";
export const NAIVE_DATABASE = process.env.NAIVE_BENCH_DATABASE ?? "carnet_bench_naive";
const SCRIPTS = [
  ["fts", 3],
  ["typo", 2],
  ["company", 3],
  ["latest", 2],
] as const;

async function adminQuery(serverUrl: string, text: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** The reference database's URL, built by its setup.sql unless `reuse` finds it complete. */
export async function prepareNaiveReference(serverUrl: string, reuse: boolean): Promise<string> {
  const url = databaseUrl(serverUrl, NAIVE_DATABASE);
  if (reuse) {
    const found = await adminQuery(
      serverUrl,
      `SELECT 1 FROM pg_database WHERE datname = '${NAIVE_DATABASE}'`,
    );
    if (found.rowCount === 1) {
      const moves = await adminQuery(url, "SELECT count(*)::int AS n FROM moves").catch(() => null);
      if (moves?.rows[0]?.n === 1_000_000) return url;
    }
  }
  const setup = (await readFile(path.join(NAIVE_DIR, "setup.sql"), "utf8")).replaceAll(
    "pgexp",
    NAIVE_DATABASE,
  );
  const started = performance.now();
  const psql = spawnSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", serverUrl, "-f", "-"], {
    input: setup,
    encoding: "utf8",
  });
  if (psql.status !== 0) throw new Error(`setup.sql failed:\n${psql.stderr}`);
  console.log(
    `reference database built by setup.sql in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return url;
}

export const havePgbench = () => spawnSync("pgbench", ["--version"]).status === 0;

export interface ReferenceResult extends LoadResult {
  tool: string;
}

export async function runNaiveReference(
  url: string,
  clients: number,
  seconds: number,
): Promise<ReferenceResult> {
  return havePgbench() ? runPgbench(url, clients, seconds) : runNodeLoop(url, clients, seconds);
}

async function runPgbench(url: string, clients: number, seconds: number): Promise<ReferenceResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-pgbench-"));
  try {
    const args = [
      ...["-n", "-c", String(clients), "-j", "2", "-T", String(seconds), "-M", "prepared"],
      ...SCRIPTS.flatMap(([name, weight]) => ["-f", `${path.join(NAIVE_DIR, `${name}.sql`)}@${weight}`]),
      ...["-l", "--log-prefix", path.join(dir, "tx"), url],
    ];
    await promisify(execFile)("pgbench", args, { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    // One line per transaction: client, number, latency (µs), script number, epoch, µs.
    const latencies = SCRIPTS.map(() => [] as number[]);
    for (const file of await readdir(dir)) {
      for (const line of (await readFile(path.join(dir, file), "utf8")).split("\n")) {
        const fields = line.split(" ");
        if (fields.length < 4) continue;
        latencies[Number(fields[3])]?.push(Number(fields[2]) / 1000);
      }
    }
    return resultOf(latencies, seconds, 0, "pgbench -M prepared");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function resultOf(latencies: number[][], seconds: number, errors: number, tool: string): ReferenceResult {
  const shapes: Record<string, Figures> = {};
  SCRIPTS.forEach(([name], i) => {
    shapes[name] = figuresOf(latencies[i]!, seconds, 0);
  });
  return { ...figuresOf(latencies.flat(), seconds, errors), shapes, load: loadAverage(), tool };
}

/** pgbench's `\set name random(a, b)` and `:name`, for a machine without pgbench. */
async function runNodeLoop(url: string, clients: number, seconds: number): Promise<ReferenceResult> {
  const scripts = await Promise.all(
    SCRIPTS.map(async ([name, weight]) => {
      const text = await readFile(path.join(NAIVE_DIR, `${name}.sql`), "utf8");
      const sets = [...text.matchAll(/^\\set (\w+) random\((\d+),\s*(\d+)\)/gm)].map((m) => ({
        name: m[1]!,
        low: Number(m[2]),
        high: Number(m[3]),
      }));
      const statement = text
        .split("\n")
        .filter((l) => !l.startsWith("\\"))
        .join("\n")
        .trim()
        .replace(/;$/, "");
      return { weight, sets, statement };
    }),
  );
  const cycle = scripts.flatMap((s, i) => Array.from({ length: s.weight }, () => i));
  const latencies = SCRIPTS.map(() => [] as number[]);
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        while (performance.now() < until) {
          const i = cycle[Math.floor(Math.random() * cycle.length)]!;
          const script = scripts[i]!;
          let text = script.statement;
          for (const s of script.sets)
            text = text.replaceAll(
              `:${s.name}`,
              String(s.low + Math.floor(Math.random() * (s.high - s.low + 1))),
            );
          const started = performance.now();
          // Values inlined in the text, as pgbench -M simple sends them.
          await client.query(text).catch(() => errors++);
          latencies[i]!.push(performance.now() - started);
        }
      } finally {
        await client.end();
      }
    }),
  );
  return resultOf(latencies, seconds, errors, "node-pg loop (pgbench not installed), simple protocol");
}
