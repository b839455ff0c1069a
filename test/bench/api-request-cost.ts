/**
 * npx tsx test/bench/api-request-cost.ts [--against <checkout> [--against-database <name>]] [--rounds N]
 *   [--path /api/moves] [--cpu-prof <dir>]
 *
 * CPU one uncached request costs the server process (every thread: the event loop, GC helpers,
 * libuv) and its PostgreSQL backend, shape by shape, read from /proc schedstat (nanoseconds) around
 * each request: `carnet serve` in its own process with a pool of one connection, asked one request
 * at a time by this process, so the client's own work is not counted (search-page-render-ab.ts
 * counts it with the server's). With `--against`, another checkout's server alternates with this
 * one in blocks of 20 requests, both orders. The searches are bench:search's, each round 400 never
 * asked before (typo'd names and companies new, role words and the latest moves the same few), as
 * its loads are. Prints means by shape and for the mix: what to compare when other work loads the
 * machine (wall-clock req/s and p95 are not). `--against-database`: the other build's copy of the
 * directory, for a build whose migrations differ (as search-alternate.ts's).
 */
import path from "node:path";
import { serveReady, startCarnet } from "../support/instances.ts";
import { databaseUrl } from "../support/urls.ts";
import { processRanMs, ranMs } from "./cpu-time.ts";
import {
  adminQuery,
  benchServerUrl,
  commandOption,
  openSearchBenchDatabase,
  SEARCH_BENCH_DATABASE,
  SEARCH_BENCH_SIZE,
  searchServerEnv,
} from "./search-bench-database.ts";
import { SHAPE_WEIGHTS, type Shape, searchMix } from "./search-mix.ts";

const against = commandOption("--against");
const rounds = Number(commandOption("--rounds") ?? 4);
const apiPath = commandOption("--path") ?? "/api/moves";
const profileDir = commandOption("--cpu-prof");
const againstDatabase = commandOption("--against-database") ?? SEARCH_BENCH_DATABASE;
await openSearchBenchDatabase(true);

const builds = [
  { name: "this", root: undefined as string | undefined, database: SEARCH_BENCH_DATABASE },
  ...(against
    ? [{ name: path.basename(path.resolve(against)), root: path.resolve(against), database: againstDatabase }]
    : []),
];
const servers = [];
for (const [i, b] of builds.entries()) {
  const appName = `carnet_cost_${process.pid}_${i}`;
  const server = await startCarnet(
    ["serve", "--no-scheduler"],
    await searchServerEnv(databaseUrl(benchServerUrl, b.database), "info", {
      DATABASE_POOL_SIZE: "1",
      PGAPPNAME: appName,
    }),
    serveReady,
    {
      keepOutput: false,
      root: b.root,
      nodeOptions: profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [],
    },
  );
  servers.push({ ...b, server, appName, backends: [] as number[] });
}
const backendsOf = async (appName: string) =>
  (await adminQuery(`SELECT pid FROM pg_stat_activity WHERE application_name = '${appName}'`)).rows.map(
    (r) => r.pid as number,
  );
const backendsRanMs = (pids: number[]) => pids.reduce((sum, pid) => sum + ranMs(pid), 0);

const fetchOne = async (base: string, at: string) => {
  const response = await fetch(base + at, { headers: { "cache-control": "no-cache" } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${at}: ${response.status}`);
};
const pathsOf = (mix: ReturnType<typeof searchMix>) =>
  mix.map(({ shape, query }) => ({ shape, at: `${apiPath}?${new URLSearchParams(query)}` }));

try {
  // Warm-up: plans, prepared statements, the JIT, what each build remembers of the repeated shapes.
  const warm = pathsOf(searchMix(SEARCH_BENCH_SIZE));
  for (const s of servers) {
    for (let i = 0; i < 2; i++) for (const { at } of warm) await fetchOne(s.server.url, at);
    s.backends = await backendsOf(s.appName);
  }
  const sums = new Map<string, { node: number; pg: number; n: number }>();
  for (let round = 0; round < rounds; round++) {
    const paths = pathsOf(searchMix(SEARCH_BENCH_SIZE, 400, 400 * (round + 1)));
    for (let at = 0; at < paths.length; at += 20) {
      const order = (round + at / 20) % 2 ? [...servers].reverse() : servers;
      for (const s of order)
        for (const { shape, at: one } of paths.slice(at, at + 20)) {
          const nodeAt = processRanMs(s.server.pid!);
          const pgAt = backendsRanMs(s.backends);
          await fetchOne(s.server.url, one);
          const node = processRanMs(s.server.pid!) - nodeAt;
          const pg = backendsRanMs(s.backends) - pgAt;
          if (Number.isNaN(node + pg)) {
            s.backends = await backendsOf(s.appName); // a connection replaced: not counted
            continue;
          }
          const sum = sums.get(`${s.name} ${shape}`) ?? { node: 0, pg: 0, n: 0 };
          sum.node += node;
          sum.pg += pg;
          sum.n += 1;
          sums.set(`${s.name} ${shape}`, sum);
        }
    }
  }
  const total = Object.values(SHAPE_WEIGHTS).reduce((a, b) => a + b, 0);
  for (const s of servers) {
    let mixNode = 0;
    let mixPg = 0;
    for (const shape of Object.keys(SHAPE_WEIGHTS) as Shape[]) {
      const { node, pg, n } = sums.get(`${s.name} ${shape}`)!;
      mixNode += ((node / n) * SHAPE_WEIGHTS[shape]) / total;
      mixPg += ((pg / n) * SHAPE_WEIGHTS[shape]) / total;
      console.log(
        `${s.name.padEnd(16)} ${shape.padEnd(8)} CPU a request (mean of ${n}): server ${(node / n).toFixed(3)} ms + PostgreSQL ${(pg / n).toFixed(3)} ms = ${((node + pg) / n).toFixed(3)} ms`,
      );
    }
    console.log(
      `${s.name.padEnd(16)} mix      CPU a request (3:2:3:2): server ${mixNode.toFixed(3)} ms + PostgreSQL ${mixPg.toFixed(3)} ms = ${(mixNode + mixPg).toFixed(3)} ms`,
    );
  }
} finally {
  for (const s of servers) await s.server.stop();
}
