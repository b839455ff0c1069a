// Shapes session 24's development round (real81/real82) showed unread, each a family rather than a
// sentence: a discourse adverbial between the employer's verb and its object ("promeut dans la
// foulée X"), a post led after the object ("promeut X à la tête de l'usine de B"), a unit led after
// "pour diriger" ("fait appel à X pour diriger son pôle Y", "arrive de C pour piloter l'activité Y"),
// "la même fonction de R", a return to a former house ("réintègre C"), a fronted phrase after the
// colon of a topic ("Retour au bercail pour X : après trois ans chez A, elle …"), "assurera la
// présidence de C", "prendra des fonctions de R chez C", "prend la place de R", "Sa fonction
// revient à X" after a promotion told in apposition, a cleft successor whose pronoun the discourse
// reader wrote out ("c'est X, R, qui succède à Y"), and a house described in apposition after a
// fronted participle ("Nommée présidente de C, la filiale de D, X …"). Invented names and sectors
// (toys, seeds, ski resorts, publishing, orchestras, bakeries), none of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { signalsAMove } from "../../../jobs/parse/unread-signals.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { expectRowRead, moveOf, movesOf, parseParagraph, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a discourse adverbial between the employer's verb and its object",
    text: "Jouets Brandier promeut dans la foulée Odile Martin, jusqu'ici responsable grands comptes, au poste de directrice des ventes.",
    person: "Odile Martin",
    want: { company: "Jouets Brandier", role: "directrice des ventes", kind: "promoted" },
  },
  {
    shape: "a post led, after the object of an employer that promotes",
    text: "Semences Valgrain, de son côté, promeut Julie Perrin à la tête de l'usine de Sorvac, où elle était directrice technique.",
    person: "Julie Perrin",
    want: { company: "Semences Valgrain", role: "directrice de l'usine de Sorvac", kind: "promoted" },
    held: true,
  },
  {
    shape: "a unit led after « pour diriger »",
    text: "Éditions Morvane fait appel à Louis Garnier pour diriger son pôle jeunesse. Il arrive de Livrania.",
    person: "Louis Garnier",
    want: { company: "Éditions Morvane", role: "directeur du pôle jeunesse", previous: ["Livrania"] },
    held: true,
  },
  {
    shape: "a unit led after where the newcomer comes from",
    text: "Chez Neigalp, Paul Arnal est promu directeur des pistes, tandis que Claire Dumas arrive de Skirando pour piloter l'activité location.",
    person: "Claire Dumas",
    want: {
      company: "Neigalp",
      role: "directrice de l'activité location",
      kind: "joined",
      previous: ["Skirando"],
    },
    held: true,
  },
  {
    shape: "« la même fonction de R » after « pour occuper »",
    text: "Orchestre de Valbrenne accueille également Pierre Lenoir, qui arrive de chez Philharmonia Sud pour occuper la même fonction de directeur artistique.",
    person: "Pierre Lenoir",
    want: { company: "Orchestre de Valbrenne", role: "directeur artistique", kind: "joined" },
  },
  {
    shape: "a return to a former house",
    text: "Agnès Morel réintègre Fournil Dorval comme directrice de la production.",
    person: "Agnès Morel",
    want: { company: "Fournil Dorval", role: "directrice de la production", kind: "joined" },
  },
  {
    shape: "a topic before a colon, a fronted phrase, then the pronoun",
    text: "Retour aux sources pour Marc Olivier : après trois ans chez Livrania, il rejoint Éditions Morvane comme directeur éditorial.",
    person: "Marc Olivier",
    want: { company: "Éditions Morvane", role: "directeur éditorial", previous: ["Livrania"] },
    held: true,
  },
  {
    shape: "the future of a chair taken",
    text: "Julie Bastide assurera la présidence de Semences Valgrain.",
    person: "Julie Bastide",
    want: { company: "Semences Valgrain", role: "présidente" },
    held: true,
  },
  {
    shape: "functions taken at a house",
    text: "Denis Carré prendra lui aussi des fonctions d'associé chez Neigalp.",
    person: "Denis Carré",
    want: { company: "Neigalp", role: "associé" },
    held: true,
  },
  {
    shape: "the place of a title, vacant since someone left",
    text: "Fournil Dorval : Sonia Réaux, transfuge de Jouets Brandier, prend la place de directrice générale, vacante depuis le départ d'Yves Maradène.",
    person: "Sonia Réaux",
    want: { company: "Fournil Dorval", role: "directrice générale", predecessor: "Yves Maradène" },
    held: true,
  },
  {
    shape: "« sa fonction revient à X » after a promotion told with the post left in apposition",
    text: "Chez Neigalp, Paul Arnal, directeur des achats, prend du galon et devient directeur général adjoint. Sa fonction revient à Claire Dumas, qui arrive de Skirando.",
    person: "Claire Dumas",
    want: {
      company: "Neigalp",
      role: "directrice des achats",
      kind: "joined",
      previous: ["Skirando"],
      predecessor: "Paul Arnal",
    },
    held: true,
  },
  {
    shape: "a cleft successor at the house the one leaving held a post at",
    text: "Éditions Morvane se choisit un nouveau directeur général : Marc Olivier, jusqu'ici directeur commercial de Livrania, prendra ses fonctions le 1er avril.\n\nChez Livrania, c'est Sophie Réaux, directrice de l'export, qui lui succède.",
    person: "Sophie Réaux",
    want: {
      company: "Livrania",
      role: "directrice commerciale",
      kind: "promoted",
      predecessor: "Marc Olivier",
    },
    held: true,
  },
  {
    shape: "a fronted participle, the house described in apposition before the name",
    text: "Nommée présidente de Graines d'Aunis, la filiale potagère de Semences Valgrain, Claire Dumas en était jusqu'ici la directrice des opérations.",
    person: "Claire Dumas",
    want: { company: "Graines d'Aunis", role: "présidente" },
  },
];

describe("shapes of session 24's development round", () => {
  it.each(ROWS)("reads $shape", expectRowRead);

  it("reads no post from « pour diriger » a theme rather than a unit", () => {
    expect(
      moveOf("Jouets Brandier recrute Denis Carré pour diriger la stratégie du groupe.", "Denis Carré")
        ?.role ?? "",
    ).not.toMatch(/stratégie du groupe/u);
  });

  it("reads no chair taken from a post kept until a date", () => {
    expect(
      moveOf("Reto Brunner assurera la direction de Neigalp jusqu'au 31 août.", "Reto Brunner"),
    ).toBeUndefined();
  });

  it("cuts the house's own head off the post the one leaving gives up", () => {
    expect(
      moveOf(
        "Par arrêté du 14 mars, Luc Marchal, directeur du port de Pont-Aval, est nommé directeur général de Fluvial Brenac.\n\nAu port de Pont-Aval, c'est Simon Corbin, directeur adjoint chargé des quais, qui succède à Luc Marchal.",
        "Simon Corbin",
      ),
    ).toMatchObject({
      company: "port de Pont-Aval",
      role: "directeur",
      predecessor: "Luc Marchal",
    });
  });

  it("keeps « prend la place de Y » a succession", () => {
    expect(
      moveOf(
        "Sonia Réaux prend la place de Marc Petit à la direction commerciale de Fournil Dorval.",
        "Sonia Réaux",
      ),
    ).toMatchObject({ company: "Fournil Dorval", predecessor: "Marc Petit" });
  });

  it("reads no cleft successor when the one named is not the one who left", () => {
    expect(
      moveOf(
        "Éditions Morvane se choisit un nouveau directeur général : Marc Olivier, jusqu'ici directeur commercial de Livrania.\n\nChez Livrania, c'est Sophie Réaux qui succède à Jean Roux.",
        "Sophie Réaux",
      )?.role,
    ).not.toBe("directrice commerciale");
  });
});

