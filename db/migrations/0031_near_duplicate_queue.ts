import { type Kysely, sql } from "kysely";

/**
 * Companies created since the last near-duplicate pass (issue 14). The pass compared each new
 * company with every other inside the import's transaction, 4.17 of 8.0 ms of PostgreSQL an issue
 * at a million moves (a trigram search of the whole companies table for each); it now runs after
 * the import, over this queue, one statement for many companies (server/services/near-duplicates.ts).
 * The statement that creates companies adds their ids here in the same round trip
 * (companies.insertWithFreeSlugs), so a company is queued if and only if its creation commits.
 * No key, no index, no foreign key: each would be one more write (or trigger) per new company in
 * the import, and the pass reads the whole queue anyway; an id queued twice is harmless (the
 * proposals' unique key) and a company deleted meanwhile drops out of the pass's join.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE near_duplicate_queue (company_id bigint NOT NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE near_duplicate_queue`.execute(db);
}
