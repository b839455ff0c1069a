// A parse thread started by loader-pool.ts: loads (reads, hashes, parses) the files it is sent
// and posts the results back. A file the parser refuses is an answer, not a crash.

import { parentPort, workerData } from "node:worker_threads";
import { compileGazetteer, EMPTY_GAZETTEER } from "../parse/index.ts";
import { loadIssueFile, ParseInputError } from "./issue-file.ts";
import type { LoaderReply, LoaderRequest, LoaderThreadData } from "./loader-pool.ts";
import { unpackKnowledge } from "./packed-knowledge.ts";

const port = parentPort!;
const { known } = (workerData ?? { known: null }) as LoaderThreadData;
const gazetteer = !known
  ? EMPTY_GAZETTEER
  : compileGazetteer("peopleKeys" in known ? unpackKnowledge(known) : known);
port.on("message", async ({ id, file }: LoaderRequest) => {
  let reply: LoaderReply;
  try {
    reply = { id, ok: true, issue: await loadIssueFile(file, { gazetteer }) };
  } catch (error) {
    reply =
      error instanceof ParseInputError
        ? { id, ok: false, refused: { problem: error.problem, path: error.path, message: error.message } }
        : { id, ok: false, crashed: { message: (error as Error).message, stack: (error as Error).stack } };
  }
  port.postMessage(reply);
});
