import { type Kysely, sql } from "kysely";

/**
 * Directory search. Company autocomplete matches what was typed as a prefix of the normalized name
 * (or of an alias's): a text_pattern_ops btree answers `key LIKE 'sca%'` whatever the database's
 * collation, where the trigram index cannot help with one- or two-letter prefixes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX companies_key_prefix_idx ON companies (key text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX company_aliases_key_prefix_idx ON company_aliases (key text_pattern_ops)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS company_aliases_key_prefix_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS companies_key_prefix_idx`.execute(db);
}
