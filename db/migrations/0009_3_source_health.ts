import { type Kysely, sql } from "kysely";

/**
 * Issue 16, second part: newsletters' confirmation mails (their link kept for the admin), mail
 * about our own alerts (bounces, complaints, the List-Unsubscribe mailto), source health events,
 * and the subscriber addresses that must not be mailed any more.
 */
const STATUSES_BEFORE = [
  "received",
  "imported",
  "duplicate",
  "no_section",
  "unrecognised",
  "rejected",
  "held",
  "failed",
];
const STATUSES = [...STATUSES_BEFORE, "confirmation", "bounce", "complaint", "unsubscribe"];

const statusCheck = (statuses: string[]) =>
  sql.raw(`CHECK (status IN (${statuses.map((s) => `'${s}'`).join(", ")}))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inbound_messages DROP CONSTRAINT inbound_messages_status_check`.execute(db);
  await sql`ALTER TABLE inbound_messages ADD CONSTRAINT inbound_messages_status_check ${statusCheck(STATUSES)}`.execute(
    db,
  );
  // A newsletter's "confirmez votre inscription" link, for the admin to follow.
  await sql`ALTER TABLE inbound_messages ADD COLUMN confirm_url text`.execute(db);
  // One row per health event (an issue without the section, far fewer moves than usual, a silence):
  // the key makes the admin e-mail go once per event, whichever process notices it.
  await sql`
    CREATE TABLE source_alerts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      source_id bigint NOT NULL REFERENCES newsletter_sources (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('no_section', 'few_moves', 'silent')),
      event_key text NOT NULL,
      detail text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      notified_at timestamptz,
      dismissed_at timestamptz,
      UNIQUE (source_id, kind, event_key)
    )`.execute(db);
  await sql`CREATE INDEX source_alerts_open_idx ON source_alerts (created_at) WHERE dismissed_at IS NULL`.execute(
    db,
  );
  // Bounces and complaints of our own alerts: an address that must not be mailed any more.
  await sql`
    ALTER TABLE subscribers
      ADD COLUMN mail_blocked text CHECK (mail_blocked IN ('bounced', 'complained')),
      ADD COLUMN mail_blocked_reason text,
      ADD COLUMN mail_blocked_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE subscribers DROP COLUMN mail_blocked, DROP COLUMN mail_blocked_reason, DROP COLUMN mail_blocked_at`.execute(
    db,
  );
  await sql`DROP TABLE source_alerts`.execute(db);
  await sql`ALTER TABLE inbound_messages DROP COLUMN confirm_url`.execute(db);
  await sql`DELETE FROM inbound_messages WHERE status IN ('confirmation', 'bounce', 'complaint', 'unsubscribe')`.execute(
    db,
  );
  await sql`ALTER TABLE inbound_messages DROP CONSTRAINT inbound_messages_status_check`.execute(db);
  await sql`ALTER TABLE inbound_messages ADD CONSTRAINT inbound_messages_status_check ${statusCheck(STATUSES_BEFORE)}`.execute(
    db,
  );
}
