import { type Kysely, sql } from "kysely";

/**
 * The whole product's schema. Frozen once landed: later changes go in new numbered files.
 * Constraints do the integrity work (unique keys, foreign keys, checks).
 *
 * Text search: `carnet_fr` is the French configuration with `unaccent` in front of the stemmer,
 * so "financiere" finds "financière" and "directrice financière" finds "directrice administrative
 * et financière". Trigram indexes on normalized keys give typo tolerance ("Senechaut", "Scalan").
 *
 * GIN indexes are built WITH (fastupdate = off): with the pending list on, every lookup scans all
 * entries inserted since the last vacuum (measured: 6 ms for an equality lookup on people.key
 * after importing a few hundred issues), which costs the importer and the search far more than the
 * slightly dearer inserts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION carnet_fr (COPY = french)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION carnet_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`.execute(db);
  // unaccent() is only STABLE (it depends on search_path); an IMMUTABLE wrapper naming its
  // dictionary explicitly may be used in index expressions and generated columns.
  await sql`CREATE FUNCTION carnet_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db);

  await sql`
    CREATE TABLE admin_users (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'editor')),
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_sign_in_at timestamptz
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX admin_users_email_key ON admin_users (lower(email))`.execute(db);

  await sql`
    CREATE TABLE newsletter_issues (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      title text,
      published_on date,
      source_file text NOT NULL,
      content_hash text NOT NULL UNIQUE,
      raw_text text NOT NULL,
      section_found boolean NOT NULL DEFAULT false,
      moves_count integer NOT NULL DEFAULT 0 CHECK (moves_count >= 0),
      pending_count integer NOT NULL DEFAULT 0 CHECK (pending_count >= 0),
      imported_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      imported_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX newsletter_issues_published_on_idx ON newsletter_issues (published_on DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX newsletter_issues_imported_at_idx ON newsletter_issues (imported_at DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE companies (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (btrim(name) <> ''),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      key text NOT NULL UNIQUE CHECK (key <> ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX companies_key_trgm_idx ON companies USING gin (key gin_trgm_ops) WITH (fastupdate = off)`.execute(
    db,
  );

  await sql`
    CREATE TABLE company_aliases (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      company_id bigint NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      alias text NOT NULL,
      key text NOT NULL UNIQUE CHECK (key <> ''),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX company_aliases_company_id_idx ON company_aliases (company_id)`.execute(db);
  await sql`CREATE INDEX company_aliases_key_trgm_idx ON company_aliases USING gin (key gin_trgm_ops) WITH (fastupdate = off)`.execute(
    db,
  );

  await sql`
    CREATE TABLE people (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (btrim(name) <> ''),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      key text NOT NULL CHECK (key <> ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // Not unique: two people may share a name; the importer checks company history before reusing one.
  await sql`CREATE INDEX people_key_idx ON people (key)`.execute(db);
  await sql`CREATE INDEX people_key_trgm_idx ON people USING gin (key gin_trgm_ops) WITH (fastupdate = off)`.execute(
    db,
  );

  // Old slugs keep working (301) after a rename or a merge.
  await sql`
    CREATE TABLE slug_redirects (
      entity text NOT NULL CHECK (entity IN ('person', 'company')),
      old_slug text NOT NULL,
      target_id bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (entity, old_slug)
    )`.execute(db);

  await sql`
    CREATE TABLE moves (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      company_id bigint NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      role text NOT NULL CHECK (btrim(role) <> ''),
      kind text NOT NULL CHECK (kind IN ('joined', 'appointed', 'promoted')),
      seniority text NOT NULL CHECK (seniority IN ('c_level', 'vp', 'director', 'head', 'manager', 'other')),
      function text NOT NULL CHECK (function IN ('finance', 'marketing_communication', 'sales', 'tech_product',
        'hr', 'operations', 'general_management', 'other')),
      predecessor_name text,
      issue_id bigint NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
      paragraph_index integer NOT NULL CHECK (paragraph_index >= 0),
      paragraph_text text NOT NULL,
      confidence real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
      reasons text[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
      -- The date the move is known by: the issue's date, or the import date when the issue has none.
      published_on date NOT NULL,
      -- Person, role, company and previous employers in one string, kept current by the repositories
      -- (renames and merges rewrite it), so one GIN index answers free-text search.
      search_text text NOT NULL DEFAULT '',
      search_vector tsvector GENERATED ALWAYS AS (to_tsvector('carnet_fr'::regconfig, search_text)) STORED,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (issue_id, paragraph_index, person_id)
    )`.execute(db);
  await sql`CREATE INDEX moves_search_vector_idx ON moves USING gin (search_vector) WITH (fastupdate = off)`.execute(
    db,
  );
  await sql`CREATE INDEX moves_published_idx ON moves (published_on DESC, id DESC) WHERE status = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX moves_company_published_idx ON moves (company_id, published_on DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX moves_person_idx ON moves (person_id, published_on DESC)`.execute(db);
  await sql`CREATE INDEX moves_pending_idx ON moves (confidence, id) WHERE status = 'pending'`.execute(db);
  // An issue's moves in paragraph order are served by the UNIQUE (issue_id, paragraph_index,
  // person_id) index: no separate index on (issue_id, paragraph_index).

  await sql`
    CREATE TABLE move_previous_companies (
      move_id bigint NOT NULL REFERENCES moves (id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position >= 0),
      company_id bigint NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      PRIMARY KEY (move_id, position)
    )`.execute(db);
  await sql`CREATE INDEX move_previous_companies_company_idx ON move_previous_companies (company_id, move_id)`.execute(
    db,
  );

  // Near-duplicates found by trigram similarity wait here for an editor; nothing merges silently.
  await sql`
    CREATE TABLE duplicate_proposals (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      entity text NOT NULL CHECK (entity IN ('person', 'company')),
      first_id bigint NOT NULL,
      second_id bigint NOT NULL,
      similarity real NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      CHECK (first_id < second_id),
      UNIQUE (entity, first_id, second_id)
    )`.execute(db);

  // A person's request to be removed: a re-import never brings them back.
  await sql`
    CREATE TABLE suppressions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      person_key text NOT NULL UNIQUE CHECK (person_key <> ''),
      name text NOT NULL,
      reason text NOT NULL DEFAULT '',
      created_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE subscribers (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL CHECK (position('@' in email) > 1),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
      frequency text NOT NULL DEFAULT 'immediate' CHECK (frequency IN ('immediate', 'daily', 'weekly')),
      include_departures boolean NOT NULL DEFAULT false,
      confirm_token_hash text UNIQUE,
      confirm_token_expires_at timestamptz,
      confirmed_at timestamptz,
      unsubscribed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX subscribers_email_key ON subscribers (lower(email))`.execute(db);
  await sql`CREATE INDEX subscribers_confirmed_idx ON subscribers (frequency) WHERE status = 'confirmed'`.execute(
    db,
  );

  // A follow names a company by its normalized key, so a company not yet in the directory can be
  // followed and matches (through companies.key or company_aliases.key) when it first appears.
  await sql`
    CREATE TABLE follows (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
      company_name text NOT NULL CHECK (btrim(company_name) <> ''),
      company_key text NOT NULL CHECK (company_key <> ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (subscriber_id, company_key)
    )`.execute(db);
  await sql`CREATE INDEX follows_company_key_idx ON follows (company_key, subscriber_id)`.execute(db);

  // One e-mail to one subscriber: the unit that is claimed, sent, retried or failed.
  await sql`
    CREATE TABLE alert_digests (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint REFERENCES subscribers (id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'retrying', 'failed')),
      message_id text NOT NULL UNIQUE,
      subject text,
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX alert_digests_due_idx ON alert_digests (next_attempt_at) WHERE status IN ('queued', 'retrying')`.execute(
    db,
  );
  await sql`CREATE INDEX alert_digests_subscriber_idx ON alert_digests (subscriber_id, created_at DESC)`.execute(
    db,
  );

  // A (subscriber, move) pair is recorded once, so it is never sent twice. Erasing a subscriber
  // keeps the row (for counts) but not who it was for.
  await sql`
    CREATE TABLE alert_deliveries (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint REFERENCES subscribers (id) ON DELETE SET NULL,
      move_id bigint NOT NULL REFERENCES moves (id) ON DELETE CASCADE,
      digest_id bigint REFERENCES alert_digests (id) ON DELETE SET NULL,
      reason text NOT NULL DEFAULT 'arrival' CHECK (reason IN ('arrival', 'departure')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (subscriber_id, move_id)
    )`.execute(db);
  await sql`CREATE INDEX alert_deliveries_digest_idx ON alert_deliveries (digest_id)`.execute(db);
  await sql`CREATE INDEX alert_deliveries_move_idx ON alert_deliveries (move_id)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      admin_user_id bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      actor_email text NOT NULL,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      before jsonb,
      after jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id)`.execute(db);

  // connect-pg-simple's table, as its documentation defines it.
  await sql`
    CREATE TABLE session (
      sid varchar NOT NULL PRIMARY KEY,
      sess json NOT NULL,
      expire timestamp(6) NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX session_expire_idx ON session (expire)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "session",
    "audit_log",
    "alert_deliveries",
    "alert_digests",
    "follows",
    "subscribers",
    "suppressions",
    "duplicate_proposals",
    "move_previous_companies",
    "moves",
    "slug_redirects",
    "people",
    "company_aliases",
    "companies",
    "newsletter_issues",
    "admin_users",
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS carnet_unaccent(text)`.execute(db);
  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS carnet_fr`.execute(db);
  // The extensions stay: other schemas on a shared server may use them.
}
