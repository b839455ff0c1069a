// Mercato lines (jobs/parse/mercato-lines.ts): a transfer-window column, one line a person, its label or
// glyph saying which way the person goes. Every person and company here is invented.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { readMercatoLine } from "../../../jobs/parse/mercato-lines.ts";
import { issueAround, recordsOf } from "./issue-text.ts";

const issueOf = (lines: string[]) =>
  parseIssueText(
    issueAround(lines, {
      before: ["LA LETTRE DU FRET — n° 12", "", "Le fret fluvial reprend des couleurs", ""],
      heading: "MERCATO",
      after: ["AGENDA", "— 4 mars : salon du fret, Lyon"],
    }),
  );

describe("a mercato line's label", () => {
  it.each([
    ["IN : Anne Roy (de Ferlog) → Kargo, directrice", "in", "Anne Roy (de Ferlog) → Kargo, directrice"],
    ["ARRIVÉE : Anne Roy (de Ferlog) → Kargo, directrice", "in", "Anne Roy (de Ferlog) → Kargo, directrice"],
    ["Arrivées — Anne Roy rejoint Kargo", "in", "Anne Roy rejoint Kargo"],
    ["➡️ Anne Roy (de Ferlog) → Kargo, directrice", "in", "Anne Roy (de Ferlog) → Kargo, directrice"],
    ["OUT : Luc Faure quitte Kargo", "out", "Luc Faure quitte Kargo"],
    ["DÉPART : Luc Faure quitte Kargo", "out", "Luc Faure quitte Kargo"],
  ])("reads %j as %s", (line, direction, text) => {
    expect(readMercatoLine(line)).toEqual({ direction, text });
  });

  it.each([
    "In : the new board of Kargo",
    "Kargo : Anne Roy nommée directrice",
    "Nomination : Anne Roy directrice de Kargo",
    "[Départ] Le directeur de Kargo, Luc Faure, quitte la société.",
  ])("leaves %j alone", (line) => {
    expect(readMercatoLine(line)).toBeNull();
  });
});

describe("mercato lines in a moves section", () => {
  it.each([
    [
      "an arrival from a named house",
      "IN : Sidonie Quéré-Amado (de Batelia) → Fluvéo, directrice des opérations",
      {
        person: "Sidonie Quéré-Amado",
        company: "Fluvéo",
        role: "directrice des opérations",
        kind: "joined",
        previous: ["Batelia"],
      },
    ],
    [
      "an arrival from a house after an elided article",
      "ARRIVÉE : Hugo Marchetti-Bâ (d'Ostral Transports) → Fluvéo, directeur commercial",
      {
        person: "Hugo Marchetti-Bâ",
        company: "Fluvéo",
        role: "directeur commercial",
        kind: "joined",
        previous: ["Ostral Transports"],
      },
    ],
    [
      "two houses left, the title stated whole after the employer",
      "IN : Lina Ferrand-Obi (de Batelia, après Ostral Transports) → Fluvéo, directrice des relations avec les chargeurs",
      {
        person: "Lina Ferrand-Obi",
        company: "Fluvéo",
        role: "directrice des relations avec les chargeurs",
        kind: "joined",
        previous: ["Batelia", "Ostral Transports"],
      },
    ],
    [
      "a promotion",
      "➡️ Maud Perrin-Koffi (promue) → Batelia, directrice générale adjointe",
      {
        person: "Maud Perrin-Koffi",
        company: "Batelia",
        role: "directrice générale adjointe",
        kind: "promoted",
        previous: [],
      },
    ],
  ])("reads %s", (_, line, expected) => {
    expect(recordsOf(issueOf([line]))).toEqual([expect.objectContaining(expected)]);
  });

  it("reads no move from a departure line, and lists it only when it says where the person goes", () => {
    const issue = issueOf([
      "OUT : Gaspard Lemoine-Tall quitte Fluvéo",
      "DÉPART : Inès Vautrin-Nlend quitte Batelia pour Ostral Transports",
    ]);
    expect(issue.moves).toEqual([]);
    expect((issue.unread ?? []).map((u) => u.paragraph)).toEqual([
      "DÉPART : Inès Vautrin-Nlend quitte Batelia pour Ostral Transports",
    ]);
  });

  it("reads a departure's item that goes on to tell someone else's move", () => {
    const issue = issueOf([
      "DÉPART : Gaspard Lemoine-Tall quitte Fluvéo. Pour le remplacer, Fluvéo promeut Inès Vautrin-Nlend, jusqu'ici directrice commerciale, au poste de directrice générale.",
    ]);
    expect(recordsOf(issue)).toEqual([
      expect.objectContaining({ person: "Inès Vautrin-Nlend", company: "Fluvéo" }),
    ]);
  });

  it("gives a newcomer the one who left the house for the same post, or left its head post", () => {
    const issue = issueOf([
      "IN : Sidonie Quéré-Amado (de Batelia) → Fluvéo, directrice des opérations",
      "IN : Marc Ollier-Sène (promu) → Batelia, directeur des opérations",
      "OUT : Gaspard Lemoine-Tall quitte la direction de Fluvéo",
      "IN : Hugo Marchetti-Bâ (d'Ostral Transports) → Fluvéo, directeur général",
      "IN : Lina Ferrand-Obi (promue) → Batelia, responsable du fret",
    ]);
    expect(recordsOf(issue).map((m) => [m.person, m.predecessor])).toEqual([
      ["Sidonie Quéré-Amado", null],
      ["Marc Ollier-Sène", "Sidonie Quéré-Amado"],
      ["Hugo Marchetti-Bâ", "Gaspard Lemoine-Tall"],
      ["Lina Ferrand-Obi", null],
    ]);
  });
});
