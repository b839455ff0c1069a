import { describe, expect, it } from "@jest/globals";
import request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import type { ParsedIssue } from "../../jobs/parse/index.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/**
 * A typo'd name's search is answered from its page as corrected, which the search then remembers
 * under the directory's version and reads straight away next time (readingsSeen in the search
 * service): the same answers while nothing changes, and the name as typed again once it does.
 */
describe("a typo'd name's corrected reading, remembered per directory version", () => {
  const site = useSeededDirectoryApp();
  const noCache = { "cache-control": "no-cache" };
  const names = (body: { items: { person: { name: string } }[] }) => body.items.map((m) => m.person.name);

  it("answers the same while the directory is unchanged, and as typed once a name matches", async () => {
    const api = () => request(site.app).get("/api/moves").set(noCache).query({ q: "Claire Senechaut" });
    const page = () => request(site.app).get("/recherche").query({ q: "Claire Senechaut" });
    const first = await api();
    expect(names(first.body)).toEqual(["Claire Sénéchault", "Claire Sénéchault"]);
    const firstPage = await page();
    expect(firstPage.text).toContain("voici les noms les plus proches");
    // Read again from the remembered reading: byte for byte the same.
    for (let i = 0; i < 3; i++) {
      expect((await api()).text).toBe(first.text);
      expect((await page()).text).toBe(firstPage.text);
    }

    // A first name too far off: answered by the surname alone, remembered the same way.
    const surname = () =>
      request(site.app).get("/api/moves").set(noCache).query({ q: "Kate Sénéchault", limit: 1 });
    const bySurname = await surname();
    expect(names(bySurname.body)).toEqual(["Claire Sénéchault"]);
    for (let i = 0; i < 3; i++) expect((await surname()).text).toBe(bySurname.text);

    // Someone named exactly as typed: the directory's version moves, and the search reads the
    // name as typed again, where the remembered reading would still list the Sénéchaults.
    const issue: ParsedIssue = {
      title: "La Lettre des Décideurs n°104",
      published_on: "2025-04-20",
      section_found: true,
      paragraphs: ["Claire Senechaut rejoint Ortolan comme directrice juridique."],
      moves: [
        {
          person: "Claire Senechaut",
          company: "Ortolan",
          role: "directrice juridique",
          kind: "joined",
          seniority: "director",
          function: "legal",
          previous_companies: [],
          predecessor: null,
          confidence: 0.95,
          reasons: [],
          paragraph_index: 0,
          paragraph: "Claire Senechaut rejoint Ortolan comme directrice juridique.",
        },
      ],
    };
    const rawText = `lettre-104\n${issue.paragraphs.join("\n")}`;
    await importParsedIssue(
      site.test.db,
      issue,
      { file: "lettre-104.txt", rawText, contentHash: contentHash(rawText) },
      { autoPublishConfidence: 0.8 },
    );
    expect(names((await api()).body)).toEqual(["Claire Senechaut"]);
    const after = await page();
    expect(after.text).not.toContain("voici les noms les plus proches");
    expect(after.text).toContain("Ortolan");
  });
});
