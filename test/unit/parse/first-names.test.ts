// A first name the lexicon knows (lexicon/people.ts) is where a company's name stops: with "Éloi" unknown,
// a headline glued to its body ("Un nouveau directeur financier pour C" then "Éloi X remplace Y") read
// "C Éloi X" as the company and Y as the mover, published at 0.95. Words that are also first names but
// more often adjectives ("Mobilier Urbain C") stay out of the list, so a house keeps its whole name.
// Beside the hand lists, the lexicon trusts the first names generated from @faker-js/faker's locales
// (lexicon/first-names.generated.ts), less those that are words, places or brands (DISTRUSTED_FIRST_NAMES);
// a house named with a first name keeps its name by its suffix word, its head noun or its descriptor.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import {
  DISTRUSTED_FIRST_NAMES,
  EPICENE_FIRST_NAMES,
  FEMININE_FIRST_NAMES,
  FIRST_NAMES,
  foldWord,
} from "../../../jobs/parse/lexicon.ts";

const parse = (section: string) =>
  parseIssueText(`La Lettre des Tuiles\nVendredi 12 mars 2027\n\nNOMINATIONS\n\n${section}\n`);

describe("common first names end a company's name", () => {
  it.each([
    ["Éloi Perrichon", "Tuilerie Marbot"],
    ["Gwenaël Fourquet", "Corderie Vasselin"],
    ["Sixtine Arbogast", "Verrerie du Ponant"],
    // regional first names (session 28): a Basque and a Breton one
    ["Unai Larralde", "Cidrerie Etxeberri"],
    ["Azenor Kerhervé", "Conserverie du Trieux"],
  ])("a headline's company stops before %s", (person, company) => {
    const { moves } = parse(
      `Un nouveau directeur financier pour ${company}\n${person} remplace Yvette Lormier à ce poste, avec effet immédiat.\n\nChez Briqueterie Sauvel, Paul Girard devient directeur commercial.`,
    );
    expect(moves.map((m) => m.person)).not.toContain("Yvette Lormier");
    expect(moves.every((m) => !m.company?.includes(person))).toBe(true);
  });

  // climbing gyms: a sector no corpus covers; the first names come from the generated list only
  it.each([
    ["Wandrille Tessonneau", "Prises Verticales"],
    ["Eulalie Carrouge", "Vertiges Indoor"],
    ["Nestor Bellangier", "Mur Sauvage"],
  ])("a headline's company stops before %s, a first name of the generated list", (person, company) => {
    const { moves } = parse(
      `Un nouveau directeur technique pour ${company}\n${person} remplace Yvette Lormier à ce poste, avec effet immédiat.\n\nChez Bloc Session, Paul Girard devient directeur commercial.`,
    );
    expect(moves.map((m) => m.person)).toContain(person);
    expect(moves.map((m) => m.person)).not.toContain("Yvette Lormier");
    expect(moves.find((m) => m.person === person)?.company).toBe(company);
  });

  it("keeps a house named with the adjective 'urbain' whole", () => {
    const { moves } = parse(
      "Lucie Fargeot, transfuge de Mobilier Urbain Castagné, est nommée directrice export de Jeux Pradel.",
    );
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ person: "Lucie Fargeot", company: "Jeux Pradel" });
    expect(moves[0]!.previous_companies).toEqual(["Mobilier Urbain Castagné"]);
  });
});

