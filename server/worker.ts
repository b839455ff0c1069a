import { startScheduler } from "../jobs/register.ts";
import { flushLog } from "./logger.ts";
import { openRuntime, UserError } from "./runtime.ts";

/**
 * `carnet worker`: the job side of Carnet without the web side: the alert rounds and sends (and
 * whatever else jobs/register.ts declares) for `carnet serve --no-scheduler` instances. Any number
 * may run: pg-boss hands each job to one of them, cron ticks produce one round whichever worker
 * sees them, and a digest's row is its send lock. It sends real mail only: the dev mail catcher
 * belongs to a single `carnet start`, where the page that shows it is served by the same process.
 */
export async function runWorker(): Promise<void> {
  let stop: ((signal: string) => Promise<void>) | null = null;
  let early: string | null = null;
  const onSignal = (signal: string) => {
    if (stop) void stop(signal);
    else if (!early) early = signal;
    else process.exit(1);
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));

  const runtime = await openRuntime({ cli: false, mailCatcher: false });
  const { config, logger, deps } = runtime;
  if (!config.SMTP_URL) {
    await runtime.close();
    throw new UserError("carnet worker sends the alert e-mails: set SMTP_URL to your mail server.");
  }
  const scheduler = await startScheduler(deps);
  logger.info(
    { database: runtime.database.embedded ? "embedded" : "DATABASE_URL" },
    "Carnet worker is ready",
  );

  let stopping = false;
  stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    await scheduler.stop();
    await runtime.close();
    logger.info("stopped");
    await flushLog(logger);
    process.exit(0);
  };
  if (early) await stop(early);
}
