// Judges confidence signals by leave-one-corpus-out (issue 13 item 4) on records dumped by
// record-dump.ts. Two pools:
//   - "unseen-like": records an earlier parser published on a corpus written after it (its first
//     score or later, never tuned on by that parser), that today's doubts would still publish;
//   - "today": records today's parser publishes (the cost of a signal: right records held back).
// For each signal and each corpus K, how many of K's unseen-like wrong records it catches and how
// many right ones it holds; a learned combination is trained without K and judged on K.
//   npx tsx test/unit/parse/confidence-loco.ts --unseen /tmp/a.json,/tmp/b.json --today /tmp/t.json [--verbose]

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { CANDIDATES, type CandidateSubject } from "../../../jobs/parse/confidence-candidates.ts";
import { DOUBTS, type DoubtSubject } from "../../../jobs/parse/doubts.ts";
import { secondReadingOf } from "../../../jobs/parse/second-reading.ts";
import type { ParsedMove } from "../../../jobs/parse/types.ts";
import { slotsOfOtherRecords } from "../../../jobs/parse/unread-words.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import type { DumpedIssue } from "./record-dump.ts";

export interface Row {
  pool: "unseen" | "today";
  parser: string;
  corpus: string;
  file: string;
  move: ParsedMove;
  right: boolean;
  expected: string;
  fired: Record<string, string>;
  /** an unseen-like record that one of today's doubts already holds back */
  heldToday: boolean;
  /** today's doubts that hold it back */
  heldBy: string[];
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const verbose = args.includes("--verbose");
const featureCache = option("--features");

function rowsOf(path: string, pool: Row["pool"]): Row[] {
  const issues: DumpedIssue[] = JSON.parse(readFileSync(path, "utf8"));
  const parser = path.replace(/^.*\//u, "").replace(/\.json$/u, "");
  const rows: Row[] = [];
  for (const issue of issues) {
    issue.moves.forEach((move, i) => {
      if (move.confidence < AUTO_PUBLISH_CONFIDENCE) return;
      const paragraphMoves = issue.moves.filter((other) => other.paragraph_index === move.paragraph_index);
      const slotsInParagraph = slotsOfOtherRecords(issue.moves, move);
      const subject: CandidateSubject & DoubtSubject = {
        ...move,
        slotsInParagraph,
        sectionText: issue.sectionText,
        paragraphMoves,
      };
      // today's doubts, the second reading's included, as the product would ask them
      const secondReading = secondReadingOf(move, move.paragraph, paragraphMoves);
      const heldBy =
        pool === "unseen"
          ? DOUBTS.filter((doubt) => doubt.applies({ ...subject, secondReading })).map((doubt) => doubt.id)
          : [];
      const heldToday = heldBy.length > 0;
      const fired: Record<string, string> = {};
      for (const candidate of CANDIDATES) {
        const what = candidate.fires(subject);
        if (what) fired[candidate.id] = what;
      }
      const want = issue.expected[i];
      rows.push({
        pool,
        parser,
        corpus: issue.corpus,
        file: issue.file,
        move,
        right: issue.right[i]!,
        expected: want ? `${want.role} | ${want.company}` : "not a move",
        fired,
        heldToday,
        heldBy,
      });
    });
  }
  return rows;
}

let rows: Row[];
if (featureCache && existsSync(featureCache)) rows = JSON.parse(readFileSync(featureCache, "utf8"));
else {
  rows = [
    ...(option("--unseen") ?? "")
      .split(",")
      .filter(Boolean)
      .flatMap((path) => rowsOf(path, "unseen")),
    ...(option("--today") ?? "")
      .split(",")
      .filter(Boolean)
      .flatMap((path) => rowsOf(path, "today")),
  ];
  if (featureCache) writeFileSync(featureCache, JSON.stringify(rows));
}

const raw = args.includes("--raw");
const unseen = rows.filter((row) => row.pool === "unseen" && (raw || !row.heldToday));
const today = rows.filter((row) => row.pool === "today");
const corpora = [...new Set(unseen.map((row) => row.corpus))].sort();
console.log(
  `unseen-like: ${unseen.length} published beyond today's doubts, ${unseen.filter((r) => !r.right).length} wrong; today: ${today.length} published, ${today.filter((r) => !r.right).length} wrong`,
);
for (const corpus of corpora) {
  const list = unseen.filter((row) => row.corpus === corpus);
  console.log(`  ${corpus}: ${list.length} published, ${list.filter((r) => !r.right).length} wrong`);
}

console.log("\nsignal: unseen-like wrong caught / right held (per corpus wrong caught) | today right held");
for (const candidate of CANDIDATES) {
  const fires = (row: Row) => candidate.id in row.fired;
  const caught = unseen.filter((row) => !row.right && fires(row)).length;
  const held = unseen.filter((row) => row.right && fires(row)).length;
  const perCorpus = corpora
    .map((corpus) => unseen.filter((row) => row.corpus === corpus && !row.right && fires(row)).length)
    .join(" ");
  console.log(
    `  ${candidate.id}: ${caught} / ${held} (${perCorpus}) | ${today.filter((row) => fires(row)).length}`,
  );
}

if (verbose)
  for (const row of unseen.filter((r) => !r.right))
    console.log(
      `    WRONG ${row.parser} ${row.file}: ${row.move.person} | ${row.move.role} | ${row.move.company} (expected ${row.expected}) [${Object.keys(row.fired).join(", ")}]`,
    );

// ---- a learned combination, judged leave-one-corpus-out ----
// Logistic regression on the candidates' firings (one bit each), trained on every unseen-like
// record (raw: the earlier parsers' published records, right or wrong) and today's published
// records of the other corpora, then asked of corpus K's records.
const FEATURES = CANDIDATES.map((c) => c.id).filter((id) => id !== "note:any");
const vectorOf = (row: Row) => FEATURES.map((id) => (id in row.fired ? 1 : 0));

export function trainLogistic(
  examples: { x: number[]; wrong: boolean; weight: number }[],
  l2 = 0.01,
  epochs = 400,
): number[] {
  const w = new Array(FEATURES.length + 1).fill(0);
  const rate = 0.5;
  const total = examples.reduce((sum, e) => sum + e.weight, 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array(w.length).fill(0);
    for (const e of examples) {
      const z = w[0] + e.x.reduce((sum, v, i) => sum + v * w[i + 1], 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (e.wrong ? 1 : 0)) * e.weight;
      grad[0] += g;
      e.x.forEach((v, i) => {
        grad[i + 1] += g * v;
      });
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (grad[i] / total + (i > 0 ? l2 * w[i] : 0));
  }
  return w;
}
const riskOf = (w: number[], x: number[]) =>
  1 / (1 + Math.exp(-(w[0]! + x.reduce((sum, v, i) => sum + v * w[i + 1]!, 0))));

if (args.includes("--learn")) {
  const todayWeight = Number(option("--today-weight") ?? 1);
  const thresholds = (option("--thresholds") ?? "0.1,0.15,0.2,0.25,0.3,0.4,0.5").split(",").map(Number);
  const GENERIC = [
    "read_by_slots",
    "company_from_anaphor",
    "capitalised_unassigned",
    "word_after_a_slot",
    "readings_nest",
  ];
  const genericFree = (row: Row) => !row.heldBy.some((id) => GENERIC.includes(id));
  const allUnseen = rows.filter(
    (row) => row.pool === "unseen" && (!args.includes("--train-generic") || genericFree(row)),
  );
  const totals = thresholds.map(() => ({
    rawWrong: 0,
    rawRight: 0,
    genWrong: 0,
    genRight: 0,
    resWrong: 0,
    resRight: 0,
    today: 0,
  }));
  const base = { rawWrong: 0, rawRight: 0, genWrong: 0, genRight: 0, resWrong: 0, resRight: 0, today: 0 };
  const todayCorpora = [...new Set(today.map((row) => row.corpus))];
  for (const corpus of [...new Set([...corpora, ...todayCorpora])]) {
    const train = [
      ...allUnseen
        .filter((row) => row.corpus !== corpus)
        .map((row) => ({ x: vectorOf(row), wrong: !row.right, weight: 1 })),
      ...today
        .filter((row) => row.corpus !== corpus)
        .map((row) => ({ x: vectorOf(row), wrong: false, weight: todayWeight })),
    ];
    const w = trainLogistic(train);
    const test = allUnseen.filter((row) => row.corpus === corpus);
    const testToday = today.filter((row) => row.corpus === corpus);
    base.rawWrong += test.filter((r) => !r.right).length;
    base.rawRight += test.filter((r) => r.right).length;
    base.genWrong += test.filter((r) => !r.right && genericFree(r)).length;
    base.genRight += test.filter((r) => r.right && genericFree(r)).length;
    base.resWrong += test.filter((r) => !r.right && !r.heldToday).length;
    base.resRight += test.filter((r) => r.right && !r.heldToday).length;
    base.today += testToday.length;
    thresholds.forEach((t, k) => {
      const fires = (row: Row) => riskOf(w, vectorOf(row)) >= t;
      const tot = totals[k]!;
      tot.rawWrong += test.filter((r) => !r.right && fires(r)).length;
      tot.rawRight += test.filter((r) => r.right && fires(r)).length;
      tot.genWrong += test.filter((r) => !r.right && genericFree(r) && fires(r)).length;
      tot.genRight += test.filter((r) => r.right && genericFree(r) && fires(r)).length;
      tot.resWrong += test.filter((r) => !r.right && !r.heldToday && fires(r)).length;
      tot.resRight += test.filter((r) => r.right && !r.heldToday && fires(r)).length;
      tot.today += testToday.filter(fires).length;
      if (verbose && t === Number(option("--show") ?? -1))
        for (const r of test.filter((r) => genericFree(r) && fires(r)))
          console.log(
            `    ${r.right ? "right" : "WRONG"} ${corpus} ${r.parser}: ${r.move.person} | ${r.move.role} | ${r.move.company} (${r.expected}) [${Object.keys(r.fired).join(", ")}] held by ${r.heldBy.join(",")}`,
          );
    });
  }
  console.log(`\nlearned, leave-one-corpus-out (of ${JSON.stringify(base)}):`);
  for (const [k, t] of thresholds.entries()) console.log(`  risk ≥ ${t}: ${JSON.stringify(totals[k])}`);
  const w = trainLogistic([
    ...allUnseen.map((row) => ({ x: vectorOf(row), wrong: !row.right, weight: 1 })),
    ...today.map((row) => ({ x: vectorOf(row), wrong: false, weight: todayWeight })),
  ]);
  console.log(
    `  weights: bias ${w[0]!.toFixed(2)}, ${FEATURES.map((id, i) => `${id} ${w[i + 1]!.toFixed(2)}`).join(", ")}`,
  );
}
