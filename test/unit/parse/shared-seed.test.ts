// The shared seed issues are the product's ground truth, kept outside the repository.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";

const seeds = join(import.meta.dirname, "../../../../shared/seeds");
const available = existsSync(join(seeds, "expected-moves.json"));
const d = available ? describe : describe.skip;
if (!available) console.warn(`shared seeds not found at ${seeds}: skipping the ground-truth test`);

const fold = (s: string | null) =>
  (s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9&' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

interface GoldMove {
  person: string;
  company: string;
  role: string;
  previous_companies: string[];
  predecessor: string | null;
}

d("shared seed issues (ground truth)", () => {
  const gold: Record<string, GoldMove[]> = available
    ? JSON.parse(readFileSync(join(seeds, "expected-moves.json"), "utf8"))
    : {};

  it("finds exactly the seven moves of the issue with a Mouvements section", async () => {
    const issue = await parseIssueFile(join(seeds, "issue-with-mouvements.txt"));
    const expected = gold["issue-with-mouvements.txt"]!;
    expect(issue.section_found).toBe(true);
    expect(issue.moves).toHaveLength(expected.length);
    for (const [i, want] of expected.entries()) {
      const got = issue.moves[i]!;
      expect(fold(got.person)).toBe(fold(want.person));
      expect(fold(got.company)).toBe(fold(want.company));
      expect(fold(got.role)).toBe(fold(want.role));
      expect(got.previous_companies.map(fold).sort()).toEqual(want.previous_companies.map(fold).sort());
      expect(fold(got.predecessor)).toBe(fold(want.predecessor));
    }
  });

  it("marks Julia de Sainte Marie's move as a promotion", async () => {
    const issue = await parseIssueFile(join(seeds, "issue-with-mouvements.txt"));
    expect(issue.moves.find((m) => m.person === "Julia de Sainte Marie")?.kind).toBe("promoted");
  });

  it("does not create a second company for the misspelt second mention of Scalian", async () => {
    const issue = await parseIssueFile(join(seeds, "issue-with-mouvements.txt"));
    expect(issue.moves.filter((m) => /scal/i.test(m.company)).map((m) => m.company)).toEqual(["Scalian"]);
  });

  it("reports no section and no moves for the issue without Mouvements", async () => {
    const issue = await parseIssueFile(join(seeds, "issue-without-mouvements.txt"));
    expect(issue.section_found).toBe(false);
    expect(issue.moves).toEqual([]);
  });
});
