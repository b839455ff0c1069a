import type { Queryable } from "./types.ts";

/**
 * The retention purge's SQL (issue 17 item 4): each statement deletes only what is past its cutoff,
 * so running it twice, or from two processes, deletes nothing more.
 */
export interface RetentionCutoffs {
  now: Date;
  /** Pending subscriptions created before this and no longer confirmable are deleted. */
  unconfirmedBefore: Date;
  /** Import drafts (raw uploaded files awaiting confirmation) uploaded before this are deleted. */
  uploadsBefore: Date;
  /** Sent or failed outbox rows created before this are deleted. */
  outboxBefore: Date;
  /** Listed people's requests never confirmed, made before this and no longer confirmable, are deleted. */
  unconfirmedRequestsBefore: Date;
  /** Answered requests decided before this are deleted (their outcome e-mails go with them). */
  decidedRequestsBefore: Date;
}

export interface PurgeCounts {
  unconfirmedSubscriptions: number;
  expiredTokens: number;
  sessions: number;
  uploads: number;
  outbox: number;
  unconfirmedRequests: number;
  requestTokens: number;
  decidedRequests: number;
}

export async function purge(db: Queryable, cutoffs: RetentionCutoffs): Promise<PurgeCounts> {
  const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
    Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0n);
  // Follows and outbox rows go with the subscriber (ON DELETE CASCADE).
  const unconfirmed = await db
    .deleteFrom("subscribers")
    .where("status", "=", "pending")
    .where("created_at", "<", cutoffs.unconfirmedBefore)
    .where((eb) =>
      eb.or([eb("confirm_token_expires_at", "is", null), eb("confirm_token_expires_at", "<", cutoffs.now)]),
    )
    .executeTakeFirst();
  // A confirmation link past its time can never be used: keep no trace of it.
  const tokens = await db
    .updateTable("subscribers")
    .set({ confirm_token_hash: null })
    .where("confirm_token_hash", "is not", null)
    .where("confirm_token_expires_at", "<", cutoffs.now)
    .executeTakeFirst();
  const sessions = await db.deleteFrom("session").where("expire", "<", cutoffs.now).executeTakeFirst();
  const uploads = await db
    .deleteFrom("import_drafts")
    .where("created_at", "<", cutoffs.uploadsBefore)
    .executeTakeFirst();
  const outbox = await db
    .deleteFrom("mail_outbox")
    .where("status", "in", ["sent", "failed"])
    .where("created_at", "<", cutoffs.outboxBefore)
    .executeTakeFirst();
  // Listed people's requests (migration 0014): an unconfirmed one never reached an admin.
  const unconfirmedRequests = await db
    .deleteFrom("person_requests")
    .where("status", "=", "unconfirmed")
    .where("created_at", "<", cutoffs.unconfirmedRequestsBefore)
    .where((eb) =>
      eb.or([eb("confirm_token_expires_at", "is", null), eb("confirm_token_expires_at", "<", cutoffs.now)]),
    )
    .executeTakeFirst();
  const requestTokens = await db
    .updateTable("person_requests")
    .set({ confirm_token_hash: null })
    .where("confirm_token_hash", "is not", null)
    .where("confirm_token_expires_at", "<", cutoffs.now)
    .executeTakeFirst();
  const decidedRequests = await db
    .deleteFrom("person_requests")
    .where("status", "in", ["accepted", "refused"])
    .where("decided_at", "<", cutoffs.decidedRequestsBefore)
    .executeTakeFirst();
  return {
    unconfirmedSubscriptions: count(unconfirmed),
    expiredTokens: count(tokens),
    sessions: count(sessions),
    uploads: count(uploads),
    outbox: count(outbox),
    unconfirmedRequests: count(unconfirmedRequests),
    requestTokens: count(requestTokens),
    decidedRequests: count(decidedRequests),
  };
}
