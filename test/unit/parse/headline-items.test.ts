// "En bref" items in a headline's grammar (jobs/parse/headline-items.ts): the employer as the item's
// label, then the mover and the post without a verb. Every person and institution here is invented.

import { describe, expect, it } from "@jest/globals";
import { headlineBodySentence } from "../../../jobs/parse/headline-body.ts";
import { headlineItemSentence } from "../../../jobs/parse/headline-items.ts";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { issueAround, recordsOf } from "./issue-text.ts";

const movesOf = (items: string[]) =>
  recordsOf(
    parseIssueText(
      issueAround(items, {
        before: ["LA LETTRE DES MUSÉES — n° 8", ""],
        heading: "+ MOUVEMENTS",
        after: ["Agenda", "", "Salon le 4 mars."],
      }),
    ),
  );

describe("headline items", () => {
  it("reads 'C : X titre, ex-A' as X taking the title at C, coming from A", () => {
    const moves = movesOf([
      "• Musée des Tanneurs de Brévaux : Jeanne Kermarec-Adjei directrice, ex-Fondation Arcelline.",
    ]);
    expect(moves).toEqual([
      expect.objectContaining({
        person: "Jeanne Kermarec-Adjei",
        company: "Musée des Tanneurs de Brévaux",
        role: "directrice",
        previous: ["Fondation Arcelline"],
      }),
    ]);
  });

  it("reads a participle without its auxiliary, after a title held until now, and a first name the lexicon lacks", () => {
    const moves = movesOf([
      "• Fédération des jardins botaniques : Ophélie Tanguy-Ras élue présidente, après Luc Moreau-Faye.",
      "• Maison des Tanneurs : Bakary Ndongo-Ferrat, guide, promu conservateur en chef.",
    ]);
    expect(moves).toEqual([
      expect.objectContaining({
        person: "Ophélie Tanguy-Ras",
        company: "Fédération des jardins botaniques",
        role: "présidente",
        predecessor: "Luc Moreau-Faye",
      }),
      expect.objectContaining({
        person: "Bakary Ndongo-Ferrat",
        company: "Maison des Tanneurs",
        role: "conservateur en chef",
        kind: "promoted",
      }),
    ]);
  });

  // the label parted from the mover by a colon or a spaced dash, the post in apposition up to the
  // headline's end or taken after "à", over a body on the next line
  it.each([
    [
      "a dash and a post in apposition",
      ["Brasserie Ardoisière — Gaspard Lemoine-Ruiz, directeur industriel", "Il vient d'une malterie."],
      { person: "Gaspard Lemoine-Ruiz", company: "Brasserie Ardoisière", role: "directeur industriel" },
    ],
    [
      "a colon and a post with its complement",
      [
        "Imprimerie Vaudrel : Odile Brasseur, directrice du site de Cormery-Est",
        "Elle était cheffe d'atelier.",
      ],
      {
        person: "Odile Brasseur",
        company: "Imprimerie Vaudrel",
        role: "directrice du site de Cormery-Est",
      },
    ],
    [
      "an age between the name and the post",
      ["Cidrerie du Vaurel : Odile Brasseur, 41 ans, responsable des ventes en ligne"],
      { person: "Odile Brasseur", company: "Cidrerie du Vaurel", role: "responsable des ventes en ligne" },
    ],
    [
      "the charge taken after 'à'",
      ["Mutuelle des Vanniers : Paul Roche-Vidal à la direction générale", "Il succède à Anne Ferlat."],
      { person: "Paul Roche-Vidal", company: "Mutuelle des Vanniers", role: "directeur général" },
    ],
  ])("reads %s", (_, lines, record) => {
    expect(movesOf([lines.join("\n")])).toEqual([expect.objectContaining(record)]);
  });

  // the label carries the post after the employer (a comma, a spaced dash or a slash), the name
  // after the colon, then maybe where the mover comes from
  it.each([
    [
      "a comma and an acronym",
      "Apiculteurs du Brévent, PDG : Ophélie Tanguy-Ras. Elle vient de la Miellerie Dorval.",
      { person: "Ophélie Tanguy-Ras", company: "Apiculteurs du Brévent", role: "PDG" },
    ],
    [
      "a spaced dash and a post in small letters",
      "Ruchers de Castelmaure — directrice générale : Odile Brasseur",
      { person: "Odile Brasseur", company: "Ruchers de Castelmaure", role: "directrice générale" },
    ],
    [
      "a slash and the house left in brackets",
      "Miellerie Dorval / DAF : Paul Roche-Vidal (ex-Ruchers de Castelmaure)",
      {
        person: "Paul Roche-Vidal",
        company: "Miellerie Dorval",
        role: "DAF",
        previous: ["Ruchers de Castelmaure"],
      },
    ],
  ])("reads a label that carries the post: %s", (_, line, record) => {
    expect(movesOf([line])).toEqual([expect.objectContaining(record)]);
  });

  it("leaves a label whose second part is no title, or a name a sentence follows", () => {
    expect(headlineItemSentence("Miellerie Dorval, Lyon : Paul Roche-Vidal")).toBeNull();
    expect(headlineItemSentence("Miellerie Dorval / DAF : Paul Roche-Vidal prend sa retraite.")).toBeNull();
  });

  it("reads an item whose label says where after a linking adverb, in English or French", () => {
    const moves = movesOf([
      "Also at Quillmark Paper: Jonas Whitfield has been promoted to chief operating officer.",
      "Aussi chez Papeteries Dorval : Odile Brasseur devient directrice des achats.",
    ]);
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Jonas Whitfield", "Quillmark Paper", "chief operating officer"],
      ["Odile Brasseur", "Papeteries Dorval", "directrice des achats"],
    ]);
  });

  it("reads a second mover of the same house after a semicolon", () => {
    const moves = movesOf([
      "Laiterie du Val-Moreau : Paul Roche-Vidal à la présidence du conseil ; Odile Brasseur, directrice commerciale",
    ]);
    expect(moves.map((m) => [m.person, m.company])).toEqual([
      ["Paul Roche-Vidal", "Laiterie du Val-Moreau"],
      ["Odile Brasseur", "Laiterie du Val-Moreau"],
    ]);
  });

  it("leaves an apposition a verb follows: the post held until now", () => {
    expect(
      headlineItemSentence("Musée de Brévaux : Jeanne Kermarec-Adjei, directrice, quitte la maison."),
    ).toBeNull();
    expect(
      headlineItemSentence("Musée de Brévaux — Jeanne Kermarec-Adjei, 54 ans, prend sa retraite."),
    ).toBeNull();
  });

  it("leaves an item alone when its label tags the news or no post follows the name", () => {
    expect(headlineItemSentence("• Nomination : Jeanne Kermarec-Adjei directrice de Brévaux.")).toBeNull();
    expect(headlineItemSentence("• Carnet noir : Jeanne Kermarec-Adjei est morte à 92 ans.")).toBeNull();
    expect(
      headlineItemSentence("• Musée de Brévaux : Jeanne Kermarec-Adjei, 54 ans, prend sa retraite."),
    ).toBeNull();
  });
});

