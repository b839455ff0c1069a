/**
 * npx tsx test/bench/search-alternate.ts [--against <checkout> [--against-database <name>]]
 *   [--rounds N] [--seconds S] [--connections C] [--only api|page] [--cpu-prof]
 *   [--env KEY=VALUE] [--against-env KEY=VALUE] [--fresh]
 *
 * bench:search's two Carnet loads (/api/moves uncached and /recherche, its four shapes in its
 * proportions) in short bursts, this checkout's `carnet serve` and another's (`--against`, e.g. a
 * `git archive` of main with node_modules linked) alternating A B B A… on the same kept
 * carnet_bench_search (`npm run bench:search -- --keep` first; SEARCH_BENCH_DATABASE names another
 * copy). On a shared machine, builds measured minutes apart differ by the other sessions' load more
 * than by their code: bursts a few seconds apart see the same load. Each burst prints req/s, p95 and
 * the CPU a request cost the server and the PostgreSQL backends (/proc); only one server is loaded
 * at a time, so the database's backends are the loaded server's. Without `--against`, this
 * checkout alone (a profile: `--cpu-prof` writes ./profiles). `--against-database`: the other build
 * reads its own copy of the directory (`CREATE DATABASE … TEMPLATE carnet_bench_search`), for a
 * build with a migration the other does not know (which would make it refuse to start).
 * `--env` / `--against-env` (repeatable) set a variable for this build's or the other's server only:
 * `--against . --against-env DATABASE_POOL_SIZE=4` compares a setting on one build.
 * `--fresh`: each round's bursts ask searches no burst asked before (typo'd names and companies
 * never repeat), as bench:search's loads do, rather than going round the same 400.
 */
import path from "node:path";
import { serveReady, startCarnet } from "../support/instances.ts";
import { type CpuCost, withCpuCost } from "./cpu-cost.ts";
import { httpLoad, type LoadResult, uptimeLoad } from "./http-load.ts";
import {
  commandOption,
  openSearchBenchDatabase,
  SEARCH_BENCH_DATABASE,
  SEARCH_BENCH_SIZE,
  searchServerEnv,
} from "./search-bench-database.ts";
import { searchRequests } from "./search-mix.ts";

const against = commandOption("--against");
const rounds = Number(commandOption("--rounds") ?? 2);
const seconds = Number(commandOption("--seconds") ?? 8);
const connections = Number(commandOption("--connections") ?? 16);
const only = commandOption("--only");
const cpuProf = process.argv.includes("--cpu-prof");
const fresh = process.argv.includes("--fresh");
/** Searches a fresh burst may send: more than 8 s ask at 1,500 req/s; 6 bursts' worth under the 100,000 companies. */
const FRESH_BURST = 12_000;
const againstDatabase = commandOption("--against-database") ?? SEARCH_BENCH_DATABASE;
const envOptions = (name: string) =>
  Object.fromEntries(
    process.argv
      .flatMap((arg, i) => (arg === name ? [process.argv[i + 1] ?? ""] : []))
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
  );

const url = await openSearchBenchDatabase(true);
const envFor = (databaseUrl: string, extra: Record<string, string>) =>
  searchServerEnv(databaseUrl, "info", extra);
const builds = [
  {
    name: "this",
    root: undefined as string | undefined,
    database: SEARCH_BENCH_DATABASE,
    env: envOptions("--env"),
  },
  ...(against
    ? [
        {
          name: path.basename(path.resolve(against)),
          root: path.resolve(against),
          database: againstDatabase,
          env: envOptions("--against-env"),
        },
      ]
    : []),
];
const servers = await Promise.all(
  builds.map(async (b) =>
    startCarnet(
      ["serve", "--no-scheduler"],
      await envFor(url.replace(SEARCH_BENCH_DATABASE, b.database), b.env),
      serveReady,
      {
        keepOutput: false,
        root: b.root,
        nodeOptions: cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve("profiles")}`] : [],
      },
    ),
  ),
);
const headers = { "cache-control": "no-cache" };
const loads = [
  { name: "api", requests: searchRequests("/api/moves", SEARCH_BENCH_SIZE) },
  { name: "page", requests: searchRequests("/recherche", SEARCH_BENCH_SIZE) },
].filter((l) => !only || l.name === only);

type Burst = LoadResult & { cpu: CpuCost | null };
const results = new Map<string, Burst[]>();
try {
  // Warm: catalog caches, prepared statements, JIT of each server.
  for (const server of servers)
    for (const load of loads)
      await httpLoad({ urls: [server.url], requests: load.requests, connections, seconds: 3, headers });
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? servers.map((_, i) => i) : servers.map((_, i) => i).reverse();
    for (const load of loads)
      for (const i of order) {
        const server = servers[i]!;
        // Both builds are asked the same fresh searches: each remembers only what it was asked.
        const requests = fresh
          ? searchRequests(
              load.name === "api" ? "/api/moves" : "/recherche",
              SEARCH_BENCH_SIZE,
              FRESH_BURST,
              1_000 + (round * loads.length + loads.indexOf(load)) * FRESH_BURST,
            )
          : load.requests;
        const burst = await withCpuCost(server.pid, builds[i]!.database, () =>
          httpLoad({ urls: [server.url], requests, connections, seconds, headers }),
        );
        const key = `${builds[i]!.name} ${load.name}`;
        results.set(key, [...(results.get(key) ?? []), burst]);
        const shapes = Object.entries(burst.shapes)
          .sort()
          .map(([s, f]) => `${s} p50 ${f.p50.toFixed(0)} p95 ${f.p95.toFixed(0)}`)
          .join(", ");
        console.log(
          `${key.padEnd(24)} ${burst.requestsPerSecond.toFixed(0).padStart(5)} req/s  p95 ${burst.p95.toFixed(1)} ms  CPU a request server ${burst.cpu?.serverMs.toFixed(2)} + PostgreSQL ${burst.cpu?.postgresMs.toFixed(2)} ms  errors ${burst.errors}  (${uptimeLoad()})\n    ${shapes}`,
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
console.log("\nmedians:");
for (const b of builds) {
  const of = (load: string) => results.get(`${b.name} ${load}`) ?? [];
  const line = (load: string) => {
    const r = of(load);
    if (r.length === 0) return "";
    const cpu = median(r.map((x) => (x.cpu ? x.cpu.serverMs + x.cpu.postgresMs : Number.NaN)));
    const server = median(r.map((x) => x.cpu?.serverMs ?? Number.NaN));
    return `${load} ${median(r.map((x) => x.requestsPerSecond)).toFixed(0)} req/s p95 ${median(r.map((x) => x.p95)).toFixed(1)} ms CPU ${cpu.toFixed(2)} ms (server ${server.toFixed(2)})`;
  };
  const api = of("api");
  const page = of("page");
  const ratio =
    api.length && page.length
      ? `  page ÷ API ${(median(page.map((x) => x.requestsPerSecond)) / median(api.map((x) => x.requestsPerSecond))).toFixed(2)}`
      : "";
  console.log(`  ${b.name.padEnd(16)} ${line("api")}   ${line("page")}${ratio}`);
}
