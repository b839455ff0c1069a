import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database, DeliveryReason, Frequency } from "../schema.ts";
import type { Queryable } from "./types.ts";

/**
 * The alert pipeline's SQL: matching (subscriber, move) pairs, grouping them into digests (each
 * digest row carries its moves, migration 0018), and the digest status lock. Every step is
 * set-based and safe to run from several processes at once: an advisory lock (matching) and row
 * locks (sending) do the coordination, not the callers.
 */

export interface MatchWindow {
  frequency: Frequency;
  now: Date;
  /** Moves published before now - lookback are history, not news: never matched. */
  lookbackDays: number;
  /** Pairs whose move was published before now - maxAge are recorded as skipped, not mailed. */
  maxAgeDays: number;
}

/**
 * How many parts a round's subscribers are matched in, each a transaction of its own on its own
 * connection, run at once (subscriber id modulo MATCH_PARTS). One statement cannot use a second
 * core: PostgreSQL plans no parallel workers for a statement that writes, and the statement's
 * writing (43,394 digests at bench scale) is half its CPU. Two parts halve the writing, the sort and
 * the grouping a connection does, at the price of both reading every fresh move and probing the
 * follows of every touched company (a sixth to a third more CPU in all, README "Alerts: where the
 * time goes"). A constant: two processes running
 * rounds with different part counts would split the subscribers differently, and their parts'
 * locks would not keep each subscriber's pairs to one transaction at a time.
 */
export const MATCH_PARTS = 2;

/**
 * Records the pairs newly due for subscribers of one frequency as one digest per subscriber
 * carrying its moves, in one statement per part (MATCH_PARTS): published moves (at a followed
 * company — by its key or an alias's key — or, for subscribers who asked, leaving one; of a
 * followed person; matching a saved search) published since the subscriber confirmed and in none
 * of their digests yet.
 *
 * "Each move mailed once per subscriber" is this statement's doing: rounds take turns on each part
 * (a transaction-scoped advisory lock per part, whatever their frequency: a subscriber who changed
 * frequency could be in two), so a part's statement, whose snapshot is taken once its lock is
 * held, sees every digest the previous round made for that part's subscribers, and its NOT EXISTS
 * leaves their moves out. One row per digest rather than per pair (migration 0018): at bench scale
 * the 154,000 pair rows' inserts and foreign-key checks were 2 s of a 3 s round.
 *
 * Each part also holds the round's lock shared, which deleting a move (the trigger of 0018) or a
 * subscriber (0019, whose triggers keep the digest's subscriber as the foreign key did, checked
 * once per statement rather than once per row) takes alone: a deletion waits for every part's
 * commit, so no digest keeps a move or a subscriber deleted while a round ran, and a part waits for
 * a deletion's. The round's lock first, then the part's: no part holding its own lock ever waits
 * for a deletion that waits for another part.
 */
export async function recordDueDigests(
  db: Kysely<Database>,
  window: MatchWindow,
  messageDomain: string,
): Promise<{ duePairs: number; skippedPairs: number; digestIds: number[] }> {
  const matchPart = (part: number) =>
    db.transaction().execute(async (trx) => {
      // One round trip for the settings and the locks. work_mem: the join and the sort hold a few
      // hundred thousand rows at most; keep them in memory. jit: the planner's cost for the
      // statement (inflated by the CTEs' guesses) turns JIT on, which compiled for 1.2 s at bench
      // scale to save nothing: the statement's work is rows, not expressions.
      await sql`
        SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true),
          pg_advisory_xact_lock_shared(hashtext('carnet.alert_matching')),
          pg_advisory_xact_lock(hashtext('carnet.alert_matching'), ${part}::int)`.execute(trx);
      const { rows } = await dueDigestsStatement(window, messageDomain, part).execute(trx);
      return rows[0]!;
    });
  // Every part runs to its end, even when one fails: a part committed is a part recorded (the next
  // round matches the rest), and no part is left running in the background of a failed round.
  const parts = await Promise.allSettled(Array.from({ length: MATCH_PARTS }, (_, part) => matchPart(part)));
  const failed = parts.find((p) => p.status === "rejected");
  if (failed) throw failed.reason;
  const done = parts.map(
    (p) => (p as PromiseFulfilledResult<{ pairs: number; skipped: number; used: number[] | null }>).value,
  );
  return {
    duePairs: done.reduce((sum, p) => sum + p.pairs, 0),
    skippedPairs: done.reduce((sum, p) => sum + p.skipped, 0),
    digestIds: done.flatMap((p) => p.used ?? []).sort((a, b) => a - b),
  };
}

