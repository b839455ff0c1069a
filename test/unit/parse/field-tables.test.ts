// Tables of moves under a header line (jobs/parse/field-layouts.ts, lexicon/fields.ts): the header is
// recognised by its column words, whatever their order and spelling, and every row under it is read
// with the roles of its columns. Every person and company here is invented; the headers vary the
// words, the order, the separator and the spacing of rows (one a line or parted by blank lines), so
// that the reading rests on the lexicon of column words, not on one newsletter's table.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { expectMoves, issueAround, type WantedMove } from "./issue-text.ts";

const NEWS = [
  "LA LETTRE DE LA MEUNERIE — n° 58",
  "",
  "Blé tendre : la collecte recule de 6 % sur la campagne",
  "Les meuniers craignent une hausse des prix de la farine au printemps.",
  "",
];

const issue = (heading: string, rows: string[], spaced: boolean) =>
  issueAround(rows, {
    before: NEWS,
    heading,
    spaced,
    after: ["AGENDA", "", "Le salon de la boulangerie ouvre le 4 mars à Lyon."],
  });

// One table per case: its header, its rows, the moves they give. Each case is read with its rows one
// a line and parted by blank lines.
const CASES: { name: string; rows: string[]; wants: WantedMove[] }[] = [
  {
    name: "the company first, the post as 'Nouveau poste', the origin as 'Venait de'",
    rows: [
      "Entreprise | Nom | Nouveau poste | Venait de",
      "Moulins Herbelot | Clotilde Vasseur-Mbaye | directrice industrielle | Farines Dorval",
      "Farines Dorval | Renaud Picquet-Oyono | directeur commercial | promu",
      "Moulins Herbelot | Sidonie Lachaume-Koffi | responsable qualité | —",
    ],
    wants: [
      {
        person: "Clotilde Vasseur-Mbaye",
        role: "directrice industrielle",
        company: "Moulins Herbelot",
        kind: "joined",
        previous: ["Farines Dorval"],
      },
      {
        person: "Renaud Picquet-Oyono",
        role: "directeur commercial",
        company: "Farines Dorval",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Sidonie Lachaume-Koffi",
        role: "responsable qualité",
        company: "Moulins Herbelot",
        kind: "appointed",
      },
    ],
  },
  {
    // "Ex- :" keeps its hyphen as a label; a cell's title agrees with its own head noun
    name: "the origin as 'Ex-', a title cell written 'directrice général'",
    rows: [
      "Nom | Poste | Société | Ex-",
      "Gaëlle T. Marbœuf | directrice général | Moulins Herbelot | Farines Dorval",
      "Anatole Cressent | responsable qualité | Minoterie Coustel | —",
    ],
    wants: [
      {
        person: "Gaëlle T. Marbœuf",
        role: "directrice générale",
        company: "Moulins Herbelot",
        kind: "joined",
        previous: ["Farines Dorval"],
      },
      {
        person: "Anatole Cressent",
        role: "responsable qualité",
        company: "Minoterie Coustel",
        kind: "appointed",
        previous: [],
      },
    ],
  },
  {
    name: "three columns 'Qui ; Où ; Quoi'",
    rows: [
      "Qui ; Où ; Quoi",
      "Baptiste Renouard-Sylla ; Boulangeries Arnal ; directeur des achats",
      "Inès Malfroy-Diakhaté ; Minoterie Coustel ; directrice générale",
    ],
    wants: [
      {
        person: "Baptiste Renouard-Sylla",
        role: "directeur des achats",
        company: "Boulangeries Arnal",
        kind: "appointed",
      },
      {
        person: "Inès Malfroy-Diakhaté",
        role: "directrice générale",
        company: "Minoterie Coustel",
        kind: "appointed",
      },
    ],
  },
  {
    name: "'Société | Dirigeant(e) | Poste | Remplace'",
    rows: [
      "Société | Dirigeant(e) | Poste | Remplace",
      "Semoulerie Valbonne | Hortense Guilbaud-Nzé | présidente | Marcel Fontanes-Abba",
      "Grains du Lauzin | Aurélien Pécresse-Dossou | directeur financier | —",
    ],
    wants: [
      {
        person: "Hortense Guilbaud-Nzé",
        role: "présidente",
        company: "Semoulerie Valbonne",
        kind: "appointed",
        predecessor: "Marcel Fontanes-Abba",
      },
      {
        person: "Aurélien Pécresse-Dossou",
        role: "directeur financier",
        company: "Grains du Lauzin",
        kind: "appointed",
        predecessor: null,
      },
    ],
  },
  {
    name: "a date column before the person, tabs between cells",
    rows: [
      "Date\tNom\tFonction\tEmployeur",
      "1er avril\tGaspard Loiseau-Nkoulou\tdirecteur de la boulangerie industrielle\tPanifor Ouest",
      "15 avril\tMaëlle Barthès-Adjovi\tresponsable des achats de blé\tMinoterie Coustel",
    ],
    wants: [
      {
        person: "Gaspard Loiseau-Nkoulou",
        role: "directeur de la boulangerie industrielle",
        company: "Panifor Ouest",
        kind: "appointed",
      },
      {
        person: "Maëlle Barthès-Adjovi",
        role: "responsable des achats de blé",
        company: "Minoterie Coustel",
        kind: "appointed",
      },
    ],
  },
  {
    name: "origin cells that tell a promotion, a successor, an election, two employers, a trade noun",
    rows: [
      "Nom | Fonction | Organisme | Parcours",
      "Léonie Garnaud-Ebanda | directrice générale | Moulins Herbelot | promue, succède à Clément Royer-Tall",
      "Joachim Verdier-Oyelaran | président | Association des meuniers du Lauzin | élu ; président de Farines Dorval",
      "Carla Dumontet-Assogba | directrice financière | Grains du Lauzin | Farines Dorval ; auparavant Panifor Ouest",
      "Hugo Lesterlin-Bamba | directeur juridique | Semoulerie Valbonne | cabinet Orvalis Conseil",
      "Léa Fournel-Diop | directrice des ressources humaines | Panifor Ouest | Farines Dorval puis Grains du Lauzin",
      "Agathe Rémusat-Diallo | responsable export | Minoterie Coustel | ",
    ],
    wants: [
      {
        person: "Léonie Garnaud-Ebanda",
        role: "directrice générale",
        company: "Moulins Herbelot",
        kind: "promoted",
        previous: [],
        predecessor: "Clément Royer-Tall",
      },
      {
        person: "Joachim Verdier-Oyelaran",
        role: "président",
        company: "Association des meuniers du Lauzin",
        kind: "appointed",
        previous: [],
      },
      {
        person: "Carla Dumontet-Assogba",
        role: "directrice financière",
        company: "Grains du Lauzin",
        kind: "joined",
        previous: ["Farines Dorval", "Panifor Ouest"],
      },
      {
        person: "Hugo Lesterlin-Bamba",
        role: "directeur juridique",
        company: "Semoulerie Valbonne",
        kind: "joined",
        previous: ["Orvalis Conseil"],
      },
      {
        person: "Léa Fournel-Diop",
        role: "directrice des ressources humaines",
        company: "Panifor Ouest",
        kind: "joined",
        previous: ["Farines Dorval", "Grains du Lauzin"],
      },
      {
        person: "Agathe Rémusat-Diallo",
        role: "responsable export",
        company: "Minoterie Coustel",
        kind: "appointed",
      },
    ],
  },
  {
    name: "the surname before the first name, and two columns of no known label",
    rows: [
      "Nom | Prénom | Âge | Ville | Poste | Société",
      "Castellan-Obiang | Firmin | 47 ans | Rennes | directeur des silos | Grains du Lauzin",
      "Pelletier-Nakamura | Aude | 39 ans | Nantes | directrice RSE | Panifor Ouest",
    ],
    wants: [
      {
        person: "Firmin Castellan-Obiang",
        role: "directeur des silos",
        company: "Grains du Lauzin",
        kind: "appointed",
      },
      {
        person: "Aude Pelletier-Nakamura",
        role: "directrice RSE",
        company: "Panifor Ouest",
        kind: "appointed",
      },
    ],
  },
  {
    name: "two tables one under the other, each with its own header",
    rows: [
      "Nom | Fonction | Entreprise",
      "Rosalie Mercadier-Fofana | directrice des ventes | Moulins Herbelot",
      "Entreprise | Qui | Poste",
      "Farines Dorval | Noémie Castagnet-Osei | directrice qualité",
    ],
    wants: [
      {
        person: "Rosalie Mercadier-Fofana",
        role: "directrice des ventes",
        company: "Moulins Herbelot",
        kind: "appointed",
      },
      {
        person: "Noémie Castagnet-Osei",
        role: "directrice qualité",
        company: "Farines Dorval",
        kind: "appointed",
      },
    ],
  },
  {
    name: "a comment column that names the one replaced or a promotion, or an interim that ended",
    rows: [
      "Nom | Poste | Société | Précédemment | Commentaire",
      "Yasmine Kerjean-Owusu | directrice des opérations | Panifor Ouest | Farines Dorval | succède à Pierre Aubrac-Mensah",
      "Théo Blanchon-Ayité | directeur technique | Grains du Lauzin | — | promu",
      "Manon Delteil-Oyono | directrice générale | Moulins Herbelot | — | départ en retraite de Gérard Piquet-Sow",
      "Bastien Roubaud-Kane | directeur logistique | Farines Dorval | — | confirmé après six mois d'intérim",
    ],
    wants: [
      {
        person: "Yasmine Kerjean-Owusu",
        role: "directrice des opérations",
        company: "Panifor Ouest",
        kind: "joined",
        previous: ["Farines Dorval"],
        predecessor: "Pierre Aubrac-Mensah",
      },
      {
        person: "Théo Blanchon-Ayité",
        role: "directeur technique",
        company: "Grains du Lauzin",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Manon Delteil-Oyono",
        role: "directrice générale",
        company: "Moulins Herbelot",
        kind: "appointed",
        predecessor: "Gérard Piquet-Sow",
      },
      {
        person: "Bastien Roubaud-Kane",
        role: "directeur logistique",
        company: "Farines Dorval",
        kind: "appointed",
      },
    ],
  },
  {
    name: "a header in capitals with dashes between cells, an empty last cell a dash at the line's end",
    rows: [
      "NOM – FONCTION – ENTREPRISE D'ACCUEIL – ANCIENNE STRUCTURE",
      "Gaëlle Morvan-Traoré – directrice des achats – Moulins Herbelot – Farines Dorval ; succède à Lucien Brayer",
      "Octave Lerebours-Diop – directeur industriel – Minoterie Coustel – promu (était responsable de site)",
      "Armance Quillet-Bamba – responsable qualité – Grains du Lauzin –",
      "Timothée Varenne-Sy – directeur financier – Semoulerie Valbonne – Boulangeries Arnal, auparavant Panifor Ouest",
    ],
    wants: [
      {
        person: "Gaëlle Morvan-Traoré",
        role: "directrice des achats",
        company: "Moulins Herbelot",
        kind: "joined",
        previous: ["Farines Dorval"],
        predecessor: "Lucien Brayer",
      },
      {
        person: "Octave Lerebours-Diop",
        role: "directeur industriel",
        company: "Minoterie Coustel",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Armance Quillet-Bamba",
        role: "responsable qualité",
        company: "Grains du Lauzin",
        kind: "appointed",
      },
      {
        person: "Timothée Varenne-Sy",
        role: "directeur financier",
        company: "Semoulerie Valbonne",
        kind: "joined",
        previous: ["Boulangeries Arnal", "Panifor Ouest"],
      },
    ],
  },
  {
    name: "' / ' between cells, 'Enseigne / Recrue / Responsabilités / Issu de'",
    rows: [
      "Enseigne / Recrue / Responsabilités / Issu de",
      "Boulangeries Arnal / Léopold Chassagne-Ba / directeur des ventes / Minoterie Coustel",
      "Panifor Ouest / Ombeline Rouxel-Kané / directrice logistique / —",
    ],
    wants: [
      {
        person: "Léopold Chassagne-Ba",
        role: "directeur des ventes",
        company: "Boulangeries Arnal",
        kind: "joined",
        previous: ["Minoterie Coustel"],
      },
      {
        person: "Ombeline Rouxel-Kané",
        role: "directrice logistique",
        company: "Panifor Ouest",
        kind: "appointed",
      },
    ],
  },
  {
    name: "a Markdown table, 'Collaboratrice | Fonction occupée | Structure précédente | Employeur actuel'",
    rows: [
      "| Collaboratrice | Fonction occupée | Structure précédente | Employeur actuel |",
      "|---|---|---|---|",
      "| Bérénice Fauvel-Camara | directrice commerciale | Grains du Lauzin puis Farines Dorval | Moulins Herbelot |",
      "| Clémentine Aubriot-Sarr | responsable export | en interne | Semoulerie Valbonne |",
    ],
    wants: [
      {
        person: "Bérénice Fauvel-Camara",
        role: "directrice commerciale",
        company: "Moulins Herbelot",
        kind: "joined",
        previous: ["Grains du Lauzin", "Farines Dorval"],
      },
      {
        person: "Clémentine Aubriot-Sarr",
        role: "responsable export",
        company: "Semoulerie Valbonne",
        kind: "promoted",
        previous: [],
      },
    ],
  },
  {
    name: "columns aligned with spaces in plain text, 'Nom  Nouvelle fonction  Employeur actuel  Ancienne entreprise'",
    rows: [
      "Nom                      Nouvelle fonction        Employeur actuel     Ancienne entreprise",
      "Eulalie Garnotel-Fall    directrice logistique    Minoterie Coustel    Grains du Lauzin",
      "Maxence Pradier-Touré    directeur des achats     Farines Dorval       promu",
    ],
    wants: [
      {
        person: "Eulalie Garnotel-Fall",
        role: "directrice logistique",
        company: "Minoterie Coustel",
        kind: "joined",
        previous: ["Grains du Lauzin"],
      },
      {
        person: "Maxence Pradier-Touré",
        role: "directeur des achats",
        company: "Farines Dorval",
        kind: "promoted",
        previous: [],
      },
    ],
  },
  {
    name: "no origin column, the origin said in brackets after the company",
    rows: [
      "Nom | Poste | Société",
      "Clotilde Vasseur-Mbaye | responsable formation | Moulins Herbelot (promue)",
      "Renaud Picquet-Oyono | directeur commercial | Farines Dorval (ex-Grains du Lauzin)",
    ],
    wants: [
      {
        person: "Clotilde Vasseur-Mbaye",
        role: "responsable formation",
        company: "Moulins Herbelot",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Renaud Picquet-Oyono",
        role: "directeur commercial",
        company: "Farines Dorval",
        kind: "joined",
        previous: ["Grains du Lauzin"],
      },
    ],
  },
];

