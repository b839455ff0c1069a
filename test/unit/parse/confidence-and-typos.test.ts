import { describe, expect, it } from "@jest/globals";
import { isLikelyTypo } from "../../../jobs/parse/names.ts";
import { confidenceFor } from "../../../jobs/parse/paragraph.ts";

describe("confidence of a move", () => {
  it.each<[string, string[], number]>([
    ["a clean move keeps 0.95", [], 0.95],
    ["a guessed company costs 0.4", ["company guessed from the sentence"], 0.55],
    ["a role not found costs 0.3", ["role not found"], 0.65],
    ["doubts add up", ["company guessed", "role not found"], 0.25],
    ["an unknown doubt costs 0.1", ["something new the parser noticed"], 0.85],
    ["never below zero", ["company guessed", "role not found", "company guessed", "role not found"], 0],
  ])("%s", (_case, reasons, confidence) => {
    expect(confidenceFor(reasons)).toBe(confidence);
  });
});

describe("typo check between two name keys", () => {
  it.each<[string, string, string, boolean]>([
    ["one slip in a five-letter name", "scalan", "scalian", true],
    ["the same key is no typo", "scalian", "scalian", false],
    ["short names differ too easily to guess", "atos", "axos", false],
    ["two slips in a name under ten letters is another name", "norelle", "narells", false],
    ["two slips in a long name", "transdevelopment", "transdevelopmant", true],
    ["three slips even in a long name is another name", "transdevelopment", "transdeveloppemant", false],
    ["a length gap larger than the slips allowed", "lumen", "lumenxyz", false],
  ])("%s", (_case, a, b, typo) => {
    expect(isLikelyTypo(a, b)).toBe(typo);
  });
});
