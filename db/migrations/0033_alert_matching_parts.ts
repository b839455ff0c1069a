import { type Kysely, sql } from "kysely";

/**
 * A round matches its subscribers in parts, one transaction each on connections of their own, at
 * once (issue 14, db/repositories/alerts.ts): the parts of one round hold the round's advisory
 * lock shared (and each its part's lock alone), where one transaction held it alone before. The
 * subscriber checks of 0019, which every writer of alert_digests runs, took the lock alone too:
 * in a part they would wait for the other parts' shared holds, which wait for theirs. They now
 * take it shared, which is all they need: what the lock keeps from them is a subscriber's
 * deletion between the check and the commit, and deleting a subscriber (or a move) still takes it
 * alone, so it waits for every part's commit, and they for its.
 */
const checks = (lock: "pg_advisory_xact_lock" | "pg_advisory_xact_lock_shared") => [
  sql`
    CREATE OR REPLACE FUNCTION carnet_alert_digests_check_subscribers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- The round holds this lock already; any other writer takes it, so that a subscriber
      -- cannot be deleted between this check and its commit without the deletion seeing its rows.
      PERFORM ${sql.raw(lock)}(hashtext('carnet.alert_matching'));
      IF EXISTS (
        SELECT 1 FROM new_digests n
        WHERE n.subscriber_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = n.subscriber_id)
      ) THEN
        RAISE EXCEPTION 'insert or update on table "alert_digests" violates foreign key "alert_digests_subscriber_id"'
          USING ERRCODE = 'foreign_key_violation', DETAIL = 'subscriber_id is not in subscribers.';
      END IF;
      RETURN NULL;
    END $$`,
  sql`
    CREATE OR REPLACE FUNCTION carnet_alert_digests_check_subscriber() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM ${sql.raw(lock)}(hashtext('carnet.alert_matching'));
      IF NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = NEW.subscriber_id) THEN
        RAISE EXCEPTION 'insert or update on table "alert_digests" violates foreign key "alert_digests_subscriber_id"'
          USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (subscriber_id)=(%s) is not in subscribers.', NEW.subscriber_id);
      END IF;
      RETURN NEW;
    END $$`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of checks("pg_advisory_xact_lock_shared")) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of checks("pg_advisory_xact_lock")) await statement.execute(db);
}
