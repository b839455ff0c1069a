import type { DB } from "../db/database.ts";
import type { Clock } from "../server/clock.ts";
import type { Config } from "../server/config.ts";
import type { Logger } from "../server/logger.ts";
import type { MailDeps } from "../server/mail/send.ts";

/**
 * What a job may be handed, declared here rather than taken from server/deps.ts: jobs never import
 * the web layer's composition root, which builds these (its Deps is a superset) and stays free to
 * change what a route needs without touching a job. Each handler picks the few it uses.
 */
export interface JobDeps extends MailDeps {
  db: DB;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Direct to PostgreSQL even behind a transaction-mode pooler: pg-boss needs session state. */
  directDatabaseUrl: string;
}
