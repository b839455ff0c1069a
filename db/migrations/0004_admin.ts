import { type Kysely, sql } from "kysely";

/**
 * Import drafts: files uploaded (or text pasted) in the admin console, kept between the parse
 * preview and the admin's confirmation, so that the confirm step imports exactly the bytes that
 * were previewed without sending them through the browser again. Rows older than a day are
 * swept when a new preview is made.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE import_drafts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      token text NOT NULL CHECK (length(token) >= 20),
      admin_user_id bigint NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position >= 0),
      file_name text NOT NULL,
      content bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (token, position)
    )`.execute(db);
  await sql`CREATE INDEX import_drafts_created_idx ON import_drafts (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS import_drafts`.execute(db);
}
