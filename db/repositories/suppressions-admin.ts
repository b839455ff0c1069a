import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/** The removal requests list, and the deletion of what we held about a person. */

export async function list(db: Queryable) {
  return db
    .selectFrom("suppressions as s")
    .leftJoin("admin_users as a", "a.id", "s.created_by")
    .select(["s.id", "s.name", "s.person_key", "s.reason", "s.created_at", "a.email as created_by_email"])
    .orderBy("s.created_at", "desc")
    .execute();
}

export async function findById(db: Queryable, id: number) {
  return db.selectFrom("suppressions").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function upsert(
  db: Queryable,
  entry: { personKey: string; name: string; reason: string; createdBy: number | null },
) {
  return db
    .insertInto("suppressions")
    .values({
      person_key: entry.personKey,
      name: entry.name,
      reason: entry.reason,
      created_by: entry.createdBy,
    })
    .onConflict((oc) => oc.column("person_key").doUpdateSet({ reason: entry.reason }))
    .returning(["id", "person_key", "name", "reason"])
    .executeTakeFirstOrThrow();
}

export async function updateReason(db: Queryable, id: number, reason: string) {
  await db.updateTable("suppressions").set({ reason }).where("id", "=", id).execute();
}

export async function remove(db: Queryable, id: number) {
  await db.deleteFrom("suppressions").where("id", "=", id).execute();
}

/**
 * Deletes every person record with this normalized name, their moves (and, by cascade, previous
 * employer links and alert deliveries), the redirects and proposals naming them.
 */
export async function deletePeopleByKey(db: Queryable, personKey: string) {
  const people = await db
    .selectFrom("people")
    .select(["id", "name", "slug"])
    .where("key", "=", personKey)
    .execute();
  const ids = people.map((p) => p.id);
  if (ids.length === 0) return { people, moves: 0 };
  const deletedMoves = await db.deleteFrom("moves").where("person_id", "in", ids).returning("id").execute();
  await db
    .deleteFrom("slug_redirects")
    .where("entity", "=", "person")
    .where("target_id", "in", ids)
    .execute();
  await sql`DELETE FROM duplicate_proposals WHERE entity = 'person'
    AND (first_id = ANY(${ids}::bigint[]) OR second_id = ANY(${ids}::bigint[]))`.execute(db);
  await db.deleteFrom("people").where("id", "in", ids).execute();
  return { people, moves: deletedMoves.length };
}
