// Issue 13 item 6, on every way an issue arrives: an upload in the admin console (parsed on a thread
// of its own) and a newsletter received by mail are read knowing the directory's companies, as
// `carnet import` reads a file (test/db/directory-teaches-parser.test.ts). Read alone, "le groupe
// Tessal et Fils" stops at "Tessal"; a directory that publishes moves at "Tessal et Fils" keeps the
// whole name.

import { beforeAll, describe, expect, it } from "@jest/globals";
import type request from "supertest";
import * as inbound from "../../db/repositories/inbound.ts";
import { parseIssueBytes } from "../../jobs/import/issue-file.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { processInboundMessage, storeReceived } from "../../server/services/inbound-messages.ts";
import { csrfOf } from "../support/admin.ts";
import { useSignedInAdminApp } from "../support/app.ts";
import { importMoves } from "../support/builders.ts";

const KNOWN = "Tessal et Fils";
const issueText = (person: string) =>
  `La Lettre des Achats — 12 mars 2026\n\nÉdito.\n\n+ MOUVEMENTS, avec Exemple\n\n` +
  `${person} rejoint le groupe ${KNOWN} comme directrice des achats.\n`;

describe("uploads and received mail are read with what the directory knows", () => {
  const carnet = useSignedInAdminApp();
  let deps: OwnedDeps;
  let agent: ReturnType<typeof request.agent>;

  const companyOfMove = async (person: string) =>
    (
      await deps.db
        .selectFrom("moves as m")
        .innerJoin("people as p", "p.id", "m.person_id")
        .innerJoin("companies as c", "c.id", "m.company_id")
        .where("p.name", "=", person)
        .select("c.name")
        .executeTakeFirst()
    )?.name;

  beforeAll(async () => {
    ({ deps, agent } = carnet);
    // An earlier issue published a move there: the directory knows the company by its whole name.
    await importMoves(deps.db, [{ person: "Firmin Ravelot", company: KNOWN, confidence: 0.95 }]);
  });

  it("cuts the name short when nothing is known (the case the directory corrects)", async () => {
    const alone = await parseIssueBytes(Buffer.from(issueText("Ombeline Sarrazin")), "lettre.txt");
    expect(alone.moves.map((m) => m.company)).toEqual(["Tessal"]);
  });

  it("keeps a known company's whole name in an uploaded file's preview and in the move it imports", async () => {
    const form = await agent.get("/admin/imports");
    const preview = await agent
      .post("/admin/imports/apercu")
      .field("_csrf", csrfOf(form.text))
      .attach("fichiers", Buffer.from(issueText("Ombeline Sarrazin")), "lettre-achats-2026-03-12.txt");
    expect(preview.status).toBe(200);
    expect(preview.text).toContain(KNOWN);
    const token = /name="token" value="([^"]+)"/.exec(preview.text)?.[1] ?? "";
    await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token })
      .expect(303);
    expect(await companyOfMove("Ombeline Sarrazin")).toBe(KNOWN);
  });

  it("keeps a known company's whole name in a newsletter received by mail", async () => {
    await inbound.createSource(deps.db, {
      name: "La Lettre des Achats",
      slug: "lettre-achats",
      senders: ["achats.example"],
      cadence: "weekly",
      hold_unauthenticated: false,
    });
    const raw = Buffer.from(
      "From: La Lettre des Achats <lettre@achats.example>\r\nTo: lettres@carnet.localhost\r\n" +
        "Subject: La Lettre des Achats — 19 mars 2026\r\nDate: Thu, 19 Mar 2026 08:00:00 +0100\r\n" +
        "Message-ID: <2026-03-19@achats.example>\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
        issueText("Sidonie Carvalan"),
    );
    const { id } = await storeReceived(deps.db, raw, {
      via: "smtp",
      recipients: ["lettres@carnet.localhost"],
    });
    expect(await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })).toBe("imported");
    expect(await companyOfMove("Sidonie Carvalan")).toBe(KNOWN);
  });
});
