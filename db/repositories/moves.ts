import { type RawBuilder, sql } from "kysely";
import type { NewMove } from "../schema.ts";
import type { ImportedFile } from "./inbound.ts";
import type { Queryable } from "./types.ts";
import type { UnreadToInsert } from "./unread-paragraphs.ts";

export interface MoveToInsert extends Omit<NewMove, "search_text" | "issue_id"> {
  previousCompanyIds: number[];
  /** Names that make the move findable: person, role, company, previous employers. */
  searchTerms: string[];
}

/** How far apart two announcements of the same move may be (in days). */
export const SAME_MOVE_WINDOW_DAYS = 120;

/** The received message an issue was read from, recorded with its moves (insertIssueMoves). */
export type ReceivedMessage = Omit<ImportedFile, "status" | "issueId" | "moves">;

/**
 * The same move announced earlier by another issue, for an `input` row (person, company, role,
 * seniority, function, published_on): same person and company, not rejected, within
 * SAME_MOVE_WINDOW_DAYS, the same role or the same known seniority and function; the closest in
 * time. One home for that rule, which one issue's statement and a wave's both apply.
 */
function earlierAnnouncement(issueId: RawBuilder<unknown>) {
  return sql`(
        SELECT m.id FROM moves m
        WHERE m.person_id = input.person_id AND m.company_id = input.company_id
          AND m.status <> 'rejected' AND m.issue_id <> ${issueId}
          AND m.published_on BETWEEN input.published_on - ${SAME_MOVE_WINDOW_DAYS}::int
            AND input.published_on + ${SAME_MOVE_WINDOW_DAYS}::int
          AND (lower(m.role) = lower(input.role)
            OR (m.seniority = input.seniority AND m.function = input.function
              AND input.seniority <> 'other' AND input.function <> 'other'))
        ORDER BY abs(m.published_on - input.published_on), m.id
        LIMIT 1)`;
}

/**
 * A move's previous employers as the record shows them, from their ids in order: what
 * carnet_previous_companies (migration 0032) makes of the rows inserted for them. Built from the ids
 * rather than by calling that function: the rows are inserted by the same statement, whose parts do
 * not see each other's rows.
 */
const previousCompaniesOf = (ids: RawBuilder<unknown>) => sql`(
  SELECT json_agg(json_build_object('name', pc.name, 'slug', pc.slug) ORDER BY p.ordinality)
  FROM unnest(${ids}::bigint[]) WITH ORDINALITY AS p(company_id, ordinality)
  JOIN companies pc ON pc.id = p.company_id)`;

/**
 * The columns of a move to insert as the importer sends them (MoveToInsert, as JSON): one list for
 * insertIssueMoves and insertWaveMoves, so that a column added to one reaches the other.
 */
const MOVE_INPUT_COLUMNS = sql.raw(`person_id bigint, company_id bigint, role text, kind text, seniority text,
        function text, predecessor_name text, paragraph_index integer, paragraph_text text, confidence real,
        reasons text[], status text, published_on date, search_text text, previous bigint[]`);

/**
 * An issue's moves, their previous employers and the issue's counts in one statement: the
 * importer's hot path (one round trip instead of three). With `received`, the message the issue was
 * read from is kept in the same statement (inbound.recordImportedFile's insert, one round trip
 * fewer), as imported with all the issue's moves; `received` is then false when its content hash or
 * Message-ID was known already (nothing stored: the caller says which, recordImportedFile). A move another issue already announced
 * (same person and company, same role, or the same seniority and function when both are known,
 * within SAME_MOVE_WINDOW_DAYS) is not made twice: this issue becomes a further source of it.
 * The importer holds the person's name lock, so a concurrent import of the same move waits and
 * then sees it.
 */
