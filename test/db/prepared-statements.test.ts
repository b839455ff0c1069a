// Statements marked `/* prepared */` run as named prepared statements (db/database.ts), and from their
// second execution on a connection without asking PostgreSQL to describe their columns again: the
// columns described at the first execution are reused. These check that the rows read that way are
// the rows read the first time, and that a statement whose columns did change fails rather than
// being read with the old description.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { createDatabase, type DatabaseHandle } from "../../db/database.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("prepared statements run again on one connection", () => {
  let test: TestDatabase;
  let one: DatabaseHandle;
  beforeAll(async () => {
    test = await createTestDatabase();
    // One connection: every execution below meets the statements its earlier ones prepared.
    one = createDatabase(test.url, { max: 1 });
    await sql`CREATE TABLE prepared_probe (id bigint PRIMARY KEY, day date, label text)`.execute(one.db);
    await sql`INSERT INTO prepared_probe VALUES (1, '2024-03-01', 'un'), (2, '2024-03-02', NULL)`.execute(
      one.db,
    );
  });
  afterAll(async () => {
    await one.close();
    await test.drop();
  });

  it("reads the same rows, typed the same way, at every execution", async () => {
    const read = (from: number) =>
      sql<{ id: number; day: string; label: string | null; extra: { n: number } }>`/* prepared */
        SELECT id, day, label, json_build_object('n', id * 10) AS extra
        FROM prepared_probe WHERE id >= ${from} ORDER BY id`.execute(one.db);
    const first = await read(1);
    expect(first.rows).toEqual([
      { id: 1, day: "2024-03-01", label: "un", extra: { n: 10 } },
      { id: 2, day: "2024-03-02", label: null, extra: { n: 20 } },
    ]);
    for (let i = 0; i < 3; i++) {
      expect((await read(1)).rows).toEqual(first.rows);
      expect((await read(2)).rows).toEqual([first.rows[1]]);
    }
    expect((await read(3)).rows).toEqual([]);
  });

  it("runs a statement that returns no rows again", async () => {
    const relabel = (label: string) =>
      sql`/* prepared */ UPDATE prepared_probe SET label = ${label} WHERE id = 2`.execute(one.db);
    for (const label of ["deux", "zwei", "two"]) expect((await relabel(label)).numAffectedRows).toBe(1n);
    const { rows } = await sql<{ label: string }>`SELECT label FROM prepared_probe WHERE id = 2`.execute(
      one.db,
    );
    expect(rows[0]!.label).toBe("two");
  });

  it("fails when the statement's columns changed since it was prepared", async () => {
    const all = () => sql`/* prepared */ SELECT * FROM prepared_probe ORDER BY id`.execute(one.db);
    await all();
    await all();
    await sql`ALTER TABLE prepared_probe ADD COLUMN note text`.execute(one.db);
    await expect(all()).rejects.toThrow(/cached plan must not change result type/);
  });
});
