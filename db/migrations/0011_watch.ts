import { type Kysely, sql } from "kysely";

/**
 * Watching more than companies (issue 18): people, saved searches, webhooks and API tokens.
 *
 * - `person_follows`: a subscriber follows a person by id (people have no stable name key: two
 *   Claire Martin are two people). A merge re-points the rows (db/repositories/merge.ts).
 * - `saved_searches`: a /recherche query kept as its canonical query string, plus the criteria the
 *   alert round matches in SQL. `anchor` is one key every matching move must carry (a word's
 *   lexeme, the company's key, the function, seniority or kind, or '*'): the round joins fresh
 *   moves' keys to anchors with a hash join, then checks the whole criteria on those candidates
 *   only, so thousands of searches cost one pass, not one query each. A search belongs to a
 *   subscriber or to a webhook.
 * - `alert_deliveries`: reasons 'person' and 'search'; the saved search a pair came from, so the
 *   digest groups it under the search's name.
 * - `webhooks`, `webhook_events` (one row per hook and move: delivered once, tracked in rows like
 *   digests), `webhook_attempts` (the delivery log: one row per HTTP attempt).
 * - `api_tokens`: read tokens for the JSON API, stored as SHA-256 hashes (a token is 32 random
 *   bytes, so a slow hash adds nothing).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_follows (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
      person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (subscriber_id, person_id)
    )`.execute(db);
  await sql`CREATE INDEX person_follows_person_idx ON person_follows (person_id)`.execute(db);

  await sql`
    CREATE TABLE webhooks (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      url text NOT NULL CHECK (url ~ '^https?://'),
      secret text NOT NULL,
      format text NOT NULL DEFAULT 'json' CHECK (format IN ('json', 'slack')),
      company_keys text[] NOT NULL DEFAULT '{}',
      person_ids bigint[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      consecutive_failures integer NOT NULL DEFAULT 0,
      disabled_reason text,
      created_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE saved_searches (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint REFERENCES subscribers (id) ON DELETE CASCADE,
      webhook_id bigint REFERENCES webhooks (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      query text NOT NULL,
      words text,
      words_query tsquery,
      company_key text,
      kind text,
      seniority text,
      function text,
      anchor text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (num_nonnulls(subscriber_id, webhook_id) = 1),
      UNIQUE (subscriber_id, query),
      UNIQUE (webhook_id)
    )`.execute(db);
  await sql`CREATE INDEX saved_searches_anchor_idx ON saved_searches (anchor)`.execute(db);
  // The anchor of a search (see above). A word of the query is one only when the query is a plain
  // AND of words (querytree drops negated words; with an OR no single word is required); lexemes
  // are quoted in a tsquery's text, a quote inside doubled.
  await sql`
    CREATE FUNCTION carnet_search_anchor(p_words tsquery, p_company text, p_function text, p_seniority text, p_kind text)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT COALESCE(
        CASE WHEN p_words IS NOT NULL AND numnode(p_words) > 0 AND querytree(p_words) !~ '[|!]' THEN
          'w:' || replace(substring(querytree(p_words) FROM '''((?:[^'']|'''')+)'''), '''''', '''') END,
        'c:' || p_company, 'f:' || p_function, 's:' || p_seniority, 'k:' || p_kind, '*')
    $$`.execute(db);

  await sql`ALTER TABLE alert_deliveries DROP CONSTRAINT alert_deliveries_reason_check`.execute(db);
  await sql`
    ALTER TABLE alert_deliveries
      ADD CONSTRAINT alert_deliveries_reason_check CHECK (reason IN ('arrival', 'departure', 'person', 'search')),
      ADD COLUMN saved_search_id bigint REFERENCES saved_searches (id) ON DELETE SET NULL`.execute(db);

  await sql`
    CREATE TABLE webhook_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      webhook_id bigint NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
      move_id bigint NOT NULL REFERENCES moves (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'retrying', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      delivered_at timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (webhook_id, move_id)
    )`.execute(db);
  await sql`CREATE INDEX webhook_events_due_idx ON webhook_events (next_attempt_at) WHERE status IN ('queued', 'retrying')`.execute(
    db,
  );
  await sql`
    CREATE TABLE webhook_attempts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
      attempted_at timestamptz NOT NULL DEFAULT now(),
      status_code integer,
      error text,
      duration_ms integer NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX webhook_attempts_event_idx ON webhook_attempts (event_id, attempted_at)`.execute(db);

  await sql`
    CREATE TABLE api_tokens (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      created_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS api_tokens, webhook_attempts, webhook_events`.execute(db);
  await sql`DELETE FROM alert_deliveries WHERE reason IN ('person', 'search')`.execute(db);
  await sql`ALTER TABLE alert_deliveries DROP COLUMN IF EXISTS saved_search_id`.execute(db);
  await sql`ALTER TABLE alert_deliveries DROP CONSTRAINT alert_deliveries_reason_check`.execute(db);
  await sql`ALTER TABLE alert_deliveries ADD CONSTRAINT alert_deliveries_reason_check CHECK (reason IN ('arrival', 'departure'))`.execute(
    db,
  );
  await sql`DROP TABLE IF EXISTS saved_searches, webhooks, person_follows`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_search_anchor(tsquery, text, text, text, text)`.execute(db);
}
