import path from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { visibleControls } from "../../jobs/import/received-text.ts";
import { IMPORT_CONCURRENCY, ImportInterrupted, importPaths, listIssueFiles } from "../../jobs/import/run.ts";
import { openRuntime, UserError } from "../runtime.ts";
import { rereadMessages } from "../services/inbound-messages.ts";
import { proposeNearDuplicatesOfNewCompanies } from "../services/near-duplicates.ts";

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("Import newsletter issues (files or folders of .txt, .html, .eml) into the database")
    .argument("<paths...>", "files or folders")
    .option("--json", "print the summary as JSON")
    .action(async (paths: string[], options: { json?: boolean }) => {
      // A connection for each issue in flight, and one for the statistics check between them.
      const runtime = await openRuntime({ cli: true, poolSize: IMPORT_CONCURRENCY + 1 });
      try {
        const total = (await listIssueFiles(paths)).length;
        // A bar only when it helps: many files, on a terminal.
        const bar =
          total > 5 && process.stderr.isTTY && !options.json
            ? new cliProgress.SingleBar(
                { format: "Import [{bar}] {value}/{total} {file}", hideCursor: true },
                cliProgress.Presets.shades_classic,
              )
            : null;
        bar?.start(total, 0, { file: "" });
        const summary = await importPaths(runtime.deps, paths, {
          onProgress: (done, _total, file) => bar?.update(done, { file: path.basename(file) }),
        }).catch((error) => {
          bar?.stop();
          if (!(error instanceof ImportInterrupted)) throw error;
          throw new UserError(
            `${error.message}\n${error.completed} of ${total} files were done and are kept; ` +
              "run the same command again to import the rest (issues already imported are skipped).",
          );
        });
        bar?.stop();
        // The import leaves the new companies' near-duplicates proposed, as the scheduler would.
        await proposeNearDuplicatesOfNewCompanies(runtime.deps.db);
        if (options.json) {
          console.log(JSON.stringify(summary, null, 2));
        } else {
          for (const f of summary.files) {
            // A path may hold an escape sequence: shown, never played on the terminal.
            if (f.status === "failed") console.error(`failed   ${visibleControls(f.file)}: ${f.reason}`);
            else if (f.status === "skipped")
              console.log(`skipped  ${f.file} (already imported as issue #${f.issueId})`);
            else if (total <= 20)
              console.log(`imported ${f.file}: ${f.movesCreated} moves, ${f.pending} pending review`);
          }
          console.log(
            `\n${summary.imported} imported, ${summary.skipped} skipped, ${summary.failed} failed; ` +
              `${summary.movesCreated} moves created, ${summary.pendingReview} pending review.`,
          );
        }
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        await runtime.close();
      }
    });
}

export function registerReprocessCommand(program: Command): void {
  program
    .command("reprocess")
    .description(
      "Read received newsletters again after a parser change (default: those without a Mouvements section or that failed to parse)",
    )
    .argument("[ids...]", "message ids (shown on the Sources page)")
    .option("--all", "also the issues already imported: their new moves are added, none twice")
    .action(async (ids: string[], options: { all?: boolean }) => {
      const messageIds = ids.map(Number);
      if (messageIds.some((id) => !Number.isSafeInteger(id) || id <= 0))
        throw new UserError(`Not a message id: ${ids.join(" ")}`);
      // A connection for each issue in flight, and one for the statistics check between them.
      const runtime = await openRuntime({ cli: true, poolSize: IMPORT_CONCURRENCY + 1 });
      try {
        const outcomes = await rereadMessages(runtime.deps.db, {
          autoPublishConfidence: runtime.config.AUTO_PUBLISH_CONFIDENCE,
          appSecret: runtime.config.APP_SECRET,
          ...(messageIds.length > 0
            ? { ids: messageIds }
            : { statuses: options.all ? ["imported", "no_section", "failed"] : ["no_section", "failed"] }),
        });
        await proposeNearDuplicatesOfNewCompanies(runtime.deps.db);
        for (const [id, status] of outcomes)
          console.log(`message ${id}: ${status ?? "not read again (unknown, or waiting for review)"}`);
        console.log(`\n${outcomes.size} message(s) read again.`);
      } finally {
        await runtime.close();
      }
    });
}
