import { afterAll, beforeAll } from "@jest/globals";
import type { Express } from "express";
import type request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { signedInAdmin } from "./admin.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { createTestDeps } from "./deps.ts";

/** The app over a database of the test file's own, with the collaborators it was built from. */
export interface TestApp {
  test: TestDatabase;
  deps: OwnedDeps;
  app: Express;
}

/** The same, with a supertest agent signed in as an admin (test/support/admin.ts). */
export interface AdminTestApp extends TestApp {
  agent: ReturnType<typeof request.agent>;
}

/**
 * The app over a fresh database, for the describe block that calls it: its fields are set before
 * the block's first test (a beforeAll of the block's own, declared after this call, may use them)
 * and closed after its last.
 */
export function useTestApp(options: Parameters<typeof createTestDeps>[1] = {}): TestApp {
  const opened = {} as TestApp;
  beforeAll(async () => {
    opened.test = await createTestDatabase();
    opened.deps = await createTestDeps(opened.test.url, options);
    opened.app = createApp(opened.deps);
  });
  afterAll(async () => {
    await opened.deps?.close();
    await opened.test?.drop();
  });
  return opened;
}

/** useTestApp, with an admin account signed in through the form. */
export function useSignedInAdminApp(options: Parameters<typeof createTestDeps>[1] = {}): AdminTestApp {
  const opened = useTestApp(options) as AdminTestApp;
  beforeAll(async () => {
    ({ agent: opened.agent } = await signedInAdmin(opened.app, opened.deps.db));
  });
  return opened;
}
