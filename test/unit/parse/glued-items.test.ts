// Items a CMS glued together or set under a lead-in (clean-text.ts ungluedItems, section.ts
// itemsUnderLeadIn and the headingless run), a table header in brackets (field-layouts.ts) and a
// department written after a comma in lower case (role-phrase.ts): invented text of sectors no
// fixture uses (ski lifts, orchestras, bakeries).

import { describe, expect, it } from "@jest/globals";
import { ungluedItems } from "../../../jobs/parse/clean-text.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { issueAround } from "./issue-text.ts";

const people = (text: string) => parseIssueText(text).moves.map((m) => [m.person, m.company, m.role]);

describe("items glued to the sentence before them", () => {
  it.each([
    // [text, unglued]
    [
      "directeur chez Téléskis du Mézenc.•\u00a0Chez Remontées Vallier, X",
      "directeur chez Téléskis du Mézenc.\n•\u00a0Chez Remontées Vallier, X",
    ],
    [
      "cheffe de pupitre à l'Orchestre de Lunel.Orchestre de Sète, de son côté, nomme",
      "cheffe de pupitre à l'Orchestre de Lunel. Orchestre de Sète, de son côté, nomme",
    ],
    ["Pollen.ai recrute", "Pollen.ai recrute"],
    ["Mistral.AI recrute", "Mistral.AI recrute"],
    ["voir www.remontees.Fr", "voir www.remontees.Fr"],
    ["M.Dupont devient", "M.Dupont devient"],
    ["à 14h.La suite", "à 14h.La suite"],
    // a list flattened onto a line that opens on its bullet
    [
      "•Scierie Ravel : Anne Roy, directrice (ex-Bois Dupin)•Bois Dupin : Marc Lin, chef de scie, promu",
      "• Scierie Ravel : Anne Roy, directrice (ex-Bois Dupin)\n• Bois Dupin : Marc Lin, chef de scie, promu",
    ],
    [
      "• Tonnellerie Arzac : Paul Vidal, directeur (ex-Fûts Morel)\u00a0• Fûts Morel : Léa Brun, responsable qualité",
      "• Tonnellerie Arzac : Paul Vidal, directeur (ex-Fûts Morel)\u00a0\n• Fûts Morel : Léa Brun, responsable qualité",
    ],
    // a row's cells parted by bullets between spaces, and a bullet inside a line that opens on none
    [
      "• Hugo Marsal • responsable logistique • Scierie des Hautes-Fagnes",
      "• Hugo Marsal • responsable logistique • Scierie des Hautes-Fagnes",
    ],
    ["Agenda\u00a0• 22 avril : Salon", "Agenda\u00a0• 22 avril : Salon"],
  ])("%j", (text, unglued) => {
    expect(ungluedItems(text)).toBe(unglued);
  });

  it("gives each glued item its own employer", () => {
    const text = issueAround([
      "• Téléskis du Mézenc nomme Bruno Lavergne directeur technique.•\u00a0Remontées Vallier recrute Carole Astier comme directrice commerciale.",
    ]);
    expect(people(text)).toEqual([
      ["Bruno Lavergne", "Téléskis du Mézenc", "directeur technique"],
      ["Carole Astier", "Remontées Vallier", "directrice commerciale"],
    ]);
  });
});

describe("a list under a lead-in", () => {
  it("reads the items set under a lead-in and a sub-heading, each wrapped or not", () => {
    const text = [
      "LA GAZETTE DES FOURNILS",
      "",
      "Ils bougent :",
      "Arrivées",
      "- Chez Fournils Darcel, Odile Brunet devient directrice des achats.",
      "- Minoterie Pauquet recrute Yves Lambrecht comme directeur commercial ;",
      "il était chez Farines du Lot.",
      "Départs",
      "- Levains Morand nomme Aline Forestier directrice financière.",
      "",
      "AGENDA",
      "",
      "Rien.",
    ].join("\n");
    expect(people(text)).toEqual([
      ["Odile Brunet", "Fournils Darcel", "directrice des achats"],
      ["Yves Lambrecht", "Minoterie Pauquet", "directeur commercial"],
      ["Aline Forestier", "Levains Morand", "directrice financière"],
    ]);
  });

  it("leaves a sentence's list of duties in its sentence", () => {
    const text = issueAround([
      "Fournils Darcel nomme Odile Brunet directrice des opérations. Elle sera chargée de :\n• la production\n• la logistique",
    ]);
    expect(people(text)).toEqual([["Odile Brunet", "Fournils Darcel", "directrice des opérations"]]);
  });
});

describe("a headingless run of items", () => {
  it("goes on past one item that reads like no move", () => {
    const text = [
      "LA LETTRE DES ORCHESTRES",
      "",
      "• L'Orchestre de Lunel nomme Hervé Caillol directeur musical.",
      "",
      "• Hommage : le violoniste Jean Daumas est décédé le 2 mars.",
      "",
      "• L'Orchestre de Sète recrute Mireille Bosc comme administratrice générale.",
      "",
      "• Opéra de Millau : Tanguy Le Berre devient directeur technique.",
      "",
      "Se désabonner",
    ].join("\n");
    expect(people(text).map(([person]) => person)).toEqual([
      "Hervé Caillol",
      "Mireille Bosc",
      "Tanguy Le Berre",
    ]);
  });
});

// (a lead of four words or fewer, set apart, would read as the next section's heading: section.ts)
describe("a table header in brackets after its lead", () => {
  it("reads the rows under it", () => {
    const text = issueAround(
      [
        "Le tableau de la semaine (entreprise | nom | fonction | vient de)",
        "Téléskis du Mézenc | Bruno Lavergne | directeur technique | Remontées Vallier",
        "Remontées Vallier | Carole Astier | directrice commerciale | promotion interne",
      ],
      { spaced: false },
    );
    expect(
      parseIssueText(text).moves.map((m) => [m.person, m.company, m.role, m.kind, m.previous_companies]),
    ).toEqual([
      ["Bruno Lavergne", "Téléskis du Mézenc", "directeur technique", "joined", ["Remontées Vallier"]],
      ["Carole Astier", "Remontées Vallier", "directrice commerciale", "promoted", []],
    ]);
  });
});

describe("a department after a comma in lower case", () => {
  it.each([
    [
      "Téléskis du Mézenc nomme Bruno Lavergne au poste de vice-président, finances.",
      "vice-président, finances",
    ],
    [
      "Téléskis du Mézenc nomme Carole Astier vice-présidente, ventes et marketing.",
      "vice-présidente, ventes et marketing",
    ],
    ["Téléskis du Mézenc nomme Bruno Lavergne président, dès lundi.", "président"],
  ])("%j", (item, role) => {
    expect(parseIssueText(issueAround([item])).moves[0]?.role).toBe(role);
  });
});
