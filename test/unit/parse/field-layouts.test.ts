// Field layouts (jobs/parse/field-layouts.ts): a move told as labelled fields or columns rather than a
// sentence. Every person and company here is invented for these tests; the cases vary the arrow glyph,
// the label words, their order and the table's separator, so that the reading rests on the lexicon
// (jobs/parse/lexicon/fields.ts), not on one newsletter's spelling.

import { describe, expect, it } from "@jest/globals";
import { digestArrowLine, readFieldRecord, rewriteFieldTables } from "../../../jobs/parse/field-layouts.ts";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { findMouvementsSection } from "../../../jobs/parse/section.ts";
import { expectMoves, issueAround } from "./issue-text.ts";

const NEWS = [
  "LA GAZETTE DU ROULEMENT — lettre n° 12",
  "",
  "Marché — Les ventes de roulements progressent de 3 %",
  "La demande des éoliennes tire le secteur, selon la fédération.",
  "",
];

const issue = (heading: string, body: string[]) =>
  issueAround(body, {
    before: NEWS,
    heading,
    spaced: false,
    after: ["Agenda", "", "Le salon du roulement ouvre le 4 mars à Lyon."],
  });

describe("arrow lines", () => {
  it.each(["→", "➜", "->", "=>", "»", "▸"])(
    "reads 'X (ex-A) %s titre de B' under a heading of any words",
    (glyph) => {
      const text = issue("LES PARCOURS DU MOIS", [
        `Solène Brabant-Okafor (ex-Tournerie Vidal) ${glyph} directrice générale de Roulements Ferval`,
        `Gaspard Nivelle-Adou (ex-Axilor Mécanique) ${glyph} directeur financier de Tournerie Vidal`,
      ]);
      expectMoves(text, [
        {
          person: "Solène Brabant-Okafor",
          role: "directrice générale",
          company: "Roulements Ferval",
          kind: "joined",
          previous: ["Tournerie Vidal"],
        },
        {
          person: "Gaspard Nivelle-Adou",
          role: "directeur financier",
          company: "Tournerie Vidal",
          kind: "joined",
          previous: ["Axilor Mécanique"],
        },
      ]);
    },
  );

  it("takes a house named alone before the arrow for a promotion, and a line under it for the rest", () => {
    const text = issue("ILS CHANGENT DE BUREAU", [
      "Aurore Delmas-Kouassi (Roulements Ferval) → directrice des achats de Roulements Ferval",
      "   Elle remplace Hubert Caradec-Mensah, parti à la retraite.",
      "Loïc Tanguy-Abiola (Roulements Ferval) → directeur général de Ferval Italia, la filiale italienne",
    ]);
    expectMoves(text, [
      {
        person: "Aurore Delmas-Kouassi",
        role: "directrice des achats",
        company: "Roulements Ferval",
        kind: "promoted",
        previous: [],
        predecessor: "Hubert Caradec-Mensah",
      },
      {
        person: "Loïc Tanguy-Abiola",
        role: "directeur général",
        company: "Ferval Italia",
        kind: "promoted",
        previous: ["Roulements Ferval"],
      },
    ]);
  });

  it("reads '@' as the employer and an origin closing the post", () => {
    const text = issue("TRAJECTOIRES", [
      "Noémie Castagnet-Uzor ➜ CTO @ Pivolabs (ex-Gridmaker, ex-Tessaly)",
      "Bruno Ferrandi-Osei ➜ COO @ Gridmaker (ex-Pivolabs)",
    ]);
    expectMoves(text, [
      {
        person: "Noémie Castagnet-Uzor",
        role: "CTO",
        company: "Pivolabs",
        kind: "joined",
        previous: ["Gridmaker", "Tessaly"],
      },
      { person: "Bruno Ferrandi-Osei", role: "COO", company: "Gridmaker", previous: ["Pivolabs"] },
    ]);
  });

  it("reads a bulleted arrow line whose post names the employer first", () => {
    const text = issue("MERCATO", [
      "▪ Mme Capucine Lormeau-Eze (ex-Tessaly) ▸ Pivolabs, directrice marketing",
      "▪ Firmin Quéré-Abeyi (ex-Gridmaker) ▸ Tessaly (responsable des ventes)",
    ]);
    expectMoves(text, [
      {
        person: "Capucine Lormeau-Eze",
        role: "directrice marketing",
        company: "Pivolabs",
        previous: ["Tessaly"],
      },
      {
        person: "Firmin Quéré-Abeyi",
        role: "responsable des ventes",
        company: "Tessaly",
        previous: ["Gridmaker"],
      },
    ]);
  });
});

