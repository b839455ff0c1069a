import { describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import request from "supertest";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/** /api/moves keeps answers in memory; any committed change to the directory must show at once. */
describe("JSON API answers kept in memory", () => {
  const api = useSeededDirectoryApp();

  const names = async (query: Record<string, string>, headers: Record<string, string> = {}) =>
    (await request(api.app).get("/api/moves").query(query).set(headers)).body.items.map(
      (m: { person: { name: string } }) => m.person.name,
    );

  it("shows a renamed person and a newly approved move on the next request, whoever changed them", async () => {
    expect(await names({ q: "Scalian" })).toContain("Julien Perrin");
    expect(await names({ q: "Scalian" })).not.toContain("Paul Incertain");
    // Plain SQL, as any writer (importer, admin console, a script) would commit it.
    await sql`UPDATE people SET name = 'Julien Perrin-Vasseur' WHERE name = 'Julien Perrin'`.execute(
      api.test.db,
    );
    await sql`UPDATE moves SET status = 'published'
      WHERE person_id = (SELECT id FROM people WHERE name = 'Paul Incertain')`.execute(api.test.db);
    const after = await names({ q: "Scalian" });
    expect(after).toContain("Julien Perrin-Vasseur");
    expect(after).not.toContain("Julien Perrin");
    expect(after).toContain("Paul Incertain");
  });

  it("serves a repeated search from memory, and a client's no-cache from the database", async () => {
    expect(await names({ q: "Nexiva" })).toContain("Claire Sénéchault");
    // Asked again: its records are remembered from now on.
    expect(await names({ q: "Nexiva" }, { "Cache-Control": "no-cache" })).toContain("Claire Sénéchault");
    // A change that skips the triggers (replication role) is one the directory's version does not
    // count: the kept answer shows, and so do the records a search remembers under that version
    // (recordsSeen in the search service), even for a client's no-cache; the search itself runs.
    await api.test.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE people SET name = 'Claire Sénéchault-Roy' WHERE name = 'Claire Sénéchault'`.execute(
        trx,
      );
      await sql`UPDATE moves SET status = 'pending'
        WHERE person_id = (SELECT id FROM people WHERE name = 'Sophie Martin')`.execute(trx);
    });
    expect(await names({ q: "Nexiva" })).toContain("Sophie Martin");
    const fresh = await names({ q: "Nexiva" }, { "Cache-Control": "no-cache" });
    expect(fresh).not.toContain("Sophie Martin");
    expect(fresh).toContain("Claire Sénéchault");
    // The next counted change brings every answer up to date.
    await sql`UPDATE companies SET name = name WHERE name = 'Nexiva'`.execute(api.test.db);
    expect(await names({ q: "Nexiva" })).toContain("Claire Sénéchault-Roy");
    expect(await names({ q: "Nexiva" }, { "Cache-Control": "no-cache" })).toContain("Claire Sénéchault-Roy");
  });
});
