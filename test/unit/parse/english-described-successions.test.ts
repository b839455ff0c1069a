// English items inside French letters, in the shapes issue 13 lists (invented text, sectors no
// fixture uses: wind tunnels, telescope makers, sea salt): an object described before its name
// ("has named Dutch engineer X as …"), a title after the name with no "as" ("has named X chief
// executive"), an item told from the one who steps down ("X steps down as R of C; Y succeeds him"),
// previous employers in an apposition or after "from", and the French near future of confiding
// ("va confier la présidence de D à X"). Hedged forms stay no move.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { expectMoves, issueAround, type WantedMove } from "./issue-text.ts";

const LETTER = { before: ["Lettre", ""], after: [] };

describe("English items: the object described before its name", () => {
  it.each<[string, WantedMove]>([
    [
      "Aerovent has named Dutch engineer Peter Hallgren as test director.",
      { person: "Peter Hallgren", company: "Aerovent", role: "test director" },
    ],
    [
      "Optilune appoints former Stellarix executive Marion Hale as CFO.",
      { person: "Marion Hale", company: "Optilune", role: "CFO", previous: ["Stellarix"] },
    ],
    [
      "Salines Kervor hires veteran trader Hugo Marsh to lead its export division.",
      {
        person: "Hugo Marsh",
        company: "Salines Kervor",
        role: "head of the export division",
        kind: "joined",
      },
    ],
    [
      "Aerovent has appointed retired aerodynamics professor Dr. Clara Voss as chief scientist.",
      { person: "Clara Voss", company: "Aerovent", role: "chief scientist" },
    ],
    [
      "Optilune has named its chief operating officer, Sarah Kent, as chairman of Optilune Labs.",
      { person: "Sarah Kent", company: "Optilune Labs", role: "chairman" },
    ],
  ])("%s", (item, want) => {
    const parsed = expectMoves(issueAround([item], LETTER), [want]);
    // a shape not yet measured on a first-scored corpus: held for review
    expect(parsed.moves.find((m) => m.person === want.person)!.confidence).toBeLessThan(
      AUTO_PUBLISH_CONFIDENCE,
    );
  });

  it.each<[string, WantedMove]>([
    [
      "Optilune has named Sarah Kent chief executive.",
      { person: "Sarah Kent", company: "Optilune", role: "chief executive" },
    ],
    [
      "Salines Kervor has named Hugo Marsh executive chef.",
      { person: "Hugo Marsh", company: "Salines Kervor", role: "executive chef" },
    ],
    [
      "Aerovent has appointed Dr. Clara Voss as chief scientist.",
      { person: "Clara Voss", company: "Aerovent", role: "chief scientist" },
    ],
  ])("a title after the name: %s", (item, want) => {
    expectMoves(issueAround([item], LETTER), [want]);
  });
});

describe("English items told from the one who steps down", () => {
  it.each<[string, WantedMove]>([
    [
      "Hugo Marsh steps down as chief executive of Salines Kervor; Claire Dunn succeeds him.",
      {
        person: "Claire Dunn",
        company: "Salines Kervor",
        role: "chief executive",
        predecessor: "Hugo Marsh",
      },
    ],
    [
      "Hugo Marsh will step down as chairman of Optilune in June; Claire Dunn, currently chief operating officer, takes over.",
      { person: "Claire Dunn", company: "Optilune", role: "chairman", predecessor: "Hugo Marsh" },
    ],
    [
      "Hugo Marsh steps down as CEO of Aerovent and is succeeded by Claire Dunn.",
      { person: "Claire Dunn", company: "Aerovent", role: "CEO", predecessor: "Hugo Marsh" },
    ],
    [
      "Aerovent CEO Hugo Marsh steps down and is succeeded by Claire Dunn, currently finance director.",
      { person: "Claire Dunn", company: "Aerovent", role: "CEO", predecessor: "Hugo Marsh" },
    ],
    [
      "Hugo Marsh, managing director of Optilune for twelve years, steps down in May and is succeeded by Claire Dunn, currently sales director of Stellarix.",
      {
        person: "Claire Dunn",
        company: "Optilune",
        role: "managing director",
        predecessor: "Hugo Marsh",
        previous: ["Stellarix"],
      },
    ],
  ])("%s", (item, want) => {
    const parsed = expectMoves(issueAround([item], LETTER), [want]);
    // the one who steps down leaves without a new post: no record
    expect(parsed.moves.map((m) => m.person)).not.toContain("Hugo Marsh");
  });
});

describe("English items naming the house left", () => {
  it.each<[string, WantedMove]>([
    [
      "Aerovent has hired Claire Dunn, previously sales director at Optilune, as chief executive.",
      { person: "Claire Dunn", company: "Aerovent", role: "chief executive", previous: ["Optilune"] },
    ],
    [
      "Claire Dunn, formerly of Optilune, joins Aerovent as chief executive.",
      { person: "Claire Dunn", company: "Aerovent", role: "chief executive", previous: ["Optilune"] },
    ],
    [
      "Claire Dunn joins Aerovent from Optilune as chief executive.",
      { person: "Claire Dunn", company: "Aerovent", role: "chief executive", previous: ["Optilune"] },
    ],
  ])("%s", (item, want) => {
    expectMoves(issueAround([item], LETTER), [want]);
  });
});

describe("the near future of confiding a post", () => {
  it("reads 'va confier la présidence de D à X'", () => {
    expectMoves(
      issueAround(["Salines Kervor va confier la présidence de Kervor Export à Marion Giraud."], LETTER),
      [{ person: "Marion Giraud", company: "Kervor Export", role: "présidente" }],
    );
  });
});

describe("hedged English and French forms stay no published move", () => {
  it.each([
    "Aerovent is expected to appoint Claire Dunn as chief executive.",
    "Aerovent is reportedly in talks with Claire Dunn to become chief executive.",
    "Hugo Marsh is expected to step down as CEO of Aerovent; Claire Dunn could succeed him.",
    "Aerovent is expected to name veteran engineer Claire Dunn as chief executive.",
    "Salines Kervor devrait confier la présidence de Kervor Export à Marion Giraud.",
  ])("%s", (item) => {
    const published = parseIssueText(issueAround([item], LETTER)).moves.filter(
      (m) => m.confidence >= AUTO_PUBLISH_CONFIDENCE,
    );
    expect(published).toEqual([]);
  });
});
