import type { Command } from "commander";
import { migrateDown, migrateToLatest, migrationStatus } from "../../db/database.ts";
import { openRuntime, UserError } from "../runtime.ts";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("Apply (up, the default), undo the last (down) or list (status) database migrations")
    .argument("[direction]", "up | down | status", "up")
    .action(async (direction: string) => {
      if (!["up", "down", "status"].includes(direction)) {
        throw new UserError(`Unknown migrate direction "${direction}": expected up, down or status.`);
      }
      const runtime = await openRuntime({ cli: true, migrate: false });
      try {
        const { db } = runtime.deps;
        if (direction === "status") {
          for (const m of await migrationStatus(db)) {
            console.log(
              `${m.executedAt ? "applied" : "pending"}  ${m.name}${m.executedAt ? `  (${m.executedAt.toISOString()})` : ""}`,
            );
          }
          return;
        }
        const result = direction === "up" ? await migrateToLatest(db) : await migrateDown(db);
        const changed = result.results ?? [];
        if (changed.length === 0)
          console.log(direction === "up" ? "Already up to date." : "Nothing to undo.");
        for (const r of changed)
          console.log(`${r.direction === "Up" ? "applied" : "undone"}  ${r.migrationName}`);
      } finally {
        await runtime.close();
      }
    });
}
