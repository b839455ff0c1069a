import PgBoss from "pg-boss";
import * as alerts from "../db/repositories/alerts.ts";
import * as inbound from "../db/repositories/inbound.ts";
import * as outbox from "../db/repositories/mail-outbox.ts";
import * as webhookEvents from "../db/repositories/webhooks.ts";
import type { Logger } from "../server/logger.ts";
import { importReceivedMessage } from "../server/services/inbound-messages.ts";
import type { JobQueue } from "../server/services/job-queue.ts";
import { proposeNearDuplicatesOfNewCompanies } from "../server/services/near-duplicates.ts";
import { FREQUENCIES, type Frequency } from "../shared/vocabulary.ts";
import { matchRound } from "./alerts/match.ts";
import { SEND_POLICY, sendDueDigests } from "./alerts/send.ts";
import type { JobDeps } from "./deps.ts";
import { checkIssueHealth, checkSilentSources } from "./inbound/health.ts";
import { deliverOutboxMail, OUTBOX_POLICY } from "./mail/outbox.ts";
import { runPurge } from "./retention.ts";
import { matchWebhookEvents, sendDueWebhookEvents, WEBHOOK_POLICY } from "./webhooks/send.ts";

/**
 * The only file that imports pg-boss: queues, cron schedules and workers are declared here and
 * call plain handlers (jobs/alerts/…) with ids only. pg-boss keeps its tables in the `pgboss`
 * schema of Carnet's database, so several Carnet processes share one schedule and one queue:
 * a cron tick produces one round job whichever process's clock sees it first, and a digest is
 * sent once however many processes hold a job for it (the digest row's status is the lock).
 *
 * - `alerts-round-<frequency>`: cron (ALERTS_CRON, DAILY_CRON, WEEKLY_CRON in ALERTS_TIMEZONE) →
 *   matchRound, then one `alerts-send` job per digest due (new, retry time come, or stale).
 * - `alerts-send` {digestId}: sends that digest; a transient failure queues the next attempt at
 *   the digest's next_attempt_at.
 * - `mail-outbox` {outboxId}: one e-mail a web request owed (jobs/mail/outbox.ts), queued by the
 *   request through createJobQueue; a transient SMTP failure throws, so pg-boss retries with backoff.
 * - `mail-outbox-sweep`: every minute, queues outbox rows whose job was never written or whose
 *   worker died, so an e-mail owed is sent even if the queue was down when the request ran.
 * - `retention-purge`: PURGE_CRON → jobs/retention.ts (unconfirmed subscriptions, expired tokens,
 *   sessions, uploaded drafts, old outbox rows).
 * - `inbound-message` {messageId}: a newsletter received by SMTP or IMAP, stored raw (queued by the
 *   receiving process through createJobQueue) → read and imported by the import use case
 *   (server/services/inbound-messages.ts), then the source's health checked. The database away
 *   makes it throw: pg-boss retries with backoff, and the message stays 'received' meanwhile. Any
 *   other error is counted on the message, which waits for its next attempt (INBOUND_RETRY: 5 in
 *   all, 1 to 8 minutes apart), then is 'failed' with the error.
 * - `inbound-sweep`: every minute, queues messages still 'received' a minute after they came (their
 *   job never written, or given up) whose next attempt is due, and looks for silent sources.
 * - `near-duplicates`: after each message received by mail is imported, and every minute (a
 *   company created by any other path) → server/services/near-duplicates.ts over the companies
 *   created since the last pass. 'stately': messages imported while a pass runs wait for one more
 *   pass, not one each.
 */
export interface Scheduler {
  stop(): Promise<void>;
}

