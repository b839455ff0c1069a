// Issue 12 item 2: an upload is parsed on a thread of its own, with a time limit, so a long or
// hostile file never freezes the web server, and one that takes too long is refused clearly.

import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { parseIssueText } from "../../jobs/parse/index.ts";
import { parseUpload } from "../../server/services/imports.ts";
import { csrfOf } from "../support/admin.ts";
import { useSignedInAdminApp } from "../support/app.ts";

// One paragraph with no full stop, ~190 KB: the shape that once took the parser 30 s.
const HOSTILE = `Lettre\n\n+ MOUVEMENTS\n\n${"JEAN DUPONT rejoint Acme en tant que directeur ".repeat(4000)}\n`;

describe("uploads parsed off the web server's thread", () => {
  const carnet = useSignedInAdminApp();
  let app: Express;
  let agent: ReturnType<typeof request.agent>;

  beforeAll(() => {
    ({ app, agent } = carnet);
  });

  it("keeps answering /healthz while a long upload is being previewed", async () => {
    const token = csrfOf((await agent.get("/admin/imports")).text);
    let previewDone = false;
    const preview = agent
      .post("/admin/imports/apercu")
      .field("_csrf", token)
      .attach("fichiers", Buffer.from(HOSTILE), "longue.txt")
      .then((res) => {
        previewDone = true;
        return res;
      });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = await request(app).get("/healthz");
    expect(health.status).toBe(200);
    expect(previewDone).toBe(false);
    expect((await preview).status).toBe(200);
  }, 120_000);

  it("reads a paragraph with no full stop in pieces, in time linear in its length", () => {
    const issue = parseIssueText(HOSTILE);
    expect(issue.section_found).toBe(true);
    expect(issue.paragraphs.every((p) => p.length <= 1_500)).toBe(true);
    expect(issue.moves.map((m) => m.person)).toEqual(["Jean Dupont"]);
  }, 60_000);

  it("refuses an upload that takes longer than the time limit, naming the file", async () => {
    await expect(
      parseUpload({ name: "longue.txt", bytes: Buffer.from(HOSTILE) }, { timeLimitMs: 1 }),
    ).rejects.toThrow(/longue\.txt : lecture interrompue au bout de/);
  });
});
