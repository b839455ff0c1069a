// Replays today's doubts (jobs/parse/doubts.ts) on the records an earlier parser published, to see
// which of the wrong records a parser publishes on text it has never seen they would hold back, and
// which shapes none of them knows (issue 13 item 4: the doubts must catch unseen shapes, and the
// first-score parsers' records are the nearest thing to unseen text the repository keeps).
//   git archive <commit> | tar -x -C <dir> && ln -s "$PWD/node_modules" <dir>/node_modules
//   npx tsx test/unit/parse/replay-doubts.ts <dir> real5 real6 [--verbose]
// A record counts as held when any doubt applies to it; the earlier parser's own notes are kept.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOUBTS, type DoubtSubject } from "../../../jobs/parse/doubts.ts";
import { notesOfReasons } from "../../../jobs/parse/reason-texts.ts";
import { secondReadingOf } from "../../../jobs/parse/second-reading.ts";
import { slotsOfOtherRecords } from "../../../jobs/parse/unread-words.ts";
import { AUTO_PUBLISH_CONFIDENCE, type ExpectedMove, normalizeForScore } from "./heldout-score.ts";
import { parseIssueFileOf } from "./parser-of-checkout.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const [checkout, ...prefixes] = args.filter((arg) => !arg.startsWith("--"));
if (!checkout || prefixes.length === 0) {
  console.error("usage: replay-doubts.ts <checkout of an earlier parser> <corpus prefix>… [--verbose]");
  process.exit(2);
}
const parseIssueFile = await parseIssueFileOf(checkout);
const dir = join(import.meta.dirname, "../../fixtures/parse");
const same = (a: string, b: string) => normalizeForScore(a) === normalizeForScore(b);

for (const prefix of prefixes) {
  let right = 0;
  let wrong = 0;
  let rightHeld = 0;
  let wrongHeld = 0;
  const byDoubt = new Map<string, { wrong: number; right: number }>();
  const lines: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.startsWith(prefix) && name.endsWith(".txt"))) {
    const gold: ExpectedMove[] = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"),
    ).moves;
    const parsed = await parseIssueFile(join(dir, file));
    const sectionText = (parsed.paragraphs ?? []).join("\n");
    for (const got of parsed.moves) {
      if (got.confidence < AUTO_PUBLISH_CONFIDENCE) continue;
      const want = gold.find((move) => same(move.person, got.person));
      const isRight = want !== undefined && same(want.company, got.company) && same(want.role, got.role);
      const subject: DoubtSubject = {
        ...got,
        reasons: notesOfReasons(got.reasons),
        slotsInParagraph: slotsOfOtherRecords(parsed.moves, got),
        sectionText,
        // the slot reader's reading of the same person, for readings_nest
        secondReading: secondReadingOf(
          got,
          got.paragraph,
          parsed.moves.filter((other) => other.paragraph_index === got.paragraph_index),
        ),
      };
      const fired = DOUBTS.filter((doubt) => doubt.applies(subject)).map((doubt) => doubt.id);
      if (isRight) right++;
      else wrong++;
      if (fired.length > 0) {
        if (isRight) rightHeld++;
        else wrongHeld++;
      }
      for (const id of fired) {
        const count = byDoubt.get(id) ?? { wrong: 0, right: 0 };
        count[isRight ? "right" : "wrong"]++;
        byDoubt.set(id, count);
      }
      if (verbose && !isRight && fired.length === 0)
        lines.push(
          `    not held ${file}: ${got.person} | ${got.role} | ${got.company}` +
            (want ? ` (expected ${want.role} | ${want.company})` : " (not a move)"),
        );
    }
  }
  console.log(
    `${prefix}: published ${right + wrong}, wrong ${wrong}; today's doubts hold ${wrongHeld} wrong and ${rightHeld} right`,
  );
  for (const [id, count] of byDoubt) console.log(`  ${id}: ${count.wrong} wrong, ${count.right} right`);
  for (const line of lines) console.log(line);
}
