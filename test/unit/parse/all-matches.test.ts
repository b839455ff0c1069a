// allMatches is the parser's cheaper matchAll: the same matches, in the same order, for any global pattern.

import { describe, expect, it } from "@jest/globals";
import { allMatches } from "../../../jobs/parse/all-matches.ts";

const viaMatchAll = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ at: m.index, groups: [...m] }));
const viaAllMatches = (text: string, pattern: RegExp) =>
  allMatches(text, pattern).map((m) => ({ at: m.index, groups: [...m] }));

describe("allMatches", () => {
  const cases: [string, RegExp][] = [
    ["Anne Roy rejoint Ferlog ; Marc Lin rejoint Kargo Rail.", /(?<![\p{L}])rejoint(?![\p{L}])/gu],
    ["directeur de la caisse et directrice du fonds", /(de la|du)\s+(\p{Ll}+)/gu],
    ["a😀b", /(?:)/gu],
    ["a😀b", /(?:)/g],
    ["", /x*/g],
    ["Élise NOIR, vice-présidente", /\p{Lu}+/giu],
  ];

  it.each(cases)("finds what matchAll finds in %j", (text, pattern) => {
    expect(viaAllMatches(text, pattern)).toEqual(viaMatchAll(text, pattern));
    expect(pattern.lastIndex).toBe(0);
  });

  it("starts where the pattern's lastIndex says, as matchAll does, and leaves it there", () => {
    const pattern = /o/g;
    pattern.lastIndex = 3;
    expect(viaAllMatches("foo boo", pattern)).toEqual(viaMatchAll("foo boo", pattern));
    expect(pattern.lastIndex).toBe(3);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches("abc", /b/)).toThrow(TypeError);
  });
});
