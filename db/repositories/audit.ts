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
