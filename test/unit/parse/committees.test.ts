// Committees, bureaux and boards in one sentence (jobs/parse/committees.ts). Every person and company
// here is invented; the cases vary the opening ("Le nouveau comité de direction de C :", "C remanie son
// comex :", "Autour de X, nouvelle R de C, on trouve", "a élu son nouveau bureau :", "accueille deux
// nouveaux membres :", "se compose désormais de :", "deux arrivées :", "C étoffe son comité exécutif :" with
// verb clauses, "Deux nouveaux visages entrent au conseil de C :", "Nouveau bureau pour C. Ont été élus :",
// "Le bureau de C se renouvelle :"), the statuses and the separators.

import { describe, expect, it } from "@jest/globals";
import { committeeSentences } from "../../../jobs/parse/committees.ts";

describe("committee sentences", () => {
  it.each([
    [
      "Le nouveau comité exécutif de Laiterie Morvan : Paul Garnier (directeur industriel, ex-Fromagerie Joly), Lise Adam (directrice qualité, promue) et Marc Roux (directeur financier, confirmé).",
      [
        "Paul Garnier (ex-Fromagerie Joly) → Laiterie Morvan, directeur industriel",
        "Chez Laiterie Morvan, Lise Adam est promue directrice qualité.",
      ],
    ],
    [
      "Vitrex, verrier à Saint-Aubin, remanie son comité de direction : Anne Roy (DRH, nommée) et Hugo Blin (secrétaire général, inchangé)",
      ["Chez Vitrex, Anne Roy est nommée DRH."],
    ],
    [
      "La nouvelle équipe de direction d'Atelier Nord : Zoé Lenoir (directrice générale, ex-Studio Sud) ; Jean Piel (directeur technique, reconduit)",
      ["Zoé Lenoir (ex-Studio Sud) → Atelier Nord, directrice générale"],
    ],
    [
      "Autour de Margot Vidal, nouvelle directrice générale de Fromagerie Lenoir, on trouve Paul Roche (directeur industriel, ex-Laiterie Morvan) et Inès Caron (directrice qualité, venue de Crèmerie Bastide), ainsi que Léo Marin (directeur financier, confirmé), maintenu dans ses fonctions.",
      [
        "Chez Fromagerie Lenoir, Margot Vidal devient directrice générale.",
        "Paul Roche (ex-Laiterie Morvan) → Fromagerie Lenoir, directeur industriel",
        "Inès Caron (ex-Crèmerie Bastide) → Fromagerie Lenoir, directrice qualité",
      ],
    ],
    [
      "L'association des brasseurs de Valbonne a élu son nouveau bureau : Hugo MARTEL (président, brasseur depuis 2001), Claire Dumas (vice-présidente) et Noé Ferrand (trésorier, réélu).",
      [
        "Chez Association des brasseurs de Valbonne, Hugo MARTEL devient président.",
        "Chez Association des brasseurs de Valbonne, Claire Dumas devient vice-présidente.",
      ],
    ],
    [
      "La coopérative Vergers du Lot a élu son nouveau bureau : Anne Pujol (présidente, arboricultrice à Cahors) et Rémi Sarda (secrétaire).",
      [
        "Chez Vergers du Lot, Anne Pujol devient présidente.",
        "Chez Vergers du Lot, Rémi Sarda devient secrétaire.",
      ],
    ],
    [
      "Le conseil d'administration de la Mutuelle des Tisserands accueille trois nouveaux membres : Julie Brun (administratrice indépendante), Marc Olier (représentant des salariés, élu) et Sophie Lenoir, reconduite, tandis que Yves Tardy, président, est réélu.",
      [
        "Chez Mutuelle des Tisserands, Julie Brun devient administratrice indépendante.",
        "Chez Mutuelle des Tisserands, Marc Olier (représentant des salariés) devient membre du conseil d'administration.",
      ],
    ],
    [
      "Le conseil scientifique du label Pain Vrai se compose désormais de : président, Louis Garnier (Moulins de Brie) ; secrétaire, Nora Haddad (ex-Farines Ducret) ; trésorière, Eva Morel, qui conserve son mandat.",
      [
        "Chez Pain Vrai, Louis Garnier devient président.",
        "Nora Haddad (ex-Farines Ducret) → Pain Vrai, secrétaire",
      ],
    ],
    [
      "Chez Verrerie Astier aussi, deux arrivées : Tom Lefèvre (responsable du four de Lens) et Ana Costa (directrice des achats, ex-Cristallerie Noël).",
      [
        "Chez Verrerie Astier, Tom Lefèvre devient responsable du four de Lens.",
        "Ana Costa (ex-Cristallerie Noël) → Verrerie Astier, directrice des achats",
      ],
    ],
    // new faces on a board: each takes the board's seat, agreed by the "respectivement" description's
    // first word, or by the first name when its ending tells nothing ("avocate")
    [
      "Trois nouveaux visages entrent au conseil d'administration de Mutuelle des Forges : Paule Arnal, Hugo Sorbier et Léa Tisserand, respectivement ancienne pharmacienne, ingénieur et avocate.",
      [
        "Chez Mutuelle des Forges, Paule Arnal devient administratrice.",
        "Chez Mutuelle des Forges, Hugo Sorbier devient administrateur.",
        "Chez Mutuelle des Forges, Léa Tisserand devient administratrice.",
      ],
    ],
    [
      "Deux nouvelles administratrices font leur entrée au conseil de surveillance du Crédit Maritime de Paimpol : Anne Le Borgne (ex-Banque Kerlan) et Claire Joubin (venue de Caisse Rurale d'Arz).",
      [
        "Anne Le Borgne (ex-Banque Kerlan) → Crédit Maritime de Paimpol, membre du conseil de surveillance",
        "Claire Joubin (ex-Caisse Rurale d'Arz) → Crédit Maritime de Paimpol, membre du conseil de surveillance",
      ],
    ],
    // a house the sentence reader would cut at "et" is told as an arrow line's last cell, read whole
    [
      "Deux nouveaux visages entrent au conseil d'administration de Scieries et Charpentes du Morvan : Gilles Prost et Nadia Ferrand.",
      [
        "Gilles Prost → administrateur, Scieries et Charpentes du Morvan",
        "Nadia Ferrand → administratrice, Scieries et Charpentes du Morvan",
      ],
    ],
    // a board said new, each member with a post (name first, after a comma or in brackets)
    [
      "Nouveau bureau pour l'Union des Apiculteurs du Gers. Ont été élues : Marthe Daguin, présidente ; Odile Bastiat, trésorière, ex-Ruchers du Lot.",
      [
        "Chez Union des Apiculteurs du Gers, Marthe Daguin devient présidente.",
        "Odile Bastiat (ex-Ruchers du Lot) → Union des Apiculteurs du Gers, trésorière",
      ],
    ],
    [
      "Le bureau du Cercle Nautique de Lorient se renouvelle : Yann Guégan (Président), Morgane Le Dû (Trésorière) et Erwan Cadiou (secrétaire, réélu).",
      [
        "Chez Cercle Nautique de Lorient, Yann Guégan devient président.",
        "Chez Cercle Nautique de Lorient, Morgane Le Dû devient trésorière.",
      ],
    ],
    [
      "Composition du nouveau conseil d'administration de Ciné Lumière : Théo Marchand, président ; Alice Perrot, vice-présidente.",
      [
        "Chez Ciné Lumière, Théo Marchand devient président.",
        "Chez Ciné Lumière, Alice Perrot devient vice-présidente.",
      ],
    ],
    [
      "Nouveau comité directeur pour le Tennis Club d'Arcachon : Paul Verne (président) et Lina Roux (trésorière).",
      [
        "Chez Tennis Club d'Arcachon, Paul Verne devient président.",
        "Chez Tennis Club d'Arcachon, Lina Roux devient trésorière.",
      ],
    ],
    // an election told after the occasion it took place at
    [
      "À l'issue de son assemblée générale, la Fédération des Fromagers du Jura a élu son nouveau bureau : Luc Bailly (président) et Rose Petit (trésorière).",
      [
        "Chez Fédération des Fromagers du Jura, Luc Bailly devient président.",
        "Chez Fédération des Fromagers du Jura, Rose Petit devient trésorière.",
      ],
    ],
    // each post then its officer, no comma between, the body's acronym after its name (issue 13,
    // session 21); the officer's own house in brackets is no status
    [
      "La Chambre des vanniers du Causse (CVC) a désigné son bureau : président Hugo Brissac (Osiers Morvan), vice-présidente Inès Arnal, trésorier Paul Sorel.",
      [
        "Chez Chambre des vanniers du Causse, Hugo Brissac devient président.",
        "Chez Chambre des vanniers du Causse, Inès Arnal devient vice-présidente.",
        "Chez Chambre des vanniers du Causse, Paul Sorel devient trésorier.",
      ],
    ],
    [
      "La Ligue des sonneurs a élu son nouveau bureau : présidente Rose Tanguy et secrétaire Marc Ollier (réélu).",
      ["Chez Ligue des sonneurs, Rose Tanguy devient présidente."],
    ],
    // members told with verb clauses after the lead's colon: each clause after its company
    [
      "Cidrerie Lemarch étoffe son comité exécutif : Paul Henry, venu de Pressoirs Aubert, rejoint le comité comme directeur commercial, Anne Rigal est nommée directrice financière et Marc Ollier, jusqu'ici chef d'atelier, en devient directeur industriel, et Lucie Bonnet reste responsable qualité.",
      [
        "Paul Henry, venu de Pressoirs Aubert, rejoint Cidrerie Lemarch comme directeur commercial.",
        "Chez Cidrerie Lemarch, Anne Rigal est nommée directrice financière.",
        "Chez Cidrerie Lemarch, Marc Ollier, jusqu'ici chef d'atelier, devient directeur industriel.",
      ],
    ],
    [
      "Le Moulin Vert recompose son directoire : Inès Garo y entre comme directrice juridique, Hugo Tessan passe de chef de produit à directeur marketing et Léa Morin arrive de Farines Ducros pour prendre le poste de directrice des achats, Rémi Caron étant reconduit au poste de président.",
      [
        "Chez Le Moulin Vert, Inès Garo devient directrice juridique.",
        "Chez Le Moulin Vert, Hugo Tessan, jusqu'ici chef de produit, devient directeur marketing.",
        "Chez Le Moulin Vert, Léa Morin arrive de Farines Ducros pour prendre le poste de directrice des achats.",
      ],
    ],
    [
      "La coopérative laitière Fromentine rebat les cartes de sa direction : Jean Vial est nommé directeur général ; Sophie Lanc est promue directrice technique, sans changement pour Yves Parrot, toujours directeur financier.",
      [
        "Chez Fromentine, Jean Vial est nommé directeur général.",
        "Chez Fromentine, Sophie Lanc est promue directrice technique.",
      ],
    ],
    [
      "SVA (Salaisons du Val d'Arve) renforce son équipe dirigeante : Chloé Berthet, ex-Jambons Morel, rejoint l'équipe comme directrice qualité, tandis qu'Alain Perrin est confirmé dans ses fonctions de directeur commercial.",
      ["Chloé Berthet, ex-Jambons Morel, rejoint Salaisons du Val d'Arve comme directrice qualité."],
    ],
    [
      "Verrerie Dubost fait évoluer sa gouvernance : Nadia Colin passe de responsable des ventes à directrice commerciale et Yves Marchal arrive de Cristaux Lebon pour prendre le poste de directeur industriel, alors que Paul Sorel est maintenu comme président.",
      [
        "Chez Verrerie Dubost, Nadia Colin, jusqu'ici responsable des ventes, devient directrice commerciale.",
        "Chez Verrerie Dubost, Yves Marchal arrive de Cristaux Lebon pour prendre le poste de directeur industriel.",
      ],
    ],
    // a clause read as nothing known stays, after its company, a paragraph for the reader and an editor
    [
      "Brasserie Kerlan remanie sa direction : Marc Le Gall est nommé directeur commercial et Julie Tanguy prend sa retraite.",
      [
        "Chez Brasserie Kerlan, Marc Le Gall est nommé directeur commercial.",
        "Chez Brasserie Kerlan, Julie Tanguy prend sa retraite.",
      ],
    ],
  ])("%s", (line, sentences) => {
    expect(committeeSentences(line)).toEqual(sentences);
  });

  it.each([
    // a member whose bracket tells nothing known: left to an editor as written
    "Le nouveau comité exécutif de Laiterie Morvan : Paul Garnier (directeur industriel), Lise Adam (directrice qualité, promue).",
    // a committee's member with no status, though the lead names its own mover
    "Autour de Margot Vidal, nouvelle directrice générale de Fromagerie Lenoir, on trouve Paul Roche (directeur industriel) et Inès Caron (directrice qualité, promue).",
    // what follows "tandis que" is a move of its own, not a kept member: left as written
    "Le conseil de surveillance de Banque Roussel accueille deux nouveaux membres : Eva Morel (administratrice) et Jean Pic (censeur), tandis que Luc Noir quitte le conseil.",
    // an outgoing officer listed with the new ones
    "L'amicale des cidriers a élu son nouveau bureau : Paul Rivet (président) et Marie Cléry (trésorière, sortante).",
    // a bureau's items that are no names
    "La fédération Bois & Forêts a élu son nouveau bureau : trois présidents (tournants) et deux secrétaires (bénévoles).",
    // a post before words that are no name
    "La Ligue des sonneurs a élu son nouveau bureau : présidente une élue de Brévaux et secrétaire un bénévole.",
    // verb clauses where every member is kept: no move
    "Brasserie Kerlan remanie sa direction : Marc Le Gall reste directeur commercial et Julie Tanguy est reconduite au poste de directrice financière.",
    // a lead whose "company" is a headline's words
    "COMMUNIQUÉ — Vinalis annonce deux nominations au sein de son comité de direction : Marc Le Gall, jusqu'ici chef de chai, devient directeur technique et Julie Tanguy est nommée directrice commerciale.",
    // descriptions that do not go one to a member
    "Deux nouveaux visages entrent au conseil d'administration de Mutuelle des Forges : Paule Arnal et Hugo Sorbier, respectivement pharmacienne.",
    // a new board's items that are no names, or names with no post
    "Nouveau conseil pour Cinéma Le Rex. Ont été élus : des bénévoles motivés et deux anciens.",
    "Le bureau de Ciné Lumière se renouvelle : Théo Marchand et Alice Perrot.",
    // a team is no board
    "Nouvelle équipe pour Tennis Club d'Arcachon : Paul Verne (capitaine) et Lina Roux (entraîneuse).",
    // no committee
    "Laiterie Morvan présente ses résultats : chiffre d'affaires (en hausse) et marge (stable).",
  ])("leaves %s", (line) => {
    expect(committeeSentences(line)).toBeNull();
  });
});

