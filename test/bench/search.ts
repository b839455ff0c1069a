/**
 * npm run bench:search [-- --keep | --reuse] [-- --cpu-prof]
 *
 * The search against its plain-SQL yardstick, in one run on one PostgreSQL server:
 * 1. carnet_bench_search: 1,000,000 published moves, 100,000 companies, 800,000 people generated
 *    inside PostgreSQL (test/bench/search-bench-database.ts); the plan, statements, planning and
 *    execution time and buffers of every statement each query shape sends (EXPLAIN (ANALYZE, BUFFERS)).
 * 2. The reference: /work/shared/bench/naive-search's four query files at weights 3:2:3:2, 16
 *    clients, 20 s, straight to PostgreSQL (test/bench/naive-reference.ts: pgbench, or a node-pg loop).
 * 3. The product: `carnet serve` in its own process, as deployed, autocannon from this one:
 *    /api/moves uncached (Cache-Control: no-cache) with the same four shapes in the same proportions
 *    (full-text role words, a typo'd person name, a company filter, the latest moves; 20 moves
 *    each, as the reference's statements), 16 connections, 20 s; then /recherche (the HTML page,
 *    with its count, facets and highlighted roles) with the same mix; then /api/moves answered from
 *    memory (the same mix repeated), reported apart.
 * Judged by: API req/s ÷ reference q/s ≥ 1.0, API p95 ≤ 20 ms, /recherche req/s ÷ API req/s ≥ 0.8.
 * --keep keeps both databases; --reuse uses kept ones; --cpu-prof writes the server's CPU profile
 * to ./profiles (open it in Chrome's DevTools).
 */
import os from "node:os";
import path from "node:path";
import { type CompiledQuery, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../../db/schema.ts";
import { type SearchQuery, searchMoveListings, searchMoves } from "../../server/services/search.ts";
import { instanceEnv, serveReady, startCarnet } from "../support/instances.ts";
import { formatCpu, withCpuCost } from "./cpu-cost.ts";
import { type Figures, formatFigures, httpLoad, type LoadResult, uptimeLoad } from "./http-load.ts";
import { NAIVE_DATABASE, prepareNaiveReference, runNaiveReference } from "./naive-reference.ts";
import { recordBenchResult } from "./results.ts";
import {
  adminQuery,
  benchServerUrl,
  dropSearchBenchDatabase,
  openSearchBenchDatabase,
  SEARCH_BENCH_DATABASE,
  SEARCH_BENCH_SIZE,
} from "./search-bench-database.ts";
import { SHAPE_WEIGHTS, searchMix, searchRequests } from "./search-mix.ts";

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const TARGET = { ratio: 1.0, p95: 20, pageRatio: 0.8 };
// Searches a load may ask before it asks one again: more than 20 s send at 1,200 req/s, and four
// loads' worth (the API, the page and their warm-ups) below the 100,000 companies, so that none of
// the four asks a company another asked.
const FRESH_SEARCHES = 24_000;
const keep = process.argv.includes("--keep") || process.argv.includes("--reuse");
const reuse = process.argv.includes("--reuse");
const cpuProf = process.argv.includes("--cpu-prof");

const url = await openSearchBenchDatabase(reuse);

/**
 * Each shape's statements as the search sends them (captured through Kysely's log), run again
 * under EXPLAIN (ANALYZE, BUFFERS): indexes used, planning and execution time, buffers.
 */
async function explainShapes() {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // As the server's connections are (db/database.ts).
  pool.on("connect", (client) => client.query("SET jit = off"));
  const logged: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query") logged.push(event.query);
    },
  });
  // Three of each shape: the first warms, the others are explained (the API's, the page's). The loads
  // ask each typo'd name and company once (FRESH_SEARCHES), so those are explained asked for the first
  // time, not read again from what an earlier asking left (a typo'd name's reading, records), after a
  // hundred other searches have taught the search what a load's warm-up does (the first names); role
  // words and the latest moves are the same few searches again, in the loads as here.
  const examples = new Map<string, SearchQuery[]>();
  for (const { shape, query } of searchMix(SEARCH_BENCH_SIZE, 20)) {
    const seen = examples.get(shape) ?? [];
    if (seen.length < 3)
      examples.set(shape, [...seen, { ...query, limit: Number(query.limit) } as SearchQuery]);
  }
  for (const { query } of searchMix(SEARCH_BENCH_SIZE, 100, 4 * FRESH_SEARCHES)) {
    await searchMoves(db, { ...query, limit: Number(query.limit) } as SearchQuery, { defaultLimit: 20 });
    await searchMoveListings(db, { ...query, limit: Number(query.limit) } as SearchQuery, {
      defaultLimit: 20,
      count: true,
      highlight: true,
      facets: true,
    });
  }
  console.log("\nwhat one search sends (EXPLAIN (ANALYZE, BUFFERS) of each statement, warm):");
  for (const [shape, [warm, forApi, forPage]] of examples) {
    const askedOnce = shape === "typo" || shape === "company";
    for (const [page, options] of [
      ["api", { defaultLimit: 20 }],
      ["page", { defaultLimit: 20, count: true, highlight: true, facets: true }],
    ] as const) {
      // The page lists its moves without the paragraph text (searchMoveListings), the API as records.
      const searchAs = page === "page" ? searchMoveListings : searchMoves;
      await searchAs(db, warm as SearchQuery, options);
      logged.length = 0;
      await searchAs(db, (askedOnce ? (page === "api" ? forApi : forPage) : warm) as SearchQuery, options);
      const parts: string[] = [];
      let planning = 0;
      let execution = 0;
      for (const q of logged) {
        const { rows } = await pool.query(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.sql}`,
          q.parameters as unknown[],
        );
        const plan = rows[0]["QUERY PLAN"][0];
        const indexes = new Set<string>();
        const walk = (node: Record<string, unknown>) => {
          if (typeof node["Index Name"] === "string") indexes.add(node["Index Name"]);
          if (node["Node Type"] === "Seq Scan") indexes.add(`SEQ ${node["Relation Name"]}`);
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
        };
        walk(plan.Plan);
        planning += plan["Planning Time"];
        execution += plan["Execution Time"];
        parts.push(
          `${[...indexes].slice(0, 3).join("+") || "(no table)"}${indexes.size > 3 ? "+…" : ""} ${plan["Execution Time"].toFixed(2)} ms, ${plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"]} buffers${plan.JIT ? " JIT" : ""}`,
        );
      }
      console.log(
        `  ${shape.padEnd(8)} ${page.padEnd(5)} ${logged.length} statement${logged.length > 1 ? "s" : ""}, planning ${planning.toFixed(2)} ms, execution ${execution.toFixed(2)} ms: ${parts.join(" | ")}`,
      );
    }
  }
  await db.destroy();
}

