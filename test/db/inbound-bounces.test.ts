import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import * as inbound from "../../db/repositories/inbound.ts";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { verpAddress } from "../../jobs/inbound/bounces.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { type InboundSmtp, startInboundSmtp } from "../../server/mail/inbound-smtp.ts";
import { createSignedLinks } from "../../server/mail/signed-links.ts";
import { processInboundMessage, storeReceived } from "../../server/services/inbound-messages.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { describeWithPeers } from "../support/peers.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

const swaks = (port: number, args: string[]) =>
  new Promise<string>((resolve) =>
    execFile("swaks", ["--server", `127.0.0.1:${port}`, "--timeout", "30", ...args], (_e, out, err) =>
      resolve(out + err),
    ),
  );

// An RFC 3464 delivery status notification, as the subscriber's mail server sends it back.
const dsn = (to: string, failed: string) =>
  [
    "From: Mail Delivery System <MAILER-DAEMON@mx.exemple.test>",
    `To: ${to}`,
    "Subject: Undelivered Mail Returned to Sender",
    "Message-ID: <dsn-1@mx.exemple.test>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    "Your message could not be delivered.",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.exemple.test",
    "",
    `Final-Recipient: rfc822; ${failed}`,
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
    "--b1--",
    "",
  ].join("\r\n");

describeWithPeers("swaks")("bounces and complaints of our own alerts", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let peer: SmtpPeer;
  let smtp: InboundSmtp;
  const processed: Promise<unknown>[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    peer = await startSmtpPeer();
    deps = await createTestDeps(test.url, {
      env: { SMTP_URL: peer.url, INBOUND_ADDRESSES: "lettres@carnet.test" },
    });
    smtp = await startInboundSmtp(deps, {
      port: 0,
      host: "127.0.0.1",
      addresses: ["lettres@carnet.test"],
      maxBytes: 100_000,
      dnsResolver: async () => {
        throw Object.assign(new Error("no DNS in tests"), { code: "ENOTFOUND" });
      },
      onStored: (id) =>
        processed.push(
          processInboundMessage(deps.db, id, {
            autoPublishConfidence: 0.8,
            appSecret: deps.config.APP_SECRET,
          }),
        ),
    });
  });
  afterAll(async () => {
    await smtp?.stop();
    await deps?.close();
    await peer?.close();
    await test?.drop();
  });

  it("sends digests with a VERP envelope sender; a DSN delivered there stops every later digest", async () => {
    const id = await confirmedSubscriber(test.db, "parti@exemple.test", ["Lumen"]);
    await importMoves(test.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    expect((await runAlertRound(deps, ["immediate"])).digests).toBe(1);
    expect(peer.messages).toHaveLength(1);
    const verp = peer.messages[0]!.from;
    expect(verp).toMatch(new RegExp(`^lettres\\+bounce-${id}-[0-9a-f]{18}@carnet\\.test$`));

    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-dsn-"));
    await writeFile(path.join(dir, "dsn.eml"), dsn(verp, "parti@exemple.test"));
    const dialogue = await swaks(smtp.port, [
      "--from",
      "<>",
      "--to",
      verp,
      "--data",
      `@${path.join(dir, "dsn.eml")}`,
    ]);
    expect(dialogue).toMatch(/<- {2}250 Stored as message/);
    for (const p of processed.splice(0)) await p;
    const [message] = await inbound.recentMessages(deps.db);
    expect(message).toMatchObject({ status: "bounce", reason: "smtp; 550 5.1.1 user unknown" });

    await importMoves(test.db, [{ person: "Hugo Marchal", company: "Lumen", role: "directeur commercial" }]);
    expect((await runAlertRound(deps, ["immediate"])).digests).toBe(0);
    expect(peer.messages).toHaveLength(1);
  });

  it("blocks nobody for a bounce to a VERP address whose signature is not ours", async () => {
    const dialogue = await swaks(smtp.port, [
      "--from",
      "<>",
      "--to",
      "lettres+bounce-1-000000000000000000@carnet.test",
    ]);
    expect(dialogue).toMatch(/<- {2}250 Stored as message/);
    for (const p of processed.splice(0)) await p;
    const blocked = await test.pool.query("SELECT count(*) FROM subscribers WHERE mail_blocked IS NOT NULL");
    expect(Number(blocked.rows[0].count)).toBe(1);
  });

  it("records a bounce whose diagnostic holds a NUL byte, the reason stored without it", async () => {
    const id = await confirmedSubscriber(test.db, "nul@exemple.test", ["Lumen"]);
    const to = verpAddress("lettres@carnet.test", deps.config.APP_SECRET, id);
    const raw = dsn(to, "nul@exemple.test")
      .replace("<dsn-1@", "<dsn-nul@")
      .replace("user unknown", "user\u0000 unknown\u0007");
    const { id: messageId } = await storeReceived(deps.db, Buffer.from(raw), {
      via: "smtp",
      recipients: [to],
    });
    expect(
      await processInboundMessage(deps.db, messageId, {
        autoPublishConfidence: 0.8,
        appSecret: deps.config.APP_SECRET,
      }),
    ).toBe("bounce");
    const subscriber = await test.pool.query(
      "SELECT mail_blocked, mail_blocked_reason FROM subscribers WHERE id = $1",
      [id],
    );
    expect(subscriber.rows).toEqual([
      { mail_blocked: "bounced", mail_blocked_reason: "smtp; 550 5.1.1 user unknown" },
    ]);
    const message = await test.pool.query("SELECT reason FROM inbound_messages WHERE id = $1", [messageId]);
    expect(message.rows).toEqual([{ reason: "smtp; 550 5.1.1 user unknown" }]);
  });

  it("unsubscribes the subscriber who uses the List-Unsubscribe mailto", async () => {
    const id = await confirmedSubscriber(test.db, "assez@exemple.test", ["Lumen"]);
    const token = createSignedLinks(deps.config).sign("unsubscribe", id);
    const raw = `From: assez@exemple.test\r\nTo: lettres@carnet.test\r\nSubject: unsubscribe ${token}\r\nMessage-ID: <unsub-1@exemple.test>\r\n\r\n\r\n`;
    const { id: messageId } = await storeReceived(deps.db, Buffer.from(raw), { via: "smtp" });
    expect(
      await processInboundMessage(deps.db, messageId, {
        autoPublishConfidence: 0.8,
        appSecret: deps.config.APP_SECRET,
      }),
    ).toBe("unsubscribe");
    const row = await test.pool.query("SELECT status FROM subscribers WHERE id = $1", [id]);
    expect(row.rows[0].status).toBe("unsubscribed");
  });
});
