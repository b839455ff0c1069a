/**
 * npx tsx test/bench/search-shape-cost.ts [--against <checkout>] [--rounds N] [--seconds S]
 *   [--connections C] [--only api|page]
 *
 * The CPU one request costs the server process and the PostgreSQL backends, shape by shape
 * (bench:search's role words, typo'd name, company and latest moves, apart), for /api/moves
 * uncached and /recherche, on the kept carnet_bench_search. With `--against`, another checkout's
 * `carnet serve` alternates with this one, burst by burst, as in search-alternate.ts. The mix's
 * cost is the shapes' weighted by SHAPE_WEIGHTS: this says which shape to look at.
 */
import path from "node:path";
import { serveReady, startCarnet } from "../support/instances.ts";
import { type CpuCost, withCpuCost } from "./cpu-cost.ts";
import { httpLoad, uptimeLoad } from "./http-load.ts";
import {
  commandOption,
  openSearchBenchDatabase,
  SEARCH_BENCH_DATABASE,
  SEARCH_BENCH_SIZE,
  searchServerEnv,
} from "./search-bench-database.ts";
import { SHAPE_WEIGHTS, searchRequests } from "./search-mix.ts";

const against = commandOption("--against");
const rounds = Number(commandOption("--rounds") ?? 2);
const seconds = Number(commandOption("--seconds") ?? 4);
const connections = Number(commandOption("--connections") ?? 4);
const only = commandOption("--only");

const url = await openSearchBenchDatabase(true);
const builds = [
  { name: "this", root: undefined as string | undefined },
  ...(against ? [{ name: path.basename(path.resolve(against)), root: path.resolve(against) }] : []),
];
const servers = await Promise.all(
  builds.map(async (b) =>
    startCarnet(["serve", "--no-scheduler"], await searchServerEnv(url, "info"), serveReady, {
      keepOutput: false,
      root: b.root,
    }),
  ),
);
const headers = { "cache-control": "no-cache" };
const loads = (["api", "page"] as const)
  .filter((l) => !only || l === only)
  .map((name) => ({
    name,
    requests: searchRequests(name === "api" ? "/api/moves" : "/recherche", SEARCH_BENCH_SIZE),
  }));

const costs = new Map<string, CpuCost[]>();
try {
  for (const server of servers)
    for (const load of loads)
      await httpLoad({ urls: [server.url], requests: load.requests, connections: 16, seconds: 3, headers });
  for (let round = 0; round < rounds; round++) {
    const order = servers.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const load of loads)
      for (const shape of Object.keys(SHAPE_WEIGHTS))
        for (const i of order) {
          const server = servers[i]!;
          const requests = load.requests.filter((r) => r.shape === shape);
          const burst = await withCpuCost(server.pid, SEARCH_BENCH_DATABASE, () =>
            httpLoad({ urls: [server.url], requests, connections, seconds, headers }),
          );
          if (!burst.cpu) continue;
          const key = `${builds[i]!.name} ${load.name} ${shape}`;
          costs.set(key, [...(costs.get(key) ?? []), burst.cpu]);
          console.log(
            `${key.padEnd(28)} ${burst.requestsPerSecond.toFixed(0).padStart(5)} req/s  server ${burst.cpu.serverMs.toFixed(2)} + PostgreSQL ${burst.cpu.postgresMs.toFixed(2)} ms  (${uptimeLoad()})`,
          );
        }
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const weights = Object.values(SHAPE_WEIGHTS).reduce((a, b) => a + b, 0);
console.log("\nmedians (server + PostgreSQL, ms a request):");
for (const b of builds)
  for (const load of loads) {
    let server = 0;
    let postgres = 0;
    const parts = Object.entries(SHAPE_WEIGHTS).map(([shape, weight]) => {
      const c = costs.get(`${b.name} ${load.name} ${shape}`) ?? [];
      const s = median(c.map((x) => x.serverMs));
      const p = median(c.map((x) => x.postgresMs));
      server += (s * weight) / weights;
      postgres += (p * weight) / weights;
      return `${shape} ${s.toFixed(2)} + ${p.toFixed(2)}`;
    });
    console.log(
      `  ${b.name.padEnd(16)} ${load.name.padEnd(4)} ${parts.join("   ")}   mix ${server.toFixed(2)} + ${postgres.toFixed(2)} = ${(server + postgres).toFixed(2)}`,
    );
  }
