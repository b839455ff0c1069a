import { type Kysely, sql } from "kysely";

/**
 * Statement-level triggers fire once per INSERT even when it inserts nothing, and the importer's
 * statements insert into people, companies and move_sources in CTEs that are usually empty for an
 * issue (no new person, no earlier announcement of the move). Each such firing planned and ran its
 * set-based statement over an empty transition table: 0.11 ms for carnet_flag_other_sources, 0.08
 * ms for carnet_add_name_words (5,000 empty inserts in a loop, session 11, load 18), against 0.02
 * ms once the function first looks whether the table holds a row. Same statements otherwise.
 * carnet_add_name_words first looks whether any word is new: a new person of known words (most of
 * an import's) cost its insert 0.18–0.21 ms with the trigger, 0.13 ms without, 0.14 ms with this
 * look (3,000 one-row inserts each).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION carnet_add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (
        SELECT FROM added, regexp_split_to_table(added.key, ' ') AS w
        WHERE w ~ '^[a-z0-9]{3,}$' AND NOT EXISTS (SELECT FROM name_words n WHERE n.word = w)
      ) THEN
        RETURN NULL;
      END IF;
      INSERT INTO name_words (word)
      SELECT DISTINCT w FROM added, regexp_split_to_table(added.key, ' ') AS w
      WHERE w ~ '^[a-z0-9]{3,}$'
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  // (Nested: an INSERT's trigger has no `removed` table, and PL/pgSQL plans a condition whole.)
  await sql`
    CREATE OR REPLACE FUNCTION carnet_flag_other_sources() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        IF EXISTS (SELECT FROM removed) THEN
          UPDATE moves m SET other_sources = false
          FROM (SELECT DISTINCT move_id FROM removed) r
          WHERE m.id = r.move_id AND m.other_sources
            AND NOT EXISTS (SELECT 1 FROM move_sources s WHERE s.move_id = m.id);
        END IF;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF EXISTS (SELECT FROM added) THEN
          UPDATE moves m SET other_sources = true
          FROM (SELECT DISTINCT move_id FROM added) a
          WHERE m.id = a.move_id AND NOT m.other_sources;
        END IF;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION carnet_add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO name_words (word)
      SELECT DISTINCT w FROM added, regexp_split_to_table(added.key, ' ') AS w
      WHERE w ~ '^[a-z0-9]{3,}$'
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION carnet_flag_other_sources() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE moves m SET other_sources = false
        FROM (SELECT DISTINCT move_id FROM removed) r
        WHERE m.id = r.move_id AND m.other_sources
          AND NOT EXISTS (SELECT 1 FROM move_sources s WHERE s.move_id = m.id);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE moves m SET other_sources = true
        FROM (SELECT DISTINCT move_id FROM added) a
        WHERE m.id = a.move_id AND NOT m.other_sources;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
}