describe("the first names the lexicon trusts", () => {
  it.each([
    ["a name of the generated list", "ysaline", true],
    ["a name of the hand lists", "gwenael", true],
    ["an adjective", "urbain", false],
    ["an English noun", "hope", false],
    ["a Latin word of cinema names", "rex", false],
    ["a French surname", "leroy", false],
    ["a region", "lorraine", false],
    ["a Polish name", "agnieszka", true],
    ["a Romanian name", "ioana", true],
    ["a Danish name", "vibeke", true],
    ["a Finnish name", "jukka", true],
    ["a Hungarian name", "zsofia", true],
    ["an English word of the Nordic lists", "even", false],
    ["an English month of the Nordic lists", "august", false],
    ["a Basque name", "unai", true],
    ["a Breton name", "loeiz", true],
    ["a Corsican name", "ghjulia", true],
    ["a Flemish name", "wouter", true],
    ["a Vietnamese name", "thanh", true],
    ["a Maghrebi name", "noureddine", true],
    ["a West African name", "kouame", true],
  ])("%s: %s is trusted: %s", (_, name, trusted) => {
    expect(FIRST_NAMES.has(name)).toBe(trusted);
  });

  // NFD leaves the ligatures whole: folding writes them out, so the list's "laetitia" is found
  it.each([
    ["Lætitia", "laetitia"],
    ["Søren", "soren"],
    ["Œlle", "oelle"],
    ["Noël", "noel"],
  ])("folds %s to %s, a name the lexicon knows", (written, folded) => {
    expect(foldWord(written)).toBe(folded);
    if (folded !== "oelle") expect(FIRST_NAMES.has(folded)).toBe(true);
  });

  it("reads a mover whose first name is written with a ligature or comes from a Central European list", () => {
    const { moves } = parse(
      "Lætitia Vauquelin devient directrice des ventes de Faïencerie Morlanne.\n\nAgnieszka Dubreuil est nommée responsable export de Tanneries Vellaud.",
    );
    expect(moves.map((m) => [m.person, m.company])).toEqual([
      ["Lætitia Vauquelin", "Faïencerie Morlanne"],
      ["Agnieszka Dubreuil", "Tanneries Vellaud"],
    ]);
  });

  it("reads movers whose first names are regional or international ones", () => {
    const { moves } = parse(
      "Le groupe Biscuiterie Arrosa promeut Eneko Iturralde directeur des achats et Thuy Lemercier directrice juridique.\n\nLoeiz Kerdoncuff est nommé directeur industriel de Conserverie du Trieux.",
    );
    expect(moves.map((m) => [m.person, m.company])).toEqual([
      ["Eneko Iturralde", "Biscuiterie Arrosa"],
      ["Thuy Lemercier", "Biscuiterie Arrosa"],
      ["Loeiz Kerdoncuff", "Conserverie du Trieux"],
    ]);
  });

  it("gives every distrusted name its reason, and trusts none of them", () => {
    for (const [name, reason] of DISTRUSTED_FIRST_NAMES) {
      expect(reason.length).toBeGreaterThan(10);
      expect(FIRST_NAMES.has(name)).toBe(false);
    }
  });

  it.each([
    ["isaure", "feminine"],
    ["honorine", "feminine"],
    ["lothaire", "masculine"],
    ["camille", "epicene"],
    ["inaki", "masculine"],
    ["thuy", "feminine"],
    ["thanh", "epicene"],
    // listed for both by the generated list (a woman's name in English): the hand lists' gender wins
    ["alexis", "masculine"],
  ])("reads %s as %s", (name, gender) => {
    const read = FEMININE_FIRST_NAMES.has(name)
      ? "feminine"
      : EPICENE_FIRST_NAMES.has(name)
        ? "epicene"
        : FIRST_NAMES.has(name)
          ? "masculine"
          : "unknown";
    expect(read).toBe(gender);
  });
});

describe("a house named with a first name stays a house", () => {
  it.each([
    [
      "a company's suffix word",
      "Yvette Carrouge quitte Martine Consulting pour rejoindre Bloc Session comme directrice des opérations.",
      ["Yvette Carrouge", "Bloc Session", ["Martine Consulting"]],
    ],
    [
      "a digital agency's suffix word",
      "GASPARD ROUXEL a rejoint Helen Digital comme directeur de la création, ex-Atelier Brume.",
      ["Gaspard Rouxel", "Helen Digital", ["Atelier Brume"]],
    ],
    [
      "a house's head noun opening the name",
      "La Fondation Paul Grimaud accueille une nouvelle directrice : Lucie Fargeot, qui a dirigé pendant six ans la salle Prise d'Or.",
      ["Lucie Fargeot", "Fondation Paul Grimaud", ["Prise d'Or"]],
    ],
    [
      "a gallery's head noun",
      "La Galerie Anne Vautrin accueille une nouvelle directrice : Lucie Fargeot, qui a dirigé pendant six ans la salle Prise d'Or.",
      ["Lucie Fargeot", "Galerie Anne Vautrin", ["Prise d'Or"]],
    ],
    [
      "a descriptor that only names houses",
      "Passé par Prises Verticales, Romain Delage rejoint la marque Claire Altitude comme directeur commercial.",
      ["Romain Delage", "Claire Altitude", ["Prises Verticales"]],
    ],
  ])("by %s", (_, text, [person, company, previous]) => {
    const { moves } = parse(text);
    expect(moves.map((m) => [m.person, m.company, m.previous_companies])).toEqual([
      [person, company, previous],
    ]);
  });
});
