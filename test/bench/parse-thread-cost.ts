/**
 * npx tsx test/bench/parse-thread-cost.ts [issues] [chunk] [--source]: what one parse thread of `carnet import`
 * costs an issue, as bench:import counts it (every thread of the process but the main one: the
 * parse thread, V8's compiler and GC helpers), chunk by chunk from the thread's start. The first
 * chunks carry the thread's warm-up (loading the modules, compiling the patterns and the hot
 * functions); bench:import's 2,000 issues on one parse thread pay it once. The thread runs the
 * parser's bundle (jobs/import/worker-bundle.ts) as `carnet import` does; --source, the TypeScript
 * sources through tsx.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startLoaderPool } from "../../jobs/import/loader-pool.ts";
import { ownCpuMs } from "./cpu-time.ts";
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
const start = others();
const pool = await startLoaderPool(1, undefined, {
  from: process.argv.includes("--source") ? "source" : "bundle",
});
// the thread's start and its first issue apart: loading the modules, the lexicon, the first patterns
await pool.load(files[0]!);
const firstMs = others() - start;
let before = others();
const chunks: string[] = [];
for (let i = 1; i < ISSUES; i += CHUNK) {
  // a few files in flight, as the importer's read-ahead keeps them
  await Promise.all(files.slice(i, i + CHUNK).map((file) => pool.load(file)));
  const now = others();
  chunks.push(((now - before) / Math.min(CHUNK, ISSUES - i)).toFixed(2));
  before = now;
}
await pool.close();
console.log(`thread start and first issue: ${firstMs.toFixed(0)} ms`);
console.log(`parse thread and helpers, ms an issue by chunks of ${CHUNK}: ${chunks.join(" ")}`);
console.log(
  `all ${ISSUES} issues, thread start included: ${((others() - start) / ISSUES).toFixed(2)} ms an issue (load ${os.loadavg()[0]!.toFixed(1)})`,
);
await rm(dir, { recursive: true });
