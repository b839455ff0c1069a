import { sql } from "kysely";
import type { UnreadCandidates, UnreadParagraphsTable } from "../schema.ts";
import type { Queryable } from "./types.ts";

/**
 * Why a paragraph is in the queue (migrations 0008, 0021): outside_section is a paragraph outside any
 * section, in an issue whose moves section was not found (jobs/parse/unread.ts).
 */
export type UnreadReason = UnreadParagraphsTable["reason"];

/** A paragraph the parser did not understand, as the review queue shows it. */
export interface UnreadForReview {
  id: number;
  issue_id: number;
  issue_title: string | null;
  published_on: string | null;
  /** Whether the issue has a Mouvements section: then an outside_section paragraph's index is no position. */
  section_found: boolean;
  paragraph_index: number;
  paragraph_text: string;
  reason: UnreadReason;
  candidates: UnreadCandidates;
}

export interface UnreadToInsert {
  paragraph_index: number;
  paragraph_text: string;
  reason: UnreadReason;
  candidates: UnreadCandidates;
}

/**
 * An issue's unread paragraphs, in one statement; answers how many were added (an issue read again
 * adds none it had already).
 */
export async function insertForIssue(
  db: Queryable,
  issueId: number,
  rows: UnreadToInsert[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db
    .insertInto("unread_paragraphs")
    .values(rows.map((row) => ({ ...row, issue_id: issueId, candidates: JSON.stringify(row.candidates) })))
    .onConflict((oc) => oc.columns(["issue_id", "paragraph_index"]).doNothing())
    .returning("id")
    .execute();
  return added.length;
}

function selectUnread(db: Queryable) {
  return db
    .selectFrom("unread_paragraphs as u")
    .innerJoin("newsletter_issues as i", "i.id", "u.issue_id")
    .select([
      "u.id",
      "u.issue_id",
      "i.title as issue_title",
      "i.published_on",
      "i.section_found",
      "u.paragraph_index",
      "u.paragraph_text",
      "u.reason",
      "u.candidates",
    ]);
}

/** Pending unread paragraphs, oldest first, with how many there are in all. */
export async function listPending(db: Queryable, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    selectUnread(db)
      .where("u.status", "=", "pending")
      .orderBy("u.id", "asc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom("unread_paragraphs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow(),
  ]);
  return { paragraphs: rows, total: Number(total.n) };
}

export async function findPending(db: Queryable, id: number): Promise<UnreadForReview | undefined> {
  return selectUnread(db)
    .where("u.id", "=", id)
    .where("u.status", "=", "pending")
    .forUpdate("u")
    .executeTakeFirst();
}

/** Takes a paragraph out of the queue: dismissed (nothing to add) or resolved (its move was added). */
export async function close(
  db: Queryable,
  id: number,
  status: "dismissed" | "resolved",
  adminId: number | null,
): Promise<boolean> {
  const closed = await db
    .updateTable("unread_paragraphs")
    .set({ status, decided_by: adminId, decided_at: sql`now()` })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .returning("id")
    .executeTakeFirst();
  return closed !== undefined;
}
