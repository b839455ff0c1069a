import type { NewNewsletterIssue, NewsletterIssue } from "../schema.ts";
import type { Queryable } from "./types.ts";

/**
 * Inserts an issue unless one with the same content hash exists. Returns its id, or null when it
 * was already imported (the unique content_hash makes this safe under concurrent imports).
 */
export async function insertIfNew(db: Queryable, issue: NewNewsletterIssue): Promise<number | null> {
  const row = await db
    .insertInto("newsletter_issues")
    .values(issue)
    .onConflict((oc) => oc.column("content_hash").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findByHash(db: Queryable, contentHash: string): Promise<NewsletterIssue | undefined> {
  return db
    .selectFrom("newsletter_issues")
    .selectAll()
    .where("content_hash", "=", contentHash)
    .executeTakeFirst();
}

export async function recordCounts(
  db: Queryable,
  issueId: number,
  counts: { moves: number; pending: number },
) {
  await db
    .updateTable("newsletter_issues")
    .set({ moves_count: counts.moves, pending_count: counts.pending })
    .where("id", "=", issueId)
    .execute();
}

export async function count(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom("newsletter_issues")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function findById(db: Queryable, id: number): Promise<NewsletterIssue | undefined> {
  return db.selectFrom("newsletter_issues").selectAll().where("id", "=", id).executeTakeFirst();
}
