// Writes every record another tree's parser reads from this tree's corpora, one JSON line each, judged
// as heldout-score.ts judges (person, company and role), with its confidence, reader (shape) and
// reasons. Run on the tree a corpus was first scored on (the parent of the commit that added it),
// it gives the records that parser published before anyone tuned on the text: the honest
// calibration set of MISSES.md "Wrong records published at first read".
//   npx tsx test/unit/parse/first-read-records.ts --tree /work/wt/calib-<sha> real99 real100 > first.jsonl
// The other tree needs node_modules (a symlink to this tree's will do for the session-22-on parsers).
// `published` is at today's bar (AUTO_PUBLISH_CONFIDENCE, 0.85 since session 29); MISSES.md's figures were
// taken at 0.8, the bar of the time: filter on `confidence` to reproduce them.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedIssue } from "../../../jobs/parse/types.ts";
import {
  AUTO_PUBLISH_CONFIDENCE,
  type ExpectedMove,
  normalizeCompanyForScore,
  normalizeForScore,
} from "./heldout-score.ts";

const args = process.argv.slice(2);
const treeFlag = args.indexOf("--tree");
const tree = treeFlag >= 0 ? args[treeFlag + 1]! : join(import.meta.dirname, "../../..");
const prefixes = args.filter((arg, i) => !arg.startsWith("--") && (treeFlag < 0 || i !== treeFlag + 1));
const dir = join(import.meta.dirname, "../../fixtures/parse");

// The other tree's own parser: an older parser's ParsedIssue has the fields read below or fewer.
const { parseIssueFile } = (await import(join(tree, "jobs/import/issue-file.ts"))) as {
  parseIssueFile: (path: string) => Promise<ParsedIssue>;
};

for (const prefix of prefixes) {
  for (const file of readdirSync(dir).filter(
    (name) => name.startsWith(`${prefix}-`) && name.endsWith(".txt"),
  )) {
    const gold: ExpectedMove[] = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"),
    ).moves;
    const { moves } = await parseIssueFile(join(dir, file));
    // each expected mover takes the first record of the same person not yet taken (scoreIssues)
    const wantOf = new Map<number, ExpectedMove>();
    for (const want of gold) {
      const index = moves.findIndex(
        (got, i) => !wantOf.has(i) && normalizeForScore(got.person) === normalizeForScore(want.person),
      );
      if (index >= 0) wantOf.set(index, want);
    }
    moves.forEach((got, i) => {
      const want = wantOf.get(i);
      const wrong = want
        ? [
            normalizeCompanyForScore(got.company) !== normalizeCompanyForScore(want.company) && "company",
            normalizeForScore(got.role) !== normalizeForScore(want.role) && "role",
          ].filter(Boolean)
        : ["person"];
      console.log(
        JSON.stringify({
          corpus: prefix,
          file,
          person: got.person,
          company: got.company,
          role: got.role,
          expected: want ? { company: want.company, role: want.role } : null,
          wrong: wrong.join("+"),
          published: got.confidence >= AUTO_PUBLISH_CONFIDENCE,
          confidence: got.confidence,
          shape: got.shape ?? null,
          reasons: got.reasons ?? [],
          paragraph: got.paragraph,
        }),
      );
    });
  }
}
