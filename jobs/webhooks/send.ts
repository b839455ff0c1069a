import { createHmac } from "node:crypto";
import * as webhooks from "../../db/repositories/webhooks.ts";
import { sendEmail } from "../../server/mail/send.ts";
import { paths } from "../../shared/site-paths.ts";
import type { JobDeps } from "../deps.ts";

/**
 * Webhook deliveries, tracked in rows like digests: match (one set-based INSERT of events), then
 * claim, POST, log the attempt, mark sent or retrying (backoff) or failed. A hook failing
 * WEBHOOK_DISABLE_AFTER times in a row (config, 10 by default) is switched off and the admins are
 * told by e-mail.
 *
 * Every POST is signed (README "Webhooks"): X-Carnet-Timestamp is the Unix time in seconds and
 * X-Carnet-Signature is "sha256=" + hex HMAC-SHA256(secret, timestamp + "." + body), so a receiver
 * can refuse a body changed in transit or a request replayed later.
 */
export type WebhookDeps = Pick<JobDeps, "db" | "config" | "clock" | "logger" | "mailer" | "views">;

export const WEBHOOK_POLICY = {
  timeoutMs: 10_000,
  staleMs: 10 * 60_000,
  maxAttempts: 8,
  /** 30 s, 1 min, 2 min … capped at 1 h: about four hours of trying in all. */
  backoffMs: (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000),
  batchSize: 20,
  lookbackDays: 30,
};

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The JSON body: the move as /api/moves shows it, plus links; or Slack/Teams' {"text"}. */
export function webhookBody(payload: webhooks.EventPayload, publicUrl: string): string {
  const m = payload.move;
  const personUrl = publicUrl + paths.person(m.person.slug);
  if (payload.format === "slack") {
    const previous = m.previous_companies.length ? ` (auparavant : ${m.previous_companies.join(", ")})` : "";
    return JSON.stringify({
      text: `${m.person.name} : ${m.role}, ${m.company.name}${previous}. ${personUrl}`,
    });
  }
  return JSON.stringify({
    event: "move.published",
    event_id: payload.eventId,
    webhook: payload.hookName,
    move: {
      ...m,
      url: personUrl,
      company_url: publicUrl + paths.company(m.company.slug),
      source_url: publicUrl + paths.issue(m.source.issue_id),
    },
  });
}

/** Records the events due since the lookback for every active hook; returns how many are new. */
export async function matchWebhookEvents(deps: Pick<JobDeps, "db" | "clock">): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - WEBHOOK_POLICY.lookbackDays * 86_400_000);
  return webhooks.recordWebhookEvents(deps.db, since);
}

export interface WebhookTally {
  sent: number;
  retrying: number;
  failed: number;
}

/** Claims and posts due events (or only `ids`) until none is left; retries come due later. */
export async function sendDueWebhookEvents(
  deps: WebhookDeps,
  options: { ids?: number[]; onRetry?: (eventId: number, at: Date) => void } = {},
): Promise<WebhookTally> {
  const tally: WebhookTally = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const claimed = await webhooks.claimDueEvents(deps.db, {
      now: deps.clock.now(),
      staleMs: WEBHOOK_POLICY.staleMs,
      limit: WEBHOOK_POLICY.batchSize,
      ids: options.ids,
    });
    if (claimed.length === 0) return tally;
    const payloads = new Map(
      (
        await webhooks.loadEventPayloads(
          deps.db,
          claimed.map((c) => c.id),
        )
      ).map((p) => [p.eventId, p]),
    );
    // One hook's events in order; hooks side by side.
    const byHook = new Map<number, webhooks.ClaimedEvent[]>();
    for (const c of claimed) byHook.set(c.webhookId, [...(byHook.get(c.webhookId) ?? []), c]);
    await Promise.all(
      [...byHook.values()].map(async (events) => {
        for (const event of events) {
          const outcome = await deliverOne(deps, event, payloads.get(event.id));
          tally[outcome]++;
          if (outcome === "retrying") {
            const at = new Date(deps.clock.now().getTime() + WEBHOOK_POLICY.backoffMs(event.attempts));
            options.onRetry?.(event.id, at);
          }
        }
      }),
    );
  }
}

async function deliverOne(
  deps: WebhookDeps,
  event: webhooks.ClaimedEvent,
  payload: webhooks.EventPayload | undefined,
): Promise<keyof WebhookTally> {
  const { db, clock } = deps;
  if (!payload) {
    // The move was unpublished or removed since: nothing to tell.
    await webhooks.markEventFailed(
      db,
      {
        id: event.id,
        webhookId: event.webhookId,
        error: "mouvement retiré avant l’envoi",
        nextAttemptAt: null,
      },
      Number.POSITIVE_INFINITY,
    );
    return "failed";
  }
  const body = webhookBody(payload, deps.config.PUBLIC_URL);
  const timestamp = Math.floor(clock.now().getTime() / 1000);
  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(payload.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Carnet-Webhooks/1",
        "X-Carnet-Event": "move.published",
        "X-Carnet-Delivery": String(event.id),
        "X-Carnet-Timestamp": String(timestamp),
        "X-Carnet-Signature": signWebhook(payload.secret, timestamp, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_POLICY.timeoutMs),
    });
    statusCode = response.status;
    await response.body?.cancel();
    if (!response.ok) error = `HTTP ${response.status}`;
  } catch (e) {
    error =
      (e as Error).name === "TimeoutError" ? "délai dépassé" : String((e as Error).message).slice(0, 300);
  }
  const durationMs = Math.round(performance.now() - started);
  await webhooks.logAttempt(db, { eventId: event.id, statusCode, error, durationMs });
  if (error === null) {
    await webhooks.markEventSent(db, event.id, event.webhookId, clock.now());
    return "sent";
  }
  const giveUp = event.attempts >= WEBHOOK_POLICY.maxAttempts;
  const nextAttemptAt = giveUp
    ? null
    : new Date(clock.now().getTime() + WEBHOOK_POLICY.backoffMs(event.attempts));
  const disabled = await webhooks.markEventFailed(
    db,
    { id: event.id, webhookId: event.webhookId, error, nextAttemptAt },
    deps.config.WEBHOOK_DISABLE_AFTER,
  );
  deps.logger.warn({ webhookId: event.webhookId, eventId: event.id, error }, "webhook delivery failed");
  if (disabled) await tellAdmins(deps, payload, error);
  return giveUp ? "failed" : "retrying";
}

async function tellAdmins(deps: WebhookDeps, payload: webhooks.EventPayload, error: string) {
  const to = await webhooks.adminEmails(deps.db);
  if (to.length === 0) return;
  try {
    await sendEmail(deps, {
      to,
      subject: `Webhook « ${payload.hookName} » désactivé`,
      template: "webhook-disabled",
      data: {
        name: payload.hookName,
        url: payload.url,
        failures: deps.config.WEBHOOK_DISABLE_AFTER,
        error,
        manageUrl: deps.config.PUBLIC_URL + paths.adminIntegrations(),
      },
    });
  } catch (e) {
    deps.logger.error({ err: e, webhookId: payload.webhookId }, "webhook-disabled e-mail not sent");
  }
}
