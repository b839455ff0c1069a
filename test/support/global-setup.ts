import { chmod, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabase, migrateToLatest } from "../../db/database.ts";
import { startEmbeddedPostgres } from "../../db/embedded.ts";
import { startPgBouncer } from "./pgbouncer.ts";
import { databaseUrl } from "./urls.ts";

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server when set, else an embedded one in a
 * temporary folder. A template database is migrated once; each test file clones it (database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-test-"));
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres(path.join(dir, "postgres"));
    (globalThis as Record<string, unknown>).__carnetEmbedded = { server, dir };
    adminUrl = server.url("postgres");
  }
  const template = `carnet_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const handle = createDatabase(databaseUrl(adminUrl, template), { max: 1 });
  await migrateToLatest(handle.db);
  await handle.close();

  // CARNET_TEST_POOLER=pgbouncer: the apps the tests build (createTestDeps) reach PostgreSQL through
  // PgBouncer in transaction mode, as behind a pooler in production (.ci/run runs test/http so).
  if (process.env.CARNET_TEST_POOLER === "pgbouncer") {
    const server = new URL(adminUrl);
    const bouncer = await startPgBouncer({ host: server.hostname, port: Number(server.port || 5432) });
    (globalThis as Record<string, unknown>).__carnetPgBouncer = bouncer;
    process.env.CARNET_TEST_PGBOUNCER_PORT = String(bouncer.port);
  }
  process.env.CARNET_TEST_ADMIN_URL = adminUrl;
  process.env.CARNET_TEST_TEMPLATE = template;
}