describe("a bureau whose body the text before names", () => {
  // issue 13: real49/real50 listed five bureaux as "X (R), Y (R) et Z (R)" under a body named only
  // before ("Le nouveau bureau du Comité :", "Le Syndicat complète son bureau :", "Le bureau est
  // complété par …", a heading "Fédération : deux entrées au bureau")
  it.each([
    [
      "a head noun in the lead",
      "Jeanne Morvan est élue présidente de l'Union des potiers de Vézère.",
      "Le nouveau bureau de l'Union : Paul Verne (vice-président) et Lina Roux (trésorière).",
      [
        "Chez Union des potiers de Vézère, Paul Verne devient vice-président.",
        "Chez Union des potiers de Vézère, Lina Roux devient trésorière.",
      ],
    ],
    [
      "a body that completes its bureau",
      "Le Syndicat des luthiers de Brenne a réélu Marc Tissot à sa tête.",
      "Le Syndicat complète son bureau : Paul Verne (vice-président), Lina Roux (trésorière).",
      [
        "Chez Syndicat des luthiers de Brenne, Paul Verne devient vice-président.",
        "Chez Syndicat des luthiers de Brenne, Lina Roux devient trésorière.",
      ],
    ],
    [
      "no body at all, the item before's",
      "Anne Brun succède à Marc Tissot à la présidence de la Fédération des apiculteurs.",
      "Le bureau est complété par Paul Verne (vice-président) et Lina Roux (trésorière).",
      [
        "Chez Fédération des apiculteurs, Paul Verne devient vice-président.",
        "Chez Fédération des apiculteurs, Lina Roux devient trésorière.",
      ],
    ],
    [
      "a heading's head noun over the list",
      "La Fédération des apiculteurs a réélu Marc Tissot.\nFédération : deux entrées au bureau",
      "Paul Verne (vice-président) et Lina Roux (trésorière).",
      [
        "Chez Fédération des apiculteurs, Paul Verne devient vice-président.",
        "Chez Fédération des apiculteurs, Lina Roux devient trésorière.",
      ],
    ],
    [
      "new officers entering it, the verb before them",
      "Anne Brun succède à Marc Tissot à la présidence de la Fédération des apiculteurs.",
      "Entrent au bureau : Paul Verne (vice-président), Lina Roux (trésorière).",
      [
        "Chez Fédération des apiculteurs, Paul Verne devient vice-président.",
        "Chez Fédération des apiculteurs, Lina Roux devient trésorière.",
      ],
    ],
    [
      "the paragraph's own opening",
      "",
      "Congrès de la Ligue de pétanque de Brenne : Anne Brun est élue présidente. Composition du bureau : Paul Verne (vice-président), Lina Roux (trésorière).",
      [
        "Congrès de la Ligue de pétanque de Brenne : Anne Brun est élue présidente.",
        "Chez Ligue de pétanque de Brenne, Paul Verne devient vice-président.",
        "Chez Ligue de pétanque de Brenne, Lina Roux devient trésorière.",
      ],
    ],
  ])("%s", (_, before, line, sentences) => {
    expect(committeeSentences(line, before)).toEqual(sentences);
  });

  it.each([
    [
      "no body named before",
      "La météo fut clémente.",
      "Le bureau est complété par Paul Verne (vice-président) et Lina Roux (trésorière).",
    ],
    [
      "a head noun the text before never writes in full",
      "La météo fut clémente.",
      "Le Syndicat complète son bureau : Paul Verne (vice-président), Lina Roux (trésorière).",
    ],
    [
      "a list under a heading that names no bureau",
      "Fédération : deux arrivées",
      "Paul Verne (vice-président) et Lina Roux (trésorière).",
    ],
  ])("leaves a bureau with %s", (_, before, line) => {
    expect(committeeSentences(line, before)).toBeNull();
  });
});

