import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type Kysely, sql } from "kysely";
import { isReady, migrateDown, migrateToLatest, migrationStatus } from "../../db/database.ts";
import * as m0021 from "../../db/migrations/0021_unread_outside_section.ts";
import * as m0026 from "../../db/migrations/0026_legal_function.ts";
import * as m0034 from "../../db/migrations/0034_codirector_seniority.ts";
import { migrations } from "../../db/migrations/index.ts";
import { classifyRole } from "../../jobs/parse/roles.ts";
import { importMoves } from "../support/builders.ts";
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

  it("0021 turns the outside_section flag into a reason, and back down", async () => {
    const { db, pool } = test;
    const issue = await db
      .insertInto("newsletter_issues")
      .values({
        title: "Lettre",
        published_on: null,
        source_file: "l.txt",
        content_hash: "h0021",
        raw_text: "…",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const reasons = () =>
      pool.query(
        "SELECT paragraph_index, reason, candidates FROM unread_paragraphs ORDER BY paragraph_index",
      );
    const names = { people: ["Odon Farrel"], companies: [], roles: [] };
    await m0021.down(db as unknown as Kysely<unknown>);
    // What the code before 0021 stored: no_move, with the flag in the candidates
    await pool.query(
      `INSERT INTO unread_paragraphs (issue_id, paragraph_index, paragraph_text, reason, candidates)
       VALUES ($1, 0, 'a', 'no_move', $2), ($1, 1, 'b', 'no_move', $3), ($1, 2, 'c', 'partly_read', $3)`,
      [issue.id, JSON.stringify({ ...names, outside_section: true }), JSON.stringify(names)],
    );
    const before = (await reasons()).rows;
    await expect(
      pool.query(
        "INSERT INTO unread_paragraphs (issue_id, paragraph_index, paragraph_text, reason) VALUES ($1, 3, 'd', 'outside_section')",
        [issue.id],
      ),
    ).rejects.toThrow(/check constraint/);

    await m0021.up(db as unknown as Kysely<unknown>);
    expect((await reasons()).rows).toEqual([
      { paragraph_index: 0, reason: "outside_section", candidates: names },
      { paragraph_index: 1, reason: "no_move", candidates: names },
      { paragraph_index: 2, reason: "partly_read", candidates: names },
    ]);
    await expect(
      pool.query(
        "INSERT INTO unread_paragraphs (issue_id, paragraph_index, paragraph_text, reason) VALUES ($1, 3, 'd', 'other')",
        [issue.id],
      ),
    ).rejects.toThrow(/check constraint/);

    await m0021.down(db as unknown as Kysely<unknown>);
    expect((await reasons()).rows).toEqual(before);
    await m0021.up(db as unknown as Kysely<unknown>);
    await pool.query("DELETE FROM newsletter_issues WHERE id = $1", [issue.id]);
  });

  it("0026 files the directory's legal titles under Juridique, and back down", async () => {
    const { db, pool } = test;
    await m0026.down(db as unknown as Kysely<unknown>);
    // What the directory held before 0026: legal titles under "other", or finance for compliance.
    const issueId = await importMoves(db, [
      { person: "Maëlle Quintard", role: "Directrice juridique", function: "other" },
      { person: "Tobias Wrenhall", role: "General Counsel", function: "other" },
      { person: "Inès Carvalhal", role: "directrice juridique et conformité", function: "finance" },
      { person: "Paul Ostrander", role: "directeur financier", function: "finance" },
    ]);
    const functions = async () =>
      (await pool.query("SELECT role, function FROM moves WHERE issue_id = $1 ORDER BY id", [issueId])).rows;

    await m0026.up(db as unknown as Kysely<unknown>);
    expect(await functions()).toEqual([
      { role: "Directrice juridique", function: "legal" },
      { role: "General Counsel", function: "legal" },
      { role: "directrice juridique et conformité", function: "legal" },
      { role: "directeur financier", function: "finance" },
    ]);
    await pool.query("DELETE FROM newsletter_issues WHERE id = $1", [issueId]);
  });

  it("0034 files the directory's codirectors with the directors, as roles.ts does, and back down", async () => {
    const { db, pool } = test;
    await m0034.down(db as unknown as Kysely<unknown>);
    // What the directory held before 0034: "co-" kept the director rules from matching.
    const issueId = await importMoves(db, [
      { person: "Maëlle Quintard", role: "codirectrice", seniority: "other", function: "other" },
      { person: "Armand Tessonnier", role: "Co-directeur artistique", seniority: "other", function: "other" },
      { person: "Inès Raboisson", role: "codirectrice générale", seniority: "other", function: "other" },
      { person: "Paul Ostrander", role: "coordinateur", seniority: "other", function: "other" },
    ]);
    const classes = async () =>
      (
        await pool.query("SELECT role, seniority, function FROM moves WHERE issue_id = $1 ORDER BY id", [
          issueId,
        ])
      ).rows;

    await m0034.up(db as unknown as Kysely<unknown>);
    const up = await classes();
    expect(up).toEqual([
      { role: "codirectrice", seniority: "director", function: "other" },
      { role: "Co-directeur artistique", seniority: "director", function: "other" },
      { role: "codirectrice générale", seniority: "c_level", function: "general_management" },
      { role: "coordinateur", seniority: "other", function: "other" },
    ]);
    // the parser classifies each title as the migration filed it
    for (const row of up)
      expect(classifyRole(row.role)).toEqual({ seniority: row.seniority, function: row.function });
    await m0034.down(db as unknown as Kysely<unknown>);
    expect((await classes()).map((row) => row.seniority)).toEqual(["other", "other", "other", "other"]);
    await m0034.up(db as unknown as Kysely<unknown>);
    await pool.query("DELETE FROM newsletter_issues WHERE id = $1", [issueId]);
  });
});