describe("tables under a header of column words", () => {
  for (const spaced of [false, true])
    it.each(CASES)(
      `reads $name (${spaced ? "rows parted by blank lines" : "one row a line"})`,
      ({ rows, wants }) => {
        expectMoves(issue("LES MOUVEMENTS DE LA FILIÈRE", rows, spaced), wants);
      },
    );

  it.each([
    ["the post says it is held ad interim", "directrice intérimaire | Panifor Ouest | —"],
    ["the post is held 'par intérim'", "directeur général par intérim | Panifor Ouest | —"],
  ])("gives no move for a row where %s, and does not list it as unread", (_, cells) => {
    const text = issue(
      "TABLEAU DES NOMINATIONS",
      [
        "Nom | Fonction | Entreprise | Précédemment",
        "Rosalie Mercadier-Fofana | directrice des ventes | Moulins Herbelot | Farines Dorval",
        `Justine Poupard-Kamara | ${cells}`,
      ],
      true,
    );
    const parsed = parseIssueText(text);
    expect(parsed.moves.map((m) => m.person)).toEqual(["Rosalie Mercadier-Fofana"]);
    expect(parsed.unread!.some((u) => u.paragraph.includes("Justine Poupard-Kamara"))).toBe(false);
  });

  it.each(["intérim", "par intérim", "intérim jusqu'en juin", "départ", "départ le 30 juin", "reconduite"])(
    "gives no move for a row whose comment says '%s'",
    (comment) => {
      const text = issue(
        "TABLEAU DES NOMINATIONS",
        [
          "Nom ; Fonction ; Entreprise ; Remarques",
          "Rosalie Mercadier-Fofana ; directrice des ventes ; Moulins Herbelot ; venue de Farines Dorval",
          `Justine Poupard-Kamara ; directrice générale ; Panifor Ouest ; ${comment}`,
        ],
        false,
      );
      const parsed = parseIssueText(text);
      expect(parsed.moves.map((m) => m.person)).toEqual(["Rosalie Mercadier-Fofana"]);
    },
  );

  it("lists a row that names someone but gives no record as unread, that row alone", () => {
    const text = issue(
      "QUI VA OÙ",
      [
        "Nom | Fonction | Entreprise | Précédemment",
        "Rosalie Mercadier-Fofana | directrice des ventes | Moulins Herbelot | Farines Dorval",
        "Lucien Brassart-Eyenga | — | — | Farines Dorval",
        "Noémie Castagnet-Osei | directrice qualité | Grains du Lauzin | Panifor Ouest",
      ],
      true,
    );
    const parsed = parseIssueText(text);
    expect(parsed.moves.map((m) => m.person).sort()).toEqual([
      "Noémie Castagnet-Osei",
      "Rosalie Mercadier-Fofana",
    ]);
    const unread = parsed.unread!.filter((u) => /Mercadier|Brassart|Castagnet/u.test(u.paragraph));
    expect(unread).toHaveLength(1);
    expect(unread[0]!.paragraph).toContain("Lucien Brassart-Eyenga");
    expect(unread[0]!.paragraph).not.toContain("Rosalie Mercadier-Fofana");
    expect(unread[0]!.candidates.people).toContain("Lucien Brassart-Eyenga");
  });

  it("lists a row whose person cell reads as no name as unread, and reads the rows after it", () => {
    const text = issue(
      "QUI VA OÙ",
      [
        "Nom | Fonction | Entreprise | Précédemment",
        "Ana | directrice | Panifor Ouest | —",
        "Rosalie Mercadier-Fofana | directrice des ventes | Moulins Herbelot | Farines Dorval",
      ],
      true,
    );
    const parsed = parseIssueText(text);
    expect(parsed.moves.map((m) => m.person)).toEqual(["Rosalie Mercadier-Fofana"]);
    const unread = parsed.unread!.find((u) => u.paragraph.includes("Ana"));
    expect(unread?.candidates.people).toContain("Ana");
  });

  it("names a house by its bare name when the table also writes it behind a trade noun", () => {
    expectMoves(
      issue(
        "TABLEAU DES NOMINATIONS",
        [
          "Nom | Fonction | Entreprise | Précédemment",
          "Rosalie Mercadier-Fofana | directrice des ventes | Négociant Céréales Vaurel | Farines Dorval",
          "Noémie Castagnet-Osei | directrice qualité | Céréales Vaurel | Panifor Ouest",
        ],
        true,
      ),
      [
        {
          person: "Rosalie Mercadier-Fofana",
          role: "directrice des ventes",
          company: "Céréales Vaurel",
          kind: "joined",
        },
      ],
    );
  });

  it("ends the table at a paragraph after a blank line, even one with as many semicolons", () => {
    const text = issue(
      "TABLEAU DES NOMINATIONS",
      [
        "Nom ; Fonction ; Entreprise",
        "Rosalie Mercadier-Fofana ; directrice des ventes ; Moulins Herbelot",
        "La récolte a été bonne ; les prix tiennent ; la meunerie respire.",
      ],
      true,
    );
    const parsed = parseIssueText(text);
    expect(parsed.moves.map((m) => m.person)).toEqual(["Rosalie Mercadier-Fofana"]);
  });
});
