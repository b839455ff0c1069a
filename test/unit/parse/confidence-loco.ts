// Judges confidence signals by leave-one-corpus-out (issue 13 item 4) on records dumped by
// record-dump.ts. Doubts written on a corpus's own wrong records hold none of the next round's, so a
// signal counts only by what it catches on a corpus it was not designed or tuned on. Two pools:
//   - unseen-like: what an earlier parser published (its own confidence ≥ 0.8) on a corpus written
//     after it, at or after that corpus's first score (never tuned on by that parser);
//   - today: what today's parser publishes (the cost of a signal: right records held back).
// A signal is counted on the unseen-like records that the doubts judged on unseen rounds (JUDGED
// below) do not hold: the other doubts were written on exactly these wrong records and would hide
// any signal (`--beyond all` counts beyond every doubt, `--beyond none` on every record).
//   npx tsx test/unit/parse/record-dump.ts --parser <checkout> --out <file> real5 real6 …   (one per parser)
//   npx tsx test/unit/parse/confidence-loco.ts --unseen a.json,b.json --today t.json [--features cache.json]
//     [--beyond judged|all|none] [--learn [--thresholds 0.1,0.2]] [--rounds] [--verbose]
// --rounds: leave-one-round-out as a first score would see it. For each blind round (real1/real2 …
// real11/real12), a candidate is chosen only from the rounds before it (it catches more wrong than
// right records among what earlier parsers published on those rounds' corpora, and holds back no
// more of today's right records there than it catches wrong), then asked of what the round's own
// first-score parser published on it, every record counted.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { CANDIDATES, type CandidateSubject } from "../../../jobs/parse/confidence-candidates.ts";
import { DOUBTS, type DoubtSubject } from "../../../jobs/parse/doubts.ts";
import { notesOfReasons } from "../../../jobs/parse/reason-texts.ts";
import { secondReadingOf } from "../../../jobs/parse/second-reading.ts";
import type { ParsedMove } from "../../../jobs/parse/types.ts";
import { slotsOfOtherRecords } from "../../../jobs/parse/unread-words.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import type { DumpedIssue } from "./record-dump.ts";

interface Row {
  pool: "unseen" | "today";
  parser: string;
  corpus: string;
  file: string;
  move: ParsedMove;
  right: boolean;
  expected: string;
  /** candidate id -> what fired */
  fired: Record<string, string>;
  /** today's doubts that hold an unseen-like record back */
  heldBy: string[];
}

// Doubts switched on only after they caught wrong records on a round they were not designed on.
const JUDGED = new Set([
  "read_by_slots",
  "company_from_anaphor",
  "capitalised_unassigned",
  "word_after_a_slot",
  "readings_nest",
  "role_head_unknown",
  "role_points_back",
  "role_bare_article",
]);

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const verbose = args.includes("--verbose");
const featureCache = option("--features");
const beyond = option("--beyond") ?? "judged";

function rowsOf(path: string, pool: Row["pool"]): Row[] {
  const issues: DumpedIssue[] = JSON.parse(readFileSync(path, "utf8"));
  const parser = path.replace(/^.*\//u, "").replace(/\.json$/u, "");
  const rows: Row[] = [];
  for (const issue of issues) {
    issue.moves.forEach((move, i) => {
      if (move.confidence < AUTO_PUBLISH_CONFIDENCE) return;
      const paragraphMoves = issue.moves.filter((other) => other.paragraph_index === move.paragraph_index);
      const subject: CandidateSubject & DoubtSubject = {
        ...move,
        reasons: notesOfReasons(move.reasons),
        slotsInParagraph: slotsOfOtherRecords(issue.moves, move),
        sectionText: issue.sectionText,
        paragraphMoves,
      };
      // today's doubts as the product asks them, the second reading's included
      const secondReading = secondReadingOf(move, move.paragraph, paragraphMoves);
      const heldBy =
        pool === "unseen"
          ? DOUBTS.filter((doubt) => doubt.applies({ ...subject, secondReading })).map((doubt) => doubt.id)
          : [];
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
        heldBy,
      });
    });
  }
  return rows;
}

const listed = (name: string) => (option(name) ?? "").split(",").filter(Boolean);
const rows: Row[] =
  featureCache && existsSync(featureCache)
    ? JSON.parse(readFileSync(featureCache, "utf8"))
    : [
        ...listed("--unseen").flatMap((path) => rowsOf(path, "unseen")),
        ...listed("--today").flatMap((path) => rowsOf(path, "today")),
      ];
