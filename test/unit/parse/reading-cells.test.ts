import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { cellKeyOf } from "../../../jobs/parse/reading-cells.ts";
import type { ParsedMove } from "../../../jobs/parse/types.ts";

describe("reading cells", () => {
  it("names the reader and the facts of the record's sentence", () => {
    const paragraph = "Claire Vasseur rejoint Orvalis comme directrice financière.";
    const record = { person: "Claire Vasseur", company: "Orvalis", role: "directrice financière", paragraph };
    expect(cellKeyOf({ ...record, shape: "joins" })).toBe(
      "joins | one person | all read | company introduced | one verb | section",
    );
  });

  it("tells a sentence with a second person and a second move verb, headingless", () => {
    const paragraph =
      "Orvalis nomme Claire Vasseur directrice financière ; elle remplace Paul Ferrand, promu.";
    const record = { person: "Claire Vasseur", company: "Orvalis", role: "directrice financière", paragraph };
    expect(cellKeyOf({ ...record, shape: "employer appoints", headingless: true })).toBe(
      "employer appoints | several people | all read | company introduced | several verbs | headingless",
    );
  });

  it("gives each record's cell to a caller that asks, and changes nothing in the parse", () => {
    const text = "Mouvements\n\nClaire Vasseur rejoint Orvalis comme directrice financière.\n";
    const cells = new Map<ParsedMove, string>();
    const observed = parseIssueText(text, {}, { readingCells: cells });
    expect(observed).toEqual(parseIssueText(text));
    expect(observed.moves.map((move) => cells.get(move))).toEqual([
      "joins | one person | all read | company introduced | one verb | section",
    ]);
  });
});
