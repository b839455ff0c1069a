import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { correctNameWords } from "../../db/repositories/search.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("corrections of a typo'd name's word", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    // Words of fictional people's names.
    const words = ["maren", "martin", "marton", "martenot", "martenottes"];
    await sql`INSERT INTO name_words (word) SELECT unnest(${words}::text[])`.execute(test.db);
  });
  afterAll(() => test.drop());

  it("keeps the three closest words one edit away, before any word close by trigrams", async () => {
    // "marten": a letter dropped (maren), then two changed (martin, marton), in that order;
    // "martenot" shares most trigrams but is two edits away, so three neighbours leave it out.
    const [correction] = await correctNameWords(test.db, [{ word: "marten", nearby: true }]);
    expect(correction).toEqual({ known: false, alternatives: ["marten", "maren", "martin", "marton"] });
  });

  it("adds the words close by trigrams when fewer than three are one edit away", async () => {
    // "martenott": one neighbour (martenot, its last letter dropped), then "martenottes" by trigrams.
    const [correction] = await correctNameWords(test.db, [{ word: "martenott", nearby: true }]);
    expect(correction).toEqual({
      known: false,
      alternatives: ["martenott", "martenot", "martenottes"],
    });
  });
});
