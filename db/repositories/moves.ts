import { sql } from "kysely";
import type { NewMove } from "../schema.ts";
import type { Queryable } from "./types.ts";

export interface MoveToInsert extends Omit<NewMove, "search_text" | "issue_id"> {
  previousCompanyIds: number[];
  /** Names that make the move findable: person, role, company, previous employers. */
  searchTerms: string[];
}

/**
 * An issue's moves, their previous employers and the issue's counts in one statement: the
 * importer's hot path (one round trip instead of three).
 */
export async function insertIssueMoves(
  db: Queryable,
  issueId: number,
  moves: MoveToInsert[],
  counts: { moves: number; pending: number },
): Promise<void> {
  const input = moves.map(({ previousCompanyIds, searchTerms, ...move }) => ({
    ...move,
    search_text: searchTerms.join(" "),
    previous: previousCompanyIds,
  }));
  await sql`/* prepared: import_insert_moves */
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS x(
        person_id bigint, company_id bigint, role text, kind text, seniority text, function text,
        predecessor_name text, paragraph_index integer, paragraph_text text, confidence real,
        reasons text[], status text, published_on date, search_text text, previous bigint[])
    ), inserted AS (
      INSERT INTO moves (person_id, company_id, role, kind, seniority, function, predecessor_name, issue_id,
        paragraph_index, paragraph_text, confidence, reasons, status, published_on, search_text)
      SELECT person_id, company_id, role, kind, seniority, function, predecessor_name, ${issueId},
        paragraph_index, paragraph_text, confidence, reasons, status, published_on, search_text
      FROM input
      RETURNING id, person_id, paragraph_index
    ), previous AS (
      INSERT INTO move_previous_companies (move_id, position, company_id)
      SELECT inserted.id, p.ordinality - 1, p.company_id
      FROM inserted
      JOIN input USING (person_id, paragraph_index)
      CROSS JOIN LATERAL unnest(input.previous) WITH ORDINALITY AS p(company_id, ordinality)
    )
    UPDATE newsletter_issues SET moves_count = ${counts.moves}, pending_count = ${counts.pending}
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
