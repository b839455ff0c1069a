import { type Kysely, sql } from "kysely";

/**
 * The mail outbox: e-mails asked for by a web request (a subscription's confirmation, a subscriber's
 * manage link) are written here in the request's transaction and sent by a pg-boss worker, so a
 * request never waits on SMTP (its timing would tell whether the address was submitted recently)
 * and a crash after the commit leaves a row that says the e-mail is still owed.
 *
 * Rows carry ids only; the worker loads the recipient and makes any token when it sends, so no
 * usable link is ever stored. The status is the lock, as for alert digests: 'sending' is claimed by
 * one worker with UPDATE … RETURNING.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE mail_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL,
      subscriber_id bigint REFERENCES subscribers (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      sent_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX mail_outbox_unsent_idx ON mail_outbox (created_at) WHERE status IN ('queued', 'sending')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS mail_outbox`.execute(db);
}