describe("members entering a board in one sentence", () => {
  // issue 13: real49/real50 told board entries in seven shapes, none a lead and a bracketed list
  it.each([
    [
      "Entrent au conseil de surveillance de Théâtre Lumen : Paul Verne et Lina Roux.",
      [
        "Chez Théâtre Lumen, Paul Verne devient membre du conseil de surveillance.",
        "Chez Théâtre Lumen, Lina Roux devient membre du conseil de surveillance.",
      ],
    ],
    [
      "Entre au conseil d'administration de Voilerie Kermor : Dr Lina Roux, médecin du sport.",
      ["Chez Voilerie Kermor, Lina Roux devient administratrice."],
    ],
    [
      "Voilerie Kermor fait entrer à son conseil de surveillance Paul Verne et Lina Roux.",
      [
        "Chez Voilerie Kermor, Paul Verne devient membre du conseil de surveillance.",
        "Chez Voilerie Kermor, Lina Roux devient membre du conseil de surveillance.",
      ],
    ],
    [
      "Au Cercle nautique de Brenne, le conseil d'administration a coopté deux nouveaux administrateurs, Paul Verne et Lina Roux.",
      [
        "Chez Cercle nautique de Brenne, Paul Verne devient administrateur.",
        "Chez Cercle nautique de Brenne, Lina Roux devient administratrice.",
      ],
    ],
    [
      "Deux entrées au conseil de surveillance du groupe Voiles Kermor : Paul Verne et Lina Roux, respectivement ancien notaire et ex-avocate.",
      [
        "Chez Voiles Kermor, Paul Verne devient membre du conseil de surveillance.",
        "Chez Voiles Kermor, Lina Roux devient membre du conseil de surveillance.",
      ],
    ],
    [
      "Théâtre Lumen : Lina Roux entre au conseil de surveillance.",
      ["Chez Théâtre Lumen, Lina Roux devient membre du conseil de surveillance."],
    ],
    [
      "Théâtre Lumen : Pr Paul Verne rejoint le conseil scientifique.",
      ["Chez Théâtre Lumen, Paul Verne devient membre du conseil scientifique."],
    ],
    [
      "Théâtre Lumen accueille enfin Pr Paul Verne, historien du décor, à son conseil scientifique.",
      ["Chez Théâtre Lumen, Paul Verne devient membre du conseil scientifique."],
    ],
    [
      "Voilerie Kermor, de son côté, accueille au conseil d'administration l'ancien maire de Brenne, Paul Verne.",
      ["Chez Voilerie Kermor, Paul Verne devient administrateur."],
    ],
    // words describing the house before its name are no part of it
    [
      "Le réseau de voileries Kermor accueille à son conseil d'administration Paul Verne, ancien maire de Brenne.",
      ["Chez Kermor, Paul Verne devient administrateur."],
    ],
    // the board fronted, its new members after the verb (inverted subject)
    [
      "Au conseil d'administration de Poteries Vannel font leur entrée Agathe Morin, de la Faïencerie d'Olne, et Rémi Sarrau, tourneur à Lanval.",
      [
        "Chez Poteries Vannel, Agathe Morin devient administratrice.",
        "Chez Poteries Vannel, Rémi Sarrau devient administrateur.",
      ],
    ],
    [
      "Entrent au comité d'orientation de l'Institut des arts du feu : Agathe Morin, directrice de Faïencerie d'Olne, et Rémi Sarrau.",
      [
        "Chez Institut des arts du feu, Agathe Morin devient membre du comité d'orientation.",
        "Chez Institut des arts du feu, Rémi Sarrau devient membre du comité d'orientation.",
      ],
    ],
    [
      "Également entrés au conseil de surveillance de Poteries Vannel : Dr Agathe Morin, céramiste, et Rémi Sarrau.",
      [
        "Chez Poteries Vannel, Agathe Morin devient membre du conseil de surveillance.",
        "Chez Poteries Vannel, Rémi Sarrau devient membre du conseil de surveillance.",
      ],
    ],
    // "y" stands for the board the lead names; a bracket after a name is the member's own house
    [
      "Poteries Vannel s'est dotée d'un conseil d'administration : y entrent Agathe Morin et Rémi Sarrau.",
      [
        "Chez Poteries Vannel, Agathe Morin devient administratrice.",
        "Chez Poteries Vannel, Rémi Sarrau devient administrateur.",
      ],
    ],
    [
      "Conseil d'administration renouvelé au Syndicat des potiers d'Olne : y entrent Agathe Morin (Faïencerie d'Olne) et Rémi Sarrau (Grès Vannel).",
      [
        "Chez Syndicat des potiers d'Olne, Agathe Morin devient administratrice.",
        "Chez Syndicat des potiers d'Olne, Rémi Sarrau devient administrateur.",
      ],
    ],
  ])("%s", (line, sentences) => {
    expect(committeeSentences(line)).toEqual(sentences);
  });

  it.each([
    "Théâtre Lumen : la saison entre au conseil de surveillance.",
    "Entrent au conseil de surveillance de Théâtre Lumen : des bénévoles motivés.",
    "Deux entrées au conseil de surveillance de Voiles Kermor : Paul Verne et Lina Roux, respectivement notaire.",
    // a bracket naming a post is a bureau's list, not members of the board entering
    "Au conseil d'administration de Poteries Vannel entrent Agathe Morin (trésorière) et Rémi Sarrau (secrétaire).",
  ])("leaves %s", (line) => {
    expect(committeeSentences(line)).toBeNull();
  });
});
