import { type Kysely, sql } from "kysely";

/**
 * Stale alerts (issue 17): a round after downtime does not mail moves published more than
 * ALERTS_MAX_AGE_DAYS before it. Such a pair is still recorded in alert_deliveries, with no digest
 * and the reason it was skipped, so it is never sent later and never lost silently (the admin mail
 * log lists it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE alert_deliveries ADD COLUMN skipped_reason text`.execute(db);
  await sql`CREATE INDEX alert_deliveries_skipped_idx ON alert_deliveries (created_at) WHERE skipped_reason IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS alert_deliveries_skipped_idx`.execute(db);
  await sql`ALTER TABLE alert_deliveries DROP COLUMN IF EXISTS skipped_reason`.execute(db);
}
