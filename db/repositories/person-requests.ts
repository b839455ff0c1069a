import { sql } from "kysely";
import type { PersonRequestKind } from "../schema.ts";
import type { Queryable } from "./types.ts";

/** Listed people's requests (migration 0014): created unconfirmed, opened by the mailed link, decided by an admin. */

export interface NewPersonRequest {
  kind: PersonRequestKind;
  personId: number;
  personName: string;
  personSlug: string;
  moveId: number | null;
  details: string;
  email: string;
}

export async function create(db: Queryable, request: NewPersonRequest): Promise<number> {
  const row = await db
    .insertInto("person_requests")
    .values({
      kind: request.kind,
      person_id: request.personId,
      person_name: request.personName,
      person_slug: request.personSlug,
      move_id: request.moveId,
      details: request.details,
      email: request.email,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Stores the hash of the token the confirmation e-mail is about to carry (made by the outbox worker
 * when it sends, so no usable link is stored); the address, or null when the request no longer waits.
 */
export async function setConfirmToken(
  db: Queryable,
  id: number,
  token: { hash: string; expiresAt: Date },
): Promise<{ email: string; person_name: string; kind: PersonRequestKind } | null> {
  const row = await db
    .updateTable("person_requests")
    .set({ confirm_token_hash: token.hash, confirm_token_expires_at: token.expiresAt })
    .where("id", "=", id)
    .where("status", "=", "unconfirmed")
    .returning(["email", "person_name", "kind"])
    .executeTakeFirst();
  return row ?? null;
}

export async function findByConfirmToken(db: Queryable, hash: string, now: Date) {
  return db
    .selectFrom("person_requests")
    .select(["id", "kind", "person_name"])
    .where("confirm_token_hash", "=", hash)
    .where("status", "=", "unconfirmed")
    .where("confirm_token_expires_at", ">", now)
    .executeTakeFirst();
}

/**
 * The link was followed: the request enters the queue, due one calendar month later (GDPR
 * art. 12(3): "within one month of receipt", receipt being when we know the address is theirs).
 */
export async function confirmByToken(db: Queryable, hash: string, now: Date) {
  const row = await db
    .updateTable("person_requests")
    .set({
      status: "open",
      confirmed_at: now,
      due_at: sql<Date>`${now}::timestamptz + interval '1 month'`,
      confirm_token_hash: null,
      confirm_token_expires_at: null,
    })
    .where("confirm_token_hash", "=", hash)
    .where("status", "=", "unconfirmed")
    .where("confirm_token_expires_at", ">", now)
    .returning(["id", "kind", "person_name", "due_at"])
    .executeTakeFirst();
  return row ?? null;
}

const ADMIN_COLUMNS = [
  "r.id",
  "r.kind",
  "r.status",
  "r.person_id",
  "r.person_name",
  "r.person_slug",
  "r.move_id",
  "r.details",
  "r.email",
  "r.created_at",
  "r.confirmed_at",
  "r.due_at",
  "r.decided_at",
  "r.response",
  "a.email as decided_by_email",
] as const;

/** The queue: open requests, soonest due first; then the latest decided ones. Unconfirmed never appear. */
export async function listForAdmin(db: Queryable, decidedLimit: number) {
  const open = await db
    .selectFrom("person_requests as r")
    .leftJoin("admin_users as a", "a.id", "r.decided_by")
    .select(ADMIN_COLUMNS)
    .where("r.status", "=", "open")
    .orderBy("r.due_at")
    .orderBy("r.id")
    .execute();
  const decided = await db
    .selectFrom("person_requests as r")
    .leftJoin("admin_users as a", "a.id", "r.decided_by")
    .select(ADMIN_COLUMNS)
    .where("r.status", "in", ["accepted", "refused"])
    .orderBy("r.decided_at", "desc")
    .limit(decidedLimit)
    .execute();
  return { open, decided };
}

/** One request as the admin sees it; an unconfirmed one is not theirs to see. */
export async function findForAdmin(db: Queryable, id: number) {
  return db
    .selectFrom("person_requests as r")
    .leftJoin("admin_users as a", "a.id", "r.decided_by")
    .select(ADMIN_COLUMNS)
    .where("r.id", "=", id)
    .where("r.status", "<>", "unconfirmed")
    .executeTakeFirst();
}

/** Locks an open request for its decision, so two admins cannot answer it twice. */
export async function lockOpen(db: Queryable, id: number) {
  return db
    .selectFrom("person_requests")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "open")
    .forUpdate()
    .executeTakeFirst();
}

export async function decide(
  db: Queryable,
  id: number,
  decision: { status: "accepted" | "refused"; response: string; by: number | null; at: Date },
) {
  await db
    .updateTable("person_requests")
    .set({
      status: decision.status,
      response: decision.response,
      decided_by: decision.by,
      decided_at: decision.at,
    })
    .where("id", "=", id)
    .execute();
}

/** Open requests due before `until` (this week's), and how many of them are already past due. */
export async function countDue(db: Queryable, now: Date, until: Date) {
  const row = await db
    .selectFrom("person_requests")
    .select((eb) => [
      eb.fn.countAll<number>().as("due"),
      eb.fn.count<number>("id").filterWhere("due_at", "<", now).as("overdue"),
    ])
    .where("status", "=", "open")
    .where("due_at", "<", until)
    .executeTakeFirstOrThrow();
  return { due: Number(row.due), overdue: Number(row.overdue) };
}

/** What the outcome e-mail says: the decision and the admin's words. */
export async function findDecided(db: Queryable, id: number) {
  return db
    .selectFrom("person_requests")
    .select(["id", "kind", "status", "email", "person_name", "person_slug", "person_id", "response"])
    .where("id", "=", id)
    .where("status", "in", ["accepted", "refused"])
    .executeTakeFirst();
}

/** The request's e-mails and where each stands (the outbox row is the proof an answer left). */
export async function mails(db: Queryable, id: number) {
  return db
    .selectFrom("mail_outbox")
    .select(["id", "kind", "status", "created_at", "sent_at", "last_error"])
    .where("person_request_id", "=", id)
    .orderBy("id")
    .execute();
}
