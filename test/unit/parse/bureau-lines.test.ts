// A bureau told as lines after the sentence that elected it (bureau-lines.ts, bureau-officers.ts):
// each officer is appointed at the body, a re-elected one is not a move, a firm in brackets is the
// officer's own employer. Invented examples.

import { describe, expect, it } from "@jest/globals";
import { findBureauLines } from "../../../jobs/parse/bureau-lines.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";

// a second paragraph keeps the item's lines in one paragraph, as blank lines do in an issue
const issue = (item: string) =>
  `+ MOUVEMENTS\n\n${item}\n\nKargo Rail nomme Yann Tessier directeur financier.\n\n+ AGENDA\n\nRien.`;

describe("a bureau told as lines", () => {
  it.each([
    [
      "Réunie le 3 mai, l'Union des fromagers du Lorvois a élu son bureau :\nPrésidente : Claire MARTIN-ROCHE (directrice de la Fromagerie Vaudel)\n1er vice-président : Hugo Bernard\nTrésorière : Inès Caron (reconduite)\nSecrétaire générale : Anne Vidal",
      [
        ["Claire Martin-Roche", "Union des fromagers du Lorvois", "présidente"],
        ["Hugo Bernard", "Union des fromagers du Lorvois", "1er vice-président"],
        ["Anne Vidal", "Union des fromagers du Lorvois", "secrétaire générale"],
      ],
    ],
    [
      "Le conseil d'administration de la Fédération des cavistes de Brenville a procédé à l'élection de son bureau. En voici la composition :\nPrésident : Marc Tessier (directeur de Vinalia)\nVice-présidentes : Léa Morel – Anne Vidal\nSecrétaire : Paul Roux (réélu)",
      [
        ["Marc Tessier", "Fédération des cavistes de Brenville", "président"],
        ["Léa Morel", "Fédération des cavistes de Brenville", "vice-présidente"],
        ["Anne Vidal", "Fédération des cavistes de Brenville", "vice-présidente"],
      ],
    ],
    [
      "Syndicat des vanniers du Causse. Réuni le 2 juin, le conseil a élu son président. Le bureau est ainsi composé :\nPrésident : Louis GARNIER-VIAL\nTrésorier (reconduit) : Jean ROUSSEL\nSecrétaire : Marie DUCLOS La fédération a par ailleurs recruté un nouveau directeur, Hugo Bernard.",
      [
        ["Louis Garnier-Vial", "Syndicat des vanniers du Causse", "président"],
        ["Marie Duclos", "Syndicat des vanniers du Causse", "secrétaire"],
        ["Hugo Bernard", "Syndicat des vanniers du Causse", "directeur"],
      ],
    ],
    // the lead ends on a dash, after a fronted participle dated by a weekday
    [
      "Élu mardi pour trois ans par l'assemblée, le bureau de la Fédération des apiculteurs du Brévent se compose comme suit —\nPrésident : Marc Tessier (succède à Paul Roux, qui reste administrateur)\nSecrétaire générale : Anne Vidal",
      [
        ["Marc Tessier", "Fédération des apiculteurs du Brévent", "président"],
        ["Anne Vidal", "Fédération des apiculteurs du Brévent", "secrétaire générale"],
      ],
    ],
    // lines after the board's sentence, two on one line parted by a semicolon, the second in small
    // letters, and a plural label over three names
    [
      "L'Union des apiculteurs du Brévent a renouvelé son bureau le 3 mars. Présidente : Léa Morel. Trésorier : Hugo Bernard ; secrétaire : Paul Roux. Vice-présidents : Marc Tessier, Inès Caron et Anne Vidal.",
      [
        ["Léa Morel", "Union des apiculteurs du Brévent", "présidente"],
        ["Hugo Bernard", "Union des apiculteurs du Brévent", "trésorier"],
        ["Paul Roux", "Union des apiculteurs du Brévent", "secrétaire"],
        ["Marc Tessier", "Union des apiculteurs du Brévent", "vice-président"],
        ["Inès Caron", "Union des apiculteurs du Brévent", "vice-présidente"],
        ["Anne Vidal", "Union des apiculteurs du Brévent", "vice-présidente"],
      ],
    ],
  ])("%j", (item, expected) => {
    const moves = parseIssueText(issue(item)).moves.filter((m) => m.person !== "Yann Tessier");
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual(expected);
    for (const move of moves) expect(move.kind).toBe(move.role === "directeur" ? "joined" : "appointed");
  });

  it.each([
    // no colon before the first label: a title in running text, not a bureau
    "Marc Tessier, Président : Louis Garnier a été élu.",
    // a label that is no officer's title
    "La nouvelle équipe : Contact : Louis Garnier",
    // after a sentence that names no board, a title is another item's
    "Miellerie Dorval : Anne Vidal lui succède. Directeur général : Louis Garnier, ex-Ruchers du Brévent.",
  ])("finds no bureau line in %j", (paragraph) => {
    expect(findBureauLines(paragraph)).toEqual([]);
  });

  it("reads the one replaced in the brackets after an officer's name", () => {
    const moves = parseIssueText(
      issue(
        "La Fédération des apiculteurs du Brévent a élu son bureau :\nPrésident : Marc Tessier (succède à Paul Roux, qui reste administrateur)\nTrésorière : Anne Vidal",
      ),
    ).moves.filter((m) => m.person !== "Yann Tessier");
    expect(moves.map((m) => [m.person, m.predecessor])).toEqual([
      ["Marc Tessier", "Paul Roux"],
      ["Anne Vidal", null],
    ]);
  });

  it("takes the body a board's heading names for the officers' employer", () => {
    const moves = parseIssueText(
      "LA LETTRE DU MIEL\n\nLa récolte recule de 8 %.\n\nSyndicat des apiculteurs du Brévent : le nouveau bureau\n\nÉlu samedi par le conseil, le bureau se compose comme suit —\nPrésidente : Léa Morel\nTrésorier : Hugo Bernard\n\nLéa Morel était jusqu'ici secrétaire.\n\nAGENDA\n\nSalon du miel, 4 mai.",
    ).moves;
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Léa Morel", "Syndicat des apiculteurs du Brévent", "présidente"],
      ["Hugo Bernard", "Syndicat des apiculteurs du Brévent", "trésorier"],
    ]);
  });

  it("stops an upper-case name at the next line's label", () => {
    const paragraph =
      "Le bureau est ainsi composé : Présidente : Claire MARTIN Vice-présidents : Hugo BERNARD – Inès CARON";
    expect(findBureauLines(paragraph).map((line) => paragraph.slice(line.start, line.end))).toEqual([
      "Présidente : Claire MARTIN",
      "Vice-présidents : Hugo BERNARD – Inès CARON",
    ]);
  });
});

