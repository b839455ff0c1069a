import { createDatabase, migrateToLatest } from "../db/database.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { type DatabaseServer, DatabaseUnavailable, openDatabaseServer } from "./database-server.ts";
import { createDeps, type OwnedDeps } from "./deps.ts";
import { createLogger, flushLog, type Logger } from "./logger.ts";

/**
 * What every entry point (the server, each CLI command) does first: read the configuration, open
 * the database (embedded or DATABASE_URL), bring the schema up to date, build the collaborators.
 * Known start-up failures print one line and exit 1, never a stack trace.
 */
export interface Runtime {
  config: Config;
  logger: Logger;
  database: DatabaseServer;
  deps: OwnedDeps;
  close(): Promise<void>;
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    return exitOnKnownError(error);
  }
}

export function exitOnKnownError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailable || error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

/** A failure the user can fix, worded for them: printed as one line, exit code 1. */
export class UserError extends Error {
  override name = "UserError";
}

/** Migrations take locks and run long DDL: on the direct connection when a pooler is in between. */
async function migrate(deps: OwnedDeps): Promise<void> {
  if (deps.directDatabaseUrl === deps.databaseUrl) {
    await migrateToLatest(deps.db);
    return;
  }
  const direct = createDatabase(deps.directDatabaseUrl, { max: 1 });
  try {
    await migrateToLatest(direct.db);
  } finally {
    await direct.close();
  }
}

export async function openRuntime(options: {
  cli: boolean;
  migrate?: boolean;
  mailCatcher?: boolean;
  /** Connections in the database pool (default 10): `carnet import` keeps more transactions in flight. */
  poolSize?: number;
  /**
   * The signal that asked `carnet start` to stop while it was starting, if any. That signal goes to
   * the whole process group, so it also ends initdb or useradd when the embedded PostgreSQL is being
   * created: the failure it causes is the stop the user asked for, not an error.
   */
  stopRequested?: () => string | null;
}): Promise<Runtime> {
  const config = loadConfigOrExit();
  const logger = createLogger({
    level: options.cli && config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL,
    format: config.LOG_FORMAT,
    toStderr: options.cli,
    batched: !options.cli,
  });
  let database: DatabaseServer | undefined;
  try {
    database = await openDatabaseServer(config, logger);
    const deps = await createDeps(config, logger, database.url, {
      mailCatcher: options.mailCatcher,
      poolSize: options.poolSize,
    });
    if (options.migrate !== false) await migrate(deps);
    const opened = database;
    return {
      config,
      logger,
      database: opened,
      deps,
      async close() {
        await deps.close();
        await opened.stop();
        logger.flush?.();
      },
    };
  } catch (error) {
    await database?.stop().catch(() => {});
    const signal = options.stopRequested?.() ?? null;
    if (signal) {
      logger.info({ signal }, "shutting down");
      logger.info("stopped");
      await flushLog(logger);
      process.exit(0);
    }
    return exitOnKnownError(error);
  }
}