/**
 * The matching statement of one part of recordDueDigests (its subscribers: id modulo MATCH_PARTS
 * = part), apart so that bench:alerts can EXPLAIN it.
 */
export function dueDigestsStatement(window: MatchWindow, messageDomain: string, part: number) {
  // A subscriber id is in this part when it is in none of the others. The planner has no statistics
  // on the modulo and guesses an equality on it keeps 0.5 % of the rows: on the saved searches it
  // then nested-looped over what it took for a few rows (120 s instead of 1.5 s at bench scale).
  // "In no other part" it takes for nearly every row, the estimates (and plans) of one whole round.
  const others = Array.from({ length: MATCH_PARTS }, (_, p) => p).filter((p) => p !== part);
  const inPart = (id: RawBuilder<unknown>) =>
    sql`${id} % ${sql.lit(MATCH_PARTS)} <> ALL (${sql.raw(`'{${others.join(",")}}'::int[]`)})`;
  const since = new Date(window.now.getTime() - window.lookbackDays * 86_400_000);
  const staleBefore = new Date(window.now.getTime() - window.maxAgeDays * 86_400_000);
  const skipReason = `publié plus de ${window.maxAgeDays} jours avant la tournée (ALERTS_MAX_AGE_DAYS)`;
  return sql<{
    pairs: number;
    skipped: number;
    used: number[] | null;
  }>`
      WITH fresh AS MATERIALIZED (
        SELECT id, person_id, company_id, kind, seniority, function, search_vector, published_at, created_at FROM moves
        WHERE status = 'published' AND published_at > ${since}
      ), touched AS MATERIALIZED (
        -- Each company a fresh move is news for, under each key it is followed by (its own or an
        -- alias's): the move's company as an arrival, each company the person left as a departure.
        SELECT t.move_id, t.published_at, t.created_at, t.reason, k.key
        FROM (
          SELECT id AS move_id, company_id, published_at, created_at, 'arrival' AS reason FROM fresh
          UNION ALL
          SELECT f.id, mpc.company_id, f.published_at, f.created_at, 'departure'
          FROM fresh f JOIN move_previous_companies mpc ON mpc.move_id = f.id
        ) t
        CROSS JOIN LATERAL (
          SELECT key FROM companies WHERE id = t.company_id
          UNION ALL SELECT key FROM company_aliases WHERE company_id = t.company_id
        ) k
      ), move_keys AS MATERIALIZED (
        -- Every key a fresh move carries, in the form of saved_searches.match_keys (migration 0017).
        SELECT f.id AS move_id, 'w:' || w.lexeme AS key FROM fresh f, unnest(tsvector_to_array(f.search_vector)) w (lexeme)
        UNION ALL SELECT move_id, 'c:' || key FROM touched WHERE reason = 'arrival'
        UNION ALL SELECT f.id, 'f:' || f.function FROM fresh f
        UNION ALL SELECT f.id, 's:' || f.seniority FROM fresh f
        UNION ALL SELECT f.id, 'k:' || f.kind FROM fresh f
        UNION ALL SELECT f.id, '*' FROM fresh f
      ), round_keys AS (
        SELECT key, count(*) AS moves FROM move_keys GROUP BY key
      ), moves_keys AS (
        SELECT move_id, array_agg(key) AS keys FROM move_keys GROUP BY move_id
      ), anchored_searches AS (
        -- Each search anchored on its required key that is rarest among this round's moves; a
        -- search one of whose keys no fresh move carries cannot match and drops out here.
        SELECT ss.id, (array_agg(sk.key ORDER BY rk.moves, sk.key))[1] AS anchor
        FROM saved_searches ss
        CROSS JOIN LATERAL unnest(CASE WHEN cardinality(ss.match_keys) > 0 THEN ss.match_keys ELSE '{*}' END) sk (key)
        LEFT JOIN round_keys rk ON rk.key = sk.key
        -- (A webhook's searches, subscriber_id NULL, are no round's: NULL is in no part.)
        WHERE ${inPart(sql.ref("ss.subscriber_id"))}
        GROUP BY ss.id
        HAVING count(rk.key) = count(*)
      ), candidates AS (
        SELECT fo.subscriber_id, t.move_id, t.published_at, t.created_at, t.reason, NULL::bigint AS saved_search_id
        FROM touched t
        -- A few thousand keys against every follow: probe the index rather than hash the table
        -- (OFFSET 0 keeps the planner from flattening the lateral into a hash join over follows).
        CROSS JOIN LATERAL (SELECT subscriber_id FROM follows WHERE company_key = t.key AND ${inPart(sql.ref("subscriber_id"))} OFFSET 0) fo
        UNION ALL
        SELECT pf.subscriber_id, f.id, f.published_at, f.created_at, 'person', NULL
        FROM fresh f JOIN person_follows pf ON pf.person_id = f.person_id
        WHERE ${inPart(sql.ref("pf.subscriber_id"))}
        UNION ALL
        -- The moves carrying a search's anchor are its only candidates. On those, every key of the
        -- search (company, function, seniority, kind, required words) must be the move's, and the
        -- words as typed (phrase, OR, minus) must match, the same as the search page's
        -- (db/repositories/search.ts).
        SELECT ss.subscriber_id, f.id, f.published_at, f.created_at, 'search', ss.id
        FROM anchored_searches a
        JOIN move_keys mk ON mk.key = a.anchor
        JOIN saved_searches ss ON ss.id = a.id
        JOIN moves_keys m ON m.move_id = mk.move_id
        JOIN fresh f ON f.id = mk.move_id
        WHERE ss.match_keys <@ m.keys
          AND (ss.words_query IS NULL OR f.search_vector @@ ss.words_query)
      ), recorded AS (
        -- The (subscriber, move) pairs already in a digest, unnested so that the check above is
        -- one hash lookup per candidate. A digest holding a fresh move was made after that move
        -- was created, so only digests since the oldest fresh move are read
        -- (alert_digests_created_idx); the day's margin covers a round that waited on the lock
        -- while the move was imported.
        SELECT g.subscriber_id, r.move_id
        FROM alert_digests g CROSS JOIN unnest(g.move_ids) r (move_id)
        WHERE g.created_at >= (SELECT min(created_at) FROM fresh) - interval '1 day'
          AND ${inPart(sql.ref("g.subscriber_id"))}
      ), due AS (
        SELECT DISTINCT ON (subscriber_id, stale, move_id) s.id AS subscriber_id, c.move_id, c.reason, c.saved_search_id,
          c.published_at < ${staleBefore} AS stale
        FROM candidates c
        JOIN subscribers s ON s.id = c.subscriber_id
        WHERE ${inPart(sql.ref("s.id"))} AND s.status = 'confirmed' AND s.frequency = ${window.frequency} AND s.mail_blocked IS NULL
          AND c.published_at >= s.confirmed_at
          AND (c.reason <> 'departure' OR s.include_departures)
          -- Each move once per subscriber: in none of their digests (skipped ones included).
          AND NOT EXISTS (SELECT 1 FROM recorded r WHERE r.subscriber_id = s.id AND r.move_id = c.move_id)
        -- A move is sent once: as news of a followed company first (an arrival before a departure),
        -- then of a followed person, then of the oldest matching search. Whether it is stale
        -- depends on the move alone; sorting on it here hands the digests their rows grouped.
        ORDER BY subscriber_id, stale, move_id, reason, saved_search_id
      ), digests AS (
        -- One row per subscriber carrying its moves (migration 0018), queued; the moves too old
        -- to mail in a row of their own, 'skipped': recorded, never sent, never due again.
        INSERT INTO alert_digests (subscriber_id, message_id, status, skipped_reason, move_ids, reasons,
          saved_search_ids, created_at)
        -- Message-IDs unique by how they are made, a random id drawn once per part and the
        -- subscriber (in one part, with one digest a round, two with a skipped one): a gen_random_uuid() per
        -- digest was 0.1 s of the round at bench scale, and the unique index that checked them,
        -- never read, was dropped by migration 0019.
        SELECT subscriber_id,
          '<digest-' || (SELECT gen_random_uuid()) || '-' || subscriber_id || CASE WHEN stale THEN '-s' ELSE '' END
            || '@' || ${messageDomain} || '>',
          CASE WHEN stale THEN 'skipped' ELSE 'queued' END, CASE WHEN stale THEN ${skipReason} END,
          -- No ORDER BY in the aggregates: each would sort every group apart (46,000 small sorts,
          -- 2.4 s at bench scale); the three arrays are filled from the same rows in the same
          -- order, which is all that keeps them parallel.
          array_agg(move_id), array_agg(reason), array_agg(saved_search_id), statement_timestamp()
        FROM due
        GROUP BY subscriber_id, stale
        RETURNING id, status, cardinality(move_ids) AS moves
      )
      SELECT coalesce(sum(moves) FILTER (WHERE status = 'queued'), 0)::int AS pairs,
        coalesce(sum(moves) FILTER (WHERE status = 'skipped'), 0)::int AS skipped,
        array_agg(id ORDER BY id) FILTER (WHERE status = 'queued') AS used
      FROM digests`;
}

