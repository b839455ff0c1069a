import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/** API read tokens (migration 0011): stored as SHA-256 hashes, shown in full once at creation. */

export interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_by_email: string | null;
}

export async function insertToken(
  db: Queryable,
  token: { name: string; hash: string; prefix: string; createdBy: number | null },
): Promise<number> {
  const row = await db
    .insertInto("api_tokens")
    .values({ name: token.name, token_hash: token.hash, prefix: token.prefix, created_by: token.createdBy })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listTokens(db: Queryable): Promise<ApiTokenRow[]> {
  return db
    .selectFrom("api_tokens as t")
    .leftJoin("admin_users as a", "a.id", "t.created_by")
    .select([
      "t.id",
      "t.name",
      "t.prefix",
      "t.created_at",
      "t.last_used_at",
      "t.revoked_at",
      "a.email as created_by_email",
    ])
    .orderBy("t.revoked_at", (ob) => ob.desc().nullsFirst())
    .orderBy("t.id", "desc")
    .execute();
}

/** Revokes once: true only for the request that did it. */
export async function revokeToken(
  db: Queryable,
  id: number,
  now: Date,
): Promise<{ name: string } | undefined> {
  return db
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .returning("name")
    .executeTakeFirst();
}

/**
 * The live token with this hash, its last use stamped in the same statement. The stamp is written
 * at most once a minute per token so a busy client does not turn every read into a write.
 */
export async function useToken(db: Queryable, hash: string, now: Date): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    WITH live AS (SELECT id, last_used_at FROM api_tokens WHERE token_hash = ${hash} AND revoked_at IS NULL),
    stamped AS (
      UPDATE api_tokens t SET last_used_at = ${now}
      FROM live WHERE t.id = live.id
        AND (live.last_used_at IS NULL OR live.last_used_at < ${now}::timestamptz - interval '1 minute'))
    SELECT id FROM live`.execute(db);
  return rows[0]?.id ?? null;
}
