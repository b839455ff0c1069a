import type { Frequency } from "../../db/schema.ts";
import { matchRound } from "./match.ts";
import { type SendDeps, type SendOutcome, sendDueDigests } from "./send.ts";

/**
 * One whole round in this process, as `carnet alerts run` and the tests do it: match for each
 * frequency asked, then send every due digest (the new ones, and earlier ones whose retry time
 * has come) right here instead of through the job queue.
 */
export interface RoundReport {
  frequencies: Frequency[];
  duePairs: number;
  /** Pairs too old to mail (ALERTS_MAX_AGE_DAYS): recorded as skipped, never sent. */
  skipped: number;
  digests: number;
  sent: number;
  retrying: number;
  failed: number;
  failures: { digestId: number; reason: string }[];
}

export async function runAlertRound(deps: SendDeps, frequencies: Frequency[]): Promise<RoundReport> {
  const report: RoundReport = {
    frequencies,
    duePairs: 0,
    skipped: 0,
    digests: 0,
    sent: 0,
    retrying: 0,
    failed: 0,
    failures: [],
  };
  for (const frequency of frequencies) {
    const match = await matchRound(deps, frequency);
    report.duePairs += match.duePairs;
    report.skipped += match.skippedPairs;
    report.digests += match.digestIds.length;
  }
  const onOutcome = (digestId: number, outcome: SendOutcome) => {
    if (outcome.status === "failed") report.failures.push({ digestId, reason: outcome.reason });
  };
  const tally = await sendDueDigests(deps, { onOutcome });
  return { ...report, ...tally };
}
