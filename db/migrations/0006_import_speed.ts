import { type Kysely, sql } from "kysely";

/**
 * Bulk imports. Without a pending list (0001), every new move rewrote, for each of its ~10 words,
 * that word's posting list in the full-text index, and every new person its ~18 trigrams' lists:
 * 75 KB of WAL an issue, 83% of all the importer wrote, and its largest CPU cost. A small pending
 * list takes the new entries as a plain append and merges them into the index a few hundred issues
 * at a time, one rewrite per word. Searches scan the pending list too, so it is kept small (256 kB,
 * about 150 issues), not the 4 MB default that made lookups slow (0001's comment).
 */
const INDEXES = ["moves_search_vector_idx", "people_key_trgm_idx"];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) {
    await sql.raw(`ALTER INDEX ${index} SET (fastupdate = on, gin_pending_list_limit = 256)`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) {
    // Moves what the pending list holds into the index proper, as 0001 left it.
    await sql.raw(`SELECT gin_clean_pending_list('${index}'::regclass)`).execute(db);
    await sql.raw(`ALTER INDEX ${index} SET (fastupdate = off)`).execute(db);
    await sql.raw(`ALTER INDEX ${index} RESET (gin_pending_list_limit)`).execute(db);
  }
}
