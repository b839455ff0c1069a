import { sql } from "kysely";
import type { MoveClassification } from "../../shared/move.ts";
import type { MoveStatus } from "../schema.ts";
import type { Queryable } from "./types.ts";

/** A move as the review queue and the edit form show it: with names, its paragraph and issue. */
export interface MoveForReview extends MoveClassification {
  id: number;
  status: MoveStatus;
  role: string;
  predecessor_name: string | null;
  confidence: number;
  reasons: string[];
  paragraph_text: string;
  paragraph_index: number;
  published_on: string;
  person_id: number;
  person_name: string;
  person_slug: string;
  company_id: number;
  company_name: string;
  company_slug: string;
  issue_id: number;
  issue_title: string | null;
  previous_companies: string[];
}

function selectMoves(db: Queryable) {
  return db
    .selectFrom("moves as m")
    .innerJoin("people as p", "p.id", "m.person_id")
    .innerJoin("companies as c", "c.id", "m.company_id")
    .innerJoin("newsletter_issues as i", "i.id", "m.issue_id")
    .select([
      "m.id",
      "m.status",
      "m.role",
      "m.kind",
      "m.seniority",
      "m.function",
      "m.predecessor_name",
      "m.confidence",
      "m.reasons",
      "m.paragraph_text",
      "m.paragraph_index",
      "m.published_on",
      "m.person_id",
      "p.name as person_name",
      "p.slug as person_slug",
      "m.company_id",
      "c.name as company_name",
      "c.slug as company_slug",
      "m.issue_id",
      "i.title as issue_title",
      sql<string[]>`ARRAY(SELECT pc.name FROM move_previous_companies mpc
        JOIN companies pc ON pc.id = mpc.company_id WHERE mpc.move_id = m.id ORDER BY mpc.position)`.as(
        "previous_companies",
      ),
    ]);
}

/** Pending moves, least sure first: the ones most likely wrong get a human's eyes first. */
export async function listPending(db: Queryable, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    selectMoves(db)
      .where("m.status", "=", "pending")
      .orderBy("m.confidence", "asc")
      .orderBy("m.id", "asc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom("moves")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow(),
  ]);
  return { moves: rows as MoveForReview[], total: Number(total.n) };
}

export async function findMove(db: Queryable, id: number): Promise<MoveForReview | undefined> {
  return (await selectMoves(db).where("m.id", "=", id).executeTakeFirst()) as MoveForReview | undefined;
}

/** Moves of one person or one company, newest first, whatever their status (for the edit pages). */
export async function listMovesOf(db: Queryable, of: { personId?: number; companyId?: number }) {
  let query = selectMoves(db).orderBy("m.published_on", "desc").orderBy("m.id", "desc").limit(200);
  if (of.personId) query = query.where("m.person_id", "=", of.personId);
  if (of.companyId) query = query.where("m.company_id", "=", of.companyId);
  return (await query.execute()) as MoveForReview[];
}

/**
 * Sets the status of the given moves not already there, returning the ids changed. Entering
 * 'published' stamps `published_at` (trigger of migration 0003), which is what the next alert
 * round looks for; `updated_at` moves to now as well.
 */
export async function setStatus(
  db: Queryable,
  ids: number[],
  to: MoveStatus,
  extra: Record<string, unknown> = {},
): Promise<{ id: number; status: MoveStatus }[]> {
  if (ids.length === 0) return [];
  return db
    .updateTable("moves")
    .set({ status: to, updated_at: sql`now()`, ...extra })
    .where("id", "in", ids)
    .where("status", "<>", to)
    .returning(["id", "status"])
    .execute();
}

export interface MoveChanges extends MoveClassification {
  role: string;
  predecessor_name: string | null;
  published_on: string;
  person_id: number;
  company_id: number;
}

export async function updateMove(db: Queryable, id: number, changes: MoveChanges): Promise<void> {
  await db
    .updateTable("moves")
    .set({ ...changes, updated_at: sql`now()` })
    .where("id", "=", id)
    .execute();
}

/** The move that already records this person in this paragraph, if any (unique in the schema). */
export async function findSameParagraph(
  db: Queryable,
  move: { id: number; issue_id: number; paragraph_index: number },
  personId: number,
) {
  return db
    .selectFrom("moves")
    .select("id")
    .where("issue_id", "=", move.issue_id)
    .where("paragraph_index", "=", move.paragraph_index)
    .where("person_id", "=", personId)
    .where("id", "<>", move.id)
    .executeTakeFirst();
}
