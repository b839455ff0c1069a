import { appendFile } from "node:fs/promises";

/**
 * A benchmark's figures for `npm run bench` (test/bench/all.ts), which sets BENCH_RESULTS_FILE and
 * gathers one JSON line per benchmark into bench-results.json. Run alone, a benchmark only prints.
 */
export async function recordBenchResult(name: string, figures: Record<string, unknown>): Promise<void> {
  const file = process.env.BENCH_RESULTS_FILE;
  if (file) await appendFile(file, `${JSON.stringify({ name, ...figures })}\n`);
}
