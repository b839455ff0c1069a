import * as alerts from "../../db/repositories/alerts.ts";
import { messageIdDomain } from "../../server/mail/send.ts";
import type { Frequency } from "../../shared/vocabulary.ts";
import type { JobDeps } from "../deps.ts";

/**
 * The matching half of a round for one frequency: record the newly due (subscriber, move) pairs,
 * each in its subscriber's new digest. One set-based statement; run by any number of processes at
 * once without recording a pair twice (rounds take turns on an advisory lock and leave out the
 * moves already in a subscriber's digests, see db/repositories/alerts.ts).
 */
/** Moves published longer ago than this are history, not news (a scheduler down for weeks). */
export const LOOKBACK_DAYS = 30;

export interface MatchResult {
  frequency: Frequency;
  duePairs: number;
  /** Pairs too old to mail (ALERTS_MAX_AGE_DAYS), recorded as skipped. */
  skippedPairs: number;
  digestIds: number[];
}

export async function matchRound(
  deps: Pick<JobDeps, "db" | "config" | "clock">,
  frequency: Frequency,
): Promise<MatchResult> {
  const now = deps.clock.now();
  const maxAgeDays = deps.config.ALERTS_MAX_AGE_DAYS;
  const { duePairs, skippedPairs, digestIds } = await alerts.recordDueDigests(
    deps.db,
    // Look back far enough that a pair too old to mail is recorded as skipped, not forgotten.
    { frequency, now, lookbackDays: Math.max(LOOKBACK_DAYS, 2 * maxAgeDays), maxAgeDays },
    messageIdDomain(deps.config),
  );
  return { frequency, duePairs, skippedPairs, digestIds };
}
