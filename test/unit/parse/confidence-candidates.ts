// Candidate confidence signals judged by hold-out (issue 13 item 4). Doubts written on a corpus's own
// wrong records hold none of the next blind round's, so a signal is kept only if it catches wrong
// records on text it was not designed on. Each candidate below was designed looking at real1–real6
// only (today's outputs and the outputs of the parsers they were first scored with); this script
// measures it, unchanged, on the records the first-score parser of a later round published
// (real7/real8: 31a57ec; real9/real10: 9eb3d02, 183f367) and on today's published records.
//   git archive <commit> | tar -x -C <dir> && ln -s "$PWD/node_modules" <dir>/node_modules
//   npx tsx test/unit/parse/confidence-candidates.ts [--parser <dir>] real7 real8 [--verbose] [--cache <file>]
// Without --parser the records are today's: a candidate's "right held" there is what switching it on
// would cost (records published today that would wait for review). With --parser the records are the
// earlier parser's, and "beyond today's doubts" counts only those no doubt of jobs/parse/doubts.ts holds.

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CANDIDATES, type Candidate } from "../../../jobs/parse/confidence-candidates.ts";
import { DOUBTS, type DoubtSubject } from "../../../jobs/parse/doubts.ts";
import { notesOfReasons } from "../../../jobs/parse/reason-texts.ts";
import type { ParsedMove } from "../../../jobs/parse/types.ts";
import { slotsOfOtherRecords } from "../../../jobs/parse/unread-words.ts";
import { AUTO_PUBLISH_CONFIDENCE, type ExpectedMove, normalizeForScore } from "./heldout-score.ts";
import { parseIssueFileOf } from "./parser-of-checkout.ts";

interface Row {
  file: string;
  move: ParsedMove;
  slotsInParagraph: string[];
  /** the moves the parser read from the same paragraph, this one included */
  paragraphMoves: ParsedMove[];
  sectionText: string;
  right: boolean;
  expected: ExpectedMove | null;
}

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const checkout = option("--parser");
const cache = option("--cache");
const only = option("--only")?.split(",");
const prefixes = args.filter(
  (arg, i) => !arg.startsWith("--") && !["--parser", "--cache", "--only"].includes(args[i - 1] ?? ""),
);
const dir = join(import.meta.dirname, "../../fixtures/parse");
const same = (a: string, b: string) => normalizeForScore(a) === normalizeForScore(b);

async function readRows(): Promise<Record<string, Row[]>> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8"));
  const parseIssueFile = await parseIssueFileOf(checkout);
  const rows: Record<string, Row[]> = {};
  for (const prefix of prefixes) {
    rows[prefix] = [];
    const files = readdirSync(dir).filter(
      (name) => name.startsWith(prefix) && /\.(txt|html|eml)$/u.test(name),
    );
    for (const file of files) {
      const expectedPath = join(dir, file.replace(/\.(txt|html|eml)$/u, ".expected.json"));
      if (!existsSync(expectedPath)) continue;
      const gold: ExpectedMove[] = JSON.parse(readFileSync(expectedPath, "utf8")).moves;
      const parsed = await parseIssueFile(join(dir, file));
      const sectionText = (parsed.paragraphs ?? []).join("\n");
      for (const move of parsed.moves) {
        if (move.confidence < AUTO_PUBLISH_CONFIDENCE) continue;
        const expected = gold.find((want) => same(want.person, move.person)) ?? null;
        const right =
          expected !== null && same(expected.company, move.company) && same(expected.role, move.role);
        rows[prefix]!.push({
          file,
          move,
          slotsInParagraph: slotsOfOtherRecords(parsed.moves, move),
          paragraphMoves: parsed.moves.filter((other) => other.paragraph_index === move.paragraph_index),
          sectionText,
          right,
          expected,
        });
      }
    }
  }
  if (cache) writeFileSync(cache, JSON.stringify(rows));
  return rows;
}

const rows = await readRows();
const candidates: readonly Candidate[] = only ? CANDIDATES.filter((c) => only.includes(c.id)) : CANDIDATES;
for (const [prefix, list] of Object.entries(rows)) {
  const wrong = list.filter((row) => !row.right).length;
  const heldByDoubts = (row: Row) =>
    checkout !== undefined &&
    DOUBTS.some((doubt) =>
      doubt.applies({
        ...row.move,
        reasons: notesOfReasons(row.move.reasons),
        slotsInParagraph: row.slotsInParagraph,
        sectionText: row.sectionText,
      } as DoubtSubject),
    );
  const free = list.filter((row) => !heldByDoubts(row));
  console.log(
    `${prefix}: published ${list.length}, wrong ${wrong}` +
      (checkout
        ? `; not held by today's doubts ${free.length}, wrong ${free.filter((r) => !r.right).length}`
        : ""),
  );
  const lines: string[] = [];
  for (const candidate of candidates) {
    const count = { wrong: 0, right: 0, freeWrong: 0, freeRight: 0 };
    for (const row of list) {
      const fired = candidate.fires({
        ...row.move,
        reasons: notesOfReasons(row.move.reasons),
        slotsInParagraph: row.slotsInParagraph,
        sectionText: row.sectionText,
        paragraphMoves: row.paragraphMoves,
      });
      if (!fired) continue;
      count[row.right ? "right" : "wrong"]++;
      if (!heldByDoubts(row)) count[row.right ? "freeRight" : "freeWrong"]++;
      if (verbose)
        lines.push(
          `    ${candidate.id} ${row.right ? "right" : "WRONG"} ${row.file}: ${row.move.person} | ${row.move.role} | ${row.move.company} [${fired}]` +
            (row.right
              ? ""
              : row.expected
                ? ` (expected ${row.expected.role} | ${row.expected.company})`
                : " (not a move)"),
        );
    }
    console.log(
      `  ${candidate.id}: catches ${count.wrong} wrong, holds ${count.right} right` +
        (checkout ? `; beyond today's doubts ${count.freeWrong} wrong, ${count.freeRight} right` : ""),
    );
  }
  for (const line of lines) console.log(line);
}
