import { type Options, type RateLimitRequestHandler, rateLimit, type Store } from "express-rate-limit";
import type { DB } from "../../db/database.ts";
import * as counters from "../../db/repositories/rate-limits.ts";
import { TooManyRequests } from "../errors.ts";

/**
 * express-rate-limit with its counters in PostgreSQL (table rate_limit_hits, migration 0013), so
 * that every `carnet serve` instance behind a load balancer counts the same hits: a limit of 5
 * failed sign-ins means 5 in total, not 5 per instance. `name` keeps each limiter's keys apart.
 * Always give the primary: the table is unlogged, so a replica cannot read it.
 *
 *   router.post("/x", sharedRateLimit(deps.db, "x-per-ip", { windowMs: 60_000, limit: 10 }), handler)
 *
 * Any express-rate-limit option may be passed; by default a request over the limit goes to the
 * error handler as TooManyRequests (429, a page or JSON by route) with RateLimit headers (draft 8).
 */
export function sharedRateLimit(
  db: DB,
  name: string,
  options: Partial<Omit<Options, "store">> & { message?: string } = {},
): RateLimitRequestHandler {
  const { message, ...rest } = options;
  return rateLimit({
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new TooManyRequests(message)),
    ...rest,
    store: new PostgresStore(db, name),
  });
}

// Ended windows are swept by whichever instance counts a hit first after this long.
const PURGE_EVERY_MS = 10 * 60_000;
let lastPurge = 0;

class PostgresStore implements Store {
  windowMs = 60_000;
  // Keys counted here are seen by every instance: express-rate-limit's double-count check relies on it.
  localKeys = false;
  readonly prefix: string;

  constructor(
    private readonly db: DB,
    private readonly name: string,
  ) {
    this.prefix = `${name}:`;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string) {
    const count = await counters.currentCount(this.db, this.name, key);
    return count && { totalHits: count.hits, resetTime: count.resetAt };
  }

  async increment(key: string) {
    const count = await counters.countHit(this.db, this.name, key, this.windowMs);
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      // Housekeeping must never fail the request that happened to trigger it.
      counters.purgeEndedWindows(this.db).catch(() => {});
    }
    return { totalHits: count.hits, resetTime: count.resetAt };
  }

  decrement(key: string) {
    return counters.uncountHit(this.db, this.name, key);
  }

  resetKey(key: string) {
    return counters.resetCount(this.db, this.name, key);
  }

  resetAll() {
    return counters.resetCount(this.db, this.name);
  }
}
