/**
 * npx tsx test/bench/search-page-render-ab.ts --against <checkout> [--rounds N] [--path /recherche]
 *
 * The Node CPU of one search page, this checkout's whole app (routing, middleware, service,
 * rendering, writing) against another's, both loaded in this process, each listening on its own
 * port with a pool of one connection to the kept carnet_bench_search, fetched one at a time in
 * alternating blocks (both orders) over bench:search's 400 queries. The process's CPU around each
 * fetch (the client's share the same for both) and the backend's (/proc schedstat): medians, which a
 * loaded machine blurs less than req/s under 16 connections. For a change to the page's own Node
 * work (issue 14: the search page's Node CPU against the API's), where search-inprocess-ab.ts sees
 * only the service. `--fresh`: each round fetches 400 searches never asked before, as bench:search's
 * loads do, so that neither build sends a page it remembers.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { sql } from "kysely";
import { ranMs } from "./cpu-time.ts";
import {
  commandOption,
  openSearchBenchDatabase,
  SEARCH_BENCH_SIZE,
  searchServerEnv,
} from "./search-bench-database.ts";
import { searchMix } from "./search-mix.ts";

const against = path.resolve(commandOption("--against") ?? ".");
const rounds = Number(commandOption("--rounds") ?? 4);
const pagePath = commandOption("--path") ?? "/recherche";
const fresh = process.argv.includes("--fresh");
const url = await openSearchBenchDatabase(true);
const env = await searchServerEnv(url, "warn");

async function load(root: string) {
  const { loadConfig } = await import(path.join(root, "server/config.ts"));
  const { createLogger } = await import(path.join(root, "server/logger.ts"));
  const { createDeps } = await import(path.join(root, "server/deps.ts"));
  const { createApp } = await import(path.join(root, "server/app.ts"));
  const config = loadConfig(env, { dotEnvFile: null });
  const logger = createLogger({ level: "warn", format: "json", batched: true });
  const deps = await createDeps(config, logger, url, { poolSize: 1 });
  const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(deps.db);
  const server = createApp(deps).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { deps, server, base, backend: rows[0]!.pid as number };
}
const builds = [
  { name: "this", ...(await load(path.resolve("."))) },
  { name: path.basename(against), ...(await load(against)) },
];
const urlsOf = (mix: ReturnType<typeof searchMix>) =>
  mix.map(({ query }) => `${pagePath}?${new URLSearchParams(query as Record<string, string>)}`);
const urls = urlsOf(searchMix(SEARCH_BENCH_SIZE));
/** The round's pages: the same 400, or 400 never asked before (after the warm-up's). */
const urlsFor = (round: number) =>
  fresh ? urlsOf(searchMix(SEARCH_BENCH_SIZE, 400, 400 * (round + 1))) : urls;
const backendOf = async (b: (typeof builds)[number]) => {
  const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(b.deps.db);
  b.backend = rows[0]!.pid;
};
const fetchPage = async (base: string, at: string) => {
  const response = await fetch(base + at, { headers: { "cache-control": "no-cache" } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${at}: ${response.status}`);
};
const node = new Map<string, number[]>();
const pg = new Map<string, number[]>();
// Warm both: plans, prepared statements, what each remembers, the JIT.
for (let i = 0; i < 2; i++) for (const b of builds) for (const at of urls) await fetchPage(b.base, at);
for (let round = 0; round < rounds; round++) {
  const urls = urlsFor(round);
  for (let at = 0; at < urls.length; at += 20) {
    const order = (round + at / 20) % 2 ? [...builds].reverse() : builds;
    for (const b of order) {
      const nodeAt = process.cpuUsage();
      const pgAt = ranMs(b.backend);
      for (const u of urls.slice(at, at + 20)) await fetchPage(b.base, u);
      const used = process.cpuUsage(nodeAt);
      const pgMs = ranMs(b.backend) - pgAt;
      if (Number.isNaN(pgMs)) {
        await backendOf(b);
        continue;
      }
      node.set(b.name, [...(node.get(b.name) ?? []), (used.user + used.system) / 1000 / 20]);
      pg.set(b.name, [...(pg.get(b.name) ?? []), pgMs / 20]);
    }
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
for (const b of builds)
  console.log(
    `${b.name.padEnd(16)} ${pagePath}: CPU a request, medians of ${node.get(b.name)!.length} blocks of 20: Node (server and client) ${median(node.get(b.name)!).toFixed(3)} ms, PostgreSQL ${median(pg.get(b.name)!).toFixed(3)} ms`,
  );
for (const b of builds) {
  b.server.close();
  await b.deps.close();
}
