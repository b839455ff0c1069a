/**
 * npx tsx test/bench/parse-thread-cost.ts [issues] [chunk] [--source]: what one parse thread of `carnet import`
 * costs an issue, as bench:import counts it (every thread of the process but the main one: the
 * parse thread, V8's compiler and GC helpers), chunk by chunk from the thread's start. The first
 * chunks carry the thread's warm-up (loading the modules, compiling the patterns and the hot
 * functions); bench:import's 2,000 issues on one parse thread pay it once. The thread runs the
 * parser's bundle (jobs/import/worker-bundle.ts) as `carnet import` does; --source, the TypeScript
 * sources through tsx.
 *
 * Each chunk is also split in two: the parse thread itself (running the parser, interpreted until V8
 * has compiled it) and V8's helper threads (Turbofan compiling the hot functions in the background,
 * the garbage collector's helpers). The warm-up shows in both: the helpers' share falls from about
 * 6 ms an issue to about 1 as the compiling ends (session 23).
 */
import { readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startLoaderPool } from "../../jobs/import/loader-pool.ts";
import { ownCpuMs, ranMs } from "./cpu-time.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const [issuesArg, chunkArg] = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const ISSUES = Number(issuesArg ?? 2000);
const CHUNK = Number(chunkArg ?? 250);
const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-parse-thread-"));
const files: string[] = [];
for (let i = 0; i < ISSUES; i++) {
  const { name, text } = syntheticIssue(i);
  files.push(path.join(dir, name));
  await writeFile(files.at(-1)!, text);
}
const others = () => {
  const { mainThread, allThreads } = ownCpuMs();
  return allThreads - mainThread;
};
const tasks = () => new Set(readdirSync("/proc/self/task"));
const tasksBefore = tasks();
const start = others();
const pool = await startLoaderPool(1, undefined, {
  from: process.argv.includes("--source") ? "source" : "bundle",
});
// the thread's start and its first issue apart: loading the modules, the lexicon, the first patterns
await pool.load(files[0]!);
const firstMs = others() - start;
// the thread the pool started (V8's helper threads are the process's, there before it)
const parseTasks = [...tasks()].filter((task) => !tasksBefore.has(task));
const parseThread = () =>
  parseTasks.reduce((sum, task) => sum + ranMs(`/proc/self/task/${task}/schedstat`), 0);
let before = others();
let threadBefore = parseThread();
const chunks: string[] = [];
const split: string[] = [];
for (let i = 1; i < ISSUES; i += CHUNK) {
  // a few files in flight, as the importer's read-ahead keeps them
  await Promise.all(files.slice(i, i + CHUNK).map((file) => pool.load(file)));
  const now = others();
  const threadNow = parseThread();
  const issues = Math.min(CHUNK, ISSUES - i);
  chunks.push(((now - before) / issues).toFixed(2));
  split.push(
    `${((threadNow - threadBefore) / issues).toFixed(1)}+${((now - before - (threadNow - threadBefore)) / issues).toFixed(1)}`,
  );
  before = now;
  threadBefore = threadNow;
}
await pool.close();
console.log(`thread start and first issue: ${firstMs.toFixed(0)} ms`);
console.log(`parse thread and helpers, ms an issue by chunks of ${CHUNK}: ${chunks.join(" ")}`);
console.log(`the same, parse thread + V8's helper threads: ${split.join(" ")}`);
console.log(
  `all ${ISSUES} issues, thread start included: ${((others() - start) / ISSUES).toFixed(2)} ms an issue (load ${os.loadavg()[0]!.toFixed(1)})`,
);
await rm(dir, { recursive: true });
