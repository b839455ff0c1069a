// The section is found by the shape of its heading, not by a list of the headings seen so far:
// a short line, set apart or shouted, whose first words name a people-moves section.

import { describe, expect, it } from "@jest/globals";
import { findMouvementsSection, isSectionTitle } from "../../../jobs/parse/section.ts";

describe("section headings by their shape", () => {
  it.each([
    "+ NOMINATIONS DE LA SEMAINE",
    "Nominations",
    "Les nominations de la semaine",
    "+ NOMINATIONS, avec Altaïde, cabinet de recrutement",
    "Nominations — avec le cabinet Exemple",
    "Carnet",
    "CARNET",
    "Le carnet",
    "Carrières",
    "Ils bougent",
    "Elles & ils bougent",
    "🚀 Ils bougent",
    "## Nominations",
    "Qui bouge où ?",
    "Mercato",
    "Arrivées et départs",
    "Nominations du mois",
    "📌 TALENT MOVES — ce que les cabinets ont annoncé cette semaine",
    "People moves",
  ])("takes %j for the heading", (line) => {
    expect(isSectionTitle(line)).toBe(true);
  });

  it.each([
    "Nominations : la place des femmes progresse dans les comités",
    "Les nominations se multiplient dans le secteur bancaire en 2025",
    "Carnet de voyage à Lisbonne pour découvrir la ville",
    "Le carnet de commandes du constructeur est plein pour trois ans et demi",
  ])("does not take the headline %j for the heading", (line) => {
    expect(isSectionTitle(line)).toBe(false);
  });

  it("reads the section under such a heading up to the next one", () => {
    const text =
      "La Lettre du Fret — n° 8\n\n+ À LA UNE\n\nLes nominations se multiplient.\n\n🚀 Ils bougent\n\n" +
      "MAËLLE FOURNIER rejoint Corvania en tant que directrice juridique.\n\n## Agenda\n\nSalon du fret.";
    expect(findMouvementsSection(text)).toEqual({
      found: true,
      paragraphs: ["MAËLLE FOURNIER rejoint Corvania en tant que directrice juridique."],
    });
  });

  it("prefers a Mouvements heading when the issue has one", () => {
    const text = "Carrières\n\nOffres d'emploi.\n\n+ MOUVEMENTS\n\nUn.\n\n+ AGENDA\n\nDeux.";
    expect(findMouvementsSection(text).paragraphs).toEqual(["Un."]);
  });
});

