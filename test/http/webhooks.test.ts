import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import { sql } from "kysely";
import { matchWebhookEvents, sendDueWebhookEvents } from "../../jobs/webhooks/send.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { csrfOf, signedInAdmin } from "../support/admin.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";
import { startWebhookReceiver } from "../support/webhook-receiver.ts";

describe("webhooks", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let app: Express;
  let admin: Awaited<ReturnType<typeof signedInAdmin>>["agent"];
  let offset = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpPeer();
    // Three failures in a row disable a hook here (10 by default), so the test needs three posts.
    deps = await createTestDeps(t.url, {
      clock: { now: () => new Date(Date.now() + offset) },
      env: { SMTP_URL: smtp.url, WEBHOOK_DISABLE_AFTER: "3" },
    });
    app = createApp(deps);
    ({ agent: admin } = await signedInAdmin(app, t.db));
  });
  beforeEach(async () => {
    smtp.clear();
    await sql`TRUNCATE webhooks, newsletter_issues, moves, people, companies CASCADE`.execute(t.db);
  });
  afterAll(async () => {
    await deps.close();
    await smtp.close();
    await t.drop();
  });

  /** Creates a hook from the Intégrations page, as an admin does; returns its secret. */
  async function createHook(fields: Record<string, string>) {
    const page = await admin.get("/admin/integrations").expect(200);
    await admin
      .post("/admin/integrations/webhooks")
      .type("form")
      .send({ _csrf: csrfOf(page.text), format: "json", ...fields })
      .expect(303);
    return (
      await t.db.selectFrom("webhooks").select("secret").orderBy("id", "desc").executeTakeFirstOrThrow()
    ).secret;
  }

  it("delivers a signed event exactly once to a receiver that fails twice, logging three attempts", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver(() => secret, { failures: 2 });
    try {
      secret = await createHook({ name: "CRM", url: receiver.url, companies: "Lumen" });
      await importMoves(t.db, [
        { person: "Claire Fontanel", company: "Lumen", paragraph: "CLAIRE FONTANEL rejoint Lumen." },
        { person: "Paul Ailleurs", company: "Trace" },
      ]);

      expect(await matchWebhookEvents(deps)).toBe(1);
      expect(await matchWebhookEvents(deps)).toBe(0);
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      offset += 31_000; // past the first backoff
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      offset += 61_000;
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      offset += 3_600_000;
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });

      expect(receiver.received.map((r) => [r.valid, r.status])).toEqual([
        [true, 500],
        [true, 500],
        [true, 204],
      ]);
      const accepted = JSON.parse(receiver.received[2]!.body);
      expect(accepted).toMatchObject({
        event: "move.published",
        move: {
          person: { name: "Claire Fontanel" },
          company: { name: "Lumen" },
          source: { paragraph: "CLAIRE FONTANEL rejoint Lumen." },
        },
      });
      const log = await admin.get("/admin/integrations").expect(200);
      const rows = /data-webhook-log>([\s\S]*?)<\/table>/.exec(log.text)![1]!;
      expect(rows.match(/Claire Fontanel/g)).toHaveLength(3);
      expect(rows).toContain("204");
      expect(rows).toContain("500 HTTP 500");
    } finally {
      await receiver.close();
    }
  });

  it("disables a hook after WEBHOOK_DISABLE_AFTER failures in a row and tells the admins by e-mail", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver(() => secret, { failures: Number.POSITIVE_INFINITY });
    try {
      secret = await createHook({ name: "Chat équipe", url: receiver.url, companies: "Lumen" });
      await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
      expect(await matchWebhookEvents(deps)).toBe(1);
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      offset += 31_000;
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      expect(smtp.messages).toHaveLength(0);
      offset += 61_000;
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });

      const [mail] = await smtp.to("admin@carnet.test");
      expect(smtp.messages).toHaveLength(1);
      expect(mail!.subject).toBe("Webhook « Chat équipe » désactivé");
      expect(mail!.text).toContain(`Le webhook « Chat équipe » (${receiver.url}) a échoué 3 fois de suite`);
      expect(mail!.text).toContain("Dernière erreur : HTTP 500");
      expect(mail!.text).toContain("http://carnet.test/admin/integrations");

      // Disabled: its retry never goes out, nor does a later move.
      offset += 3_600_000;
      await importMoves(t.db, [{ person: "Paul Suivant", company: "Lumen" }]);
      await matchWebhookEvents(deps);
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(receiver.received.map((r) => [r.valid, r.status])).toEqual([
        [true, 500],
        [true, 500],
        [true, 500],
      ]);
      const page = await admin.get("/admin/integrations").expect(200);
      expect(page.text).toContain("Désactivé</span> 3 échecs consécutifs ; dernier : HTTP 500");
      expect(page.text).toContain("après 3 échecs de suite");
    } finally {
      await receiver.close();
    }
  });

  it("posts the Slack/Teams format as a signed {text} with the person's link", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver(() => secret);
    try {
      secret = await createHook({ name: "Slack", url: receiver.url, companies: "Lumen", format: "slack" });
      await importMoves(t.db, [
        {
          person: "Claire Fontanel",
          company: "Lumen",
          role: "directrice financière",
          previous_companies: ["Trace", "Scalian"],
        },
      ]);
      await matchWebhookEvents(deps);
      expect(await sendDueWebhookEvents(deps)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const [post] = receiver.received;
      expect(post).toMatchObject({ valid: true, status: 204 });
      expect(post!.headers["content-type"]).toBe("application/json");
      // Slack's and Teams' incoming webhooks read "text" and refuse unknown shapes: nothing else is sent.
      expect(JSON.parse(post!.body)).toEqual({
        text: "Claire Fontanel : directrice financière, Lumen (auparavant : Trace, Scalian). http://carnet.test/personnes/claire-fontanel",
      });
    } finally {
      await receiver.close();
    }
  });

  it("refuses a hook without a valid URL or any filter, naming the field", async () => {
    const page = await admin.get("/admin/integrations").expect(200);
    const bad = await admin
      .post("/admin/integrations/webhooks")
      .type("form")
      .send({ _csrf: csrfOf(page.text), name: "Vide", url: "ftp://x", companies: "Lumen" });
    expect(bad.status).toBe(400);
    const page2 = await admin.get("/admin/integrations").expect(200);
    const empty = await admin
      .post("/admin/integrations/webhooks")
      .type("form")
      .send({ _csrf: csrfOf(page2.text), name: "Vide", url: "https://crm.exemple.test/h" });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("au moins une entreprise");
  });
});
