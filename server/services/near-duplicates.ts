import type { DB } from "../../db/database.ts";
import * as companies from "../../db/repositories/companies.ts";

/**
 * Near-duplicate proposals for the companies created since the last pass (issue 14): an editor
 * reviews them on /admin/doublons. Run after an import (`carnet import`, the admin upload, each
 * message received by mail through the job queue) and every minute by the scheduler
 * (jobs/register.ts), never inside an issue's import: comparing each new company with every other
 * by trigram was, at a million moves, half of PostgreSQL's work an issue (README, "Import: where
 * the time goes"). Nothing is lost meanwhile: a company is queued by the statement that creates it.
 */

/**
 * Companies a pass compares in one statement (one transaction): a bulk import's queue of tens of
 * thousands is worked through in slices, so that no transaction holds the queue for long.
 */
const PASS_SLICE = 2000;

export interface NearDuplicatePass {
  /** Queued companies compared with the others. */
  compared: number;
  /** New proposals (pairs seen before, open or decided, are not proposed again). */
  proposed: number;
}

/** Works through the whole queue, a slice a transaction; safe to run twice at once. */
export async function proposeNearDuplicatesOfNewCompanies(db: DB): Promise<NearDuplicatePass> {
  const total: NearDuplicatePass = { compared: 0, proposed: 0 };
  for (;;) {
    const slice = await db.transaction().execute((trx) => companies.proposeForQueued(trx, PASS_SLICE));
    total.compared += slice.compared;
    total.proposed += slice.proposed;
    if (slice.compared < PASS_SLICE) return total;
  }
}
