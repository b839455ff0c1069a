/**
 * npx tsx test/bench/search-inprocess-ab.ts --against <checkout> [--rounds N] [--only api|page] [--fresh]
 *
 * Wall time of one search, this checkout's search service against another's, both loaded in this
 * process, each on its own pool of one connection to the kept carnet_bench_search, called one
 * after the other in alternating blocks over bench:search's 400 queries (the page's options, or the
 * API's). One connection and no HTTP: what a search costs the server and PostgreSQL together,
 * read as the median and tenth percentile of many calls, which a loaded machine blurs less than
 * req/s. Prints each build's figures per shape. `--fresh`: each round asks 400 searches neither build
 * asked before (typo'd names and companies never repeat), as bench:search's loads do since b716be6,
 * so that what a build remembers of a search asked again does not answer it.
 */
import path from "node:path";
import { sql } from "kysely";
import { ranMs } from "./cpu-time.ts";
import { commandOption, openSearchBenchDatabase, SEARCH_BENCH_SIZE } from "./search-bench-database.ts";
import { searchMix } from "./search-mix.ts";

const against = path.resolve(commandOption("--against") ?? ".");
const rounds = Number(commandOption("--rounds") ?? 6);
const only = commandOption("--only") ?? "page";
const fresh = process.argv.includes("--fresh");
const url = await openSearchBenchDatabase(true);

async function load(root: string) {
  const { createDatabase } = await import(path.join(root, "db/database.ts"));
  const search = await import(path.join(root, "server/services/search.ts"));
  const { db } = createDatabase(url, { max: 1 });
  const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db);
  return { db, search, backend: rows[0]!.pid as number };
}
const builds = [
  { name: "this", ...(await load(path.resolve("."))) },
  { name: path.basename(against), ...(await load(against)) },
];
const mix = searchMix(SEARCH_BENCH_SIZE);
/** The round's searches: the same 400, or 400 never asked before (after the warm-up's). */
const mixOf = (round: number) => (fresh ? searchMix(SEARCH_BENCH_SIZE, 400, 400 * (round + 1)) : mix);
const times = new Map<string, number[]>();
const cpu = new Map<string, { node: number; pg: number; n: number }>();
const run = async (b: (typeof builds)[number], query: Record<string, string>) => {
  const parsed = b.search.searchQuerySchema.parse(query);
  if (only === "api") return b.search.searchMovesAsJson(b.db, parsed, { defaultLimit: 50 });
  return b.search.searchMoveListings(b.db, parsed, {
    defaultLimit: 20,
    count: true,
    highlight: true,
    facets: true,
  });
};
// Warm both: plans, prepared statements, what each remembers.
for (const b of builds) for (const m of mix) await run(b, m.query);
for (let round = 0; round < rounds; round++) {
  const mix = mixOf(round);
  for (let at = 0; at < mix.length; at += 20) {
    const order = (round + at / 20) % 2 ? [...builds].reverse() : builds;
    for (const b of order) {
      const nodeBefore = process.cpuUsage();
      const pgBefore = ranMs(b.backend);
      for (const m of mix.slice(at, at + 20)) {
        const nodeAt = process.cpuUsage();
        const pgAt = ranMs(b.backend);
        await run(b, m.query);
        const nodeUsed = process.cpuUsage(nodeAt);
        const nodeMs = (nodeUsed.user + nodeUsed.system) / 1000;
        const pgMs = ranMs(b.backend) - pgAt;
        for (const key of [`${b.name} ${m.shape}`, `${b.name} all`]) {
          times.set(key, [...(times.get(key) ?? []), nodeMs + pgMs]);
          times.set(`${key} node`, [...(times.get(`${key} node`) ?? []), nodeMs]);
          times.set(`${key} pg`, [...(times.get(`${key} pg`) ?? []), pgMs]);
        }
      }
      const node = process.cpuUsage(nodeBefore);
      const c = cpu.get(b.name) ?? { node: 0, pg: 0, n: 0 };
      c.node += (node.user + node.system) / 1000;
      c.pg += ranMs(b.backend) - pgBefore;
      c.n += 20;
      cpu.set(b.name, c);
    }
  }
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
for (const shape of ["fts", "typo", "company", "latest", "all"])
  console.log(
    `${shape.padEnd(8)}\n    ${builds
      .map((b) => {
        const xs = times.get(`${b.name} ${shape}`) ?? [];
        const mean = (ys: number[]) => (ys.reduce((s, y) => s + y, 0) / ys.length).toFixed(3);
        const node = times.get(`${b.name} ${shape} node`) ?? [];
        const pg = times.get(`${b.name} ${shape} pg`) ?? [];
        return `${b.name} CPU p10 ${q(xs, 0.1).toFixed(3)} p50 ${q(xs, 0.5).toFixed(3)} mean ${mean(xs)} (node p50 ${q(node, 0.5).toFixed(3)} mean ${mean(node)}, PostgreSQL p50 ${q(pg, 0.5).toFixed(3)} mean ${mean(pg)})`;
      })
      .join("\n    ")}`,
  );
for (const b of builds) {
  const c = cpu.get(b.name)!;
  console.log(
    `CPU a search, ${b.name}: node ${(c.node / c.n).toFixed(3)} + PostgreSQL ${(c.pg / c.n).toFixed(3)} = ${((c.node + c.pg) / c.n).toFixed(3)} ms`,
  );
}
await Promise.all(builds.map((b) => b.db.destroy()));
