import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import { sql } from "kysely";
import request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import type { ParsedMove } from "../../jobs/parse/index.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { useTestApp } from "../support/app.ts";
import { move } from "../support/builders.ts";

// Two fictional newsletters announcing the same appointment, a few weeks apart.
async function importIssue(deps: OwnedDeps, title: string, day: string, moves: Partial<ParsedMove>[]) {
  const parsed = moves.map((m, i) => move({ ...m, paragraph_index: i }));
  const text = `${title} ${day} ${JSON.stringify(moves)}`;
  return importParsedIssue(
    deps.db,
    {
      title,
      published_on: day,
      section_found: true,
      moves: parsed,
      paragraphs: parsed.map((m) => m.paragraph),
    },
    { file: `${title}.txt`, rawText: text, contentHash: contentHash(text) },
    { autoPublishConfidence: 0.8 },
  );
}

describe("the same move announced by two newsletters", () => {
  const carnet = useTestApp();
  let deps: OwnedDeps;
  let app: Express;
  beforeAll(() => {
    ({ deps, app } = carnet);
  });

  const movesOf = (person: string) =>
    deps.db
      .selectFrom("moves")
      .innerJoin("people", "people.id", "moves.person_id")
      .select(["moves.id", "moves.issue_id"])
      .where("people.name", "=", person)
      .execute();

  it("keeps one move and records the second newsletter as another source of it", async () => {
    const first = await importIssue(deps, "La Lettre Finance", "2025-03-04", [
      {
        person: "Ysaline Chabert",
        company: "Orfèvrerie Dubreuil",
        role: "directrice financière",
        paragraph: "YSALINE CHABERT rejoint Orfèvrerie Dubreuil en tant que directrice financière.",
      },
    ]);
    const second = await importIssue(deps, "Décideurs Hebdo", "2025-03-20", [
      {
        person: "Ysaline Chabert",
        company: "Orfèvrerie Dubreuil",
        role: "Directrice financière",
        paragraph: "Orfèvrerie Dubreuil accueille Ysaline Chabert comme directrice financière.",
      },
    ]);
    expect(first.movesCreated).toBe(1);
    expect(second).toMatchObject({ status: "imported", movesCreated: 0, attached: 1 });
    const moves = await movesOf("Ysaline Chabert");
    expect(moves).toEqual([{ id: moves[0]!.id, issue_id: first.issueId }]);

    const person = await request(app).get("/personnes/ysaline-chabert").expect(200);
    expect(person.text).toContain("La Lettre Finance");
    expect(person.text).toContain("Décideurs Hebdo");
    const issuePage = await request(app).get(`/numeros/${second.issueId}`).expect(200);
    expect(issuePage.text).toContain("Ysaline Chabert");
    expect(issuePage.text).toContain("Orfèvrerie Dubreuil accueille Ysaline Chabert");
  });

  it("flags a move with other sources while it has some, so pages look them up for it only", async () => {
    await importIssue(deps, "La Lettre Achats", "2025-04-01", [
      { person: "Honorine Vasseur", company: "Cartonnages Ribot", role: "directrice des achats" },
    ]);
    const [made] = await movesOf("Honorine Vasseur");
    const flag = async () =>
      (
        await deps.db
          .selectFrom("moves")
          .select("other_sources")
          .where("id", "=", made!.id)
          .executeTakeFirstOrThrow()
      ).other_sources;
    expect(await flag()).toBe(false);
    const again = await importIssue(deps, "Achats Hebdo", "2025-04-15", [
      { person: "Honorine Vasseur", company: "Cartonnages Ribot", role: "directrice des achats" },
    ]);
    expect(again).toMatchObject({ attached: 1 });
    expect(await flag()).toBe(true);
    const listed = await request(app).get("/recherche?q=Honorine+Vasseur").expect(200);
    expect(listed.text).toContain("Achats Hebdo");
    await sql`DELETE FROM move_sources WHERE issue_id = ${again.issueId}`.execute(deps.db);
    expect(await flag()).toBe(false);
    const alone = await request(app).get("/recherche?q=Honorine+Vasseur").expect(200);
    expect(alone.text).toContain("Honorine Vasseur");
    expect(alone.text).not.toContain("Achats Hebdo");
  });

  it("makes a new move for another role, or the same role a year later", async () => {
    await importIssue(deps, "La Lettre RH", "2025-01-10", [
      {
        person: "Corentin Lafargue",
        company: "Tissages Mérel",
        role: "directeur des ressources humaines",
        seniority: "director",
        function: "hr",
      },
    ]);
    await importIssue(deps, "La Lettre RH bis", "2025-02-10", [
      {
        person: "Corentin Lafargue",
        company: "Tissages Mérel",
        role: "directeur commercial",
        seniority: "director",
        function: "sales",
      },
    ]);
    await importIssue(deps, "La Lettre RH ter", "2026-02-10", [
      {
        person: "Corentin Lafargue",
        company: "Tissages Mérel",
        role: "directeur des ressources humaines",
        seniority: "director",
        function: "hr",
      },
    ]);
    expect(await movesOf("Corentin Lafargue")).toHaveLength(3);
  });
});
