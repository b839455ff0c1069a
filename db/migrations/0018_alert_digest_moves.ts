import { type Kysely, sql } from "kysely";

/**
 * A digest carries its moves (issues 14 and 18): one row per e-mail instead of one row per
 * (subscriber, move) pair.
 *
 * At bench scale a round recorded 154,263 pair rows for 45,985 digests. Writing them was most of
 * the round: the inserts and their four indexes (0.55 s) and, above all, the four foreign-key
 * checks PostgreSQL runs for every inserted row (subscriber, move, digest, saved search: 1.45 s of
 * a 3 s statement on a quiet machine), even for a digest the same statement had just inserted.
 * Now `alert_digests` holds, in three arrays of one length, each move, why it is in the e-mail
 * and the saved search that matched (NULL unless reason 'search'):
 * - "each move mailed once per subscriber" is kept by the round itself: rounds take turns on an
 *   advisory lock, and a round's NOT EXISTS reads the subscriber's digests (by
 *   alert_digests_subscriber_idx) created since the move was;
 * - pairs too old to mail (0010_2) are a digest of status 'skipped' with its reason, never claimed;
 * - a deleted move (a merge, a listed person's erasure, any cascade) leaves no trace: a statement
 *   trigger on moves removes it from every digest, after taking the round's lock so that a round
 *   running at the same time has committed its digests first (what ON DELETE CASCADE did);
 * - a deleted saved search keeps its id in old digests, read with a LEFT JOIN as "deleted" (what
 *   ON DELETE SET NULL showed): an id says nothing about anyone;
 * - an erased subscriber's digests keep their counts, subscriber_id set to NULL (unchanged).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE alert_digests
      ADD COLUMN move_ids bigint[] NOT NULL DEFAULT '{}',
      ADD COLUMN reasons text[] NOT NULL DEFAULT '{}',
      ADD COLUMN saved_search_ids bigint[] NOT NULL DEFAULT '{}',
      ADD COLUMN skipped_reason text,
      DROP CONSTRAINT alert_digests_status_check,
      ADD CONSTRAINT alert_digests_status_check
        CHECK (status IN ('queued', 'sending', 'sent', 'retrying', 'failed', 'skipped')),
      ADD CONSTRAINT alert_digests_skipped_check CHECK ((status = 'skipped') = (skipped_reason IS NOT NULL)),
      ADD CONSTRAINT alert_digests_pairs_check CHECK (
        cardinality(reasons) = cardinality(move_ids) AND cardinality(saved_search_ids) = cardinality(move_ids)
        AND reasons <@ '{arrival,departure,person,search}')`.execute(db);

  await sql`
    UPDATE alert_digests g
    SET move_ids = p.move_ids, reasons = p.reasons, saved_search_ids = p.saved_search_ids
    FROM (
      SELECT digest_id, array_agg(move_id ORDER BY id) AS move_ids, array_agg(reason ORDER BY id) AS reasons,
        array_agg(saved_search_id ORDER BY id) AS saved_search_ids
      FROM alert_deliveries WHERE digest_id IS NOT NULL GROUP BY digest_id
    ) p
    WHERE g.id = p.digest_id`.execute(db);
  // Pairs with no digest were skipped (too old to mail) or, without a reason, lost their digest.
  await sql`
    INSERT INTO alert_digests (subscriber_id, status, message_id, skipped_reason, move_ids, reasons,
      saved_search_ids, next_attempt_at, created_at)
    SELECT subscriber_id, 'skipped', '<skipped-' || gen_random_uuid() || '@carnet.invalid>', why,
      array_agg(move_id ORDER BY id), array_agg(reason ORDER BY id), array_agg(saved_search_id ORDER BY id),
      created_at, created_at
    FROM (SELECT *, coalesce(skipped_reason, 'sans e-mail') AS why FROM alert_deliveries WHERE digest_id IS NULL) d
    GROUP BY subscriber_id, created_at, why`.execute(db);
  await sql`DROP TABLE alert_deliveries`.execute(db);
  // The round reads the digests made since its oldest fresh move was created, and the trigger
  // below those since the deleted moves were: both a range of the newest rows.
  await sql`CREATE INDEX alert_digests_created_idx ON alert_digests (created_at)`.execute(db);

  await sql`
    CREATE FUNCTION carnet_alert_digests_forget_moves() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      gone bigint[];
    BEGIN
      SELECT array_agg(id) INTO gone FROM gone_moves;
      IF gone IS NULL THEN
        RETURN NULL;
      END IF;
      -- The round's lock (db/repositories/alerts.ts): a round that read these moves before they
      -- were deleted commits its digests first, and this statement, which takes its snapshot
      -- after, sees them.
      PERFORM pg_advisory_xact_lock(hashtext('carnet.alert_matching'));
      UPDATE alert_digests g
      SET (move_ids, reasons, saved_search_ids) = (
        SELECT coalesce(array_agg(p.move_id ORDER BY p.n), '{}'), coalesce(array_agg(p.reason ORDER BY p.n), '{}'),
          coalesce(array_agg(p.saved_search_id ORDER BY p.n), '{}')
        FROM unnest(g.move_ids, g.reasons, g.saved_search_ids) WITH ORDINALITY p (move_id, reason, saved_search_id, n)
        WHERE p.move_id <> ALL (gone))
      -- A digest holding a move was made after the move was (see recordDueDigests).
      WHERE g.move_ids && gone
        AND g.created_at >= (SELECT min(created_at) FROM gone_moves) - interval '1 day';
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER alert_digests_forget_moves AFTER DELETE ON moves
    REFERENCING OLD TABLE AS gone_moves
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_alert_digests_forget_moves()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS alert_digests_forget_moves ON moves`.execute(db);
  await sql`DROP INDEX IF EXISTS alert_digests_created_idx`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_alert_digests_forget_moves()`.execute(db);
  await sql`
    CREATE TABLE alert_deliveries (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint REFERENCES subscribers (id) ON DELETE SET NULL,
      move_id bigint NOT NULL REFERENCES moves (id) ON DELETE CASCADE,
      digest_id bigint REFERENCES alert_digests (id) ON DELETE SET NULL,
      reason text NOT NULL DEFAULT 'arrival' CHECK (reason IN ('arrival', 'departure', 'person', 'search')),
      created_at timestamptz NOT NULL DEFAULT now(),
      saved_search_id bigint REFERENCES saved_searches (id) ON DELETE SET NULL,
      skipped_reason text,
      UNIQUE (subscriber_id, move_id)
    )`.execute(db);
  await sql`CREATE INDEX alert_deliveries_digest_idx ON alert_deliveries (digest_id)`.execute(db);
  await sql`CREATE INDEX alert_deliveries_move_idx ON alert_deliveries (move_id)`.execute(db);
  await sql`CREATE INDEX alert_deliveries_skipped_idx ON alert_deliveries (created_at) WHERE skipped_reason IS NOT NULL`.execute(
    db,
  );
  await sql`
    INSERT INTO alert_deliveries (subscriber_id, move_id, digest_id, reason, created_at, saved_search_id, skipped_reason)
    SELECT g.subscriber_id, p.move_id, CASE WHEN g.status <> 'skipped' THEN g.id END, p.reason, g.created_at,
      ss.id, g.skipped_reason
    FROM alert_digests g
    CROSS JOIN unnest(g.move_ids, g.reasons, g.saved_search_ids) WITH ORDINALITY p (move_id, reason, saved_search_id, n)
    LEFT JOIN saved_searches ss ON ss.id = p.saved_search_id
    ORDER BY g.id, p.n`.execute(db);
  await sql`DELETE FROM alert_digests WHERE status = 'skipped'`.execute(db);
  await sql`
    ALTER TABLE alert_digests
      DROP CONSTRAINT alert_digests_pairs_check,
      DROP CONSTRAINT alert_digests_skipped_check,
      DROP CONSTRAINT alert_digests_status_check,
      ADD CONSTRAINT alert_digests_status_check CHECK (status IN ('queued', 'sending', 'sent', 'retrying', 'failed')),
      DROP COLUMN move_ids,
      DROP COLUMN reasons,
      DROP COLUMN saved_search_ids,
      DROP COLUMN skipped_reason`.execute(db);
}
