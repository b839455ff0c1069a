import { type Kysely, sql } from "kysely";

/**
 * A typo'd name's one-edit neighbours in one index probe per typed word (issue 14). Correcting
 * "dupnot" used to look up each of its 700-odd one-edit neighbours (a letter dropped, added, changed
 * or two swapped) in name_words_pkey: 0.9 ms of the correction's 1.4 ms, and the typo'd name set the
 * search's p95. Two words one edit apart always share a key among themselves and their one-letter
 * deletions (symmetric delete: "dupont" and "dupnot" share "dupot"; a dropped letter leaves the
 * shorter word among the longer one's deletions), so a GIN index over each name word's keys
 * answers "which name words may be one edit from this one" with a word's length + 1 probes. It
 * finds a few words two edits away too; the search keeps only the true neighbours
 * (correctNameWords). Maintained by PostgreSQL with name_words itself: no trigger, no table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A word and its one-letter deletions. IMMUTABLE (left, substr and length are), so it can be
  // indexed; a word of name_words is 3 to a few dozen letters.
  await sql`
    CREATE FUNCTION carnet_deletion_keys(word text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT array_agg(DISTINCT k) FROM (
        SELECT word AS k
        UNION ALL
        SELECT left(word, i - 1) || substr(word, i + 1) FROM generate_series(1, length(word)) AS i
      ) keys
    $$`.execute(db);
  await sql`CREATE INDEX name_words_deletion_keys_idx ON name_words
    USING gin (carnet_deletion_keys(word)) WITH (fastupdate = off)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX name_words_deletion_keys_idx`.execute(db);
  await sql`DROP FUNCTION carnet_deletion_keys(text)`.execute(db);
}
