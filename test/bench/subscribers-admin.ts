import { type CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import type { DB } from "../../db/database.ts";
import * as subscribersAdmin from "../../db/repositories/subscribers-admin.ts";
import type { Database } from "../../db/schema.ts";
import { openBenchDatabase } from "./bench-database.ts";

/**
 * npm run bench:subscribers-admin — the admin's subscriber list (/admin/abonnes) on 100,000
 * subscribers (1 to 10 follows each, 0 to 7 alert digests of 1 to 3 moves each): EXPLAIN (ANALYZE,
 * BUFFERS) of the statements the page sends, unfiltered, by state and by e-mail, with the
 * execution time and shared buffers each read. Run against DATABASE_URL's server, else an
 * embedded PostgreSQL.
 */
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);

async function seed(db: DB) {
  await sql`SELECT setseed(0.42)`.execute(db);
  await sql`INSERT INTO subscribers (email, status, frequency, confirmed_at, created_at)
    SELECT 'abonne' || i || '@bench.example', (ARRAY['pending', 'confirmed', 'confirmed', 'confirmed', 'unsubscribed'])[1 + i % 5],
      'immediate', now() - interval '1 day', now() - (i || ' minutes')::interval
    FROM generate_series(1, ${SUBSCRIBERS}) i`.execute(db);
  await sql`INSERT INTO follows (subscriber_id, company_name, company_key)
    SELECT s.id, 'Société ' || n, 'societe ' || (s.id * 31 + n) % 10000
    FROM subscribers s CROSS JOIN LATERAL generate_series(1, 1 + (s.id * 7919 % 10)) n
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO alert_digests (subscriber_id, status, message_id, move_ids, reasons, saved_search_ids)
    SELECT s.id, 'sent', 'bench-' || s.id || '-' || n || '@bench.example',
      array_fill(n::bigint, ARRAY[(1 + n % 3)::int]), array_fill('arrival'::text, ARRAY[(1 + n % 3)::int]),
      array_fill(NULL::bigint, ARRAY[(1 + n % 3)::int])
    FROM subscribers s CROSS JOIN LATERAL generate_series(1, s.id * 13 % 8) n`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
}

async function main() {
  const bench = await openBenchDatabase("carnet_bench_subscribers");
  try {
    await seed(bench.db);
    const counts = await sql<{ subscribers: number; follows: number; digests: number }>`
      SELECT (SELECT count(*)::int FROM subscribers) AS subscribers, (SELECT count(*)::int FROM follows) AS follows,
        (SELECT count(*)::int FROM alert_digests) AS digests`.execute(bench.db);
    console.log(counts.rows[0]);
    let logged: CompiledQuery[] = [];
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: bench.pool }),
      log: (event) => {
        if (event.level === "query") logged.push(event.query);
      },
    });
    const shapes = {
      "every subscriber": { q: "" },
      "confirmed ones": { q: "", status: "confirmed" as const },
      "e-mail contains 'abonne4242'": { q: "abonne4242" },
    };
    for (const [label, filters] of Object.entries(shapes)) {
      logged = [];
      await subscribersAdmin.search(db, filters);
      for (const query of logged) {
        const { rows } = await bench.pool.query(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.sql}`,
          query.parameters as unknown[],
        );
        const plan = rows[0]["QUERY PLAN"][0];
        const text = await bench.pool.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
          query.parameters as unknown[],
        );
        console.log(
          `\n== ${label}: ${plan["Execution Time"].toFixed(1)} ms, shared buffers ${plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"]}`,
        );
        if (process.env.BENCH_VERBOSE) console.log(text.rows.map((r) => r["QUERY PLAN"]).join("\n"));
      }
    }
  } finally {
    await bench.drop();
  }
}

await main();
