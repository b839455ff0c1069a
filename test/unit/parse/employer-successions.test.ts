// Successions the employer tells (jobs/parse/employer-successions.ts), row by row: each row's
// invented example, split into items at its blank lines, must give the successor's record with
// the one replaced as predecessor. Then the same phrasings in other sectors, and sentences that
// look alike but name no successor.

import { describe, expect, it } from "@jest/globals";
import { SUCCESSIONS } from "../../../jobs/parse/employer-successions.ts";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { issueAround, recordsOf } from "./issue-text.ts";

const recordsIn = (text: string) => recordsOf(parseIssueText(issueAround(text.split(/\n\n/u))));

describe("successions the employer tells", () => {
  it.each(SUCCESSIONS.map((row) => [row.id, row] as const))("%s", (_id, row) => {
    const record = recordsIn(row.example).find((r) => r.person === row.expected.person);
    expect(record && { ...record, confidence: undefined, previous: undefined }).toEqual({
      ...row.expected,
      previous: undefined,
      confidence: undefined,
    });
    // read across items, the post is the one replaced's: held for review
    expect(record!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it.each([
    [
      "a hospital replaces its head nurse, hired from a clinic",
      [
        "Hélène Brun devient cadre de santé de la Clinique des Aulnes.",
        "Le Centre hospitalier de Vaudrac remplace Hélène Brun par Paul Girard, recruté chez Santé Ouest, au même poste.",
      ],
      {
        person: "Paul Girard",
        company: "Centre hospitalier de Vaudrac",
        role: "cadre de santé",
        predecessor: "Hélène Brun",
        kind: "joined",
        previous: ["Santé Ouest"],
      },
    ],
    [
      "a software house whose post is said in the sentence",
      [
        "Logiciels Pradel remplace Anne Roy comme directrice financière par Marc Lin, promu depuis le contrôle de gestion.",
      ],
      {
        person: "Marc Lin",
        company: "Logiciels Pradel",
        role: "directeur financier",
        predecessor: "Anne Roy",
        kind: "promoted",
        previous: [],
      },
    ],
    [
      "a brewery's succession, its leaver told an item before",
      [
        "Claire Dumas quitte la Brasserie Kervel pour Houblons de l'Est, où elle devient directrice commerciale.",
        "Chez Brasserie Kervel, la succession revient à Yann Tessier, jusqu'ici responsable des ventes de la maison.",
      ],
      {
        person: "Yann Tessier",
        company: "Brasserie Kervel",
        role: "directeur commercial",
        predecessor: "Claire Dumas",
        kind: "promoted",
        previous: [],
      },
    ],
    [
      "a law firm replaces an associate who left for a client, her post told where she left",
      [
        "Claire Dumas sera la nouvelle responsable export de Kargo Rail. Elle quitte pour cela le cabinet Orvane Conseil, où elle était juriste d'affaires.",
        "Orvane Conseil remplacera Claire Dumas par Léa Vidal, qui arrivera de Ferlog le 2 mars.",
      ],
      {
        person: "Léa Vidal",
        company: "Orvane Conseil",
        role: "juriste d'affaires",
        predecessor: "Claire Dumas",
        kind: "joined",
        previous: ["Ferlog"],
      },
    ],
  ])("%s", (_title, items, want) => {
    const record = recordsIn(items.join("\n\n")).find((r) => r.person === want.person);
    expect(record && { ...record, confidence: undefined }).toEqual({ ...want, confidence: undefined });
  });

  it.each([
    // a product replaces a product: no one moves
    "Transports Gavel remplace ses camions diesel par des modèles électriques.",
    // a rumour names no employer's choice
    "La succession de Luc Faure à la tête de Ferlog reste ouverte.",
  ])("reads no successor in %j", (text) => {
    expect(recordsIn(text)).toEqual([]);
  });
});
