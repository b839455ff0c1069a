import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/**
 * Newsletter sources, every message received for them (kept raw, with what became of it), and
 * where each watched mailbox was left.
 */

export type InboundVia = "smtp" | "imap" | "upload" | "cli";
export type InboundStatus =
  | "received"
  | "imported"
  | "duplicate"
  | "no_section"
  | "unrecognised"
  | "rejected"
  | "held"
  | "failed"
  | "confirmation"
  | "bounce"
  | "complaint"
  | "unsubscribe";

export interface NewInboundMessage {
  message_id: string | null;
  content_hash: string;
  raw: Buffer;
  via: InboundVia;
  envelope_from: string | null;
  recipients: string[];
  from_address: string | null;
  subject: string | null;
  auth: Record<string, string> | null;
}

/**
 * Stores a received message unless the same one is already kept (same content hash, or same
 * Message-ID: a message fetched twice, or delivered to two of our addresses). Returns its id, and
 * whether it was new.
 */
export async function storeMessage(
  db: Queryable,
  message: NewInboundMessage,
): Promise<{ id: number; stored: boolean }> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO inbound_messages (message_id, content_hash, raw, via, envelope_from, recipients, from_address,
      subject, auth)
    VALUES (${message.message_id}, ${message.content_hash}, ${message.raw}, ${message.via},
      ${message.envelope_from}, ${message.recipients}::text[], ${message.from_address}, ${message.subject},
      ${message.auth ? JSON.stringify(message.auth) : null}::jsonb)
    ON CONFLICT DO NOTHING
    RETURNING id`.execute(db);
  if (rows[0]) return { id: Number(rows[0].id), stored: true };
  const { rows: existing } = await sql<{ id: number }>`
    SELECT id FROM inbound_messages
    WHERE content_hash = ${message.content_hash} OR message_id = ${message.message_id}
    ORDER BY id LIMIT 1`.execute(db);
  return { id: Number(existing[0]!.id), stored: false };
}

/**
 * A file imported by `carnet import` or the admin upload, kept as a received message with what
 * became of it, unless the same message is known. A known one that was never imported (it failed to
 * parse, or was held) takes this outcome; one that was imported is left as it is and its issue
 * returned: the caller then knows the file is that issue again.
 */
/** A file imported (or found known) by `carnet import` or the upload, as its received message keeps it. */
export interface ImportedFile {
  message_id: string | null;
  content_hash: string;
  raw: Buffer;
  via: InboundVia;
  file_name: string;
  subject: string | null;
  status: "imported" | "duplicate";
  issueId: number;
  moves: number;
}

export async function recordImportedFile(
  db: Queryable,
  file: ImportedFile,
): Promise<{ stored: boolean; issueId: number | null }> {
  const { rows } = await sql<{ id: number }>`/* prepared: import_record_file */
    INSERT INTO inbound_messages (message_id, content_hash, raw, via, file_name, subject, status, issue_id,
      moves_count, processed_at)
    VALUES (${file.message_id}, ${file.content_hash}, ${file.raw}, ${file.via}, ${file.file_name}, ${file.subject},
      ${file.status}, ${file.issueId}, ${file.moves}, now())
    ON CONFLICT DO NOTHING
    RETURNING id`.execute(db);
  if (rows[0]) return { stored: true, issueId: file.issueId };
  const { rows: known } = await sql<{ id: number; issue_id: number | null; updated: boolean }>`
    WITH known AS (
      SELECT id, issue_id FROM inbound_messages
      WHERE content_hash = ${file.content_hash} OR message_id = ${file.message_id}
      ORDER BY id LIMIT 1 FOR UPDATE
    ), updated AS (
      UPDATE inbound_messages m SET status = ${file.status}, issue_id = ${file.issueId}, moves_count = ${file.moves},
        reason = NULL, processed_at = now()
      FROM known WHERE m.id = known.id AND known.issue_id IS NULL AND m.status <> 'received'
      RETURNING m.id
    )
    SELECT known.id::int, known.issue_id::int, EXISTS (SELECT FROM updated) AS updated FROM known`.execute(
    db,
  );
  const row = known[0];
  if (!row || row.updated) return { stored: true, issueId: file.issueId };
  return { stored: false, issueId: row.issue_id };
}

/**
 * Several imported files' received messages in one statement (a batch of `carnet import`); a file
 * whose content hash or Message-ID is known already is left out. Returns how many were stored: fewer
 * than given means the caller must record them one by one (recordImportedFile says which is known).
 */
export async function recordImportedFiles(db: Queryable, files: ImportedFile[]): Promise<number> {
  if (files.length === 0) return 0;
  const column = <T>(pick: (file: ImportedFile) => T) => files.map(pick);
  const { rows } = await sql<{ stored: number }>`/* prepared: import_record_files */
    WITH stored AS (
      INSERT INTO inbound_messages (message_id, content_hash, raw, via, file_name, subject, status, issue_id,
        moves_count, processed_at)
      SELECT *, now() FROM unnest(${column((f) => f.message_id)}::text[], ${column((f) => f.content_hash)}::text[],
        ${column((f) => f.raw)}::bytea[], ${column((f) => f.via)}::text[], ${column((f) => f.file_name)}::text[],
        ${column((f) => f.subject)}::text[], ${column((f) => f.status)}::text[], ${column((f) => f.issueId)}::bigint[],
        ${column((f) => f.moves)}::integer[])
      ON CONFLICT DO NOTHING
      RETURNING id
    )
    SELECT count(*)::int AS stored FROM stored`.execute(db);
  return rows[0]!.stored;
}

export interface InboundMessageRow {
  id: number;
  message_id: string | null;
  content_hash: string;
  raw: Buffer;
  via: InboundVia;
  file_name: string | null;
  recipients: string[];
  from_address: string | null;
  subject: string | null;
  auth: Record<string, string> | null;
  source_id: number | null;
  issue_id: number | null;
  status: InboundStatus;
}

/**
 * Takes a message still to be processed: its row is locked for the caller's transaction, so two
 * workers never process the same one (SKIP LOCKED: the other finds nothing).
 */
export async function claimMessage(db: Queryable, id: number): Promise<InboundMessageRow | null> {
  const { rows } = await sql<InboundMessageRow>`
    UPDATE inbound_messages SET status = status
    WHERE id = (SELECT id FROM inbound_messages WHERE id = ${id} AND status = 'received' FOR UPDATE SKIP LOCKED)
    RETURNING id::int, message_id, content_hash, raw, via, file_name, recipients, from_address, subject, auth,
      source_id::int, issue_id::int, status`.execute(db);
  return rows[0] ?? null;
}

export async function finishMessage(
  db: Queryable,
  id: number,
  outcome: {
    status: InboundStatus;
    reason?: string | null;
    confirmUrl?: string | null;
    sourceId?: number | null;
    issueId?: number | null;
    moves?: number | null;
  },
): Promise<void> {
  await sql`
    UPDATE inbound_messages SET status = ${outcome.status}, reason = ${outcome.reason ?? null},
      confirm_url = ${outcome.confirmUrl ?? null},
      source_id = coalesce(${outcome.sourceId ?? null}::bigint, source_id),
      issue_id = ${outcome.issueId ?? null}::bigint, moves_count = ${outcome.moves ?? null}::int,
      next_attempt_at = NULL, processed_at = now()
    WHERE id = ${id}`.execute(db);
}

/**
 * Messages received but not processed yet (a crash, the database gone a moment), oldest first; one
 * whose last reading failed only once its next attempt is due.
 */
export async function unprocessedIds(
  db: Queryable,
  olderThan: Date,
  now: Date,
  limit = 100,
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT id::int FROM inbound_messages
    WHERE status = 'received' AND received_at < ${olderThan}
      AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})
    ORDER BY id LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * One more failed reading of a message still 'received' (its transaction rolled back): counted, and
 * the next one set `firstDelayMs × 2^(failures before)` later; at `maxAttempts` the message is
 * 'failed' with the reason. Null when the message is no longer waiting (another worker read it).
 */
export async function recordFailedAttempt(
  db: Queryable,
  id: number,
  failure: { reason: string; now: Date; maxAttempts: number; firstDelayMs: number },
): Promise<{ status: InboundStatus; attempts: number; next_attempt_at: Date | null } | null> {
  const { rows } = await sql<{ status: InboundStatus; attempts: number; next_attempt_at: Date | null }>`
    UPDATE inbound_messages SET attempts = attempts + 1, reason = ${failure.reason},
      status = CASE WHEN attempts + 1 >= ${failure.maxAttempts} THEN 'failed' ELSE status END,
      next_attempt_at = CASE WHEN attempts + 1 >= ${failure.maxAttempts} THEN NULL
        ELSE ${failure.now}::timestamptz + ${failure.firstDelayMs}::int * power(2, attempts) * interval '1 millisecond' END,
      processed_at = CASE WHEN attempts + 1 >= ${failure.maxAttempts} THEN ${failure.now}::timestamptz ELSE processed_at END
    WHERE id = ${id} AND status = 'received'
    RETURNING status, attempts, next_attempt_at`.execute(db);
  return rows[0] ?? null;
}

/**
 * A message an admin asked to read again whose reading failed unexpectedly: 'failed' with the reason
 * of that one reading (no retries counted), its issue (if it had one) kept, so "Relire" stays offered.
 */
export async function markFailed(db: Queryable, id: number, reason: string): Promise<void> {
  await sql`
    UPDATE inbound_messages SET status = 'failed', reason = ${reason}, attempts = 0, next_attempt_at = NULL,
      processed_at = now()
    WHERE id = ${id}`.execute(db);
}

/**
 * Messages an admin may have read again after a parser change: those the parser read, or failed to.
 * Not a duplicate: reading the message that brought its issue is what reads that issue again.
 */
export const REREADABLE: InboundStatus[] = ["imported", "no_section", "failed"];

/** Sends a message back to processing (to be read again); false when it is not in a state that allows it. */
export async function reopenMessage(db: Queryable, id: number): Promise<boolean> {
  const result = await sql`
    UPDATE inbound_messages SET status = 'received', reason = NULL, attempts = 0, next_attempt_at = NULL
    WHERE id = ${id} AND status = ANY(${REREADABLE}::text[])`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Ids of the messages in the given states, oldest first. */
export async function idsInStates(
  db: Queryable,
  statuses: InboundStatus[],
  limit = 10_000,
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT id::int FROM inbound_messages WHERE status = ANY(${statuses}::text[]) ORDER BY id LIMIT ${limit}`.execute(
    db,
  );
  return rows.map((r) => r.id);
}

