import { sql } from "kysely";
import type { WebhookFormat } from "../schema.ts";
import type { Queryable } from "./types.ts";

/**
 * Webhooks (migration 0011): each new published move matching a hook's filter becomes one
 * webhook_events row (unique per hook and move: delivered once), sent and tracked like digests
 * (status lock, attempts, backoff), every HTTP attempt logged in webhook_attempts.
 */

export interface NewWebhook {
  name: string;
  url: string;
  secret: string;
  format: WebhookFormat;
  companyKeys: string[];
  personIds: number[];
  createdBy: number | null;
}

export async function insertWebhook(db: Queryable, hook: NewWebhook): Promise<number> {
  const row = await db
    .insertInto("webhooks")
    .values({
      name: hook.name,
      url: hook.url,
      secret: hook.secret,
      format: hook.format,
      company_keys: hook.companyKeys,
      person_ids: hook.personIds,
      created_by: hook.createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listWebhooks(db: Queryable) {
  const { rows } = await sql<{
    id: number;
    name: string;
    url: string;
    secret: string;
    format: WebhookFormat;
    company_keys: string[];
    person_names: string[];
    search_name: string | null;
    active: boolean;
    consecutive_failures: number;
    disabled_reason: string | null;
    created_at: Date;
    sent: number;
    pending: number;
    failed: number;
  }>`
    SELECT w.id, w.name, w.url, w.secret, w.format, w.company_keys,
      ARRAY(SELECT p.name FROM people p WHERE p.id = ANY(w.person_ids) ORDER BY p.name) AS person_names,
      (SELECT s.name FROM saved_searches s WHERE s.webhook_id = w.id) AS search_name,
      w.active, w.consecutive_failures, w.disabled_reason, w.created_at,
      (SELECT count(*)::int FROM webhook_events e WHERE e.webhook_id = w.id AND e.status = 'sent') AS sent,
      (SELECT count(*)::int FROM webhook_events e WHERE e.webhook_id = w.id AND e.status IN ('queued', 'sending', 'retrying')) AS pending,
      (SELECT count(*)::int FROM webhook_events e WHERE e.webhook_id = w.id AND e.status = 'failed') AS failed
    FROM webhooks w ORDER BY w.id`.execute(db);
  return rows;
}

/** The delivery log: the latest attempts, newest first, with the move they were about. */
export async function listAttempts(db: Queryable, limit = 100) {
  const { rows } = await sql<{
    webhook_name: string;
    attempted_at: Date;
    status_code: number | null;
    error: string | null;
    duration_ms: number;
    event_status: string;
    person_name: string;
  }>`
    SELECT w.name AS webhook_name, a.attempted_at, a.status_code, a.error, a.duration_ms,
      e.status AS event_status, p.name AS person_name
    FROM webhook_attempts a
    JOIN webhook_events e ON e.id = a.event_id
    JOIN webhooks w ON w.id = e.webhook_id
    JOIN moves m ON m.id = e.move_id
    JOIN people p ON p.id = m.person_id
    ORDER BY a.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

export async function deleteWebhook(db: Queryable, id: number): Promise<{ name: string } | undefined> {
  return db.deleteFrom("webhooks").where("id", "=", id).returning("name").executeTakeFirst();
}

/** Back on after a fix: counts from now on, so what was published while it was off is not replayed. */
export async function reactivateWebhook(db: Queryable, id: number): Promise<{ name: string } | undefined> {
  return db
    .updateTable("webhooks")
    .set({ active: true, consecutive_failures: 0, disabled_reason: null, created_at: sql`now()` })
    .where("id", "=", id)
    .returning("name")
    .executeTakeFirst();
}

/**
 * One set-based pass: every published move since `since` matching an active hook's filter —
 * a company (by key or alias), a person, or the hook's saved search — published after the hook
 * was created, recorded once per hook (ON CONFLICT: a second round, or a second process, adds none).
 */
export async function recordWebhookEvents(db: Queryable, since: Date): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    WITH fresh AS MATERIALIZED (
      SELECT id, person_id, company_id, kind, seniority, function, search_vector, published_at FROM moves
      WHERE status = 'published' AND published_at > ${since}
    ), company_keys AS (
      SELECT id AS company_id, key FROM companies UNION ALL SELECT company_id, key FROM company_aliases
    ), matched AS (
      SELECT w.id AS webhook_id, f.id AS move_id, w.created_at, f.published_at
      FROM webhooks w JOIN fresh f ON f.person_id = ANY(w.person_ids)
      WHERE w.active
      UNION ALL
      SELECT w.id, f.id, w.created_at, f.published_at
      FROM fresh f JOIN company_keys k ON k.company_id = f.company_id
      JOIN webhooks w ON k.key = ANY(w.company_keys)
      WHERE w.active
      UNION ALL
      SELECT w.id, f.id, w.created_at, f.published_at
      FROM saved_searches ss JOIN webhooks w ON w.id = ss.webhook_id AND w.active
      JOIN fresh f ON (ss.words_query IS NULL OR f.search_vector @@ ss.words_query)
        AND (ss.company_key IS NULL
          OR EXISTS (SELECT 1 FROM company_keys k WHERE k.company_id = f.company_id AND k.key = ss.company_key))
        AND (ss.kind IS NULL OR ss.kind = f.kind)
        AND (ss.seniority IS NULL OR ss.seniority = f.seniority)
        AND (ss.function IS NULL OR ss.function = f.function)
    ), inserted AS (
      INSERT INTO webhook_events (webhook_id, move_id)
      SELECT DISTINCT webhook_id, move_id FROM matched WHERE published_at >= created_at
      ON CONFLICT (webhook_id, move_id) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`.execute(db);
  return rows[0]!.n;
}

export interface ClaimedEvent {
  id: number;
  webhookId: number;
  moveId: number;
  attempts: number;
}

/** The status lock, as for digests: due events to 'sending', claimed by one process only. */
export async function claimDueEvents(
  db: Queryable,
  options: { now: Date; staleMs: number; limit: number; ids?: number[] },
): Promise<ClaimedEvent[]> {
  const staleBefore = new Date(options.now.getTime() - options.staleMs);
  const ids = options.ids ?? null;
  const { rows } = await sql<ClaimedEvent>`
    UPDATE webhook_events e
    SET status = 'sending', claimed_at = ${options.now}, attempts = e.attempts + 1
    WHERE e.id IN (
      SELECT ev.id FROM webhook_events ev JOIN webhooks w ON w.id = ev.webhook_id AND w.active
      WHERE (${ids}::bigint[] IS NULL OR ev.id = ANY(${ids}::bigint[]))
        AND ((ev.status IN ('queued', 'retrying') AND ev.next_attempt_at <= ${options.now})
          OR (ev.status = 'sending' AND ev.claimed_at < ${staleBefore}))
      ORDER BY ev.next_attempt_at, ev.id
      LIMIT ${options.limit}
      FOR UPDATE OF ev SKIP LOCKED)
    RETURNING e.id, e.webhook_id AS "webhookId", e.move_id AS "moveId", e.attempts`.execute(db);
  return rows;
}

export interface EventPayload {
  eventId: number;
  webhookId: number;
  url: string;
  secret: string;
  format: WebhookFormat;
  hookName: string;
  move: {
    id: number;
    role: string;
    kind: string;
    seniority: string;
    function: string;
    published_on: string;
    person: { name: string; slug: string };
    company: { name: string; slug: string };
    previous_companies: string[];
    predecessor: string | null;
    source: { issue_id: number; title: string | null; paragraph: string };
  };
}

export async function loadEventPayloads(db: Queryable, ids: number[]): Promise<EventPayload[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<EventPayload>`
    SELECT e.id AS "eventId", w.id AS "webhookId", w.url, w.secret, w.format, w.name AS "hookName",
      json_build_object('id', m.id, 'role', m.role, 'kind', m.kind, 'seniority', m.seniority,
        'function', m.function, 'published_on', m.published_on,
        'person', json_build_object('name', p.name, 'slug', p.slug),
        'company', json_build_object('name', c.name, 'slug', c.slug),
        'previous_companies', COALESCE((SELECT json_agg(pc.name ORDER BY mpc.position)
          FROM move_previous_companies mpc JOIN companies pc ON pc.id = mpc.company_id
          WHERE mpc.move_id = m.id), '[]'::json),
        'predecessor', m.predecessor_name,
        'source', json_build_object('issue_id', m.issue_id, 'title', i.title, 'paragraph', m.paragraph_text)) AS move
    FROM webhook_events e
    JOIN webhooks w ON w.id = e.webhook_id
    JOIN moves m ON m.id = e.move_id AND m.status = 'published'
    JOIN people p ON p.id = m.person_id
    JOIN companies c ON c.id = m.company_id
    JOIN newsletter_issues i ON i.id = m.issue_id
    WHERE e.id = ANY(${ids}::bigint[])`.execute(db);
  return rows;
}

export async function logAttempt(
  db: Queryable,
  attempt: { eventId: number; statusCode: number | null; error: string | null; durationMs: number },
) {
  await db
    .insertInto("webhook_attempts")
    .values({
      event_id: attempt.eventId,
      status_code: attempt.statusCode,
      error: attempt.error,
      duration_ms: attempt.durationMs,
    })
    .execute();
}

export async function markEventSent(db: Queryable, id: number, webhookId: number, now: Date) {
  await db
    .updateTable("webhook_events")
    .set({ status: "sent", delivered_at: now, last_error: null })
    .where("id", "=", id)
    .execute();
  await db.updateTable("webhooks").set({ consecutive_failures: 0 }).where("id", "=", webhookId).execute();
}

/**
 * A failed attempt: the event retries later or gives up; the hook's run of failures grows, and
 * past `disableAfter` the hook is switched off (in the same statement, so only one process sees
 * the switch and tells the admins). Returns whether this call disabled it.
 */
export async function markEventFailed(
  db: Queryable,
  event: { id: number; webhookId: number; error: string; nextAttemptAt: Date | null },
  disableAfter: number,
): Promise<boolean> {
  await db
    .updateTable("webhook_events")
    .set({
      status: event.nextAttemptAt ? "retrying" : "failed",
      last_error: event.error,
      ...(event.nextAttemptAt ? { next_attempt_at: sql<never>`${event.nextAttemptAt}` } : {}),
    })
    .where("id", "=", event.id)
    .execute();
  const { rows } = await sql<{ disabled: boolean }>`
    UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
      active = CASE WHEN consecutive_failures + 1 >= ${disableAfter} THEN false ELSE active END,
      disabled_reason = CASE WHEN consecutive_failures + 1 >= ${disableAfter} AND active
        THEN ${`${disableAfter} échecs consécutifs ; dernier : ${event.error}`} ELSE disabled_reason END
    WHERE id = ${event.webhookId}
    RETURNING (active = false AND consecutive_failures = ${disableAfter}) AS disabled`.execute(db);
  return rows[0]?.disabled ?? false;
}

export async function dueEventIds(
  db: Queryable,
  now: Date,
  staleMs: number,
  limit = 10_000,
): Promise<number[]> {
  const staleBefore = new Date(now.getTime() - staleMs);
  const { rows } = await sql<{ id: number }>`
    SELECT e.id FROM webhook_events e JOIN webhooks w ON w.id = e.webhook_id AND w.active
    WHERE (e.status IN ('queued', 'retrying') AND e.next_attempt_at <= ${now})
      OR (e.status = 'sending' AND e.claimed_at < ${staleBefore})
    ORDER BY e.id LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

export async function adminEmails(db: Queryable): Promise<string[]> {
  const rows = await db
    .selectFrom("admin_users")
    .select("email")
    .where("role", "=", "admin")
    .where("disabled", "=", false)
    .execute();
  return rows.map((r) => r.email);
}