if (featureCache && !existsSync(featureCache)) writeFileSync(featureCache, JSON.stringify(rows));

const counted = (row: Row) =>
  beyond === "none" ||
  (beyond === "all" ? row.heldBy.length === 0 : !row.heldBy.some((id) => JUDGED.has(id)));
const unseen = rows.filter((row) => row.pool === "unseen" && counted(row));
const today = rows.filter((row) => row.pool === "today");
const corpora = [...new Set(unseen.map((row) => row.corpus))].sort();
const distinct = (list: Row[]) => new Set(list.map((row) => `${row.file}|${row.move.person}`)).size;
console.log(
  `unseen-like, beyond ${beyond} doubts: ${unseen.length} readings (${distinct(unseen)} distinct records), ${unseen.filter((r) => !r.right).length} wrong (${distinct(unseen.filter((r) => !r.right))}); today: ${today.length} published, ${today.filter((r) => !r.right).length} wrong`,
);

console.log(
  "\nsignal: unseen-like wrong caught / right held, readings [distinct]; corpora with a catch; today's right held",
);
for (const candidate of CANDIDATES) {
  const fires = (row: Row) => candidate.id in row.fired;
  const caught = unseen.filter((row) => !row.right && fires(row));
  const held = unseen.filter((row) => row.right && fires(row));
  const withCatch = new Set(caught.map((row) => row.corpus)).size;
  console.log(
    `  ${candidate.id}: ${caught.length} / ${held.length} [${distinct(caught)} / ${distinct(held)}]; ${withCatch} of ${corpora.length}; ${today.filter(fires).length}`,
  );
}

if (verbose)
  for (const row of unseen.filter((r) => !r.right))
    console.log(
      `    WRONG ${row.parser} ${row.file}: ${row.move.person} | ${row.move.role} | ${row.move.company} (expected ${row.expected}) [${Object.keys(row.fired).join(", ")}] held by ${row.heldBy.join(", ")}`,
    );

// A learned combination: logistic regression on the candidates' bits, trained on the counted
// unseen-like records and today's records of every corpus but K, then asked of corpus K's records.
const FEATURES = CANDIDATES.map((c) => c.id).filter((id) => id !== "note:any");
const vectorOf = (row: Row) => FEATURES.map((id) => (id in row.fired ? 1 : 0));

function trainLogistic(examples: { x: number[]; wrong: boolean }[], l2 = 0.01, epochs = 400): number[] {
  const w = new Array<number>(FEATURES.length + 1).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(w.length).fill(0);
    for (const example of examples) {
      const error = riskOf(w, example.x) - (example.wrong ? 1 : 0);
      gradient[0]! += error;
      example.x.forEach((value, i) => {
        gradient[i + 1]! += error * value;
      });
    }
    for (let i = 0; i < w.length; i++)
      w[i]! -= 0.5 * (gradient[i]! / examples.length + (i > 0 ? l2 * w[i]! : 0));
  }
  return w;
}
function riskOf(w: number[], x: number[]): number {
  return 1 / (1 + Math.exp(-(w[0]! + x.reduce((sum, value, i) => sum + value * w[i + 1]!, 0))));
}

if (args.includes("--learn")) {
  const thresholds = (option("--thresholds") ?? "0.1,0.15,0.2,0.25,0.3,0.4,0.5").split(",").map(Number);
  const totals = thresholds.map(() => ({ wrong: 0, right: 0, today: 0 }));
  const groups = [...new Set([...corpora, ...today.map((row) => row.corpus)])];
  const example = (row: Row) => ({ x: vectorOf(row), wrong: !row.right });
  for (const corpus of groups) {
    const w = trainLogistic([...unseen, ...today].filter((row) => row.corpus !== corpus).map(example));
    for (const [k, threshold] of thresholds.entries()) {
      const fires = (row: Row) => riskOf(w, vectorOf(row)) >= threshold;
      const tested = unseen.filter((row) => row.corpus === corpus && fires(row));
      totals[k]!.wrong += tested.filter((row) => !row.right).length;
      totals[k]!.right += tested.filter((row) => row.right).length;
      totals[k]!.today += today.filter((row) => row.corpus === corpus && fires(row)).length;
    }
  }
  console.log("\nlearned, each corpus judged by a model trained without it (readings):");
  for (const [k, threshold] of thresholds.entries())
    console.log(
      `  risk ≥ ${threshold}: ${totals[k]!.wrong} wrong / ${totals[k]!.right} right; today ${totals[k]!.today}`,
    );
}

