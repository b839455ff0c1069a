// Writes every record a parser reads from the given corpora, labelled right or wrong against the
// expected JSON, to a cache file that confidence-loco.ts judges signals on (issue 13 item 4). The
// parser is today's or an earlier checkout's (its first-score records are the nearest thing to
// unseen text the repository keeps):
//   git archive <commit> | tar -x -C <dir> && ln -s "$PWD/node_modules" <dir>/node_modules
//   npx tsx test/unit/parse/record-dump.ts [--parser <dir>] --out <file.json> real7 real8 …

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedMove } from "../../../jobs/parse/types.ts";
import { type ExpectedMove, normalizeForScore } from "./heldout-score.ts";
import { parseIssueFileOf } from "./parser-of-checkout.ts";

export interface DumpedIssue {
  corpus: string;
  file: string;
  sectionText: string;
  moves: ParsedMove[];
  /** per move: the expected record of the same person, and whether person, company and role are right */
  expected: (ExpectedMove | null)[];
  right: boolean[];
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const checkout = option("--parser");
const out = option("--out");
const prefixes = args.filter((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!out || prefixes.length === 0) {
  console.error("usage: record-dump.ts [--parser <dir>] --out <file.json> <corpus prefix>…");
  process.exit(2);
}
const parseIssueFile = await parseIssueFileOf(checkout);
const dir = join(import.meta.dirname, "../../fixtures/parse");
const same = (a: string, b: string) => normalizeForScore(a) === normalizeForScore(b);

const issues: DumpedIssue[] = [];
for (const prefix of prefixes) {
  const files = readdirSync(dir).filter(
    (name) => name.startsWith(`${prefix}-`) && /\.(txt|html|eml)$/u.test(name),
  );
  for (const file of files) {
    const expectedPath = join(dir, file.replace(/\.(txt|html|eml)$/u, ".expected.json"));
    if (!existsSync(expectedPath)) continue;
    const gold: ExpectedMove[] = JSON.parse(readFileSync(expectedPath, "utf8")).moves;
    const parsed = await parseIssueFile(join(dir, file));
    const expected = parsed.moves.map((move) => gold.find((want) => same(want.person, move.person)) ?? null);
    issues.push({
      corpus: prefix,
      file,
      sectionText: (parsed.paragraphs ?? []).join("\n"),
      moves: parsed.moves,
      expected,
      right: parsed.moves.map((move, i) => {
        const want = expected[i];
        return want != null && same(want.company, move.company) && same(want.role, move.role);
      }),
    });
  }
}
writeFileSync(out, JSON.stringify(issues));
console.log(
  `${issues.length} issues, ${issues.reduce((n, issue) => n + issue.moves.length, 0)} records -> ${out}`,
);
