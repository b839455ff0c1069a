import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/**
 * Subscriber addresses that must not be mailed any more: a permanent bounce (reported by a DSN or
 * by the SMTP server at send time) or a complaint. The alert rounds skip them (alerts.ts).
 */

export async function blockAddress(
  db: Queryable,
  subscriberId: number,
  block: { kind: "bounced" | "complained"; reason: string },
): Promise<boolean> {
  const result = await sql`
    UPDATE subscribers SET mail_blocked = ${block.kind}, mail_blocked_reason = ${block.reason.slice(0, 500)},
      mail_blocked_at = now()
    WHERE id = ${subscriberId} AND (mail_blocked IS NULL OR mail_blocked <> 'complained')`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function clearBlock(db: Queryable, subscriberId: number): Promise<boolean> {
  const result = await sql`
    UPDATE subscribers SET mail_blocked = NULL, mail_blocked_reason = NULL, mail_blocked_at = NULL
    WHERE id = ${subscriberId} AND mail_blocked IS NOT NULL`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function blockedAddresses(db: Queryable) {
  const { rows } = await sql<{
    id: number;
    email: string;
    mail_blocked: "bounced" | "complained";
    mail_blocked_reason: string | null;
    mail_blocked_at: Date;
  }>`
    SELECT id::int, email, mail_blocked, mail_blocked_reason, mail_blocked_at FROM subscribers
    WHERE mail_blocked IS NOT NULL ORDER BY mail_blocked_at DESC LIMIT 200`.execute(db);
  return rows;
}