// Leave-one-round-out (--rounds): each round's corpora and the parser that first scored them.
const ROUNDS: { corpora: string[]; parser: string }[] = [
  { corpora: ["real1", "real2"], parser: "3d038b8" },
  { corpora: ["real3", "real4"], parser: "ac5e8f6" },
  { corpora: ["real5", "real6"], parser: "bfbc3c9" },
  { corpora: ["real7", "real8"], parser: "31a57ec" },
  { corpora: ["real9", "real10"], parser: "183f367" },
  { corpora: ["real11", "real12"], parser: "ffff71e" },
  { corpora: ["real13", "real14"], parser: "40467cb" },
];
if (args.includes("--rounds")) {
  const all = rows.filter((row) => row.pool === "unseen");
  const firedBy = (ids: readonly string[]) => (row: Row) => ids.some((id) => id in row.fired);
  const firstScoreOf = (round: (typeof ROUNDS)[number]) =>
    all.filter((row) => round.corpora.includes(row.corpus) && row.parser.endsWith(round.parser));
  console.log("\nleave-one-round-out: candidates chosen on earlier rounds, asked of the round's first score");
  const totals = { wrong: 0, right: 0, wrongAfter: 0, rightHeld: 0 };
  for (const [k, round] of ROUNDS.entries()) {
    const earlier = ROUNDS.slice(0, k).flatMap((r) => r.corpora);
    const training = unseen.filter((row) => earlier.includes(row.corpus));
    const todayEarlier = today.filter((row) => earlier.includes(row.corpus) || !/^real\d/u.test(row.corpus));
    const chosen = CANDIDATES.filter((candidate) => {
      const fires = firedBy([candidate.id]);
      const caught = distinct(training.filter((row) => !row.right && fires(row)));
      const held = distinct(training.filter((row) => row.right && fires(row)));
      const todayHeld = todayEarlier.filter((row) => row.right && fires(row)).length;
      return caught >= 2 && caught > held && todayHeld <= caught;
    }).map((candidate) => candidate.id);
    const tested = firstScoreOf(round);
    const held = tested.filter(firedBy(chosen));
    const wrong = tested.filter((row) => !row.right).length;
    const wrongHeld = held.filter((row) => !row.right).length;
    const rightHeld = held.filter((row) => row.right).length;
    totals.wrong += wrong;
    totals.right += tested.length - wrong;
    totals.wrongAfter += wrong - wrongHeld;
    totals.rightHeld += rightHeld;
    const share = (w: number, n: number) => `${w} of ${n} (${((100 * w) / Math.max(1, n)).toFixed(1)} %)`;
    console.log(
      `  ${round.corpora.join("+")} (${round.parser}): wrong published ${share(wrong, tested.length)} -> ${share(wrong - wrongHeld, tested.length - held.length)}; right held back ${rightHeld}; chosen: ${chosen.join(", ") || "none"}; today's right held ${today.filter((row) => row.right && firedBy(chosen)(row)).length}`,
    );
    if (verbose)
      for (const row of held)
        console.log(
          `      ${row.right ? "right" : "WRONG"} ${row.file}: ${row.move.person} | ${row.move.role} | ${row.move.company} [${chosen.filter((id) => id in row.fired).join(", ")}]`,
        );
  }
  console.log("  each candidate on each round's first score (wrong caught / right held):");
  for (const candidate of CANDIDATES) {
    const fires = firedBy([candidate.id]);
    const cells = ROUNDS.map((round) => {
      const tested = firstScoreOf(round).filter(fires);
      return `${tested.filter((row) => !row.right).length}/${tested.filter((row) => row.right).length}`;
    });
    console.log(`    ${candidate.id}: ${cells.join("  ")}`);
  }
  console.log(
    `  every round: wrong ${totals.wrong} of ${totals.wrong + totals.right} -> ${totals.wrongAfter} of ${totals.wrongAfter + totals.right - totals.rightHeld}; right held back ${totals.rightHeld}`,
  );
}