describe("the moves section found by what it holds", () => {
  it("takes a heading of any words over paragraphs that read like moves, up to the next short heading", () => {
    const text =
      "LA LETTRE DU FRET\n\nFret : les volumes reculent.\n\nQUI VA OÙ ?\n\n" +
      "Anne Roy rejoint Corvania comme directrice juridique.\n\n" +
      "Marc Lin est nommé directeur financier de Kargo Rail.\n\nAGENDA\n\nSalon du fret, avec Léa Vidal.";
    expect(findMouvementsSection(text)).toEqual({
      found: true,
      paragraphs: [
        "Anne Roy rejoint Corvania comme directrice juridique.",
        "Marc Lin est nommé directeur financier de Kargo Rail.",
      ],
    });
  });

  it.each(["--- ILS PRENNENT LE VOLANT ---", "=== QUI VA OÙ ===", "~~ Ils changent de poste ~~"])(
    "takes a heading drawn between two rules, %j, over all the paragraphs under it",
    (heading) => {
      const paragraphs = [
        "Anne Roy rejoint Corvania comme directrice juridique.",
        "Marc Lin est nommé directeur financier de Kargo Rail.",
        "Le trophée de l'année est revenu à Vitraux Ambroisie.",
        "Léa Vidal devient directrice générale de Tolvane.",
        "Paul Sorel rejoint Quarvelle comme directeur commercial.",
      ];
      const text = `LA LETTRE DU FRET\n\nFret : les volumes reculent.\n\n${heading}\n\n${paragraphs.join("\n\n")}\n\nAGENDA\n\nSalon du fret.`;
      expect(findMouvementsSection(text).paragraphs).toEqual(paragraphs);
    },
  );

  it.each(["ILS ONT JETÉ L'ANCRE (DANS UN NOUVEAU PORT)", "Elles prennent la barre (et le large)"])(
    "takes a heading whose pun carries a gloss in brackets, %j, over all the paragraphs under it",
    (heading) => {
      const paragraphs = [
        "Anne Roy rejoint Corvania comme directrice juridique.",
        "« Le métier change vite », souligne Hugo Bernier, président de la fédération.",
        "Marc Lin est nommé directeur financier de Kargo Rail.",
        "Depuis le 3 mars, Léa Vidal, ex-Tolvane, est directrice générale de Quarvelle.",
        "Paul Sorel rejoint Quarvelle comme directeur commercial.",
      ];
      const text = `LA LETTRE DU PORT\n\nPort : les escales reculent.\n\n${heading}\n\n${paragraphs.join("\n\n")}\n\nAGENDA\n\nSalon nautique.`;
      expect(findMouvementsSection(text).paragraphs).toEqual(paragraphs);
    },
  );

  it("does not take a news section that mentions one move for the moves section", () => {
    const text =
      "À LA UNE\n\nLes grèves perturbent le trafic, et Claire Dupont rejoint le cortège comme porte-parole.\n\n" +
      "LEVÉES DE FONDS\n\nLumen Analytics lève 5 millions d'euros.";
    expect(findMouvementsSection(text).found).toBe(false);
  });
});

describe("a known heading glued in the middle of a flattened line", () => {
  it("finds '+ MOUVEMENTS, avec <sponsor>' mid-line and starts the first item after the sponsor", () => {
    const text =
      "LE FIL DES PORTS\n\nLe terminal de Vaubrune double sa capacité. Les travaux dureront deux ans. " +
      "+ MOUVEMENTS, avec Quillard, cabinet de conseil RH ODILE MARCHETTI rejoint Portenza comme directrice des achats. " +
      "Elle était chez Navimer.\n\nBASILE HUREAU devient directeur financier de Docklane.\n\n+ AGENDA\n\nSalon des ports.";
    expect(findMouvementsSection(text)).toEqual({
      found: true,
      paragraphs: [
        "ODILE MARCHETTI rejoint Portenza comme directrice des achats. Elle était chez Navimer.",
        "BASILE HUREAU devient directeur financier de Docklane.",
      ],
    });
  });

  it("ends the sponsor at a name in normal case or a sentence opener", () => {
    const named = findMouvementsSection(
      "Brève sur le fret. + MOUVEMENTS avec le soutien de Trévalis Odile Marchetti rejoint Portenza.",
    );
    expect(named.paragraphs).toEqual(["Odile Marchetti rejoint Portenza."]);
    const opener = findMouvementsSection(
      "Brève sur le fret. + NOMINATIONS DE LA SEMAINE, par Trévalis Le transporteur Docklane nomme Basile Hureau.",
    );
    expect(opener.paragraphs).toEqual(["Le transporteur Docklane nomme Basile Hureau."]);
  });

  it("takes a heading at the end of a line with its sponsor, and the items on the lines after it", () => {
    const text =
      "Un chiffre : 40 % des flottes sont électriques. + MOUVEMENTS avec le soutien de Trévalis, cabinet de chasse IT\n\n" +
      "Odile Marchetti rejoint Portenza comme directrice des achats.\n\nAGENDA\n\nSalon.";
    expect(findMouvementsSection(text).paragraphs).toEqual([
      "Odile Marchetti rejoint Portenza comme directrice des achats.",
    ]);
  });

  it("leaves prose alone: a '+' before a figure or a section name that is not shouted", () => {
    const text =
      "Les ventes progressent + 12 % sur un an. Le groupe publie + nominations au conseil, selon la presse.\n\nFin.";
    expect(findMouvementsSection(text).found).toBe(false);
  });
});

