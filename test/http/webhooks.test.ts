import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { matchWebhookEvents, sendDueWebhookEvents, signWebhook } from "../../jobs/webhooks/send.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const PASSWORD = "correct horse battery staple";
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** A receiver as a CRM would run it: checks the signature, and fails the first `failures` posts. */
function startReceiver(secretOf: () => string, failures: number) {
  const received: { valid: boolean; status: number; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const timestamp = Number(req.headers["x-carnet-timestamp"]);
      const valid = req.headers["x-carnet-signature"] === signWebhook(secretOf(), timestamp, body);
      const status = !valid ? 401 : received.filter((r) => r.valid).length < failures ? 500 : 204;
      received.push({ valid, status, body });
      res.writeHead(status).end();
    });
  });
  return new Promise<{ url: string; received: typeof received; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        received,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe("webhooks", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  let admin: ReturnType<typeof request.agent>;
  let offset = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = await createTestDeps(t.url, { clock: { now: () => new Date(Date.now() + offset) } });
    app = createApp(deps);
    await createAccount(
      deps.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    admin = request.agent(app);
    const form = await admin.get("/admin/connexion");
    await admin
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "admin@carnet.test", password: PASSWORD })
      .expect(303);
  });
  afterAll(async () => {
    await deps.close();
    await t.drop();
  });

  it("delivers a signed event exactly once to a receiver that fails twice, logging three attempts", async () => {
    let secret = "";
    const receiver = await startReceiver(() => secret, 2);
    try {
      const page = await admin.get("/admin/integrations").expect(200);
      await admin
        .post("/admin/integrations/webhooks")
        .type("form")
        .send({
          _csrf: csrfOf(page.text),
          name: "CRM",
          url: receiver.url,
          format: "json",
          companies: "Lumen",
        })
        .expect(303);
      secret = (await t.db.selectFrom("webhooks").select("secret").executeTakeFirstOrThrow()).secret;
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
