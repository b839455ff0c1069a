// A first name the lexicon knows (lexicon/people.ts) is where a company's name stops: with "Éloi" unknown,
// a headline glued to its body ("Un nouveau directeur financier pour C" then "Éloi X remplace Y") read
// "C Éloi X" as the company and Y as the mover, published at 0.95. Words that are also first names but
// more often adjectives ("Mobilier Urbain C") stay out of the list, so a house keeps its whole name.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const parse = (section: string) =>
  parseIssueText(`La Lettre des Tuiles\nVendredi 12 mars 2027\n\nNOMINATIONS\n\n${section}\n`);

describe("common first names end a company's name", () => {
  it.each([
    ["Éloi Perrichon", "Tuilerie Marbot"],
    ["Gwenaël Fourquet", "Corderie Vasselin"],
    ["Sixtine Arbogast", "Verrerie du Ponant"],
  ])("a headline's company stops before %s", (person, company) => {
    const { moves } = parse(
      `Un nouveau directeur financier pour ${company}\n${person} remplace Yvette Lormier à ce poste, avec effet immédiat.\n\nChez Briqueterie Sauvel, Paul Girard devient directeur commercial.`,
    );
    expect(moves.map((m) => m.person)).not.toContain("Yvette Lormier");
    expect(moves.every((m) => !m.company?.includes(person))).toBe(true);
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
