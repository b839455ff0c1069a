import { type Kysely, sql } from "kysely";

/**
 * Newsletters that arrive by themselves (issue 16): the sources they come from, every message
 * received (by SMTP, a watched IMAP mailbox, an upload or `carnet import`) kept raw with what became
 * of it, and where each watched mailbox was left.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE newsletter_sources (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL,
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
      -- 'lettre@exemple.fr' or a whole domain 'exemple.fr', lower case
      senders text[] NOT NULL DEFAULT '{}',
      cadence text NOT NULL DEFAULT 'weekly' CHECK (cadence IN ('daily', 'weekly', 'monthly')),
      hold_unauthenticated boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE inbound_messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      message_id text,
      content_hash text NOT NULL UNIQUE,
      raw bytea NOT NULL,
      via text NOT NULL CHECK (via IN ('smtp', 'imap', 'upload', 'cli')),
      envelope_from text,
      recipients text[] NOT NULL DEFAULT '{}',
      from_address text,
      subject text,
      source_id bigint REFERENCES newsletter_sources (id) ON DELETE SET NULL,
      auth jsonb,
      status text NOT NULL DEFAULT 'received' CHECK (status IN
        ('received', 'imported', 'duplicate', 'no_section', 'unrecognised', 'rejected', 'held', 'failed')),
      reason text,
      issue_id bigint REFERENCES newsletter_issues (id) ON DELETE SET NULL,
      moves_count integer,
      attempts integer NOT NULL DEFAULT 0,
      received_at timestamptz NOT NULL DEFAULT now(),
      processed_at timestamptz
    )`.execute(db);
  // The same message by two paths (SMTP and IMAP, to and cc) is one message.
  await sql`CREATE UNIQUE INDEX inbound_messages_message_id_key ON inbound_messages (message_id)
    WHERE message_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX inbound_messages_status_idx ON inbound_messages (status, id)`.execute(db);
  await sql`CREATE INDEX inbound_messages_source_idx ON inbound_messages (source_id, received_at DESC)`.execute(
    db,
  );
  await sql`
    CREATE TABLE watched_mailboxes (
      mailbox text PRIMARY KEY,
      uid_validity bigint,
      last_uid bigint NOT NULL DEFAULT 0,
      last_polled_at timestamptz,
      last_error text,
      failures integer NOT NULL DEFAULT 0
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE watched_mailboxes`.execute(db);
  await sql`DROP TABLE inbound_messages`.execute(db);
  await sql`DROP TABLE newsletter_sources`.execute(db);
}
