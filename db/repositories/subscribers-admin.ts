import { sql } from "kysely";
import type { DigestStatus, SubscriberStatus } from "../schema.ts";
import { escapeLike } from "./audit.ts";
import type { Queryable } from "./types.ts";

/** Subscribers and the mail log as the admin console shows them. */

export async function search(db: Queryable, filters: { q: string; status?: SubscriberStatus }, limit = 100) {
  let query = db
    .selectFrom("subscribers as s")
    .select([
      "s.id",
      "s.email",
      "s.status",
      "s.frequency",
      "s.created_at",
      "s.confirmed_at",
      "s.unsubscribed_at",
      (eb) =>
        eb
          .selectFrom("follows")
          .select((f) => f.fn.countAll<number>().as("n"))
          .whereRef("follows.subscriber_id", "=", "s.id")
          .as("follows_count"),
      (eb) =>
        eb
          .selectFrom("alert_deliveries")
          .select((f) => f.fn.countAll<number>().as("n"))
          .whereRef("alert_deliveries.subscriber_id", "=", "s.id")
          .as("deliveries_count"),
    ])
    .orderBy("s.created_at", "desc")
    .orderBy("s.id", "desc")
    .limit(limit);
  if (filters.q) query = query.where("s.email", "ilike", `%${escapeLike(filters.q)}%`);
  if (filters.status) query = query.where("s.status", "=", filters.status);
  return query.execute();
}

export async function findById(db: Queryable, id: number) {
  return db.selectFrom("subscribers").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A subscriber's follows, each with the company it designates today (by key or alias), if any. */
export async function follows(db: Queryable, subscriberId: number) {
  const { rows } = await sql<{
    company_name: string;
    company_key: string;
    created_at: Date;
    company_slug: string | null;
  }>`
    SELECT f.company_name, f.company_key, f.created_at, coalesce(
      (SELECT c.slug FROM companies c WHERE c.key = f.company_key),
      (SELECT c.slug FROM company_aliases a JOIN companies c ON c.id = a.company_id WHERE a.key = f.company_key)
    ) AS company_slug
    FROM follows f
    WHERE f.subscriber_id = ${subscriberId}
    ORDER BY f.company_name`.execute(db);
  return rows;
}

/** What this subscriber was (or will be) told about, newest first, with the e-mail it went in. */
export async function deliveries(db: Queryable, subscriberId: number, limit = 100) {
  return db
    .selectFrom("alert_deliveries as d")
    .innerJoin("moves as m", "m.id", "d.move_id")
    .innerJoin("people as p", "p.id", "m.person_id")
    .innerJoin("companies as c", "c.id", "m.company_id")
    .leftJoin("alert_digests as g", "g.id", "d.digest_id")
    .select([
      "d.id",
      "d.reason",
      "d.created_at",
      "p.name as person_name",
      "m.role",
      "c.name as company_name",
      "g.id as digest_id",
      "g.status as digest_status",
      "g.sent_at",
    ])
    .where("d.subscriber_id", "=", subscriberId)
    .orderBy("d.id", "desc")
    .limit(limit)
    .execute();
}

/** Alert e-mails, newest first: their state and, when they failed, what the SMTP server said. */
export async function mailLog(
  db: Queryable,
  filters: { status?: DigestStatus; q?: string; subscriberId?: number },
  limit = 200,
) {
  let query = db
    .selectFrom("alert_digests as g")
    .leftJoin("subscribers as s", "s.id", "g.subscriber_id")
    .select([
      "g.id",
      "g.status",
      "g.subject",
      "g.attempts",
      "g.last_error",
      "g.next_attempt_at",
      "g.sent_at",
      "g.created_at",
      "s.id as subscriber_id",
      "s.email",
      (eb) =>
        eb
          .selectFrom("alert_deliveries")
          .select((f) => f.fn.countAll<number>().as("n"))
          .whereRef("alert_deliveries.digest_id", "=", "g.id")
          .as("moves_count"),
    ])
    .orderBy("g.created_at", "desc")
    .orderBy("g.id", "desc")
    .limit(limit);
  if (filters.status) query = query.where("g.status", "=", filters.status);
  if (filters.q) query = query.where("s.email", "ilike", `%${escapeLike(filters.q)}%`);
  if (filters.subscriberId) query = query.where("g.subscriber_id", "=", filters.subscriberId);
  return query.execute();
}

/** Pairs a round did not mail because the move was too old (ALERTS_MAX_AGE_DAYS), newest first. */
export async function skippedAlerts(db: Queryable, filters: { q?: string }, limit = 200) {
  let query = db
    .selectFrom("alert_deliveries as d")
    .innerJoin("moves as m", "m.id", "d.move_id")
    .innerJoin("people as p", "p.id", "m.person_id")
    .innerJoin("companies as c", "c.id", "m.company_id")
    .leftJoin("subscribers as s", "s.id", "d.subscriber_id")
    .select([
      "d.id",
      "d.created_at",
      "d.skipped_reason",
      "m.published_at",
      "p.name as person_name",
      "p.slug as person_slug",
      "c.name as company_name",
      "s.id as subscriber_id",
      "s.email",
    ])
    .where("d.skipped_reason", "is not", null)
    .orderBy("d.created_at", "desc")
    .orderBy("d.id", "desc")
    .limit(limit);
  if (filters.q) query = query.where("s.email", "ilike", `%${escapeLike(filters.q)}%`);
  return query.execute();
}