export async function insertIssueMoves(
  db: Queryable,
  issueId: number,
  moves: MoveToInsert[],
  received?: ReceivedMessage,
): Promise<{ attached: number; pending: number; received: boolean | null }> {
  const input = moves.map(({ previousCompanyIds, searchTerms, ...move }) => ({
    ...move,
    search_text: searchTerms.join(" "),
    previous: previousCompanyIds,
  }));
  const { rows } = await sql<{
    attached: number;
    pending: number;
    received: boolean;
  }>`/* prepared: import_insert_moves */
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS x(${MOVE_INPUT_COLUMNS})
    ), matched AS (
      -- One row per (person, paragraph) in input (the importer keeps one record for each): the
      -- closest earlier announcement. LATERAL … LIMIT 1, so that each person's own moves are read by
      -- index: a join over all moves was planned as a hash join reading the whole table each issue
      -- (jsonb_to_recordset counts as 100 rows), 1–2 ms an issue once the table holds 16,000 moves.
      SELECT input.person_id, input.paragraph_index, input.paragraph_text, input.published_on, m.id AS move_id
      FROM input
      CROSS JOIN LATERAL ${earlierAnnouncement(sql`${issueId}`)} AS m
    ), attached AS (
      INSERT INTO move_sources (move_id, issue_id, paragraph_index, paragraph_text, published_on)
      SELECT move_id, ${issueId}, paragraph_index, paragraph_text, published_on FROM matched
      ON CONFLICT DO NOTHING
    ), inserted AS (
      INSERT INTO moves (person_id, company_id, role, kind, seniority, function, predecessor_name, issue_id,
        paragraph_index, paragraph_text, confidence, reasons, status, published_on, search_text,
        previous_companies)
      -- Set here as the trigger on the rows below would (migration 0032), so that it finds nothing to change.
      SELECT person_id, company_id, role, kind, seniority, function, predecessor_name, ${issueId},
        paragraph_index, paragraph_text, confidence, reasons, status, published_on, search_text,
        ${previousCompaniesOf(sql.ref("input.previous"))}
      FROM input
      WHERE NOT EXISTS (SELECT FROM matched
        WHERE matched.person_id = input.person_id AND matched.paragraph_index = input.paragraph_index)
      RETURNING id, person_id, paragraph_index, status
    ), previous AS (
      INSERT INTO move_previous_companies (move_id, position, company_id)
      SELECT inserted.id, p.ordinality - 1, p.company_id
      FROM inserted
      JOIN input USING (person_id, paragraph_index)
      CROSS JOIN LATERAL unnest(input.previous) WITH ORDINALITY AS p(company_id, ordinality)
    ), received AS (
      INSERT INTO inbound_messages (message_id, content_hash, raw, via, file_name, subject, status, issue_id,
        moves_count, processed_at)
      SELECT ${received?.message_id ?? null}::text, ${received?.content_hash ?? null}::text,
        ${received?.raw ?? null}::bytea, ${received?.via ?? null}::text, ${received?.file_name ?? null}::text,
        ${received?.subject ?? null}::text, 'imported', ${issueId}, (SELECT count(*) FROM input), now()
      WHERE ${received !== undefined}::boolean
      ON CONFLICT DO NOTHING
      RETURNING id
    )
    UPDATE newsletter_issues
    SET moves_count = (SELECT count(*) FROM input),
      pending_count = (SELECT count(*) FROM inserted WHERE status = 'pending')
    WHERE id = ${issueId}
    RETURNING (SELECT count(*) FROM matched)::int AS attached, pending_count AS pending,
      EXISTS (SELECT FROM received) AS received`.execute(db);
  const row = rows[0] ?? { attached: 0, pending: 0, received: false };
  return { ...row, received: received ? row.received : null };
}

/** An issue of a wave and what insertWaveMoves writes for it. */
export interface IssueMoves {
  issueId: number;
  moves: MoveToInsert[];
  unread: UnreadToInsert[];
}

