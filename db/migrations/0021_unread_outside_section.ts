import { type Kysely, sql } from "kysely";

/**
 * An unread paragraph outside any moves section (the section was not found and the paragraph
 * reads like a move: jobs/parse/unread.ts) gets its own reason, `outside_section`. Until now the CHECK
 * of 0008 knew only no_move and partly_read, so such a paragraph was stored as no_move with
 * `outside_section: true` in its candidates; those rows take the real reason and lose the flag.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE unread_paragraphs DROP CONSTRAINT unread_paragraphs_reason_check`.execute(db);
  await sql`
    ALTER TABLE unread_paragraphs ADD CONSTRAINT unread_paragraphs_reason_check
      CHECK (reason IN ('no_move', 'partly_read', 'outside_section'))`.execute(db);
  await sql`
    UPDATE unread_paragraphs
    SET reason = 'outside_section', candidates = candidates - 'outside_section'
    WHERE candidates ? 'outside_section'`.execute(db);
}

// Back to the flag: nothing is lost, and code from before this migration reads the rows as it did.
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE unread_paragraphs
    SET reason = 'no_move', candidates = candidates || '{"outside_section": true}'
    WHERE reason = 'outside_section'`.execute(db);
  await sql`ALTER TABLE unread_paragraphs DROP CONSTRAINT unread_paragraphs_reason_check`.execute(db);
  await sql`
    ALTER TABLE unread_paragraphs ADD CONSTRAINT unread_paragraphs_reason_check
      CHECK (reason IN ('no_move', 'partly_read'))`.execute(db);
}
