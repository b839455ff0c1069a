import { describe, expect, it } from "@jest/globals";
import { cleanText, repairMojibake } from "../../../jobs/parse/clean-text.ts";
import { classifyRole, companyKey, parseIssueText, personKey, slugify } from "../../../jobs/parse/index.ts";
import { findPersonMentions } from "../../../jobs/parse/mentions.ts";
import { properCaseName } from "../../../jobs/parse/names.ts";
import { findMouvementsSection, isMouvementsHeading } from "../../../jobs/parse/section.ts";
import { parseParagraph as parse } from "./issue-text.ts";

describe("person names", () => {
  it("knows 'Guy' as a first name, so a title before it is no part of the name", () => {
    const moves = parseIssueText(
      "+ MOUVEMENTS\n\nFerlog a élu président Guy Marchetti.\n\n+ AGENDA\n\nRien.",
    ).moves;
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual([
      ["Guy Marchetti", "Ferlog", "président"],
    ]);
  });

  it.each([
    ["l'ancienne de Menuiseries Vasseur Gwladys KERBRAT", "Gwladys Kerbrat"],
    ["l'ancien de Scierie Lacoste Tancrède MORVAN-DIOP", "Tancrède Morvan-Diop"],
  ])(
    "starts a surname in capitals at the one word before it, not at the house named before: %s",
    (said, name) => {
      const moves = parseIssueText(
        `+ MOUVEMENTS\n\nDu côté de Charpentes Orsan, ${said} prend le poste de directeur des travaux.\n\n+ AGENDA\n\nRien.`,
      ).moves;
      expect(moves.map((m) => m.person)).toEqual([name]);
    },
  );

  it.each([
    ["A. DE PIERREFEU", "A. de Pierrefeu"],
    ["J. van der Velde", "J. van der Velde"],
    ["M.-L. DU TERTRE", "M.-L. du Tertre"],
  ])(
    "reads a first name given by its initials before a surname that opens on particles: %s",
    (said, name) => {
      const moves = parseIssueText(
        `+ MOUVEMENTS\n\n${said} (43 ans), jusqu'ici chez Prises Verticales, rejoint Bloc Session comme directeur technique.\n\n+ AGENDA\n\nRien.`,
      ).moves;
      expect(moves.map((m) => [m.person, m.company])).toEqual([[name, "Bloc Session"]]);
    },
  );

  // "À"/"A" between a first name and a surname all in capitals, then a verb or a comma, is the
  // surname's particle; in a headline all in capitals it stays a verb
  it.each([
    ["JEAN-BAPTISTE À BECKET rejoint Bloc Session comme directeur technique.", "Jean-Baptiste à Becket"],
    [
      "Bloc Session recrute MARIE-ÉLISE A BECKET, ex-Prises Verticales, comme directrice technique.",
      "Marie-Élise A Becket",
    ],
  ])("reads the particle of a name in capitals: %s", (sentence, name) => {
    const moves = parseIssueText(`+ MOUVEMENTS\n\n${sentence}\n\n+ AGENDA\n\nRien.`).moves;
    expect(moves.map((m) => [m.person, m.company])).toEqual([[name, "Bloc Session"]]);
  });

  it("keeps 'A' a verb between names in a shouted headline", () => {
    expect(findPersonMentions("PAUL MARTIN A REJOINT BLOC SESSION").map((m) => m.name)).not.toContain(
      "Paul Martin A Rejoint",
    );
  });

  it("keeps French particles lower case when proper-casing an upper-case name", () => {
    expect(properCaseName("JULIA DE SAINTE MARIE")).toBe("Julia de Sainte Marie");
    expect(properCaseName("JULIEN DE LA ROCHEFOUCAULD")).toBe("Julien de la Rochefoucauld");
    expect(properCaseName("ANNE D'ORMESSON")).toBe("Anne d'Ormesson");
    expect(properCaseName("PIETER VAN DER BERG")).toBe("Pieter van der Berg");
  });

  it("keeps hyphens, accents and a Breton 'Le' that is part of the surname", () => {
    expect(properCaseName("JEAN-FRANCOIS PATHY")).toBe("Jean-Francois Pathy");
    expect(properCaseName("NATHALIE SÉNÉCHAULT")).toBe("Nathalie Sénéchault");
    expect(properCaseName("THOMAS LE GALL")).toBe("Thomas Le Gall");
  });

  it("reads two capitalised words ending on a company's suffix as a company, even in capitals", () => {
    // lexicon/companies.ts COMPANY_NAME_WORDS: "Vermeil REIM" is an employer, not a person beside the mover
    const issue = parseIssueText(
      "+ MOUVEMENTS\n\nFoncière Ombrelle a un nouveau directeur général. Il s'agit de Paul Girard, jusqu'ici directeur des fonds de Vermeil REIM, qui succède à Anne Roy.\n\n+ AGENDA\n",
    );
    expect(issue.moves.map((m) => [m.person, m.company, m.role, m.previous_companies])).toEqual([
      ["Paul Girard", "Foncière Ombrelle", "directeur général", ["Vermeil REIM"]],
    ]);
  });

  it("reads Breton surnames ending in 'h ('Kerloc'h', 'Le Floc'h') as names, capitalised after a one-letter elision only", () => {
    expect(properCaseName("GWENAËL LE FLOC'H-MORVAN")).toBe("Gwenaël Le Floc'h-Morvan");
    expect(properCaseName("AWA N'DIAYE")).toBe("Awa N'Diaye");
    const issue = parseIssueText(
      "+ MOUVEMENTS\n\nSolène Kerbrat'h-Lemoine rejoint Ferlog comme directrice des achats.\n\n+ AGENDA\n",
    );
    expect(issue.moves.map((m) => m.person)).toEqual(["Solène Kerbrat'h-Lemoine"]);
  });

  it("reads a surname whose hyphenated parts a small word links ('Vuillet-à-Cîles') as one name", () => {
    const issue = parseIssueText(
      "+ MOUVEMENTS\n\nCélia Brunet-à-Velles rejoint Ferlog comme directrice des achats.\n\n+ AGENDA\n",
    );
    expect(issue.moves.map((m) => m.person)).toEqual(["Célia Brunet-à-Velles"]);
  });

  it("ends a name printed in capitals where the words in ordinary case begin", () => {
    const issue = parseIssueText(
      "+ MOUVEMENTS\n\nLe départ de GASPARD MEUNIER d'Armateurs du Lauzon est acté. Il rejoint Norvia comme directeur commercial.\n\n+ AGENDA\n",
    );
    expect(issue.moves.map((m) => m.person)).toEqual(["Gaspard Meunier"]);
  });

  it("leaves names already in normal case alone", () => {
    expect(properCaseName("Claire McKenzie")).toBe("Claire McKenzie");
  });

  it("builds the same person key whatever the case, accents or hyphens", () => {
    expect(personKey("Jean-François Pathy")).toBe(personKey("JEAN FRANCOIS PATHY"));
  });
});

