import type { Command } from "commander";

// Filled by the alerts work (issue #5): `carnet alerts run`.
export function registerAlertsCommands(program: Command): void {
  program.command("alerts").description("Alert rounds: `carnet alerts run` does one round now");
}
