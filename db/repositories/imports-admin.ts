import { sql } from "kysely";
import type { InboundVia } from "./inbound.ts";
import type { Queryable } from "./types.ts";

/** Import drafts (between preview and confirmation) and the history of imported issues. */

export async function saveDraft(
  db: Queryable,
  token: string,
  adminUserId: number,
  files: { name: string; bytes: Buffer }[],
) {
  await db
    .deleteFrom("import_drafts")
    .where("created_at", "<", sql<Date>`now() - interval '1 day'`)
    .execute();
  if (files.length === 0) return;
  await db
    .insertInto("import_drafts")
    .values(
      files.map((f, position) => ({
        token,
        admin_user_id: adminUserId,
        position,
        file_name: f.name,
        content: f.bytes,
      })),
    )
    .execute();
}

/** A draft belongs to the admin who made it: another account's token finds nothing. */
export async function readDraft(db: Queryable, token: string, adminUserId: number) {
  return db
    .selectFrom("import_drafts")
    .select(["position", "file_name", "content"])
    .where("token", "=", token)
    .where("admin_user_id", "=", adminUserId)
    .orderBy("position")
    .execute();
}

export async function deleteDraft(db: Queryable, token: string, adminUserId: number) {
  await db
    .deleteFrom("import_drafts")
    .where("token", "=", token)
    .where("admin_user_id", "=", adminUserId)
    .execute();
}

export async function history(db: Queryable, limit = 100) {
  return db
    .selectFrom("newsletter_issues as i")
    .leftJoin("admin_users as a", "a.id", "i.imported_by")
    .select([
      // The message an issue was read from has the content hash (unique in both tables): it
      // says by which way (SMTP, IMAP, carnet import) an issue no admin uploaded came in.
      sql<InboundVia | null>`(SELECT via FROM inbound_messages m WHERE m.content_hash = i.content_hash)`.as(
        "via",
      ),
      "i.id",
      "i.title",
      "i.published_on",
      "i.source_file",
      "i.section_found",
      "i.moves_count",
      "i.pending_count",
      "i.imported_at",
      "a.email as imported_by_email",
      (eb) =>
        eb
          .selectFrom("moves")
          .select((m) => m.fn.countAll<number>().as("n"))
          .whereRef("moves.issue_id", "=", "i.id")
          .where("moves.status", "=", "published")
          .as("published_count"),
      // every paragraph the import sent to the queue, whatever became of it since: "at import", as pending_count
      (eb) =>
        eb
          .selectFrom("unread_paragraphs as u")
          .select((u) => u.fn.countAll<number>().as("n"))
          .whereRef("u.issue_id", "=", "i.id")
          .as("unread_count"),
    ])
    .orderBy("i.imported_at", "desc")
    .orderBy("i.id", "desc")
    .limit(limit)
    .execute();
}