export interface ClaimedDigest {
  id: number;
  subscriberId: number | null;
  messageId: string;
  attempts: number;
  /** The subscriber's address and status as the claim found them (null: erased). */
  email: string | null;
  subscriberStatus: string | null;
}

/**
 * The status lock: moves due digests ('queued', 'retrying' whose time has come, or 'sending' left
 * by a process that died more than staleMs ago) to 'sending' and returns them, each with its
 * recipient. A row claimed here is claimed by no one else until it is marked or goes stale.
 *
 * Prepared (db/database.ts): sending claims a batch of 50 about a thousand times a round, and the
 * recipient read in the same statement rather than in a query of its own (a round trip and a plan
 * per batch less).
 */
export async function claimDueDigests(
  db: Queryable,
  options: { now: Date; staleMs: number; limit: number; ids?: number[] },
): Promise<ClaimedDigest[]> {
  const staleBefore = new Date(options.now.getTime() - options.staleMs);
  // The limit written into the text and the ids' condition only when given, so that each form is a
  // statement of its own whose generic plan is the one a custom plan would be (a parameter there
  // made PostgreSQL plan each claim anew).
  const limit = sql.lit(Math.trunc(options.limit));
  const name = sql.raw(`alerts_claim_digests_${Math.trunc(options.limit)}${options.ids ? "_ids" : ""}`);
  const onlyIds = options.ids ? sql`AND id = ANY(${options.ids}::bigint[])` : sql``;
  // Two branches, each read in index order (migration 0017_2): an OR of the two would scan and
  // sort every queued digest for each claim. Stale ones first: they have waited longest.
  const { rows } = await sql<ClaimedDigest>`/* prepared: ${name} */
    WITH stale AS (
      SELECT id FROM alert_digests
      WHERE status = 'sending' AND claimed_at < ${staleBefore} ${onlyIds}
      ORDER BY claimed_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), due AS (
      SELECT id FROM alert_digests
      WHERE status IN ('queued', 'retrying') AND next_attempt_at <= ${options.now} ${onlyIds}
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE alert_digests g
      SET status = 'sending', claimed_at = ${options.now}, attempts = g.attempts + 1
      -- = ANY(ARRAY(…)): the 50 ids looked up by primary key, where IN (…) hashed them against the table.
      WHERE g.id = ANY(ARRAY(SELECT id FROM stale UNION ALL SELECT id FROM due LIMIT ${limit}))
      RETURNING g.id, g.subscriber_id, g.message_id, g.attempts
    )
    SELECT c.id, c.subscriber_id AS "subscriberId", c.message_id AS "messageId", c.attempts,
      s.email, s.status AS "subscriberStatus"
    FROM claimed c LEFT JOIN subscribers s ON s.id = c.subscriber_id`.execute(db);
  return rows;
}

