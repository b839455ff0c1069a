import { ImapFlow } from "imapflow";
import type { DB } from "../../db/database.ts";
import * as inbound from "../../db/repositories/inbound.ts";
import { storeReceived } from "../../server/services/inbound-messages.ts";

/**
 * A mailbox Carnet watches (IMAP_URL, IMAP_FOLDER): each poll fetches only what is new since the
 * last one (the folder's UIDVALIDITY and the last UID seen are kept), stores each message raw, then
 * marks it with the $Carnet keyword (and \Seen) or moves it to IMAP_DONE_FOLDER. When the server
 * resets UIDVALIDITY (a restored or rebuilt mailbox), the UIDs mean nothing any more: the poll then
 * takes the messages without the keyword, and the Message-ID and content-hash checks of
 * storeMessage keep what was already received from coming in twice.
 */

export const PROCESSED_KEYWORD = "$Carnet";

export interface MailboxOptions {
  url: string;
  folder: string;
  doneFolder?: string | null;
}

export interface PollResult {
  fetched: number;
  stored: number[];
}

/** The mailbox's key in watched_mailboxes: the URL without its password, and the folder. */
export function mailboxKey(options: MailboxOptions): string {
  const url = new URL(options.url);
  url.password = "";
  return `${url.toString().replace(/\/$/, "")}#${options.folder}`;
}

function clientFor(url: string): ImapFlow {
  const parsed = new URL(url);
  const secure = parsed.protocol === "imaps:";
  return new ImapFlow({
    host: parsed.hostname,
    port: Number(parsed.port) || (secure ? 993 : 143),
    secure,
    auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) },
    logger: false,
    // A test server or a self-signed certificate on the same machine.
    tls: { rejectUnauthorized: parsed.hostname !== "127.0.0.1" && parsed.hostname !== "localhost" },
    connectionTimeout: 15_000,
  });
}

export async function pollMailbox(db: DB, options: MailboxOptions): Promise<PollResult> {
  const key = mailboxKey(options);
  const client = clientFor(options.url);
  try {
    await client.connect();
    const lock = await client.getMailboxLock(options.folder);
    try {
      const mailbox = client.mailbox;
      if (!mailbox) throw new Error(`cannot open ${options.folder}`);
      const uidValidity = String(mailbox.uidValidity);
      const state = await inbound.mailboxState(db, key);
      const sameMailbox = state?.uid_validity === uidValidity;
      let lastUid = sameMailbox ? state!.last_uid : 0;
      const uids = sameMailbox
        ? ((await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || []).filter(
            (uid) => uid > lastUid,
          )
        : (await client.search({ unKeyword: PROCESSED_KEYWORD }, { uid: true })) || [];
      const stored: number[] = [];
      const done: number[] = [];
      if (uids.length > 0) {
        for await (const message of client.fetch(
          uids.join(","),
          { uid: true, source: true },
          { uid: true },
        )) {
          if (!message.source) continue;
          const result = await storeReceived(db, message.source, { via: "imap" });
          if (result.stored) stored.push(result.id);
          done.push(message.uid);
          lastUid = Math.max(lastUid, message.uid);
        }
      }
      if (done.length > 0) {
        const range = done.join(",");
        await client.messageFlagsAdd(range, ["\\Seen", PROCESSED_KEYWORD], { uid: true });
        if (options.doneFolder) await client.messageMove(range, options.doneFolder, { uid: true });
      }
      // Saved only after the messages are stored: a crash before means they are fetched again
      // (and recognised), never skipped.
      await inbound.saveMailboxState(db, key, { uidValidity, lastUid });
      return { fetched: done.length, stored };
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** Minutes to wait after `failures` failed polls in a row: doubling from the poll interval, at most an hour. */
export function backoffMinutes(pollMinutes: number, failures: number): number {
  return Math.min(60, pollMinutes * 2 ** Math.max(0, failures));
}

export interface MailboxWatcher {
  stop(): Promise<void>;
}

/**
 * Polls every `pollMinutes` (the first poll at once); a failure is recorded on the mailbox (shown
 * on the Sources page) and the next attempt backs off. When the server offers IDLE (RFC 2177), a
 * second connection waits in the folder and a message appended there is fetched at once, without
 * waiting for the next poll; the timed poll stays, for a server without IDLE or a lost connection.
 */
export function watchMailbox(
  db: DB,
  options: MailboxOptions & { pollMinutes: number },
  hooks: { onStored(id: number): void; onError(error: Error): void },
): MailboxWatcher {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  /** A poll asked for while one runs (IDLE saw a message arrive): run it right after. */
  let again = false;
  let stopped = false;
  let idling: ImapFlow | null = null;
  const schedule = (minutes: number) => {
    if (timer) clearTimeout(timer);
    if (!stopped) timer = setTimeout(tick, minutes * 60_000);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pollMailbox(db, options)
      .then(
        (result) => {
          for (const id of result.stored) hooks.onStored(id);
          schedule(options.pollMinutes);
          if (!idling) void idle();
        },
        async (error: Error) => {
          hooks.onError(error);
          const failures = await inbound
            .recordMailboxFailure(db, mailboxKey(options), error.message)
            .catch(() => 1);
          schedule(backoffMinutes(options.pollMinutes, failures));
        },
      )
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          tick();
        }
      });
  };
  /** Waits in the folder on a connection of its own; a new message ('exists') triggers a poll. */
  const idle = async () => {
    const client = clientFor(options.url);
    idling = client;
    client.on("error", () => {}); // a dropped connection ends in 'close'
    client.on("close", () => {
      // The next successful poll opens a new one.
      if (idling === client) idling = null;
    });
    try {
      await client.connect();
      if (!client.capabilities.has("IDLE")) {
        idling = null;
        await client.logout();
        return;
      }
      await client.mailboxOpen(options.folder, { readOnly: true });
      client.on("exists", () => tick());
      if (stopped) return await client.logout();
      // At once: imapflow would enter IDLE by itself only after 15 s without a command (and again
      // after each later command, so this one call is enough).
      void client.idle().catch(() => {});
    } catch {
      if (idling === client) idling = null;
      client.close();
    }
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const client = idling;
      idling = null;
      await client?.logout().catch(() => client.close());
      await running;
    },
  };
}
