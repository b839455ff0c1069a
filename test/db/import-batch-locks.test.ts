import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { lockBatchKeys } from "../../db/repositories/imports.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

// Two batches of issues, each in its transaction (server/services/import-batch.ts): what one
// batch's opening locks make the other wait for.
describe("the locks a batch of issues takes first", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insertInto("companies").values({ name: "Lumeo", key: "lumeo", slug: "lumeo" }).execute();
  });
  afterAll(() => t.drop());

  /**
   * Runs `second` while a first batch holds its locks: whether `second` was still waiting for them
   * after `patience` ms (a lock that is free is taken well within it, on a loaded machine too).
   */
  async function waitsForTheFirst(
    first: Parameters<typeof lockBatchKeys>[1],
    second: Parameters<typeof lockBatchKeys>[1],
    patience: number,
  ): Promise<boolean> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstLocked!: () => void;
    const locked = new Promise<void>((resolve) => {
      firstLocked = resolve;
    });
    const firstBatch = t.db.transaction().execute(async (trx) => {
      await lockBatchKeys(trx, first);
      firstLocked();
      await held;
    });
    await locked;
    const secondBatch = t.db.transaction().execute((trx) => lockBatchKeys(trx, second));
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      secondBatch.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), patience);
      }),
    ]);
    clearTimeout(timer);
    release();
    await Promise.all([firstBatch, secondBatch]);
    return waited;
  }

  it("waits for a batch creating the same new company, whatever order each named it in", async () => {
    expect(
      await waitsForTheFirst(
        { people: [], companies: ["axielle partners", "zepheo group"] },
        { people: [], companies: ["zepheo group", "axielle partners"] },
        1_000,
      ),
    ).toBe(true);
  });

  it("waits for a batch naming the same person", async () => {
    expect(
      await waitsForTheFirst(
        { people: ["lou masson"], companies: [] },
        { people: ["lou masson"], companies: [] },
        1_000,
      ),
    ).toBe(true);
  });

  it("does not wait for a company both name that exists already, nor on a person of the same words", async () => {
    expect(
      await waitsForTheFirst(
        { people: ["capavia"], companies: ["lumeo", "capavia"] },
        { people: [], companies: ["lumeo"] },
        10_000,
      ),
    ).toBe(false);
    expect(
      await waitsForTheFirst(
        { people: ["capavia"], companies: [] },
        { people: [], companies: ["capavia"] },
        10_000,
      ),
    ).toBe(false);
  });
});
