/**
 * npx tsx test/bench/latency-breakdown.ts [--rounds N] [--seconds S] [--connections C] [--page]
 *   [--variant "name|checkout|KEY=VALUE,KEY=VALUE|node options"]… [--no-probe]
 *
 * Where bench:search's API p95 goes: its uncached /api/moves load (fresh searches, the four shapes in
 * their proportions, 16 connections) in bursts against one or more `carnet serve` (each `--variant`:
 * a name, a checkout, environment variables and node options, e.g. `"pool4|.|DATABASE_POOL_SIZE=4|"`;
 * by default this checkout as it is), alternating A B… B A… so that every variant sees the same
 * minutes of a shared machine. Each burst prints what the client saw (req/s, p50/p95/p99, per shape),
 * the CPU a request of the server, PostgreSQL and this process (autocannon, on the same cores),
 * and what the server saw (test/bench/latency-probe.mjs, preloaded): its own time per request and per
 * shape, the pool's wait, GC pauses, the event loop's delay. `--page` loads /recherche instead;
 * `--no-probe` runs the servers without the preload. Uses the kept carnet_bench_search
 * (SEARCH_BENCH_DATABASE names another copy).
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serveReady, startCarnet } from "../support/instances.ts";
import { withCpuCost } from "./cpu-cost.ts";
import { formatFigures, httpLoad, uptimeLoad } from "./http-load.ts";
import {
  commandOption,
  openSearchBenchDatabase,
  SEARCH_BENCH_DATABASE,
  SEARCH_BENCH_SIZE,
  searchServerEnv,
} from "./search-bench-database.ts";
import { searchRequests } from "./search-mix.ts";

const rounds = Number(commandOption("--rounds") ?? 2);
const seconds = Number(commandOption("--seconds") ?? 8);
const connections = Number(commandOption("--connections") ?? 16);
const base = process.argv.includes("--page") ? "/recherche" : "/api/moves";
const probe = !process.argv.includes("--no-probe");
/** Searches a burst may send: more than 8 s ask at 1,500 req/s. */
const FRESH_BURST = 12_000;
const PROBE = path.resolve(import.meta.dirname, "latency-probe.mjs");

const given = process.argv.flatMap((arg, i) => (arg === "--variant" ? [process.argv[i + 1] ?? ""] : []));
const variants = (given.length > 0 ? given : ["this|.||"]).map((spec) => {
  const [name = "this", checkout = ".", env = "", node = ""] = spec.split("|");
  return {
    name,
    root: path.resolve(checkout || "."),
    env: Object.fromEntries(
      env
        .split(",")
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
    ),
    node: node.split(" ").filter(Boolean),
    out: path.join(os.tmpdir(), `latency-probe-${process.pid}-${name}.out`),
  };
});

const url = await openSearchBenchDatabase(true);
const servers = [];
for (const v of variants) {
  writeFileSync(v.out, "");
  servers.push(
    await startCarnet(
      ["serve", "--no-scheduler"],
      await searchServerEnv(url, "info", { ...v.env, LATENCY_PROBE_OUT: v.out }),
      serveReady,
      { keepOutput: false, root: v.root, nodeOptions: [...(probe ? ["--import", PROBE] : []), ...v.node] },
    ),
  );
}
const headers = { "cache-control": "no-cache" };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  // Warm: catalog caches, prepared statements, the JIT of each server; searches no burst asks.
  const warm = searchRequests(base, SEARCH_BENCH_SIZE, 4_000, 90_000);
  for (const server of servers)
    await httpLoad({ urls: [server.url], requests: warm, connections, seconds: 3, headers });
  for (let round = 0; round < rounds; round++) {
    const order = variants.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    // Every variant is asked the same searches, none asked before (as bench:search's loads).
    const requests = searchRequests(base, SEARCH_BENCH_SIZE, FRESH_BURST, 1_000 + round * FRESH_BURST);
    for (const i of order) {
      const server = servers[i]!;
      const variant = variants[i]!;
      if (probe) {
        process.kill(server.pid!, "SIGUSR2"); // forget the warm-up and the previous burst
        await pause(200);
      }
      const written = readFileSync(variant.out, "utf8").length;
      const client = process.cpuUsage();
      const burst = await withCpuCost(server.pid, SEARCH_BENCH_DATABASE, () =>
        httpLoad({ urls: [server.url], requests, connections, seconds, headers }),
      );
      const { user, system } = process.cpuUsage(client);
      console.log(`${formatFigures(`${variant.name} ${base}`, burst)}   (${uptimeLoad()})`);
      for (const [shape, f] of Object.entries(burst.shapes).sort())
        console.log(formatFigures(`  ${shape}`, f));
      console.log(
        `  CPU a request: server ${burst.cpu?.serverMs.toFixed(2)} + PostgreSQL ${burst.cpu?.postgresMs.toFixed(2)} ms, client (autocannon) ${((user + system) / 1000 / burst.requests).toFixed(2)} ms`,
      );
      if (probe) {
        process.kill(server.pid!, "SIGUSR2");
        await pause(300);
        const report = readFileSync(variant.out, "utf8").slice(written).split("---\n").at(-2) ?? "";
        console.log(report.replace(/^/gm, "  | ").trimEnd());
      }
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
