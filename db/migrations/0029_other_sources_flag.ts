import { type Kysely, sql } from "kysely";

/**
 * Whether another newsletter also announced a move (a move_sources row), kept on the move itself
 * (issue 14: the search page against the API). A page's record lists those other sources
 * (`also_in`), and looking for them cost each of the page's 21 rows an aggregate over
 * move_sources even when it holds nothing for the move, as for nearly every move: 0.58 against
 * 0.44 ms of PostgreSQL for the newest moves' page (session 8's measure). With the flag the
 * lookup runs only for the moves that have other sources.
 *
 * Statement-level triggers on move_sources keep it, whatever writes the sources (import, merges,
 * an issue deleted and its sources with it), one set-based UPDATE per statement; a move deleted
 * takes its sources with it and needs nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A constant default: no table rewrite, the million rows read false until set below.
  await sql`ALTER TABLE moves ADD COLUMN other_sources boolean NOT NULL DEFAULT false`.execute(db);
  await sql`
    UPDATE moves m SET other_sources = true
    WHERE m.id IN (SELECT move_id FROM move_sources)`.execute(db);
  await sql`
    CREATE FUNCTION carnet_flag_other_sources() RETURNS trigger LANGUAGE plpgsql AS $$
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
  await sql`
    CREATE TRIGGER move_sources_flag_insert AFTER INSERT ON move_sources
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION carnet_flag_other_sources()`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER move_sources_flag_update AFTER UPDATE ON move_sources
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_flag_other_sources()`.execute(db);
  await sql`
    CREATE TRIGGER move_sources_flag_delete AFTER DELETE ON move_sources
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION carnet_flag_other_sources()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER move_sources_flag_delete ON move_sources`.execute(db);
  await sql`DROP TRIGGER move_sources_flag_update ON move_sources`.execute(db);
  await sql`DROP TRIGGER move_sources_flag_insert ON move_sources`.execute(db);
  await sql`DROP FUNCTION carnet_flag_other_sources()`.execute(db);
  await sql`ALTER TABLE moves DROP COLUMN other_sources`.execute(db);
}
