// Measures how often each kind of reading is right, whatever its confidence (issue 13 item 4), and
// judges by hold-out a rule that would publish (confidence ≥ AUTO_PUBLISH_CONFIDENCE) only records
// whose cell (jobs/parse/reading-cells.ts: shape, people in the sentence, words left between slots,
// company after an introducer, one move verb or several, section or headingless) was right at least
// MIN_PRECISION of the time over at least MIN_RECORDS records of the other corpora.
// Every record is labelled right or wrong as heldout-score.ts does (person, company and role).
//   npx tsx test/unit/parse/train-reading-reliability.ts [--cells] [--precision 0.97] [--records 10]
// The hold-out groups are the blind rounds: real5+real6 and real7+real8. On them the product's
// confidence is printed as it is and without the doubts written after the group was first scored
// (AFTER_FIRST_SCORE), the nearest figure to unseen text the corpora still give.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";
import { DOUBTS } from "../../../jobs/parse/doubts.ts";
import type { NoteKind } from "../../../jobs/parse/notes.ts";
import { confidenceFor } from "../../../jobs/parse/paragraph.ts";
import { notesOfReasons } from "../../../jobs/parse/reason-texts.ts";
import type { ParsedMove } from "../../../jobs/parse/types.ts";
import { AUTO_PUBLISH_CONFIDENCE, type ExpectedMove, normalizeForScore } from "./heldout-score.ts";

/** Every scored corpus but the real seed (seed-check's). */
export const CORPORA = [
  "heldout",
  ...Array.from({ length: 13 }, (_, i) => `blind${i + 2}`),
  ...Array.from({ length: 112 }, (_, i) => `real${i + 1}`),
  "layouts",
];