export interface DigestMove {
  digestId: number;
  reason: DeliveryReason;
  /** The saved search's name, for reason 'search' (null if the search was deleted since). */
  searchName: string | null;
  searchId: number | null;
  /** The newsletter paragraph the move was read from. */
  paragraph: string;
  /** For a followed person: their post before this move ("directeur financier, Alstom"). */
  previousPost: string | null;
  moveId: number;
  role: string;
  kind: string;
  publishedOn: string;
  personName: string;
  personSlug: string;
  companyName: string;
  companySlug: string;
  previousCompanies: string[];
  /**
   * For a departure, the company the subscriber follows among those the person left (through its
   * key or an alias's), first in the paragraph's order; null for arrivals, or when the subscriber
   * no longer follows any of them.
   */
  followedCompany: string | null;
  issueId: number;
  issueTitle: string | null;
}

/**
 * Everything the digests' e-mails show, for many digests in one query; unpublished moves drop out.
 * JIT is off for it: right after a round, the digests' statistics are a round old, the planner
 * expects thousands of rows for 50 digests and JIT-compiles a 5 ms query for seconds (9.5 s a batch
 * on the loaded bench machine, sending stalled at 70 digests/s). In the caller's transaction if
 * any (jit stays off and plans generic there until it ends), else in one of its own.
 */