/**
 * insertIssueMoves and unread-paragraphs.insertForIssue for the issues of a wave (import-waves.ts)
 * in one statement: their records name no person in common, so no issue's moves can be another's
 * earlier announcement, and each issue's are matched, attached and inserted as its own statement
 * would. Returns each issue's counts, in the order given. The received messages are the caller's
 * (inbound.recordImportedFiles).
 */
export async function insertWaveMoves(
  db: Queryable,
  issues: IssueMoves[],
): Promise<{ attached: number; pending: number; unread: number }[]> {
  const input = issues.flatMap(({ issueId, moves }) =>
    moves.map(({ previousCompanyIds, searchTerms, ...move }) => ({
      ...move,
      issue_id: issueId,
      search_text: searchTerms.join(" "),
      previous: previousCompanyIds,
    })),
  );
  const unread = issues.flatMap(({ issueId, unread }) => unread.map((u) => ({ ...u, issue_id: issueId })));
  const { rows } = await sql<{
    issue_id: number;
    attached: number;
    pending: number;
    unread: number;
  }>`/* prepared: import_insert_wave_moves */
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS x(issue_id bigint, ${MOVE_INPUT_COLUMNS})
    ), matched AS (
      -- As insertIssueMoves': the closest earlier announcement, read by index (LATERAL … LIMIT 1).
      SELECT input.issue_id, input.person_id, input.paragraph_index, input.paragraph_text, input.published_on,
        m.id AS move_id
      FROM input
      CROSS JOIN LATERAL ${earlierAnnouncement(sql.ref("input.issue_id"))} AS m
    ), attached AS (
      INSERT INTO move_sources (move_id, issue_id, paragraph_index, paragraph_text, published_on)
      SELECT move_id, issue_id, paragraph_index, paragraph_text, published_on FROM matched
      ON CONFLICT DO NOTHING
    ), inserted AS (
      INSERT INTO moves (person_id, company_id, role, kind, seniority, function, predecessor_name, issue_id,
        paragraph_index, paragraph_text, confidence, reasons, status, published_on, search_text,
        previous_companies)
      -- As insertIssueMoves': the previous employers set here (migration 0032).
      SELECT person_id, company_id, role, kind, seniority, function, predecessor_name, issue_id,
        paragraph_index, paragraph_text, confidence, reasons, status, published_on, search_text,
        ${previousCompaniesOf(sql.ref("input.previous"))}
      FROM input
      WHERE NOT EXISTS (SELECT FROM matched
        WHERE matched.issue_id = input.issue_id AND matched.person_id = input.person_id
          AND matched.paragraph_index = input.paragraph_index)
      RETURNING id, issue_id, person_id, paragraph_index, status
    ), previous AS (
      INSERT INTO move_previous_companies (move_id, position, company_id)
      SELECT inserted.id, p.ordinality - 1, p.company_id
      FROM inserted
      JOIN input USING (issue_id, person_id, paragraph_index)
      CROSS JOIN LATERAL unnest(input.previous) WITH ORDINALITY AS p(company_id, ordinality)
    ), unread AS (
      INSERT INTO unread_paragraphs (issue_id, paragraph_index, paragraph_text, reason, candidates)
      SELECT issue_id, paragraph_index, paragraph_text, reason, candidates
      FROM jsonb_to_recordset(${JSON.stringify(unread)}::jsonb)
        AS u(issue_id bigint, paragraph_index integer, paragraph_text text, reason text, candidates jsonb)
      ON CONFLICT (issue_id, paragraph_index) DO NOTHING
      RETURNING issue_id
    ), counted AS (
      -- The issue's id under a name no CTE has (inserted has an id of its own).
      SELECT w.wave_issue AS issue_id,
        (SELECT count(*) FROM input WHERE input.issue_id = w.wave_issue)::int AS moves,
        (SELECT count(*) FROM inserted WHERE inserted.issue_id = w.wave_issue AND inserted.status = 'pending')::int
          AS pending,
        (SELECT count(*) FROM matched WHERE matched.issue_id = w.wave_issue)::int AS attached,
        (SELECT count(*) FROM unread WHERE unread.issue_id = w.wave_issue)::int AS unread
      FROM unnest(${issues.map((i) => i.issueId)}::bigint[]) AS w (wave_issue)
    ), updated AS (
      UPDATE newsletter_issues n SET moves_count = counted.moves, pending_count = counted.pending
      FROM counted WHERE n.id = counted.issue_id
    )
    SELECT issue_id, attached, pending, unread FROM counted`.execute(db);
  const byIssue = new Map(rows.map((r) => [Number(r.issue_id), r]));
  return issues.map(({ issueId }) => {
    const row = byIssue.get(issueId)!;
    return { attached: row.attached, pending: row.pending, unread: row.unread };
  });
}