// Families session 25's development round (real86) showed unread or misread, each told by an
// invented sentence: an executive "administratrice générale" (no board seat), a quarry led (no
// career), a gapped coordination after "est nommé", a network led after "pour diriger", a post of
// what the same sentence launched ("lance C et en confie la direction à X"), a body's acronym in
// mixed case after a title opener, and a school named by its town opening the sentence.
const REAL86_ROWS: Row[] = [
  {
    shape: "an employer that promotes its executive head, « administratrice générale »",
    text: "Le Théâtre des Quatre Vents promeut Julie Perrin administratrice générale ; elle en était la chargée de production.",
    person: "Julie Perrin",
    want: { company: "Théâtre des Quatre Vents", role: "administratrice générale", kind: "promoted" },
  },
  {
    shape: "a quarry led, whose town stays in the title",
    text: "Granits Morvane nomme Louis Garnier directeur de la carrière de Ferlac.",
    person: "Louis Garnier",
    want: { company: "Granits Morvane", role: "directeur de la carrière de Ferlac", previous: [] },
  },
  {
    shape: "a gapped coordination after « est nommé », after a colon",
    text: "Semences Valgrain étoffe son comité de direction : Paul Arnal est nommé directeur industriel, Claire Dumas directrice financière et Marc Olivier directeur des achats.",
    person: "Claire Dumas",
    want: { company: "Semences Valgrain", role: "directrice financière", kind: "appointed" },
  },
  {
    shape: "the last member of a gapped coordination",
    text: "Semences Valgrain étoffe son comité de direction : Paul Arnal est nommé directeur industriel, Claire Dumas directrice financière et Marc Olivier directeur des achats.",
    person: "Marc Olivier",
    want: { company: "Semences Valgrain", role: "directeur des achats", kind: "appointed" },
  },
  {
    shape: "a network led after « pour diriger », with what it serves",
    text: "La régie Transports Brenac a choisi Denis Carré pour diriger son réseau de bus : il en était le directeur adjoint.",
    person: "Denis Carré",
    want: { company: "Transports Brenac", role: "directeur du réseau de bus", kind: "promoted" },
    held: true,
  },
  {
    shape: "the post of what the same sentence launched",
    text: "La mutuelle Assurvane lance une offre de location et en confie la direction à Sonia Réaux, passée par Livrania.",
    person: "Sonia Réaux",
    want: { company: "Assurvane", role: "directrice de l'offre de location", previous: ["Livrania"] },
    held: true,
  },
  {
    shape: "a title opener whose body's acronym mixes capitals and small letters",
    text: "Nouvelle directrice pour l'Union des fromagers du Causse (UFCau) : Odile Martin, ex-Laitages Dorval.",
    person: "Odile Martin",
    want: { company: "Union des fromagers du Causse", role: "directrice", previous: ["Laitages Dorval"] },
  },
  {
    shape: "a kinship in apposition before the post the employer names",
    text: "Ferlog nomme Anne Roy, fille du fondateur, directrice générale.",
    person: "Anne Roy",
    want: { company: "Ferlog", role: "directrice générale" },
  },
  {
    shape: "an employer named in apposition after the descriptor that opens the sentence",
    text: "Le spécialiste de la location entre particuliers, Louvia, a nommé Marc Olivier directeur général.",
    person: "Marc Olivier",
    want: { company: "Louvia", role: "directeur général" },
  },
  {
    shape: "a career told by the trade's own verbs, « après avoir dansé pour A, puis enseigné à B »",
    text: "Après avoir dansé dix ans pour la compagnie Les Pas Perdus, puis enseigné au Studio Vélin, Julie Perrin prendra en janvier la direction de l'école municipale de danse de Ferlac.",
    person: "Julie Perrin",
    want: {
      company: "école municipale de danse de Ferlac",
      role: "directrice",
      kind: "joined",
      previous: ["Les Pas Perdus", "Studio Vélin"],
    },
  },
  {
    shape: "a title opener whose house follows « aux », « à la »",
    text: "Nouvelle éditrice aux Éditions Morvane : Odile Martin, qui occupait la même fonction chez Livrania.",
    person: "Odile Martin",
    want: { company: "Éditions Morvane", role: "éditrice", previous: ["Livrania"] },
  },
  {
    shape: "a school named by its town, opening a cleft successor",
    text: "Au conservatoire de Vaubrenne, c'est son adjoint, Simon Corbin, qui lui succédera à la direction des études musicales.",
    person: "Simon Corbin",
    want: { company: "conservatoire de Vaubrenne", role: "directeur des études musicales" },
  },
];

