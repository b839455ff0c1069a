// Digest items whose grammar is a label, not a verb (issue 13, families found missed on the real65
// and real66 round): the house as the item's label then the mover with a post in apposition that a
// clause of the move follows or that is an acronym; a tag before the house ("Promotions à C : …");
// and promotions said by a tag of the item, of the list or by its lead rather than by a verb
// (jobs/parse/headline-items.ts, jobs/parse/promotion-labels.ts). Every person, house and sector
// here is invented.

import { describe, it } from "@jest/globals";
import { expectMoves, issueAround, type WantedMove } from "./issue-text.ts";

const LABELLED_ITEMS: { name: string; item: string; moves: WantedMove[] }[] = [
  {
    name: "a lead with its verb, the post held until now before the succession (no apposed new post)",
    item: "Radio Causse Info a choisi sa nouvelle directrice : Lise Arnal, 41 ans, rédactrice en chef depuis 2019, succède à Paul Vigne.",
    moves: [{ person: "Lise Arnal", role: "directrice", company: "Radio Causse Info" }],
  },
  {
    name: "an acronym title in apposition, two houses left",
    item: "Tuilerie des Causses : Maëlle Duvergier, DRH (ex-Briqueterie Mornac, ex-Terres d'Auvel).",
    moves: [
      {
        person: "Maëlle Duvergier",
        role: "DRH",
        company: "Tuilerie des Causses",
        kind: "joined",
        previous: ["Briqueterie Mornac", "Terres d'Auvel"],
      },
    ],
  },
  {
    name: "an acronym title, then a second mover of the house",
    item: "Cidrerie du Bocage : Yann Le Corre, DAF (ex-Pressoirs Hamel) ; Lise Moreau, directrice export (ex-Vergers Dantec).",
    moves: [
      { person: "Yann Le Corre", role: "DAF", company: "Cidrerie du Bocage", previous: ["Pressoirs Hamel"] },
      {
        person: "Lise Moreau",
        role: "directrice export",
        company: "Cidrerie du Bocage",
        previous: ["Vergers Dantec"],
      },
    ],
  },
  {
    name: "the post, then whom the mover succeeds",
    item: "Coopérative des Vignerons de Rauzan : Hélène Brassac, présidente, succède à Jules Montel.",
    moves: [
      {
        person: "Hélène Brassac",
        role: "présidente",
        company: "Coopérative des Vignerons de Rauzan",
        predecessor: "Jules Montel",
      },
    ],
  },
  {
    name: "the post, then where the mover arrives from",
    item: "Transports Kerval : Ronan Quéméner, directeur d'exploitation, arrive de Logirail Ouest.",
    moves: [
      {
        person: "Ronan Quéméner",
        role: "directeur d'exploitation",
        company: "Transports Kerval",
        kind: "joined",
        previous: ["Logirail Ouest"],
      },
    ],
  },
  {
    name: "the post, then a defector's origin",
    item: "Papeterie Valdrôme : Inès Chaput, directrice des achats, transfuge de Cartonnages Bressol.",
    moves: [
      {
        person: "Inès Chaput",
        role: "directrice des achats",
        company: "Papeterie Valdrôme",
        previous: ["Cartonnages Bressol"],
      },
    ],
  },
  {
    name: "the post, then the mover joins the group after years elsewhere",
    item: "Fonderie Arlanc : Victor Ménard, directeur général délégué, rejoint le groupe après quinze ans chez Aciéries Pontvert.",
    moves: [
      {
        person: "Victor Ménard",
        role: "directeur général délégué",
        company: "Fonderie Arlanc",
        kind: "joined",
        previous: ["Aciéries Pontvert"],
      },
    ],
  },
  // (issue 13, session 21: the apposed post read as the new one gave a published record the post
  // held until now, when the clause names the new post itself)
  {
    name: "the post held until now, then a succession that names the new post after 'comme'",
    item: "Verrerie Castagnol — Inès Morvan, contrôleuse de gestion, succède à Paul Arnaud comme directrice administrative et financière.",
    moves: [
      {
        person: "Inès Morvan",
        role: "directrice administrative et financière",
        company: "Verrerie Castagnol",
        kind: "promoted",
        predecessor: "Paul Arnaud",
      },
    ],
  },
  {
    name: "the post held until now, then a dated succession that names the new post",
    item: "Sucrerie de Montval : Odile Ferrand, directrice adjointe, succédera le 1er mars à Hugo Brissac comme directrice générale.",
    moves: [
      {
        person: "Odile Ferrand",
        role: "directrice générale",
        company: "Sucrerie de Montval",
        kind: "promoted",
        predecessor: "Hugo Brissac",
      },
    ],
  },
  {
    name: "the post held until now, then the charge taken from the one replaced",
    item: "Tuilerie Bramont : Marc Dellac, directeur adjoint, remplace Yves Pradier à la direction générale.",
    moves: [
      { person: "Marc Dellac", role: "directeur général", company: "Tuilerie Bramont", kind: "promoted" },
    ],
  },
  {
    name: "the apposed post stays the new one when 'comme' tells the post the one replaced takes elsewhere",
    item: "Osmoval : Léo Garnier, responsable export, remplace Nina Castel, partie chez Filtrea comme directrice commerciale.",
    moves: [
      { person: "Léo Garnier", role: "responsable export", company: "Osmoval", predecessor: "Nina Castel" },
      { person: "Nina Castel", role: "directrice commerciale", company: "Filtrea", kind: "joined" },
    ],
  },
  {
    name: "a tag before the house, titles of courtesy before each name",
    item: "Promotions à l'Hôpital vétérinaire de Corbas : Dr Alice Brun, cheffe du service d'imagerie ; Dr Paul Sérac, directeur des soins.",
    moves: [
      {
        person: "Alice Brun",
        role: "cheffe du service d'imagerie",
        company: "Hôpital vétérinaire de Corbas",
        kind: "promoted",
      },
      {
        person: "Paul Sérac",
        role: "directeur des soins",
        company: "Hôpital vétérinaire de Corbas",
        kind: "promoted",
      },
    ],
  },
];

