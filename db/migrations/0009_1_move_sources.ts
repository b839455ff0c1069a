import { type Kysely, sql } from "kysely";

/**
 * The same move announced by several newsletters (issue 12 item 16): the first announcement makes
 * the move, the later ones are its further sources. Also keeps dates no newsletter can carry
 * (year 99999) out of issues and moves, whatever path wrote them (the importer refuses them first,
 * with a message; these checks are the last line).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE move_sources (
      move_id bigint NOT NULL REFERENCES moves (id) ON DELETE CASCADE,
      issue_id bigint NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
      paragraph_index integer NOT NULL,
      paragraph_text text NOT NULL,
      published_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (move_id, issue_id)
    )`.execute(db);
  await sql`CREATE INDEX move_sources_issue_idx ON move_sources (issue_id)`.execute(db);
  // NOT VALID: rows written before stay as they are (an admin edits them); new ones are checked.
  await sql`
    ALTER TABLE newsletter_issues ADD CONSTRAINT newsletter_issues_published_on_range
      CHECK (published_on BETWEEN DATE '1990-01-01' AND DATE '2200-01-01') NOT VALID`.execute(db);
  await sql`
    ALTER TABLE moves ADD CONSTRAINT moves_published_on_range
      CHECK (published_on BETWEEN DATE '1990-01-01' AND DATE '2200-01-01') NOT VALID`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE moves DROP CONSTRAINT moves_published_on_range`.execute(db);
  await sql`ALTER TABLE newsletter_issues DROP CONSTRAINT newsletter_issues_published_on_range`.execute(db);
  await sql`DROP TABLE move_sources`.execute(db);
}
