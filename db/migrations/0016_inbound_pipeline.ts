import { type Kysely, sql } from "kysely";

/**
 * One pipeline for every newsletter received (issue 16 item 4, issue 19 item 3): files imported by
 * `carnet import` or uploaded are kept as received messages too, under their file name (an issue is
 * read again from it after a parser change: .txt, .html or .eml, and the date a plain-text archive's
 * name carries); reading an issue again looks up the moves it already has by issue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inbound_messages ADD COLUMN file_name text`.execute(db);
  await sql`CREATE INDEX moves_issue_idx ON moves (issue_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX moves_issue_idx`.execute(db);
  await sql`ALTER TABLE inbound_messages DROP COLUMN file_name`.execute(db);
}
