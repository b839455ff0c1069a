import { Command } from "commander";
import { registerAdminCommands } from "./cli/admin.ts";
import { registerAlertsCommands } from "./cli/alerts.ts";
import { registerImportCommand, registerReprocessCommand } from "./cli/import.ts";
import { registerMailCommands } from "./cli/mail.ts";
import { registerMigrateCommand } from "./cli/migrate.ts";
import { registerParseCommand } from "./cli/parse.ts";
import { registerServeCommands } from "./cli/serve.ts";
import { exitOnKnownError } from "./runtime.ts";

/** The `carnet` command. Each subcommand lives in server/cli/<name>.ts and calls into the folders. */
const program = new Command()
  .name("carnet")
  .description("Carnet: a people-moves directory fed by French business newsletters, with e-mail alerts.")
  .version("0.1.0")
  .showHelpAfterError()
  .configureOutput({ outputError: (message, write) => write(message) });

registerServeCommands(program);
registerMigrateCommand(program);
registerImportCommand(program);
registerReprocessCommand(program);
registerParseCommand(program);
registerAlertsCommands(program);
registerAdminCommands(program);
registerMailCommands(program);

program.parseAsync(process.argv).catch(exitOnKnownError);
