import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import type { ParsedMove } from "../../jobs/parse/index.ts";
import { createApp } from "../../server/app.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { move } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")
    .replace(/ \)/g, ")");

/** Who holds each post at Orvanne, told by moves of four issues over five years. */
describe("who holds the post, on the company page and the API", () => {
  let test: TestDatabase;
  let deps: Awaited<ReturnType<typeof createTestDeps>>;
  let app: Express;

  async function issue(publishedOn: string, moves: Partial<ParsedMove>[]) {
    const parsed = moves.map((m, i) =>
      move({ paragraph: `${m.person} ${publishedOn}`, ...m, paragraph_index: i }),
    );
    const raw = `La Lettre des directions ${publishedOn}`;
    await importParsedIssue(
      deps.db,
      {
        title: raw,
        published_on: publishedOn,
        section_found: true,
        moves: parsed,
        paragraphs: parsed.map((m) => m.paragraph),
      },
      { file: `lettre-${publishedOn}.txt`, rawText: raw, contentHash: contentHash(raw) },
      { autoPublishConfidence: 0.8 },
    );
  }

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    app = createApp(deps);
    await issue("2021-03-01", [
      {
        person: "Anne Brisval",
        company: "Orvanne",
        role: "directrice financière",
        predecessor: "Paul Témin",
      },
    ]);
    await issue("2024-05-02", [
      {
        person: "Bruno Quelard",
        company: "Orvanne",
        role: "Directeur financier",
        predecessor: "Anne Brisval",
      },
      {
        person: "Denis Morvil",
        company: "Orvanne",
        role: "directeur général",
        function: "general_management",
      },
    ]);
    // A new wording of the same post, linked by its predecessor; and the general manager leaves.
    await issue("2026-01-05", [
      {
        person: "Chloé Dantrec",
        company: "Orvanne",
        role: "directrice administrative et financière",
        predecessor: "Bruno Quelard",
      },
      { person: "Denis Morvil", company: "Velpar", role: "président", previous_companies: ["Orvanne"] },
    ]);
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  it("shows each post's chain of holders, predecessors included, and says when the last one has left", async () => {
    const page = await request(app).get("/entreprises/orvanne").expect(200);
    const body = text(page.text);
    expect(body).toContain("Qui occupe quel poste");
    expect(body).toMatch(
      /directrice administrative et financière : Paul Témin → Anne Brisval \(1 mars 2021, source\) → Bruno Quelard \(2 mai 2024, source\) → Chloé Dantrec \(5 janvier 2026, source\)/,
    );
    expect(body).toMatch(
      /directeur général : Denis Morvil \(2 mai 2024, source\) — a depuis quitté ce poste/,
    );
    expect(page.text).toContain('href="/personnes/chloe-dantrec"');
  });

  it("answers the same on the JSON API, newest appointment first", async () => {
    const res = await request(app).get("/api/companies/orvanne/posts").expect(200);
    expect(res.body.company).toEqual({ name: "Orvanne", slug: "orvanne" });
    expect(
      res.body.posts.map(
        (p: { title: string; vacant: boolean; holders: { name: string; since: string | null }[] }) => ({
          title: p.title,
          vacant: p.vacant,
          holders: p.holders.map((h) => `${h.name} ${h.since ?? "?"}`),
        }),
      ),
    ).toEqual([
      {
        title: "directrice administrative et financière",
        vacant: false,
        holders: [
          "Paul Témin ?",
          "Anne Brisval 2021-03-01",
          "Bruno Quelard 2024-05-02",
          "Chloé Dantrec 2026-01-05",
        ],
      },
      { title: "directeur général", vacant: true, holders: ["Denis Morvil 2024-05-02"] },
    ]);
    await request(app).get("/api/companies/inconnue/posts").expect(404);
  });
});