export interface SourceRow {
  id: number;
  name: string;
  slug: string;
  senders: string[];
  cadence: "daily" | "weekly" | "monthly";
  hold_unauthenticated: boolean;
}

const SOURCE_COLUMNS = sql`id::int, name, slug, senders, cadence, hold_unauthenticated`;

export async function sourceBySlug(db: Queryable, slug: string): Promise<SourceRow | null> {
  const { rows } = await sql<SourceRow>`
    SELECT ${SOURCE_COLUMNS} FROM newsletter_sources WHERE slug = ${slug}`.execute(db);
  return rows[0] ?? null;
}

/** The source that knows this sender: by its address first, else by its domain. */
export async function sourceForSender(db: Queryable, address: string): Promise<SourceRow | null> {
  const lower = address.toLowerCase();
  const domain = lower.split("@").pop() ?? lower;
  const { rows } = await sql<SourceRow>`
    SELECT ${SOURCE_COLUMNS} FROM newsletter_sources
    WHERE ${lower} = ANY(senders) OR ${domain} = ANY(senders)
    ORDER BY (${lower} = ANY(senders)) DESC, id LIMIT 1`.execute(db);
  return rows[0] ?? null;
}

export async function createSource(db: Queryable, source: Omit<SourceRow, "id">): Promise<SourceRow> {
  const { rows } = await sql<SourceRow>`
    INSERT INTO newsletter_sources (name, slug, senders, cadence, hold_unauthenticated)
    VALUES (${source.name}, ${source.slug}, ${source.senders}::text[], ${source.cadence}, ${source.hold_unauthenticated})
    RETURNING ${SOURCE_COLUMNS}`.execute(db);
  return rows[0]!;
}