// A verbless headline over a short body (jobs/parse/headline-body.ts): the headline names the mover
// (and the house), the body the post, through a pronoun, a descriptor, "y" or "lui"; or the headline
// names the post and the house, the body the person. Glued on one line (flattened HTML) or not.
describe("headlines over a short body", () => {
  const rows: [string, string[], Record<string, unknown>][] = [
    [
      "a fronted past and a pronoun, glued to 'Arrivée de X chez C'",
      [
        "Arrivée de Gaspard Lemoine-Ruiz chez Ferronnerie Brandal Ancien de Forges Valmy, il prend ses fonctions de directeur de production le 2 du mois.",
      ],
      {
        person: "Gaspard Lemoine-Ruiz",
        company: "Ferronnerie Brandal",
        role: "directeur de production",
        previous: ["Forges Valmy"],
      },
    ],
    [
      "a post held until now, then 'elle devient', after 'Promotion interne pour X'",
      [
        "Promotion interne pour Solène Marchetti Cheffe de rayon depuis 2016, elle devient directrice commerciale de Librairie Oriel.",
      ],
      {
        person: "Solène Marchetti",
        company: "Librairie Oriel",
        role: "directrice commerciale",
        kind: "promoted",
      },
    ],
    [
      "'il y occupera le poste' under 'X chez C': y is the headline's house",
      [
        "Yannick DROUART chez Cimenterie Lavrec Venu de Béton Sorel, il y occupera le poste de directeur commercial.",
      ],
      {
        person: "Yannick Drouart",
        company: "Cimenterie Lavrec",
        role: "directeur commercial",
        previous: ["Béton Sorel"],
      },
    ],
    [
      "'lui confie' under 'Nomination de X à la tête de C'",
      [
        "Nomination de Clémence VAUTHIER à la tête de Vergers Aubrac",
        "Le conseil lui confie le poste de directrice générale à compter du 1er mars.",
      ],
      { person: "Clémence Vauthier", company: "Vergers Aubrac", role: "directrice générale" },
    ],
    [
      "a descriptor as the subject, and 'au même poste' as the title it held",
      [
        "Arrivée de Bertille Rameau",
        "L'ex-directrice financière de Transports Gaillac rejoint Messageries Ondine au même poste.",
      ],
      {
        person: "Bertille Rameau",
        company: "Messageries Ondine",
        role: "directrice financière",
        previous: ["Transports Gaillac"],
      },
    ],
    [
      "'y' for the house the fronted clause names when the headline names none",
      [
        "Promotion interne pour Anatole Ferrand Entré chez Brasserie Colvert en 2011, il y est promu directeur technique.",
      ],
      {
        person: "Anatole Ferrand",
        company: "Brasserie Colvert",
        role: "directeur technique",
        kind: "promoted",
      },
    ],
    [
      "the post and the house in the headline, 'Il s'agit de X' in the body",
      [
        "Un nouveau DAF pour Verrerie Solmont Il s'agit de Rémi Castagnet, jusqu'ici contrôleur de gestion chez Cristallerie Noirval.",
      ],
      {
        person: "Rémi Castagnet",
        company: "Verrerie Solmont",
        role: "DAF",
        previous: ["Cristallerie Noirval"],
      },
    ],
    [
      "'C recrute une R' then 'C'est X, venue de D, qui a été retenue'",
      [
        "Tuilerie Arbois recrute une directrice des achats C'est Mélanie GODARD, venue de Briqueterie Sauvin, qui a été retenue.",
      ],
      {
        person: "Mélanie Godard",
        company: "Tuilerie Arbois",
        role: "directrice des achats",
        previous: ["Briqueterie Sauvin"],
      },
    ],
    [
      "'Nouvelle R chez C' then the person's sentence, whose first name the house's name runs into",
      [
        "Nouvelle directrice juridique chez Assurances Pélican Agathe Rivoire, dans la maison depuis 2010, devient directrice juridique.",
      ],
      { person: "Agathe Rivoire", company: "Assurances Pélican", role: "directrice juridique" },
    ],
    [
      "'Promotion interne chez C' over the person's sentence: the headline's common word is no house",
      [
        "Promotion interne chez Verrerie Solmont",
        "Agathe Rivoire, jusqu'alors cheffe d'atelier, est promue directrice de production.",
      ],
      {
        person: "Agathe Rivoire",
        company: "Verrerie Solmont",
        role: "directrice de production",
        kind: "promoted",
      },
    ],
    [
      "'Relève assurée chez C' then 'C'est X, transfuge de D, qui prend la succession de Y'",
      [
        "Relève assurée chez Tuilerie Arbois",
        "C'est Mélanie Godard, transfuge de Briqueterie Sauvin, qui prend la succession de Paul Ferrand comme directrice des achats.",
      ],
      {
        person: "Mélanie Godard",
        company: "Tuilerie Arbois",
        role: "directrice des achats",
        previous: ["Briqueterie Sauvin"],
      },
    ],
    [
      "'Montée en grade chez C' glued to a fronted post held until now",
      [
        "Montée en grade chez Brasserie Colvert Directeur adjoint depuis 2015, Anatole Ferrand devient directeur technique.",
      ],
      { person: "Anatole Ferrand", company: "Brasserie Colvert", role: "directeur technique" },
    ],
    [
      "'Passage de relais chez C' then 'Jusqu'ici chez D, X prend le relais de Y comme R'",
      [
        "Passage de relais chez Messageries Ondine",
        "Jusqu'ici chez Transports Gaillac, Bertille Rameau prend le relais de Rémi Castagnet comme directrice financière.",
      ],
      {
        person: "Bertille Rameau",
        company: "Messageries Ondine",
        role: "directrice financière",
        previous: ["Transports Gaillac"],
      },
    ],
    [
      "'Changement de cap à la direction de C' over the board that gives the post",
      [
        "Changement de cap à la direction de Minoterie Vasseur",
        "Le conseil a confié à Lucien Borda le poste de directeur général, avec effet au 2 mai.",
      ],
      { person: "Lucien Borda", company: "Minoterie Vasseur", role: "directeur général" },
    ],
    [
      "'Nouvelle tête pour la C' glued to a board's sentence",
      [
        "Nouvelle tête pour la Scierie Mortier Le conseil d'administration a nommé Gaston Prével directeur général.",
      ],
      { person: "Gaston Prével", company: "Scierie Mortier", role: "directeur général" },
    ],
    [
      "'Promotion interne chez C' over a person whose first name the lexicon lacks",
      [
        "Promotion interne chez Conserverie Lamballe",
        "Enguerrand Quintin est promu directeur industriel après huit ans comme adjoint.",
      ],
      { person: "Enguerrand Quintin", company: "Conserverie Lamballe", role: "directeur industriel" },
    ],
    [
      "'C : X aux commandes' over a body that names X again",
      [
        "Vergers Aubrac : Clémence Vauthier aux commandes",
        "Clémence Vauthier est nommée directrice générale au 1er mars. Passée par Cidrerie Lannec, elle y dirigeait les ventes.",
      ],
      { person: "Clémence Vauthier", company: "Vergers Aubrac", role: "directrice générale" },
    ],
  ];

  it.each(rows)("reads %s", (_, lines, expected) => {
    // a second item, so that the items stand between blank lines as in a real issue
    const text = [
      "LA LETTRE DES ATELIERS — n° 3",
      "",
      "CARNET DES ATELIERS",
      "",
      ...lines,
      "",
      "Retraite. Le verrier Marc Aubel-Sorin prend sa retraite.",
      "",
      "Agenda",
      "",
      "Salon le 4 mars.",
    ];
    const moves = parseIssueText(text.join("\n")).moves.map((m) => ({
      person: m.person,
      company: m.company,
      role: m.role,
      kind: m.kind,
      previous: m.previous_companies,
    }));
    expect(moves).toEqual([expect.objectContaining(expected)]);
  });

  it("leaves a body that does not speak of the headline's person for review", () => {
    const item =
      "Arrivée de Paul Ferrand chez Brasserie Colvert. La brasserie ouvre un second site à Lorvaux.";
    expect(headlineBodySentence(item)).toBeNull();
    const issue = parseIssueText(["CARNET", "", "NOMINATIONS", "", item, "", "Agenda", "", "x."].join("\n"));
    expect(issue.moves).toEqual([]);
    expect(JSON.stringify(issue.unread)).toContain("Paul Ferrand");
  });

  it("takes the section's own heading over an item's one-word headline below it", () => {
    const issue = parseIssueText(
      [
        "LA LETTRE DES ATELIERS",
        "",
        "CARNET DES ATELIERS",
        "",
        "Arrivée de Bertille Rameau",
        "L'ex-directrice financière de Transports Gaillac rejoint Messageries Ondine au même poste.",
        "",
        "Nomination",
        "Verrerie Solmont a nommé Rémi Castagnet directeur commercial.",
        "",
        "AGENDA",
        "4 mars — Salon des ateliers",
      ].join("\n"),
    );
    expect(issue.moves.map((m) => m.person)).toEqual(["Bertille Rameau", "Rémi Castagnet"]);
  });

  // English items: the colon with no space before it, a participle without "was", a verb in the present,
  // a seat on the label's board; an item of no move (an interim, a prize) stays unread
  const ENGLISH_ITEMS: { item: string; want: Partial<ReturnType<typeof recordsOf>[number]> | null }[] = [
    {
      item: "Alpine Cableways Group: Ingrid Solberg-Moe promoted to operations director, replacing Piet Varnier-Dael.",
      want: {
        person: "Ingrid Solberg-Moe",
        company: "Alpine Cableways Group",
        role: "operations director",
        kind: "promoted",
        predecessor: "Piet Varnier-Dael",
      },
    },
    {
      item: "Mountain Huts Trust: Callum Fairweather becomes general secretary.",
      want: { person: "Callum Fairweather", company: "Mountain Huts Trust", role: "general secretary" },
    },
    {
      item: "Snowline Rentals: Oona Kettunen joins as head of fleet from Piste Logistics Ltd.",
      want: {
        person: "Oona Kettunen",
        company: "Snowline Rentals",
        role: "head of fleet",
        kind: "joined",
        previous: ["Piste Logistics Ltd"],
      },
    },
    {
      item: "Snowline Rentals: Brigid Hallorann joins the supervisory board.",
      want: {
        person: "Brigid Hallorann",
        company: "Snowline Rentals",
        role: "member of the supervisory board",
        kind: "appointed",
      },
    },
    {
      item: "Mountain Huts Trust: Dougal Pryce, head of safety, will act as interim leader.",
      want: null,
    },
  ];
  for (const { item, want } of ENGLISH_ITEMS)
    it(`reads an English item as the sentence it stands for (${item})`, () => {
      const moves = movesOf([item]);
      if (want) expect(moves).toEqual([expect.objectContaining(want)]);
      else expect(moves).toEqual([]);
    });
});
