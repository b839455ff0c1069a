import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { contentHash } from "../../jobs/import/issue-file.ts";
import type { ParsedIssue, ParsedMove } from "../../jobs/parse/index.ts";
import { importReceivedFiles, type ReceivedFile } from "../../server/services/import-issue.ts";
import { move } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const OPTIONS = { autoPublishConfidence: 0.8, today: "2026-03-02" };
const ACTOR = { id: null, email: "operateur@carnet.example" };

function file(name: string, moves: ParsedMove[]): ReceivedFile {
  const parsed: ParsedIssue = {
    title: `La Lettre ${name}`,
    published_on: "2026-03-01",
    section_found: true,
    moves,
    paragraphs: moves.map((m) => m.paragraph),
  };
  const bytes = Buffer.from(`${name}: ${moves.map((m) => m.paragraph).join("\n")}`);
  return { name, bytes, via: "upload", parsed, contentHash: contentHash(bytes), actor: ACTOR };
}

describe("importing a batch of files in one transaction", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(() => t.drop());

  it("commits the other files of a batch and rolls a refused one back completely", async () => {
    const first = file("premiere.txt", [move({ person: "Claire Fontanel", company: "Lumen" })]);
    // Its issue, person, companies and previous employer are written before its moves, which the
    // database refuses (a paragraph number beyond an integer: SQLSTATE 22003).
    const refused = file("refusee.txt", [
      move({ person: "Eve Marchal", company: "Orbis Capital", previous_companies: ["Vellum"] }),
      move({ person: "Hugo Perrin", company: "Orbis Capital", paragraph_index: 2 ** 40 }),
    ]);
    const last = file("derniere.txt", [move({ person: "Yann Ropars", company: "Tessera" })]);

    const outcomes = await importReceivedFiles(t.db, [first, refused, last], OPTIONS);

    expect(outcomes.map((o) => ("refused" in o ? "refused" : o.result.status))).toEqual([
      "imported",
      "refused",
      "imported",
    ]);
    expect("refused" in outcomes[1]! && outcomes[1].refused.message).toMatch(/out of range/);
    const names = async (table: "people" | "companies") =>
      (await t.db.selectFrom(table).select("name").orderBy("name").execute()).map((r) => r.name);
    expect(await names("people")).toEqual(["Claire Fontanel", "Yann Ropars"]);
    expect(await names("companies")).toEqual(["Lumen", "Tessera"]);
    const issues = await t.db.selectFrom("newsletter_issues").select("source_file").orderBy("id").execute();
    expect(issues.map((i) => i.source_file)).toEqual(["premiere.txt", "derniere.txt"]);
    expect(await t.db.selectFrom("moves").select("id").execute()).toHaveLength(2);
    expect(await t.db.selectFrom("move_previous_companies").select("move_id").execute()).toHaveLength(0);
    const messages = await sql<{
      file_name: string;
    }>`SELECT file_name FROM inbound_messages ORDER BY id`.execute(t.db);
    expect(messages.rows.map((m) => m.file_name)).toEqual(["premiere.txt", "derniere.txt"]);
    const audited = await t.db.selectFrom("audit_log").select(["action", "after"]).orderBy("id").execute();
    expect(audited.map((a) => [a.action, (a.after as { file: string }).file])).toEqual([
      ["issue.import", "premiere.txt"],
      ["issue.import", "derniere.txt"],
    ]);

    // The refused file, corrected, imports on its own later; the others are known.
    const corrected = file("refusee.txt", [refused.parsed.moves[0]!]);
    const again = await importReceivedFiles(t.db, [first, corrected], OPTIONS);
    expect(again.map((o) => ("refused" in o ? "refused" : o.result.status))).toEqual(["skipped", "imported"]);
    expect(await names("people")).toEqual(["Claire Fontanel", "Eve Marchal", "Yann Ropars"]);
  });

  it("gives a file already received in the same batch once, as skipped the second time", async () => {
    const one = file("lettre.txt", [move({})]);
    const outcomes = await importReceivedFiles(t.db, [one, { ...one, name: "copie.txt" }], OPTIONS);
    expect(outcomes.map((o) => ("refused" in o ? "refused" : o.result.status))).toEqual([
      "imported",
      "skipped",
    ]);
    expect(await t.db.selectFrom("newsletter_issues").select("id").execute()).toHaveLength(1);
    expect((await sql`SELECT id FROM inbound_messages`.execute(t.db)).rows).toHaveLength(1);
  });
});
