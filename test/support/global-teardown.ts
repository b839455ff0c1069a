import { rm } from "node:fs/promises";
import pg from "pg";
import type { EmbeddedServer } from "../../db/embedded.ts";
import type { PgBouncer } from "./pgbouncer.ts";

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.CARNET_TEST_ADMIN_URL;
  const template = process.env.CARNET_TEST_TEMPLATE;
  if (adminUrl && template) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // Test files drop their own databases; this also sweeps those of a file that crashed.
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
      [template, `carnet_t_${process.pid}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  await ((globalThis as Record<string, unknown>).__carnetPgBouncer as PgBouncer | undefined)?.stop();
  const embedded = (globalThis as Record<string, unknown>).__carnetEmbedded as
    | { server: EmbeddedServer; dir: string }
    | undefined;
  if (embedded) {
    await embedded.server.stop();
    await rm(embedded.dir, { recursive: true, force: true });
  }
}
