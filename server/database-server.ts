import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import type { Config } from "./config.ts";
import { type Logger, safeUrl } from "./logger.ts";

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export class DatabaseUnavailable extends Error {
  override name = "DatabaseUnavailable";
}

/**
 * DATABASE_URL set → that server, checked once so a wrong URL fails with one clear line.
 * Unset → an embedded PostgreSQL with its files under DATA_DIR/postgres, reused on the next start.
 */
export async function openDatabaseServer(config: Config, logger: Logger): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DatabaseUnavailable(
        `Cannot connect to DATABASE_URL (${safeUrl(config.DATABASE_URL)}): ${reason}`,
      );
    } finally {
      await client.end().catch(() => {});
    }
    return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dir = path.join(config.DATA_DIR, "postgres");
  logger.info({ dir }, "starting the embedded PostgreSQL (DATABASE_URL is not set)");
  const server = await startEmbeddedPostgres(dir, {
    databases: ["carnet"],
    onLog: (line) => logger.debug({ postgres: line }, "embedded postgres"),
  });
  return { url: server.url("carnet"), embedded: true, stop: () => server.stop() };
}
