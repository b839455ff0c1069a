import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import * as inbound from "../../db/repositories/inbound.ts";
import { checkIssueHealth, checkSilentSources } from "../../jobs/inbound/health.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { SEEDS_DIR } from "../../server/paths.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { processInboundMessage, storeReceived } from "../../server/services/inbound-messages.ts";
import { csrfOf } from "../support/admin.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

const PASSWORD = "correct horse battery staple";

describe("source health and newsletters' confirmation mails", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let app: Express;
  let seed: string;

  /** A message of the source, delivered and processed as the inbound server does. */
  const receive = async (raw: string) => {
    const { id } = await storeReceived(deps.db, Buffer.from(raw), {
      via: "smtp",
      recipients: ["lettres@carnet.test"],
    });
    const status = await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 });
    await checkIssueHealth(deps, id);
    return status;
  };
  const issueOf = (n: number, body?: string) => {
    const raw = seed
      .replace("<2025-05-20@lettre-tech.example>", `<2025-05-${10 + n}@lettre-tech.example>`)
      .replace("20 May 2025", `${10 + n} May 2025`)
      .replace("CLAIRE MOREAU est promue", `CLAIRE MOREAU${n} est promue`);
    return body === undefined ? raw : raw.replace(/<html>[\s\S]*<\/html>/u, body);
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    smtp = await startSmtpPeer();
    deps = await createTestDeps(test.url, { env: { SMTP_URL: smtp.url, ADMIN_EMAIL: "veille@carnet.test" } });
    app = createApp(deps);
    seed = await readFile(path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml"), "utf8");
    await inbound.createSource(deps.db, {
      name: "La Lettre Tech & Médias",
      slug: "lettre-tech",
      senders: ["lettre-tech.example"],
      cadence: "weekly",
      hold_unauthenticated: false,
    });
    await createAccount(
      deps.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
  });
  afterAll(async () => {
    await deps?.close();
    await smtp?.close();
    await test?.drop();
  });

  it("raises a banner and sends one admin e-mail for an issue without the Mouvements section", async () => {
    for (const n of [1, 2, 3]) expect(await receive(issueOf(n))).toBe("imported");
    expect(smtp.messages).toHaveLength(0);
    const empty = issueOf(4, "<html><body><h2>+ AGENDA</h2><p>Rien cette semaine.</p></body></html>");
    expect(await receive(empty)).toBe("no_section");
    // Noticed again (a second process, a retry): still one event, one e-mail.
    const [message] = await inbound.recentMessages(deps.db);
    expect(await checkIssueHealth(deps, message!.id)).toBe(false);
    const mails = await smtp.to("veille@carnet.test");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("La Lettre Tech & Médias");
    expect(mails[0]!.text).toContain("n’a pas de rubrique Mouvements");

    const agent = request.agent(app);
    const form = await agent.get("/admin/connexion");
    await agent
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "admin@carnet.test", password: PASSWORD });
    const review = await agent.get("/admin/revue").expect(200);
    expect(review.text).toContain("demande votre attention");
    const sources = await agent.get("/admin/sources").expect(200);
    expect(sources.text).toContain("n’a pas de rubrique Mouvements");
  });

  it("raises one event for an issue with far fewer moves than the source's median", async () => {
    const thin = issueOf(
      5,
      "<html><body><h2>+ MOUVEMENTS</h2><p>JEANNE ARNAUD rejoint Qairnet en tant que directrice financière.</p></body></html>",
    );
    expect(await receive(thin)).toBe("imported");
    const alerts = await inbound.openSourceAlerts(deps.db);
    expect(alerts.map((a) => a.kind)).toEqual(["few_moves", "no_section"]);
    expect(await smtp.to("veille@carnet.test")).toHaveLength(2);
  });

  it("raises one event for a source silent for twice its cadence", async () => {
    const inAMonth = new Date(Date.now() + 30 * 86_400_000);
    expect(await checkSilentSources(deps, inAMonth)).toBe(1);
    expect(await checkSilentSources(deps, inAMonth)).toBe(0);
  });

  it("recognises a newsletter's confirmation mail and shows its link on the Sources page", async () => {
    const confirm = [
      "From: La Lettre RH <inscription@lettre-rh.example>",
      "To: lettres+lettre-rh@carnet.test",
      "Subject: Confirmez votre inscription à La Lettre RH",
      "Message-ID: <optin-1@lettre-rh.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p>Merci ! Pour confirmer votre inscription, cliquez : <a href="https://lettre-rh.example/optin?t=abc&amp;u=1">Je confirme</a></p>',
      '<p><a href="https://lettre-rh.example/">Site</a></p>',
    ].join("\r\n");
    expect(await receive(confirm)).toBe("confirmation");
    const [pending] = await inbound.pendingConfirmations(deps.db);
    expect(pending?.confirm_url).toBe("https://lettre-rh.example/optin?t=abc&u=1");
  });
});
