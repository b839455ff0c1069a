// Every row of the rejection table with its example: a sentence a move verb reads, yet no move.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { REJECTIONS } from "../../../jobs/parse/rejections.ts";
import { issueAround } from "./issue-text.ts";

const issue = (item: string) => issueAround([item]);

describe("what is not a move", () => {
  it.each(REJECTIONS.map((row) => [row.id, row.example, row.reason] as const))(
    "%s: %j gives no record (%s)",
    (id, example) => {
      const moves = parseIssueText(issue(example)).moves;
      // the passing appointment's sentence still announces its own mover, the bureau its new officer, the
      // fronted predecessor's and the one replaced's their successor
      if (
        id === "passing_appointment" ||
        id === "kept_bureau_post" ||
        id === "keeps_post" ||
        id === "fronted_predecessor" ||
        id === "replaced_person"
      )
        expect(moves.map((m) => m.person)).toEqual(["Anne Roy"]);
      else expect(moves).toEqual([]);
    },
  );

  it("rejects a re-election in its own clause only, not another officer's after a semicolon", () => {
    const moves = parseIssueText(
      issue(
        "Fédération des refuges de Valcombe : M. Luc Faure est réélu président ; Mme Anne Roy devient trésorière.",
      ),
    ).moves;
    expect(moves.map((m) => [m.person, m.role])).toEqual([["Anne Roy", "trésorière"]]);
  });

  it("still reads the move of a sentence of the same shape that is one", () => {
    const moves = parseIssueText(issue("Le Club des DSI a désigné Anne Roy présidente.")).moves;
    expect(moves.map((m) => [m.person, m.role])).toEqual([["Anne Roy", "présidente"]]);
  });
});
