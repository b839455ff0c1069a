import { sql } from "kysely";
import type { Queryable } from "./types.ts";

export interface AuditRow {
  adminUserId: number | null;
  actorEmail: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export async function insert(db: Queryable, row: AuditRow): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      admin_user_id: row.adminUserId,
      actor_email: row.actorEmail,
      action: row.action,
      entity: row.entity,
      entity_id: row.entityId,
      // jsonb parameters: pg would send a JS array as a PostgreSQL array, so always send text.
      before: row.before === undefined || row.before === null ? null : JSON.stringify(row.before),
      after: row.after === undefined || row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  /** Entries strictly older than this id (keyset pagination, newest first). */
  beforeId?: number;
  limit?: number;
}

export async function list(db: Queryable, filters: AuditFilters) {
  let query = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("id", "desc")
    .limit(filters.limit ?? 50);
  if (filters.actor) query = query.where("actor_email", "ilike", `%${escapeLike(filters.actor)}%`);
  if (filters.action) query = query.where("action", "=", filters.action);
  if (filters.entity) query = query.where("entity", "=", filters.entity);
  if (filters.entityId) query = query.where("entity_id", "=", filters.entityId);
  if (filters.beforeId) query = query.where("id", "<", filters.beforeId);
  return query.execute();
}

export async function distinctActions(db: Queryable): Promise<string[]> {
  const rows = await db.selectFrom("audit_log").select("action").distinct().orderBy("action").execute();
  return rows.map((r) => r.action);
}

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * What the audit log's entries are about, by name: "move 39" means nothing to a reader, "Claire
 * Sénéchault — directrice générale, Nexiva" does. One query per kind of entity on the page; a record
 * since deleted has no name (the entry keeps its id and its before/after).
 */
export async function entityNames(
  db: Queryable,
  refs: { entity: string; entity_id: string | null }[],
): Promise<Map<string, string>> {
  const idsOf = (entity: string) => [
    ...new Set(
      refs
        .filter((r) => r.entity === entity && r.entity_id !== null && /^\d{1,15}$/.test(r.entity_id))
        .map((r) => Number(r.entity_id)),
    ),
  ];
  const names = new Map<string, string>();
  const put = (entity: string, rows: { id: number; name: string | null }[]) => {
    for (const row of rows) if (row.name) names.set(`${entity}:${row.id}`, row.name);
  };
  const moves = idsOf("move");
  const people = idsOf("person");
  const companies = idsOf("company");
  const issues = idsOf("issue");
  const accounts = idsOf("admin_user");
  const suppressions = idsOf("suppression");
  const subscribers = idsOf("subscriber");
  await Promise.all([
    moves.length &&
      db
        .selectFrom("moves as m")
        .innerJoin("people as p", "p.id", "m.person_id")
        .innerJoin("companies as c", "c.id", "m.company_id")
        .select(["m.id", sql<string>`p.name || ' — ' || m.role || ', ' || c.name`.as("name")])
        .where("m.id", "in", moves)
        .execute()
        .then((rows) => put("move", rows)),
    people.length &&
      db
        .selectFrom("people")
        .select(["id", "name"])
        .where("id", "in", people)
        .execute()
        .then((rows) => put("person", rows)),
    companies.length &&
      db
        .selectFrom("companies")
        .select(["id", "name"])
        .where("id", "in", companies)
        .execute()
        .then((rows) => put("company", rows)),
    issues.length &&
      db
        .selectFrom("newsletter_issues")
        .select(["id", "title as name"])
        .where("id", "in", issues)
        .execute()
        .then((rows) => put("issue", rows)),
    accounts.length &&
      db
        .selectFrom("admin_users")
        .select(["id", "email as name"])
        .where("id", "in", accounts)
        .execute()
        .then((rows) => put("admin_user", rows)),
    suppressions.length &&
      db
        .selectFrom("suppressions")
        .select(["id", "name"])
        .where("id", "in", suppressions)
        .execute()
        .then((rows) => put("suppression", rows)),
    subscribers.length &&
      db
        .selectFrom("subscribers")
        .select(["id", "email as name"])
        .where("id", "in", subscribers)
        .execute()
        .then((rows) => put("subscriber", rows)),
  ]);
  return names;
}