export async function loadDigestMoves(db: Queryable, digestIds: number[]): Promise<DigestMove[]> {
  if (digestIds.length === 0) return [];
  const load = async (trx: Queryable) => {
    // Prepared and planned once per connection, whatever the ids (a generic plan): planning this
    // join of seven tables was 4–5 ms of every batch of 50, more than running it.
    await sql`SELECT set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_generic_plan', true)`.execute(
      trx,
    );
    const { rows } = await sql<DigestMove>`/* prepared: alerts_digest_moves */
    SELECT g.id AS "digestId", d.reason, m.id AS "moveId", m.role, m.kind, m.paragraph_text AS paragraph,
      m.published_on AS "publishedOn", p.name AS "personName", p.slug AS "personSlug",
      c.name AS "companyName", c.slug AS "companySlug", m.issue_id AS "issueId", i.title AS "issueTitle",
      COALESCE((SELECT array_agg(pc.name ORDER BY mpc.position)
        FROM move_previous_companies mpc JOIN companies pc ON pc.id = mpc.company_id
        WHERE mpc.move_id = m.id), '{}') AS "previousCompanies",
      CASE WHEN d.reason = 'departure' THEN (
        SELECT pc.name FROM move_previous_companies mpc JOIN companies pc ON pc.id = mpc.company_id
        WHERE mpc.move_id = m.id AND EXISTS (
          SELECT 1 FROM follows fo WHERE fo.subscriber_id = g.subscriber_id
            AND fo.company_key IN (SELECT pc.key UNION ALL SELECT key FROM company_aliases WHERE company_id = pc.id))
        ORDER BY mpc.position LIMIT 1) END AS "followedCompany",
      ss.name AS "searchName", ss.id AS "searchId",
      CASE WHEN d.reason = 'person' THEN (
        SELECT pm.role || ', ' || pco.name FROM moves pm JOIN companies pco ON pco.id = pm.company_id
        WHERE pm.person_id = m.person_id AND pm.status = 'published' AND pm.id <> m.id
          AND (pm.published_on, pm.id) < (m.published_on, m.id)
        ORDER BY pm.published_on DESC, pm.id DESC LIMIT 1) END AS "previousPost"
    FROM alert_digests g
    CROSS JOIN unnest(g.move_ids, g.reasons, g.saved_search_ids) AS d (move_id, reason, saved_search_id)
    -- A search deleted since leaves its id here (migration 0018): it reads as no search.
    LEFT JOIN saved_searches ss ON ss.id = d.saved_search_id
    JOIN moves m ON m.id = d.move_id AND m.status = 'published'
    JOIN people p ON p.id = m.person_id
    JOIN companies c ON c.id = m.company_id
    JOIN newsletter_issues i ON i.id = m.issue_id
    WHERE g.id = ANY(${digestIds}::bigint[])
    ORDER BY g.id, d.reason, ss.name, c.name, m.published_on DESC, m.id`.execute(trx);
    return rows;
  };
  return db.isTransaction ? load(db) : db.transaction().execute(load);
}

/**
 * Marks a batch of digests sent in one statement: one round trip and one commit for the batch,
 * not one per message (46,000 single-row commits were a third of a round's sending time).
 */
export async function markSent(db: Queryable, sent: { id: number; subject: string }[], now: Date) {
  if (sent.length === 0) return;
  await sql`/* prepared: alerts_mark_sent */
    UPDATE alert_digests g
    SET status = 'sent', subject = s.subject, sent_at = ${now}, last_error = NULL
    FROM unnest(${sent.map((d) => d.id)}::bigint[], ${sent.map((d) => d.subject)}::text[]) AS s (id, subject)
    WHERE g.id = s.id AND g.status = 'sending'`.execute(db);
}

// next_attempt_at is Generated<Timestamp> in db/schema.ts, which Kysely types as the ColumnType
// itself rather than Date; a bound parameter (sql`${date}`) says the same thing without the quirk.
export async function markRetrying(db: Queryable, id: number, error: string, nextAttemptAt: Date) {
  await db
    .updateTable("alert_digests")
    .set({ status: "retrying", last_error: error, next_attempt_at: sql<never>`${nextAttemptAt}` })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .execute();
}

export async function markFailed(db: Queryable, id: number, error: string) {
  await db
    .updateTable("alert_digests")
    .set({ status: "failed", last_error: error })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .execute();
}

/** Digests some process should pick up now: what the scheduler re-queues after a lost job. */
export async function dueDigestIds(
  db: Queryable,
  now: Date,
  staleMs: number,
  limit = 10_000,
): Promise<number[]> {
  const staleBefore = new Date(now.getTime() - staleMs);
  const rows = await db
    .selectFrom("alert_digests")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "in", ["queued", "retrying"]), eb("next_attempt_at", "<=", sql<never>`${now}`)]),
        eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", staleBefore)]),
      ]),
    )
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
