import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabase, type DB } from "../../db/database.ts";
import { databaseUrl } from "./urls.ts";

export interface TestDatabase {
  url: string;
  name: string;
  db: DB;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of this test file's own, cloned from the run's template (fast:
 * a file copy), so test files run in parallel without sharing state. Call drop() in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.CARNET_TEST_ADMIN_URL;
  const template = process.env.CARNET_TEST_TEMPLATE;
  if (!adminUrl || !template)
    throw new Error("test/support/global-setup.ts did not run (see jest.config.js)");
  // The parent's pid is part of the name so globalTeardown can sweep what a crashed file left.
  const parentPid = template.split("_").pop();
  const name = `carnet_t_${parentPid}_${randomBytes(5).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = databaseUrl(adminUrl, name);
  const { db, pool, close } = createDatabase(url, { max: 5 });
  return {
    url,
    name,
    db,
    pool,
    async drop() {
      await close();
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two files cloning the template at the same instant: PostgreSQL refuses the second while the
    // first copy holds it ("source database is being accessed"), so retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn(client);
      } catch (error) {
        if (attempt < 20 && /being accessed by other users/.test(String(error))) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw error;
      }
    }
  } finally {
    await client.end();
  }
}
