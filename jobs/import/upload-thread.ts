// Parses one uploaded file on a thread of its own, with a time limit: the admin's preview and
// confirmation run inside the web server, whose event loop must keep answering every other
// request (/healthz included) while a large or hostile upload is read. Past the limit the thread
// is stopped and the upload refused with a clear message.

import { Worker } from "node:worker_threads";
import type { GazetteerEntries, ParsedIssue } from "../parse/index.ts";
import { ParseInputError, type ParseInputProblem } from "./issue-file.ts";
import { workerBundle } from "./worker-bundle.ts";

export interface UploadParseRequest {
  bytes: Uint8Array;
  name: string;
  today?: string;
  /** What the directory knows (gazetteer.ts), read by the caller: an upload is read as `carnet import` reads a file. */
  known?: GazetteerEntries;
}

export type UploadParseReply =
  | { ok: true; issue: ParsedIssue }
  | { ok: false; refused: { problem: ParseInputProblem; path: string; message: string } }
  | { ok: false; crashed: { message: string } };

// As in loader-pool.ts: the thread runs the parser's bundle (worker-bundle.ts), built once and
// kept, rather than compile the TypeScript sources anew at each upload; without one, it registers
// tsx's hooks itself before loading its module.
const tsxApi = import.meta.resolve("tsx/esm/api");
const workerModule = new URL("./upload-worker.ts", import.meta.url);
const bootstrap = `import(${JSON.stringify(tsxApi)})
  .then(({ register }) => { register(); return import(${JSON.stringify(workerModule.href)}); })`;

export const UPLOAD_PARSE_TIME_LIMIT_MS = 20_000;

export async function parseUploadOffThread(
  request: UploadParseRequest,
  timeLimitMs: number = UPLOAD_PARSE_TIME_LIMIT_MS,
): Promise<ParsedIssue> {
  const bundle = await workerBundle(workerModule);
  return new Promise<ParsedIssue>((resolve, reject) => {
    const worker = bundle
      ? new Worker(new URL(bundle), { workerData: request })
      : new Worker(bootstrap, { eval: true, workerData: request });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new ParseInputError(
              "too_slow",
              request.name,
              `${request.name} : lecture interrompue au bout de ${Math.max(1, Math.round(timeLimitMs / 1000))} s. ` +
                "Le fichier est trop long ou mal découpé : envoyez la seule section Mouvements, ou le numéro en plusieurs fichiers.",
            ),
          ),
        ),
      timeLimitMs,
    );
    worker.once("message", (reply: UploadParseReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.issue);
        else if ("refused" in reply)
          reject(new ParseInputError(reply.refused.problem, reply.refused.path, reply.refused.message));
        else reject(new Error(`Parse thread: ${reply.crashed.message}`));
      }),
    );
    worker.once("error", (error) => settle(() => reject(error)));
    worker.once("exit", (code) =>
      settle(() => reject(new Error(`Parse thread stopped (exit code ${code})`))),
    );
  });
}
