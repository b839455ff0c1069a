// A lead clause that announces a post before naming who takes it (jobs/parse/announced-post.ts,
// read by the slot reader): the title comes from the announcement, the employer from the clause's
// subject, the record is held for review. Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { READ_BY_SLOTS } from "../../../jobs/parse/doubts.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { parseParagraph as parse } from "./issue-text.ts";

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
    [
      "'se donne de son côté un nouveau R, X', the aside's 'son' no article",
      "La ferme-auberge Combe Rousse se donne de son côté un nouveau chef de cuisine, Malo Keraudren, ex-second de L'Estran.",
      { person: "Malo Keraudren", company: "Combe Rousse", role: "chef de cuisine" },
    ],
    [
      "'s'est aussi donné un R, X', an adverb between the auxiliary and the participle",
      "L'observatoire Astralis s'est aussi donné un responsable scientifique, Ilan Perrotin, jusqu'ici chercheur à Lunaire.",
      { person: "Ilan Perrotin", company: "Astralis", role: "responsable scientifique" },
    ],
    [
      "'s'adjoint un R : X'",
      "Le cabinet d'architectes Voûtes & Volumes s'adjoint une associée : Maëva Tourneur, venue de l'agence Ogive.",
      { person: "Maëva Tourneur", role: "associée" },
    ],
    [
      "'prendra en juin un nouveau R : X', the post to come",
      "La carrière Granitex prendra en juin un nouveau directeur d'exploitation : Loïc Carhaix, qui arrive des Ardoisières Morvan.",
      { person: "Loïc Carhaix", company: "Granitex", role: "directeur d'exploitation" },
    ],
    [
      "'va prendre une nouvelle R : X'",
      "La radio Onde Claire va prendre une nouvelle directrice des programmes : Aude Merlin, qui quitte Fréquence Nord.",
      { person: "Aude Merlin", company: "Onde Claire", role: "directrice des programmes" },
    ],
    [
      "'a par ailleurs un nouveau R : X', an adverb before the article",
      "Le studio Blanc-Névé a par ailleurs un nouveau directeur artistique : Tom Aubrac, qui dirigeait jusqu'ici l'atelier Grésil.",
      { person: "Tom Aubrac", company: "Blanc-Névé", role: "directeur artistique" },
    ],
    // "a désigné un nouvel R, M. X" is the employer's row's now, held for review as well
    // (object-movers.test.ts)
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
    [
      "'se donne un an' before a name quoted",
      "La brasserie Houblonne se donne un an pour recruter son directeur commercial, explique Paul Girard.",
      "Paul Girard",
    ],
    [
      "'va prendre une participation', no post",
      "Granitex va prendre une participation dans la carrière Morvan, dirigée par Paul Girard.",
      "Paul Girard",
    ],
  ])("reads no announced post for %s", (_, paragraph, person) => {
    const moves = parse(paragraph).moves.filter((move) => move.person === person);
    expect(
      moves.filter((move) => move.role === "directeur financier" || move.role === "directeur général"),
    ).toEqual([]);
  });
});

describe("a post handed over with 'confier'", () => {
  it.each([
    [
      "'confie sa direction financière à X', the direction paraphrased into her title",
      "Le groupe Marvelis confie sa direction financière à Hélène Dutour, jusqu'ici directrice du contrôle de gestion.",
      { person: "Hélène Dutour", company: "Marvelis", role: "directrice financière" },
    ],
    [
      "'une direction de X, confiée à Y'",
      "Norvane a créé une direction de la data, confiée à Paul Mercier.",
      { person: "Paul Mercier", company: "Norvane", role: "directeur de la data" },
    ],
    [
      "'confie la présidence de son directoire à X'",
      "La maison Ardelis confie la présidence de son directoire à Luc Perrot.",
      { person: "Luc Perrot", company: "Ardelis", role: "président du directoire" },
    ],
    [
      "'crée un poste de R et le confie à X', a first name the lexicon does not know",
      "Colbane crée un poste de directeur de la transformation et le confie à Kofi Mensah, ex-Vantis.",
      { person: "Kofi Mensah", company: "Colbane", role: "directeur de la transformation" },
    ],
    [
      "'confie sa direction à X'",
      "Radio Lorvane confie sa direction à Anne Colas.",
      { person: "Anne Colas", company: "Radio Lorvane", role: "directrice" },
    ],
  ])("reads %s", (_, paragraph, expected) => {
    const moves = parse(paragraph).moves;
    expect(moves).toContainEqual(expect.objectContaining(expected));
    // (a sentence pattern may read the same sentence first: only the slot reader's records are held)
    for (const move of moves.filter((m) => m.reasons.includes(READ_BY_SLOTS.reason)))
      expect(move.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads no post handed through a pronoun ('qui en a confié la direction à X')", () => {
    const moves = parse(
      "Paul Roy dirigeait la filiale Orvo du groupe Tarlane, qui en a confié la direction à Marie Lenoir, sa directrice commerciale.",
    ).moves;
    expect(moves.filter((move) => move.person === "Marie Lenoir" && move.role === "directrice")).toEqual([]);
  });
});
