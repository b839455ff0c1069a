import { sql } from "kysely";
import type { LegalTextKind } from "../schema.ts";
import type { Queryable } from "./types.ts";

/** Versioned texts (privacy page, consent wording): read the latest, list versions, add one. */

export async function latest(db: Queryable, kind: LegalTextKind) {
  return db
    .selectFrom("legal_texts")
    .select(["id", "kind", "version", "body", "created_at"])
    .where("kind", "=", kind)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
}

export async function findById(db: Queryable, id: number) {
  return db
    .selectFrom("legal_texts")
    .select(["id", "kind", "version", "body", "created_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function versions(db: Queryable, kind: LegalTextKind) {
  return db
    .selectFrom("legal_texts as t")
    .leftJoin("admin_users as a", "a.id", "t.created_by")
    .select(["t.id", "t.version", "t.body", "t.created_at", "a.email as created_by_email"])
    .where("t.kind", "=", kind)
    .orderBy("t.version", "desc")
    .execute();
}

/**
 * A new version after the latest. Two admins saving at once: the unique (kind, version) key refuses
 * the second insert, so no version number is ever given twice.
 */
export async function addVersion(db: Queryable, kind: LegalTextKind, body: string, adminId: number | null) {
  return db
    .insertInto("legal_texts")
    .values({
      kind,
      body,
      created_by: adminId,
      version: sql<number>`(SELECT COALESCE(max(version), 0) + 1 FROM legal_texts WHERE kind = ${kind})`,
    })
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
}
