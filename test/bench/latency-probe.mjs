/**
 * A preload for `carnet serve` (`node --import ./test/bench/latency-probe.mjs`), used by
 * latency-breakdown.ts: where a request's wall time goes inside the server. On SIGUSR2 it appends to
 * LATENCY_PROBE_OUT what it saw since the previous SIGUSR2 (then starts again):
 * - each request's time from Node's `request` event to the response's `finish` (per bench:search
 *   shape, read from the URL), to set beside the client's figure: the rest is the request waiting in
 *   its socket for the event loop, and the answer waiting for the client;
 * - the wait for a pooled connection (pg.Pool#connect);
 * - garbage collection pauses (`gc` performance entries);
 * - the event loop's delay (monitorEventLoopDelay, 1 ms resolution): how late the loop comes back to
 *   a ready timer, whether it was busy with other requests' work or not given a core.
 * Nothing here changes what the server answers.
 */
import dc from "node:diagnostics_channel";
import fs from "node:fs";
import { createRequire } from "node:module";
import { monitorEventLoopDelay, PerformanceObserver, performance } from "node:perf_hooks";

const out = process.env.LATENCY_PROBE_OUT ?? "latency-probe.out";
// bench:search's role words (search-mix.ts): the other free texts are its typo'd names.
const ROLE_WORDS = new Set([
  "directrice financière",
  "head of data",
  "DRH",
  "directeur commercial",
  "responsable des achats",
]);
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
let seen;
function restart() {
  seen = { requests: {}, gc: [], poolWait: [], started: performance.now() };
  loopDelay.reset();
}
restart();

function shapeOf(url) {
  const query = new URL(url, "http://localhost").searchParams;
  if (query.has("company")) return "company";
  const q = query.get("q");
  if (!q) return "latest";
  return ROLE_WORDS.has(q) ? "fts" : "typo";
}

const startedAt = new WeakMap();
dc.subscribe("http.server.request.start", ({ response }) => startedAt.set(response, performance.now()));
dc.subscribe("http.server.response.finish", ({ request, response }) => {
  const started = startedAt.get(response);
  if (started === undefined) return;
  const shape = shapeOf(request.url);
  seen.requests[shape] ??= [];
  seen.requests[shape].push(performance.now() - started);
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) seen.gc.push(entry.duration);
}).observe({ entryTypes: ["gc"] });

// The server's own pg (the same module instance its ESM import loads).
const pg = createRequire(`${process.cwd()}/package.json`)("pg");
const connect = pg.Pool.prototype.connect;
pg.Pool.prototype.connect = function timedConnect(callback) {
  const asked = performance.now();
  const result = connect.call(this, callback);
  result?.then?.(
    () => seen.poolWait.push(performance.now() - asked),
    () => {},
  );
  return result;
};

function figures(values) {
  if (values.length === 0) return "none";
  const sorted = Float64Array.from(values).sort();
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `n ${values.length}, mean ${mean.toFixed(2)}, p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${at(1)} ms`;
}

process.on("SIGUSR2", () => {
  const seconds = (performance.now() - seen.started) / 1000;
  const gcTotal = seen.gc.reduce((a, b) => a + b, 0);
  const ms = (ns) => (ns / 1e6).toFixed(2);
  const lines = [
    `server time (request → finish), all: ${figures(Object.values(seen.requests).flat())}`,
    ...Object.entries(seen.requests)
      .sort()
      .map(([shape, values]) => `  ${shape.padEnd(8)} ${figures(values)}`),
    `pool wait: ${figures(seen.poolWait)}`,
    `GC pauses: ${figures(seen.gc)}; ${gcTotal.toFixed(0)} ms in all, ${((gcTotal / seconds) * 0.1).toFixed(1)} % of the wall time`,
    `event loop delay: mean ${ms(loopDelay.mean)}, p50 ${ms(loopDelay.percentile(50))}, p95 ${ms(loopDelay.percentile(95))}, p99 ${ms(loopDelay.percentile(99))}, max ${ms(loopDelay.max)} ms`,
  ];
  fs.appendFileSync(out, `${lines.join("\n")}\n---\n`);
  restart();
});
