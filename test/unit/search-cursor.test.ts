import { describe, expect, it } from "@jest/globals";
import { Invalid } from "../../server/errors.ts";
import { decodeCursor, encodeCursor } from "../../server/services/search.ts";

const raw = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

describe("search cursor", () => {
  it.each([
    { sort: "date" as const, publishedOn: "2026-03-14", id: 42 },
    { sort: "relevance" as const, score: 0.4375, id: 7 },
  ])("reads back the $sort cursor it wrote", (cursor) => {
    expect(decodeCursor(encodeCursor(cursor), cursor.sort)).toEqual(cursor);
  });

  it.each<[string, string, "date" | "relevance"]>([
    ["a date cursor on a relevance page", raw(["d", "2026-03-14", 42]), "relevance"],
    ["a relevance cursor on a date page", raw(["r", 0.5, 42]), "date"],
    ["a date that is not YYYY-MM-DD", raw(["d", "14/03/2026", 42]), "date"],
    ["a negative id", raw(["d", "2026-03-14", -1]), "date"],
    ["an id that is not an integer", raw(["d", "2026-03-14", 1.5]), "date"],
    ["a score that is not a number", raw(["r", "high", 42]), "relevance"],
    ["not JSON", Buffer.from("page 2").toString("base64url"), "date"],
    ["not base64url at all", "%%%", "date"],
  ])("refuses %s with a 400 naming the cursor", (_case, value, sort) => {
    expect(() => decodeCursor(value, sort)).toThrow(Invalid);
    expect(() => decodeCursor(value, sort)).toThrow(/cursor/);
  });
});
