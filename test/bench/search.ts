/**
 * npm run bench:search [-- --keep] [-- --reuse]
 *
 * Fills the database carnet_bench_search (on DATABASE_URL's server, by default the local
 * postgres://postgres@127.0.0.1:5432/postgres) with 1,000,000 published moves, 100,000 companies and
 * 800,000 people, generated inside PostgreSQL; then autocannon runs 16 connections for 20 s against
 * /api/moves (a mix of words, typo'd names and filters) and, in the same run, against /healthz.
 * Prints p50 / p95 / p99 latency and requests/s for both, the plan (indexes, time) of each query
 * shape, and the figure the search is judged by: search req/s ÷ healthz req/s (target ≥ 0.25,
 * with search p95 ≤ 50 ms), for the search itself (Cache-Control: no-cache) and for answers kept
 * in memory (the same mix repeated). --keep keeps the database; --reuse uses a kept one without regenerating.
 */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { type CompiledQuery, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import pino from "pino";
import { createDatabase, migrateToLatest } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";
import { companyKey } from "../../jobs/parse/index.ts";
import { loadConfig } from "../../server/config.ts";
import { createDeps } from "../../server/deps.ts";
import { type SearchQuery, searchMoves } from "../../server/services/search.ts";
import { startTestServer } from "../support/server.ts";
import { databaseUrl } from "../support/urls.ts";
import { companyName, generateDirectory, personName } from "./search-data.ts";

const NAME = "carnet_bench_search";
const SIZE = { moves: 1_000_000, companies: 100_000, people: 800_000 };
const CONNECTIONS = 16;
const DURATION = 20;
// The server's own pool size (createDeps' default) unless BENCH_POOL_SIZE says otherwise: 4, 8
// and 16 measured alike on 2 cores, within the noise of a shared machine.
const POOL_SIZE = process.env.BENCH_POOL_SIZE ? Number(process.env.BENCH_POOL_SIZE) : undefined;
const keep = process.argv.includes("--keep") || process.argv.includes("--reuse");
const reuse = process.argv.includes("--reuse");
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function admin(query: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(query);
  } finally {
    await client.end();
  }
}

const url = databaseUrl(serverUrl, NAME);
const exists = (await admin(`SELECT 1 FROM pg_database WHERE datname = '${NAME}'`)).rowCount === 1;
if (!(reuse && exists)) {
  await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${NAME}`);
  const handle = createDatabase(url, { max: 1 });
  await migrateToLatest(handle.db);
  const client = await handle.pool.connect();
  const started = performance.now();
  await generateDirectory(client, SIZE, (step) =>
    console.log(`  generating ${step}… (${((performance.now() - started) / 1000).toFixed(0)} s)`),
  );
  client.release();
  await handle.close();
  console.log(`generated ${SIZE.moves} moves in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} else {
  // A kept database may predate the latest migrations (new indexes, the name_words dictionary).
  const handle = createDatabase(url, { max: 1 });
  const { results } = await migrateToLatest(handle.db);
  for (const r of results ?? []) console.log(`  migrated ${r.migrationName} (${r.status})`);
  await handle.close();
}

const config = loadConfig(
  {
    NODE_ENV: "production",
    DATABASE_URL: url,
    DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "carnet-bench-search-")),
    APP_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    PUBLIC_URL: "http://127.0.0.1",
    LOG_LEVEL: "silent",
    LOG_FORMAT: "json",
    SCHEDULER: "false",
    API_RATE_LIMIT: "0",
  },
  { dotEnvFile: null },
);
// One JSON line per request, as in production, written asynchronously to /dev/null.
const logger = pino({ level: "info" }, pino.destination({ dest: "/dev/null", sync: false }));
const deps = await createDeps(config, logger, url, { poolSize: POOL_SIZE });
const server = await startTestServer(deps);