const PROMOTION_LABELS: { name: string; item: string; moves: WantedMove[] }[] = [
  {
    name: "a lead's count in another sentence than an election",
    item: "L'Union des tanneurs a élu à sa présidence Claire Vasseur, présidente de Cuirs Darnal. Chez Cuirs Darnal, Paul Roche devient directeur commercial et Léa Morin directrice des achats, deux promotions internes.",
    moves: [
      { person: "Claire Vasseur", role: "présidente", company: "Union des tanneurs", kind: "appointed" },
      { person: "Paul Roche", role: "directeur commercial", company: "Cuirs Darnal", kind: "promoted" },
    ],
  },
  {
    name: "one item's tag in brackets",
    item: "Scierie Varenne : Léon Morel, directeur de production (promotion).",
    moves: [
      { person: "Léon Morel", role: "directeur de production", company: "Scierie Varenne", kind: "promoted" },
    ],
  },
  {
    name: "a plural tag after the list",
    item: "Brasserie Aldric : Sonia Perret, directrice commerciale ; Hugo Vial, directeur logistique (promotions)",
    moves: [
      {
        person: "Sonia Perret",
        role: "directrice commerciale",
        company: "Brasserie Aldric",
        kind: "promoted",
      },
      { person: "Hugo Vial", role: "directeur logistique", company: "Brasserie Aldric", kind: "promoted" },
    ],
  },
  {
    name: "a sentence after the list that says both were promoted",
    item: "Laiterie Gourin : Anaïs Kervella, directrice qualité ; Marc Tanguy, directeur d'usine. Tous deux promus.",
    moves: [
      { person: "Anaïs Kervella", role: "directrice qualité", company: "Laiterie Gourin", kind: "promoted" },
      { person: "Marc Tanguy", role: "directeur d'usine", company: "Laiterie Gourin", kind: "promoted" },
    ],
  },
  {
    name: "a lead that counts the promotions",
    item: "Deux promotions internes chez Verrerie Solange : Clara Noyer devient directrice du four ; Éric Bastide, responsable de la taille.",
    moves: [
      { person: "Clara Noyer", role: "directrice du four", company: "Verrerie Solange", kind: "promoted" },
      {
        person: "Éric Bastide",
        role: "responsable de la taille",
        company: "Verrerie Solange",
        kind: "promoted",
      },
    ],
  },
  {
    name: "a tag on the second item only, the first coming from elsewhere",
    item: "Horlogerie Vaucluse : Jean Albin, directeur commercial (ex-Montres Ravel) ; Nina Roux, responsable qualité (promotion).",
    moves: [
      {
        person: "Jean Albin",
        role: "directeur commercial",
        company: "Horlogerie Vaucluse",
        kind: "joined",
        previous: ["Montres Ravel"],
      },
      { person: "Nina Roux", role: "responsable qualité", company: "Horlogerie Vaucluse", kind: "promoted" },
    ],
  },
  {
    name: "a tag on the first item, the second coming from elsewhere",
    item: "Salaisons Morvan : Luc Perrin, directeur de site (promotion) ; Ada Klein, directrice juridique (ex-Charcuteries Béral).",
    moves: [
      { person: "Luc Perrin", role: "directeur de site", company: "Salaisons Morvan", kind: "promoted" },
      {
        person: "Ada Klein",
        role: "directrice juridique",
        company: "Salaisons Morvan",
        kind: "joined",
        previous: ["Charcuteries Béral"],
      },
    ],
  },
];

