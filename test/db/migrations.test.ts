import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { isReady, migrateDown, migrateToLatest, migrationStatus } from "../../db/database.ts";
import { migrations } from "../../db/migrations/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("migrations", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("go down and up again on a database holding data", async () => {
    const { db } = test;
    await db.insertInto("companies").values({ name: "Lumen", slug: "lumen", key: "lumen" }).execute();
    for (let i = 0; i < Object.keys(migrations).length; i++) await migrateDown(db);
    expect((await migrationStatus(db)).every((m) => m.executedAt === null)).toBe(true);
    expect(await isReady(db)).toBe(false);

    await migrateToLatest(db);
    expect(await isReady(db)).toBe(true);
    await db.insertInto("companies").values({ name: "Lumen", slug: "lumen", key: "lumen" }).execute();
    expect(await db.selectFrom("companies").select("name").execute()).toEqual([{ name: "Lumen" }]);
  });

  it("lets the database refuse what would break integrity", async () => {
    const { db } = test;
    await expect(
      db.insertInto("companies").values({ name: "Lumen SA", slug: "lumen-sa", key: "lumen" }).execute(),
    ).rejects.toThrow(/companies_key_key/);
    await expect(
      db
        .insertInto("subscribers")
        .values({ email: "a@b.fr", frequency: "hourly" as never })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it("finds accented and stemmed French words through the search configuration", async () => {
    const { rows } = await sql<{ hit: boolean }>`
      SELECT to_tsvector('carnet_fr', 'Directrice administrative et financière')
        @@ websearch_to_tsquery('carnet_fr', 'directrice financiere') AS hit`.execute(test.db);
    expect(rows[0]!.hit).toBe(true);
  });
});
