// The fifth blind corpus (test/fixtures/parse/blind5-*.txt, 73 moves in 63 paragraphs) covers
// health and pharma, luxury and retail (the whole issue in mojibake), sport business, energy and
// mobility, the public sector and associations: institutions named in lower case ("Établissement
// public foncier de Normandie-Ouest"), "Maison"/"Fondation" names, acronyms with their
// description in apposition, people in capitals, decrees and elections.
// Baseline: record F1 0.725, person F1 0.942, company 0.800, role 0.969, kind 0.923, previous
// 0.831, predecessor 0.923, 11 wrong records at confidence ≥ 0.8 (institution names cut after
// their first complement, "Vauclair" for "Maison Vauclair, la marque …, nomme", "Réunie" read as
// the subject of "Réunie en assemblée générale, l'Union … a élu", "Le Secours Fraternel" with its
// sentence article, "Clairval" from a misspelt "Fondaton Clairval", "directeur" for "directeur
// du réseau").
// After general rules: record F1 0.892, person F1 0.950, company 0.955, role 0.985, kind 0.924,
// previous 0.864, predecessor 0.924, none published wrong.
// Since the sixth blind corpus (institution heads such as "l'Agence nationale des …"): record F1
// 0.900, person F1 0.957.
// Unsolved, accepted for now (missed or held for review, never published wrong):
// - a second mover after "et de" in an arrival ("l'arrivée de A, ex-C, au poste de R, et de B,
//   précédemment chez D, comme R2") and after "est quant à lui nommé … de la marque";
// - "rejoint Printania au même poste" (the title comes from the fronted apposition);
// - a decree opening the sentence: "Par décret …, X est nommée directrice générale de l'Agence …";
// - a successor who is the person's deputy or colleague in the sentence after the departure
//   ("SARAH BENHAMOU, son adjointe, lui succède comme …", "ANNE-SOPHIE TESSIER, directrice
//   financière du groupe depuis 2020, lui succède comme …"), and "Ce dernier devient …";
// - the employer named by the quoted speaker's title ("la présidente de la Fondation Terre
//   d'Accueil … en annonçant l'arrivée de X"), by an investor before the subject ("auprès de
//   XAVIER NIELSEN (fonds Athlos), accueille") or by the departing predecessor ("Départ de A,
//   directeur de l'Agence …; … pour lui succéder B"): low confidence, held for review;
// - "a nommé X, directrice financière de l'entreprise, directrice générale par intérim" keeps the
//   first title; predecessors named in the next sentence ("Le patron de … succède à …");
// - previous: "précédemment chez" of another mover, a city after a plant ("l'usine de Bioxane à
//   Compiègne"), a region in the acronym's description, "Passé successivement par A, B et C".

import { beforeAll, describe, expect, it } from "@jest/globals";
import { type HeldoutScore, scoreCorpus } from "./heldout-score.ts";

describe("fifth blind Mouvements corpus", () => {
  let files: string[];
  let score: HeldoutScore;
  beforeAll(async () => {
    const corpus = await scoreCorpus(/^blind5-.*\.txt$/);
    expect(corpus.sectionMismatches).toEqual([]);
    ({ files, score } = corpus);
  });

  it("holds at least 73 expected moves in five issues", () => {
    expect(files).toHaveLength(5);
    expect(score.gold).toBeGreaterThanOrEqual(73);
  });

  it("reads no one outside the Mouvements section and no non-move as a move", () => {
    expect(score.misses.filter((m) => /spurious/.test(m))).toEqual([]);
  });

  it("finds most movers and reads their records", () => {
    expect(score.personF1).toBeGreaterThanOrEqual(0.95);
    expect(score.recordF1).toBeGreaterThanOrEqual(0.9);
    expect(score.company).toBeGreaterThanOrEqual(0.95);
    expect(score.role).toBeGreaterThanOrEqual(0.98);
  });

  it("reads kind, previous employers and predecessors of the movers it finds", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.92);
    expect(score.previous).toBeGreaterThanOrEqual(0.86);
    expect(score.predecessor).toBeGreaterThanOrEqual(0.92);
  });

  it("never gives a wrong record the confidence to be published without review", () => {
    expect(score.wrongPublished).toBe(0);
  });
});
