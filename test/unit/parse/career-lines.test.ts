// Career lines under an item (jobs/parse/career-lines.ts): other labels, other year formats and other
// step layouts than the development corpora's, invented, so that the reader is shown to be one
// mechanism and not a reading of two newsletters.

import { describe, expect, it } from "@jest/globals";
import { CAREER_LINE_LABELS, findCareerLines } from "../../../jobs/parse/career-lines.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const issue = (item: string) =>
  `+ MOUVEMENTS\n\n${item}\n\nLe marché des syndics recule de 4 %.\n\n+ AGENDA\n\nRien.`;
const moveOf = (item: string, person: string) =>
  parseIssueText(issue(item)).moves.find((m) => m.person === person);

describe("career lines", () => {
  it.each([
    [
      "Parcours : 2009-2015 : Thalmor Systèmes ; 2015-2025 : Kessler & Co",
      ["Thalmor Systèmes", "Kessler & Co"],
    ],
    [
      "Itinéraire : de 2008 à 2014 : Banque Orsenne ; de 2014 à 2021 : Kelvo Conseil ; depuis 2021 : Talvia",
      ["Banque Orsenne", "Kelvo Conseil", "Talvia"],
    ],
    [
      "CV express : 2005–2011 Hydrolor → 2011–2019 Pétrolor → depuis 2019 Ferlog",
      ["Hydrolor", "Pétrolor", "Ferlog"],
    ],
    [
      "Son parcours en bref : Mutlys (2003-2010) ; Radio Lorve (2010-2018) ; Orsay Avocats (depuis 2018)",
      ["Mutlys", "Radio Lorve", "Orsay Avocats"],
    ],
    [
      "Repères : 1998 : Sportéa ; 2006 : Fédération de natation du Lorvois",
      ["Sportéa", "Fédération de natation du Lorvois"],
    ],
    ["Carrière : 2012-auj. : Delcourt Partners", ["Delcourt Partners"]],
    ["Parcours : Mutlys (2003-2010), Radio Lorve (2010-2018)", ["Mutlys", "Radio Lorve"]],
    ["Bio express : '04-'11 : Nordal Bank ; '11-'19 : Weiss Partners", ["Nordal Bank", "Weiss Partners"]],
    [
      "Parcours : responsable des ventes chez Kelvo (2010-2016) ; directrice commerciale chez Ferlog (2016-2025)",
      ["Kelvo", "Ferlog"],
    ],
    [
      "Career: 2011-2018: Stenfors Group; 2018-present: Merrivale Attractions",
      ["Stenfors Group", "Merrivale Attractions"],
    ],
  ])("reads the employers of %j", (line, employers) => {
    const [found] = findCareerLines(`Anne Roy rejoint Talvia. ${line}`);
    expect(found?.steps.map((step) => step.employer)).toEqual(employers);
  });

  it("reads the role a step gives in brackets, and a step still held", () => {
    const [found] = findCareerLines(
      "Parcours : 2012-2019 : Banque Orsenne ; depuis 2019 : Talvia (chargée d'affaires)",
    );
    expect(found?.steps.at(-1)).toEqual({ employer: "Talvia", role: "chargée d'affaires", ongoing: true });
    expect(found?.steps[0]?.ongoing).toBe(false);
  });

  it("gives every label an id of its own", () => {
    expect(new Set(CAREER_LINE_LABELS.map((row) => row.id)).size).toBe(CAREER_LINE_LABELS.length);
  });

  it.each([
    "Parcours : une carrière faite dans la banque de détail",
    "Le parcours du combattant : trois ans de procédure",
    "Elle a fait tout son parcours à Lyon.",
  ])("does not take %j for a career line", (text) => {
    expect(findCareerLines(text)).toEqual([]);
  });

  it("gives the mover the employers before the house joined, and makes the move an arrival", () => {
    const move = moveOf(
      "Marc Lin — directeur financier de Talvia\nLe groupe recrute un ancien banquier.\nItinéraire : de 2006 à 2013 : Banque Orsenne ; de 2013 à 2025 : Kelvo Conseil",
      "Marc Lin",
    );
    expect(move).toMatchObject({ company: "Talvia", kind: "joined" });
    expect([...move!.previous_companies].sort()).toEqual(["Banque Orsenne", "Kelvo Conseil"]);
  });

  it("makes a career that ends at the house a promotion, the house no previous employer", () => {
    const move = moveOf(
      "Inès Roy, directrice générale de Talvia\nElle succède à Paul Girard, qui part à la retraite.\nCV express : 2004-2011 : Mutlys ; 2011-2025 : Talvia (directrice des opérations)",
      "Inès Roy",
    );
    expect(move).toMatchObject({ company: "Talvia", kind: "promoted", previous_companies: ["Mutlys"] });
  });

  it("reads a step's house as a previous employer only, never as a move of its own", () => {
    const parsed = parseIssueText(
      issue(
        "Léa Vidal, directrice juridique de Ferlog\nSon parcours en bref : Orsay Avocats (2009-2016) ; Kessler & Co (2016-2025, associée)",
      ),
    );
    expect(parsed.moves.map((m) => [m.person, m.company])).toEqual([["Léa Vidal", "Ferlog"]]);
    expect([...parsed.moves[0]!.previous_companies].sort()).toEqual(["Kessler & Co", "Orsay Avocats"]);
  });

  it("gives the career to the mover who arrives, not to the one who hands over", () => {
    const moves = parseIssueText(
      issue(
        "Chez Kelvo Conseil, le fondateur Paul Girard cède la direction générale à Anne Roy, arrivée en 2021 comme directrice des opérations.\nParcours : 2012-2021 : Banque Orsenne ; 2021-2025 : Kelvo Conseil",
      ),
    ).moves;
    const anne = moves.find((m) => m.person === "Anne Roy");
    expect(anne).toMatchObject({
      company: "Kelvo Conseil",
      kind: "promoted",
      previous_companies: ["Banque Orsenne"],
    });
    expect(moves.find((m) => m.person === "Paul Girard")?.previous_companies ?? []).toEqual([]);
  });

  it("reads an item that is only a name line with its post and house, over a career line", () => {
    const parsed = parseIssueText(
      issue(
        "Anne Roy — directrice technique, Kelvo Conseil\nParcours : 2009-2015 : Banque Orsenne ; 2015-2025 : Ferlog\n\nMarc Lin — directeur commercial, Talvia\nCV express : Mutlys (2004-2012), Talvia (2012-2025, chef des ventes)",
      ),
    );
    expect(parsed.moves.map((m) => [m.person, m.company, m.role, m.kind])).toEqual([
      ["Anne Roy", "Kelvo Conseil", "directrice technique", "joined"],
      ["Marc Lin", "Talvia", "directeur commercial", "promoted"],
    ]);
  });
});
