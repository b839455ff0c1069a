/**
 * npx tsx test/bench/parse-cost.ts [rounds] [--synthetic | --fixtures]: the parser's CPU an issue, on one
 * thread, for the bench's synthetic issues (what bench:import parses) and for the text fixtures of
 * test/fixtures/parse. Each round parses every issue once; the first rounds warm the JIT up and the
 * figure printed is each round's CPU time (process.cpuUsage, which a loaded machine blurs less than
 * wall time) divided by the issues, best and median of the rounds after the warm-up.
 *
 * `npm run bench:parse -- 4 --synthetic`; hot spots: `node --import tsx --cpu-prof
 * test/bench/parse-cost.ts 4 --synthetic` (the .cpuprofile opens in Chrome's DevTools). To compare
 * two trees on a loaded machine, parse-ab.ts alternates their rounds in one process.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseIssueBytes } from "../../jobs/import/issue-file.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8);
const WARM_UP = 2;
const TODAY = "2026-06-01";
const root = path.resolve(import.meta.dirname, "../..");

const synthetic = Array.from({ length: 500 }, (_, i) => {
  const { name, text } = syntheticIssue(i);
  return { name, bytes: Buffer.from(text) };
});
const fixtureDir = path.join(root, "test/fixtures/parse");
const fixtures = await Promise.all(
  (await readdir(fixtureDir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map(async (name) => ({ name, bytes: await readFile(path.join(fixtureDir, name)) })),
);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function cost(label: string, issues: { name: string; bytes: Buffer }[]) {
  const perIssue: number[] = [];
  for (let round = 0; round < rounds + WARM_UP; round++) {
    const before = cpuMs();
    for (const { name, bytes } of issues) await parseIssueBytes(bytes, name, TODAY);
    if (round >= WARM_UP) perIssue.push((cpuMs() - before) / issues.length);
  }
  perIssue.sort((a, b) => a - b);
  const median = perIssue[Math.floor(perIssue.length / 2)]!;
  console.log(
    `${label.padEnd(22)} ${issues.length} issues × ${rounds} rounds: best ${perIssue[0]!.toFixed(3)} ms, ` +
      `median ${median.toFixed(3)} ms of CPU an issue`,
  );
}

const only = process.argv.find((a) => a === "--synthetic" || a === "--fixtures");
if (only !== "--fixtures") await cost("bench synthetic issues", synthetic);
if (only !== "--synthetic") await cost("text fixtures", fixtures);
