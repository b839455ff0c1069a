import { type Kysely, sql } from "kysely";

/**
 * Writing a round's digests for less (issue 14). After 0018 the follows-only bench round inserts
 * 43,394 digests, and two things PostgreSQL does for every one of them were 40 % of the
 * statement's CPU and half of its WAL, for no row the round could get wrong:
 *
 * - The subscriber foreign key checks each inserted row apart: a `SELECT … FOR KEY SHARE` on the
 *   subscriber, which locks the subscriber's row, so every digest also wrote a lock record and
 *   dirtied the subscribers' pages (a full-page image of each after a checkpoint): 110–150 ms of
 *   CPU and 14 MB of WAL a round. The same rule is now kept by triggers, set-based: a statement
 *   trigger checks a statement's new digests against subscribers in one anti-join, and a
 *   subscriber's deletion (erasure, the retention purge) sets their digests' subscriber_id to
 *   NULL, as ON DELETE SET NULL did. Both take the round's advisory lock first (as 0018's trigger
 *   on moves does): a subscriber deleted while a round runs is deleted after the round's digests
 *   are committed, and its UPDATE, whose snapshot is taken after the lock, clears them too.
 * - The unique index on message_id: 67-byte keys in no useful order (a round's Message-IDs end
 *   with the subscriber's id written as text), 7 MB of index and 9 MB of WAL a round, 40–60 ms of
 *   CPU, and never read: nothing looks a digest up by its Message-ID. The Message-IDs are unique by
 *   how they are made (db/repositories/alerts.ts): a random id drawn once per round, then the
 *   subscriber, who has one digest a round (two with 'skipped', which add '-s').
 *
 * Measured on the bench's data (statement alone, CHECKPOINT before each run, alternating, load
 * 7): PostgreSQL CPU 450–510 ms before, 280–310 ms after; WAL 47.8 MB before, 24.6 MB after.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE alert_digests DROP CONSTRAINT alert_digests_subscriber_id_fkey`.execute(db);
  await sql`ALTER TABLE alert_digests DROP CONSTRAINT alert_digests_message_id_key`.execute(db);

  await sql`
    CREATE FUNCTION carnet_alert_digests_check_subscribers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- The round holds this lock already; any other writer takes it, so that a subscriber
      -- cannot be deleted between this check and its commit without the deletion seeing its rows.
      PERFORM pg_advisory_xact_lock(hashtext('carnet.alert_matching'));
      IF EXISTS (
        SELECT 1 FROM new_digests n
        WHERE n.subscriber_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = n.subscriber_id)
      ) THEN
        RAISE EXCEPTION 'insert or update on table "alert_digests" violates foreign key "alert_digests_subscriber_id"'
          USING ERRCODE = 'foreign_key_violation', DETAIL = 'subscriber_id is not in subscribers.';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER alert_digests_check_subscribers_insert AFTER INSERT ON alert_digests
    REFERENCING NEW TABLE AS new_digests
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_alert_digests_check_subscribers()`.execute(db);
  // Transition tables cannot go with UPDATE OF a column, and a statement trigger on every update
  // would run for each batch marked sent: updates of subscriber_id (none but the NULLs below) are
  // checked per row, and only they.
  await sql`
    CREATE FUNCTION carnet_alert_digests_check_subscriber() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('carnet.alert_matching'));
      IF NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = NEW.subscriber_id) THEN
        RAISE EXCEPTION 'insert or update on table "alert_digests" violates foreign key "alert_digests_subscriber_id"'
          USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (subscriber_id)=(%s) is not in subscribers.', NEW.subscriber_id);
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER alert_digests_check_subscriber_update BEFORE UPDATE OF subscriber_id ON alert_digests
    FOR EACH ROW WHEN (NEW.subscriber_id IS NOT NULL AND NEW.subscriber_id IS DISTINCT FROM OLD.subscriber_id)
    EXECUTE FUNCTION carnet_alert_digests_check_subscriber()`.execute(db);

  await sql`
    CREATE FUNCTION carnet_alert_digests_forget_subscribers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- (Nested: a TRUNCATE has no transition table, and plpgsql plans a condition whole.)
      IF TG_OP = 'DELETE' THEN
        IF NOT EXISTS (SELECT 1 FROM gone_subscribers) THEN
          RETURN NULL;
        END IF;
      END IF;
      -- A round that read these subscribers before they were deleted commits its digests first,
      -- and the UPDATE below, which takes its snapshot after, sees them.
      PERFORM pg_advisory_xact_lock(hashtext('carnet.alert_matching'));
      IF TG_OP = 'TRUNCATE' THEN
        UPDATE alert_digests SET subscriber_id = NULL WHERE subscriber_id IS NOT NULL;
      ELSE
        UPDATE alert_digests SET subscriber_id = NULL WHERE subscriber_id IN (SELECT id FROM gone_subscribers);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER alert_digests_forget_subscribers AFTER DELETE ON subscribers
    REFERENCING OLD TABLE AS gone_subscribers
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_alert_digests_forget_subscribers()`.execute(db);
  await sql`
    CREATE TRIGGER alert_digests_forget_subscribers_truncate AFTER TRUNCATE ON subscribers
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_alert_digests_forget_subscribers()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS alert_digests_forget_subscribers_truncate ON subscribers`.execute(db);
  await sql`DROP TRIGGER IF EXISTS alert_digests_forget_subscribers ON subscribers`.execute(db);
  await sql`DROP TRIGGER IF EXISTS alert_digests_check_subscriber_update ON alert_digests`.execute(db);
  await sql`DROP TRIGGER IF EXISTS alert_digests_check_subscribers_insert ON alert_digests`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_alert_digests_forget_subscribers()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_alert_digests_check_subscriber()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_alert_digests_check_subscribers()`.execute(db);
  await sql`ALTER TABLE alert_digests ADD CONSTRAINT alert_digests_message_id_key UNIQUE (message_id)`.execute(
    db,
  );
  await sql`
    ALTER TABLE alert_digests ADD CONSTRAINT alert_digests_subscriber_id_fkey
    FOREIGN KEY (subscriber_id) REFERENCES subscribers (id) ON DELETE SET NULL`.execute(db);
}