const roundQueue = (frequency: Frequency) => `alerts-round-${frequency}`;
const SEND_QUEUE = "alerts-send";
const WEBHOOK_QUEUE = "webhooks-send";
const WEBHOOK_ROUND_QUEUE = "webhooks-round";
const MAIL_QUEUE = "mail-outbox";
const MAIL_SWEEP_QUEUE = "mail-outbox-sweep";
const PURGE_QUEUE = "retention-purge";
const MAIL_QUEUE_OPTIONS = { retryLimit: 8, retryDelay: 20, retryBackoff: true };
const INBOUND_QUEUE = "inbound-message";
const INBOUND_SWEEP_QUEUE = "inbound-sweep";
const INBOUND_QUEUE_OPTIONS = { retryLimit: 6, retryDelay: 10, retryBackoff: true };
/** A message still 'received' this long after it came has lost its job: the sweep queues it again. */
const INBOUND_FORGOTTEN_MS = 60_000;
const NEAR_DUPLICATES_QUEUE = "near-duplicates";

/**
 * A sender-only pg-boss (no maintenance, no cron: the scheduler process does those), started on
 * first use so that CLI commands and tests that queue nothing open no connection for it.
 */
export function createJobQueue(databaseUrl: string, logger: Logger): JobQueue {
  let started: Promise<PgBoss> | null = null;
  const pending = new Set<Promise<unknown>>();
  const boss = () => {
    started ??= (async () => {
      const instance = new PgBoss({
        connectionString: databaseUrl,
        schema: "pgboss",
        max: 2,
        supervise: false,
        schedule: false,
      });
      instance.on("error", (error) => logger.error({ err: error }, "job queue error"));
      await instance.start();
      await ensureQueue(instance, MAIL_QUEUE, MAIL_QUEUE_OPTIONS);
      await ensureQueue(instance, INBOUND_QUEUE, INBOUND_QUEUE_OPTIONS);
      return instance;
    })();
    return started;
  };
  const send = (queue: string, data: Record<string, number>, lost: string) => {
    const sent = boss()
      .then((b) => b.send(queue, data))
      .catch((error) => logger.error({ err: error, ...data }, lost))
      .finally(() => pending.delete(sent));
    pending.add(sent);
  };
  return {
    mailQueued(outboxId) {
      send(MAIL_QUEUE, { outboxId }, "e-mail not queued; the sweep will send it");
    },
    inboundReceived(messageId) {
      send(INBOUND_QUEUE, { messageId }, "received message not queued; the sweep will import it");
    },
    async close() {
      await Promise.all(pending);
      if (started) await (await started.catch(() => null))?.stop({ graceful: false, wait: true });
    },
  };
}

/**
 * Workers started together on a new database all create the queues, and pg-boss's create_queue
 * locks its tables in an order that can deadlock: PostgreSQL then aborts one (40P01), which tries
 * again and finds the queue made by the other.
 */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, ...options });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