// A bureau listed in one sentence, title before each name (list-items.ts): the body is the lead's
// subject, never the place of the meeting that elected it. Invented examples.
describe("a bureau listed after its lead's colon", () => {
  it("gives the officers the lead's subject, not the meeting's town", () => {
    const moves = parseIssueText(
      issue(
        "L'Union des fondeurs de cloches (UFC) a élu son nouveau bureau lors de son congrès de Vauclerc-sur-Orne : président, Marc Tessier ; vice-présidente, Léa Morel-Dubosc ; trésorière, Anne Vidal.",
      ),
    ).moves.filter((m) => m.person !== "Yann Tessier");
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Marc Tessier", "Union des fondeurs de cloches", "président"],
      ["Léa Morel-Dubosc", "Union des fondeurs de cloches", "vice-présidente"],
      ["Anne Vidal", "Union des fondeurs de cloches", "trésorière"],
    ]);
  });

  it("reads a committee renewed, and a secretary's office as a title by itself", () => {
    const moves = parseIssueText(
      issue(
        "Le Cercle nautique de Brévaux a renouvelé son comité lors de l'assemblée du 4 mai : présidente, Léa Morel-Dubosc ; secrétaire, Marc Tessier ; trésorier, Hugo Bernard.",
      ),
    ).moves.filter((m) => m.person !== "Yann Tessier");
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Léa Morel-Dubosc", "Cercle nautique de Brévaux", "présidente"],
      ["Marc Tessier", "Cercle nautique de Brévaux", "secrétaire"],
      ["Hugo Bernard", "Cercle nautique de Brévaux", "trésorier"],
    ]);
  });
});