describe("arrow lines whose post is told in cells", () => {
  it.each(["→", "->", "⇒"])(
    "reads 'X (ex-A) %s titre, Employeur, à la place de Y. Sentence.' as the title, its employer and the one replaced",
    (glyph) => {
      const text = issue("PASSAGES DE RELAIS", [
        `Solène Brabant-Okafor (ex-conseil départemental de la Marvelle) ${glyph} directrice de l'autonomie, conseil départemental de la Sorgue. L'intérim était assuré par Hugo Lenoir-Aka.`,
        "",
        `Gaspard Nivelle-Adou (adjoint) ${glyph} directeur, Les Tilleuls Bleus, à la place de Solène Brabant-Okafor.`,
        "",
        `Firmin Quéré-Abeyi (ex-responsable des achats de la caisse régionale de la Sorgue) ${glyph} directeur des achats, Roulements Ferval. Il succède à Denis Moreau-Achebe, parti en retraite.`,
      ]);
      expectMoves(text, [
        {
          person: "Solène Brabant-Okafor",
          role: "directrice de l'autonomie",
          company: "conseil départemental de la Sorgue",
          kind: "joined",
          previous: ["conseil départemental de la Marvelle"],
        },
        {
          person: "Gaspard Nivelle-Adou",
          role: "directeur",
          company: "Les Tilleuls Bleus",
          kind: "promoted",
          previous: [],
          predecessor: "Solène Brabant-Okafor",
        },
        {
          person: "Firmin Quéré-Abeyi",
          role: "directeur des achats",
          company: "Roulements Ferval",
          kind: "joined",
          predecessor: "Denis Moreau-Achebe",
        },
      ]);
    },
  );

  it("keeps a description after the title's own employer with the title, not as the employer", () => {
    const text = issue("LES PARCOURS DU MOIS", [
      "Loïc Tanguy-Abiola (ex-Tournerie Vidal) → directeur général de Ferval Italia, la filiale italienne du groupe",
      "Gaspard Nivelle-Adou (ex-Axilor Mécanique) → directeur financier de Tournerie Vidal",
    ]);
    expectMoves(text, [
      {
        person: "Loïc Tanguy-Abiola",
        role: "directeur général",
        company: "Ferval Italia",
        previous: ["Tournerie Vidal"],
      },
    ]);
  });
});

