import { sql } from "kysely";
import type { DeliveryReason, DigestStatus, Frequency, OutboxStatus, SubscriberStatus } from "../schema.ts";
import { escapeLike } from "./audit.ts";
import type { Queryable } from "./types.ts";

/** Subscribers and the mail log as the admin console shows them. */

export interface SubscriberListRow {
  id: number;
  email: string;
  status: SubscriberStatus;
  frequency: Frequency;
  created_at: Date;
  confirmed_at: Date | null;
  unsubscribed_at: Date | null;
  follows_count: number;
  /** Moves in the subscriber's digests (migration 0018: each digest carries its moves), skipped ones included. */
  deliveries_count: number;
}

/**
 * The admin's subscriber list, newest first: the page's subscribers first (walking
 * subscribers_created_idx, or subscribers_email_trgm_idx for an e-mail search: migration 0025_subscriber_list),
 * then their follows and delivered moves counted in one grouped pass each over that page's ids
 * (follows' unique key, alert_digests_subscriber_idx), joined to it. Measured on 100,000
 * subscribers (npm run bench:subscribers-admin, README "Admin subscriber list").
 */
export async function search(
  db: Queryable,
  filters: { q: string; status?: SubscriberStatus },
  limit = 100,
): Promise<SubscriberListRow[]> {
  const conditions = [
    ...(filters.q ? [sql`email ILIKE ${`%${escapeLike(filters.q)}%`}`] : []),
    ...(filters.status ? [sql`status = ${filters.status}`] : []),
  ];
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const { rows } = await sql<SubscriberListRow>`
    WITH page AS (
      SELECT id, email, status, frequency, created_at, confirmed_at, unsubscribed_at
      FROM subscribers ${where}
      ORDER BY created_at DESC, id DESC
      LIMIT ${limit}
    ), follow_counts AS (
      SELECT subscriber_id, count(*)::int AS n FROM follows
      WHERE subscriber_id IN (SELECT id FROM page) GROUP BY subscriber_id
    ), delivery_counts AS (
      SELECT subscriber_id, sum(cardinality(move_ids))::int AS n FROM alert_digests
      WHERE subscriber_id IN (SELECT id FROM page) GROUP BY subscriber_id
    )
    SELECT p.id, p.email, p.status, p.frequency, p.created_at, p.confirmed_at, p.unsubscribed_at,
      coalesce(f.n, 0) AS follows_count, coalesce(d.n, 0) AS deliveries_count
    FROM page p
    LEFT JOIN follow_counts f ON f.subscriber_id = p.id
    LEFT JOIN delivery_counts d ON d.subscriber_id = p.id
    ORDER BY p.created_at DESC, p.id DESC`.execute(db);
  return rows;
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

/** The e-mails a request owed this subscriber (confirmation, manage link), newest first. */
export async function outboxMails(db: Queryable, subscriberId: number, limit = 50) {
  return db
    .selectFrom("mail_outbox")
    .select(["id", "kind", "status", "created_at", "sent_at", "last_error"])
    .where("subscriber_id", "=", subscriberId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/**
 * Every e-mail a web request owed (subscription confirmation and manage link, a person's request
 * confirmation and answer), newest first, with its recipient, for the site-wide mail log.
 */
export async function outboxLog(db: Queryable, filters: { status?: OutboxStatus; q?: string }, limit = 200) {
  let query = db
    .selectFrom("mail_outbox as o")
    .leftJoin("subscribers as s", "s.id", "o.subscriber_id")
    .leftJoin("person_requests as r", "r.id", "o.person_request_id")
    .select([
      "o.id",
      "o.kind",
      "o.status",
      "o.attempts",
      "o.last_error",
      "o.created_at",
      "o.sent_at",
      "o.subscriber_id",
      "o.person_request_id",
      (eb) => eb.fn.coalesce("s.email", "r.email").as("email"),
    ])
    .orderBy("o.id", "desc")
    .limit(limit);
  if (filters.status) query = query.where("o.status", "=", filters.status);
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    query = query.where((eb) => eb.or([eb("s.email", "ilike", pattern), eb("r.email", "ilike", pattern)]));
  }
  return query.execute();
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
