import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import { sql } from "kysely";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { APRIL_CLOCK, seedDirectory } from "../fixtures/site/directory.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

/** /api/moves keeps answers in memory; any committed change to the directory must show at once. */
describe("JSON API answers kept in memory", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url, { clock: APRIL_CLOCK });
    await seedDirectory(test.db);
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  const names = async (query: Record<string, string>, headers: Record<string, string> = {}) =>
    (await request(app).get("/api/moves").query(query).set(headers)).body.items.map(
      (m: { person: { name: string } }) => m.person.name,
    );

  it("shows a renamed person and a newly approved move on the next request, whoever changed them", async () => {
    expect(await names({ q: "Scalian" })).toContain("Julien Perrin");
    expect(await names({ q: "Scalian" })).not.toContain("Paul Incertain");
    // Plain SQL, as any writer (importer, admin console, a script) would commit it.
    await sql`UPDATE people SET name = 'Julien Perrin-Vasseur' WHERE name = 'Julien Perrin'`.execute(test.db);
    await sql`UPDATE moves SET status = 'published'
      WHERE person_id = (SELECT id FROM people WHERE name = 'Paul Incertain')`.execute(test.db);
    const after = await names({ q: "Scalian" });
    expect(after).toContain("Julien Perrin-Vasseur");
    expect(after).not.toContain("Julien Perrin");
    expect(after).toContain("Paul Incertain");
  });

  it("serves a repeated search from memory, and a client's no-cache from the database", async () => {
    expect(await names({ q: "Nexiva" })).toContain("Claire Sénéchault");
    // A change that skips the triggers (replication role) is one the cache cannot know about:
    // the kept answer shows, unless the client asks for a fresh one.
    await test.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE people SET name = 'Claire Sénéchault-Roy' WHERE name = 'Claire Sénéchault'`.execute(
        trx,
      );
    });
    expect(await names({ q: "Nexiva" })).toContain("Claire Sénéchault");
    expect(await names({ q: "Nexiva" }, { "Cache-Control": "no-cache" })).toContain("Claire Sénéchault-Roy");
  });
});
