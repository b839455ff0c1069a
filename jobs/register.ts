import PgBoss from "pg-boss";
import type { Deps } from "../server/deps.ts";

/**
 * The only file that imports pg-boss: queues, cron schedules and workers are declared here and
 * call plain handlers (jobs/alerts/…) with ids only. pg-boss keeps its tables in the `pgboss`
 * schema of Carnet's database, so several Carnet processes share one schedule and one queue.
 */
export interface Scheduler {
  stop(): Promise<void>;
}

export async function startScheduler(deps: Deps): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (error) => deps.logger.error({ err: error }, "job queue error"));
  await boss.start();
  deps.logger.info("scheduler started");
  return {
    // Graceful: waits for running jobs to finish (up to 30 s) before closing its connections.
    stop: () => boss.stop({ graceful: true, timeout: 30_000, wait: true }),
  };
}
