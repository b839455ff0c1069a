// Every newsletter fixture in test/fixtures/parse is parsed and compared with the expected
// JSON beside it. Adding a case is adding two files.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";

const dir = join(import.meta.dirname, "../../fixtures/parse");
// Held-out (heldout-*), blind (blindN-*), real-phrasing (realN-*) and layout (layouts-*) fixtures are scored
// as corpora, in heldout.test.ts, blind-corpora.test.ts and real-corpora.test.ts; a new corpus stays unread here
// until it is added there, so that whoever tunes the parser never sees it fail first.
const fixtures = readdirSync(dir).filter(
  (name) => /\.(txt|html|eml)$/.test(name) && !/^(?:heldout|blind\d*|real\d*|layouts)-/.test(name),
);

describe("newsletter fixtures", () => {
  it("has fixtures to check", () => {
    expect(fixtures.length).toBeGreaterThan(3);
  });

  for (const name of fixtures) {
    it(`reads ${name} as its expected JSON says`, async () => {
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.\w+$/, ".expected.json")), "utf8"));
      const issue = await parseIssueFile(join(dir, name));
      expect(issue.section_found).toBe(expected.section_found);
      expect(issue.title).toBe(expected.title);
      expect(issue.published_on).toBe(expected.published_on);
      const moves = issue.moves.map(({ person, company, role, kind, previous_companies, predecessor }) => ({
        person,
        company,
        role,
        kind,
        previous_companies,
        predecessor,
      }));
      expect(moves).toEqual(expected.moves);
    });
  }
});
