import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { createDatabase, migrateToLatest } from "../../db/database.ts";
import { startEmbeddedPostgres } from "../../db/embedded.ts";

// What a fresh machine without PostgreSQL gets: Carnet's own embedded server, kept across starts.
describe("embedded PostgreSQL", () => {
  let dir = "";
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("boots, takes the schema, and keeps the data across a restart", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "carnet-embedded-"));
    await chmod(dir, 0o755);
    const pgDir = path.join(dir, "postgres");

    const first = await startEmbeddedPostgres(pgDir, { databases: ["carnet"] });
    const one = createDatabase(first.url("carnet"));
    await migrateToLatest(one.db);
    await one.db.insertInto("companies").values({ name: "Lumen", slug: "lumen", key: "lumen" }).execute();
    // A second Carnet command on the same folder (say `carnet import` while `npm start` runs)
    // uses the running server, and leaves it running when it is done.
    const attached = await startEmbeddedPostgres(pgDir, { databases: ["carnet"] });
    const other = createDatabase(attached.url("carnet"));
    expect(await other.db.selectFrom("companies").select("name").execute()).toEqual([{ name: "Lumen" }]);
    await other.close();
    await attached.stop();
    expect(await one.db.selectFrom("companies").select("name").execute()).toEqual([{ name: "Lumen" }]);

    const version = await sql<{ v: number }>`SELECT current_setting('server_version_num')::int AS v`.execute(
      one.db,
    );
    expect(version.rows[0]!.v).toBeGreaterThanOrEqual(150000);
    await one.close();
    await first.stop();

    const second = await startEmbeddedPostgres(pgDir, { databases: ["carnet"] });
    const two = createDatabase(second.url("carnet"));
    const rows = await two.db.selectFrom("companies").select("name").execute();
    expect(rows).toEqual([{ name: "Lumen" }]);
    await two.close();
    await second.stop();
  }, 120_000);
});
