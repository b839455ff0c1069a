import * as alerts from "../../db/repositories/alerts.ts";
import { blockAddress } from "../../db/repositories/bounces.ts";
import { classifySmtpError, type Email, sendEmail } from "../../server/mail/send.ts";
import { createSignedLinks } from "../../server/mail/signed-links.ts";
import type { JobDeps } from "../deps.ts";
import { verpAddress } from "../inbound/bounces.ts";
import { digestEmail } from "./digest.ts";

/**
 * Sending digests, tracked in rows: claim ('sending'), render, send, then mark 'sent', 'retrying'
 * (transient SMTP failure: 4xx, dropped connection, timeout; with exponential backoff) or 'failed'
 * (5xx: the server's reason is kept; or too many attempts). A process that dies between claim and
 * mark leaves a 'sending' row that is reclaimed after STALE_MS: that digest may then be sent twice
 * if the first attempt had reached the server (at-least-once for the crash window only). Sent
 * digests are marked per batch once its last message is handed over, so that window is a batch
 * (50 digests): the price of no per-message database round trip.
 */
export type SendDeps = Pick<JobDeps, "db" | "config" | "mailer" | "views" | "clock" | "logger">;

export const SEND_POLICY = {
  /** A 'sending' row older than this belongs to a dead process. */
  staleMs: 10 * 60_000,
  // With the 6 h cap, about two days of trying (RFC 5321 §4.5.4.1 suggests giving up after 4–5).
  maxAttempts: 15,
  /** 1 min, 2 min, 4 min … capped at 6 h. */
  backoffMs: (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000),
  batchSize: 50,
  /** Batches in flight at once, so the SMTP pool is fed while the next batch is claimed and loaded. */
  lanes: 4,
};

export interface SendTally {
  sent: number;
  retrying: number;
  failed: number;
}

export type SendOutcome =
  | { status: "sent" }
  | { status: "retrying"; reason: string; nextAttemptAt: Date }
  | { status: "failed"; reason: string };

/**
 * Claims and sends due digests until none is left (or only `ids` when given), batch by batch.
 * Safe to run in several processes at once: each digest is claimed by one of them.
 *
 * Each lane claims and loads its next batch while the current one is in the SMTP pool, and does
 * not wait for a batch's mark before sending the next: the pool then never waits on the database
 * (claim, load and mark were round trips between batches, idle time for the SMTP connections).
 */
