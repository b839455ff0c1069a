import { sql } from "kysely";
import type { NewMove } from "../schema.ts";
import type { Queryable } from "./types.ts";

export interface MoveToInsert extends Omit<NewMove, "search_text"> {
  previousCompanyIds: number[];
  /** Names that make the move findable: person, role, company, previous employers. */
  searchTerms: string[];
}

/** Multi-row inserts: one for the moves, one for all their previous employers. */
export async function insertMany(db: Queryable, moves: MoveToInsert[]): Promise<number[]> {
  if (moves.length === 0) return [];
  const rows = await db
    .insertInto("moves")
    .values(
      moves.map(({ previousCompanyIds: _p, searchTerms, ...move }) => ({
        ...move,
        search_text: searchTerms.join(" "),
      })),
    )
    .returning("id")
    .execute();
  const previous = moves.flatMap((move, i) =>
    move.previousCompanyIds.map((companyId, position) => ({
      move_id: rows[i]!.id,
      position,
      company_id: companyId,
    })),
  );
  if (previous.length > 0) await db.insertInto("move_previous_companies").values(previous).execute();
  return rows.map((r) => r.id);
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