export async function addSender(db: Queryable, sourceId: number, sender: string): Promise<void> {
  await sql`
    UPDATE newsletter_sources SET senders = array_append(senders, ${sender.toLowerCase()})
    WHERE id = ${sourceId} AND NOT (${sender.toLowerCase()} = ANY(senders))`.execute(db);
}

/**
 * Issues imported as files (no sender to recognise them by) that are a source's: their received
 * messages count in its history, and in the median its next issue is measured against.
 */
export async function attachIssuesToSource(
  db: Queryable,
  sourceId: number,
  issueIds: number[],
): Promise<void> {
  if (issueIds.length === 0) return;
  await sql`
    UPDATE inbound_messages SET source_id = ${sourceId}
    WHERE issue_id = ANY(${issueIds}::bigint[]) AND source_id IS NULL`.execute(db);
}

export interface SourceSummary extends SourceRow {
  issues: number;
  moves: number;
  last_received_at: Date | null;
}

/** Every source with its history: issues imported, moves found, last message. */
export async function sourceSummaries(db: Queryable): Promise<SourceSummary[]> {
  const { rows } = await sql<SourceSummary>`
    SELECT ${SOURCE_COLUMNS},
      (SELECT count(*)::int FROM inbound_messages m WHERE m.source_id = s.id AND m.status = 'imported') AS issues,
      (SELECT coalesce(sum(moves_count), 0)::int FROM inbound_messages m WHERE m.source_id = s.id) AS moves,
      (SELECT max(received_at) FROM inbound_messages m WHERE m.source_id = s.id) AS last_received_at
    FROM newsletter_sources s ORDER BY name`.execute(db);
  return rows;
}

