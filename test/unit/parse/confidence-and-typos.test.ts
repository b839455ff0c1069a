import { describe, expect, it } from "@jest/globals";
import { isLikelyTypo } from "../../../jobs/parse/names.ts";
import { NOTES, type Note, note } from "../../../jobs/parse/notes.ts";
import { confidenceFor } from "../../../jobs/parse/paragraph.ts";

describe("confidence of a move", () => {
  const guessed = note(NOTES.companyGuessedFromParagraph);
  const notFound = note(NOTES.roleNotFoundGuessed, "la direction de");
  it.each<[string, Note[], number]>([
    ["a clean move keeps 0.95", [], 0.95],
    ["a guessed company costs 0.4", [guessed], 0.55],
    ["a role not found costs 0.3", [notFound], 0.65],
    ["doubts add up", [guessed, notFound], 0.25],
    ["a plain note costs 0.1", [note(NOTES.firstNameUnknown)], 0.85],
    ["never below zero", [guessed, notFound, guessed, notFound], 0],
  ])("%s", (_case, notes, confidence) => {
    expect(confidenceFor(notes)).toBe(confidence);
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
