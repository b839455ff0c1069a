import { afterAll, beforeAll } from "@jest/globals";
import type { Express } from "express";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { APRIL_CLOCK, type SeededDirectory, seedDirectory } from "../fixtures/site/directory.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { createTestDeps } from "./deps.ts";

export interface DirectoryApp {
  test: TestDatabase;
  deps: OwnedDeps;
  app: Express;
  seeded: SeededDirectory;
}

/**
 * The app over a database of its own holding the fictional directory (test/fixtures/site), on
 * April's clock, for the describe block that calls it. Its fields are set before the first test.
 */
export function useSeededDirectoryApp(): DirectoryApp {
  const directory = {} as DirectoryApp;
  beforeAll(async () => {
    directory.test = await createTestDatabase();
    directory.deps = await createTestDeps(directory.test.url, { clock: APRIL_CLOCK });
    directory.seeded = await seedDirectory(directory.test.db);
    directory.app = createApp(directory.deps);
  });
  afterAll(async () => {
    await directory.deps?.close();
    await directory.test?.drop();
  });
  return directory;
}