export async function startScheduler(deps: JobDeps): Promise<Scheduler> {
  const { config, logger } = deps;
  const boss = new PgBoss({
    // pg-boss relies on session state a transaction-mode pooler does not keep: the direct URL.
    connectionString: deps.directDatabaseUrl,
    schema: "pgboss",
    max: 4,
    // How often one of the processes checks the cron schedules (30 s by default): a worker that
    // starts sets its schedules after pg-boss's first check, so its first tick came up to 30 s late.
    cronMonitorIntervalSeconds: 5,
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();

  const crons: Record<Frequency, string> = {
    immediate: config.ALERTS_CRON,
    daily: config.DAILY_CRON,
    weekly: config.WEEKLY_CRON,
  };
  // Our rows carry the retry policy; pg-boss retries only a handler that threw (database down).
  await ensureQueue(boss, SEND_QUEUE, { retryLimit: 3, retryDelay: 30, retryBackoff: true });

  for (const frequency of FREQUENCIES) {
    const queue = roundQueue(frequency);
    // 'singleton': at most one active round per frequency across every process.
    await ensureQueue(boss, queue, { policy: "singleton", retryLimit: 2, retryDelay: 60 });
    await boss.schedule(queue, crons[frequency], {}, { tz: config.ALERTS_TIMEZONE });
    await boss.work(queue, async () => {
      const match = await matchRound(deps, frequency);
      const due = await alerts.dueDigestIds(deps.db, deps.clock.now(), SEND_POLICY.staleMs);
      if (due.length > 0)
        await boss.insert(due.map((digestId) => ({ name: SEND_QUEUE, data: { digestId } })));
      logger.info(
        {
          frequency,
          duePairs: match.duePairs,
          skipped: match.skippedPairs,
          digests: match.digestIds.length,
          queued: due.length,
        },
        "alert round",
      );
    });
  }

  await ensureQueue(boss, MAIL_QUEUE, MAIL_QUEUE_OPTIONS);
  await boss.work<{ outboxId: number }>(MAIL_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const id = Number(job?.data.outboxId);
    if (Number.isSafeInteger(id)) await deliverOutboxMail(deps, id);
  });
  await ensureQueue(boss, MAIL_SWEEP_QUEUE, { policy: "singleton" });
  await boss.schedule(MAIL_SWEEP_QUEUE, "* * * * *", {}, { tz: config.ALERTS_TIMEZONE });
  await boss.work(MAIL_SWEEP_QUEUE, async () => {
    const ids = await outbox.findForgotten(
      deps.db,
      deps.clock.now(),
      OUTBOX_POLICY.forgottenMs,
      OUTBOX_POLICY.staleMs,
    );
    if (ids.length > 0) await boss.insert(ids.map((outboxId) => ({ name: MAIL_QUEUE, data: { outboxId } })));
  });
  // Once at start as well: a worker back from an outage sends what was owed meanwhile (a listed
  // person's confirmation link, a subscriber's) now, not at the next minute's tick.
  await boss.send(MAIL_SWEEP_QUEUE, {});

  await ensureQueue(boss, PURGE_QUEUE, {
    policy: "singleton",
    retryLimit: 2,
    retryDelay: 300,
  });
  await boss.schedule(PURGE_QUEUE, config.PURGE_CRON, {}, { tz: config.ALERTS_TIMEZONE });
  await boss.work(PURGE_QUEUE, async () => {
    logger.info(await runPurge(deps), "retention purge");
  });

  // Webhooks (issue 18): matched with each immediate round's tick, one job per due event.
  await ensureQueue(boss, WEBHOOK_QUEUE, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
  await ensureQueue(boss, WEBHOOK_ROUND_QUEUE, { policy: "singleton", retryLimit: 2, retryDelay: 60 });
  await boss.schedule(WEBHOOK_ROUND_QUEUE, crons.immediate, {}, { tz: config.ALERTS_TIMEZONE });
  await boss.work(WEBHOOK_ROUND_QUEUE, async () => {
    const recorded = await matchWebhookEvents(deps);
    const due = await webhookEvents.dueEventIds(deps.db, deps.clock.now(), WEBHOOK_POLICY.staleMs);
    if (due.length > 0) await boss.insert(due.map((eventId) => ({ name: WEBHOOK_QUEUE, data: { eventId } })));
    logger.info({ recorded, queued: due.length }, "webhook round");
  });
  await boss.work<{ eventId: number }>(WEBHOOK_QUEUE, { batchSize: 20 }, async (jobs) => {
    const ids = jobs.map((job) => Number(job.data.eventId)).filter(Number.isSafeInteger);
    const retries: PgBoss.JobInsert[] = [];
    const tally = await sendDueWebhookEvents(deps, {
      ids,
      onRetry: (eventId, at) => retries.push({ name: WEBHOOK_QUEUE, data: { eventId }, startAfter: at }),
    });
    if (retries.length > 0) await boss.insert(retries);
    logger.info(tally, "webhook events sent");
  });

  await boss.work<{ digestId: number }>(SEND_QUEUE, { batchSize: 50 }, async (jobs) => {
    const ids = jobs.map((job) => Number(job.data.digestId)).filter(Number.isSafeInteger);
    const retries: PgBoss.JobInsert[] = [];
    const tally = await sendDueDigests(deps, {
      ids,
      onOutcome: (digestId, outcome) => {
        if (outcome.status === "retrying")
          retries.push({ name: SEND_QUEUE, data: { digestId }, startAfter: outcome.nextAttemptAt });
      },
    });
    if (retries.length > 0) await boss.insert(retries);
    logger.info(tally, "alert digests sent");
  });

  await workInbound(boss, deps);
  await boss.schedule(NEAR_DUPLICATES_QUEUE, "* * * * *", {}, { tz: config.ALERTS_TIMEZONE });

  logger.info({ crons, timezone: config.ALERTS_TIMEZONE }, "scheduler started");
  return {
    // Graceful: waits for running jobs (a round, a batch being sent) to finish, up to 30 s,
    // before closing its connections; a batch cut off later is reclaimed as stale 'sending'.
    stop: () => boss.stop({ graceful: true, timeout: 30_000, wait: true }),
  };
}

/** The inbound queues' workers: each received message read and imported, and the sweep. */
async function workInbound(boss: PgBoss, deps: JobDeps): Promise<void> {
  const { config, logger } = deps;
  const processing = { autoPublishConfidence: config.AUTO_PUBLISH_CONFIDENCE, appSecret: config.APP_SECRET };
  await ensureQueue(boss, NEAR_DUPLICATES_QUEUE, { policy: "stately", retryLimit: 2, retryDelay: 60 });
  await boss.work(NEAR_DUPLICATES_QUEUE, async () => {
    const pass = await proposeNearDuplicatesOfNewCompanies(deps.db);
    if (pass.compared > 0) logger.info(pass, "near-duplicate pass");
  });
  await ensureQueue(boss, INBOUND_QUEUE, INBOUND_QUEUE_OPTIONS);
  await boss.work<{ messageId: number }>(INBOUND_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const id = Number(job?.data.messageId);
    if (!Number.isSafeInteger(id)) return;
    const status = await importReceivedMessage(deps.db, id, processing, deps.clock.now());
    // 'received': its reading failed and waits for its next attempt (the sweep queues it when due).
    if (status === "received")
      logger.warn({ inboundMessage: id }, "inbound message not read; will try again");
    else if (status) {
      logger.info({ inboundMessage: id, status }, "inbound message processed");
      await checkIssueHealth(deps, id);
      // Its new companies' near-duplicates, by the queue's worker (held back while one runs: stately).
      await boss.send(NEAR_DUPLICATES_QUEUE, {});
    }
  });
  await ensureQueue(boss, INBOUND_SWEEP_QUEUE, { policy: "singleton" });
  await boss.schedule(INBOUND_SWEEP_QUEUE, "* * * * *", {}, { tz: config.ALERTS_TIMEZONE });
  await boss.work(INBOUND_SWEEP_QUEUE, async () => {
    const now = deps.clock.now();
    const ids = await inbound.unprocessedIds(deps.db, new Date(now.getTime() - INBOUND_FORGOTTEN_MS), now);
    if (ids.length > 0)
      await boss.insert(ids.map((messageId) => ({ name: INBOUND_QUEUE, data: { messageId } })));
    await checkSilentSources(deps, now);
  });
}

/**
 * `carnet mail receive` alone: the inbound queues' workers without the alert rounds, so a process
 * that only receives mail also imports it.
 */
export async function startInboundWorker(deps: JobDeps): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: deps.directDatabaseUrl, schema: "pgboss", max: 2 });
  boss.on("error", (error) => deps.logger.error({ err: error }, "job queue error"));
  await boss.start();
  await workInbound(boss, deps);
  return { stop: () => boss.stop({ graceful: true, timeout: 30_000, wait: true }) };
}