describe("company keys and slugs", () => {
  it("strips legal suffixes, group words, accents and punctuation", () => {
    expect(companyKey("HiMedia Group")).toBe("himedia");
    expect(companyKey("Groupe Renault SAS")).toBe("renault");
    expect(companyKey("Lumen S.A.")).toBe("lumen");
    expect(companyKey("Société Générale")).toBe("societe generale");
    expect(companyKey("  Ogilvy   Paris ")).toBe("ogilvy paris");
  });

  it("treats '&', 'and' and 'et' as the same word", () => {
    expect(companyKey("Procter & Gamble")).toBe(companyKey("Procter and Gamble"));
    expect(companyKey("Moët et Chandon")).toBe(companyKey("Moët & Chandon"));
  });

  it("keeps a subsidiary distinct from its parent", () => {
    expect(companyKey("Publicis Media France")).not.toBe(companyKey("Publicis"));
  });

  it("never empties a name made only of a group word", () => {
    expect(companyKey("Groupe")).toBe("groupe");
  });

  it("makes URL slugs without accents", () => {
    expect(slugify("Nathalie Sénéchault")).toBe("nathalie-senechault");
    expect(slugify("L'Oréal & Co")).toBe("l-oreal-co");
  });
});

describe("text repair", () => {
  it("repairs UTF-8 read as Windows-1252", () => {
    expect(repairMojibake("directrice financiÃ¨re chez SociÃ©tÃ© GÃ©nÃ©rale")).toBe(
      "directrice financière chez Société Générale",
    );
    expect(repairMojibake("lâ€™agence")).toBe("l’agence");
  });

  it("repairs a broken 'à' and a stray 'Â' but keeps a real 'Âgé'", () => {
    expect(repairMojibake("vis-à -vis")).toBe("vis-à-vis");
    expect(repairMojibake("l'action bonditÂ")).toBe("l'action bondit ");
    expect(repairMojibake("Âgé de 40 ans")).toBe("Âgé de 40 ans");
  });

  it("folds no-break spaces and curly apostrophes", () => {
    expect(cleanText("l’arrivée\u00a0de\u202fClaire")).toBe("l'arrivée de Claire");
  });
});

describe("Mouvements section", () => {
  it("recognises the heading with or without accents, bullet and sponsor", () => {
    expect(isMouvementsHeading("+ MOUVEMENTS, avec Altaïde, cabinet de recrutement digital")).toBe(true);
    expect(isMouvementsHeading("Mouvements")).toBe(true);
    expect(isMouvementsHeading("+ mouvements de la semaine")).toBe(true);
  });

  it("does not take a prose sentence about 'mouvements sociaux' for the heading", () => {
    expect(
      isMouvementsHeading(
        "Les mouvements sociaux perturbent le trafic ferroviaire cette semaine, selon la SNCF.",
      ),
    ).toBe(false);
  });

  it("takes an item's headline in small letters for no heading, but a heading that says when", () => {
    // (invented headlines over items of a headline-and-body digest)
    expect(isMouvementsHeading("Mouvement à la tonnellerie")).toBe(false);
    expect(isMouvementsHeading("Mouvements dans l'équipe commerciale")).toBe(false);
    expect(isMouvementsHeading("Mouvements de la semaine")).toBe(true);
    expect(isMouvementsHeading("Les mouvements du mois")).toBe(true);
    expect(isMouvementsHeading("Mouvements — avec un cabinet de recrutement")).toBe(true);
    expect(isMouvementsHeading("MOUVEMENT À LA TONNELLERIE")).toBe(true);
  });

  it("reads up to the next '+ HEADING' line, even one glued inside a line", () => {
    const section = findMouvementsSection("+ MOUVEMENTS\n\nUn.\n\nDeux. + AGENDA Salon\n\nTrois.");
    expect(section).toEqual({ found: true, paragraphs: ["Un.", "Deux."] });
  });

  it("reports a missing section without failing", () => {
    expect(findMouvementsSection("+ UNE\n\nRien ici.")).toEqual({ found: false, paragraphs: [] });
  });
});

