// The typed word's deletion keys are made in Node (deletionKeys, db/repositories/search.ts) and probed
// against the name words' keys that PostgreSQL makes for its index (carnet_deletion_keys, migration
// 0027): a key one side makes and the other does not is a neighbour the correction never finds. Both
// are compared as the correction's statement reads them (string_to_array of Node's keys).

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { sql } from "kysely";
import { deletionKeys } from "../../db/repositories/search.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("a word's deletion keys, in Node and in PostgreSQL", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  // Both sides' keys, sorted by code unit (not by the database's collation)
  async function keysOf(word: string): Promise<{ node: string[]; postgres: string[] }> {
    const { rows } = await sql<{ node: string[]; postgres: string[] }>`
      SELECT string_to_array(${deletionKeys(word)}::text, ' ') AS node,
             carnet_deletion_keys(${word}::text) AS postgres`.execute(test.db);
    const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { node: sorted(rows[0]!.node), postgres: sorted(rows[0]!.postgres) };
  }

  it.each([
    ["a plain surname", "dupont"],
    ["a short word", "roy"],
    ["a doubled letter", "martinotti"],
    ["one letter", "a"],
    ["digits", "2024"],
    ["accents, composed", "éléonore"],
    ["accents, decomposed", "e\u0301le\u0301onore"],
    ["a cedilla and a ligature", "françois-cœur"],
    ["an apostrophe", "d'arc"],
    ["a typographic apostrophe", "n’diaye"],
    ["a hyphen", "jean-luc"],
    ["a particle", "de"],
    ["a particle glued to the name", "vanderberg"],
    ["a typo, letters swapped", "dupnot"],
    ["a typo, a letter dropped", "duont"],
    ["capitals", "KERLOG"],
    ["mojibake of é", "Ã©lÃ©onore"],
    ["mojibake of ’", "nâ€™diaye"],
    ["a replacement character", "fran\uFFFDois"],
    ["a letter outside the basic plane", "𝒜nne"],
    ["an emoji", "roy🙂"],
  ])("gives the same keys for %s", async (_case, word) => {
    const { node, postgres } = await keysOf(word);
    expect(node).toEqual(postgres);
  });

  it("sends no key for the empty word, whose one key no name word has", async () => {
    // PostgreSQL's key of "" is "" itself; Node's "" reaches the statement as no key at all. Either
    // finds nothing: a name word has three letters at least (migration 0005), so two in its keys.
    expect(await keysOf("")).toEqual({ node: [], postgres: [""] });
  });

  it("gives the same keys for any word", async () => {
    // (a word holds no space, which parts the keys; PostgreSQL's text holds no NUL)
    const word = fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).filter((w) => !/[ \0]/u.test(w));
    await fc.assert(
      fc.asyncProperty(word, async (w) => {
        const { node, postgres } = await keysOf(w);
        expect(node).toEqual(postgres);
      }),
      { numRuns: 150 },
    );
  });
});
