import { type Kysely, sql } from "kysely";

/**
 * A move's previous employers as its record shows them (`[{"name", "slug"}]` in their order, NULL
 * for none), kept on the move itself (issue 14: CPU an uncached API request). A record built them
 * with an aggregate (an index scan of move_previous_companies, a join to companies, a sort and
 * json_agg) that PostgreSQL set up and ran for every page statement: a first-time company's
 * statement cost its backend 0.52 ms with it, 0.43 without (search-inprocess-ab.ts, 200,000
 * moves). A flag skipping the aggregate for moves with none saved nothing: setting the subplan up
 * is the cost, not running it.
 *
 * Kept by statement-level triggers, whatever writes the rows: on move_previous_companies (import,
 * review edits, merges) the moves concerned are rebuilt; on companies, the moves naming a company
 * whose name or slug changed (a rename). Each writes only the moves whose value differs (compared
 * as text: json has no equality), so the importers, which set it as they insert the move, are not
 * written twice. A move deleted takes its rows with it; a company in use cannot be deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE moves ADD COLUMN previous_companies json`.execute(db);
  // One definition of the value, used by the backfill and both triggers. PL/pgSQL, whose plan lasts
  // the session: a SQL function holding a query is planned again at each call (0.1 ms a row).
  await sql`
    CREATE FUNCTION carnet_previous_companies(move bigint) RETURNS json LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN (
        SELECT json_agg(json_build_object('name', pc.name, 'slug', pc.slug) ORDER BY mpc.position)
        FROM move_previous_companies mpc JOIN companies pc ON pc.id = mpc.company_id
        WHERE mpc.move_id = move);
    END $$`.execute(db);
  await sql`
    UPDATE moves m SET previous_companies = carnet_previous_companies(m.id)
    WHERE m.id IN (SELECT move_id FROM move_previous_companies)`.execute(db);
  // (Nested: an INSERT's trigger has no `removed` table, and PL/pgSQL plans a statement whole.) Each
  // move's value is made once: OFFSET 0 keeps the subquery from being merged into the UPDATE, which
  // would call the function again in the WHERE.
  await sql`
    CREATE FUNCTION carnet_refresh_previous_companies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        IF EXISTS (SELECT FROM removed) THEN
          UPDATE moves m SET previous_companies = v.value
          FROM (SELECT move_id, carnet_previous_companies(move_id) AS value
            FROM (SELECT DISTINCT move_id FROM removed) r OFFSET 0) v
          WHERE m.id = v.move_id AND m.previous_companies::text IS DISTINCT FROM v.value::text;
        END IF;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF EXISTS (SELECT FROM added) THEN
          UPDATE moves m SET previous_companies = v.value
          FROM (SELECT move_id, carnet_previous_companies(move_id) AS value
            FROM (SELECT DISTINCT move_id FROM added) a OFFSET 0) v
          WHERE m.id = v.move_id AND m.previous_companies::text IS DISTINCT FROM v.value::text;
        END IF;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  for (const [op, transition] of [
    ["INSERT", "NEW TABLE AS added"],
    ["UPDATE", "OLD TABLE AS removed NEW TABLE AS added"],
    ["DELETE", "OLD TABLE AS removed"],
  ] as const)
    await sql`
      CREATE TRIGGER ${sql.raw(`move_previous_companies_record_${op.toLowerCase()}`)}
      AFTER ${sql.raw(op)} ON move_previous_companies REFERENCING ${sql.raw(transition)}
      FOR EACH STATEMENT EXECUTE FUNCTION carnet_refresh_previous_companies()`.execute(db);
  await sql`
    CREATE FUNCTION carnet_refresh_previous_companies_of_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT FROM added a JOIN removed r USING (id) WHERE (a.name, a.slug) IS DISTINCT FROM (r.name, r.slug)) THEN
        UPDATE moves m SET previous_companies = v.value
        FROM (SELECT move_id, carnet_previous_companies(move_id) AS value FROM (
          SELECT DISTINCT mpc.move_id FROM move_previous_companies mpc
          JOIN added a ON a.id = mpc.company_id JOIN removed r ON r.id = a.id
          WHERE (a.name, a.slug) IS DISTINCT FROM (r.name, r.slug)) renamed OFFSET 0) v
        WHERE m.id = v.move_id AND m.previous_companies::text IS DISTINCT FROM v.value::text;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER companies_previous_companies_record AFTER UPDATE ON companies
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_refresh_previous_companies_of_renamed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER companies_previous_companies_record ON companies`.execute(db);
  await sql`DROP FUNCTION carnet_refresh_previous_companies_of_renamed()`.execute(db);
  for (const op of ["insert", "update", "delete"])
    await sql`DROP TRIGGER ${sql.raw(`move_previous_companies_record_${op}`)} ON move_previous_companies`.execute(
      db,
    );
  await sql`DROP FUNCTION carnet_refresh_previous_companies()`.execute(db);
  await sql`DROP FUNCTION carnet_previous_companies(bigint)`.execute(db);
  await sql`ALTER TABLE moves DROP COLUMN previous_companies`.execute(db);
}
