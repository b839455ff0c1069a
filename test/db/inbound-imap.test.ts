import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { ImapFlow } from "imapflow";
import * as inbound from "../../db/repositories/inbound.ts";
import { mailboxKey, PROCESSED_KEYWORD, pollMailbox, watchMailbox } from "../../jobs/inbound/imap.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { SEEDS_DIR } from "../../server/paths.ts";
import { processInboundMessage } from "../../server/services/inbound-messages.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { type Dovecot, startDovecot } from "../support/dovecot.ts";
import { describeWithPeers } from "../support/peers.ts";

/** Polls `done` every 200 ms, failing after 15 s. */
async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 200) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("not done after 15 s");
}

describeWithPeers("dovecot")("watched IMAP mailbox (a real Dovecot)", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let dovecot: Dovecot;
  let seed: string;
  const options = () => ({ url: dovecot.url("veille"), folder: "INBOX" });

  /** Appends messages to the mailbox as another mail client would deliver them. */
  const append = async (messages: string[]) => {
    const client = new ImapFlow({
      host: "127.0.0.1",
      port: dovecot.port,
      secure: false,
      auth: { user: "veille", pass: "secret" },
      logger: false,
    });
    await client.connect();
    for (const raw of messages) await client.append("INBOX", raw);
    const status = await client.status("INBOX", { messages: true });
    const keyed = await client
      .mailboxOpen("INBOX")
      .then(() => client.search({ keyword: PROCESSED_KEYWORD }, { uid: true }));
    await client.logout();
    return { messages: status ? status.messages : 0, processed: keyed ? keyed.length : 0 };
  };
  const pollAndProcess = async () => {
    const result = await pollMailbox(deps.db, options());
    for (const id of result.stored) await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 });
    return result;
  };
  const issueCount = async () =>
    Number((await test.pool.query("SELECT count(*) FROM newsletter_issues")).rows[0].count);

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    dovecot = await startDovecot();
    await inbound.createSource(deps.db, {
      name: "La Lettre Tech & Médias",
      slug: "lettre-tech",
      senders: ["lettre@lettre-tech.example"],
      cadence: "weekly",
      hold_unauthenticated: false,
    });
    seed = await readFile(path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml"), "utf8");
  });
  afterAll(async () => {
    await dovecot?.stop();
    await deps?.close();
    await test?.drop();
  });

  it("imports the messages appended to the folder once, flags them, and a second poll fetches nothing", async () => {
    const other = seed
      .replace("<2025-05-20@lettre-tech.example>", "<2025-06-03@lettre-tech.example>")
      .replace("20 May 2025", "3 Jun 2025")
      .replace("CLAIRE MOREAU est promue", "ROSE VALLIER est promue");
    await append([seed, other]);
    const first = await pollAndProcess();
    expect(first.fetched).toBe(2);
    expect(first.stored).toHaveLength(2);
    expect(await issueCount()).toBe(2);
    const messages = await inbound.recentMessages(deps.db);
    expect(messages.map((m) => [m.via, m.status])).toEqual([
      ["imap", "imported"],
      ["imap", "imported"],
    ]);

    const second = await pollAndProcess();
    expect(second).toEqual({ fetched: 0, stored: [] });
    const mailbox = await append([]);
    expect(mailbox).toEqual({ messages: 2, processed: 2 });
  });

  it("after a UIDVALIDITY reset (a rebuilt mailbox), imports nothing twice and only what is new", async () => {
    const before = (await inbound.mailboxState(
      deps.db,
      (await import("../../jobs/inbound/imap.ts")).mailboxKey(options()),
    ))!;
    await dovecot.resetMailbox("veille");
    const fresh = seed
      .replace("<2025-05-20@lettre-tech.example>", "<2025-06-10@lettre-tech.example>")
      .replace("20 May 2025", "10 Jun 2025")
      .replace("CLAIRE MOREAU est promue", "INÈS CARON est promue");
    // The rebuilt mailbox holds the two old messages again (without our keyword) and a new one.
    const old = seed.replace("CLAIRE MOREAU est promue", "ROSE VALLIER est promue");
    await append([seed, fresh]);
    const result = await pollAndProcess();
    const after = (await inbound.mailboxState(deps.db, before.mailbox))!;
    expect(after.uid_validity).not.toBe(before.uid_validity);
    expect(result.fetched).toBe(2);
    expect(result.stored).toHaveLength(1);
    expect(await issueCount()).toBe(3);
    expect(old).toBeTruthy();
  });

  it("imports within seconds a message appended while it waits in IDLE, without waiting for the hourly poll", async () => {
    const key = mailboxKey(options());
    const polledBefore = (await inbound.mailboxState(deps.db, key))?.last_polled_at?.getTime() ?? 0;
    const processed: Promise<unknown>[] = [];
    const watcher = watchMailbox(
      deps.db,
      { ...options(), pollMinutes: 60 },
      {
        onStored: (id) => processed.push(processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })),
        onError: (error) => {
          throw error;
        },
      },
    );
    try {
      // The first poll (at once) is done, and the IDLE connection has had a moment to open the folder.
      await waitFor(async () => {
        const state = await inbound.mailboxState(deps.db, key);
        return (state?.last_polled_at?.getTime() ?? 0) > polledBefore;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const pushed = seed
        .replace("<2025-05-20@lettre-tech.example>", "<2025-06-17@lettre-tech.example>")
        .replace("20 May 2025", "17 Jun 2025")
        .replace("CLAIRE MOREAU est promue", "JADE PERRIN est promue");
      const appendedAt = Date.now();
      await append([pushed]);
      await waitFor(async () => {
        await Promise.all(processed);
        const { rows } = await test.pool.query(
          "SELECT status FROM inbound_messages WHERE message_id = '<2025-06-17@lettre-tech.example>'",
        );
        return rows[0]?.status === "imported";
      });
      // The poll is an hour away: only IDLE can have brought it (under a second on an idle machine).
      expect(Date.now() - appendedAt).toBeLessThan(10_000);
    } finally {
      await watcher.stop();
    }
  });

  it("records a connection failure on the mailbox, for the Sources page", async () => {
    const wrong = { url: dovecot.url("veille").replace(":secret@", ":mauvais@"), folder: "INBOX" };
    await expect(pollMailbox(deps.db, wrong)).rejects.toThrow();
    await inbound.recordMailboxFailure(deps.db, "imap://veille@127.0.0.1#INBOX", "Authentication failed");
    const states = await inbound.mailboxStates(deps.db);
    expect(states.some((s) => s.failures === 1 && s.last_error === "Authentication failed")).toBe(true);
  });
});