describe("labelled fields", () => {
  it.each([
    ["Qui", "Quoi", "D'où", "Remplace"],
    ["Nom", "Poste", "Précédemment", "Succède à"],
    ["Personne", "Fonction", "Venu(e) de", "Prédécesseur"],
  ])("reads blocks labelled %s / %s / %s / %s", (who, what, from, replaces) => {
    const text = issue("LE JEU DES FAUTEUILS", [
      `${who} : Ophélia Granger-Mbeki`,
      `${what} : directrice commerciale de Cartonnerie Lebreton`,
      `${from} : Emballages Savary`,
      `${replaces} : Denis Moreau-Achebe`,
      "",
      `${who} : Timothée Raffin-Dossou`,
      `${what} : directeur industriel de Cartonnerie Lebreton`,
      `${from} : promu, il dirigeait l'usine de Vire`,
    ]);
    expectMoves(text, [
      {
        person: "Ophélia Granger-Mbeki",
        role: "directrice commerciale",
        company: "Cartonnerie Lebreton",
        kind: "joined",
        previous: ["Emballages Savary"],
        predecessor: "Denis Moreau-Achebe",
      },
      {
        person: "Timothée Raffin-Dossou",
        role: "directeur industriel",
        company: "Cartonnerie Lebreton",
        kind: "promoted",
        previous: [],
      },
    ]);
  });

  it("reads the fields in another order, with the employer in a field of its own and no blank lines", () => {
    const text = issue("Carnet", [
      "Nom : Héloïse Varenne-Adjei",
      "Société : Filatures du Ried",
      "Rôle : directrice des ressources humaines",
      "Avant : —",
      "Nom : Corentin Bisset-Nwosu",
      "Entreprise : Filatures du Ried",
      "Poste : responsable maintenance",
      "Ex : Tissages Marlier",
    ]);
    expectMoves(text, [
      {
        person: "Héloïse Varenne-Adjei",
        role: "directrice des ressources humaines",
        company: "Filatures du Ried",
        kind: "appointed",
        previous: [],
      },
      {
        person: "Corentin Bisset-Nwosu",
        role: "responsable maintenance",
        company: "Filatures du Ried",
        previous: ["Tissages Marlier"],
      },
    ]);
  });

  it("reads several fields on one line", () => {
    const record = readFieldRecord(
      "Qui : Maëva Lherbier-Osei ; Fonction : directrice juridique ; Chez : Brasseries Kerjean ; Ex : Cidrerie Le Goff",
    );
    expect(record).toMatchObject({
      person: "Maëva Lherbier-Osei",
      post: "directrice juridique",
      company: "Brasseries Kerjean",
      origin: "Cidrerie Le Goff",
    });
  });

  it.each([
    ["Caisse mutuelle des Alpes (CMA)", "Caisse mutuelle des Alpes"],
    ["Ferlog Aménagement (SEM)", "Ferlog Aménagement"],
    ["Verrerie du Pic (ex-Cristaux Roy)", "Verrerie du Pic"],
    ["Talvia (Groupe Kargo)", "Talvia (Groupe Kargo)"],
  ])(
    "reads the house of '%s' as '%s' (an acronym or a legal kind in brackets is no part of it)",
    (cell, house) => {
      const record = readFieldRecord(`Nom : Anne Roy ; Poste : directrice des risques ; Société : ${cell}`);
      expect(record).toMatchObject({ person: "Anne Roy", company: house });
    },
  );
});

describe("field cards", () => {
  it.each([
    ["?", "— — —"],
    ["?", "* * *"],
    [":", "-----"],
    ["?", ""],
  ])("reads cards labelled 'Label %s' parted by '%s'", (mark, rule) => {
    const text = issue("FICHES DU TRIMESTRE", [
      `Qui ${mark} Bérénice Arnoult-Diop`,
      `Quoi ${mark} directrice technique`,
      `Où ${mark} Verrerie Castelmaure`,
      `D'où ${mark} Miroiterie Gendreau ; Cristaux Lamotte`,
      `À la place de ${mark} Fabien Orsoni`,
      "",
      ...(rule ? [rule, ""] : []),
      `Qui ${mark} Léandre Quesnel`,
      `Quoi ${mark} responsable des fours`,
      `Où ${mark} Verrerie Castelmaure`,
      `D'où ${mark} De la maison : il y était chef d'équipe`,
      `Arrivée ${mark} 3 février`,
    ]);
    expectMoves(text, [
      {
        person: "Bérénice Arnoult-Diop",
        role: "directrice technique",
        company: "Verrerie Castelmaure",
        kind: "joined",
        previous: ["Miroiterie Gendreau", "Cristaux Lamotte"],
        predecessor: "Fabien Orsoni",
      },
      {
        person: "Léandre Quesnel",
        role: "responsable des fours",
        company: "Verrerie Castelmaure",
        kind: "promoted",
        previous: [],
      },
    ]);
  });

  it("keeps the date of arrival out of the employer's field", () => {
    const record = readFieldRecord(
      "Nom : Salomé Vautrin. Fonction : directrice export. Structure : Fromageries Dornier. Arrivée : 1er mars",
    );
    expect(record).toMatchObject({ person: "Salomé Vautrin", company: "Fromageries Dornier" });
  });

  it("keeps a title as the card writes it, whatever the mover's first name", () => {
    const text = issue("NOMINATIONS — fiches", [
      "Nom : Margaux Villeret",
      "Fonction : directeur administratif",
      "Structure : Papeteries Obrecht",
      "Précédemment : Cartonnages Rivoire",
    ]);
    expectMoves(text, [
      { person: "Margaux Villeret", role: "directeur administratif", company: "Papeteries Obrecht" },
    ]);
  });

  it("reads the mover when the house left has a first name inside its name", () => {
    const text = issue("NOMINATIONS — fiches", [
      "Qui ? Clotilde Fabregas",
      "Quoi ? directrice générale",
      "Où ? Jardins Sauvignat",
      "D'où ? Paysages Martin Delorme",
    ]);
    const parsed = parseIssueText(text);
    expect(parsed.moves.map((m) => m.person)).toEqual(["Clotilde Fabregas"]);
    expectMoves(text, [
      {
        person: "Clotilde Fabregas",
        role: "directrice générale",
        company: "Jardins Sauvignat",
        previous: ["Paysages Martin Delorme"],
      },
    ]);
  });
});

