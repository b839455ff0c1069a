import { type Kysely, sql } from "kysely";

/**
 * Rate-limit counters shared by every web instance (sign-in, subscription form, API). UNLOGGED:
 * a counter is worth nothing after a crash, so its writes skip the WAL (cheaper on a table written
 * at every counted request) and it is emptied by crash recovery. Unlogged tables are not replicated
 * either: a standby cannot read this table, so the limiter always talks to the primary.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNLOGGED TABLE rate_limit_hits (
      limiter text NOT NULL,
      key text NOT NULL,
      hits integer NOT NULL CHECK (hits >= 0),
      reset_at timestamptz NOT NULL,
      PRIMARY KEY (limiter, key)
    )`.execute(db);
  await sql`CREATE INDEX rate_limit_hits_reset_at_idx ON rate_limit_hits (reset_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE rate_limit_hits`.execute(db);
}
