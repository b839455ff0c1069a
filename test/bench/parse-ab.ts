/**
 * npx tsx test/bench/parse-ab.ts <other tree> [issues] [pairs]: the parser's CPU an issue in this
 * tree (B) against another checkout (A, e.g. a `git worktree` of main), both in ONE process, rounds
 * alternated A, B, A, B… over the bench's synthetic issues. On the shared 2-core machine two runs
 * made one after the other differ by 10–30 % with the load; alternated rounds see the same load, so
 * the median of the per-pair ratios B/A tells a 3 % change apart where two separate runs cannot.
 *
 * Each tree's jobs/import/issue-file.ts is imported through tsx, as the parse threads load it: two
 * paths, two separate copies of every module (caches included). The other tree needs its own
 * node_modules (a worktree's symlink to /work/main/node_modules).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticIssue } from "./synthetic-issues.ts";

const [other, issuesArg, pairsArg] = process.argv.slice(2);
if (!other) throw new Error("usage: parse-ab.ts <other tree> [issues] [pairs]");
const ISSUES = Number(issuesArg ?? 60);
const PAIRS = Number(pairsArg ?? 10);
const WARM_UP = 3;
const TODAY = "2026-06-01";
const here = path.resolve(import.meta.dirname, "../..");

type Parse = (bytes: Buffer, name: string, today: string) => Promise<unknown>;

async function parserOf(tree: string): Promise<Parse> {
  const module = await import(pathToFileURL(path.join(path.resolve(tree), "jobs/import/issue-file.ts")).href);
  return module.parseIssueBytes as Parse;
}

const a = { parse: await parserOf(other) };
const b = { parse: await parserOf(here) };
const issues = Array.from({ length: ISSUES }, (_, i) => {
  const { name, text } = syntheticIssue(i);
  return { name, bytes: Buffer.from(text) };
});

async function round(parse: Parse): Promise<number> {
  const before = process.cpuUsage();
  for (const { name, bytes } of issues) await parse(bytes, name, TODAY);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000 / ISSUES;
}

for (let i = 0; i < WARM_UP; i++) {
  await round(a.parse);
  await round(b.parse);
}
const costs: { a: number; b: number }[] = [];
for (let i = 0; i < PAIRS; i++) costs.push({ a: await round(a.parse), b: await round(b.parse) });
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const show = (values: number[]) =>
  `best ${Math.min(...values).toFixed(3)} ms, median ${median(values).toFixed(3)} ms`;
console.log(`A ${other}: ${show(costs.map((c) => c.a))} of CPU an issue`);
console.log(`B this tree: ${show(costs.map((c) => c.b))} of CPU an issue`);
console.log(
  `B/A median of ${PAIRS} alternated pairs (${ISSUES} issues each): ${median(costs.map((c) => c.b / c.a)).toFixed(3)}`,
);
