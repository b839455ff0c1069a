// The checks of words-before.ts stand in front of patterns built around a name: they may say yes
// where the pattern finds nothing, never no where it finds what its caller keeps.

import { describe, expect, it } from "@jest/globals";
import { escapeRegExp } from "../../../jobs/parse/compiled-pattern.ts";
import { foldWord } from "../../../jobs/parse/lexicon.ts";
import {
  isInstitutionOrPlaceHead,
  mayNameAnInstitutionBefore,
  PLACE_LINKS,
  runBefore,
} from "../../../jobs/parse/words-before.ts";

// the pattern companyShortOfANameWrittenOut (doubts.ts) compiles, and what it keeps
const institutionPattern = (place: string) =>
  new RegExp(
    `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*)(?: \\p{Ll}[\\p{Ll}-]*){0,3} (?:de la |de l['’]|du |des |de |d['’])${escapeRegExp(place)}(?![\\p{L}'’-])`,
    "gu",
  );
const patternKeeps = (text: string, place: string) =>
  [...text.matchAll(institutionPattern(place))].some((m) => isInstitutionOrPlaceHead(foldWord(m[1]!)));

describe("runBefore", () => {
  it("reads back the run of accepted characters that ends at an index", () => {
    expect(runBefore("la vigneronne Saint-Éloi rejoint", 24, /^[\p{L}-]$/u)).toBe("Saint-Éloi");
    expect(runBefore("l'Office", 8, /^[\p{L}-]$/u)).toBe("Office");
    expect(runBefore("(Musée", 6, /^[\p{L}-]$/u)).toBe("Musée");
    expect(runBefore("abc ", 4, /^[\p{L}-]$/u)).toBe("");
  });

  it("steps over a letter written as a surrogate pair", () => {
    expect(runBefore("x 𝒜bc", 6, /^[\p{L}-]$/u)).toBe("𝒜bc");
  });
});

describe("mayNameAnInstitutionBefore", () => {
  const texts: [string, string][] = [
    ["La sommelière rejoint le Parc naturel régional des Brandes comme chargée de mission.", "Brandes"],
    ["Elle dirigeait le Musée de Vaurelles depuis 2019.", "Vaurelles"],
    ["Le Conservatoire botanique national du Ternois a élu sa présidente.", "Ternois"],
    ["La Chambre de métiers et de l'artisanat de l'Ardoisière recrute.", "Ardoisière"],
    ["Il quitte la brasserie de Vaurelles pour la coopérative d'Orsan.", "Vaurelles"],
    ["Il quitte la brasserie de Vaurelles pour la coopérative d'Orsan.", "Orsan"],
    ["directrice commerciale de Vaurelles, elle rejoint Orsan.", "Vaurelles"],
    ["L'Office de tourisme intercommunal de la Brande nomme X.", "Brande"],
    ["Le Saint-Parc des Ormes, la Maison-Musée de Lanvaux.", "Lanvaux"],
  ];

  it("says yes wherever the pattern keeps a match", () => {
    expect(texts.filter(([text, place]) => patternKeeps(text, place)).length).toBeGreaterThanOrEqual(3);
    for (const [text, place] of texts)
      if (patternKeeps(text, place))
        expect([text, mayNameAnInstitutionBefore(text, place)]).toEqual([text, true]);
  });

  it("says no where no institution's head opens the words before the place", () => {
    expect(mayNameAnInstitutionBefore("Il quitte la brasserie de Vaurelles pour Orsan.", "Vaurelles")).toBe(
      false,
    );
    expect(
      mayNameAnInstitutionBefore("directrice commerciale de Vaurelles, elle rejoint Orsan.", "Vaurelles"),
    ).toBe(false);
  });

  it("knows every link the patterns read", () => {
    expect(PLACE_LINKS).toEqual(["de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"]);
  });
});