// Layouts of test/fixtures/parse/layouts-*: a heading of the section lexicon in any dress, no heading
// at all, a heading glued after a sentence in a flattened issue, and what ends the section.
describe("the moves section in any layout", () => {
  const items =
    "Anselme Vidrac est nommé directeur financier de Tolvane.\n\n" +
    "Pauline Ressaguet rejoint Quarvelle en tant que directrice juridique.";
  const found = (text: string) => findMouvementsSection(text).paragraphs;

  it.each([
    "Carnet des dirigeants",
    "Ça bouge chez nos adhérents",
    "Ils ont été nommés",
    "Elles et ils changent de poste",
    "Vu sur LinkedIn",
    "[ MOUVEMENTS ]",
    "—— NOMINATIONS ——",
    "LES 3 NOMINATIONS À RETENIR",
    "Côté nominations :",
    "## Carnet RH",
    // a subtitle after a dash
    "QUI VA OÙ ? — LE CARNET DU FRET",
    "Vu sur LinkedIn — les annonces de la semaine",
    "Ça bouge chez nos adhérents – la sélection du mois",
    // the section's name after a shouted rubric's pun, whatever they change
    "🎾 BALLES DE MATCH : ILS CHANGENT DE CLUB",
    "✦ TUYAUX & VERRIÈRES — ILS CHANGENT D'ATELIER ✦",
    "✈️ CHANGEMENTS D'ÉQUIPAGE",
    // a rubric, a colon, then the section's name in small letters
    "Côté ruches : qui fait quoi",
    "Carnet : ils changent de poste",
    "À la une : le nouveau bureau",
    "Assemblée générale : le conseil d'administration renouvelé",
  ])("reads the items under %j", (heading) => {
    const text = `LA LETTRE DU FRET\n\nLes volumes reculent de 3 %.\n\n${heading}\n\n${items}\n\nAGENDA\n\nSalon du fret.`;
    expect(found(text)).toEqual(items.split("\n\n"));
  });

  it("reads on past a rule ('* * *') between two runs of items", () => {
    const [first, ...rest] = items.split("\n\n");
    const text = `LA LETTRE DU FRET\n\n+ MOUVEMENTS\n\n${first}\n\n* * *\n\n${rest.join("\n\n")}\n\nAGENDA\n\nSalon du fret.`;
    expect(found(text)).toEqual(items.split("\n\n"));
  });

  it("reads on past a rubric of briefs whose paragraphs are moves too", () => {
    const briefs =
      "Léa Vidal rejoint Kargo Rail comme directrice des achats.\n\n" +
      "Marc Lin est nommé directeur commercial de Ferlog.";
    const text = `LA LETTRE DU FRET\n\n+ MOUVEMENTS\n\n${items}\n\nEN BREF AUSSI\n\n${briefs}\n\nAGENDA\n\nSalon du fret.`;
    expect(found(text)).toEqual([...items.split("\n\n"), ...briefs.split("\n\n")]);
  });

  // (issue 13, session 21: verbless headline items under "EN BREF" were left out of the section, two
  // movers nobody saw)
  it.each([
    [
      "a house left in brackets and a death notice",
      "• Tonnellerie Vauclair : Inès Morvan, responsable export (ex-Merrains du Causse)\n\n" +
        "• Bois Ferrand : Hugo Brissac, DRH (promotion interne)\n\n" +
        "Carnet noir : Jean Sorel, fondateur de Bois Ferrand, s'est éteint le 2 mars.",
    ],
    [
      "posts in apposition alone",
      "• Sucrerie Montval : Odile Ferrand, directrice administrative et financière\n\n" +
        "• Verrerie Castagnol : Paul Arnaud, directeur des systèmes d'information",
    ],
  ])("reads on past a rubric of briefs told as headline items with no verb: %s", (_, briefs) => {
    const text = `LA LETTRE DU FRET\n\n+ MOUVEMENTS\n\n${items}\n\nEN BREF\n\n${briefs}\n\nAGENDA\n\nSalon du fret.`;
    expect(found(text)).toEqual([...items.split("\n\n"), ...briefs.split("\n\n")]);
  });

  it("ends the section at a rubric of briefs whose labelled items are news", () => {
    const briefs =
      "• Tonnellerie Vauclair : un nouvel atelier de 2 000 m² ouvrira en juin.\n\n" +
      "• Bois Ferrand : le chiffre d'affaires progresse de 8 %.";
    const text = `LA LETTRE DU FRET\n\n+ MOUVEMENTS\n\n${items}\n\nEN BREF\n\n${briefs}\n\nAGENDA\n\nSalon du fret.`;
    expect(found(text)).toEqual(items.split("\n\n"));
  });

  it("ends the section at a short heading over news", () => {
    const text = `LA LETTRE DU FRET\n\n+ MOUVEMENTS\n\n${items}\n\nEN COULISSES\n\nLes volumes reculent de 3 %.\n\nLe port de Tolvane rouvre ses quais.`;
    expect(found(text)).toEqual(items.split("\n\n"));
  });

  it("does not take a shouted headline after a rubric's colon for the heading", () => {
    const text = `LA LETTRE\n\nFRET : LES VOLUMES RECULENT\n\nLes trains roulent moins.\n\nAGENDA\n\nSalon.`;
    expect(findMouvementsSection(text).found).toBe(false);
  });

  it.each(["Miel : le nouveau bureau de poste de Brévaux", "Ruches : qui fait quoi dans la filière"])(
    "does not take a rubric whose words after the colon are more than a section's name: %j",
    (heading) => {
      const text = `LA LETTRE\n\n${heading}\n\nLes ruches comptent 46 % de reines neuves.\n\nAGENDA\n\nSalon.`;
      expect(findMouvementsSection(text).found).toBe(false);
    },
  );

  it("does not take a headline of the lexicon's words over news for the section", () => {
    const text =
      "LA LETTRE\n\nNominations : la parité progresse\n\nLes conseils comptent 46 % de femmes.\n\nAGENDA\n\nSalon.";
    expect(findMouvementsSection(text).found).toBe(false);
  });

  it.each(["• ", "– ", "▪ ", "→ ", "[Nomination] ", ""])(
    "finds a run of items opening on %j with no heading, and leaves the news and the footer out",
    (bullet) => {
      const text =
        "LA LETTRE DU FRET\n\nLes volumes reculent de 3 %.\n\n" +
        items
          .split("\n\n")
          .map((item) => bullet + item)
          .join("\n\n") +
        "\n\nVous recevez cette lettre car vous y êtes abonné. Se désinscrire";
      const paragraphs = found(text);
      expect(paragraphs.filter((p) => p.includes("Tolvane") || p.includes("Quarvelle"))).toHaveLength(2);
      expect(paragraphs.join(" ")).not.toContain("Se désinscrire");
    },
  );

  it("needs two paragraphs that read like moves to take a section without a heading", () => {
    const text =
      "LA LETTRE\n\nLes volumes reculent.\n\nAnselme Vidrac est nommé directeur financier de Tolvane.";
    expect(findMouvementsSection(text).found).toBe(false);
  });

  it("cuts a flattened issue at a shouted name after a sentence, and ends it at the next one", () => {
    const text =
      "LA LETTRE DU VIN — Les vendanges sont précoces. NOMINATIONS Anselme Vidrac est nommé directeur " +
      "financier de Tolvane. AGENDA Le 4 novembre, salon des vins.";
    expect(found(text)).toEqual(["Anselme Vidrac est nommé directeur financier de Tolvane."]);
  });

  it("ends the section at a decorated agenda heading, an ad or the footer", () => {
    for (const end of [
      "—— AGENDA ——",
      "📅 À NOTER",
      "Publicité",
      "Vous recevez cet e-mail car vous êtes inscrit.",
    ]) {
      const text = `LETTRE\n\nNominations\n\n${items}\n\n${end}\n\nLe 4 novembre, salon avec Odon Farrel.`;
      expect(found(text)).toEqual(items.split("\n\n"));
    }
  });
});

