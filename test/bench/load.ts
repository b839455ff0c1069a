/**
 * npm run bench:load [-- --keep | --reuse]
 *
 * Carnet under load: 200 connections for 60 s (BENCH_LOAD_SECONDS) on a mix of the home page,
 * /recherche (bench:search's four shapes), person pages and company pages, in equal parts, against
 * `carnet serve` in its own process on bench:search's million-move directory (carnet_bench_search).
 * Judged by: no error (every answer a 200, no timeout, no reset), the p99 printed, and the server
 * answering normally right after: the home page and a search, each a 200 within a second.
 */
import os from "node:os";
import pg from "pg";
import { instanceEnv, serveReady, startCarnet } from "../support/instances.ts";
import { httpLoad, type Shaped, uptimeLoad } from "./http-load.ts";
import { recordBenchResult } from "./results.ts";
import {
  dropSearchBenchDatabase,
  openSearchBenchDatabase,
  SEARCH_BENCH_SIZE,
} from "./search-bench-database.ts";
import { searchRequests } from "./search-mix.ts";

const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const keep = process.argv.includes("--keep") || process.argv.includes("--reuse");
const reuse = process.argv.includes("--reuse");

const url = await openSearchBenchDatabase(reuse);
const client = new pg.Client({ connectionString: url });
await client.connect();
// People and companies with a published move (every generated one has some), spread over the tables.
const slugsOf = async (table: "people" | "companies") =>
  (
    await client.query<{ slug: string }>(`SELECT slug FROM ${table} TABLESAMPLE SYSTEM (1) LIMIT 100`)
  ).rows.map((r) => r.slug);
const people = await slugsOf("people");
const companies = await slugsOf("companies");
await client.end();

const searches = searchRequests("/recherche", SEARCH_BENCH_SIZE);
const requests: Shaped[] = [];
for (let i = 0; i < 400; i++) {
  requests.push({ shape: "home", path: "/" });
  requests.push({ shape: "search", path: searches[i % searches.length]!.path });
  requests.push({ shape: "person", path: `/personnes/${people[i % people.length]}` });
  requests.push({ shape: "company", path: `/entreprises/${companies[i % companies.length]}` });
}

const carnet = await startCarnet(
  ["serve", "--no-scheduler"],
  await instanceEnv({
    DATABASE_URL: url,
    LOG_LEVEL: "info",
    SMTP_URL: "smtp://127.0.0.1:9", // pages send no mail
  }),
  serveReady,
  { keepOutput: false },
);
try {
  for (const r of requests.slice(0, 40)) await fetch(carnet.url + r.path);
  console.log(
    `\n${CONNECTIONS} connections × ${SECONDS} s: /, /recherche, person and company pages in equal parts`,
  );
  const result = await httpLoad({
    urls: [carnet.url],
    requests,
    connections: CONNECTIONS,
    seconds: SECONDS,
    title: "pages under load",
  });

  // Right after: a visitor arriving now gets the pages at once.
  const after: { path: string; status: number; ms: number }[] = [];
  for (const path of ["/", searches[0]!.path]) {
    const started = performance.now();
    const res = await fetch(carnet.url + path);
    await res.text();
    after.push({ path, status: res.status, ms: performance.now() - started });
  }
  const normal = after.every((a) => a.status === 200 && a.ms < 1000);
  console.log(
    `right after: ${after.map((a) => `${a.path.slice(0, 40)} ${a.status} in ${a.ms.toFixed(0)} ms`).join(", ")}`,
  );
  console.log(
    `\nerrors ${result.errors} (target 0: ${result.errors === 0 ? "met" : "NOT met"}); p99 ${result.p99.toFixed(0)} ms; server answers normally right after: ${normal ? "yes" : "NO"}`,
  );
  console.log(
    `${uptimeLoad()}; ${os.cpus().length} cores shared by the server, PostgreSQL and the load generator`,
  );
  await recordBenchResult("load", {
    connections: CONNECTIONS,
    seconds: SECONDS,
    requestsPerSecond: Math.round(result.requestsPerSecond),
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    errors: result.errors,
    shapes: result.shapes,
    after,
    load: result.load,
    met: { errors: result.errors === 0, answersAfter: normal },
  });
} finally {
  await carnet.stop();
  if (!keep) await dropSearchBenchDatabase();
}