describe("role classification", () => {
  it.each([
    ["Chief Transformation and Impact Officer", "c_level", "operations"],
    ["directrice administrative et financière", "c_level", "finance"],
    ["VP partnerships", "vp", "sales"],
    ["head of operations", "head", "operations"],
    ["General Manager", "c_level", "general_management"],
    ["responsable marketing digital", "head", "marketing_communication"],
    ["DRH", "c_level", "hr"],
    ["chef de projet", "manager", "other"],
    ["directeur des risques", "director", "finance"],
    ["Chief Compliance Officer", "c_level", "finance"],
    ["directrice juridique et conformité", "director", "legal"],
    ["General Counsel", "director", "legal"],
    ["avocate associée", "director", "legal"],
    ["porte-parole", "other", "other"],
    // a theatre's or a school's executive head, not a board seat
    ["administratrice générale", "c_level", "general_management"],
    ["administrateur", "other", "other"],
  ])("classifies %s as %s / %s", (role, seniority, fn) => {
    expect(classifyRole(role)).toEqual({ seniority, function: fn });
  });
});

describe("a name's own article", () => {
  it.each([
    [
      "the name opens a sentence after the text gave it with its article",
      "Élise Varenne a cofondé la brasserie La Chouette Rousse. La Chouette Rousse recrute un directeur général, Malo Kerbrat, venu du négoce.",
      { person: "Malo Kerbrat", company: "La Chouette Rousse" },
    ],
    [
      "an elided article after a descriptor",
      "Le cinéma associatif L'Étoile de Brantal recrute son directeur : Noé Castaing, jusqu'ici projectionniste.",
      { person: "Noé Castaing", company: "L'Étoile de Brantal" },
    ],
    [
      "a contracted article after a descriptor",
      "L'enseigne de fromagerie Aux Caves Fines se dote d'un directeur général, Armand Pelissier, venu de la grande distribution.",
      { person: "Armand Pelissier", company: "Aux Caves Fines" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(parse(paragraph).moves[0]).toMatchObject(expected);
  });

  it("leaves the sentence's own article out", () => {
    const [move] = parse("La Coopérative Brandelle nomme Ilan Morvezen directeur commercial.").moves;
    expect(move?.company).toBe("Coopérative Brandelle");
  });

  it.each([
    [
      "another item of the issue writes the article after a lower-case word",
      "Les Vergers du Morvan recrute Ilan Morvezen comme directeur commercial.\n\nOdile Brasseur rejoint Cidrerie Poulard comme directrice export ; elle était chez Les Vergers du Morvan.",
      "Les Vergers du Morvan",
    ],
    [
      "a sentence opens on 'Chez' before the article",
      "Le Fournil Sablais recrute Ilan Morvezen comme directeur des ventes. Chez Le Fournil Sablais, il aura la charge du réseau.",
      "Le Fournil Sablais",
    ],
    [
      "a headline's last word ends the line before the item's article",
      // a trade's plural (PLURAL_TRADE_HEADS, "-eries"): "Les Vergers du Morvan" keeps its article anyway
      "Tuiles : les fabricants recrutent\nLes Tuileries du Morvan recrutent Ilan Morvezen comme directeur commercial.",
      "Tuileries du Morvan",
    ],
  ])("takes the article back when %s", (_label, paragraphs, company) => {
    expect(parse(paragraphs).moves.find((m) => m.person === "Ilan Morvezen")?.company).toBe(company);
  });
});

describe("a name joined by 'et' before the hiring verb", () => {
  it.each([
    [
      "Menuiseries et Charpentes Vasseur recrute Ilan Morvezen comme directeur des travaux.",
      "Menuiseries et Charpentes Vasseur",
    ],
    [
      "Bois et Scieries du Jura accueille Odile Brasseur au poste de directrice générale.",
      "Bois et Scieries du Jura",
    ],
  ])("reads the whole name before a verb in the singular: %s", (paragraph, company) => {
    expect(parse(paragraph).moves[0]?.company).toBe(company);
  });

  it("keeps a first name joined by 'et' out of the name", () => {
    const [move] = parse(
      "Odile et Vasseur Menuiseries recrute Ilan Morvezen comme directeur des travaux.",
    ).moves;
    expect(move?.company).not.toMatch(/^Odile/u);
  });
});