describe("tables", () => {
  it.each([
    ["; ", ["Nom", "Poste", "Société", "Précédemment"]],
    [" | ", ["Société", "Nom", "Précédemment", "Fonction"]],
    ["\t", ["Qui", "Chez", "Poste", "Venu de"]],
  ])(
    "reads rows under a header naming its columns, separated by %j, in the order %j",
    (separator, header) => {
      const rows = [
        {
          Nom: "Armelle Quentric-Bako",
          Poste: "directrice générale",
          Société: "Grues Lavallée",
          Précédemment: "Levage Morvan (directrice régionale)",
        },
        {
          Nom: "Yanis Bellocq-Amadi",
          Poste: "directeur technique",
          Société: "Grues Lavallée",
          Précédemment: "promu",
        },
        { Nom: "Olga Serrurier-Diop", Poste: "directrice RSE", Société: "Levage Morvan", Précédemment: "—" },
      ];
      const same: Record<string, keyof (typeof rows)[number]> = {
        Nom: "Nom",
        Qui: "Nom",
        Poste: "Poste",
        Fonction: "Poste",
        Société: "Société",
        Chez: "Société",
        Précédemment: "Précédemment",
        "Venu de": "Précédemment",
      };
      const text = issue("TABLEAU DES ARRIVÉES", [
        header.join(separator),
        ...rows.map((row) => header.map((label) => row[same[label]!]).join(separator)),
      ]);
      expectMoves(text, [
        {
          person: "Armelle Quentric-Bako",
          role: "directrice générale",
          company: "Grues Lavallée",
          kind: "joined",
          previous: ["Levage Morvan"],
        },
        {
          person: "Yanis Bellocq-Amadi",
          role: "directeur technique",
          company: "Grues Lavallée",
          kind: "promoted",
          previous: [],
        },
        {
          person: "Olga Serrurier-Diop",
          role: "directrice RSE",
          company: "Levage Morvan",
          kind: "appointed",
        },
      ]);
    },
  );

  it("reads a first name and a surname in two columns, and a column of no known label", () => {
    const text = issue("NOUVELLES RECRUES", [
      "Prénom | Nom | Fonction | Date | Entreprise | Ex",
      "Bérénice | Jolivet-Anane | directrice des opérations | 1er mars | Verreries Sauvat | Cristallerie Morel",
      "Théo | Kerbiriou-Nkemelu | directeur financier | 15 mars | Verreries Sauvat | promu",
    ]);
    expectMoves(text, [
      {
        person: "Bérénice Jolivet-Anane",
        role: "directrice des opérations",
        company: "Verreries Sauvat",
        previous: ["Cristallerie Morel"],
      },
      {
        person: "Théo Kerbiriou-Nkemelu",
        role: "directeur financier",
        company: "Verreries Sauvat",
        kind: "promoted",
      },
    ]);
  });

  it("keeps a Markdown table's rows apart from its rule, and leaves other lines alone", () => {
    const lines = rewriteFieldTables([
      "| Nom | Poste | Entreprise |",
      "|---|---|---|",
      "| Lise Marchetti-Owusu | directrice financière | Verreries Sauvat |",
      "",
      "Le reste de la lettre.",
    ]);
    expect(lines).toEqual([
      "Nom : Lise Marchetti-Owusu ; Poste : directrice financière ; Entreprise : Verreries Sauvat",
      "",
      "",
      "Le reste de la lettre.",
    ]);
  });

  it("lists nothing as left when the cell says the post is kept", () => {
    const text = issue("TABLEAU", [
      "Nom ; Fonction ; Organisme ; Précédemment",
      "Gilles Hamon-Sarr ; président ; Fédération des loueurs de l'Ouest ; gérant de Hamon Levage, qu'il continue de diriger",
      "Nadège Pelletier-Ako ; vice-présidente ; Fédération des loueurs de l'Ouest ; présidente sortante",
    ]);
    expectMoves(text, [
      {
        person: "Gilles Hamon-Sarr",
        role: "président",
        company: "Fédération des loueurs de l'Ouest",
        kind: "appointed",
        previous: [],
      },
      {
        person: "Nadège Pelletier-Ako",
        role: "vice-présidente",
        company: "Fédération des loueurs de l'Ouest",
        kind: "appointed",
        previous: [],
      },
    ]);
  });
});

