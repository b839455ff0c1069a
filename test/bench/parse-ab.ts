/**
 * npx tsx test/bench/parse-ab.ts <other tree> [issues] [pairs] [--bundle] [--fresh]: the parser's CPU an issue in this
 * tree (B) against another checkout (A, e.g. a `git worktree` of main), both in ONE process, rounds
 * alternated A, B, A, B… over the bench's synthetic issues. On the shared 2-core machine two runs
 * made one after the other differ by 10–30 % with the load; alternated rounds see the same load, so
 * the median of the per-pair ratios B/A tells a 3 % change apart where two separate runs cannot.
 *
 * Each tree's jobs/import/issue-file.ts is imported through tsx: two paths, two separate copies of
 * every module (caches included). The other tree needs its own node_modules (a worktree's symlink to
 * /work/main/node_modules). With --bundle, each tree's parser runs as `carnet import`'s parse
 * threads run it: an esbuild bundle of issue-file.ts built by that tree's own worker-bundle.ts (its
 * options, its shared-patterns pass), not the sources through tsx, whose lowered `\p{…}` patterns
 * cost differently.
 *
 * Without --fresh, every round parses the same issues again, and from the second round on the
 * parser's text-keyed memos (mentions, sentences, readings, headlines: a paragraph read once per
 * issue) answer from what the earlier rounds kept: what a change to a first reading costs or saves
 * hardly shows. With --fresh, each pair (A and B alike) parses issues no round has parsed before, as
 * bench:import's parse threads do (the same synthetic issues run 25–40 % dearer so than repeated).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticIssue } from "./synthetic-issues.ts";

const bundled = process.argv.includes("--bundle");
const fresh = process.argv.includes("--fresh");
const [other, issuesArg, pairsArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!other) throw new Error("usage: parse-ab.ts <other tree> [issues] [pairs] [--bundle] [--fresh]");
const ISSUES = Number(issuesArg ?? 60);
const PAIRS = Number(pairsArg ?? 10);
const WARM_UP = 3;
const TODAY = "2026-06-01";
const here = path.resolve(import.meta.dirname, "../..");

type Parse = (bytes: Buffer, name: string, today: string) => Promise<unknown>;

async function parserOf(tree: string): Promise<Parse> {
  const root = path.resolve(tree);
  const entry = pathToFileURL(path.join(root, "jobs/import/issue-file.ts"));
  let url = entry.href;
  if (bundled) {
    const { workerBundle } = await import(
      pathToFileURL(path.join(root, "jobs/import/worker-bundle.ts")).href
    );
    const bundle = await workerBundle(entry, { root, cache: path.join(root, "node_modules/.cache/carnet") });
    if (!bundle) throw new Error(`no bundle could be built for ${root}`);
    url = bundle;
  }
  const module = await import(url);
  return module.parseIssueBytes as Parse;
}

const a = { parse: await parserOf(other) };
const b = { parse: await parserOf(here) };
const issuesFrom = (first: number) =>
  Array.from({ length: ISSUES }, (_, i) => {
    const { name, text } = syntheticIssue(first + i);
    return { name, bytes: Buffer.from(text) };
  });
let issues = issuesFrom(0);

async function round(parse: Parse): Promise<number> {
  const before = process.cpuUsage();
  for (const { name, bytes } of issues) await parse(bytes, name, TODAY);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000 / ISSUES;
}

for (let i = 0; i < WARM_UP; i++) {
  if (fresh) issues = issuesFrom(i * ISSUES);
  await round(a.parse);
  await round(b.parse);
}
const costs: { a: number; b: number }[] = [];
// A then B, then B then A: the tree run second in a pair pays for garbage the first left, so the
// order alternates (two copies of one parser measured A, B, A, B… read B/A 0.99 to 1.18)
for (let i = 0; i < PAIRS; i++) {
  if (fresh) issues = issuesFrom((WARM_UP + i) * ISSUES);
  if (i % 2 === 0) costs.push({ a: await round(a.parse), b: await round(b.parse) });
  else {
    const b1 = await round(b.parse);
    costs.push({ a: await round(a.parse), b: b1 });
  }
}
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const show = (values: number[]) =>
  `best ${Math.min(...values).toFixed(3)} ms, median ${median(values).toFixed(3)} ms`;
console.log(
  (bundled ? "the parse threads' bundles" : "the sources through tsx") +
    (fresh ? ", each pair on issues neither tree has parsed yet" : ", the same issues each round"),
);
console.log(`A ${other}: ${show(costs.map((c) => c.a))} of CPU an issue`);
console.log(`B this tree: ${show(costs.map((c) => c.b))} of CPU an issue`);
console.log(
  `B/A median of ${PAIRS} alternated pairs (${ISSUES} issues each): ${median(costs.map((c) => c.b / c.a)).toFixed(3)}`,
);