export interface MessageSummary {
  id: number;
  via: InboundVia;
  from_address: string | null;
  subject: string | null;
  source_name: string | null;
  status: InboundStatus;
  reason: string | null;
  issue_id: number | null;
  moves_count: number | null;
  auth: Record<string, string> | null;
  received_at: Date;
  /** Failed readings so far (unexpected errors), and when the next one is due while 'received'. */
  attempts: number;
  next_attempt_at: Date | null;
}

/**
 * The latest messages, or only those in the given states (the "Non reconnus" tray: 'unrecognised'
 * and 'held' for review).
 */
export async function recentMessages(
  db: Queryable,
  filter: { status?: InboundStatus | InboundStatus[]; limit?: number } = {},
): Promise<MessageSummary[]> {
  const statuses = filter.status === undefined ? null : [filter.status].flat();
  const { rows } = await sql<MessageSummary>`
    SELECT m.id::int, m.via, m.from_address, m.subject, s.name AS source_name, m.status, m.reason,
      m.issue_id::int, m.moves_count, m.auth, m.received_at, m.attempts, m.next_attempt_at
    FROM inbound_messages m LEFT JOIN newsletter_sources s ON s.id = m.source_id
    WHERE (${statuses}::text[] IS NULL OR m.status = ANY(${statuses}::text[]))
    ORDER BY m.id DESC LIMIT ${filter.limit ?? 50}`.execute(db);
  return rows;
}