// The doubts written after each blind round was first scored, by id (git log -- jobs/parse/doubts.ts):
// 5ceee27's ten were written on real3 and real5–real8's wrong records; capitalised_unassigned
// (6722049) on real1–real6, then measured on real7+real8 unseen. read_by_slots and
// company_from_anaphor came with the readers they guard, so they stay. 8740ca3's two were written on
// the wrong records every blind round's first-score parser published.
const DOUBTS_WRITTEN_ON_REAL5_TO_REAL8 = [
  "past_event_recalled",
  "en_points_elsewhere",
  "company_article_dropped",
  "company_heading_runs_on",
  "company_is_a_sector",
  "role_colloquial",
  "role_english_scope",
  "role_then_board_seat",
  "group_may_be_the_parent",
  "company_spelt_otherwise",
  "role_opens_with_preposition",
  "press_title_without_article",
];
const HOLD_OUTS: { corpora: string[]; afterFirstScore: string[] }[] = [
  {
    corpora: ["real5", "real6"],
    afterFirstScore: [...DOUBTS_WRITTEN_ON_REAL5_TO_REAL8, "capitalised_unassigned"],
  },
  { corpora: ["real7", "real8"], afterFirstScore: DOUBTS_WRITTEN_ON_REAL5_TO_REAL8 },
  // Session 6's blind round, scored before anyone read it: no doubt was written on it.
  { corpora: ["real9", "real10"], afterFirstScore: [] },
  // Session 7's blind round, scored before anyone read it: no doubt was written on it.
  { corpora: ["real11", "real12"], afterFirstScore: [] },
  // Session 8's blind round, scored before anyone read it: no doubt was written on it.
  { corpora: ["real13", "real14"], afterFirstScore: [] },
  // Session 9's blind round, scored before anyone read it: no doubt was written on it.
  { corpora: ["real15", "real16"], afterFirstScore: [] },
  // Session 10's blind round, scored before anyone read it: no doubt was written on it.
  { corpora: ["real17", "real18"], afterFirstScore: [] },
  // Session 10's second blind round, scored before anyone read it; session 12 wrote one doubt on its
  // wrong published record (and real23's).
  { corpora: ["real19", "real20"], afterFirstScore: ["company_written_after_les"] },
  // Session 11's first blind round, scored before anyone read it; session 12 wrote two doubts on its
  // wrong published records.
  {
    corpora: ["real21", "real22"],
    afterFirstScore: ["past_move_in_a_relative", "role_holds_a_second_person"],
  },
  // Session 11's second blind round, kept out through the session's parser work; session 12 wrote two
  // doubts on its wrong published records.
  {
    corpora: ["real23", "real24"],
    afterFirstScore: ["company_written_after_les", "role_units_by_possessive"],
  },
  // Session 12's first blind round, scored on the session's start before anyone read it; four doubts were
  // written on its wrong published records.
  {
    corpora: ["real25", "real26"],
    afterFirstScore: [
      "role_honorary",
      "press_article_lower_case",
      "role_english_unit_by_possessive",
      "company_opens_with_item_number",
    ],
  },
  // Session 12's second blind round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real27", "real28"], afterFirstScore: [] },
  // Session 13's first blind round: development text from its first score on
  { corpora: ["real29", "real30"], afterFirstScore: [] },
  // Session 13's second blind round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real31", "real32"], afterFirstScore: [] },
  // Session 14's first blind round: development text from its first score on
  { corpora: ["real33", "real34"], afterFirstScore: [] },
  // Session 14's second blind round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real35", "real36"], afterFirstScore: [] },
  // Session 14's end-of-session rounds, scored on its final parser and committed untouched
  { corpora: ["real37", "real38"], afterFirstScore: [] },
  { corpora: ["real39", "real40"], afterFirstScore: [] },
  // Session 15's first blind round: development text from its first score on
  { corpora: ["real41", "real42"], afterFirstScore: [] },
  // Session 15's second blind round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real43", "real44"], afterFirstScore: [] },
  // Session 16's first blind round: development text from its first score on
  { corpora: ["real45", "real46"], afterFirstScore: [] },
  // Session 16's second blind round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real47", "real48"], afterFirstScore: [] },
  // Session 17's first blind round: development text from its first score on
  { corpora: ["real49", "real50"], afterFirstScore: [] },
  // Session 17's second blind round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real51", "real52"], afterFirstScore: [] },
  // Session 18's first blind round: development text from its first score on
  { corpora: ["real53", "real54"], afterFirstScore: [] },
  { corpora: ["real57", "real58"], afterFirstScore: [] },
  // Session 18's held-out rounds, kept out through the session's parser work: no doubt was written on them.
  { corpora: ["real55", "real56"], afterFirstScore: [] },
  { corpora: ["real59", "real60"], afterFirstScore: [] },
  // Session 19's first blind round: development text from its first score on
  { corpora: ["real61", "real62"], afterFirstScore: [] },
  // Session 19's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real63", "real64"], afterFirstScore: [] },
  // Session 20's first blind round: development text from its first score on
  { corpora: ["real65", "real66"], afterFirstScore: [] },
  // Session 20's held-out round, kept out through the session's parser work; session 23 wrote one doubt
  // on its wrong published records.
  { corpora: ["real67", "real68"], afterFirstScore: ["company_is_the_acronym_after_a_name"] },
  // Session 21's first blind round: development text from its first score on
  { corpora: ["real69", "real70"], afterFirstScore: [] },
  // Session 21's held-out round, kept out through the session's parser work; session 23 wrote two doubts
  // on its wrong published records.
  {
    corpora: ["real71", "real72"],
    afterFirstScore: ["role_retitled_in_the_next_sentence", "role_misses_the_board_pointed_back"],
  },
  // Session 22's first blind round: development text from its first score on
  { corpora: ["real73", "real74"], afterFirstScore: [] },
  // Session 22's held-out round, kept out through the session's parser work; session 23 wrote one doubt
  // on its wrong published records (and widened role_units_by_possessive to a single unit on them).
  { corpora: ["real75", "real76"], afterFirstScore: ["role_holds_the_employers_name"] },
  // Session 23's first blind round: development text from its first score on
  { corpora: ["real77", "real78"], afterFirstScore: [] },
  // Session 23's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real79", "real80"], afterFirstScore: [] },
  // Session 24's first blind round: development text from its first score on
  { corpora: ["real81", "real82"], afterFirstScore: [] },
  // Session 24's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real83", "real84"], afterFirstScore: [] },
  // Session 25's first blind round: development text from its first score on
  { corpora: ["real85", "real86"], afterFirstScore: [] },
  // Session 25's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real87", "real88"], afterFirstScore: [] },
  // Session 26's first blind round: development text from its first score on
  { corpora: ["real89", "real90"], afterFirstScore: [] },
  // Session 26's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real91", "real92"], afterFirstScore: [] },
  // Session 27's first blind round: development text from its first score on
  { corpora: ["real93", "real94"], afterFirstScore: [] },
  // Session 27's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real95", "real96"], afterFirstScore: [] },
  // Session 28's first blind round: development text from its first score on
  { corpora: ["real97", "real98"], afterFirstScore: [] },
  // Session 28's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real99", "real100"], afterFirstScore: [] },
  // Session 29's first blind round: development text from its first score on
  { corpora: ["real101", "real102"], afterFirstScore: [] },
  // Session 29's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real103", "real104"], afterFirstScore: [] },
  // Session 30's first blind round: development text from its first score on
  { corpora: ["real105", "real106"], afterFirstScore: [] },
  // Session 30's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real107", "real108"], afterFirstScore: [] },
  // Session 31's first blind round: development text from its first score on
  { corpora: ["real109", "real110"], afterFirstScore: [] },
  // Session 31's held-out round, kept out through the session's parser work: no doubt was written on it.
  { corpora: ["real111", "real112"], afterFirstScore: [] },
];