export async function sendDueDigests(
  deps: SendDeps,
  options: { ids?: number[]; onOutcome?: (id: number, outcome: SendOutcome) => void } = {},
): Promise<SendTally> {
  const tally: SendTally = { sent: 0, retrying: 0, failed: 0 };
  if (options.ids && options.ids.length === 0) return tally;
  const marks: Promise<unknown>[] = [];
  const lane = async () => {
    let next = prepareBatch(deps, options.ids);
    for (;;) {
      const batch = await next;
      if (batch.length === 0) return;
      next = prepareBatch(deps, options.ids);
      const { outcomes, marked } = await sendBatch(deps, batch);
      marks.push(marked);
      for (const [id, outcome] of outcomes) {
        tally[outcome.status]++;
        options.onOutcome?.(id, outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: SEND_POLICY.lanes }, lane));
  // A mark that failed leaves its digests 'sending': they are sent again once stale. Say so.
  const markErrors = (await Promise.all(marks)).filter((error) => error !== null);
  if (markErrors.length > 0) throw markErrors[0];
  return tally;
}

/** A claimed digest, loaded and rendered: an e-mail to send, or the reason there is none. */
type PreparedDigest =
  | { id: number; subscriberId: number; attempts: number; email: Email }
  | { id: number; failure: string };

/** Claims a batch with its recipients, loads what its e-mails show in one query, and renders them. */
async function prepareBatch(deps: SendDeps, ids: number[] | undefined): Promise<PreparedDigest[]> {
  const { db, config, clock } = deps;
  const claimed = await alerts.claimDueDigests(db, {
    now: clock.now(),
    staleMs: SEND_POLICY.staleMs,
    limit: SEND_POLICY.batchSize,
    ids,
  });
  if (claimed.length === 0) return [];
  const moves = await alerts.loadDigestMoves(
    db,
    claimed.map((c) => c.id),
  );
  const movesByDigest = new Map<number, alerts.DigestMove[]>();
  for (const move of moves) {
    const list = movesByDigest.get(move.digestId);
    if (list) list.push(move);
    else movesByDigest.set(move.digestId, [move]);
  }
  const context = {
    publicUrl: config.PUBLIC_URL,
    mailFrom: config.MAIL_FROM,
    links: createSignedLinks(config),
  };
  return claimed.map((digest): PreparedDigest => {
    const digestMoves = movesByDigest.get(digest.id) ?? [];
    if (digest.subscriberStatus !== "confirmed" || digest.email === null)
      return { id: digest.id, failure: "subscriber unsubscribed or erased before sending" };
    if (digestMoves.length === 0)
      return { id: digest.id, failure: "nothing left to send: the moves were unpublished" };
    const email = digestEmail(
      {
        subscriberId: digest.subscriberId!,
        to: digest.email,
        messageId: digest.messageId,
        moves: digestMoves,
      },
      context,
    );
    return { id: digest.id, subscriberId: digest.subscriberId!, attempts: digest.attempts, email };
  });
}

/**
 * Sends a prepared batch; resolves when every message has an outcome, with the batch's mark
 * (one statement for the sent ones) still running in `marked`, which resolves to its error or null.
 */
async function sendBatch(
  deps: SendDeps,
  batch: PreparedDigest[],
): Promise<{ outcomes: Map<number, SendOutcome>; marked: Promise<unknown> }> {
  const { db, clock } = deps;
  const outcomes = new Map<number, SendOutcome>();
  const sent: { id: number; subject: string }[] = [];
  await Promise.all(
    batch.map(async (digest) => {
      const outcome: SendOutcome =
        "failure" in digest
          ? { status: "failed", reason: digest.failure }
          : await deliver(deps, digest.email, digest.attempts, digest.subscriberId);
      if (outcome.status === "sent" && "email" in digest)
        sent.push({ id: digest.id, subject: digest.email.subject });
      if (outcome.status === "retrying")
        await alerts.markRetrying(db, digest.id, outcome.reason, outcome.nextAttemptAt);
      if (outcome.status === "failed") await alerts.markFailed(db, digest.id, outcome.reason);
      if (outcome.status !== "sent")
        deps.logger.warn(
          { digestId: digest.id, outcome: outcome.status, reason: outcome.reason },
          "digest not sent",
        );
      outcomes.set(digest.id, outcome);
    }),
  );
  const marked = alerts.markSent(db, sent, clock.now()).then(
    () => null,
    (error: unknown) => error ?? new Error("marking digests sent failed"),
  );
  return { outcomes, marked };
}

async function deliver(
  deps: SendDeps,
  message: Email,
  attempts: number,
  subscriberId: number,
): Promise<SendOutcome> {
  try {
    // VERP (jobs/inbound/bounces.ts): a bounce names the subscriber it is about.
    const bounceTo = verpAddress(
      deps.config.INBOUND_ADDRESSES.split(",")[0]!.trim(),
      deps.config.APP_SECRET,
      subscriberId,
    );
    await sendEmail(deps, { ...message, bounceTo });
    return { status: "sent" };
  } catch (error) {
    const { permanent, reason } = classifySmtpError(error);
    if (permanent) {
      // A permanent refusal of the address itself stops all mail to it, as a DSN would.
      await blockAddress(deps.db, subscriberId, { kind: "bounced", reason });
      return { status: "failed", reason };
    }
    if (attempts >= SEND_POLICY.maxAttempts)
      return { status: "failed", reason: `gave up after ${attempts} attempts: ${reason}` };
    const nextAttemptAt = new Date(deps.clock.now().getTime() + SEND_POLICY.backoffMs(attempts));
    return { status: "retrying", reason, nextAttemptAt };
  }
}
