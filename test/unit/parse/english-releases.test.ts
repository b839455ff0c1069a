// English press releases quoted as they are and moves told ahead of time, as rows of the verb table
// (verb-patterns.ts, shapes.ts): every English row in its present, past and future ("will", "is set
// to", "is due to"), the simple past of a release when a name follows it ("C named X R, effective
// …"), "A veteran X" naming the house left (career.ts), and the French rows' future forms. A hedge
// ("mais rien n'est signé", "is tipped to") stays no move.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { expectMoves, issueAround, type WantedMove } from "./issue-text.ts";

// An issue whose section is this one paragraph, after a title and before nothing.
const LETTER = { before: ["Lettre", ""], after: [] };
const parse = (paragraph: string) => parseIssueText(issueAround([paragraph], LETTER));

const check = (paragraph: string, want: WantedMove) => {
  expectMoves(issueAround([paragraph], LETTER), [want]);
};

describe("English verbs of a release", () => {
  it.each<[string, WantedMove]>([
    [
      "Malterie Ostrand taps Brasserie Kelmor veteran Ingrid Solvik as head of brewing.",
      {
        person: "Ingrid Solvik",
        company: "Malterie Ostrand",
        role: "head of brewing",
        kind: "joined",
        previous: ["Brasserie Kelmor"],
      },
    ],
    [
      "Corderie Vasseur has tapped Oskar Brandt as plant manager.",
      { person: "Oskar Brandt", company: "Corderie Vasseur", role: "plant manager", kind: "joined" },
    ],
    [
      "Semences Larivière named Hélène Quist head of research, effective April 7.",
      { person: "Hélène Quist", company: "Semences Larivière", role: "head of research", kind: "appointed" },
    ],
    [
      "Semences Larivière appointed Hélène Quist as chief operating officer.",
      { person: "Hélène Quist", company: "Semences Larivière", role: "chief operating officer" },
    ],
    [
      "Corderie Vasseur hired Oskar Brandt as sales director.",
      { person: "Oskar Brandt", company: "Corderie Vasseur", role: "sales director", kind: "joined" },
    ],
    [
      "Corderie Vasseur promoted Oskar Brandt to sales director.",
      { person: "Oskar Brandt", company: "Corderie Vasseur", role: "sales director", kind: "promoted" },
    ],
    [
      "Corderie Vasseur will appoint Oskar Brandt as sales director.",
      { person: "Oskar Brandt", company: "Corderie Vasseur", role: "sales director" },
    ],
    [
      "Corderie Vasseur has brought in Oskar Brandt as sales director.",
      { person: "Oskar Brandt", company: "Corderie Vasseur", role: "sales director", kind: "joined" },
    ],
    [
      "Hélène Quist is set to join Semences Larivière as head of research.",
      { person: "Hélène Quist", company: "Semences Larivière", role: "head of research", kind: "joined" },
    ],
    [
      "Hélène Quist is to join Semences Larivière as head of research.",
      { person: "Hélène Quist", company: "Semences Larivière", role: "head of research", kind: "joined" },
    ],
    [
      "Hélène Quist has been tapped as head of research of Semences Larivière.",
      { person: "Hélène Quist", company: "Semences Larivière", role: "head of research" },
    ],
    [
      "Oskar Brandt will succeed Lena Holm as sales director of Corderie Vasseur.",
      {
        person: "Oskar Brandt",
        company: "Corderie Vasseur",
        role: "sales director",
        predecessor: "Lena Holm",
      },
    ],
    [
      "Oskar Brandt replaces Lena Holm as sales director at Corderie Vasseur.",
      {
        person: "Oskar Brandt",
        company: "Corderie Vasseur",
        role: "sales director",
        predecessor: "Lena Holm",
      },
    ],
    [
      "Oskar Brandt will become sales director of Corderie Vasseur on June 1.",
      { person: "Oskar Brandt", company: "Corderie Vasseur", role: "sales director" },
    ],
    // "general counsel of" opens the house at "of", not at the house's own French "des"
    [
      "Hélène Quist steps up to general counsel of Société des Semenciers du Morvan, replacing the retiring founder.",
      {
        person: "Hélène Quist",
        company: "Société des Semenciers du Morvan",
        role: "general counsel",
        kind: "promoted",
      },
    ],
    // a seat on a board, after the name or after "joins the … board of"
    [
      "Corderie Vasseur has also co-opted Ingrid Solvik onto its board.",
      { person: "Ingrid Solvik", company: "Corderie Vasseur", role: "board member", kind: "appointed" },
    ],
    [
      "Semences Larivière has elected Oskar Brandt to its supervisory board.",
      {
        person: "Oskar Brandt",
        company: "Semences Larivière",
        role: "member of the supervisory board",
        kind: "appointed",
      },
    ],
    [
      "Hélène Quist joins the advisory board of Malterie Ostrand.",
      {
        person: "Hélène Quist",
        company: "Malterie Ostrand",
        role: "member of the advisory board",
        kind: "appointed",
      },
    ],
    [
      "Mariam Okafor was promoted to sales director at Corderie Vasseur.",
      { person: "Mariam Okafor", company: "Corderie Vasseur", role: "sales director", kind: "promoted" },
    ],
  ])("%s", check);

  it.each([
    // a passive or an apposition is no employer naming someone
    ["Hélène Quist, appointed head of research in 2019, remains in post at Semences Larivière."],
    // a hedge
    ["Hélène Quist is tipped to join Semences Larivière as head of research."],
  ])("reads no employer's appointment in %s", (paragraph) => {
    expect(parse(paragraph).moves.filter((m) => m.shape === "employer named (English past)")).toEqual([]);
  });

  it("reads no simple past before a title ('Hélène Quist named CEO of …', a headline)", () => {
    const moves = parse("Hélène Quist named CEO of Semences Larivière.").moves;
    expect(moves.map((m) => m.company)).not.toContain("Hélène Quist");
  });
});

