import path from "node:path";
import nodemailer from "nodemailer";
import type pg from "pg";
import { createDatabase, type DB } from "../db/database.ts";
import type { JobQueue } from "../jobs/register.ts";
import { type Clock, systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { type MailCatcher, startMailCatcher } from "./mail/catcher.ts";
import { createMailTransport, type MailTransport } from "./mail/transport.ts";
import { createViews, type Views } from "./views.ts";

/** Everything a route, service or job may be handed. Built in one place: here. */
export interface Deps {
  config: Config;
  logger: Logger;
  db: DB;
  pool: pg.Pool;
  databaseUrl: string;
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
  const { db, pool, close: closeDb } = createDatabase(databaseUrl, { max: options.poolSize });
  let mailCatcher: MailCatcher | null = null;
  let smtpUrl = config.SMTP_URL;
  if (!smtpUrl && options.mailCatcher) {
    mailCatcher = await startMailCatcher(path.join(config.DATA_DIR, "mail"));
    smtpUrl = `smtp://127.0.0.1:${mailCatcher.port}`;
  }
  // Without SMTP_URL or catcher (CLI commands that send nothing), nodemailer's JSON transport
  // builds a message without sending it.
  const mailer = smtpUrl ? createMailTransport(smtpUrl) : nodemailer.createTransport({ jsonTransport: true });
  const jobs = lazyJobQueue(databaseUrl, logger);
  return {
    config,
    logger,
    db,
    pool,
    databaseUrl,
    views: createViews(),
    mailer,
    mailCatcher,
    clock: options.clock ?? systemClock,
    jobs,
    async close() {
      await jobs.close();
      mailer.close();
      await mailCatcher?.stop();
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
    close: async () => {
      if (queue) await (await queue).close();
    },
  };
}
