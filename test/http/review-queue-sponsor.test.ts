// An issue sent as HTML names its sponsor in the heading ("+ MOUVEMENTS, avec Orvalis Conseil,
// cabinet de recrutement digital"); the heading comes out in capitals and its descriptor used to
// wait in the review queue as a "Paragraphe non compris" holding a person, "Recrutement Digital".
// Invented names only.

import { beforeAll, describe, expect, it } from "@jest/globals";
import type request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import { parseIssueHtml } from "../../jobs/parse/index.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { useSignedInAdminApp } from "../support/app.ts";

const ISSUE = `<html><body><h1>La Lettre des Décideurs</h1>
<h2>+ À la une</h2><p>Le salon ouvre ses portes.</p>
<h2>+ MOUVEMENTS, avec Orvalis Conseil, cabinet de recrutement digital</h2>
<p>MAËLLE QUINTARD rejoint Kargo comme directrice financière. Elle était auparavant chez Brindille.</p>
<p>Chez Ferlog, c'est désormais Yannick Perrot qui tient les rênes des ventes.</p>
<h2>+ AGENDA</h2><p>Rien.</p></body></html>`;

describe("the review queue after an issue with a sponsor in its heading", () => {
  const carnet = useSignedInAdminApp();
  let agent: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    ({ agent } = carnet);
    const parsed = { ...parseIssueHtml(ISSUE), published_on: "2026-03-10" };
    await importParsedIssue(
      carnet.deps.db,
      parsed,
      { file: "lettre-12.html", rawText: ISSUE, contentHash: contentHash(ISSUE) },
      { autoPublishConfidence: 0.8 },
    );
  });

  it("shows the paragraph it did not read, not the sponsor's line", async () => {
    const page = await agent.get("/admin/revue");
    expect(page.status).toBe(200);
    expect(page.text).toContain("désormais Yannick Perrot qui tient les rênes des ventes");
    expect(page.text.match(/Paragraphe non compris/g)?.length).toBe(1);
    expect(page.text).not.toMatch(/CABINET DE RECRUTEMENT DIGITAL/i);
    expect(page.text).not.toContain("Recrutement Digital");
  });
});
