import { findPerson } from "../../db/repositories/directory-admin.ts";
import * as outbox from "../../db/repositories/mail-outbox.ts";
import * as personRequests from "../../db/repositories/person-requests.ts";
import { listSavedSearches } from "../../db/repositories/saved-searches.ts";
import * as subscribers from "../../db/repositories/subscribers.ts";
import { classifySmtpError, type Email, sendEmail } from "../../server/mail/send.ts";
import { createSignedLinks, newConfirmToken } from "../../server/mail/signed-links.ts";
import { record } from "../../server/services/audit.ts";
import { MAILER } from "../../server/services/person-requests.ts";
import { CONFIRM_TOKEN_TTL_MS } from "../../server/services/subscriptions.ts";
import { paths } from "../../shared/site-paths.ts";
import type { JobDeps } from "../deps.ts";

/**
 * Sends one outbox row (jobs/register.ts runs this for each `mail-outbox` job): claim, compose from
 * the ids the row carries, send, mark. A transient SMTP failure puts the row back in the queue and
 * throws, so pg-boss retries it with backoff; a 5xx reply, or too many attempts, marks it failed
 * with the server's reason. A row whose recipient is gone (erased, already confirmed) is dropped.
 */
export type OutboxDeps = Pick<JobDeps, "db" | "config" | "mailer" | "views" | "clock" | "logger">;

export const OUTBOX_POLICY = {
  /** A 'sending' row older than this belongs to a dead process. */
  staleMs: 10 * 60_000,
  /** A queued row older than this lost its job (queue down at enqueue time): the sweep requeues it. */
  forgottenMs: 2 * 60_000,
  maxAttempts: 8,
};

export type OutboxOutcome = "sent" | "failed" | "dropped" | "retrying" | "not-claimed";

export class TransientMailFailure extends Error {
  override name = "TransientMailFailure";
}

type Message = Email & {
  to: string;
  /** Run once the server accepted the message (an audit entry for a request's outcome). */
  afterSent?: () => Promise<void>;
};

export async function deliverOutboxMail(deps: OutboxDeps, id: number): Promise<OutboxOutcome> {
  const { db, clock, logger } = deps;
  const row = await outbox.claim(db, id, clock.now(), OUTBOX_POLICY.staleMs);
  if (!row) return "not-claimed";
  const message = await compose(deps, row);
  if (!message) {
    await outbox.markFailed(db, id, "recipient gone or no longer waiting for this e-mail");
    return "dropped";
  }
  try {
    const { afterSent, ...email } = message;
    await sendEmail(deps, email);
    await outbox.markSent(db, id, clock.now());
    await afterSent?.();
    return "sent";
  } catch (error) {
    const { permanent, reason } = classifySmtpError(error);
    if (permanent || row.attempts >= OUTBOX_POLICY.maxAttempts) {
      await outbox.markFailed(
        db,
        id,
        permanent ? reason : `gave up after ${row.attempts} attempts: ${reason}`,
      );
      // The address may ask again at once: the per-address limit counts e-mails that left.
      if (row.subscriberId !== null) await subscribers.clearConfirmationSent(db, row.subscriberId);
      logger.warn({ outboxId: id, kind: row.kind, reason }, "e-mail not sent");
      return "failed";
    }
    await outbox.markQueued(db, id, reason);
    throw new TransientMailFailure(`outbox ${id}: ${reason}`);
  }
}

/** Sends every queued row now, one after another (tests, and `carnet` commands without a scheduler). */
export async function deliverQueuedMail(deps: OutboxDeps): Promise<Record<OutboxOutcome, number>> {
  const tally: Record<OutboxOutcome, number> = {
    sent: 0,
    failed: 0,
    dropped: 0,
    retrying: 0,
    "not-claimed": 0,
  };
  for (const id of await outbox.listQueued(deps.db)) {
    try {
      tally[await deliverOutboxMail(deps, id)]++;
    } catch (error) {
      if (!(error instanceof TransientMailFailure)) throw error;
      tally.retrying++;
    }
  }
  return tally;
}

async function compose(deps: OutboxDeps, row: outbox.ClaimedMail): Promise<Message | null> {
  const { db, config, clock } = deps;
  if (row.personRequestId !== null) return composePersonRequestMail(deps, row.kind, row.personRequestId);
  if (row.subscriberId === null) return null;
  switch (row.kind) {
    case "subscription_confirm": {
      const { token, hash } = newConfirmToken();
      const email = await subscribers.setConfirmToken(db, row.subscriberId, {
        hash,
        expiresAt: new Date(clock.now().getTime() + CONFIRM_TOKEN_TTL_MS),
      });
      if (!email) return null;
      const follows = await subscribers.listFollows(db, row.subscriberId);
      // Everything the link would confirm: companies, then people and searches (issue 18).
      const people = await subscribers.listPersonFollows(db, row.subscriberId);
      const searches = await listSavedSearches(db, row.subscriberId);
      return {
        to: email,
        subject: "Confirmez votre abonnement aux alertes Carnet",
        template: "confirm",
        data: {
          confirmUrl: config.PUBLIC_URL + paths.confirmSubscription(token),
          companies: [...follows, ...people, ...searches].map((f) => f.name).join(", "),
        },
      };
    }
    case "person_request_confirm":
    case "person_request_outcome":
      return null;
    case "subscription_manage_link": {
      const subscriber = await subscribers.findById(db, row.subscriberId);
      if (!subscriber || subscriber.status === "pending") return null;
      return {
        to: subscriber.email,
        subject: "Vos alertes Carnet",
        template: "manage-link",
        data: { manageUrl: createSignedLinks(config).manageUrl(subscriber.id) },
      };
    }
  }
}

const REQUEST_KIND_WORDS = {
  correction: "la correction d’une information de la fiche",
  removal: "le retrait de la fiche",
} as const;

/** A listed person's request (issue 17 item 1): the confirmation link, then the admin's answer. */
async function composePersonRequestMail(
  deps: OutboxDeps,
  kind: outbox.ClaimedMail["kind"],
  requestId: number,
): Promise<Message | null> {
  const { db, config, clock } = deps;
  if (kind === "person_request_confirm") {
    const { token, hash } = newConfirmToken();
    const request = await personRequests.setConfirmToken(db, requestId, {
      hash,
      expiresAt: new Date(clock.now().getTime() + CONFIRM_TOKEN_TTL_MS),
    });
    if (!request) return null;
    return {
      to: request.email,
      subject: "Confirmez votre demande concernant Carnet",
      template: "person-request-confirm",
      data: {
        confirmUrl: config.PUBLIC_URL + paths.confirmPersonRequest(token),
        personName: request.person_name,
        what: REQUEST_KIND_WORDS[request.kind],
      },
    };
  }
  if (kind !== "person_request_outcome") return null;
  const request = await personRequests.findDecided(db, requestId);
  if (!request) return null;
  const accepted = request.status === "accepted";
  const current = request.person_id ? await findPerson(db, request.person_id) : undefined;
  return {
    to: request.email,
    subject: `Votre demande concernant Carnet : ${accepted ? "acceptée" : "refusée"}`,
    template: "person-request-outcome",
    data: {
      accepted,
      removal: request.kind === "removal",
      personName: request.person_name,
      what: REQUEST_KIND_WORDS[request.kind],
      response: request.response,
      personUrl: current ? config.PUBLIC_URL + paths.person(current.slug) : null,
    },
    afterSent: () =>
      record(db, {
        actor: MAILER,
        action: "person_request.notify",
        entity: "person_request",
        entityId: requestId,
        after: { status: request.status },
      }),
  };
}