describe("French verb rows in the future", () => {
  it.each<[string, WantedMove]>([
    [
      "Gaspard Tellier ralliera Corderie Vasseur comme responsable de production.",
      {
        person: "Gaspard Tellier",
        company: "Corderie Vasseur",
        role: "responsable de production",
        kind: "joined",
      },
    ],
    [
      "Gaspard Tellier filera chez Corderie Vasseur comme responsable de production.",
      { person: "Gaspard Tellier", company: "Corderie Vasseur", role: "responsable de production" },
    ],
    [
      "Gaspard Tellier fera son retour chez Corderie Vasseur comme responsable de production.",
      { person: "Gaspard Tellier", company: "Corderie Vasseur", role: "responsable de production" },
    ],
    [
      "Corderie Vasseur embauchera Gaspard Tellier comme responsable de production.",
      {
        person: "Gaspard Tellier",
        company: "Corderie Vasseur",
        role: "responsable de production",
        kind: "joined",
      },
    ],
    [
      "Corderie Vasseur s'attachera les services d'Agnès Morin comme responsable de production.",
      { person: "Agnès Morin", company: "Corderie Vasseur", role: "responsable de production" },
    ],
    [
      "Agnès Morin s'installera au poste de directrice commerciale de Semences Larivière.",
      { person: "Agnès Morin", company: "Semences Larivière", role: "directrice commerciale" },
    ],
    [
      "Agnès Morin prendra du galon et deviendra directrice commerciale de Semences Larivière.",
      {
        person: "Agnès Morin",
        company: "Semences Larivière",
        role: "directrice commerciale",
        kind: "promoted",
      },
    ],
    [
      "Semences Larivière portera à sa présidence Agnès Morin en juin.",
      { person: "Agnès Morin", company: "Semences Larivière", role: "présidente" },
    ],
    // from one house to the other in one verb, in the present and the future
    [
      "Agnès Morin passera de Corderie Vasseur à Semences Larivière comme directrice commerciale.",
      {
        person: "Agnès Morin",
        company: "Semences Larivière",
        role: "directrice commerciale",
        kind: "joined",
        previous: ["Corderie Vasseur"],
      },
    ],
    [
      "Agnès Morin passe de Corderie Vasseur à Semences Larivière : elle y devient directrice commerciale.",
      {
        person: "Agnès Morin",
        company: "Semences Larivière",
        role: "directrice commerciale",
        kind: "joined",
        previous: ["Corderie Vasseur"],
      },
    ],
    // "X quitte A pour C, où elle occupera …": the subject before "quitte", even when the mover's first
    // name is unknown and the house left reads like a name
    [
      "Ysolde Karvec quitte Tonnellerie Marsac pour Semences Larivière, où elle occupera le poste de directrice commerciale.",
      {
        person: "Ysolde Karvec",
        company: "Semences Larivière",
        role: "directrice commerciale",
        kind: "joined",
        previous: ["Tonnellerie Marsac"],
      },
    ],
    // the cleft, whatever the verb after "qui"
    [
      "C'est Agnès Morin qui succédera à Paul Renaud comme directrice commerciale de Semences Larivière.",
      {
        person: "Agnès Morin",
        company: "Semences Larivière",
        role: "directrice commerciale",
        predecessor: "Paul Renaud",
      },
    ],
    [
      "C'est Agnès Morin qui rejoindra Semences Larivière comme directrice commerciale en mars.",
      {
        person: "Agnès Morin",
        company: "Semences Larivière",
        role: "directrice commerciale",
        kind: "joined",
      },
    ],
  ])("%s", check);

  it("leaves no unread paragraph for the one replaced before the mover's title", () => {
    const issue = parse(
      "C'est Agnès Morin qui prendra la succession de Paul Renaud comme directrice commerciale de Semences Larivière dès le mois prochain.",
    );
    expect(issue.moves.map((m) => [m.person, m.predecessor])).toEqual([["Agnès Morin", "Paul Renaud"]]);
    expect(issue.unread).toEqual([]);
  });
});

describe("a move told as not done yet", () => {
  it.each([
    ["Agnès Morin rejoindra Semences Larivière comme directrice commerciale, mais rien n'est signé."],
    [
      "Selon nos informations, Agnès Morin serait pressentie pour prendre la direction de Semences Larivière.",
    ],
    ["Le nom d'Agnès Morin circule pour la présidence de Semences Larivière."],
    ["Hélène Quist is tipped to join Semences Larivière as head of research."],
  ])("reads no move in %s", (paragraph) => {
    expect(parse(paragraph).moves).toEqual([]);
  });
});
