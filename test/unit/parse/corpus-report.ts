// Prints the figures recorded for a corpus when it is first scored (test/fixtures/parse/REAL-CORPORA.md):
// the scores of heldout-score.ts, how many records would be published without review and how many
// of those are wrong, a reliability table by confidence band, and how many missed movers appear in
// the paragraphs the parser reports as not understood (`unread`, when the parser has it).
// With --shapes, a precision table by the reader that found each record (ParsedMove.shape: a row of
// jobs/parse/shapes.ts, a whole-sentence pass or the slot reader), to see which shapes give wrong records.
// It also counts the unread paragraphs that name no missed mover (false alarms: an editor opens them for
// nothing) and, with several corpora, sums silent misses and false alarms over them all.
//   npx tsx test/unit/parse/corpus-report.ts real1 real2 [--verbose] [--shapes] [--dir other/fixtures]

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";
import {
  AUTO_PUBLISH_CONFIDENCE,
  EARLIER_PUBLISH_BAR,
  type ExpectedMove,
  normalizeCompanyForScore,
  normalizeForScore,
  scoreIssues,
} from "./heldout-score.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const byShape = args.includes("--shapes");
const dirFlag = args.indexOf("--dir");
const dir = dirFlag >= 0 ? args[dirFlag + 1]! : join(import.meta.dirname, "../../fixtures/parse");
const prefixes = args.filter((arg, i) => !arg.startsWith("--") && (dirFlag < 0 || i !== dirFlag + 1));

// `unread` paragraphs may be strings or objects; their text is all that matters here.
const textOf = (value: unknown): string =>
  typeof value === "string"
    ? value
    : value && typeof value === "object"
      ? Object.values(value).map(textOf).join(" ")
      : "";

const bandOf = (confidence: number) =>
  confidence >= 0.9 ? "≥ 0.9" : confidence >= 0.8 ? "0.8–0.9" : confidence >= 0.6 ? "0.6–0.8" : "< 0.6";

let totalMissed = 0;
let totalSilent = 0;
let totalAlarms = 0;
let totalUnread = 0;
for (const prefix of prefixes) {
  const files = readdirSync(dir).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith(".txt"));
  const issues = [];
  const bands = new Map<string, { records: number; right: number }>();
  const shapes = new Map<
    string,
    { records: number; right: number; published: number; wrongPublished: number }
  >();
  let published = 0;
  let publishedAtEarlierBar = 0;
  let wrongAtEarlierBar = 0;
  let sectionMismatches = 0;
  let missed = 0;
  let missedInUnread = 0;
  let hasUnread = false;
  let unreadParagraphs = 0;
  let falseAlarms = 0;
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"));
    const gold: ExpectedMove[] = expected.moves;
    const parsed = await parseIssueFile(join(dir, file));
    if (parsed.section_found !== expected.section_found) sectionMismatches++;
    issues.push({ file, expected: gold, actual: parsed.moves });
    const unread = (parsed as { unread?: unknown }).unread;
    hasUnread ||= Array.isArray(unread);
    const unreadText = normalizeForScore(textOf(unread ?? []));
    const samePerson = (a: string, b: string) => normalizeForScore(a) === normalizeForScore(b);
    const missedHere: string[] = [];
    for (const want of gold) {
      if (parsed.moves.some((got) => samePerson(got.person, want.person))) continue;
      missed++;
      missedHere.push(normalizeForScore(want.person));
      if (unreadText.includes(normalizeForScore(want.person))) missedInUnread++;
      else if (verbose)
        console.log(`    silent miss ${file}: ${want.person} (${want.role}, ${want.company})`);
    }
    for (const paragraph of Array.isArray(unread) ? unread : []) {
      unreadParagraphs++;
      const text = normalizeForScore(textOf(paragraph));
      if (!missedHere.some((person) => text.includes(person))) {
        falseAlarms++;
        if (verbose) console.log(`    false alarm ${file}: ${textOf(paragraph).slice(0, 160)}`);
      }
    }
    for (const got of parsed.moves) {
      const want = gold.find((move) => samePerson(move.person, got.person));
      const right =
        want !== undefined &&
        normalizeCompanyForScore(want.company) === normalizeCompanyForScore(got.company) &&
        normalizeForScore(want.role) === normalizeForScore(got.role);
      if (got.confidence >= AUTO_PUBLISH_CONFIDENCE) published++;
      if (got.confidence >= EARLIER_PUBLISH_BAR) {
        publishedAtEarlierBar++;
        wrongAtEarlierBar += Number(!right);
      }
      const shape = shapes.get(got.shape ?? "?") ?? { records: 0, right: 0, published: 0, wrongPublished: 0 };
      shape.records++;
      shape.right += Number(right);
      if (got.confidence >= AUTO_PUBLISH_CONFIDENCE) {
        shape.published++;
        shape.wrongPublished += Number(!right);
      }
      shapes.set(got.shape ?? "?", shape);
      const band = bands.get(bandOf(got.confidence)) ?? { records: 0, right: 0 };
      band.records++;
      band.right += Number(right);
      bands.set(bandOf(got.confidence), band);
    }
  }
  const score = scoreIssues(issues);
  const f = (x: number) => x.toFixed(3);
  const percent = (part: number, whole: number) =>
    whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`;
  console.log(
    `${prefix}: ${files.length} issues, ${score.gold} moves expected, ${score.predicted} read; ${sectionMismatches} issues with the moves section not found`,
  );
  console.log(
    `  record F1 ${f(score.recordF1)}, person F1 ${f(score.personF1)}; of matched people: company ${f(score.company)}, role ${f(score.role)}, kind ${f(score.kind)}, previous employers ${f(score.previous)}, predecessor ${f(score.predecessor)}`,
  );
  console.log(
    `  published without review (confidence ≥ ${AUTO_PUBLISH_CONFIDENCE}): ${published}, wrong ${score.wrongPublished} (${percent(score.wrongPublished, published)}); at ${EARLIER_PUBLISH_BAR}, the bar until session 29: ${publishedAtEarlierBar}, wrong ${wrongAtEarlierBar}`,
  );
  console.log(
    `  missed movers ${missed}; ${hasUnread ? `in the unread paragraphs: ${missedInUnread} (${percent(missedInUnread, missed)})` : "the parser reports no unread paragraphs"}`,
  );
  console.log(
    `  unread paragraphs ${unreadParagraphs}, naming no missed mover (false alarms): ${falseAlarms}`,
  );
  totalMissed += missed;
  totalSilent += missed - missedInUnread;
  totalUnread += unreadParagraphs;
  totalAlarms += falseAlarms;
  const order = ["≥ 0.9", "0.8–0.9", "0.6–0.8", "< 0.6"];
  console.log(
    `  right records by confidence: ${order
      .filter((band) => bands.has(band))
      .map((band) => `${band}: ${bands.get(band)!.right}/${bands.get(band)!.records}`)
      .join(", ")}`,
  );
  if (byShape)
    for (const [shape, n] of [...shapes].sort((a, b) => b[1].records - a[1].records))
      console.log(
        `  shape ${shape}: ${n.right}/${n.records} right (${percent(n.right, n.records)}), published ${n.published}, wrong ${n.wrongPublished}`,
      );
  if (verbose) for (const line of [...score.misses, ...score.details]) console.log(`    ${line}`);
}
if (prefixes.length > 1)
  console.log(
    `all: missed movers ${totalMissed}, silent ${totalSilent}; unread paragraphs ${totalUnread}, false alarms ${totalAlarms}`,
  );
