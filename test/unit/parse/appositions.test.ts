// An aside between a person's name and the rest of their clause (jobs/parse/appositions.ts): in
// commas, brackets or dashes, before the verb or before the new title, it is masked for the clause
// reading while the career reader still reads the houses it names. Invented people and houses, from
// trades the corpora do not cover (tattoo studios, thermal spas, caving).

import { describe, expect, it } from "@jest/globals";
import { appositionsAfter } from "../../../jobs/parse/appositions.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { findPersonMentions } from "../../../jobs/parse/mentions.ts";

const issue = (item: string) => `+ MOUVEMENTS\n\n${item}\n\n+ AGENDA\n\nRien.`;
const read = (item: string) =>
  parseIssueText(issue(item)).moves.map((m) => [m.person, m.company, m.role, m.previous_companies]);

describe("a person's aside before their verb or their new title", () => {
  it.each([
    [
      "Solène Marchal – ex-Encre Vive – rejoint Atelier Sépia comme directrice artistique.",
      ["Solène Marchal", "Atelier Sépia", "directrice artistique", ["Encre Vive"]],
    ],
    [
      "Bastien Ferrand — directeur des soins des Thermes de Valbrune — rejoint Aquaterra comme directeur médical.",
      ["Bastien Ferrand", "Aquaterra", "directeur médical", ["Thermes de Valbrune"]],
    ],
    [
      "Bastien Ferrand (directeur des soins des Thermes de Valbrune) rejoint Aquaterra comme directeur médical.",
      ["Bastien Ferrand", "Aquaterra", "directeur médical", ["Thermes de Valbrune"]],
    ],
    [
      "Solène Marchal - ex-Encre Vive - prend la direction commerciale d'Atelier Sépia.",
      ["Solène Marchal", "Atelier Sépia", "directrice commerciale", ["Encre Vive"]],
    ],
    [
      "Aquaterra a promu Bastien Ferrand, masseur depuis 2015, directeur des soins.",
      ["Bastien Ferrand", "Aquaterra", "directeur des soins", []],
    ],
    [
      "La commune de Grandvaux a désigné Solène Marchal, adjointe aux sports, responsable du gouffre aménagé.",
      ["Solène Marchal", "commune de Grandvaux", "responsable du gouffre aménagé", []],
    ],
  ])("%s", (item, expected) => {
    expect(read(item)).toContainEqual(expected);
  });

  it.each([
    [
      "Bastien Ferrand, directeur des soins des Thermes de Valbrune, rejoint Aquaterra au même poste.",
      ["Bastien Ferrand", "Aquaterra", "directeur des soins", ["Thermes de Valbrune"]],
    ],
    [
      "SOLÈNE MARCHAL, jusqu'ici directrice artistique d'Encre Vive, rejoint Atelier Sépia au même poste.",
      ["Solène Marchal", "Atelier Sépia", "directrice artistique", ["Encre Vive"]],
    ],
  ])("takes the post its apposition tells for the same post: %s", (item, expected) => {
    expect(read(item)).toContainEqual(expected);
  });

  it("leaves the same post to the other readers when no apposition tells it", () => {
    expect(read("Bastien Ferrand rejoint Aquaterra au même poste.")).toEqual([]);
  });

  it("ends an aside before a conjunction: the next clause is another person's", () => {
    expect(
      read(
        "Aquaterra accueille deux dirigeants : Solène Marchal, ancienne d'Encre Vive, est directrice marketing, et Bastien Ferrand, qui vient de Sépia, devient directeur médical.",
      ).map(([person, , role]) => [person, role]),
    ).not.toContainEqual(["Solène Marchal", "directrice médicale"]);
  });

  it("never reads an age alone as the end of an apposition before a title", () => {
    expect(read("Aquaterra a élu Bastien Ferrand, 36 ans, gérant de Thermes de Valbrune.")).toEqual([]);
  });
});

describe("appositionsAfter", () => {
  const asides = (text: string) => appositionsAfter(text, findPersonMentions(text)).map((a) => a.text);

  it.each([
    ["Solène Marchal (ex-Encre Vive) rejoint Atelier Sépia.", [" (ex-Encre Vive)"]],
    ["Solène Marchal – ex-Encre Vive – rejoint Atelier Sépia.", [" – ex-Encre Vive –"]],
    // the shortest first, each comma before a lower-case word a candidate end
    [
      "Solène Marchal, 41 ans, ancienne guide, rejoint Atelier Sépia.",
      [", 41 ans", ", 41 ans, ancienne guide, "],
    ],
    // no aside: no comma, bracket or dash right after the name
    ["Solène Marchal rejoint Atelier Sépia, à Grandvaux.", []],
    // the aside stops at the next person named
    ["Solène Marchal, qui succède à Bastien Ferrand, rejoint Atelier Sépia.", []],
  ])("%s", (text, expected) => {
    expect(asides(text)).toEqual(expected);
  });
});