describe("an item's bullet before 'Chez C,'", () => {
  it.each(["• ", "◆ ", "▪ ", "→ ", "– "])("is no part of the item %j reads", async (bullet) => {
    const { parseIssueText } = await import("../../../jobs/parse/index.ts");
    const issue = parseIssueText(
      `L\n\n+ MOUVEMENTS\n\n${bullet}Chez Tolvane, Odon Farrel est promu directeur technique.\n`,
    );
    expect(issue.moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Odon Farrel", "Tolvane", "directeur technique"],
    ]);
  });
});

describe("an issue flattened into cells", () => {
  it("reads a line of ' | ' cells as one block per cell", () => {
    const text =
      "LA LETTRE DU FRET | Les volumes reculent. | QUI FAIT QUOI | Anselme Vidrac est nommé directeur " +
      "financier de Tolvane. | Pauline Ressaguet rejoint Quarvelle en tant que directrice juridique. | AGENDA | Le 5 mai.";
    expect(findMouvementsSection(text).paragraphs).toEqual([
      "Anselme Vidrac est nommé directeur financier de Tolvane.",
      "Pauline Ressaguet rejoint Quarvelle en tant que directrice juridique.",
    ]);
  });
});

describe("a short headline over its body", () => {
  const section = (block: string) =>
    findMouvementsSection(
      `LA LETTRE\n\nNOMINATIONS\n\nAnne Roy rejoint Corvania comme directrice.\n\n${block}\n`,
    ).paragraphs[1];
  it.each([
    // the headline set apart as a sentence of its own, not glued to the body's first words
    [
      "Nomination\nLa Brasserie Ombelle a nommé Hugo Taillan directeur.",
      "Nomination. La Brasserie Ombelle a nommé Hugo Taillan directeur.",
    ],
    [
      "Promotion interne pour Lise Charvet\nResponsable du réseau Est, elle devient directrice commerciale de Ferlane.",
      // "pour" in the headline: it may hold what the body leaves out, so it runs on
      "Promotion interne pour Lise Charvet Responsable du réseau Est, elle devient directrice commerciale de Ferlane.",
    ],
    [
      "Départ de Yann Ollier, arrivée de Rose Melki\nYann Ollier quitte Tramélis ; Rose Melki lui succède.",
      "Départ de Yann Ollier, arrivée de Rose Melki. Yann Ollier quitte Tramélis ; Rose Melki lui succède.",
    ],
    // "C recrute un R" then "X … pour prendre ce poste": the body points back to the headline
    [
      "Tramélis recrute un directeur des achats\nPaul Gédon quitte Ferlane pour prendre ce poste.",
      "Tramélis recrute un directeur des achats Paul Gédon quitte Ferlane pour prendre ce poste.",
    ],
    // a line that wants more after it is a cut line, not a headline
    [
      "Paul Gédon rejoint la maison de\nTramélis comme directeur.",
      "Paul Gédon rejoint la maison de Tramélis comme directeur.",
    ],
  ])("%j", (block, paragraph) => {
    expect(section(block)).toBe(paragraph);
  });
});

describe("a portrait's name line is no headline", () => {
  it("runs a name line its reader does not take on to its body, as before", () => {
    const text =
      "LA LETTRE\n\nNOMINATIONS\n\nAnne Roy rejoint Corvania comme directrice.\n\n" +
      "Pr Gaël Ternand-Osei\nÉlu doyen de la faculté de droit de Brévaux.\n";
    expect(findMouvementsSection(text).paragraphs[1]).not.toContain("Ternand-Osei. ");
  });
});
