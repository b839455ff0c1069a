import * as retention from "../db/repositories/retention.ts";
import type { JobDeps } from "./deps.ts";

/**
 * The retention purge (issue 17 item 4), run by the scheduler on PURGE_CRON and by
 * `carnet purge`: cutoffs from the RETENTION_* settings, one transaction.
 */
export async function runPurge(
  deps: Pick<JobDeps, "db" | "config" | "clock">,
): Promise<retention.PurgeCounts> {
  const { config } = deps;
  const now = deps.clock.now();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  return deps.db.transaction().execute((trx) =>
    retention.purge(trx, {
      now,
      unconfirmedBefore: ago(config.RETENTION_UNCONFIRMED_DAYS * 86_400_000),
      uploadsBefore: ago(config.RETENTION_UPLOADS_HOURS * 3_600_000),
      outboxBefore: ago(config.RETENTION_OUTBOX_DAYS * 86_400_000),
      unconfirmedRequestsBefore: ago(config.RETENTION_REQUESTS_UNCONFIRMED_DAYS * 86_400_000),
      decidedRequestsBefore: ago(config.RETENTION_REQUESTS_DECIDED_DAYS * 86_400_000),
    }),
  );
}
