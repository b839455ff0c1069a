import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Clock } from "../../server/clock.ts";
import { loadConfig } from "../../server/config.ts";
import { createDeps, type OwnedDeps } from "../../server/deps.ts";
import { createLogger } from "../../server/logger.ts";

/**
 * Real collaborators for a test: the test file's own database, a temporary DATA_DIR, the mail
 * transport of `env.SMTP_URL` (a test's smtp-server) or the dev catcher. Logs are silent unless
 * TEST_LOG_LEVEL is set.
 */
export async function createTestDeps(
  databaseUrl: string,
  options: { env?: Record<string, string>; mailCatcher?: boolean; clock?: Clock } = {},
): Promise<OwnedDeps> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "carnet-data-"));
  const config = loadConfig(
    {
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      APP_SECRET: "test-secret-test-secret-test-secret-0123456789",
      PUBLIC_URL: "http://carnet.test",
      LOG_FORMAT: "json",
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      DATABASE_URL: databaseUrl,
      // Tests fire many API requests from one address; the limits' own test sets its figures.
      API_RATE_LIMIT: "100000",
      API_TOKEN_RATE_LIMIT: "100000",
      ...options.env,
    },
    { dotEnvFile: null },
  );
  const logger = createLogger({ level: config.LOG_LEVEL, format: "json" });
  return createDeps(config, logger, databaseUrl, { mailCatcher: options.mailCatcher, clock: options.clock });
}
