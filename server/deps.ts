import path from "node:path";
import nodemailer from "nodemailer";
import type pg from "pg";
import { createDatabase, type DB } from "../db/database.ts";
import { createJobQueue, type JobQueue } from "../jobs/register.ts";
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
  const jobs = createJobQueue(databaseUrl, logger);
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
