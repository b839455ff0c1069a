// The thread started by upload-thread.ts: parses the one upload it was given and posts the result.

import { parentPort, workerData } from "node:worker_threads";
import { compileGazetteer, EMPTY_GAZETTEER } from "../parse/index.ts";
import { ParseInputError, parseIssueBytes } from "./issue-file.ts";
import type { UploadParseReply, UploadParseRequest } from "./upload-thread.ts";

const { bytes, name, today, known } = workerData as UploadParseRequest;
const gazetteer = known ? compileGazetteer(known) : EMPTY_GAZETTEER;
let reply: UploadParseReply;
try {
  reply = { ok: true, issue: await parseIssueBytes(Buffer.from(bytes), name, today, { gazetteer }) };
} catch (error) {
  reply =
    error instanceof ParseInputError
      ? { ok: false, refused: { problem: error.problem, path: error.path, message: error.message } }
      : { ok: false, crashed: { message: (error as Error).message } };
}
parentPort!.postMessage(reply);
