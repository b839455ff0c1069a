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
