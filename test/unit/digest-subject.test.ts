import { describe, expect, it } from "@jest/globals";
import { digestSubject } from "../../jobs/alerts/digest.ts";

type SubjectMove = Parameters<typeof digestSubject>[0][number];

const arrival = (companyName: string): SubjectMove => ({
  reason: "arrival",
  companyName,
  previousCompanies: [],
  followedCompany: null,
});
const departure = (companyName: string, left: string[], followedCompany: string | null): SubjectMove => ({
  reason: "departure",
  companyName,
  previousCompanies: left,
  followedCompany,
});

describe("digest subject", () => {
  it.each<[string, SubjectMove[], string]>([
    ["one move: singular", [arrival("Scalian")], "1 mouvement chez Scalian"],
    [
      "two companies: both named",
      [arrival("Scalian"), arrival("Tracefy")],
      "2 mouvements chez Scalian, Tracefy",
    ],
    [
      "a company named once however many moves it has",
      [arrival("Scalian"), arrival("Scalian"), arrival("Tracefy")],
      "3 mouvements chez Scalian, Tracefy",
    ],
    [
      "more than two companies: the first two, then an ellipsis",
      [arrival("Scalian"), arrival("Tracefy"), arrival("Norelle")],
      "3 mouvements chez Scalian, Tracefy…",
    ],
    [
      "a departure names the followed company left, not the new employer",
      [departure("Norelle", ["Alstom", "Atos"], "Atos")],
      "1 mouvement chez Atos",
    ],
    [
      "a departure whose company is no longer followed names the first employer listed",
      [departure("Norelle", ["Alstom", "Atos"], null)],
      "1 mouvement chez Alstom",
    ],
  ])("%s", (_case, moves, subject) => {
    expect(digestSubject(moves)).toBe(subject);
  });
});
