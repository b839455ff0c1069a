// A lead clause that announces a post before naming who takes it (jobs/parse/announced-post.ts,
// read by the slot reader): the title comes from the announcement, the employer from the clause's
// subject, the record is held for review. Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { READ_BY_SLOTS } from "../../../jobs/parse/doubts.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";

const AUTO_PUBLISH_CONFIDENCE = 0.8;

const parse = (paragraph: string) => parseIssueText(`Lettre\n\n+ MOUVEMENTS\n\n${paragraph}\n`);

describe("a post announced before the name", () => {
  it.each([
    [
      "'s'est trouvé un R : X', a first name the lexicon does not know",
      "La coopérative Vendéa s'est trouvé un directeur financier : Kofi Ansah, passé par Grainval.",
      { person: "Kofi Ansah", company: "Vendéa", role: "directeur financier" },
    ],
    [
      "'a trouvé son R en la personne de X', the title agreeing, not the employer of her apposition",
      "Le cabinet Morland a trouvé son directeur technique en la personne de Lucie Fabre, ingénieure chez Artec depuis 2015.",
      { person: "Lucie Fabre", company: "Morland", role: "directrice technique" },
    ],
    [
      "'a élu son R : X', whose own clause names no title",
      "Le syndicat Agrinord a élu son président : Paul Vidal, maire de Sainte-Flore, succède à Marc Ribes.",
      { person: "Paul Vidal", role: "président", predecessor: "Marc Ribes" },
    ],
    [
      "'se choisit une R pour succéder à Y : ce sera X'",
      "La Mutuelle des Potiers se choisit une nouvelle directrice générale pour succéder à Anne Roux : ce sera Claire Dumont, directrice adjointe depuis 2019.",
      { person: "Claire Dumont", company: "Mutuelle des Potiers", role: "directrice générale" },
    ],
    [
      "'ont un nouveau R : X'",
      "Les éditions Sorvelo ont un nouveau directeur commercial : Hugo Martel, jusqu'ici responsable des ventes de Lirea.",
      { person: "Hugo Martel", company: "Sorvelo", role: "directeur commercial" },
    ],
    [
      "'accueille une R venue de C : X', where she comes from no part of the title",
      "Le fonds Castarel accueille une associée venue de Brevia : Julie Perrin, spécialiste de l'énergie.",
      { person: "Julie Perrin", company: "Castarel", role: "associée" },
    ],
  ])("reads %s", (_, paragraph, expected) => {
    const moves = parse(paragraph).moves;
    expect(moves).toContainEqual(expect.objectContaining(expected));
    for (const move of moves) {
      expect(move.reasons).toContain(READ_BY_SLOTS.reason);
      expect(move.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
    }
  });

  it.each([
    [
      "the one named after the colon who leaves",
      "Le laboratoire Ormel se choisit un successeur à la direction générale : Jean Lacroix, qui part à la retraite, laisse la place à Anne Morel.",
      "Jean Lacroix",
    ],
    [
      "the post a person holds now, after 'nomme son R,'",
      "Batiro nomme son directeur financier, Paul Girard, à la tête de la filiale Batiro Services.",
      "Paul Girard",
    ],
  ])("reads no announced post for %s", (_, paragraph, person) => {
    const moves = parse(paragraph).moves.filter((move) => move.person === person);
    expect(
      moves.filter((move) => move.role === "directeur financier" || move.role === "directeur général"),
    ).toEqual([]);
  });
});
