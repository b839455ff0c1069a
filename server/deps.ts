import path from "node:path";
import nodemailer from "nodemailer";
import type pg from "pg";
import { createDatabase, type DB } from "../db/database.ts";
import { createReadRouting, type ReadRouting } from "../db/read-routing.ts";
import { type Clock, systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { type MailCatcher, startMailCatcher } from "./mail/catcher.ts";
import { createMailTransport, type MailTransport } from "./mail/transport.ts";
import type { JobQueue } from "./services/job-queue.ts";
import { createViews, type Views } from "./views.ts";

/** Everything a route, service or job may be handed. Built in one place: here. */
export interface Deps {
  config: Config;
  logger: Logger;
  db: DB;
  pool: pg.Pool;
  databaseUrl: string;
  /**
   * Running at scale (README "Running at scale"). `readDb`: for reads that may lag a little (public
   * pages, search, API, feeds, exports): a streaming replica when DATABASE_REPLICA_URLS names a
   * usable one, else `db`. `readRouting`: the replicas' state, null without replicas.
   * `directDatabaseUrl`: for what a transaction-mode pooler cannot carry (pg-boss, migrations).
   */
  readDb: DB;
  readRouting: ReadRouting | null;
  directDatabaseUrl: string;
  views: Views;
  mailer: MailTransport;
  /** The dev mail catcher, when SMTP_URL is unset and the caller asked for it. */
  mailCatcher: MailCatcher | null;
  clock: Clock;
  /** Hands work to the job queue (e-mails owed by a request); pg-boss opened on first use. */
  jobs: JobQueue;
}

export interface OwnedDeps extends Deps {
  close(): Promise<void>;
}

export async function createDeps(
  config: Config,
  logger: Logger,
  databaseUrl: string,
  options: { mailCatcher?: boolean; clock?: Clock; poolSize?: number } = {},
): Promise<OwnedDeps> {
  const poolSize = options.poolSize ?? config.DATABASE_POOL_SIZE;
  const primary = createDatabase(databaseUrl, {
    max: poolSize,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  });
  const { db, pool, close: closeDb } = primary;
  const readRouting =
    config.DATABASE_REPLICA_URLS.length > 0
      ? await createReadRouting({
          primary,
          replicaUrls: config.DATABASE_REPLICA_URLS,
          maxLagSeconds: config.REPLICA_MAX_LAG_SECONDS,
          preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
          poolSize,
        })
      : null;
  const directDatabaseUrl = config.DATABASE_DIRECT_URL ?? databaseUrl;
  let mailCatcher: MailCatcher | null = null;
  let smtpUrl = config.SMTP_URL;
  if (!smtpUrl && options.mailCatcher) {
    mailCatcher = await startMailCatcher(path.join(config.DATA_DIR, "mail"));
    smtpUrl = `smtp://127.0.0.1:${mailCatcher.port}`;
  }
  // Without SMTP_URL or catcher (CLI commands that send nothing), nodemailer's JSON transport
  // builds a message without sending it.
  const mailer = smtpUrl
    ? createMailTransport(smtpUrl, { maxConnections: config.SMTP_MAX_CONNECTIONS })
    : nodemailer.createTransport({ jsonTransport: true });
  const jobs = lazyJobQueue(directDatabaseUrl, logger);
  return {
    config,
    logger,
    db,
    pool,
    databaseUrl,
    readDb: readRouting?.db ?? db,
    readRouting,
    directDatabaseUrl,
    views: createViews(),
    mailer,
    mailCatcher,
    clock: options.clock ?? systemClock,
    jobs,
    async close() {
      await jobs.close();
      mailer.close();
      await mailCatcher?.stop();
      await readRouting?.close();
      await closeDb();
    },
  };
}

/**
 * The job queue, with pg-boss and the job handlers loaded on first use: most CLI commands queue
 * nothing and start faster without them.
 */
function lazyJobQueue(databaseUrl: string, logger: Logger): JobQueue {
  let queue: Promise<JobQueue> | null = null;
  const load = () => {
    queue ??= import("../jobs/register.ts").then((m) => m.createJobQueue(databaseUrl, logger));
    return queue;
  };
  return {
    mailQueued: (outboxId) => {
      load().then(
        (q) => q.mailQueued(outboxId),
        (error) => logger.error({ err: error, outboxId }, "e-mail not queued; the sweep will send it"),
      );
    },
    inboundReceived: (messageId) => {
      load().then(
        (q) => q.inboundReceived(messageId),
        (error) =>
          logger.error({ err: error, messageId }, "received message not queued; the sweep will import it"),
      );
    },
    close: async () => {
      if (queue) await (await queue).close();
    },
  };
}
