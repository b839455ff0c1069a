import type { Command } from "commander";

// Loaded on use: `carnet parse` and friends need not load the whole web application.
const runServer = async (options: { seedIfEmpty: boolean; scheduler?: boolean }) =>
  (await import("../main.ts")).runServer(options);

const runWorker = async () => (await import("../worker.ts")).runWorker();

export function registerServeCommands(program: Command): void {
  program
    .command("start")
    .description(
      "Everything for a first look: migrate, import seeds/ if the database has no issue yet, serve the site, run the scheduler",
    )
    .action(() => runServer({ seedIfEmpty: true }));
  program
    .command("serve")
    .description("Migrate, then serve the web site and run the alert scheduler (no sample data)")
    .option("--no-scheduler", "serve the site only; another process runs the alert rounds")
    .action((options: { scheduler: boolean }) =>
      runServer({ seedIfEmpty: false, scheduler: options.scheduler }),
    );
  program
    .command("worker")
    .description("Run the jobs only (alert rounds and sends), beside `serve --no-scheduler` instances")
    .action(() => runWorker());
}
