// Whatever text arrives, the parser answers and every move it emits is complete.

import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { type ParsedIssue, parseIssueHtml, parseIssueText } from "../../../jobs/parse/index.ts";

function expectWellFormed(issue: ParsedIssue) {
  for (const move of issue.moves) {
    expect(move.person.trim()).not.toBe("");
    expect(move.company.trim()).not.toBe("");
    expect(move.role.trim()).not.toBe("");
    expect(move.confidence).toBeGreaterThanOrEqual(0);
    expect(move.confidence).toBeLessThanOrEqual(1);
    expect(issue.paragraphs[move.paragraph_index]).toBe(move.paragraph);
  }
}

const frenchWords = fc.constantFrom(
  "rejoint",
  "nomme",
  "est",
  "nommée",
  "promu",
  "comme",
  "en tant que",
  "chez",
  "de",
  "la",
  "Lumen",
  "CLAIRE",
  "DUPONT",
  "Paul",
  "Martin",
  "directrice",
  "CEO",
  ",",
  ".",
  "succède à",
  "ex-",
  "«",
  "»",
  "d'",
  "Ã©",
  "\u00a0",
  "prend la direction de",
  "devient",
  "accueille",
  "Le nouveau",
  "et",
  "qui",
  "au poste de",
  "MAIF",
  "&",
);
const paragraph = fc
  .array(fc.oneof(frenchWords, fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((w) => w.join(" "));

describe("parser robustness", () => {
  it("never throws on arbitrary text and emits only complete moves", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(parseIssueText(text));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary paragraphs inside a valid Mouvements section", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const issue = parseIssueText(
          `+ MOUVEMENTS, avec Sponsor\n\n${paragraphs.join("\n\n")}\n\n+ AGENDA\n`,
        );
        expect(issue.section_found).toBe(true);
        expectWellFormed(issue);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary HTML", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        expectWellFormed(parseIssueHtml(`<h2>Mouvements</h2><p>${html}</p>`));
      }),
      { numRuns: 200 },
    );
  });
});
