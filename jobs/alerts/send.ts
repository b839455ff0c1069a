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
 * if the first attempt had reached the server (at-least-once for the crash window only).
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
 */
export async function sendDueDigests(
  deps: SendDeps,
  options: { ids?: number[]; onOutcome?: (id: number, outcome: SendOutcome) => void } = {},
): Promise<SendTally> {
  const tally: SendTally = { sent: 0, retrying: 0, failed: 0 };
  if (options.ids && options.ids.length === 0) return tally;
  const lane = async () => {
    for (;;) {
      const claimed = await alerts.claimDueDigests(deps.db, {
        now: deps.clock.now(),
        staleMs: SEND_POLICY.staleMs,
        limit: SEND_POLICY.batchSize,
        ids: options.ids,
      });
      if (claimed.length === 0) return;
      const outcomes = await sendClaimed(deps, claimed);
      for (const [id, outcome] of outcomes) {
        tally[outcome.status]++;
        options.onOutcome?.(id, outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: SEND_POLICY.lanes }, lane));
  return tally;
}

async function sendClaimed(
  deps: SendDeps,
  claimed: alerts.ClaimedDigest[],
): Promise<Map<number, SendOutcome>> {
  const { db, config, clock } = deps;
  const ids = claimed.map((c) => c.id);
  const [moves, recipients] = await Promise.all([
    alerts.loadDigestMoves(db, ids),
    alerts.loadRecipients(
      db,
      claimed.map((c) => c.subscriberId).filter((id): id is number => id !== null),
    ),
  ]);
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
  const outcomes = new Map<number, SendOutcome>();
  await Promise.all(
    claimed.map(async (digest) => {
      const recipient = digest.subscriberId === null ? undefined : recipients.get(digest.subscriberId);
      const digestMoves = movesByDigest.get(digest.id) ?? [];
      let outcome: SendOutcome;
      if (recipient?.status !== "confirmed") {
        outcome = { status: "failed", reason: "subscriber unsubscribed or erased before sending" };
      } else if (digestMoves.length === 0) {
        outcome = { status: "failed", reason: "nothing left to send: the moves were unpublished" };
      } else {
        const message = digestEmail(
          {
            subscriberId: digest.subscriberId!,
            to: recipient.email,
            messageId: digest.messageId,
            moves: digestMoves,
          },
          context,
        );
        outcome = await deliver(deps, message, digest.attempts, digest.subscriberId!);
        if (outcome.status === "sent") await alerts.markSent(db, digest.id, message.subject, clock.now());
      }
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
  return outcomes;
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
