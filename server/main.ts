import type { Server } from "node:http";
import { type Scheduler, startScheduler } from "../jobs/register.ts";
import { createApp, createHttpServer } from "./app.ts";
import { startInbound } from "./inbound.ts";
import { flushLog } from "./logger.ts";
import { exitOnKnownError, loadConfigOrExit, openRuntime, UserError } from "./runtime.ts";
import { importSampleData } from "./sample-data.ts";

/** Within this delay a repeated signal is the same request to stop, relayed (npm), not an impatient second one. */
const SAME_SIGNAL_MS = 1500;

/**
 * `carnet serve` and `npm start`: config → database → deps → listen, with the scheduler beside
 * the web server. On SIGINT/SIGTERM: stop accepting, finish in-flight requests and jobs, close
 * the pool, stop the embedded PostgreSQL, exit 0.
 */
export async function runServer(options: { seedIfEmpty: boolean; scheduler?: boolean }): Promise<void> {
  // Signals are caught from the first instant: one that arrives while PostgreSQL starts or the seeds
  // import is honoured once start-up is done, so nothing is left running behind us.
  // A second signal during start-up forces the exit, unless it is the first one again: `npm start`
  // forwards to us the SIGTERM/SIGINT that its process group also sent us directly.
  let stop: ((signal: string) => Promise<void>) | null = null;
  let early: { signal: string; at: number } | null = null;
  const onSignal = (signal: string) => {
    if (stop) void stop(signal);
    else if (!early) early = { signal, at: Date.now() };
    else if (early.signal !== signal || Date.now() - early.at > SAME_SIGNAL_MS) process.exit(1);
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));

  // Several instances (the scheduler in `carnet worker`) would each catch a share of the mail: the
  // dev catcher serves a single process only, so instances beside a worker need SMTP_URL.
  const single = options.scheduler !== false && loadConfigOrExit().SCHEDULER;
  if (!single && !loadConfigOrExit().SMTP_URL)
    exitOnKnownError(
      new UserError(
        "carnet serve --no-scheduler runs beside other instances: set SMTP_URL (the dev mail catcher serves a single `carnet serve` only).",
      ),
    );
  const runtime = await openRuntime({
    cli: false,
    mailCatcher: single,
    stopRequested: () => (early as { signal: string } | null)?.signal ?? null,
  });
  const { config, logger, deps } = runtime;

  if (options.seedIfEmpty && config.SEED_ON_START) {
    const existing = await deps.db.selectFrom("newsletter_issues").select("id").limit(1).executeTakeFirst();
    if (!existing) {
      const summary = await importSampleData(deps);
      logger.info(
        { imported: summary.imported, moves: summary.movesCreated },
        "sample issues imported from seeds/",
      );
    }
  }

  const app = createApp(deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = createHttpServer(app);
    listening.once("error", reject);
    listening.listen(config.PORT, config.HOST, () => resolve(listening));
  }).catch(async (error: NodeJS.ErrnoException) => {
    await runtime.close();
    process.stderr.write(
      error.code === "EADDRINUSE"
        ? `Port ${config.PORT} is already in use: stop the other program or set PORT.\n`
        : `Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}\n`,
    );
    process.exit(1);
  });

  const scheduler: Scheduler | null = single ? await startScheduler(deps) : null;

  const inbound = await startInbound(deps);

  logger.info(
    {
      url: config.PUBLIC_URL,
      database: runtime.database.embedded ? "embedded" : "DATABASE_URL",
    },
    "Carnet is ready",
  );
  process.stdout.write(`\nCarnet est prêt : ${config.PUBLIC_URL}\n`);
  if (deps.mailCatcher)
    process.stdout.write(
      `Boîte de développement (e-mails) : ${config.PUBLIC_URL}/dev/mail${config.NODE_ENV === "development" ? "" : " (administrateurs connectés)"}\n`,
    );
  if (inbound.smtpPort !== null)
    process.stdout.write(
      `Réception des lettres (SMTP) : ${config.INBOUND_SMTP_HOST}:${inbound.smtpPort} pour ${inbound.addresses.join(", ")}\n`,
    );

  let stoppingSince = 0;
  stop = async (signal: string) => {
    if (stoppingSince) {
      // Under `npm start`, Ctrl-C reaches us twice (from the terminal and forwarded by npm): only
      // a later, deliberate second signal forces the exit.
      if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
      logger.warn("second signal: exiting now");
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, "shutting down");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await inbound.stop();
    await scheduler?.stop();
    await runtime.close();
    logger.info("stopped");
    await flushLog(logger);
    process.exit(0);
  };
  // TypeScript cannot see the signal handler's assignment.
  const pending = early as { signal: string } | null;
  if (pending) await stop(pending.signal);
}