const figuresLine = (f: Figures) => ({
  requestsPerSecond: Math.round(f.requestsPerSecond),
  p50: f.p50,
  p95: f.p95,
  p99: f.p99,
  errors: f.errors,
});
const withShapes = (r: LoadResult & { cpu?: unknown }) => ({
  ...figuresLine(r),
  ...(r.cpu ? { cpuPerRequest: r.cpu } : {}),
  load: r.load,
  shapes: Object.fromEntries(Object.entries(r.shapes).map(([k, v]) => [k, figuresLine(v)])),
});

const server = { stop: async () => {} };
try {
  await explainShapes();

  const referenceUrl = await prepareNaiveReference(benchServerUrl, reuse);
  console.log(
    `\nreference (plain SQL, naive schema): ${CONNECTIONS} clients × ${SECONDS} s, fts:typo:company:latest = ${Object.values(SHAPE_WEIGHTS).join(":")}`,
  );
  const reference = await runNaiveReference(referenceUrl, CONNECTIONS, SECONDS);
  console.log(`${formatFigures(`reference (${reference.tool})`, reference, "q/s")}   (${uptimeLoad()})`);
  for (const [shape, f] of Object.entries(reference.shapes))
    console.log(formatFigures(`  ${shape}`, f, "q/s"));

  const carnet = await startCarnet(
    ["serve", "--no-scheduler"],
    await instanceEnv({
      DATABASE_URL: url,
      API_RATE_LIMIT: "0",
      // Every request logged, as in production; this process drops the lines once the server is up.
      LOG_LEVEL: "info",
      SMTP_URL: "smtp://127.0.0.1:9", // a search sends no mail
    }),
    serveReady,
    {
      keepOutput: false,
      nodeOptions: cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve("profiles")}`] : [],
    },
  );
  server.stop = () => carnet.stop();
  const noCacheHeaders = { "cache-control": "no-cache" };
  // Each load asks searches none before it asked (FRESH_SEARCHES each, more than a load sends), so that
  // what the server remembers of a search asked again (a count, a typo'd name's reading, records,
  // a page: each kept under the directory's version) does not answer a typo'd name or a company
  // the reference would have to search for: the reference draws those at random from 800,000 and
  // 100,000. Before session 17 the loads went round 400 searches, each typo'd name and company asked
  // about fifty times a run.
  const api = searchRequests("/api/moves", SEARCH_BENCH_SIZE, FRESH_SEARCHES, 0);
  const page = searchRequests("/recherche", SEARCH_BENCH_SIZE, FRESH_SEARCHES, FRESH_SEARCHES);
  const warmApi = searchRequests("/api/moves", SEARCH_BENCH_SIZE, FRESH_SEARCHES, 2 * FRESH_SEARCHES);
  const warmPage = searchRequests("/recherche", SEARCH_BENCH_SIZE, FRESH_SEARCHES, 3 * FRESH_SEARCHES);
  // Warm the caches so the first seconds do not measure disk reads, and open the pool's connections
  // (each new backend plans its prepared statements and fills its catalog caches once).
  for (const r of [...warmApi.slice(0, 40), ...warmPage.slice(0, 40)])
    await fetch(carnet.url + r.path, { headers: { "cache-control": "no-cache" } });
  for (const requests of [warmApi, warmPage])
    await httpLoad({
      urls: [carnet.url],
      requests,
      connections: CONNECTIONS,
      seconds: 3,
      headers: noCacheHeaders,
    });

  console.log(
    `\nCarnet (\`carnet serve\`, own process): ${CONNECTIONS} connections × ${SECONDS} s, same mix`,
  );
  const load = async (title: string, requests: typeof api, headers: Record<string, string> = {}) => {
    const result = await withCpuCost(carnet.pid, SEARCH_BENCH_DATABASE, () =>
      httpLoad({ urls: [carnet.url], requests, connections: CONNECTIONS, seconds: SECONDS, headers, title }),
    );
    console.log(`  ${formatCpu(result.cpu)}`);
    return result;
  };
  const uncached = await load("/api/moves uncached", api, noCacheHeaders);
  const html = await load("/recherche", page, noCacheHeaders);
  const cached = await load("/api/moves cached", api);
  await carnet.stop();

  const ratio = uncached.requestsPerSecond / reference.requestsPerSecond;
  const pageRatio = html.requestsPerSecond / uncached.requestsPerSecond;
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  console.log(`\nper shape, /api/moves uncached ÷ reference:`);
  for (const shape of Object.keys(SHAPE_WEIGHTS)) {
    const a = uncached.shapes[shape];
    const r = reference.shapes[shape];
    if (a && r)
      console.log(
        `  ${shape.padEnd(8)} ${(a.requestsPerSecond / r.requestsPerSecond).toFixed(2)} × (p95 ${a.p95.toFixed(1)} vs ${r.p95.toFixed(1)} ms)`,
      );
  }
  console.log(
    `\nratio ${ratio.toFixed(2)} (/api/moves uncached req/s ÷ reference q/s: ${uncached.requestsPerSecond.toFixed(0)} ÷ ${reference.requestsPerSecond.toFixed(0)}; target ≥ ${TARGET.ratio}: ${verdict(ratio >= TARGET.ratio)})`,
  );
  console.log(
    `p95 ${uncached.p95.toFixed(1)} ms (/api/moves uncached; target ≤ ${TARGET.p95} ms: ${verdict(uncached.p95 <= TARGET.p95)})`,
  );
  console.log(
    `page ratio ${pageRatio.toFixed(2)} (/recherche req/s ÷ /api/moves uncached req/s; target ≥ ${TARGET.pageRatio}: ${verdict(pageRatio >= TARGET.pageRatio)})`,
  );
  if (uncached.cpu && html.cpu) {
    const cost = (c: NonNullable<typeof uncached.cpu>) => c.serverMs + c.postgresMs;
    console.log(
      `CPU per request, /api/moves uncached ÷ /recherche: ${(cost(uncached.cpu) / cost(html.cpu)).toFixed(2)} (what the page ratio would be if the machine were only theirs)`,
    );
  }
  console.log(
    `cached answers (apart, not judged): ${cached.requestsPerSecond.toFixed(0)} req/s, p95 ${cached.p95.toFixed(1)} ms`,
  );
  console.log(
    `${uptimeLoad()}; ${os.cpus().length} cores shared by the server, PostgreSQL and the load generators`,
  );

  await recordBenchResult("search", {
    reference: { tool: reference.tool, ...withShapes(reference) },
    apiUncached: withShapes(uncached),
    page: withShapes(html),
    apiCached: withShapes(cached),
    ratios: { apiToReference: ratio, pageToApi: pageRatio },
    targets: TARGET,
    met: {
      ratio: ratio >= TARGET.ratio,
      p95: uncached.p95 <= TARGET.p95,
      pageRatio: pageRatio >= TARGET.pageRatio,
    },
  });
} finally {
  await server.stop();
  if (!keep) {
    await dropSearchBenchDatabase();
    await adminQuery(`DROP DATABASE IF EXISTS ${NAIVE_DATABASE} WITH (FORCE)`);
  } else
    console.log("kept the databases (npm run bench:search -- --reuse to run again without rebuilding them)");
}
