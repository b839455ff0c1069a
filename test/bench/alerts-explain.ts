import { sql } from "kysely";
import type { DB } from "../../db/database.ts";
import { dueDigestsStatement } from "../../db/repositories/alerts.ts";

/**
 * EXPLAIN (ANALYZE, BUFFERS, WAL) of the matching statement as a round would run it, inside a
 * transaction rolled back after, so the figures can be read on the benchmark's own data: its first
 * part's (a round runs MATCH_PARTS of them at once, each on its share of the subscribers).
 */
export async function explainMatching(db: DB, now: Date): Promise<string> {
  const compiled = dueDigestsStatement(
    { frequency: "immediate", now, lookbackDays: 30, maxAgeDays: 14 },
    "carnet.example",
    0,
  ).compile(db);
  let plan = "";
  await db
    .transaction()
    .execute(async (trx) => {
      await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
      await sql`SET LOCAL jit = off`.execute(trx);
      const { rows } = await trx.executeQuery<{ "QUERY PLAN": string }>({
        ...compiled,
        sql: `EXPLAIN (ANALYZE, BUFFERS, WAL) ${compiled.sql}`,
      });
      plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      throw new RollBack();
    })
    .catch((error) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return plan;
}

class RollBack extends Error {}
