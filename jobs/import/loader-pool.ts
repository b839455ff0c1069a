import { Worker } from "node:worker_threads";
import { compileGazetteer, EMPTY_GAZETTEER, type GazetteerEntries } from "../parse/index.ts";
import { type LoadedIssue, loadIssueFile, ParseInputError, type ParseInputProblem } from "./issue-file.ts";
import { type PackedKnowledge, packKnowledge } from "./packed-knowledge.ts";
import { workerBundle } from "./worker-bundle.ts";

/** Reads, hashes and parses newsletter files for the importer. */
export interface IssueLoader {
  load(file: string): Promise<LoadedIssue>;
  close(): Promise<void>;
}

/** Loads on the calling thread: right for a few files, where starting threads costs more than it saves. */
export const inThreadLoader: IssueLoader = threadLoader();

/** Loads on the calling thread with what the directory knows (gazetteer.ts). */
export function threadLoader(known?: GazetteerEntries): IssueLoader {
  const gazetteer = known ? compileGazetteer(known) : EMPTY_GAZETTEER;
  return { load: (file) => loadIssueFile(file, { gazetteer }), close: async () => {} };
}

/**
 * What a parse thread starts with: the directory's knowledge, compiled once in the thread, packed
 * (packed-knowledge.ts) unless a name cannot be.
 */
export interface LoaderThreadData {
  known: GazetteerEntries | PackedKnowledge | null;
}

export interface LoaderRequest {
  id: number;
  file: string;
}

export type LoaderReply =
  | { id: number; ok: true; issue: LoadedIssue }
  | { id: number; ok: false; refused: { problem: ParseInputProblem; path: string; message: string } }
  | { id: number; ok: false; crashed: { message: string; stack?: string } };

interface Pending {
  resolve(issue: LoadedIssue): void;
  reject(error: Error): void;
}

/**
 * Loads on `threads` worker threads. Parsing is CPU-bound (about 1.3 ms an issue) and, on the main
 * thread, it holds up the event loop that sends PostgreSQL its next statements: in a bulk import the
 * database connections then sat idle in their transactions, waiting for Node, most of the time.
 * With parse threads the main thread only talks to the database.
 *
 * The threads run the bundle of worker-bundle.ts, built or found up to date; `from: "source"`, or
 * no bundle to be had, runs the TypeScript sources through tsx.
 */
export async function startLoaderPool(
  threads: number,
  known?: GazetteerEntries,
  options: { from?: "bundle" | "source" } = {},
): Promise<IssueLoader> {
  const data = known ? (packKnowledge(known) ?? known) : null;
  const bundle = options.from === "source" ? null : await workerBundle(workerModule);
  const workers = Array.from({ length: Math.max(1, threads) }, () => startWorker(data, bundle));
  let nextId = 0;
  return {
    load(file) {
      // The thread with the fewest files in hand.
      const worker = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return worker.load(nextId++, file);
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

// Without a bundle: the sources are TypeScript run through tsx, whose module hooks a worker thread
// does not inherit: the thread registers them itself before loading its module, then the hook that
// builds the parser's constant patterns once a module instead of once a call
// (shared-patterns-hook.ts; a bundle has that pass applied when it is built).
const tsxApi = import.meta.resolve("tsx/esm/api");
const workerModule = new URL("./loader-worker.ts", import.meta.url);
const patternsHook = new URL("./shared-patterns-hook.ts", import.meta.url).href;
const bootstrap = `Promise.all([import(${JSON.stringify(tsxApi)}), import("node:module")])
  .then(([{ register }, { register: registerHook }]) => {
    register();
    registerHook(${JSON.stringify(patternsHook)});
    return import(${JSON.stringify(workerModule.href)});
  })`;

function startWorker(known: LoaderThreadData["known"], bundle: string | null) {
  const workerData = { known } satisfies LoaderThreadData;
  const worker = bundle
    ? new Worker(new URL(bundle), { workerData })
    : new Worker(bootstrap, { eval: true, workerData });
  const pending = new Map<number, Pending>();
  let stopped: Error | null = null;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("message", (reply: LoaderReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    // Structured cloning hands a Buffer over as a plain Uint8Array.
    if (reply.ok) waiting.resolve({ ...reply.issue, bytes: Buffer.from(reply.issue.bytes) });
    else if ("refused" in reply) {
      const { problem, path, message } = reply.refused;
      waiting.reject(new ParseInputError(problem, path, message));
    } else {
      const error = new Error(`Parse thread: ${reply.crashed.message}`);
      if (reply.crashed.stack) error.stack = reply.crashed.stack;
      waiting.reject(error);
    }
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`Parse thread stopped (exit code ${code})`)));
  return {
    pending,
    load(id: number, file: string): Promise<LoadedIssue> {
      if (stopped) return Promise.reject(stopped);
      return new Promise<LoadedIssue>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, file } satisfies LoaderRequest);
      });
    },
    async close() {
      stopped ??= new Error("Parse thread closed");
      await worker.terminate();
    },
  };
}