describe("what a field layout gives and the parser cannot fill", () => {
  it("shows a record with no employer in the review queue, with its person", () => {
    const text = issue("LE JEU DES FAUTEUILS", [
      "Qui : Ambroise Lécuyer-Nana",
      "Quoi : directeur général",
      "D'où : Menuiseries Gavrel",
      "",
      "Qui : Ophélia Granger-Mbeki",
      "Quoi : directrice commerciale de Cartonnerie Lebreton",
      "D'où : Emballages Savary",
    ]);
    const parsed = parseIssueText(text);
    expect(parsed.moves.map((m) => m.person)).not.toContain("Ambroise Lécuyer-Nana");
    const unread = parsed.unread!.find((u) => u.paragraph.includes("Ambroise Lécuyer-Nana"));
    expect(unread).toBeDefined();
    expect(unread!.candidates.people).toContain("Ambroise Lécuyer-Nana");
  });

  it("finds a section of arrow lines under a heading that names no moves", () => {
    const section = findMouvementsSection(
      issue("➜ CE QUI A BOUGÉ", [
        "Solène Brabant-Okafor (ex-Tournerie Vidal) → directrice générale de Roulements Ferval",
        "Gaspard Nivelle-Adou (ex-Axilor Mécanique) → directeur financier de Tournerie Vidal",
      ]),
    );
    expect(section.found).toBe(true);
    expect(section.paragraphs).toHaveLength(2);
  });
});

// A digest's arrow shapes other than "X (ex-A) → B, post", under a legend ("➜ passe de… à… ; ← recrute ;
// > changement de maison"): each is read as that one, the house left the origin.
describe("digest arrow lines", () => {
  it.each([
    ["Tuilerie Fauvel ➜ Briques d'Ardan : Odon Vasseur, chef de four", "Odon Vasseur", "ex-Tuilerie Fauvel"],
    [
      "• Cartonnages Mérel ➔ Emballix : Sylvie LEGRAND-PAU, acheteuse",
      "Sylvie LEGRAND-PAU",
      "ex-Cartonnages Mérel",
    ],
    [
      "Vergers du Lot ← Malik Benarous (Pomme Verte), responsable qualité",
      "Malik Benarous",
      "ex-Pomme Verte",
    ],
    [
      "Aude de La ROCHEFORT : Atelier Brun > Forges Olive (directrice technique)",
      "Aude de La ROCHEFORT",
      "ex-Atelier Brun",
    ],
  ])("%s", (line, person, origin) => {
    const record = readFieldRecord(line);
    expect(record?.person).toBe(person);
    expect(record?.origin).toBe(origin);
  });

  it.each([
    // the same house on both sides is a promotion the digest tells in its own way: left as written
    "Paul Grimaud : Forges Olive > Forges Olive (soudeur → chef d'atelier)",
    // a sentence, not a digest line
    "Le marché progresse : les ventes > 3 % (selon la fédération)",
  ])("leaves %s as written", (line) => {
    expect(digestArrowLine(line)).toBe(line);
  });
});
