import { type Kysely, sql } from "kysely";

/**
 * Paragraphs of a Mouvements section the parser did not understand (jobs/parse/unread.ts): kept so
 * the review queue shows them as "Paragraphe non compris" and no missed move goes unseen. An
 * editor either dismisses one or adds the move it announces; either way it leaves the queue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE unread_paragraphs (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      issue_id bigint NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
      paragraph_index integer NOT NULL CHECK (paragraph_index >= 0),
      paragraph_text text NOT NULL,
      reason text NOT NULL CHECK (reason IN ('no_move', 'partly_read')),
      candidates jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'dismissed', 'resolved')),
      decided_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      decided_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (issue_id, paragraph_index)
    )`.execute(db);
  // The queue reads only what is still pending, oldest first.
  await sql`CREATE INDEX unread_paragraphs_pending_idx ON unread_paragraphs (id) WHERE status = 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE unread_paragraphs`.execute(db);
}