const BOARD_WELCOMES: { name: string; item: string; moves: WantedMove[] }[] = [
  {
    name: "a supervisory board counting its new members",
    item: "Le conseil de surveillance de la Mutuelle des Forestiers accueille deux nouveaux membres, Aline Peyrot et Jacques Ravel.",
    moves: [
      {
        person: "Aline Peyrot",
        role: "membre du conseil de surveillance",
        company: "Mutuelle des Forestiers",
      },
      {
        person: "Jacques Ravel",
        role: "membre du conseil de surveillance",
        company: "Mutuelle des Forestiers",
      },
    ],
  },
  {
    name: "a committee's members listed after a colon, surnames in capitals",
    item: "Le comité scientifique de Fondation Lumivert accueille trois nouveaux membres : Agnès MOREL, Yves TANGUY et Léa FOURNIER-SALA.",
    moves: [
      {
        person: "Agnès Morel",
        role: "membre du comité scientifique",
        company: "Fondation Lumivert",
        kind: "appointed",
      },
      { person: "Yves Tanguy", role: "membre du comité scientifique", company: "Fondation Lumivert" },
      { person: "Léa Fournier-Sala", role: "membre du comité scientifique", company: "Fondation Lumivert" },
    ],
  },
  {
    name: "a board's label, its new members with their asides",
    item: "Conseil d'administration du Conservatoire de Mornac : entrent Dr Hugues Vidal (médecin), Claire Besson (Banque Arvel) et Tom Garnier, représentant des élèves.",
    moves: [
      { person: "Hugues Vidal", role: "administrateur", company: "Conservatoire de Mornac" },
      { person: "Claire Besson", role: "administratrice", company: "Conservatoire de Mornac" },
      { person: "Tom Garnier", role: "administrateur", company: "Conservatoire de Mornac" },
    ],
  },
  {
    name: "an English board naming its members' title",
    item: "Norvale Shipping's board welcomed two non-executive directors, Sarah Whitcombe and David Pryce.",
    moves: [
      {
        person: "Sarah Whitcombe",
        role: "non-executive director",
        company: "Norvale Shipping",
        kind: "appointed",
      },
      { person: "David Pryce", role: "non-executive director", company: "Norvale Shipping" },
    ],
  },
  {
    name: "a house's label, its member entering the board",
    item: "Coutellerie Ardan : Bruno DE LA VERGNE, 61 ans, entre au conseil d'administration",
    moves: [
      {
        person: "Bruno de la Vergne",
        role: "administrateur",
        company: "Coutellerie Ardan",
        kind: "appointed",
      },
    ],
  },
];

const BUREAUS: { name: string; item: string; moves: WantedMove[] }[] = [
  {
    name: "two officers of one item, their title in the plural",
    item: "L'assemblée générale de l'Amicale Laïque de Vernoux a élu son nouveau bureau : Julien Faure, président ; Claire Morin et Hervé Dumas, vice-présidents ; Sophie Rey, trésorière.",
    moves: [
      { person: "Julien Faure", role: "président", company: "Amicale Laïque de Vernoux" },
      { person: "Claire Morin", role: "vice-présidente", company: "Amicale Laïque de Vernoux" },
      { person: "Hervé Dumas", role: "vice-président", company: "Amicale Laïque de Vernoux" },
      { person: "Sophie Rey", role: "trésorière", company: "Amicale Laïque de Vernoux" },
    ],
  },
  {
    name: "the body's name, then the bureau it renews, then its officers' lines",
    item: "Union des apiculteurs du Vivarais : nouveau bureau. Présidente : Martine Chabert ; trésorier : Louis Vernet ; secrétaire générale : Inès Barral.",
    moves: [
      { person: "Martine Chabert", role: "présidente", company: "Union des apiculteurs du Vivarais" },
      { person: "Louis Vernet", role: "trésorier", company: "Union des apiculteurs du Vivarais" },
      { person: "Inès Barral", role: "secrétaire générale", company: "Union des apiculteurs du Vivarais" },
    ],
  },
];

describe("coordinated movers and their posts 'respectivement'", () => {
  it("reads the posts set apart by commas around 'respectivement', surnames in capitals", () => {
    expectMoves(
      issueAround([
        "Chez Tissages Morvan, Hélène DUCROS et Yann LE FLOCH sont promus, respectivement, directrice de la teinture et directeur de la filature.",
        "La filière recrute.",
      ]),
      [
        {
          person: "Hélène Ducros",
          role: "directrice de la teinture",
          company: "Tissages Morvan",
          kind: "promoted",
        },
        {
          person: "Yann Le Floch",
          role: "directeur de la filature",
          company: "Tissages Morvan",
          kind: "promoted",
        },
      ],
    );
  });
});

describe("a bureau's officers", () => {
  it.each(BUREAUS)("reads $name", ({ item, moves }) => {
    expectMoves(issueAround([item, "La filière recrute."]), moves);
  });
});

describe("a board welcoming its members", () => {
  it.each(BOARD_WELCOMES)("reads $name", ({ item, moves }) => {
    expectMoves(issueAround([item, "La filière recrute."]), moves);
  });
});

describe("digest items told by a label", () => {
  it.each(LABELLED_ITEMS)("reads $name", ({ item, moves }) => {
    expectMoves(issueAround([item, "La filière recrute."]), moves);
  });
});

describe("promotions said by a tag or a lead", () => {
  it.each(PROMOTION_LABELS)("reads $name", ({ item, moves }) => {
    expectMoves(issueAround([item, "La filière recrute."]), moves);
  });
});
