import { sql } from "kysely";
import type { OutboxKind } from "../schema.ts";
import type { Queryable } from "./types.ts";

/** The mail outbox (migration 0010_1): rows written by requests, claimed and sent by a worker. */

export interface OutboxEntry {
  kind: OutboxKind;
  subscriberId?: number;
  /** A listed person's request (migration 0014): its confirmation or its outcome. */
  personRequestId?: number;
}

export interface ClaimedMail {
  id: number;
  kind: OutboxKind;
  subscriberId: number | null;
  personRequestId: number | null;
  attempts: number;
}

/** Callers pass the transaction that made the e-mail necessary, so both commit or neither. */
export async function enqueue(db: Queryable, entry: OutboxEntry): Promise<number> {
  const row = await db
    .insertInto("mail_outbox")
    .values({
      kind: entry.kind,
      subscriber_id: entry.subscriberId ?? null,
      person_request_id: entry.personRequestId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Takes one queued row (or one left 'sending' by a process that died more than staleMs ago) for
 * this worker: one UPDATE, so two workers holding a job for the same row send it once.
 */
export async function claim(
  db: Queryable,
  id: number,
  now: Date,
  staleMs: number,
): Promise<ClaimedMail | null> {
  const row = await db
    .updateTable("mail_outbox")
    .set({ status: "sending", claimed_at: now, attempts: sql`attempts + 1` })
    .where("id", "=", id)
    .where((eb) =>
      eb.or([
        eb("status", "=", "queued"),
        eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", new Date(now.getTime() - staleMs))]),
      ]),
    )
    .returning([
      "id",
      "kind",
      "subscriber_id as subscriberId",
      "person_request_id as personRequestId",
      "attempts",
    ])
    .executeTakeFirst();
  return row ?? null;
}

export async function markSent(db: Queryable, id: number, now: Date) {
  await db
    .updateTable("mail_outbox")
    .set({ status: "sent", sent_at: now, last_error: null })
    .where("id", "=", id)
    .execute();
}

/** A transient failure: back to 'queued' for the job queue's next attempt. */
export async function markQueued(db: Queryable, id: number, reason: string) {
  await db
    .updateTable("mail_outbox")
    .set({ status: "queued", last_error: reason })
    .where("id", "=", id)
    .execute();
}

export async function markFailed(db: Queryable, id: number, reason: string) {
  await db
    .updateTable("mail_outbox")
    .set({ status: "failed", last_error: reason })
    .where("id", "=", id)
    .execute();
}

/**
 * Rows owed but apparently forgotten: queued for more than `olderThanMs` (the job that should have
 * carried them was never written, e.g. the queue was down) or claimed by a dead process.
 */
export async function findForgotten(db: Queryable, now: Date, olderThanMs: number, staleMs: number) {
  const rows = await db
    .selectFrom("mail_outbox")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "queued"), eb("created_at", "<", new Date(now.getTime() - olderThanMs))]),
        eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", new Date(now.getTime() - staleMs))]),
      ]),
    )
    .orderBy("id")
    .limit(1000)
    .execute();
  return rows.map((r) => r.id);
}

/** Every row still owed, oldest first (the CLI and tests drain the outbox without the queue). */
export async function listQueued(db: Queryable): Promise<number[]> {
  const rows = await db
    .selectFrom("mail_outbox")
    .select("id")
    .where("status", "=", "queued")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}
