import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import request from "supertest";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import { startScheduler } from "../../jobs/register.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { csrfOf } from "../support/admin.ts";
import { confirmedSubscriber } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

const confirmPath = (text: string) =>
  new URL(/http:\/\/carnet\.test\/alertes\/confirmer\/[^\s]+/.exec(text)![0]).pathname;

/** Issue 12 item 10: a pending subscription cannot be rewritten, and its e-mail leaves from the job queue. */
describe("the subscription form and its e-mails", () => {
  let t: TestDatabase;
  let smtp: SmtpPeer;
  const owned: OwnedDeps[] = [];
  const depsAt = async (offsetMs = 0, smtpUrl?: string) => {
    const deps = await createTestDeps(t.url, {
      env: {
        SMTP_URL: smtpUrl ?? smtp.url,
        ALERTS_CRON: "0 0 1 1 *",
        DAILY_CRON: "0 0 1 1 *",
        WEEKLY_CRON: "0 0 1 1 *",
      },
      clock: { now: () => new Date(Date.now() + offsetMs) },
    });
    owned.push(deps);
    return deps;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpPeer();
  });
  beforeEach(async () => {
    smtp.clear();
    await sql`TRUNCATE subscribers, mail_outbox CASCADE`.execute(t.db);
  });
  afterAll(async () => {
    for (const deps of owned) await deps.close();
    await smtp.close();
    await t.drop();
  });

  it("sends, through the scheduler's sweep, an e-mail whose job was never queued", async () => {
    // The request's transaction wrote the outbox row, then the job queue was down: no job carries
    // it. Three minutes later a worker starts.
    const subscriberId = await confirmedSubscriber(t.db, "oublie@exemple.test", ["Lumen"]);
    await t.db
      .insertInto("mail_outbox")
      .values({
        kind: "subscription_manage_link",
        subscriber_id: subscriberId,
        created_at: sql<Date>`now() - interval '3 minutes'`,
      })
      .execute();
    const deps = await depsAt();
    const scheduler = await startScheduler(deps);
    try {
      for (let i = 0; i < 150 && (await smtp.to("oublie@exemple.test")).length === 0; i++)
        await new Promise((r) => setTimeout(r, 200));
      const [mail] = await smtp.to("oublie@exemple.test");
      expect(mail!.subject).toBe("Vos alertes Carnet");
      expect(mail!.text).toContain("http://carnet.test/alertes/gerer/");
      const rows = await t.db.selectFrom("mail_outbox").select(["status", "attempts"]).execute();
      expect(rows).toEqual([{ status: "sent", attempts: 1 }]);
    } finally {
      await scheduler.stop();
    }
  }, 60_000);

  async function subscribe(deps: OwnedDeps, fields: Record<string, string>) {
    const agent = request.agent(createApp(deps));
    const page = await agent.get("/alertes").expect(200);
    const answer = await agent
      .post("/alertes")
      .type("form")
      .send({ _csrf: csrfOf(page.text), ...fields });
    expect(answer.status).toBe(200);
    return answer;
  }

  const follows = async () =>
    (await t.db.selectFrom("follows").select("company_name").orderBy("company_name").execute()).map(
      (f) => f.company_name,
    );

  it("keeps a pending subscription's first choices until it is confirmed or its link expires", async () => {
    const now = await depsAt();
    await subscribe(now, { email: "cible@exemple.test", companies: "Lumen", frequency: "daily" });
    await deliverQueuedMail(now);
    const [first] = await smtp.to("cible@exemple.test");
    expect(first!.text).toContain("pour : Lumen");

    // Someone else who knows the address, at once and after the ten-minute limit: nothing changes,
    // and the e-mail sent after the limit still names the first choices.
    await subscribe(now, { email: "cible@exemple.test", companies: "Intrus SA", frequency: "weekly" });
    const later = await depsAt(11 * 60_000);
    await subscribe(later, { email: "cible@exemple.test", companies: "Intrus SA", frequency: "weekly" });
    await deliverQueuedMail(later);
    const mails = await smtp.to("cible@exemple.test");
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("pour : Lumen");
    expect(mails[1]!.text).not.toContain("Intrus");
    expect(await follows()).toEqual(["Lumen"]);

    // The owner confirms from the latest e-mail: the first choices are what is confirmed.
    const agent = request.agent(createApp(later));
    const path = confirmPath(mails[1]!.text!);
    const page = await agent.get(path).expect(200);
    await agent
      .post(path)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(303);
    const row = await t.db
      .selectFrom("subscribers")
      .select(["status", "frequency"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "confirmed", frequency: "daily" });
    expect(await follows()).toEqual(["Lumen"]);
  });

  it("takes new choices once the pending subscription's link has expired", async () => {
    const now = await depsAt();
    await subscribe(now, { email: "oubli@exemple.test", companies: "Lumen" });
    await deliverQueuedMail(now);
    const expired = await depsAt(49 * 3_600_000);
    await subscribe(expired, { email: "oubli@exemple.test", companies: "Trace" });
    await deliverQueuedMail(expired);
    const mails = await smtp.to("oubli@exemple.test");
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("pour : Trace");
    expect(await follows()).toEqual(["Trace"]);
  });

  it("answers the form without waiting for the mail server, which gets the e-mail from the job queue", async () => {
    // A mail server that accepts connections and never says a word: sending inside the request
    // would hold the answer for nodemailer's 15-second greeting timeout.
    const sockets = new Set<net.Socket>();
    const mute = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve));
    try {
      const stuck = await depsAt(0, `smtp://127.0.0.1:${(mute.address() as AddressInfo).port}`);
      const answer = await subscribe(stuck, { email: "lent@exemple.test", companies: "Lumen" });
      expect(answer.status).toBe(200);
      expect(answer.text).toContain("Vérifiez votre boîte mail");
      const owed = await t.db.selectFrom("mail_outbox").select(["kind", "status"]).execute();
      expect(owed).toEqual([{ kind: "subscription_confirm", status: "queued" }]);
      expect(sockets.size).toBe(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => mute.close(resolve));
    }

    // The scheduler's worker (pg-boss) sends what a request owes, a moment after the answer.
    const deps = await depsAt();
    const scheduler = await startScheduler(deps);
    try {
      await subscribe(deps, { email: "vite@exemple.test", companies: "Trace" });
      for (let i = 0; i < 100 && (await smtp.to("vite@exemple.test")).length === 0; i++)
        await new Promise((r) => setTimeout(r, 200));
      const [mail] = await smtp.to("vite@exemple.test");
      expect(mail!.subject).toBe("Confirmez votre abonnement aux alertes Carnet");
      const sent = await t.db
        .selectFrom("mail_outbox")
        .innerJoin("subscribers", "subscribers.id", "mail_outbox.subscriber_id")
        .select(["email", "mail_outbox.status"])
        .where("email", "=", "vite@exemple.test")
        .execute();
      expect(sent).toEqual([{ email: "vite@exemple.test", status: "sent" }]);
    } finally {
      await scheduler.stop();
    }
  }, 60_000);
});
