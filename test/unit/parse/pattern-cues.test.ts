// A pattern's cues (pattern-cues.ts) let the clause reader skip a verb family a sentence cannot
// hold: read off the pattern's source, they must be in every text the pattern matches, and say
// "anything" where they cannot tell.

import { describe, expect, it } from "@jest/globals";
import { allMatches } from "../../../jobs/parse/all-matches.ts";
import { CueIndex, patternCues } from "../../../jobs/parse/pattern-cues.ts";
import { SHAPES } from "../../../jobs/parse/shapes.ts";

// Invented phrasings of a vineyard's and a harbour's news, none of the press's verbs
const word = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?:(?<=[\\s'])|(?![\\p{L}\\p{N}]))`, "giu");

describe("patternCues", () => {
  const cases: [string, RegExp, string[] | null][] = [
    ["a list of verbs", word("vendange|vendangera|a vendangé"), ["vendange", "a vendangé"]],
    ["an optional ending kept apart", /(?<![\p{L}])taillée?s?/giu, ["taillé"]],
    [
      "an optional auxiliary before the verb",
      word("(?:(?:a|va)\\s+)?(?:amarre|amarré)"),
      ["amarre", "amarré"],
    ],
    ["a class of a few letters", /[Ee]mbarque(?=\s)/gu, ["embarque"]],
    ["the longest run after a class", /\p{Lu}\p{Ll}+ appareille pour/gu, [" appareille pour"]],
    ["a look-behind's words still required", /(?<=(?:quai|ponton)\s)n°\d/gu, ["quai", "ponton"]],
    ["a negative look-ahead requires nothing", /escale(?!\s+technique)/gu, ["escale"]],
    ["an empty alternative: anything", /(?:mouille|)\s+au large/gu, ["au large"]],
    ["an empty alternative at the top: always run", /rade|(?=\p{Lu})/gu, null],
    ["a starred class only: always run", /[\p{L}]*/gu, null],
    ["escapes stand for their character", /cap\.\s+\u00e9quipage/giu, ["équipage"]],
    ["a cue holding another is left out", /(?:quai|quais|ponton)\s/gu, ["quai", "ponton"]],
  ];

  it.each(cases)("reads %s", (_, pattern, cues) => {
    expect(patternCues(pattern)).toEqual(cues);
  });

  it("gives every row of the shapes table cues its own example holds", () => {
    const index = new CueIndex(SHAPES.map((shape) => patternCues(shape.verb)));
    for (const [row, shape] of SHAPES.entries()) {
      if (allMatches(shape.example, shape.verb).length === 0) continue;
      expect([shape.id, index.mayMatch(shape.example)[row]]).toEqual([shape.id, true]);
    }
  });
});

describe("CueIndex", () => {
  it("finds cues that overlap or end inside one another, in any case", () => {
    const index = new CueIndex([["pressoir"], ["soir"], ["cuve", "cuvée"], ["chai"], null]);
    expect(index.mayMatch("Le PRESSOIR tourne")).toEqual([true, true, false, false, true]);
    expect(index.mayMatch("une cuvée de chais")).toEqual([false, false, true, true, true]);
    expect(index.mayMatch("rien")).toEqual([false, false, false, false, true]);
  });

  it("reads the long s as s, as a case-insensitive pattern does", () => {
    const pattern = /vendange/iu;
    expect(pattern.test("vendanſ")).toBe(false);
    expect(/ſ/iu.test("s")).toBe(true);
    expect(new CueIndex([["sarment"]]).mayMatch("ſarment")).toEqual([true]);
  });
});
