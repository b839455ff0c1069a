import * as alerts from "../../db/repositories/alerts.ts";
import type { Frequency } from "../../db/schema.ts";
import type { Deps } from "../../server/deps.ts";

/**
 * The matching half of a round for one frequency: record the newly due (subscriber, move) pairs,
 * then group every pair still outside a digest into one digest per subscriber. Two statements,
 * each set-based; run by any number of processes at once without sending a pair twice (the unique
 * pair key and SKIP LOCKED do the work, see db/repositories/alerts.ts).
 */
export const FREQUENCIES: readonly Frequency[] = ["immediate", "daily", "weekly"];

/** Moves published longer ago than this are history, not news (a scheduler down for weeks). */
export const LOOKBACK_DAYS = 30;

export interface MatchResult {
  frequency: Frequency;
  duePairs: number;
  digestIds: number[];
}

export async function matchRound(
  deps: Pick<Deps, "db" | "config" | "clock">,
  frequency: Frequency,
): Promise<MatchResult> {
  const now = deps.clock.now();
  const duePairs = await alerts.recordDueDeliveries(deps.db, { frequency, now, lookbackDays: LOOKBACK_DAYS });
  const digestIds = await alerts.createDigests(deps.db, frequency, new URL(deps.config.PUBLIC_URL).hostname);
  return { frequency, duePairs, digestIds };
}