/** The (person, company) pairs an issue already announces, its own moves and those it attached to. */
export async function personCompanyPairsOfIssue(db: Queryable, issueId: number): Promise<Set<string>> {
  const { rows } = await sql<{ pair: string }>`
    SELECT person_id || '|' || company_id AS pair FROM moves WHERE issue_id = ${issueId}
    UNION
    SELECT m.person_id || '|' || m.company_id FROM move_sources s JOIN moves m ON m.id = s.move_id
    WHERE s.issue_id = ${issueId}`.execute(db);
  return new Set(rows.map((r) => r.pair));
}

/** An issue's counts after it was read again: its own moves and those it attached to. */
export async function recountIssueMoves(db: Queryable, issueId: number): Promise<void> {
  await sql`
    UPDATE newsletter_issues SET
      moves_count = (SELECT count(*) FROM moves WHERE issue_id = ${issueId})
        + (SELECT count(*) FROM move_sources WHERE issue_id = ${issueId}),
      pending_count = (SELECT count(*) FROM moves WHERE issue_id = ${issueId} AND status = 'pending')
    WHERE id = ${issueId}`.execute(db);
}

/**
 * Rewrites search_text for the given moves from the current names (after a rename or a merge),
 * so that free-text search keeps finding them.
 */
export async function refreshSearchText(
  db: Queryable,
  where: { moveIds?: number[]; personId?: number; companyId?: number },
) {
  await sql`
    UPDATE moves m SET search_text = concat_ws(' ', p.name, m.role, c.name, (
        SELECT string_agg(pc.name, ' ' ORDER BY mpc.position)
        FROM move_previous_companies mpc JOIN companies pc ON pc.id = mpc.company_id
        WHERE mpc.move_id = m.id)),
      updated_at = now()
    FROM people p, companies c
    WHERE p.id = m.person_id AND c.id = m.company_id
      AND (${where.moveIds ?? null}::bigint[] IS NULL OR m.id = ANY(${where.moveIds ?? null}::bigint[]))
      AND (${where.personId ?? null}::bigint IS NULL OR m.person_id = ${where.personId ?? null})
      AND (${where.companyId ?? null}::bigint IS NULL OR m.company_id = ${where.companyId ?? null}
           OR m.id IN (SELECT move_id FROM move_previous_companies WHERE company_id = ${where.companyId ?? null}))`.execute(
    db,
  );
}

/** One move added by hand to an issue (from a paragraph the parser did not understand). */
export async function insertIssueMove(db: Queryable, issueId: number, move: MoveToInsert): Promise<number> {
  const { previousCompanyIds, searchTerms, ...row } = move;
  const inserted = await db
    .insertInto("moves")
    .values({ ...row, issue_id: issueId, search_text: searchTerms.join(" ") })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (previousCompanyIds.length > 0)
    await db
      .insertInto("move_previous_companies")
      .values(
        previousCompanyIds.map((company_id, position) => ({ move_id: inserted.id, position, company_id })),
      )
      .execute();
  await db
    .updateTable("newsletter_issues")
    .set((eb) => ({ moves_count: eb("moves_count", "+", 1) }))
    .where("id", "=", issueId)
    .execute();
  return inserted.id;
}
