import { type Kysely, sql } from "kysely";

/**
 * Claiming digests without reading them all (issue 14). The claim takes the due digests in
 * (next_attempt_at, id) order; 0001's index had next_attempt_at only, and a round's digests all
 * share one next_attempt_at, so every claim of 50 sorted every queued digest (46,000 at bench
 * scale, 920 claims a round: most of PostgreSQL's time while sending). With id in the index the
 * claim reads 50 entries. Stale 'sending' rows get their own small index, which the claim reads
 * as a second branch instead of an OR that no index answers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX alert_digests_claim_idx ON alert_digests (next_attempt_at, id)
    WHERE status IN ('queued', 'retrying')`.execute(db);
  await sql`CREATE INDEX alert_digests_sending_idx ON alert_digests (claimed_at) WHERE status = 'sending'`.execute(
    db,
  );
  await sql`DROP INDEX IF EXISTS alert_digests_due_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS alert_digests_due_idx ON alert_digests (next_attempt_at)
    WHERE status IN ('queued', 'retrying')`.execute(db);
  await sql`DROP INDEX IF EXISTS alert_digests_sending_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS alert_digests_claim_idx`.execute(db);
}
