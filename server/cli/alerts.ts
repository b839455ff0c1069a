import { type Command, Option } from "commander";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { FREQUENCIES, type Frequency } from "../../shared/vocabulary.ts";
import { openRuntime } from "../runtime.ts";

/**
 * `carnet alerts run`: one round now, in this process — match, group into digests, send every due
 * digest — then a one-line summary. Safe beside a running `carnet serve` (or another `alerts run`):
 * each pair and each digest is sent once. Without SMTP_URL the dev mail catcher receives the
 * messages (kept under DATA_DIR/mail/, shown by `carnet serve` at /dev/mail).
 */
export function registerAlertsCommands(program: Command): void {
  const alerts = program.command("alerts").description("E-mail alerts to subscribers");
  alerts
    .command("run")
    .description("Run one alert round now: record due moves, send the digests, print what was done")
    .addOption(
      new Option("--frequency <frequency>", "subscribers of which frequency")
        .choices([...FREQUENCIES, "all"])
        .default("immediate"),
    )
    .option("--json", "print the report as JSON")
    .action(async (options: { frequency: Frequency | "all"; json?: boolean }) => {
      const runtime = await openRuntime({ cli: true, mailCatcher: true });
      try {
        const frequencies = options.frequency === "all" ? [...FREQUENCIES] : [options.frequency];
        const report = await runAlertRound(runtime.deps, frequencies);
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else {
          for (const failure of report.failures)
            console.error(`failed digest #${failure.digestId}: ${failure.reason}`);
          console.log(
            `Round ${frequencies.join(", ")}: ${report.duePairs} due pairs, ${report.digests} new digests; ` +
              `${report.sent} sent, ${report.retrying} to retry, ${report.failed} failed.`,
          );
          if (report.skipped > 0)
            console.log(
              `${report.skipped} due pairs skipped: moves published more than ALERTS_MAX_AGE_DAYS ` +
                `(${runtime.config.ALERTS_MAX_AGE_DAYS}) days before this round are not mailed (see /admin/courriels).`,
            );
        }
        if (report.failed > 0) process.exitCode = 1;
      } finally {
        await runtime.close();
      }
    });
}
