import os from "node:os";
import autocannon from "autocannon";

/**
 * autocannon against one or more instances of the same site, with each request's latency kept and
 * filed under the shape of query it was (`Shaped.shape`), so that a benchmark prints figures per
 * shape as well as for the whole mix. Connections are shared evenly between the target URLs.
 */
export interface Shaped {
  shape: string;
  path: string;
}

export interface Figures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export interface LoadResult extends Figures {
  shapes: Record<string, Figures>;
  /** The 1-minute load average when the run ended (the machine is shared). */
  load: number;
}

export function figuresOf(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return {
    requests: sorted.length,
    requestsPerSecond: sorted.length / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors,
  };
}

export function formatFigures(title: string, f: Figures, unit = "req/s"): string {
  return `${title.padEnd(22)} ${f.requestsPerSecond.toFixed(0).padStart(6)} ${unit}   p50 ${f.p50.toFixed(1)} ms   p95 ${f.p95.toFixed(1)} ms   p99 ${f.p99.toFixed(1)} ms   errors ${f.errors}`;
}

export const loadAverage = () => os.loadavg()[0]!;
export const uptimeLoad = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`;

export async function httpLoad(options: {
  urls: string[];
  requests: Shaped[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  title?: string;
  /** A status other than this counts as an error (default 200). */
  expectStatus?: number;
}): Promise<LoadResult> {
  const shapeOf = new Map(options.requests.map((r) => [r.path, r.shape]));
  const latencies = new Map<string, number[]>();
  const errorsByShape = new Map<string, number>();
  let next = 0;
  let transportErrors = 0;
  const perUrl = Math.max(1, Math.floor(options.connections / options.urls.length));
  await Promise.all(
    options.urls.map(
      (url) =>
        new Promise<void>((resolve, reject) => {
          const instance = autocannon(
            {
              url,
              connections: perUrl,
              duration: options.seconds,
              headers: options.headers ?? {},
              requests: [
                {
                  setupRequest: (request) => {
                    request.path = options.requests[next++ % options.requests.length]!.path;
                    return request;
                  },
                },
              ],
            },
            (error, result) => {
              if (error) return reject(error);
              transportErrors += result.errors + result.timeouts;
              resolve();
            },
          );
          instance.on("response", (client, status, _bytes, responseTime) => {
            // The answered request is still the client's current one (no pipelining): its path
            // names its shape.
            const head = (
              client as unknown as { requestIterator: { currentRequest: { requestBuffer: Buffer } } }
            ).requestIterator.currentRequest.requestBuffer.toString("latin1", 0, 2048);
            const path = head.slice(head.indexOf(" ") + 1, head.indexOf(" HTTP/1."));
            const shape = shapeOf.get(path) ?? "other";
            const list = latencies.get(shape) ?? [];
            if (list.length === 0) latencies.set(shape, list);
            list.push(responseTime);
            if (status !== (options.expectStatus ?? 200))
              errorsByShape.set(shape, (errorsByShape.get(shape) ?? 0) + 1);
          });
        }),
    ),
  );
  const all = [...latencies.values()].flat();
  const statusErrors = [...errorsByShape.values()].reduce((a, b) => a + b, 0);
  const shapes: Record<string, Figures> = {};
  for (const [shape, list] of latencies)
    shapes[shape] = figuresOf(list, options.seconds, errorsByShape.get(shape) ?? 0);
  const result = {
    ...figuresOf(all, options.seconds, statusErrors + transportErrors),
    shapes,
    load: loadAverage(),
  };
  if (options.title) {
    console.log(`${formatFigures(options.title, result)}   (${uptimeLoad()})`);
    if (Object.keys(shapes).length > 1)
      for (const [shape, f] of Object.entries(shapes).sort()) console.log(formatFigures(`  ${shape}`, f));
  }
  return result;
}
