import { sql } from "kysely";
import type { Frequency, Subscriber } from "../schema.ts";
import { replaceSavedSearches, type SavedSearchCriteria } from "./saved-searches.ts";
import type { Queryable } from "./types.ts";

/** Subscribers and the companies they follow. Addresses are unique case-insensitively. */

export interface Preferences {
  frequency: Frequency;
  includeDepartures: boolean;
  /** Companies as typed, with their normalized keys (jobs/parse companyKey). */
  follows: { name: string; key: string }[];
  /** Followed people, by id (issue 18). */
  people: number[];
  searches: SavedSearchCriteria[];
}

/**
 * The subscriber row for an address, created 'pending' if unknown, locked for the caller's
 * transaction so two submissions of one address cannot interleave.
 */
export async function lockOrCreateByEmail(db: Queryable, email: string): Promise<Subscriber> {
  await sql`INSERT INTO subscribers (email) VALUES (${email}) ON CONFLICT ((lower(email))) DO NOTHING`.execute(
    db,
  );
  return db
    .selectFrom("subscribers")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.toLowerCase())
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function findById(db: Queryable, id: number): Promise<Subscriber | undefined> {
  return db.selectFrom("subscribers").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listFollows(
  db: Queryable,
  subscriberId: number,
): Promise<{ name: string; key: string }[]> {
  return db
    .selectFrom("follows")
    .select(["company_name as name", "company_key as key"])
    .where("subscriber_id", "=", subscriberId)
    .orderBy("company_name")
    .execute();
}

/** The people a subscriber follows, by name. */
export async function listPersonFollows(
  db: Queryable,
  subscriberId: number,
): Promise<{ id: number; name: string; slug: string }[]> {
  return db
    .selectFrom("person_follows as pf")
    .innerJoin("people as p", "p.id", "pf.person_id")
    .select(["p.id", "p.name", "p.slug"])
    .where("pf.subscriber_id", "=", subscriberId)
    .orderBy("p.name")
    .execute();
}

/** Replaces frequency, departures option and follows in one go (callers pass a transaction). */
export async function savePreferences(db: Queryable, subscriberId: number, prefs: Preferences) {
  await db
    .updateTable("subscribers")
    .set({ frequency: prefs.frequency, include_departures: prefs.includeDepartures, updated_at: sql`now()` })
    .where("id", "=", subscriberId)
    .execute();
  await db.deleteFrom("follows").where("subscriber_id", "=", subscriberId).execute();
  if (prefs.follows.length > 0)
    await db
      .insertInto("follows")
      .values(
        prefs.follows.map((f) => ({ subscriber_id: subscriberId, company_name: f.name, company_key: f.key })),
      )
      .onConflict((oc) => oc.columns(["subscriber_id", "company_key"]).doNothing())
      .execute();
  let unfollow = db.deleteFrom("person_follows").where("subscriber_id", "=", subscriberId);
  if (prefs.people.length > 0) unfollow = unfollow.where("person_id", "not in", prefs.people);
  await unfollow.execute();
  if (prefs.people.length > 0)
    await db
      .insertInto("person_follows")
      .values(prefs.people.map((personId) => ({ subscriber_id: subscriberId, person_id: personId })))
      .onConflict((oc) => oc.columns(["subscriber_id", "person_id"]).doNothing())
      .execute();
  await replaceSavedSearches(db, { subscriberId }, prefs.searches);
}

/**
 * (Re)starts double opt-in: the row goes back to 'pending' until `expiresAt`. No token yet: the
 * mail worker makes one when it sends the confirmation (setConfirmToken), so none is stored in clear.
 */
export async function startConfirmation(db: Queryable, subscriberId: number, expiresAt: Date) {
  await db
    .updateTable("subscribers")
    .set({
      status: "pending",
      confirm_token_hash: null,
      confirm_token_expires_at: expiresAt,
      confirmed_at: null,
      updated_at: sql`now()`,
    })
    .where("id", "=", subscriberId)
    .execute();
}

/**
 * The token of the confirmation e-mail being sent (it replaces any earlier one, whose link then
 * stops working); the address, or null when the subscriber is no longer pending or is gone.
 */
export async function setConfirmToken(
  db: Queryable,
  subscriberId: number,
  token: { hash: string; expiresAt: Date },
): Promise<string | null> {
  const row = await db
    .updateTable("subscribers")
    .set({ confirm_token_hash: token.hash, confirm_token_expires_at: token.expiresAt })
    .where("id", "=", subscriberId)
    .where("status", "=", "pending")
    .returning("email")
    .executeTakeFirst();
  return row?.email ?? null;
}

export async function markConfirmationSent(db: Queryable, subscriberId: number, now: Date) {
  await db
    .updateTable("subscribers")
    .set({ confirmation_sent_at: now })
    .where("id", "=", subscriberId)
    .execute();
}

/** Pending subscriber holding this unexpired token, without consuming it (the page before the button). */
export async function findByConfirmToken(db: Queryable, tokenHash: string, now: Date) {
  return db
    .selectFrom("subscribers")
    .selectAll()
    .where("confirm_token_hash", "=", tokenHash)
    .where("confirm_token_expires_at", ">", now)
    .where("status", "=", "pending")
    .executeTakeFirst();
}

/** Consumes the token: one UPDATE, so a link used twice (or in two tabs) confirms once. */
export async function confirmByToken(db: Queryable, tokenHash: string, now: Date): Promise<number | null> {
  const row = await db
    .updateTable("subscribers")
    .set({
      status: "confirmed",
      confirmed_at: now,
      confirm_token_hash: null,
      confirm_token_expires_at: null,
      unsubscribed_at: null,
      updated_at: sql`now()`,
    })
    .where("confirm_token_hash", "=", tokenHash)
    .where("confirm_token_expires_at", ">", now)
    .where("status", "=", "pending")
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function unsubscribe(db: Queryable, subscriberId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("subscribers")
    .set({ status: "unsubscribed", unsubscribed_at: now, updated_at: sql`now()` })
    .where("id", "=", subscriberId)
    .where("status", "=", "confirmed")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Erasure: the subscriber and their follows go (ON DELETE CASCADE); deliveries and digests keep
 * their counts with subscriber_id set to NULL (ON DELETE SET NULL), so nothing left names them.
 */
export async function erase(db: Queryable, subscriberId: number): Promise<boolean> {
  const result = await db.deleteFrom("subscribers").where("id", "=", subscriberId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** An unsubscribed subscriber back through their signed manage link: alerts count from now. */
export async function resubscribe(db: Queryable, subscriberId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("subscribers")
    .set({ status: "confirmed", confirmed_at: now, unsubscribed_at: null, updated_at: sql`now()` })
    .where("id", "=", subscriberId)
    .where("status", "=", "unsubscribed")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The e-mail counted by the per-address limit never left: let the address ask again. */
export async function clearConfirmationSent(db: Queryable, subscriberId: number) {
  await db
    .updateTable("subscribers")
    .set({ confirmation_sent_at: null })
    .where("id", "=", subscriberId)
    .execute();
}

/** The consent trail's first step (0010_3): which wording, from which form and address. */
export async function recordConsent(
  db: Queryable,
  subscriberId: number,
  consent: { textId: number; ip: string | null; form: string },
) {
  await db
    .updateTable("subscribers")
    .set({ consent_text_id: consent.textId, subscribed_ip: consent.ip, subscribed_from: consent.form })
    .where("id", "=", subscriberId)
    .execute();
}

/** One step of the consent trail: confirmation, changes of follows, frequency and state. */
export async function recordEvent(
  db: Queryable,
  subscriberId: number,
  event: string,
  detail: unknown = null,
) {
  await db
    .insertInto("subscriber_events")
    .values({ subscriber_id: subscriberId, event, detail: detail === null ? null : JSON.stringify(detail) })
    .execute();
}

export async function events(db: Queryable, subscriberId: number) {
  return db
    .selectFrom("subscriber_events")
    .select(["event", "detail", "created_at"])
    .where("subscriber_id", "=", subscriberId)
    .orderBy("id")
    .execute();
}

/** Erasure's only remainder: the address's HMAC, never the address. */
export async function recordErasure(db: Queryable, addressHash: string, now: Date) {
  await db
    .insertInto("erased_subscribers")
    .values({ address_hash: addressHash, erased_at: now })
    .onConflict((oc) => oc.column("address_hash").doUpdateSet({ erased_at: sql<Date>`excluded.erased_at` }))
    .execute();
}
