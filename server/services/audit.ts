import * as auditLog from "../../db/repositories/audit.ts";
import type { Queryable } from "../../db/repositories/types.ts";

/** Who did it: the signed-in admin, or the CLI operator for accounts created from a shell. */
export interface Actor {
  id: number | null;
  email: string;
}

export interface AuditEvent {
  actor: Actor;
  /** Verb in dotted form: "move.approve", "person.merge", "suppression.create"… */
  action: string;
  entity: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records one admin change. Always called with the transaction that makes the change, so an entry
 * exists exactly when the change does.
 */
export async function record(trx: Queryable, event: AuditEvent): Promise<void> {
  await auditLog.insert(trx, {
    adminUserId: event.actor.id,
    actorEmail: event.actor.email,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId === null ? null : String(event.entityId),
    before: event.before ?? null,
    after: event.after ?? null,
  });
}

// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { distinctActions, entityNames, list } from "../../db/repositories/audit.ts";
