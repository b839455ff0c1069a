import { type Kysely, sql } from "kysely";

/**
 * Watch lists from a CSV file (issue 18, item 3). An upload is read and matched against the
 * directory once, and the outcome kept here until the subscriber confirms the preview: the confirm
 * form then carries only the choices for ambiguous rows, not 5,000 rows of hidden fields. A draft
 * belongs to one subscriber (gone with them) and is dropped when applied or after a day.
 *
 * Following a company not yet in the directory needs nothing new: follows name a company by its
 * key since 0001, and the alert round matches that key against companies and aliases as they appear.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE watch_list_uploads (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
      file_name text NOT NULL,
      mode text NOT NULL DEFAULT 'add' CHECK (mode IN ('add', 'replace')),
      items jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX watch_list_uploads_subscriber_idx ON watch_list_uploads (subscriber_id)`.execute(db);
  await sql`CREATE INDEX watch_list_uploads_created_at_idx ON watch_list_uploads (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS watch_list_uploads`.execute(db);
}