/** The query mix: words (common and rare), exact and mistyped names, filters, and combinations. */
const typo = (name: string, i: number) => {
  const at = 2 + (i % Math.max(1, name.length - 3));
  return i % 2
    ? name.slice(0, at) + name.slice(at + 1)
    : name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
};
const MIX: SearchQuery[] = [];
for (let i = 0; i < 400; i++) {
  const person = personName((i * 7907) % SIZE.people);
  const company = companyName((i * 104_723) % SIZE.companies);
  const shapes: SearchQuery[] = [
    // (i / 10): this shape comes every tenth query, so i % 5 would always pick the first phrase.
    {
      q: ["directrice financière", "head of data", "DRH", "directeur commercial", "supply chain"][
        Math.floor(i / 10) % 5
      ],
    },
    { q: person },
    { q: typo(person.split(" ")[1]!, i) },
    { q: company },
    { q: typo(companyKey(company), i) },
    { company: company },
    { seniority: "c_level", function: "finance" },
    { since: "2024-01-01", until: "2024-03-31", kind: "appointed" },
    { q: "directeur", seniority: "director", since: "2023-01-01" },
    { q: "responsable des achats", sort: "relevance" },
  ];
  MIX.push(shapes[i % shapes.length]!);
}
const toPath = (query: SearchQuery) =>
  `/api/moves?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function load(title: string, paths: string[], headers: Record<string, string> = {}): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: CONNECTIONS,
        duration: DURATION,
        headers,
        requests: [
          {
            setupRequest: (request) => {
              request.path = paths[next++ % paths.length]!;
              return request;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status !== 200) errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const figures = {
    requestsPerSecond: result.requests.total / DURATION,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: errors + result.errors + result.timeouts,
  };
  console.log(
    `${title.padEnd(12)} ${figures.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${figures.p50.toFixed(1)} ms   p95 ${figures.p95.toFixed(1)} ms   p99 ${figures.p99.toFixed(1)} ms   non-2xx/errors ${figures.errors}`,
  );
  return figures;
}

/** The indexes each query of one search uses, and PostgreSQL's own execution time. */
async function explain() {
  const logged: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: deps.pool }),
    log: (event) => {
      if (event.level === "query") logged.push(event.query);
    },
  });
  const shapes: [string, SearchQuery][] = [
    ["latest", {}],
    ["common words", { q: "directrice financière" }],
    ["common phrase", { q: "head of data" }],
    ["exact person", { q: personName(123_457) }],
    ["typo'd person", { q: typo(personName(123_457).split(" ")[1]!, 1) }],
    ["typo'd company", { q: typo(companyKey(companyName(4242)), 0) }],
    ["company", { company: companyName(4242) }],
    ["filters", { seniority: "c_level", function: "finance", since: "2024-01-01" }],
    ["relevance", { q: "responsable des achats", sort: "relevance" }],
  ];
  console.log("\nquery plans (EXPLAIN ANALYZE of every statement one search sends):");
  for (const [name, query] of shapes) {
    logged.length = 0;
    await searchMoves(db, query, { defaultLimit: 50 });
    const parts: string[] = [];
    for (const q of logged) {
      const { rows } = await deps.pool.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql}`,
        q.parameters as unknown[],
      );
      const indexes = new Set<string>();
      const seq = new Set<string>();
      const walk = (node: Record<string, unknown>) => {
        if (typeof node["Index Name"] === "string") indexes.add(node["Index Name"]);
        if (node["Node Type"] === "Seq Scan") seq.add(String(node["Relation Name"]));
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      const plan = rows[0]["QUERY PLAN"][0];
      walk(plan.Plan);
      parts.push(
        `${[...indexes].join("+") || "(no table)"}${seq.size ? ` SEQ SCAN ${[...seq].join(",")}` : ""}${plan.JIT ? " JIT" : ""} ${plan["Execution Time"].toFixed(1)} ms`,
      );
    }
    console.log(`  ${name.padEnd(16)} ${parts.join(" | ")}`);
  }
  // Not destroyed: that would end deps.pool, which the load test still needs.
}

try {
  await explain();
  console.log(`\nautocannon: ${CONNECTIONS} connections × ${DURATION} s each, against 127.0.0.1`);
  // Warm the caches once so the first seconds do not measure disk reads.
  for (const query of MIX.slice(0, 50)) await fetch(server.url + toPath(query));
  // Uncached: every request searches (Cache-Control: no-cache skips the answers kept in memory).
  const search = await load("/api/moves", MIX.map(toPath), { "cache-control": "no-cache" });
  // Cached: the same 400 searches again and again, each answered from memory after its first
  // time, with the directory's version read per request (see server/services/search-cache.ts).
  const cached = await load("(cached)", MIX.map(toPath));
  const health = await load("/healthz", ["/healthz"]);
  for (const [name, figures] of [
    ["uncached", search],
    ["cached", cached],
  ] as const) {
    const ratio = figures.requestsPerSecond / health.requestsPerSecond;
    console.log(
      `\n${name.padEnd(8)} search p95 ${figures.p95.toFixed(1)} ms (target ≤ 50 ms: ${figures.p95 <= 50 ? "met" : "NOT met"})`,
    );
    console.log(
      `${name.padEnd(8)} ratio ${ratio.toFixed(3)} (search req/s ÷ healthz req/s; target ≥ 0.25: ${ratio >= 0.25 ? "met" : "NOT met"})`,
    );
  }
} finally {
  await server.close();
  await deps.close();
  if (!keep) await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  else
    console.log(`kept database ${NAME} (npm run bench:search -- --reuse to run again without regenerating)`);
}
