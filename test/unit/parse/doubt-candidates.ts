// Measures candidate doubts before they are switched on (issue 13 item 4): for every record the
// parser would publish (confidence ≥ AUTO_PUBLISH_CONFIDENCE), whether each signal of
// jobs/parse/unread-words.ts (and the two of item 4 defined below) fires, split by whether the record is right (person, company, role) or
// wrong. A doubt is worth adding only if it catches more wrong records than it holds back right
// ones; the CPU the signals take is printed against the parse's own.
//   npx tsx test/unit/parse/doubt-candidates.ts real1 real2 blind heldout [--verbose]

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";
import { MOVE_SIGNAL } from "../../../jobs/parse/lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "../../../jobs/parse/mentions.ts";
import { personKey } from "../../../jobs/parse/names.ts";
import { companyNotAfterIntroducer } from "../../../jobs/parse/reading-cells.ts";
import type { ParsedMove } from "../../../jobs/parse/types.ts";
import {
  type RecordSlots,
  roleHeadOutsideLexicon,
  sentenceNaming,
  slotsOfOtherRecords,
  unassignedCapitalisedWords,
  wordRightAfterASlot,
  wordsLeftBetweenSlots,
} from "../../../jobs/parse/unread-words.ts";
import { AUTO_PUBLISH_CONFIDENCE, type ExpectedMove, normalizeForScore } from "./heldout-score.ts";

// Issue 13 item 4, "a second person mention with a verb but no record": another person of the
// sentence, followed by a move verb, that no record of the paragraph names (as mover or predecessor).
function secondPersonWithAVerb(record: RecordSlots): string[] {
  const sentence = sentenceNaming(record);
  const named = new Set([record.person, ...(record.slotsInParagraph ?? [])].map(personKey));
  return findPersonMentions(sentence)
    .filter((mention) => isConfidentPerson(mention) && !named.has(personKey(mention.name)))
    .filter((mention) => MOVE_SIGNAL.test(sentence.slice(mention.end, mention.end + 60)))
    .map((mention) => mention.name);
}

const SIGNALS: Record<string, (record: RecordSlots) => string[]> = {
  capitalised_unassigned: unassignedCapitalisedWords,
  words_between_slots: wordsLeftBetweenSlots,
  word_after_a_slot: wordRightAfterASlot,
  role_head_unknown: (record) => (roleHeadOutsideLexicon(record.role) ? [record.role] : []),
  company_not_after_introducer: (record) => (companyNotAfterIntroducer(record) ? [record.company] : []),
  second_person_with_a_verb: secondPersonWithAVerb,
};

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dir = join(import.meta.dirname, "../../fixtures/parse");
const same = (a: string, b: string) => normalizeForScore(a) === normalizeForScore(b);
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

let parseCpu = 0;
let signalCpu = 0;
for (const prefix of args.filter((arg) => !arg.startsWith("--"))) {
  const files = readdirSync(dir).filter((name) => name.startsWith(prefix) && name.endsWith(".txt"));
  const counts = Object.fromEntries(Object.keys(SIGNALS).map((id) => [id, { wrong: 0, right: 0 }]));
  let published = 0;
  let wrong = 0;
  const lines: string[] = [];
  for (const file of files) {
    const gold: ExpectedMove[] = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"),
    ).moves;
    const before = cpuMicros();
    const parsed = await parseIssueFile(join(dir, file));
    parseCpu += cpuMicros() - before;
    const moves = parsed.moves as ParsedMove[];
    for (const got of moves) {
      if (got.confidence < AUTO_PUBLISH_CONFIDENCE) continue;
      const want = gold.find((move) => same(move.person, got.person));
      const right = want !== undefined && same(want.company, got.company) && same(want.role, got.role);
      published++;
      if (!right) wrong++;
      const slotsInParagraph = slotsOfOtherRecords(moves, got);
      for (const [id, signal] of Object.entries(SIGNALS)) {
        const start = cpuMicros();
        const left = signal({ ...got, slotsInParagraph });
        signalCpu += cpuMicros() - start;
        if (left.length === 0) continue;
        counts[id]![right ? "right" : "wrong"]++;
        if (verbose)
          lines.push(
            `    ${id} ${right ? "right" : "WRONG"} ${file}: ${got.person} | ${got.role} | ${got.company}: ${left.join(" ")}`,
          );
      }
    }
  }
  console.log(`${prefix}: ${files.length} issues, ${published} published, ${wrong} of them wrong`);
  for (const [id, count] of Object.entries(counts))
    console.log(`  ${id}: catches ${count.wrong} wrong, holds back ${count.right} right`);
  for (const line of lines) console.log(line);
}
console.log(
  `CPU: parsing ${(parseCpu / 1000).toFixed(0)} ms, the signals ${(signalCpu / 1000).toFixed(0)} ms`,
);
