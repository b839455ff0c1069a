import { sql } from "kysely";
import type { NewsletterIssue } from "../schema.ts";
import type { Queryable } from "./types.ts";

// Issues are written by the importer's opening statement (db/repositories/imports.ts).

export async function findByHash(db: Queryable, contentHash: string): Promise<NewsletterIssue | undefined> {
  return db
    .selectFrom("newsletter_issues")
    .selectAll()
    .where("content_hash", "=", contentHash)
    .executeTakeFirst();
}

export async function findById(db: Queryable, id: number): Promise<NewsletterIssue | undefined> {
  return db.selectFrom("newsletter_issues").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Before an issue is read again (after a parser change): whether it has a Mouvements section is
 * what the new reading says, and the paragraphs still waiting as unread are read again (those an
 * admin dismissed or resolved stay as they are).
 */
export async function prepareReread(db: Queryable, issueId: number, sectionFound: boolean): Promise<void> {
  await sql`
    WITH cleared AS (DELETE FROM unread_paragraphs WHERE issue_id = ${issueId} AND status = 'pending')
    UPDATE newsletter_issues SET section_found = ${sectionFound} WHERE id = ${issueId}`.execute(db);
}