interface LabelledReading {
  corpus: string;
  cell: string;
  right: boolean;
  confidence: number;
  reasons: string[];
}
interface CellCount {
  records: number;
  right: number;
}

const dir = join(import.meta.dirname, "../../fixtures/parse");
const same = (a: string | null | undefined, b: string | null | undefined) =>
  normalizeForScore(a) === normalizeForScore(b);

async function readCorpus(corpus: string): Promise<LabelledReading[]> {
  const files = readdirSync(dir).filter((name) => name.startsWith(`${corpus}-`) && name.endsWith(".txt"));
  const readings: LabelledReading[] = [];
  for (const file of files.sort()) {
    const gold: ExpectedMove[] = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"),
    ).moves;
    const cells = new Map<ParsedMove, string>();
    const parsed = await parseIssueFile(join(dir, file), { readingCells: cells });
    for (const move of parsed.moves) {
      const want = gold.find((expected) => same(expected.person, move.person));
      const right = want !== undefined && same(want.company, move.company) && same(want.role, move.role);
      const cell = cells.get(move)!;
      readings.push({ corpus, cell, right, confidence: move.confidence, reasons: move.reasons });
    }
  }
  return readings;
}

// A cell and its coarser parents, most specific first: "joins | one person | all read | …", then
// without its last feature, down to the shape alone.
const FEATURE_SEPARATOR = " | ";
const cellAndParents = (cell: string) =>
  cell
    .split(FEATURE_SEPARATOR)
    .map((_, at, features) => features.slice(0, features.length - at).join(FEATURE_SEPARATOR));

