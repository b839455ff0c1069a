import { type Kysely, sql } from "kysely";

/**
 * A received message whose reading fails on an unexpected error (not the database being away) is
 * read again a bounded number of times, with backoff, then marked 'failed' with the error
 * (server/services/inbound-messages.ts, INBOUND_RETRY). `attempts` (0009_2) counts those failed
 * readings; `next_attempt_at` is when the sweep may queue the message again (NULL: at once).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inbound_messages ADD COLUMN next_attempt_at timestamptz`.execute(db);
  // Until now a successful claim counted an attempt: the column now counts failures only.
  await sql`UPDATE inbound_messages SET attempts = 0 WHERE attempts <> 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inbound_messages DROP COLUMN next_attempt_at`.execute(db);
}
