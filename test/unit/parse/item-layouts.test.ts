// Layouts around items that are no part of their text (item-markers.ts) and company sub-headings over
// verbless lines (company-headings.ts), each in a spelling no fixture uses.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { withoutItemMarkers } from "../../../jobs/parse/item-markers.ts";
import { issueAround } from "./issue-text.ts";

const issue = (body: string) => issueAround([body]);
const records = (body: string) =>
  parseIssueText(issue(body)).moves.map((m) => [m.person, m.company, m.role, m.predecessor]);

describe("item markers", () => {
  it.each([
    ["7/ Chez Ferlog, Anne Roy devient directrice.", "Chez Ferlog, Anne Roy devient directrice."],
    ["12.03 : Ferlog nomme Anne Roy directrice.", "Ferlog nomme Anne Roy directrice."],
    ["Mardi 4 mars — chez Ferlog, Anne Roy …", "Chez Ferlog, Anne Roy …"],
    ["Communiqué de presse : Ferlog annonce …", "Ferlog annonce …"],
    ["PRESS RELEASE — Lyon, 3 mars 2027 — Ferlog annonce …", "Ferlog annonce …"],
    ["Ferlog nomme Anne Roy directrice. (M.-A. K.)", "Ferlog nomme Anne Roy directrice."],
  ])("strips the marker of %j", (paragraph, text) => {
    expect(withoutItemMarkers(paragraph)).toBe(text);
  });

  it("gives a release's movers its announcer, not the label", () => {
    expect(
      records(
        "Communiqué de presse — Kargo Rail annonce la nomination de Paul Girard au poste de directeur financier. Il était jusqu'ici contrôleur de gestion chez Ferlog. « Un grand pro », déclare Anne Roy, présidente.",
      ),
    ).toEqual([["Paul Girard", "Kargo Rail", "directeur financier", null]]);
  });

  it("reads each numbered line of a thread as an item of its own", () => {
    const moves = records(
      "2/ Ferlog nomme Anne Roy directrice financière.\n3/ Kargo Rail recrute Paul Girard comme directeur commercial.",
    );
    expect(moves.map(([person, company]) => [person, company])).toEqual([
      ["Anne Roy", "Ferlog"],
      ["Paul Girard", "Kargo Rail"],
    ]);
  });
});

describe("company sub-headings", () => {
  it("gives the heading's company to the titled lines under it", () => {
    const moves = parseIssueText(
      issue(
        "Kargo Rail\nDirectrice financière : Anne Roy, venue de Ferlog\nResponsable des achats à la place de Luc Faure : Paul Girard, promu",
      ),
    ).moves;
    expect(
      moves.map((m) => [m.person, m.company, m.role, m.kind, m.previous_companies, m.predecessor]),
    ).toEqual([
      ["Anne Roy", "Kargo Rail", "directrice financière", "joined", ["Ferlog"], null],
      ["Paul Girard", "Kargo Rail", "responsable des achats", "promoted", [], "Luc Faure"],
    ]);
  });

  it("tells a prose line under the heading at its company and reads whom it replaces", () => {
    const moves = parseIssueText(
      issue(
        "Kargo Rail\nDirecteur général : Paul Girard, ex-Ferlog\nPaul Girard succède à Luc Faure, qui part à la retraite.",
      ),
    ).moves;
    expect(moves.map((m) => [m.person, m.company, m.predecessor])).toEqual([
      ["Paul Girard", "Kargo Rail", "Luc Faure"],
    ]);
  });

  it("leaves a masthead's credits alone", () => {
    expect(records("La Lettre du rail\nDirecteur de la publication : Paul Girard")).toEqual([]);
  });
});
