import { sql } from "kysely";
import type { DeliveryReason, DigestStatus, SubscriberStatus } from "../schema.ts";
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
      // Each digest carries its moves (migration 0018), skipped ones included.
      sql<number>`(SELECT coalesce(sum(cardinality(g.move_ids)), 0)::int FROM alert_digests g WHERE g.subscriber_id = s.id)`.as(
        "deliveries_count",
      ),
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
  // A skipped digest (moves too old to mail) is no e-mail: its moves show with none.
  const { rows } = await sql<{
    reason: DeliveryReason;
    created_at: Date;
    person_name: string;
    role: string;
    company_name: string;
    digest_id: number | null;
    digest_status: DigestStatus | null;
    sent_at: Date | null;
  }>`
    SELECT d.reason, g.created_at, p.name AS person_name, m.role, c.name AS company_name,
      CASE WHEN g.status <> 'skipped' THEN g.id END AS digest_id,
      CASE WHEN g.status <> 'skipped' THEN g.status END AS digest_status, g.sent_at
    FROM alert_digests g
    CROSS JOIN unnest(g.move_ids, g.reasons) WITH ORDINALITY AS d (move_id, reason, n)
    JOIN moves m ON m.id = d.move_id
    JOIN people p ON p.id = m.person_id
    JOIN companies c ON c.id = m.company_id
    WHERE g.subscriber_id = ${subscriberId}
    ORDER BY g.id DESC, d.n DESC
    LIMIT ${limit}`.execute(db);
  return rows;
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
      sql<number>`cardinality(g.move_ids)`.as("moves_count"),
    ])
    // Skipped digests were never e-mails: skippedAlerts lists their moves.
    .where("g.status", "<>", "skipped")
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
  const { rows } = await sql<{
    created_at: Date;
    skipped_reason: string;
    published_at: Date | null;
    person_name: string;
    person_slug: string;
    company_name: string;
    subscriber_id: number | null;
    email: string | null;
  }>`
    SELECT g.created_at, g.skipped_reason, m.published_at, p.name AS person_name, p.slug AS person_slug,
      c.name AS company_name, s.id AS subscriber_id, s.email
    FROM alert_digests g
    CROSS JOIN unnest(g.move_ids) WITH ORDINALITY AS d (move_id, n)
    JOIN moves m ON m.id = d.move_id
    JOIN people p ON p.id = m.person_id
    JOIN companies c ON c.id = m.company_id
    LEFT JOIN subscribers s ON s.id = g.subscriber_id
    WHERE g.status = 'skipped'
      AND (${filters.q ?? null}::text IS NULL OR s.email ILIKE ${`%${escapeLike(filters.q ?? "")}%`})
    ORDER BY g.created_at DESC, g.id DESC, d.n DESC
    LIMIT ${limit}`.execute(db);
  return rows;
}
