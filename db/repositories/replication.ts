import { sql } from "kysely";
import type { DB } from "../database.ts";

/**
 * Where the primary's WAL is now (an LSN such as '16/B374D848'): its insert position, which holds
 * every commit already acknowledged. The write position (pg_current_wal_lsn) can be behind it by the
 * commits of synchronous_commit = off not yet written (up to wal_writer_delay), which a replica then
 * seemed to hold already.
 */
export async function primaryWalPosition(db: DB): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_insert_lsn()::text AS lsn`.execute(db);
  return rows[0]!.lsn;
}

export interface StandbyPosition {
  /** False for a server that is not (or no longer) a standby. */
  standby: boolean;
  /** The last WAL position replayed. */
  replayed: string | null;
  /** Age of the last transaction replayed, in seconds. */
  lastReplayAgeSeconds: number | null;
}

export async function standbyPosition(db: DB): Promise<StandbyPosition> {
  const { rows } = await sql<{ standby: boolean; replayed: string | null; age: number | null }>`
    SELECT pg_is_in_recovery() AS standby,
           pg_last_wal_replay_lsn()::text AS replayed,
           extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS age`.execute(db);
  const row = rows[0]!;
  return { standby: row.standby, replayed: row.replayed, lastReplayAgeSeconds: row.age };
}
