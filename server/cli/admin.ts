import type { Command } from "commander";

// Filled by the admin work (issue #6): `carnet admin create --email X --role admin|editor`.
export function registerAdminCommands(program: Command): void {
  program.command("admin").description("Admin accounts: `carnet admin create --email X --role admin|editor`");
}
