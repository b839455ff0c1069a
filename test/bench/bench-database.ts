import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabase, type DatabaseHandle, migrateToLatest } from "../../db/database.ts";
import { startEmbeddedPostgres } from "../../db/embedded.ts";
import { databaseUrl } from "../support/urls.ts";

/**
 * A fresh, migrated database for a benchmark (named `base` and the process id): on DATABASE_URL's
 * server when set, else on an embedded PostgreSQL in a temporary folder. drop() removes it (and
 * stops the embedded server).
 */
export async function openBenchDatabase(
  base: string,
): Promise<DatabaseHandle & { url: string; drop(): Promise<void> }> {
  // The process id keeps two runs on one server (several people benchmarking at once) from dropping
  // each other's database halfway.
  const name = `${base}_${process.pid}`;
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded = async () => {};
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-bench-"));
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres(path.join(dir, "postgres"));
    serverUrl = server.url("postgres");
    stopEmbedded = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(query).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = databaseUrl(serverUrl, name);
  const handle = createDatabase(url, { max: 20 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await stopEmbedded();
    },
  };
}