describe("shapes of session 25's development round (real86)", () => {
  it.each(REAL86_ROWS)("reads $shape", expectRowRead);

  it("tells a promotion from an apposition that places the post in the house", () => {
    expect(
      moveOf(
        "Au Tennis Club de Ferlac, Paul Arnal, entraîneur du club, devient directeur sportif.",
        "Paul Arnal",
      )?.kind,
    ).toBe("promoted");
  });

  it("holds the employer inferred when the clause names a body of another kind by its noun", () => {
    const move = moveOf(
      "Le Tennis Club de Ferlac recrute un directeur sportif : Paul Arnal, ex-Raquettes Dorval. Il succède à Marc Olivier, qui prendra en juin la direction technique de la ligue.",
      "Marc Olivier",
    );
    expect(move?.confidence ?? 0).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("reads no mover's tenure in the relative clause about the one succeeded", () => {
    expect(
      moveOf(
        "Nouveau président pour le Syndicat des fromagers du Causse : Paul Arnal succède à Odile Martin, qui présidait le syndicat depuis 2014.",
        "Paul Arnal",
      )?.kind,
    ).toBe("appointed");
  });

  it("gives each coordinated mover the house « respectivement » lists for them", () => {
    const text =
      "Ferlog annonce deux nominations : Sonia Réaux devient directrice commerciale et Denis Carré directeur financier, respectivement venus de Kelvane et de Livrania.";
    expect(moveOf(text, "Sonia Réaux")?.previous_companies).toEqual(["Kelvane"]);
    expect(moveOf(text, "Denis Carré")?.previous_companies).toEqual(["Livrania"]);
  });

  it("gives every person a counted lead lists the house the lead says they come from", () => {
    const text =
      "Ferlog, de son côté, accueille deux transfuges de Kelvane : Paul Arnal, nommé directeur des achats, et Claire Dumas, nommée directrice commerciale.";
    for (const person of ["Paul Arnal", "Claire Dumas"])
      expect(moveOf(text, person)).toMatchObject({
        company: "Ferlog",
        kind: "joined",
        previous_companies: ["Kelvane"],
      });
  });

  it("keeps « sa carrière » a career, not a site", () => {
    expect(
      moveOf(
        "Granits Morvane nomme Louis Garnier directeur commercial. Il a fait toute sa carrière chez Marbres Ferlac.",
        "Louis Garnier",
      )?.previous_companies,
    ).toEqual(["Marbres Ferlac"]);
  });
});

// Families session 25's development round (real85) showed unread or misread, each written again with
// invented houses and people (cheese dairies, sailing schools, bookshops, breweries, orchards).
const REAL85_ROWS: Row[] = [
  {
    shape: "an employer in the plural that promotes in the present (« promeuvent »)",
    text: "Les Voiliers de Kermor promeuvent en outre Lise Garnier, jusqu'ici monitrice, au poste de directrice pédagogique.",
    person: "Lise Garnier",
    want: { company: "Les Voiliers de Kermor", role: "directrice pédagogique", kind: "promoted" },
  },
  {
    shape: "« chef du pôle R » as a title, with a unit whose words open on « at »",
    text: "La fromagerie Valmorel promeut Hugo Bastien chef du pôle affinage et attaches.",
    person: "Hugo Bastien",
    want: { company: "Valmorel", role: "chef du pôle affinage et attaches", kind: "promoted" },
  },
  {
    shape: "« entre chez C » as a hire",
    text: "Après dix ans chez Brasserie Orlac, Noé Vasseur entre chez Houblons Verdier le 3 juin comme directeur de la production.",
    person: "Noé Vasseur",
    want: { company: "Houblons Verdier", role: "directeur de la production", kind: "joined" },
  },
  {
    shape: "a description first, then the employer's name between commas before its verb",
    text: "Le spécialiste breton du livre ancien, Folio Marin, a promu Jeanne Royer directrice des achats.",
    person: "Jeanne Royer",
    want: { company: "Folio Marin", role: "directrice des achats", kind: "promoted" },
  },
  {
    shape: "a department led after « pour piloter sa direction des R »",
    text: "La coopérative Vergers d'Ormes a fait appel à Rémi Caron pour piloter sa direction des achats ; il était jusqu'ici acheteur chez Fruitalp.",
    person: "Rémi Caron",
    want: { company: "Vergers d'Ormes", role: "directeur des achats", previous: ["Fruitalp"] },
    held: true,
  },
  {
    shape: "a title whose complement opens on « contre la »",
    text: "Chez Mutuelle Arvel, Inès Brun devient directrice de la lutte contre la fraude.",
    person: "Inès Brun",
    want: { company: "Mutuelle Arvel", role: "directrice de la lutte contre la fraude" },
  },
  {
    shape: "a topic naming a federation whose lower-case words its acronym spells",
    text: "Nouveau président pour la Fédération des écoles nautiques associées (FENA) : Marc Olier, moniteur à Trébas, succède à Annie Perrot.",
    person: "Marc Olier",
    want: {
      company: "Fédération des écoles nautiques associées",
      role: "président",
      predecessor: "Annie Perrot",
    },
  },
  {
    shape: "a hyphenated surname with an elided particle, written in capitals",
    text: "Houblons Verdier annonce l'arrivée le 2 mars de Claire DUVAL-d'ARNAC au poste de directrice marketing.",
    person: "Claire Duval-d'Arnac",
    want: { company: "Houblons Verdier", role: "directrice marketing", kind: "joined" },
  },
  {
    shape: "a post the house fills, told in the future before its holder",
    text: "La librairie Pages d'Olt recrute sa future directrice commerciale : Maud Leroy, ancienne libraire chez Lirenville, arrivera en mai.",
    person: "Maud Leroy",
    want: { company: "Pages d'Olt", role: "directrice commerciale", kind: "joined" },
  },
  {
    shape: "a successor in apposition after the house parts with its holder",
    text: "Fromagerie Valmorel se sépare de son directeur général, Paul Marin. Sa successeure, Odile Faure, ancienne directrice des ventes de Laitiers Arnac, prendra ses fonctions le 1er juin.",
    person: "Odile Faure",
    want: { company: "Fromagerie Valmorel", role: "directrice générale", predecessor: "Paul Marin" },
    held: true,
  },
  {
    shape: "« reprend son poste de R » after a promotion in the same house",
    text: "Chez Brasserie Orlac, Yves Lenoir est promu directeur commercial ; Lucie Prat, venue de Houblons Verdier, reprend son poste de responsable des ventes.",
    person: "Lucie Prat",
    want: { company: "Brasserie Orlac", role: "responsable des ventes", previous: ["Houblons Verdier"] },
  },
  {
    shape: "a cleft successor who « prend sa place de R »",
    text: "Aux Voiliers de Kermor, c'est Bruno Hamel, jusqu'ici moniteur des cadets, qui prend sa place d'instructeur en chef.",
    person: "Bruno Hamel",
    want: { company: "Voiliers de Kermor", role: "instructeur en chef" },
  },
  {
    shape: "a count of arrivals « chez » a house described before its name",
    text: "Trois arrivées chez la coopérative fruitière Vergers d'Ormes : Léa Morin, ex-Fruitalp, comme directrice des achats, et Marc Dumas, ancien de Pomeraie, comme directeur logistique.",
    person: "Marc Dumas",
    want: {
      company: "Vergers d'Ormes",
      role: "directeur logistique",
      kind: "joined",
      previous: ["Pomeraie"],
    },
  },
  {
    shape: "a fronted « élu à la tête de C », dated by a season",
    text: "Élue au printemps à la tête de l'Association des vignerons d'Arlac, Claire Morin succède à Serge Lafont.",
    person: "Claire Morin",
    want: { company: "Association des vignerons d'Arlac", role: "présidente", predecessor: "Serge Lafont" },
  },
  {
    shape: "a house described in apposition that « fait entrer à son conseil » its new member",
    text: "Pomeraie, la cidrerie fondée en 2012 par d'anciens de Fruitalp, fait entrer à son conseil d'administration Hélène Brissac, ancienne directrice générale de Vergers d'Ormes.",
    person: "Hélène Brissac",
    want: { company: "Pomeraie", role: "administratrice" },
  },
];

describe("shapes of session 25's development round (real85)", () => {
  it.each(REAL85_ROWS)("reads $shape", expectRowRead);

  it("keeps the name between commas out of the employer when a person holds it", () => {
    const move = moveOf(
      "Le président de la coopérative, Paul Marin, nomme Anne Roy directrice des ventes.",
      "Anne Roy",
    );
    expect(move?.company ?? "").not.toBe("Paul Marin");
  });
});

// Session 26 (issue 13), from the records real87 published wrong and the mover it left silent:
// a lead that names the post before the colon leaves the apposition after the name to be the post
// held until now; first names given to women as often as to men, and unknown ones in "-ie", let
// the sentence's agreement decide a paraphrased title; "Lui succède au pôle X" names the successor
// after the verb, never the one replaced. Invented names and sectors.
const REAL87_ROWS: Row[] = [
  {
    shape: "a lead naming the post, then the holder and the post held until now",
    text: "Le conservatoire de Vaubrenne a une nouvelle directrice : Odile Martin, professeure de violon dans la maison depuis 2009.",
    person: "Odile Martin",
    want: { company: "conservatoire de Vaubrenne", role: "directrice" },
  },
  {
    shape: "a lead naming the post in a headline's grammar, the apposition without « jusqu'ici »",
    text: "Ferlog a un nouveau directeur : Louis Garnier, formateur en logistique.",
    person: "Louis Garnier",
    want: { company: "Ferlog", role: "directeur" },
  },
  {
    shape: "a post entrusted to a first name given to both, agreed by « ancienne »",
    text: "Semences Valgrain confie sa direction des achats à Nour Belkacem, ancienne de Graines Morel.",
    person: "Nour Belkacem",
    want: { company: "Semences Valgrain", role: "directrice des achats", previous: ["Graines Morel"] },
    held: true,
  },
  {
    shape: "a post taken by an unknown first name in « -ie »",
    text: "Jouets Brandier annonce deux arrivées : Léocadie Martin prend la direction des ventes, tandis que Paul Arnal devient directeur financier.",
    person: "Léocadie Martin",
    want: { company: "Jouets Brandier", role: "directrice des ventes" },
    held: true,
  },
  {
    shape: "an inverted successor after « Lui succède », not the one replaced",
    text: "Après dix ans à la tête du pôle Textiles Avancés, Claire Dumas rejoint Filatures Brenne comme directrice de l'innovation. Lui succède au pôle Marc Olivier, jusqu'ici directeur des projets.",
    person: "Claire Dumas",
    want: { company: "Filatures Brenne", role: "directrice de l'innovation", predecessor: null },
  },
];

describe("shapes of session 26's precision work (real87)", () => {
  it.each(REAL87_ROWS)("reads $shape", expectRowRead);

  it("shows the successor after « Lui succède » as a mover left unread", () => {
    const issue = parseParagraph(
      "Après dix ans à la tête du pôle Textiles Avancés, Claire Dumas rejoint Filatures Brenne comme directrice de l'innovation. Lui succède au pôle Marc Olivier, jusqu'ici directeur des projets.",
    );
    expect(issue.unread?.flatMap((paragraph) => paragraph.candidates.people)).toContain("Marc Olivier");
  });
});

// Session 26's development round (real89) showed these families unread or misread: a possessive
// before the one succeeded ("succède à son père X"), a second act of the same subject with its
// auxiliary left out ("a promu X R et recruté Y"), the one replaced told where they go ("remplace Y,
// appelée à prendre la direction de …"), "prend le secrétariat général", a relative clause that
// names a post of the house ("qui dirigeait l'exploitation"), a career told after a semicolon ("; elle
// y était entrée comme R0"), a union's noun before its name, an elided article before a coined name,
// a one-word house after "le conseil d'administration d'", two movers each with an apposition before
// a plural verb, posts given in order ("la première comme R1, le second comme R2"), a regional title's
// region of two words, duties listed inside a title before "du groupe C", "prend les mêmes fonctions
// chez C" after a fronted former post, and a subsidiary named in commas after the post given.
const REAL89_ROWS: Row[] = [
  {
    shape: "a possessive and a kinship noun before the one succeeded",
    text: "Chez Biscuiterie Vellan, Agathe Morel succède à son oncle Bernard Morel à la présidence.",
    person: "Agathe Morel",
    want: { company: "Biscuiterie Vellan", role: "présidente", predecessor: "Bernard Morel" },
  },
  {
    shape: "a title that stops at a second act of the employer, its auxiliary left out",
    text: "Jouets Brandier a promu Paul Arnal directeur commercial et recruté Claire Dumas comme directrice financière.",
    person: "Paul Arnal",
    want: { company: "Jouets Brandier", role: "directeur commercial", kind: "promoted" },
  },
  {
    shape: "the one replaced, « appelée à prendre la direction de » a department of the group",
    text: "Semences Valgrain recrute Marc Olivier comme directeur général. Il remplace Claire Dumas, appelée à prendre la direction des achats du groupe.",
    person: "Claire Dumas",
    want: { company: "Semences Valgrain", role: "directrice des achats", kind: "promoted" },
  },
  {
    shape: "« prend le secrétariat général », its holder's title agreed",
    text: "Deux nominations chez Éditions Morvane : Julie Perrin, ex-Livrania, prend le secrétariat général, et Louis Garnier devient directeur commercial.",
    person: "Julie Perrin",
    want: { company: "Éditions Morvane", role: "secrétaire générale", previous: ["Livrania"] },
  },
  {
    shape: "a promotion told by a relative clause that names a post of the house",
    text: "Deux nominations chez Éditions Morvane : Julie Perrin prend le secrétariat général, et Louis Garnier, qui dirigeait la fabrication, devient directeur des opérations.",
    person: "Louis Garnier",
    want: { company: "Éditions Morvane", role: "directeur des opérations", kind: "promoted" },
  },
  {
    shape: "a title that stops at the semicolon before the career's first post",
    text: "Jouets Brandier a promu Odile Martin directrice logistique ; elle y était entrée en 2009 comme magasinière.",
    person: "Odile Martin",
    want: { company: "Jouets Brandier", role: "directrice logistique", kind: "promoted" },
  },
  {
    shape: "a union's noun before its name, no part of it",
    text: "Le syndicat Pâtissiers Unis de l'Orve a élu à sa tête Hélène Brun, fondatrice de la pâtisserie Brun.",
    person: "Hélène Brun",
    want: { company: "Pâtissiers Unis de l'Orve", role: "présidente" },
  },
  {
    shape: "the sentence's elided article before a coined name",
    text: "L'Ardevia-Lorvane a élu Paul Arnal président.",
    person: "Paul Arnal",
    want: { company: "Ardevia-Lorvane", role: "président" },
  },
  {
    shape: "a one-word house after « le conseil d'administration d' », after a fronted participle",
    text: "Réuni après l'assemblée générale, le conseil d'administration d'Orgevale a élu Marc Olivier à sa présidence.",
    person: "Marc Olivier",
    want: { company: "Orgevale", role: "président" },
  },
  {
    shape: "posts given in order, « la première comme R1, le second comme R2 », after two appositions",
    text: "Claire Dumas, ex-Livrania, et Paul Arnal, venu de l'éditeur Papetra, rejoignent la direction d'Éditions Morvane, la première comme directrice juridique, le second comme responsable des droits.",
    person: "Paul Arnal",
    want: {
      company: "Éditions Morvane",
      role: "responsable des droits",
      kind: "joined",
      previous: ["Papetra"],
    },
    held: true,
  },
  {
    shape: "a regional title's region in two words, before the « et » of the next item",
    text: "Jouets Brandier recrute deux directeurs régionaux : Paul Arnal, ex-Ludorama, pour le Grand Est et Claire Dumas, qui arrive de Papetra, pour le Sud-Ouest.",
    person: "Paul Arnal",
    want: { company: "Jouets Brandier", role: "directeur régional Grand Est", previous: ["Ludorama"] },
  },
  {
    shape: "duties listed inside a title, before the group's descriptor and name",
    text: "Julie Perrin devient directrice achats, qualité et logistique du groupe Valgrain.",
    person: "Julie Perrin",
    want: { company: "Valgrain", role: "directrice achats, qualité et logistique" },
  },
  {
    shape: "« prend les mêmes fonctions chez C » after a fronted former post",
    text: "Anciennement directeur des éditions numériques de Livrania, Louis Garnier prend les mêmes fonctions chez Papetra.",
    person: "Louis Garnier",
    want: {
      company: "Papetra",
      role: "directeur des éditions numériques",
      kind: "joined",
      previous: ["Livrania"],
    },
    held: true,
  },
  {
    shape: "a subsidiary named in commas after the post the employer entrusts",
    text: "Semences Valgrain confie la direction de sa filiale export, Valgrain International, à Marc Olivier, jusque-là directeur commercial du groupe.",
    person: "Marc Olivier",
    want: { company: "Valgrain International", role: "directeur", kind: "promoted" },
    held: true,
  },
  {
    shape: "the first of two movers with appositions, promoted « respectivement »",
    text: "Louis Garnier, chef d'atelier, et Odile Martin, acheteuse, sont promus respectivement directeur industriel et directrice des achats de Jouets Brandier.",
    person: "Louis Garnier",
    want: { company: "Jouets Brandier", role: "directeur industriel", kind: "promoted" },
  },
];

describe("shapes of session 26's development round (real89)", () => {
  it.each(REAL89_ROWS)("reads $shape", expectRowRead);

  it("reads no move from the one replaced's past appointment dated after the post", () => {
    expect(
      moveOf(
        "Papetra confie sa direction industrielle à Louis Garnier. Il remplace à ce poste Odile Martin, nommée directrice générale de Papetra en juin.",
        "Odile Martin",
      ),
    ).toBeUndefined();
  });
});

// Families issue 13 left over from session 25 (real85/real86 and older corpora), each written again
// with invented houses and people (dance companies, law firms, tile makers, bakeries, shipyards).
const SESSION26_ROWS: Row[] = [
  {
    shape: "a shared post entrusted to two of the house's own people, the first holder",
    text: "La compagnie Les Pas Perdus a confié sa codirection artistique à deux de ses interprètes, Léa Morin et Hugo Bastien.",
    person: "Léa Morin",
    want: { company: "Les Pas Perdus", role: "codirectrice artistique", kind: "promoted" },
  },
  {
    shape: "a shared post entrusted to two of the house's own people, the second holder",
    text: "La compagnie Les Pas Perdus a confié sa codirection artistique à deux de ses interprètes, Léa Morin et Hugo Bastien.",
    person: "Hugo Bastien",
    want: { company: "Les Pas Perdus", role: "codirecteur artistique", kind: "promoted" },
  },
  {
    shape: "the house's own head post shared by two partners (« sa codirection »)",
    text: "Le cabinet Orvel Avocats confie sa codirection à deux de ses associés, Claire Jaubert et Marc Tessan.",
    person: "Marc Tessan",
    want: { company: "Orvel Avocats", role: "codirecteur", kind: "promoted" },
  },
  {
    shape:
      "an employer described in apposition that promotes to the post its item before named (« à ce poste »)",
    text: "Le réseau Valoria nomme Inès Caron directrice du développement. Elle était jusqu'ici responsable des achats chez le concurrent Brodex.\n\nBrodex, la filiale du groupe Sirel, promeut dans la foulée Hugo Marchal à ce poste.",
    person: "Hugo Marchal",
    want: { company: "Brodex", role: "responsable des achats", kind: "promoted", predecessor: "Inès Caron" },
    held: true,
  },
  {
    shape: "an employer that promotes to the post the sentence before named",
    text: "Luc Fabre, directeur commercial de Carrelages Mourier, part à la retraite. Carrelages Mourier promeut Antoine Roy à ce poste.",
    person: "Antoine Roy",
    want: {
      company: "Carrelages Mourier",
      role: "directeur commercial",
      kind: "promoted",
      predecessor: "Luc Fabre",
    },
    held: true,
  },
  {
    shape:
      "a lead-in naming the person, the clause after its colon calling them by their title (« au même poste »)",
    text: "Changement de cap pour Hélène Vasseur : la directrice financière de Brodalis rejoint Tuilerie Morvan au même poste.",
    person: "Hélène Vasseur",
    want: {
      company: "Tuilerie Morvan",
      role: "directrice financière",
      kind: "joined",
      previous: ["Brodalis"],
    },
  },
  {
    shape: "« Y cède sa place à X » after a sentence where the house changes the post's holder",
    text: "Biscuiterie Ronsard change de directeur général. Jean Marot cède sa place à Claire Dubreuil, jusqu'ici directrice commerciale.",
    person: "Claire Dubreuil",
    want: {
      company: "Biscuiterie Ronsard",
      role: "directrice générale",
      kind: "promoted",
      predecessor: "Jean Marot",
    },
    held: true,
  },
  {
    shape: "« Il cède sa place à X » after a sentence naming the one who leaves with their post",
    text: "Jean Marot, directeur général de Biscuiterie Ronsard, prend sa retraite. Il cède sa place à Claire Dubreuil, venue de Gâteaux Morin.",
    person: "Claire Dubreuil",
    want: {
      company: "Biscuiterie Ronsard",
      role: "directrice générale",
      kind: "joined",
      predecessor: "Jean Marot",
      previous: ["Gâteaux Morin"],
    },
    held: true,
  },
  {
    shape: "« Son remplaçant, X » whose career is told after the name (« a fait carrière chez »)",
    text: "Carrelages Mourier se sépare de son directeur général, Luc Fabre. Son remplaçant, Antoine Roy, 48 ans, a fait carrière chez le distributeur Céramia.",
    person: "Antoine Roy",
    want: {
      company: "Carrelages Mourier",
      role: "directeur général",
      kind: "joined",
      predecessor: "Luc Fabre",
      previous: ["Céramia"],
    },
    held: true,
  },
  {
    shape: "« Son successeur, X » after « Y quitte la direction générale de C »",
    text: "Luc Fabre quitte la direction générale de Carrelages Mourier. Son successeur, Antoine Roy, était directeur des ventes de Céramia.",
    person: "Antoine Roy",
    want: {
      company: "Carrelages Mourier",
      role: "directeur général",
      kind: "joined",
      predecessor: "Luc Fabre",
      previous: ["Céramia"],
    },
    held: true,
  },
  {
    shape: "« Sa remplaçante, X » after « Y quitte la présidence de C », one of the house's own",
    text: "Odile Berthon quitte la présidence de Laitalp. Sa remplaçante, Anne Dumas, jusqu'ici directrice commerciale, prend ses fonctions lundi.",
    person: "Anne Dumas",
    want: { company: "Laitalp", role: "présidente", kind: "promoted", predecessor: "Odile Berthon" },
    held: true,
  },
  {
    shape:
      "a subsidiary's manager named head of the parent's subsidiary is promoted, the parent no employer left",
    text: "Le fabricant de crampons Tacklor, filiale du groupe Sportiva, nomme Julie Fabre directrice générale. Elle était directrice marketing de Sportiva.",
    person: "Julie Fabre",
    want: { company: "Tacklor", role: "directrice générale", kind: "promoted", previous: [] },
  },
  {
    shape:
      "the last post held at a subsidiary of the house that now gives the new one (« dirigeait la filiale belge de C »)",
    text: "Ondalys nomme Claire Morin directrice générale France. Après avoir été directrice commerciale de Ferlog puis de Kargo Rail, elle dirigeait depuis 2021 la filiale belge d'Ondalys.",
    person: "Claire Morin",
    want: {
      company: "Ondalys",
      role: "directrice générale France",
      kind: "promoted",
      previous: ["Ferlog", "Kargo Rail"],
    },
  },
  {
    shape: "the head of one of the house's sites named to a group post (« du groupe »)",
    text: "Chez Minoterie Bastide, Paul Girard, directeur de l'usine de Sorvac, est nommé directeur industriel du groupe.",
    person: "Paul Girard",
    want: { company: "Minoterie Bastide", role: "directeur industriel", kind: "promoted" },
  },
  {
    shape: "a masculine title a woman is named to, kept as written",
    text: "Marie Lanson est nommée directeur général de Vitrerie Dallet.",
    person: "Marie Lanson",
    want: { company: "Vitrerie Dallet", role: "directeur général" },
  },
];

describe("families left over from session 25 (issue 13)", () => {
  it.each(SESSION26_ROWS)("reads $shape", expectRowRead);

  it("publishes a masculine title written for a woman without a gender doubt", () => {
    const move = moveOf("Marie Lanson est nommée directeur général de Vitrerie Dallet.", "Marie Lanson");
    expect(move?.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });

  it("still agrees a title the text writes only for a man before her", () => {
    expect(
      moveOf(
        "Paul Girard est nommé directeur général de Vitrerie Dallet. Anne Roy lui succède comme directeur général de Miroiterie Vance.",
        "Anne Roy",
      )?.role,
    ).not.toBe("directeur général");
  });
});

// Shapes session 26's development round (real90) showed unread, each a family rather than a
// sentence: a title with the prefix "sous-" ("sous-directrice"), taken for the preposition that ends
// a title; a post named by what its holder does ("prend la chefferie du service de X", "le
// commandement du navire Y", "la responsabilité des ventes", "confie sa coordination médicale à X");
// the verb gapped in a second "et sa direction R à Y"; "en confie la direction à X" after a site
// bought, or several opened, or told in a relative clause on the subject; "part chez C comme R";
// "occupe la fonction nouvellement créée de R"; "Nouveau R pour C, <aside> : X"; and an election
// coordinated after a re-election ("a réélu X à sa présidence et a élu Y R"), rejected whole. Invented names
// and sectors (bakeries, dairies, sailing schools, foundries, orchards), none of the corpora's.
const REAL90_ROWS: Row[] = [
  {
    shape: "a title with the prefix « sous- »",
    text: "Par arrêté du 4 mai, Lucie Ferrand est nommée sous-directrice des achats chez Laiterie Dorval.",
    person: "Lucie Ferrand",
    want: { company: "Laiterie Dorval", role: "sous-directrice des achats", kind: "appointed" },
  },
  {
    shape: "« prend la chefferie » of a hospital's unit",
    text: "Le Dr Paul Arnal prend la chefferie du service de cardiologie du CHU de Brenville.",
    person: "Paul Arnal",
    want: { company: "CHU de Brenville", role: "chef du service de cardiologie" },
    held: true,
  },
  {
    shape: "« prend le commandement » of a ship, in the house opening the sentence",
    text: "Chez Armement Kervella, Hugo Le Braz prend le commandement du chalutier Korrigan.",
    person: "Hugo Le Braz",
    want: { company: "Armement Kervella", role: "commandant du chalutier Korrigan" },
    held: true,
  },
  {
    shape: "« prend la responsabilité » of a department",
    text: "Chez Fournil Dorval, Claire Dumas prend la responsabilité des ventes en ligne.",
    person: "Claire Dumas",
    want: { company: "Fournil Dorval", role: "responsable des ventes en ligne" },
  },
  {
    shape: "an employer that « confie sa coordination » to its holder",
    text: "Le réseau Vergerie confie sa coordination technique à Julie Perrin.",
    person: "Julie Perrin",
    want: { company: "Vergerie", role: "coordinatrice technique", kind: "appointed" },
  },
  {
    shape: "the verb gapped in a second « et sa direction R à Y »",
    text: "Le réseau Vergerie confie sa coordination technique à Julie Perrin, et sa direction financière à Denis Carré, qui vient de Fruitalp.",
    person: "Denis Carré",
    want: { company: "Vergerie", role: "directeur financier", previous: ["Fruitalp"] },
    held: true,
  },
  {
    shape: "« en confie la direction » after a site bought, told in a relative clause on the subject",
    text: "Le fondeur Métallia, qui a racheté l'an dernier la fonderie Ponsard de Ferlac, en confie la direction à Marc Olivier, jusqu'ici chef d'atelier du site.",
    person: "Marc Olivier",
    want: { company: "Métallia", role: "directeur de la fonderie Ponsard de Ferlac", kind: "promoted" },
    held: true,
  },
  {
    shape: "« en confie la responsabilité » after several sites opened, where they open left out",
    text: "L'enseigne Jardivert ouvre des potagers partagés dans ses jardineries et en confie la responsabilité à Odile Martin.",
    person: "Odile Martin",
    want: { company: "Jardivert", role: "responsable des potagers partagés" },
    held: true,
  },
  {
    shape: "« part chez C comme R », after an aside « lui »",
    text: "Chez Voiles d'Arlac, Anne Roy succède à Louis Garnier. Louis Garnier, lui, part chez le chantier Nautiloire comme directeur de production.",
    person: "Louis Garnier",
    want: { company: "Nautiloire", role: "directeur de production", kind: "joined" },
  },
  {
    shape: "« occupe la fonction nouvellement créée de R »",
    text: "Arrivée le 2 juin, Hélène Brissac occupe la fonction nouvellement créée de directrice de la qualité chez Laiterie Dorval.",
    person: "Hélène Brissac",
    want: { company: "Laiterie Dorval", role: "directrice de la qualité" },
  },
  {
    shape: "« Nouveau R pour C, <aside on C> : X »",
    text: "Nouveau directeur technique pour la fromagerie Caséa, filiale de Laiterie Dorval : Paul Arnal, qui a passé dix ans chez Fruitalp.",
    person: "Paul Arnal",
    want: { company: "Caséa", role: "directeur technique", previous: ["Fruitalp"] },
    held: true,
  },
  {
    shape: "an election coordinated after a re-election, « a réélu X … et a élu Y R »",
    text: "Le Syndicat national des fromagers a réélu Paul Arnal à sa présidence et a élu Claire Dumas vice-présidente.",
    person: "Claire Dumas",
    want: { company: "Syndicat national des fromagers", role: "vice-présidente", kind: "appointed" },
    held: true,
  },
];

describe("shapes of session 26's development round (real90)", () => {
  it.each(REAL90_ROWS)("reads $shape", expectRowRead);

  it("reads no post taken from « occupe la fonction de R » held for years", () => {
    expect(
      moveOf(
        "Claire Dumas occupe la fonction de directrice de la qualité chez Caséa depuis 2015.",
        "Claire Dumas",
      ),
    ).toBeUndefined();
  });

  it("reads no move for the one re-elected before « et a élu Y R »", () => {
    expect(
      moveOf(
        "Le Syndicat national des fromagers a réélu Paul Arnal à sa présidence et a élu Claire Dumas vice-présidente.",
        "Paul Arnal",
      ),
    ).toBeUndefined();
  });

  it("reads no post from « en confie la direction » when nothing was opened nor bought", () => {
    expect(
      moveOf("Le fondeur Métallia en confie la direction à Marc Olivier.", "Marc Olivier"),
    ).toBeUndefined();
  });
});

// Shapes session 27's development round (real93) showed unread, each a family rather than a
// sentence: "la même fonction" taken at a new house after the post was told in a relative clause on
// the house left ("quitte A, où elle était R, pour occuper la même fonction chez C", "Venue de A, où
// elle était R, X prend la même fonction chez C"); a list after a colon whose items give their title
// in brackets ("A (R1, ex-D), B (R2)"); "Nouvelles têtes chez C :" as a list's lead, no employer of
// its own; and a plural title given "chez C" to a list whose brackets scope it ("Deux nouveaux
// directeurs régionaux chez C : A (Sud) et B (Nord-Ouest), tous deux issus de la maison"). Invented
// names and sectors (bakeries, dairies, toys, seeds, ski resorts), none of the corpora's.
const REAL93_ROWS: Row[] = [
  {
    shape: "« pour occuper la même fonction chez C » after « quitte A, où il était R »",
    text: "Marc Olivier quitte Fournil Dorval, où il était directeur commercial, pour occuper la même fonction chez Boulangeries Vernet.",
    person: "Marc Olivier",
    want: {
      company: "Boulangeries Vernet",
      role: "directeur commercial",
      kind: "joined",
      previous: ["Fournil Dorval"],
    },
    held: true,
  },
  {
    shape: "« X prend la même fonction chez C » after a fronted « Venue de A, où elle était R »",
    text: "Venue de Laiterie Dorval, où elle était directrice qualité, Claire Dumas prend la même fonction chez Fromagerie Caséa.",
    person: "Claire Dumas",
    want: {
      company: "Fromagerie Caséa",
      role: "directrice qualité",
      kind: "joined",
      previous: ["Laiterie Dorval"],
    },
    held: true,
  },
  {
    shape: "a listed item's title in brackets, before where the person comes from",
    text: "Trois arrivées au comité exécutif de Jouets Brandier : Odile Martin (directrice financière, ex-Ludaria), Paul Arnal (directeur industriel, ex-Toypolis) et Hugo Roy (directeur juridique, qui vient du cabinet Ferrand Avocats).",
    person: "Hugo Roy",
    want: {
      company: "Jouets Brandier",
      role: "directeur juridique",
      kind: "joined",
      previous: ["Ferrand Avocats"],
    },
  },
  {
    shape: "« Nouvelles têtes chez C : » as a list's lead",
    text: "Nouvelles têtes chez Semences Valgrain : Julie Perrin, directrice commerciale (ex-Grainor), Louis Garnier, responsable des achats, et Denis Carré, chef de culture, promu.",
    person: "Julie Perrin",
    want: {
      company: "Semences Valgrain",
      role: "directrice commerciale",
      kind: "joined",
      previous: ["Grainor"],
    },
  },
  {
    shape: "a plural title given « chez C », each director's scope in brackets, all « issus de la maison »",
    text: "Deux nouveaux directeurs régionaux chez Neigalp : Paul Arnal (Sud) et Claire Dumas (Nord-Ouest), tous deux issus de la maison.",
    person: "Claire Dumas",
    want: { company: "Neigalp", role: "directrice régionale Nord-Ouest", kind: "promoted" },
    held: true,
  },
];

describe("shapes of session 27's development round (real93)", () => {
  it.each(REAL93_ROWS)("reads $shape", expectRowRead);

  it("reads no move from a post held for the time being by a listed trio", () => {
    const moves = parseParagraph(
      "Dans l'attente de son successeur, la direction de Jouets Brandier sera assurée par un trio : Odile Martin (directrice financière), Paul Arnal (directeur industriel) et Hugo Roy (directeur juridique).",
    ).moves;
    expect(moves.filter((move) => move.confidence >= AUTO_PUBLISH_CONFIDENCE)).toEqual([]);
  });

  it("gives a bracket that scopes no title (« A (finances) ») no title of its own", () => {
    const move = moveOf(
      "Mouvements dans les directions adjointes de Jouets Brandier : Odile Martin (finances), promue, et Paul Arnal (achats) complètent l'équipe.",
      "Odile Martin",
    );
    expect(move?.role).not.toBe("finances");
  });
});

// Session 27's families, read on real92 (session 26's held-out round, now development text) and
// left over from real89/real90: a post told by reference after the one who leaves it ("reprend le
// poste", "Il est remplacé par X"), a post handed over by a figure after an age and an apposition
// ("a cédé le manche à X"), a founder's or long-held title fronted before a departure (never the new
// post), a contrast between "a" and "été", "installé … à la tête d'un conseil", a town between the
// announced title and its house. Invented names and sectors.
const REAL92_ROWS: Row[] = [
  {
    shape: "« X, R0, reprend le poste » after « Y quitte la direction R de C »",
    text: "Paul Arnal quitte la direction financière de Caséa après six ans. Claire Dumas, contrôleuse de gestion, reprend le poste.",
    person: "Claire Dumas",
    want: { company: "Caséa", role: "directrice financière", kind: "promoted", predecessor: "Paul Arnal" },
    held: true,
  },
  {
    shape: "« Il est remplacé par X, qui était son adjointe » after « Y quitte ses fonctions de R de C »",
    text: "Marc Olivier quitte ses fonctions de directeur des achats de Laiterie Dorval. Il est remplacé par Julie Perrin, qui était son adjointe.",
    person: "Julie Perrin",
    want: {
      company: "Laiterie Dorval",
      role: "directrice des achats",
      kind: "promoted",
      predecessor: "Marc Olivier",
    },
    held: true,
  },
  {
    shape: "« Y (61 ans), R de C depuis 2009, a cédé le manche à X »",
    text: "Henri Lagarde (61 ans), directeur général de Tuileries Morvan depuis 2009, a cédé le manche à Sophie Vidal (44 ans) le 1er mars.",
    person: "Sophie Vidal",
    want: { company: "Tuileries Morvan", role: "directrice générale", predecessor: "Henri Lagarde" },
    held: true,
  },
  {
    shape: "« lui succède » after a title held « depuis sa création », fronted before the one who leaves",
    text: "Directrice de La Ruche de Bréval depuis sa création, Anne Roy part prendre la direction des partenariats du réseau Tiers-Lieux Ouest. Paul Girard, animateur du lieu, lui succède.",
    person: "Paul Girard",
    want: { company: "La Ruche de Bréval", role: "directeur", kind: "promoted", predecessor: "Anne Roy" },
    held: true,
  },
  {
    shape: "« cède la direction générale à X » after a founder's title, the house named whole",
    text: "Fondatrice de l'agence de voyages Horizons d'Orient, Marie Lenoir cède la direction générale à Paul Girard, qui était son directeur des opérations.",
    person: "Paul Girard",
    want: { company: "Horizons d'Orient", role: "directeur général", predecessor: "Marie Lenoir" },
    held: true,
  },
  {
    shape: "a contrast between « a » and « été » (« a par ailleurs été élue »)",
    text: "Claire Dumas a par ailleurs été élue présidente de l'Association des fromagers du Jura.",
    person: "Claire Dumas",
    want: { company: "Association des fromagers du Jura", role: "présidente", kind: "appointed" },
  },
  {
    shape: "« installé (weekday) à la tête du Conseil … », a council chaired",
    text: "Paul Arnal a été installé mardi à la tête du Conseil régional des vins de Brenville.",
    person: "Paul Arnal",
    want: { company: "Conseil régional des vins de Brenville", role: "président", kind: "appointed" },
    held: true,
  },
  {
    shape: "« Nouveau R à <town> pour C : X » (the town part of the title)",
    text: "Nouveau chef d'atelier à Brenville pour Menuiseries Dorval : Hugo Le Braz, ex-Boisam, remplace Louis Garnier, parti en retraite.",
    person: "Hugo Le Braz",
    want: {
      company: "Menuiseries Dorval",
      role: "chef d'atelier à Brenville",
      previous: ["Boisam"],
      predecessor: "Louis Garnier",
    },
  },
  {
    shape: "« la nomination de X au poste de R1 et celle de Y au poste de R2 »",
    text: "Fournil Dorval annonce la nomination de Claire Dumas au poste de directrice des achats et celle de Paul Arnal au poste de directeur financier.",
    person: "Paul Arnal",
    want: { company: "Fournil Dorval", role: "directeur financier", kind: "appointed" },
  },
  {
    shape: "the first of « … et celle de Y », its title cut before « et celle »",
    text: "Fournil Dorval annonce la nomination de Claire Dumas au poste de directrice des achats et celle de Paul Arnal au poste de directeur financier.",
    person: "Claire Dumas",
    want: { company: "Fournil Dorval", role: "directrice des achats", kind: "appointed" },
  },
  {
    shape: "a terminal's town in the career is no employer left",
    text: "Vergerie nomme Paul Arnal directeur des entrepôts. Il était depuis 2018 directeur du terminal de Port-Aval, qu'exploite sa filiale Vergerie Logistique.",
    person: "Paul Arnal",
    want: { company: "Vergerie", role: "directeur des entrepôts", previous: [] },
  },
  {
    shape: "the second town of a list of branches is no employer left",
    text: "Après avoir dirigé les succursales de Brévaux puis de Lormont pour Fruitalp, Anne Roy rejoint Vergerie comme directrice commerciale.",
    person: "Anne Roy",
    want: { company: "Vergerie", role: "directrice commerciale", previous: ["Fruitalp"] },
  },
];

describe("shapes of session 27's real92 round and session 26's leftovers", () => {
  it.each(REAL92_ROWS)("reads $shape", expectRowRead);

  it("gives no move to a founder whose title is fronted before « cède la direction générale »", () => {
    expect(
      moveOf(
        "Fondatrice de l'agence de voyages Horizons d'Orient, Marie Lenoir cède la direction générale à Paul Girard, qui était son directeur des opérations.",
        "Marie Lenoir",
      ),
    ).toBeUndefined();
  });
});

// Shapes session 27's development round (real94) showed unread, each a family rather than a
// sentence: an aside between commas, opened by a preposition of time or circumstance, between the
// verb that takes a post and the post ("prendra en juillet, pour deux saisons, la direction de C",
// "deviendra le 3 mars, après quinze ans chez A, R de C", "pour prendre, en juin, celle de C": the
// last a silent miss when the one who replaces the mover was read); a heading that names the house
// after its descriptor ("Deux promotions internes au sein du groupe C : …"). Invented names and
// sectors (festivals, dairies, orchards), none of the corpora's.
const REAL94_ROWS: Row[] = [
  {
    shape: "an aside between commas between « prendra » and the post",
    text: "Marc Olivier prendra en septembre, pour trois saisons au moins, la direction artistique du Festival de Brenville.",
    person: "Marc Olivier",
    want: { company: "Festival de Brenville", role: "directeur artistique" },
  },
  {
    shape: "an aside naming the house left, between « deviendra » and the post",
    text: "Anne Roy deviendra le 3 mars, après quinze ans passés chez Fruitalp, responsable des achats de Laiterie Dorval.",
    person: "Anne Roy",
    want: { company: "Laiterie Dorval", role: "responsable des achats", previous: ["Fruitalp"] },
  },
  {
    shape: "an aside between « pour prendre » and « celle de C », the one who replaces the mover read",
    text: "Claire Dumas quitte la direction financière de Laiterie Dorval pour prendre, en juin, celle de Fromagerie Vance. Elle est remplacée chez Laiterie Dorval par Hugo Le Braz, jusqu'ici contrôleur de gestion.",
    person: "Claire Dumas",
    want: {
      company: "Fromagerie Vance",
      role: "directrice financière",
      kind: "joined",
      previous: ["Laiterie Dorval"],
    },
    held: true,
  },
  {
    shape: "a heading that names the house after its descriptor, the verb gapped in the list",
    text: "Deux promotions internes au sein du groupe Vergerie : Paul Arnal devient directeur des achats, Julie Perrin directrice logistique et Louis Garnier directeur du numérique.",
    person: "Julie Perrin",
    want: { company: "Vergerie", role: "directrice logistique", kind: "promoted" },
  },
  {
    shape: "a post held in the house already (« Déjà R de C, X devient en outre R2 »): a promotion",
    text: "Déjà directeur financier de Laiterie Dorval, Paul Arnal devient en outre directeur général délégué.",
    person: "Paul Arnal",
    want: { company: "Laiterie Dorval", role: "directeur général délégué", kind: "promoted" },
    held: true,
  },
  {
    shape: "a career in the house, the name between it and « en devient »: a promotion",
    text: "Entrée chez Fromagerie Vance en 1998 comme apprentie, Claire Dumas en devient la directrice générale.",
    person: "Claire Dumas",
    want: { company: "Fromagerie Vance", role: "directrice générale", kind: "promoted" },
    held: true,
  },
];

describe("shapes of session 27's development round (real94)", () => {
  it.each(REAL94_ROWS)("reads $shape", expectRowRead);

  it("keeps in view a mover who leaves a post « pour prendre, <aside>, celle de C »", () => {
    expect(
      signalsAMove(
        "Claire Dumas quitte la direction financière de Laiterie Dorval pour prendre, en juin, celle de Fromagerie Vance.",
      ),
    ).toBe(true);
  });

  it("masks no purpose that carries the post (« rejoint, pour diriger ses ventes, … »)", () => {
    expect(
      moveOf("Paul Arnal rejoindra, pour diriger ses ventes, la fromagerie Caséa.", "Paul Arnal")?.role ??
        null,
    ).not.toBe("la fromagerie Caséa");
  });
});

// Session 28 (issue 13, the families left after session 27): each row a family read across the
// development corpora, written with invented houses and people.
const SESSION28_ROWS: Row[] = [
  {
    shape: "an acronym after a common noun inside a descriptor subject, the house told the sentence before",
    text: "Brumalis change de tête. Le spécialiste de l'éclairage par diode LED, racheté l'an dernier par Lumicor, se dote d'un nouveau directeur général : Gaspard Tholance.",
    person: "Gaspard Tholance",
    want: { company: "Brumalis", role: "directeur général" },
    held: true,
  },
  {
    shape: "« le poste laissé vacant par Y revient à X »: Y's post, told in apposition the item before",
    text: "Ferlog recrute une directrice générale : Maud Percheron, jusqu'ici directrice des achats de Kelvane.\n\nChez Kelvane, le poste laissé vacant par Maud Percheron revient à Jules Vasseur, acheteur de la maison depuis 2012.",
    person: "Jules Vasseur",
    want: { company: "Kelvane", role: "directeur des achats", predecessor: "Maud Percheron" },
    held: true,
  },
  {
    shape: "« le poste laissé vacant par <surname> revient à X »: the post left in the same item",
    text: "Chez Brasserie Olvane, Hervé Castagnol, jusqu'ici responsable de la logistique, est promu directeur industriel. Le poste laissé vacant par Castagnol revient à Lucie Bernier, qui arrive du transporteur Ravelo.",
    person: "Lucie Bernier",
    want: {
      company: "Brasserie Olvane",
      role: "responsable de la logistique",
      predecessor: "Hervé Castagnol",
      previous: ["Ravelo"],
    },
    held: true,
  },
  {
    shape:
      "« le poste laissé vacant par Y » after Y's age and former post at the house (« 47 ans, ex-R de C »)",
    text: "Le mouliste Tornavel se choisit un nouveau directeur général : Paul Dambrine, 51 ans, ex-directeur des opérations de l'équipementier lorrain Vismeca.\n\nChez Vismeca, le poste laissé vacant par Paul Dambrine revient à Julie Ferrand, directrice de l'usine de Cassel.",
    person: "Julie Ferrand",
    want: { company: "Vismeca", role: "directrice des opérations", predecessor: "Paul Dambrine" },
    held: true,
  },
  {
    shape: "the predecessor's own move in a relative clause (« Y, qui part diriger C »)",
    text: "Corderies Maubert promeut Anaïs Lebrun au poste de directrice commerciale ; elle remplace Hugo Tessier, qui part diriger Filatures Orsel.",
    person: "Hugo Tessier",
    want: {
      company: "Filatures Orsel",
      role: "directeur général",
      kind: "joined",
      previous: ["Corderies Maubert"],
    },
    held: true,
  },
  {
    shape:
      "the predecessor leaves for a house described before its name (« qui part diriger la corderie rivale C »)",
    text: "Corderies Maubert promeut Anaïs Lebrun au poste de directrice commerciale ; elle remplace Hugo Tessier, qui part diriger la corderie rivale Filatures Orsel.",
    person: "Hugo Tessier",
    want: { company: "Filatures Orsel", role: "directeur" },
    held: true,
  },
];

describe("shapes of session 28's round (families left after real93-real96)", () => {
  it.each(SESSION28_ROWS)("reads $shape", expectRowRead);

  it("reads no house from an acronym that a common noun of the description governs", () => {
    const moves = movesOf(
      "Le spécialiste de l'éclairage par diode LED se dote d'un nouveau directeur général : Gaspard Tholance.",
    );
    expect(moves.map((move) => move.company)).not.toContain("LED");
  });

  it("reads no return to a house when a post « revient à » a person", () => {
    const moves = movesOf(
      "Ferlog recrute une directrice générale : Maud Percheron, jusqu'ici directrice des achats de Kelvane.\n\nChez Kelvane, le poste laissé vacant par Maud Percheron revient à Jules Vasseur, acheteur de la maison depuis 2012.",
    );
    expect(moves.filter((move) => move.person === "Maud Percheron").map((move) => move.company)).toEqual([
      "Ferlog",
    ]);
  });
});