/** Records and right records per cell and per parent of a cell. */
function countCells(readings: readonly LabelledReading[]): Map<string, CellCount> {
  const counts = new Map<string, CellCount>();
  for (const { cell, right } of readings)
    for (const key of cellAndParents(cell)) {
      const count = counts.get(key) ?? { records: 0, right: 0 };
      count.records++;
      count.right += Number(right);
      counts.set(key, count);
    }
  return counts;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const MIN_PRECISION = option("--precision", 0.97);
const MIN_RECORDS = option("--records", 10);

// Judged on the most specific of the cell and its parents that holds MIN_RECORDS records (a cell
// seen too rarely borrows its parent's record); a shape seen too rarely is not proven.
const isProven = (counts: Map<string, CellCount>, cell: string) => {
  const count = cellAndParents(cell)
    .map((key) => counts.get(key))
    .find((found) => found !== undefined && found.records >= MIN_RECORDS);
  return count !== undefined && count.right >= MIN_PRECISION * count.records;
};

const published = (readings: readonly LabelledReading[], confidence: (r: LabelledReading) => number) => {
  const out = readings.filter((r) => confidence(r) >= AUTO_PUBLISH_CONFIDENCE);
  const right = out.filter((r) => r.right).length;
  return { right, wrong: out.length - right };
};
const show = ({ right, wrong }: { right: number; wrong: number }) =>
  `${right} right + ${wrong} wrong${right + wrong ? ` (${((100 * wrong) / (right + wrong)).toFixed(1)} %)` : ""}`;
const percent = (n: CellCount) => `${n.right}/${n.records} (${((100 * n.right) / n.records).toFixed(1)} %)`;

const readings: LabelledReading[] = [];
for (const corpus of CORPORA) readings.push(...(await readCorpus(corpus)));
console.log(
  `rule: a record may be published only if its cell was right ≥ ${MIN_PRECISION} over ≥ ${MIN_RECORDS} records`,
);

for (const { corpora, afterFirstScore } of HOLD_OUTS) {
  const counts = countCells(readings.filter((r) => !corpora.includes(r.corpus)));
  const test = readings.filter((r) => corpora.includes(r.corpus));
  const dropped: readonly NoteKind[] = DOUBTS.filter((doubt) => afterFirstScore.includes(doubt.id));
  const earlier = (r: LabelledReading) =>
    confidenceFor(notesOfReasons(r.reasons).filter((said) => !dropped.includes(said.kind)));
  const ruled = (confidence: (r: LabelledReading) => number) => (r: LabelledReading) =>
    isProven(counts, r.cell) ? confidence(r) : 0;
  console.log(
    `held out ${corpora.join(" + ")} (${test.length} records; cells counted on the other corpora):`,
  );
  console.log(`  product confidence: without the rule ${show(published(test, (r) => r.confidence))}`);
  console.log(
    `                      with the rule    ${show(
      published(
        test,
        ruled((r) => r.confidence),
      ),
    )}`,
  );
  console.log(`  without the ${dropped.length} doubts written after their first score:`);
  console.log(`                      without the rule ${show(published(test, earlier))}`);
  console.log(`                      with the rule    ${show(published(test, ruled(earlier)))}`);
}

// Does a cell's measured precision hold on a corpus it was not measured on? Each corpus left out once.
const loo = { proven: { records: 0, right: 0 }, unproven: { records: 0, right: 0 } };
for (const corpus of CORPORA) {
  const counts = countCells(readings.filter((r) => r.corpus !== corpus));
  for (const r of readings.filter((r) => r.corpus === corpus)) {
    const side = isProven(counts, r.cell) ? loo.proven : loo.unproven;
    side.records++;
    side.right += Number(r.right);
  }
}
console.log(
  `each corpus left out once, raw precision on it: proven cells ${percent(loo.proven)}, the others ${percent(loo.unproven)}`,
);
const all = countCells(readings);
console.log(
  `every corpus, product confidence: without the rule ${show(published(readings, (r) => r.confidence))}, with the cells of every corpus ${show(published(readings, (r) => (isProven(all, r.cell) ? r.confidence : 0)))}`,
);

if (args.includes("--cells")) {
  const cells = new Set(readings.map((r) => r.cell));
  const fullCells = [...all].filter(([key]) => cells.has(key));
  for (const [cell, count] of fullCells.sort((a, b) => b[1].records - a[1].records))
    console.log(`  ${isProven(all, cell) ? "proven" : "      "} ${percent(count)}  ${cell}`);
  const features = new Map<string, CellCount>();
  for (const { cell, right } of readings)
    for (const [at, value] of cell.split(" | ").entries()) {
      const key = at === 0 ? `shape ${value}` : value;
      const count = features.get(key) ?? { records: 0, right: 0 };
      count.records++;
      count.right += Number(right);
      features.set(key, count);
    }
  for (const [feature, count] of [...features].sort((a, b) => b[1].records - a[1].records))
    console.log(`  ${feature}: ${percent(count)}`);
}
