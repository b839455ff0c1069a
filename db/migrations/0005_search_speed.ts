import { type Kysely, sql } from "kysely";

/**
 * Directory search at a million moves. Typo tolerance used to compare what was typed with the
 * whole key of 800,000 people and 100,000 companies (trigram GIN over long keys: 5–25 ms a query).
 * It now corrects word by word against name_words, the distinct words of people's and companies'
 * (and aliases') normalized names: a few hundred thousand short words, whose trigram GIN index
 * answers in a fraction of a millisecond; the corrected words then go through the full-text index
 * like any other search. Statement-level triggers keep the dictionary complete whatever writes the
 * names (import, curation, merges, COPY), one set-based INSERT per statement. Words that no longer
 * name anyone stay (a merge, a deletion): a correction to them finds nothing more than the typo did.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The planner picks between walking moves_published_idx in date order (common words) and the
  // full-text GIN index (rare words) from its lexeme statistics. With the default target (100) it
  // keeps ~130 lexemes and prices any other word, a surname or a typo, at 0.5% of the moves: walking
  // dates for a word no move holds then reads the whole index (0.5 s at a million). Target 1000
  // keeps ~2,400 lexemes and prices the others at 0.0025%, so names go to the GIN index.
  await sql`ALTER TABLE moves ALTER COLUMN search_vector SET STATISTICS 1000`.execute(db);
  await sql`ANALYZE moves`.execute(db);
  await sql`CREATE TABLE name_words (word text PRIMARY KEY CHECK (word ~ '^[a-z0-9]{3,}$'))`.execute(db);
  await sql`CREATE INDEX name_words_word_trgm_idx ON name_words USING gin (word gin_trgm_ops) WITH (fastupdate = off)`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION carnet_add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO name_words (word)
      SELECT DISTINCT w FROM added, regexp_split_to_table(added.key, ' ') AS w
      WHERE w ~ '^[a-z0-9]{3,}$'
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of ["people", "companies", "company_aliases"]) {
    for (const event of ["INSERT", "UPDATE"]) {
      await sql
        .raw(`CREATE TRIGGER ${table}_name_words_${event.toLowerCase()} AFTER ${event} ON ${table}
          REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION carnet_add_name_words()`)
        .execute(db);
    }
  }
  await sql`
    INSERT INTO name_words (word)
    SELECT DISTINCT w FROM (
      SELECT key FROM people UNION ALL SELECT key FROM companies UNION ALL SELECT key FROM company_aliases
    ) names, regexp_split_to_table(names.key, ' ') AS w
    WHERE w ~ '^[a-z0-9]{3,}$'
    ON CONFLICT DO NOTHING`.execute(db);
  await upDirectoryVersion(db);
}

/** Tables whose rows a published search result shows or depends on. */
const DIRECTORY_TABLES = [
  "moves",
  "move_previous_companies",
  "people",
  "companies",
  "company_aliases",
  "newsletter_issues",
];

/**
 * directory_version counts committed changes to what a search can return, whoever makes them
 * (import, review, edits, merges, suppressions): cached API answers are keyed by it. Bumped at
 * commit by deferred constraint triggers, once per transaction (a local setting marks the first),
 * so the row is locked only for the instant of the commit and parallel imports do not queue on it.
 */
async function upDirectoryVersion(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE directory_version (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      version bigint NOT NULL
    )`.execute(db);
  await sql`INSERT INTO directory_version (version) VALUES (1)`.execute(db);
  await sql`
    CREATE FUNCTION carnet_bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF coalesce(current_setting('carnet.directory_version_bumped', true), '') <> 'yes' THEN
        PERFORM set_config('carnet.directory_version_bumped', 'yes', true);
        UPDATE directory_version SET version = version + 1;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of DIRECTORY_TABLES) {
    await sql
      .raw(`CREATE CONSTRAINT TRIGGER ${table}_directory_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION carnet_bump_directory_version()`)
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of DIRECTORY_TABLES) {
    await sql.raw(`DROP TRIGGER IF EXISTS ${table}_directory_version ON ${table}`).execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS carnet_bump_directory_version()`.execute(db);
  await sql`DROP TABLE IF EXISTS directory_version`.execute(db);
  await sql`ALTER TABLE moves ALTER COLUMN search_vector SET STATISTICS -1`.execute(db);
  for (const table of ["people", "companies", "company_aliases"]) {
    for (const event of ["insert", "update"]) {
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_name_words_${event} ON ${table}`).execute(db);
    }
  }
  await sql`DROP FUNCTION IF EXISTS carnet_add_name_words()`.execute(db);
  await sql`DROP TABLE IF EXISTS name_words`.execute(db);
}
