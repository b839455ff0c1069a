// A public post names its institution (jobs/parse/institution-of-post.ts): the head noun of a public
// body or establishment and its place form the employer when the title is split before the place;
// a company's own site stays in the title. Invented names, places and sentences only.

import { describe, expect, it } from "@jest/globals";
import { institutionOfPost } from "../../../jobs/parse/institution-of-post.ts";
import { parseParagraph as parse } from "./issue-text.ts";

describe("a public post names its institution", () => {
  it.each([
    [
      "a spa's director",
      "Le nouveau directeur des thermes de Vernoux-les-Bains, Yanis Korbel, a pris ses fonctions lundi.",
      { person: "Yanis Korbel", company: "thermes de Vernoux-les-Bains", role: "directeur" },
    ],
    [
      "a naval base's commander, its adjective kept",
      "Le contre-amiral Gaël Trézidic est nommé commandant de la base navale de Port-Olvène.",
      { person: "Gaël Trézidic", company: "base navale de Port-Olvène", role: "commandant" },
    ],
    [
      "a State's directorate, the title tidied to its head",
      "Nadège Perrotin est nommée directrice de la direction des affaires maritimes de Kervalec.",
      {
        person: "Nadège Perrotin",
        company: "direction des affaires maritimes de Kervalec",
        role: "directrice",
      },
    ],
    [
      "a prefect names the prefecture of her département",
      "Lors du conseil des ministres, Odile Vasseron a été nommée préfète de la Haute-Lisonne.",
      { person: "Odile Vasseron", company: "préfecture de la Haute-Lisonne", role: "préfète" },
    ],
    [
      "a fish auction named by its port",
      "La criée de Port-Olvène a un nouveau directeur : Loïc Manach, jusqu'ici adjoint.",
      { person: "Loïc Manach", company: "criée de Port-Olvène" },
    ],
    [
      "a tourist office named by its own name",
      "L'office de tourisme Cœur de Brenne a une nouvelle directrice : Maëlle Roussin, 41 ans.",
      { person: "Maëlle Roussin", company: "office de tourisme Cœur de Brenne" },
    ],
    [
      "an institution's complement after 'aux', read to its place",
      "Inès Carvalho rejoint l'Institut de formation aux métiers du bois de Brenne comme directrice pédagogique.",
      { person: "Inès Carvalho", company: "Institut de formation aux métiers du bois de Brenne" },
    ],
    [
      "a département's archives, named by their adjective and place",
      "M. Romain Pellerin, conservateur du patrimoine, est nommé directeur des archives départementales de la Haute-Sorne.",
      { person: "Romain Pellerin", company: "archives départementales de la Haute-Sorne", role: "directeur" },
    ],
    [
      "a wholesale market of national interest",
      "Damien Ferracuti est nommé directeur du marché d'intérêt national de Valmoray.",
      { person: "Damien Ferracuti", company: "marché d'intérêt national de Valmoray", role: "directeur" },
    ],
    [
      "a fronted school named by its kind and place",
      "Au lycée agricole de Pradelle, Inès Vautrin est nommée proviseure par arrêté rectoral.",
      { person: "Inès Vautrin", company: "lycée agricole de Pradelle", role: "proviseure" },
    ],
    [
      "a fronted marina",
      "Au port de plaisance de Kerbrune, Loïc Tanvez est nommé capitaine de port.",
      { person: "Loïc Tanvez", company: "port de plaisance de Kerbrune", role: "capitaine de port" },
    ],
    [
      "a département's house for the disabled, its complements kept",
      "M. Hugo Ferrandi est nommé directeur de la maison départementale des personnes handicapées de la Sorvanne.",
      {
        person: "Hugo Ferrandi",
        company: "maison départementale des personnes handicapées de la Sorvanne",
        role: "directeur",
      },
    ],
    [
      "taking the head of archives makes a director, not a chief executive",
      "M. Paul Renaud, conservateur en chef, prend la direction des archives municipales de Montcel.",
      { person: "Paul Renaud", company: "archives municipales de Montcel", role: "directeur" },
    ],
    [
      "a professional order's regional council, fronted",
      "Au conseil régional de l'ordre des architectes de Valdorne, Anne Malbec a été élue présidente.",
      { person: "Anne Malbec", company: "conseil régional de l'ordre des architectes de Valdorne" },
    ],
    [
      "a professional order's council as the subject, a hyphenated profession",
      "Le conseil départemental de l'ordre des chirurgiens-dentistes de la Lisonne a élu président Marc Tessier.",
      {
        person: "Marc Tessier",
        company: "conseil départemental de l'ordre des chirurgiens-dentistes de la Lisonne",
      },
    ],
    [
      "a medico-social establishment's kind is no part of its name",
      "L'IME Les Hirondelles, géré par l'association Clairvie, accueille un nouveau directeur, Bastien Morvillier.",
      { person: "Bastien Morvillier", company: "Les Hirondelles" },
    ],
    [
      "a name's second complement joined by 'et la'",
      "Tanguy Morlet rejoint la Fédération régionale pour la chasse et la gestion des espaces ruraux du Brivadois comme directeur.",
      {
        person: "Tanguy Morlet",
        company: "Fédération régionale pour la chasse et la gestion des espaces ruraux du Brivadois",
      },
    ],
    [
      "'en qualité de' ends an institution's name",
      "Bruno Lemerle rejoint la Fondation pour l'habitat rural en qualité de directeur des études.",
      { person: "Bruno Lemerle", company: "Fondation pour l'habitat rural", role: "directeur des études" },
    ],
    [
      "a State's territorial directorate named by its director's adjective",
      "M. Armel Quinquis est nommé directeur départemental des finances publiques de la Haute-Lisonne.",
      {
        person: "Armel Quinquis",
        company: "direction départementale des finances publiques de la Haute-Lisonne",
        role: "directeur départemental",
      },
    ],
    [
      "an interregional directorate, the adjective agreed with 'direction'",
      "Mme Odile Sarrazin est nommée directrice interrégionale des douanes de Kervalec.",
      {
        person: "Odile Sarrazin",
        company: "direction interrégionale des douanes de Kervalec",
        role: "directrice interrégionale",
      },
    ],
    [
      "a town's botanical garden",
      "Par arrêté du maire, Mme Anaïs Pellerin est nommée directrice du jardin botanique de Vernoux-les-Bains.",
      { person: "Anaïs Pellerin", company: "jardin botanique de Vernoux-les-Bains", role: "directrice" },
    ],
    [
      "a town's conservatory, its complement after 'à' kept",
      "Par arrêté du maire, M. Hugo Sarrail est nommé directeur du conservatoire à rayonnement départemental de Vernoux-les-Bains.",
      {
        person: "Hugo Sarrail",
        company: "conservatoire à rayonnement départemental de Vernoux-les-Bains",
        role: "directeur",
      },
    ],
    [
      "hospitals' shared laundry",
      "M. Loïc Amiel, ingénieur hospitalier, est nommé directeur de la blanchisserie inter-hospitalière de Port-Olvène.",
      { person: "Loïc Amiel", company: "blanchisserie inter-hospitalière de Port-Olvène", role: "directeur" },
    ],
    [
      "an institution's last complement read on to the noun before its verb",
      "Le Syndicat des éditeurs de la presse professionnelle régionale a désigné Anne Roux déléguée générale.",
      { person: "Anne Roux", company: "Syndicat des éditeurs de la presse professionnelle régionale" },
    ],
    [
      "a complement joined by 'et de' on a hyphenated noun",
      "La Fédération des entreprises de transport et de garde-meubles a élu présidente Lise Marchal.",
      { person: "Lise Marchal", company: "Fédération des entreprises de transport et de garde-meubles" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    const [move] = parse(paragraph).moves;
    expect(move).toMatchObject(expected);
  });

  it("keeps a company's plant in the title", () => {
    const [move] = parse(
      "Chez Forgelin, Rémi Castagne est nommé directeur de l'usine de Saint-Ormeau.",
    ).moves;
    expect(move).toMatchObject({ person: "Rémi Castagne", company: "Forgelin" });
  });

  it("reads the institution out of a title that holds it whole", () => {
    expect(
      institutionOfPost({
        company: "Lormont",
        role: "directrice de l'hôpital d'instruction des armées Sainte-Irène",
        paragraph: "…",
      }),
    ).toMatchObject({ company: "hôpital d'instruction des armées Sainte-Irène", role: "directrice" });
  });

  it("leaves a title without a public body alone", () => {
    expect(
      institutionOfPost({
        company: "Valbrenne",
        role: "directeur des ventes",
        paragraph: "Il devient directeur des ventes de Valbrenne.",
      }),
    ).toBeNull();
  });
});
