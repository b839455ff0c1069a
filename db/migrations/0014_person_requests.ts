import { type Kysely, sql } from "kysely";

/**
 * Requests from people listed in the directory (issue 17 item 1): a correction of one record or
 * the removal of the person, sent from the person's page.
 *
 * - `person_requests`: one row per request. It is `unconfirmed` until the requester follows the
 *   link mailed to them (only the token's hash is kept, as for subscriptions), then `open` in the
 *   admins' queue with `due_at` one month after confirmation (GDPR art. 12(3)), then `accepted` or
 *   `refused` with the admin's `response`. The person's name and slug are copied, because accepting
 *   a removal deletes the person the row pointed at.
 * - `mail_outbox.person_request_id`: the confirmation and outcome e-mails travel through the same
 *   outbox as the subscribers' (ids only; the worker makes the link when it sends).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_requests (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('correction', 'removal')),
      status text NOT NULL DEFAULT 'unconfirmed'
        CHECK (status IN ('unconfirmed', 'open', 'accepted', 'refused')),
      person_id bigint REFERENCES people (id) ON DELETE SET NULL,
      person_name text NOT NULL,
      person_slug text NOT NULL,
      move_id bigint REFERENCES moves (id) ON DELETE SET NULL,
      details text NOT NULL DEFAULT '',
      email text NOT NULL,
      confirm_token_hash text UNIQUE,
      confirm_token_expires_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz,
      due_at timestamptz,
      decided_at timestamptz,
      decided_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      response text,
      CHECK (status = 'unconfirmed' OR (confirmed_at IS NOT NULL AND due_at IS NOT NULL)),
      CHECK (status NOT IN ('accepted', 'refused') OR decided_at IS NOT NULL),
      CHECK (status <> 'refused' OR length(response) > 0)
    )`.execute(db);
  await sql`CREATE INDEX person_requests_open_idx ON person_requests (due_at) WHERE status = 'open'`.execute(
    db,
  );
  await sql`CREATE INDEX person_requests_unconfirmed_idx ON person_requests (created_at) WHERE status = 'unconfirmed'`.execute(
    db,
  );
  await sql`
    ALTER TABLE mail_outbox
      ADD COLUMN person_request_id bigint REFERENCES person_requests (id) ON DELETE CASCADE`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM mail_outbox WHERE person_request_id IS NOT NULL`.execute(db);
  await sql`ALTER TABLE mail_outbox DROP COLUMN IF EXISTS person_request_id`.execute(db);
  await sql`DROP TABLE IF EXISTS person_requests`.execute(db);
}
