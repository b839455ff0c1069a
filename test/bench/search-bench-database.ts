import { sql } from "kysely";
import pg from "pg";
import { createDatabase, migrateToLatest } from "../../db/database.ts";
import { instanceEnv } from "../support/instances.ts";
import { databaseUrl } from "../support/urls.ts";
import { generateDirectory } from "./search-data.ts";

/**
 * carnet_bench_search, the million-move directory bench:search and bench:load measure (on
 * DATABASE_URL's server, by default the local postgres://postgres@127.0.0.1:5432/postgres): made
 * afresh, or with `reuse` kept from an earlier run and brought to the latest migrations.
 * `SEARCH_BENCH_DATABASE` names another copy: a build with a new migration measured against one
 * without it, in the same period, each on its own copy (a kept database that ran a migration the
 * other build does not know makes that build refuse to start).
 */
export const SEARCH_BENCH_DATABASE = process.env.SEARCH_BENCH_DATABASE ?? "carnet_bench_search";
/**
 * `SEARCH_BENCH_MOVES`: a smaller directory in the same proportions (a helper's own copy, built
 * while the lead's million-move one is in use), for CPU measured in one process.
 */
const moves = Number(process.env.SEARCH_BENCH_MOVES ?? 1_000_000);
export const SEARCH_BENCH_SIZE = { moves, companies: moves / 10, people: (moves * 4) / 5 };
export const benchServerUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: benchServerUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** `name`: another database built the same way (bench:import's, which it imports into). */
export async function openSearchBenchDatabase(reuse: boolean, name = SEARCH_BENCH_DATABASE): Promise<string> {
  const url = databaseUrl(benchServerUrl, name);
  const exists = (await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount === 1;
  if (reuse && exists) {
    // A kept database may predate the latest migrations (new indexes, new columns).
    const handle = createDatabase(url, { max: 1 });
    const { results } = await migrateToLatest(handle.db);
    for (const r of results ?? []) console.log(`  migrated ${r.migrationName} (${r.status})`);
    // A migration that rewrites rows (0032 set half the moves' previous employers) leaves as many dead
    // versions behind, which every index walk would step over until autovacuum came by mid-benchmark.
    if (results?.length) await sql`VACUUM ANALYZE`.execute(handle.db);
    await handle.close();
    return url;
  }
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const handle = createDatabase(url, { max: 1 });
  await migrateToLatest(handle.db);
  const client = await handle.pool.connect();
  const started = performance.now();
  await generateDirectory(client, SEARCH_BENCH_SIZE, (step) =>
    console.log(`  generating ${step}… (${((performance.now() - started) / 1000).toFixed(0)} s)`),
  );
  client.release();
  await handle.close();
  console.log(
    `generated ${SEARCH_BENCH_SIZE.moves} moves in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return url;
}

export async function dropSearchBenchDatabase() {
  await adminQuery(`DROP DATABASE IF EXISTS ${SEARCH_BENCH_DATABASE} WITH (FORCE)`);
}

/** The value after `name` on the command line (`--against ../other`), or undefined. */
export function commandOption(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/**
 * A `carnet serve` environment for the search benchmarks: the kept directory, no rate limit (the
 * clients are the load), and an SMTP address nothing listens on, since a search sends no mail.
 */
export function searchServerEnv(url: string, logLevel: "info" | "warn", extra: Record<string, string> = {}) {
  return instanceEnv({
    DATABASE_URL: url,
    API_RATE_LIMIT: "0",
    LOG_LEVEL: logLevel,
    SMTP_URL: "smtp://127.0.0.1:9",
    ...extra,
  });
}
