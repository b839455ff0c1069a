import { sql } from "kysely";
import type { DB } from "../database.ts";

/**
 * Fixed-window hit counters, one row per (limiter, key). The database's clock decides when a window
 * ends, so instances whose clocks drift apart still count in the same window. One statement per
 * hit: the upsert takes the row lock, so two instances counting the same key at once both count.
 */
export interface WindowCount {
  hits: number;
  resetAt: Date;
}

export async function countHit(db: DB, limiter: string, key: string, windowMs: number): Promise<WindowCount> {
  const row = await db
    .insertInto("rate_limit_hits")
    .values({
      limiter,
      key,
      hits: 1,
      reset_at: sql<Date>`now() + make_interval(secs => ${windowMs / 1000})`,
    })
    .onConflict((oc) =>
      oc.columns(["limiter", "key"]).doUpdateSet({
        // A window that has ended starts again at this hit.
        hits: sql<number>`CASE WHEN rate_limit_hits.reset_at <= now() THEN 1 ELSE rate_limit_hits.hits + 1 END`,
        reset_at: sql<Date>`CASE WHEN rate_limit_hits.reset_at <= now() THEN excluded.reset_at ELSE rate_limit_hits.reset_at END`,
      }),
    )
    .returning(["hits", "reset_at"])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: new Date(row.reset_at) };
}

export async function currentCount(db: DB, limiter: string, key: string): Promise<WindowCount | undefined> {
  const row = await db
    .selectFrom("rate_limit_hits")
    .select(["hits", "reset_at"])
    .where("limiter", "=", limiter)
    .where("key", "=", key)
    .where("reset_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
  return row && { hits: row.hits, resetAt: new Date(row.reset_at) };
}

/** Takes one hit back (a request that, once answered, should not have counted). */
export async function uncountHit(db: DB, limiter: string, key: string): Promise<void> {
  await db
    .updateTable("rate_limit_hits")
    .set({ hits: sql<number>`greatest(hits - 1, 0)` })
    .where("limiter", "=", limiter)
    .where("key", "=", key)
    .where("reset_at", ">", sql<Date>`now()`)
    .execute();
}

export async function resetCount(db: DB, limiter: string, key?: string): Promise<void> {
  let query = db.deleteFrom("rate_limit_hits").where("limiter", "=", limiter);
  if (key !== undefined) query = query.where("key", "=", key);
  await query.execute();
}

/** Windows that have ended: their rows only take room (the next hit would restart them anyway). */
export async function purgeEndedWindows(db: DB): Promise<number> {
  const result = await db
    .deleteFrom("rate_limit_hits")
    .where("reset_at", "<=", sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
