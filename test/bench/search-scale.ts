/**
 * npm run bench:search-scale
 *
 * Carnet at scale, measured: a PostgreSQL 15 primary and a streaming replica made here
 * (test/support/postgres-cluster.ts), a million generated moves on the primary, replayed by the
 * replica; then, in the same run, bench:search's uncached /api/moves mix (16 connections, 20 s)
 * against one `carnet serve` on the primary alone, and against two `carnet serve --no-scheduler`
 * reading from the replica (8 connections each). Prints req/s and latency of both and their ratio,
 * with the machine's load average (it is shared). BENCH_MOVES changes the size (default 1,000,000).
 */
import os from "node:os";
import pg from "pg";
import { createDatabase, migrateToLatest } from "../../db/database.ts";
import { instanceEnv, serveReady, startAll, startCarnet, stopAllCarnets } from "../support/instances.ts";
import { startPostgresCluster } from "../support/postgres-cluster.ts";
import { httpLoad, uptimeLoad } from "./http-load.ts";
import { generateDirectory } from "./search-data.ts";
import { searchRequests } from "./search-mix.ts";

const MOVES = Number(process.env.BENCH_MOVES ?? 1_000_000);
const SIZE = { moves: MOVES, companies: MOVES / 10, people: (MOVES * 4) / 5 };
const CONNECTIONS = 16;
const SECONDS = 20;
const DATABASE = "carnet_bench";

const cluster = await startPostgresCluster({ sharedBuffers: "512MB" });
try {
  const admin = new pg.Client({ connectionString: cluster.primaryUrl("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const primary = createDatabase(cluster.primaryUrl(DATABASE), { max: 1 });
  await migrateToLatest(primary.db);
  const started = performance.now();
  const client = await primary.pool.connect();
  await generateDirectory(client, SIZE, (step) =>
    console.log(`  generating ${step}… (${((performance.now() - started) / 1000).toFixed(0)} s)`),
  );
  const { rows } = await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  client.release();
  await primary.close();

  // The replica must hold the whole directory before it is measured.
  const replica = new pg.Client({ connectionString: cluster.replicaUrl(DATABASE) });
  await replica.connect();
  for (;;) {
    const { rows: behind } = await replica.query<{ behind: boolean }>(
      "SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind",
      [rows[0]!.lsn],
    );
    if (!behind[0]!.behind) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await replica.end();
  console.log(
    `generated and replicated ${MOVES.toLocaleString("en")} moves in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  const base = {
    API_RATE_LIMIT: "0",
    // Request lines would travel through this process's pipes and compete with the load generator.
    LOG_LEVEL: "warn",
    // Required beside other instances (no dev mail catcher); a search sends no mail.
    SMTP_URL: "smtp://127.0.0.1:9",
  };
  const requests = searchRequests("/api/moves", SIZE);
  const warm = async (url: string) => {
    for (const r of requests.slice(0, 50))
      await fetch(url + r.path, { headers: { "cache-control": "no-cache" } });
  };
  const headers = { "cache-control": "no-cache" };
  console.log(
    `\n/api/moves uncached, ${CONNECTIONS} connections × ${SECONDS} s, shapes fts:typo:company:latest = 3:2:3:2`,
  );

  const single = await startCarnet(
    ["serve", "--no-scheduler"],
    await instanceEnv({ ...base, DATABASE_URL: cluster.primaryUrl(DATABASE) }),
    serveReady,
  );
  await warm(single.url);
  const one = await httpLoad({
    urls: [single.url],
    requests,
    connections: CONNECTIONS,
    seconds: SECONDS,
    headers,
    title: "1 instance, primary",
  });
  await single.stop();

  const env = await instanceEnv({
    ...base,
    DATABASE_URL: cluster.primaryUrl(DATABASE),
    DATABASE_REPLICA_URLS: cluster.replicaUrl(DATABASE),
  });
  const pair = await startAll([
    startCarnet(["serve", "--no-scheduler"], env, serveReady),
    startCarnet(["serve", "--no-scheduler"], env, serveReady),
  ]);
  for (const instance of pair) {
    // An instance reads from the replica once it has replayed what the primary held when the
    // instance started (db/read-routing.ts): wait for that, a minute at most.
    let ready: { reads?: string } = {};
    for (let waited = 0; waited <= 60_000; waited += 500) {
      ready = (await (await fetch(`${instance.url}/readyz`)).json()) as { reads?: string };
      if (ready.reads === "replica") break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (ready.reads !== "replica")
      throw new Error(`an instance does not read from the replica: ${JSON.stringify(ready)}`);
    await warm(instance.url);
  }
  const two = await httpLoad({
    urls: pair.map((p) => p.url),
    requests,
    connections: CONNECTIONS,
    seconds: SECONDS,
    headers,
    title: "2 instances, replica",
  });
  await stopAllCarnets();

  console.log(
    `\n2 instances + replica ÷ 1 instance: ${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)} × (${two.requestsPerSecond.toFixed(0)} vs ${one.requestsPerSecond.toFixed(0)} req/s; ${uptimeLoad()}; ${os.cpus().length} cores shared by every process, PostgreSQL included)`,
  );
} finally {
  await stopAllCarnets();
  await cluster.stop();
}
