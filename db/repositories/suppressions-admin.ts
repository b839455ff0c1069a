import { sql } from "kysely";
import { personKey, redactPersonName } from "../../shared/names.ts";
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

/**
 * What other people's records say of a removed person: a predecessor named by them is dropped, and
 * their name is replaced by "[nom retiré]" in the paragraphs quoted as sources (each move's own,
 * and those of other issues announcing it too). SQL narrows the candidates (every word of the name,
 * accents folded: a scan of the moves, for a rare admin action); the key decides.
 */
export async function forgetMentions(db: Queryable, key: string) {
  const words = key.split(" ").filter(Boolean);
  if (words.length === 0) return { predecessors: 0, paragraphs: 0 };
  const mentions = (column: "predecessor_name" | "paragraph_text") =>
    sql.join(
      words.map((w) => sql`lower(unaccent(${sql.ref(column)})) LIKE ${`%${w}%`}`),
      sql` AND `,
    );
  const { rows: predecessors } = await sql<{ id: number; predecessor_name: string }>`
    SELECT id, predecessor_name FROM moves
    WHERE predecessor_name IS NOT NULL AND ${mentions("predecessor_name")}`.execute(db);
  const predecessorIds = predecessors.filter((m) => personKey(m.predecessor_name) === key).map((m) => m.id);
  if (predecessorIds.length > 0)
    await db.updateTable("moves").set({ predecessor_name: null }).where("id", "in", predecessorIds).execute();

  // Each move's own paragraph, and those of the other issues that announced it too (move_sources).
  const { rows: quoted } = await sql<{ move_id: number; issue_id: number | null; paragraph_text: string }>`
    SELECT id AS move_id, NULL::bigint AS issue_id, paragraph_text FROM moves WHERE ${mentions("paragraph_text")}
    UNION ALL
    SELECT move_id, issue_id, paragraph_text FROM move_sources WHERE ${mentions("paragraph_text")}`.execute(
    db,
  );
  const redacted = quoted
    .map((q) => ({ ...q, text: redactPersonName(q.paragraph_text, key) }))
    .filter((q) => q.text !== q.paragraph_text);
  const own = redacted.filter((r) => r.issue_id === null);
  const sources = redacted.filter((r) => r.issue_id !== null);
  if (own.length > 0)
    await sql`
      UPDATE moves m SET paragraph_text = r.text
      FROM unnest(${own.map((r) => r.move_id)}::bigint[], ${own.map((r) => r.text)}::text[]) AS r(id, text)
      WHERE m.id = r.id`.execute(db);
  if (sources.length > 0)
    await sql`
      UPDATE move_sources s SET paragraph_text = r.text
      FROM unnest(${sources.map((r) => r.move_id)}::bigint[], ${sources.map((r) => r.issue_id)}::bigint[],
        ${sources.map((r) => r.text)}::text[]) AS r(move_id, issue_id, text)
      WHERE s.move_id = r.move_id AND s.issue_id = r.issue_id`.execute(db);
  return { predecessors: predecessorIds.length, paragraphs: redacted.length };
}
