// Families session 30's development round (real105) showed missed or read with the wrong employer: a
// move told before the name past a house it names, with the person leaving another one ("Recruté
// comme R par C, X quitte D": no mere departure, the paragraph reaches the review queue), a house
// named by a common noun and the family's name that a mover bears ("Autocars Bardin … Luc Bardin
// devient président"), a hand-over in the compound past ("a laissé la présidence de C à X") and a
// succession whose post is fronted before the subject ("À la présidence de C, X succède à Y"), a unit
// of a house led since a recent day ("Depuis le 2 mai, X dirige l'usine de V de C"), a manufactory
// ("la fabrique de V") as a house's site, and a site just opened whose head is named after « Elle
// sera dirigée par », and a board's officers after « Le bureau est complété : » or « le nouveau bureau
// est élu : » (no officer's title « bureau »), and a title opening the item whose holder follows
// « : c'est » or whose place the title names before the house after « pour », and the reins of a
// house's unit taken ("a pris le 4 mai les commandes de l'usine de V du groupe C"); and a town where
// a house is based ("le constructeur basé à V") read as the employer.
// Invented names, houses and places, none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { expectRowRead, moveOf, parseParagraph, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a house named by a common noun and the family name a mover bears, subject of the sentence",
    text: "Transports Delcausse réorganise sa direction : Yves Delcausse, jusqu'ici directeur général, devient président ; Paul Ferrand, venu de Voyalis, prend la direction des opérations.",
    person: "Paul Ferrand",
    want: { company: "Transports Delcausse", role: "directeur des opérations" },
  },
  {
    shape: "the family member of a house named after the family, held for review",
    text: "Transports Delcausse réorganise sa direction : Yves Delcausse, jusqu'ici directeur général, devient président.",
    person: "Yves Delcausse",
    want: { company: "Transports Delcausse", role: "président" },
    held: true,
  },
  {
    shape: "a post handed over in the compound past",
    text: "Après vingt ans, Jean Rouvière a laissé la présidence de Brasseries Olt à Lucie Mercadier, qui en était la directrice générale.",
    person: "Lucie Mercadier",
    want: { company: "Brasseries Olt", role: "présidente", predecessor: "Jean Rouvière" },
  },
  {
    shape: "a succession whose post is fronted before the subject",
    text: "À la présidence de l'Union des meuniers du Tarn, Odile Casteran succède à Henri Bousquet.",
    person: "Odile Casteran",
    want: { company: "Union des meuniers du Tarn", role: "présidente", predecessor: "Henri Bousquet" },
  },
  {
    shape: "a unit of a house led since a recent day, held for review",
    text: "Depuis le 5 mars, Sabine Ournac, 44 ans, dirige l'agence de Millau de Transports Cabrol, qu'elle avait rejointe en 2015 comme comptable.",
    person: "Sabine Ournac",
    want: { company: "Transports Cabrol", role: "directrice de l'agence de Millau" },
    held: true,
  },
  {
    shape: "a manufactory named as a house's site",
    text: "Depuis le 1er avril, Léon Barthès dirige la fabrique de Rodez de la Tuilerie Marvaud ; il était jusque-là chef de quai sur le même site.",
    person: "Léon Barthès",
    want: { company: "Tuilerie Marvaud", role: "directeur de la fabrique de Rodez" },
    held: true,
  },
  {
    shape: "a site the house just opened, led by the one named after « Elle sera dirigée par »",
    text: "Ardoises Vermeil ouvre une agence à Albi. Elle sera dirigée par Karim Ouali, qui vient de Toitures Lagarde.",
    person: "Karim Ouali",
    want: {
      company: "Ardoises Vermeil",
      role: "directeur de l'agence d'Albi",
      previous: ["Toitures Lagarde"],
    },
    held: true,
  },
  {
    shape: "a board's officers, title first, after « Le bureau est complété : »",
    text: "Élue le 9 mars à la présidence de l'Union des vanniers du Quercy, Jeanne Rivals succède à Denis Aubert. Le bureau est complété : vice-président, Paul Ricard (Osiers Lot) ; trésorière, Inès Garrigue (Vannerie Bleue).",
    person: "Inès Garrigue",
    want: { company: "Union des vanniers du Quercy", role: "trésorière" },
    held: true,
  },
  {
    shape: "a board's officers, name first, after « le nouveau bureau est élu : » (no title « bureau »)",
    text: "À l'Union des vanniers du Quercy, le nouveau bureau est élu : Marc Ayral (Osiers Lot), président ; Inès Garrigue (Vannerie Bleue), trésorière.",
    person: "Marc Ayral",
    want: { company: "Union des vanniers du Quercy", role: "président" },
    held: true,
  },
  {
    shape: "a title and its house before a colon, the holder after « c'est »",
    text: "Nouveau directeur commercial à la Verrerie Salvage : c'est Hugo Delmas, 39 ans, qui occupait jusqu'ici la même fonction au sein de Papeteries Ondine.",
    person: "Hugo Delmas",
    want: { company: "Verrerie Salvage", role: "directeur commercial" },
  },
  {
    shape: "a title naming a place, then the house that owns the post after « pour »",
    text: "Nouvelle responsable de la boutique de Sète pour Logimar : Clara Vidal, jusqu'ici adjointe sur le site.",
    person: "Clara Vidal",
    want: { company: "Logimar", role: "responsable de la boutique de Sète" },
  },
  {
    shape: "the reins of a house's unit taken on a day told between the verb and its object",
    text: "Yann Cabrol a pris le 4 mai les commandes de l'usine de Figeac du groupe Ardoval, où il était jusqu'alors responsable qualité.",
    person: "Yann Cabrol",
    want: { company: "Ardoval", role: "directeur de l'usine de Figeac" },
    held: true,
  },
  {
    shape: "a town where the hiring house is based, no employer",
    text: "Fours Calorix accélère. Le constructeur de fours basé à Lunel vient de recruter son directeur industriel : Marc Tessier, ex-directeur de production chez Thermolux.",
    person: "Marc Tessier",
    want: { company: "Fours Calorix", role: "directeur industriel" },
    held: true,
  },
];

describe("families of session 30's development round (real105)", () => {
  it.each(ROWS.map((row) => [row.shape, row] as const))("%s", (_, row) => expectRowRead(row));

  it("reads no post held for years as a move", () => {
    expect(
      moveOf("Depuis 2012, Léon Barthès dirige l'usine de Rodez de Tuileries Marvaud.", "Léon Barthès"),
    ).toBeUndefined();
  });

  it("reads no led site when the sentence before opens nothing", () => {
    expect(
      moveOf("Ardoises Vermeil fête ses vingt ans. Elle sera dirigée par Karim Ouali.", "Karim Ouali"),
    ).toBeUndefined();
  });

  it("lists a person leaving a house after a move told before their name", () => {
    const issue = parseParagraph(
      "Recruté comme directeur commercial par les repreneurs de Filatures Ornand, Mathis Corbière quitte Tissages Lavaur.",
    );
    expect(issue.unread?.map((u) => u.candidates.people)).toEqual([["Mathis Corbière"]]);
  });

  it("still lists no mere departure", () => {
    const issue = parseParagraph("Mathis Corbière quitte Tissages Lavaur, où il dirigeait les ventes.");
    expect(issue.unread).toEqual([]);
  });
});