/** Sends an unrecognised or held message back to processing, with the source an admin chose. */
export async function requeueMessage(db: Queryable, id: number, sourceId: number): Promise<boolean> {
  const result = await sql`
    UPDATE inbound_messages SET status = 'received', source_id = ${sourceId}, reason = NULL, attempts = 0,
      next_attempt_at = NULL
    WHERE id = ${id} AND status IN ('unrecognised', 'held')`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function rejectMessage(db: Queryable, id: number): Promise<boolean> {
  const result = await sql`
    UPDATE inbound_messages SET status = 'rejected', processed_at = now()
    WHERE id = ${id} AND status IN ('unrecognised', 'held')`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function senderOf(db: Queryable, id: number): Promise<string | null> {
  const { rows } = await sql<{ from_address: string | null }>`
    SELECT from_address FROM inbound_messages WHERE id = ${id}`.execute(db);
  return rows[0]?.from_address ?? null;
}

export interface MailboxState {
  mailbox: string;
  uid_validity: string | null;
  last_uid: number;
  last_polled_at: Date | null;
  last_error: string | null;
  failures: number;
}

export async function mailboxState(db: Queryable, mailbox: string): Promise<MailboxState | null> {
  const { rows } = await sql<MailboxState>`
    SELECT mailbox, uid_validity::text, last_uid::int, last_polled_at, last_error, failures
    FROM watched_mailboxes WHERE mailbox = ${mailbox}`.execute(db);
  return rows[0] ?? null;
}

export async function saveMailboxState(
  db: Queryable,
  mailbox: string,
  state: { uidValidity: string; lastUid: number },
): Promise<void> {
  await sql`
    INSERT INTO watched_mailboxes (mailbox, uid_validity, last_uid, last_polled_at, last_error, failures)
    VALUES (${mailbox}, ${state.uidValidity}::bigint, ${state.lastUid}, now(), NULL, 0)
    ON CONFLICT (mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid,
      last_polled_at = now(), last_error = NULL, failures = 0`.execute(db);
}

export async function recordMailboxFailure(db: Queryable, mailbox: string, error: string): Promise<number> {
  const { rows } = await sql<{ failures: number }>`
    INSERT INTO watched_mailboxes (mailbox, last_error, failures, last_polled_at)
    VALUES (${mailbox}, ${error}, 1, now())
    ON CONFLICT (mailbox) DO UPDATE SET last_error = excluded.last_error,
      failures = watched_mailboxes.failures + 1, last_polled_at = now()
    RETURNING failures`.execute(db);
  return rows[0]!.failures;
}

export async function mailboxStates(db: Queryable): Promise<MailboxState[]> {
  const { rows } = await sql<MailboxState>`
    SELECT mailbox, uid_validity::text, last_uid::int, last_polled_at, last_error, failures
    FROM watched_mailboxes ORDER BY mailbox`.execute(db);
  return rows;
}

export type SourceAlertKind = "no_section" | "few_moves" | "silent";

/** Records a health event once; null when the same event was already recorded. */
export async function raiseSourceAlert(
  db: Queryable,
  alert: { sourceId: number; kind: SourceAlertKind; eventKey: string; detail: string },
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO source_alerts (source_id, kind, event_key, detail)
    VALUES (${alert.sourceId}, ${alert.kind}, ${alert.eventKey}, ${alert.detail})
    ON CONFLICT (source_id, kind, event_key) DO NOTHING
    RETURNING id::int`.execute(db);
  return rows[0]?.id ?? null;
}

export async function markSourceAlertNotified(db: Queryable, id: number): Promise<void> {
  await sql`UPDATE source_alerts SET notified_at = now() WHERE id = ${id}`.execute(db);
}

export interface SourceAlert {
  id: number;
  source_name: string;
  kind: SourceAlertKind;
  detail: string;
  created_at: Date;
}

/** Health events not dismissed yet, newest first (the admin banner and the Sources page). */
export async function openSourceAlerts(db: Queryable): Promise<SourceAlert[]> {
  const { rows } = await sql<SourceAlert>`
    SELECT a.id::int, s.name AS source_name, a.kind, a.detail, a.created_at
    FROM source_alerts a JOIN newsletter_sources s ON s.id = a.source_id
    WHERE a.dismissed_at IS NULL ORDER BY a.created_at DESC, a.id DESC LIMIT 50`.execute(db);
  return rows;
}

export async function dismissSourceAlert(db: Queryable, id: number): Promise<boolean> {
  const result = await sql`
    UPDATE source_alerts SET dismissed_at = now() WHERE id = ${id} AND dismissed_at IS NULL`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** A processed message with its source's name, for the health checks. */
export async function processedMessage(db: Queryable, id: number) {
  const { rows } = await sql<{
    source_id: number | null;
    source_name: string | null;
    status: InboundStatus;
    subject: string | null;
    moves_count: number | null;
  }>`
    SELECT m.source_id::int, s.name AS source_name, m.status, m.subject, m.moves_count
    FROM inbound_messages m LEFT JOIN newsletter_sources s ON s.id = m.source_id
    WHERE m.id = ${id}`.execute(db);
  return rows[0] ?? null;
}

/** Moves found in the source's last `limit` imported issues before message `beforeId`. */
export async function recentMoveCounts(
  db: Queryable,
  sourceId: number,
  beforeId: number,
  limit: number,
): Promise<number[]> {
  const { rows } = await sql<{ moves_count: number }>`
    SELECT moves_count FROM inbound_messages
    WHERE source_id = ${sourceId} AND status = 'imported' AND id < ${beforeId} AND moves_count IS NOT NULL
    ORDER BY id DESC LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.moves_count);
}

/** Newsletters' confirmation mails ("confirmez votre inscription") waiting for an admin's click. */
export async function pendingConfirmations(db: Queryable) {
  const { rows } = await sql<{
    id: number;
    from_address: string | null;
    subject: string | null;
    confirm_url: string;
    received_at: Date;
  }>`
    SELECT id::int, from_address, subject, confirm_url, received_at FROM inbound_messages
    WHERE status = 'confirmation' AND confirm_url IS NOT NULL
    ORDER BY id DESC LIMIT 20`.execute(db);
  return rows;
}
