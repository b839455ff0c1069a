import { type Kysely, sql } from "kysely";

/**
 * The admin's subscriber list (/admin/abonnes), newest first, 100 a page: without an index in that
 * order PostgreSQL read and sorted every subscriber for each page (100,000: 34 ms of a 53 ms
 * statement), and an e-mail search ("contient") read them all too. Walking this index stops at the
 * page's last row; the trigram index answers `email ILIKE '%…%'` for 3 characters and more
 * (pg_trgm, as companies_key_trgm_idx).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX subscribers_created_idx ON subscribers (created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX subscribers_email_trgm_idx ON subscribers USING gin (email gin_trgm_ops)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX subscribers_email_trgm_idx`.execute(db);
  await sql`DROP INDEX subscribers_created_idx`.execute(db);
}
