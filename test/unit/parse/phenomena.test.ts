// Issue 13, item 2: families of phrasing the sentence model must read whatever the words. One row
// per family, with an invented example and the records it must give ([] = not a move).

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { issueAround } from "./issue-text.ts";

const issue = (item: string) => issueAround([item]);

type Row = [family: string, example: string, records: [person: string, company: string, role: string][]];

const ROWS: Row[] = [
  [
    "a heading naming a body's meeting gives the body ('Congrès de l'Union … : X a été élu président')",
    "Congrès de l'Union française des loueurs de voiliers : Marc Lin a été élu président par 80 voix contre 41.",
    [["Marc Lin", "Union française des loueurs de voiliers", "président"]],
  ],
  [
    "a charge after a comma to the clause's end is part of the title ('directeur adjoint, chargé de …')",
    "Ferlog nomme Marc Lin directeur adjoint, chargé de la formation des pilotes.",
    [["Marc Lin", "Ferlog", "directeur adjoint, chargé de la formation des pilotes"]],
  ],
  [
    "a post 'laissé vacant' is the post, not its title",
    "Le syndicat de bassin de la Vordane a promu Anne Roy au poste de technicienne rivières laissé vacant.",
    [["Anne Roy", "syndicat de bassin de la Vordane", "technicienne rivières"]],
  ],
  [
    "a list whose verb says its people keep their posts gives no move ('A et B conservent leurs fonctions')",
    "Les deux cofondateurs, Marc Lin et Anne Roy, conservent leurs fonctions de président et de directrice générale.",
    [],
  ],
  [
    "a bulleted item headed by its employer, then described ('» C — L'agence accueille X')",
    "» Agence Talvia — L'agence accueille Marc Lin comme directeur des opérations. Transfuge de Kargo Rail, il remplace Paul Girard.",
    [["Marc Lin", "Agence Talvia", "directeur des opérations"]],
  ],
  [
    "a second naming verb's title is the next object's ('promeut A R1 et recrute comme R2 B')",
    "Ferlog promeut Anne Roy directrice générale adjointe et recrute comme directeur financier Marc Lin, ex-Kargo Rail.",
    [
      ["Anne Roy", "Ferlog", "directrice générale adjointe"],
      ["Marc Lin", "Ferlog", "directeur financier"],
    ],
  ],
  [
    "a second mover after an elided conjunction ('tandis qu'Anne')",
    "Marc Lin, ex-Kelvo, rejoint Ferlog comme directeur financier, tandis qu'Anne Roy, ex-Talvia, prend la direction juridique de Kargo Rail.",
    [
      ["Marc Lin", "Ferlog", "directeur financier"],
      ["Anne Roy", "Kargo Rail", "directrice juridique"],
    ],
  ],
  [
    "who chose the mover after the title ('par le conseil de')",
    "Anne Roy a été choisie comme directrice générale par le conseil de Ferlog.",
    [["Anne Roy", "Ferlog", "directrice générale"]],
  ],
  [
    "'par intérim' stays in the title",
    "Marc Lin est nommé directeur général par intérim de Ferlog.",
    [["Marc Lin", "Ferlog", "directeur général par intérim"]],
  ],
  [
    "a description of the person replaced between the verb and the name ('succède au fondateur X')",
    "Anne Roy succède au fondateur Luc Faure à la direction générale de Ferlog.",
    [["Anne Roy", "Ferlog", "directrice générale"]],
  ],
  [
    "a described person replaced after 'succède à' ('succède à l'avocat X à la présidence de C')",
    "Anne Roy succède à l'avocat Luc Faure à la présidence de l'Association des juristes du Lorvois.",
    [["Anne Roy", "Association des juristes du Lorvois", "présidente"]],
  ],
  [
    "the post of the person replaced, then the department led ('reprend le poste de X à la direction générale')",
    "Chez Ferlog, Marc Lin reprend le poste de Luc Faure à la direction générale.",
    [["Marc Lin", "Ferlog", "directeur général"]],
  ],
  [
    "a move in the first person, quoted and signed after a dash ('« Je rejoins C en tant que R » — X')",
    "« Ravie d'annoncer que je rejoins Ferlog en tant que directrice juridique ! » — Anne Roy",
    [["Anne Roy", "Ferlog", "directrice juridique"]],
  ],
  [
    "a signed post in English ('I have joined C as R. — X')",
    "After six years at Kelvo, I have joined Ferlog as Head of Data. — Marc Lin",
    [["Marc Lin", "Ferlog", "Head of Data"]],
  ],
  [
    "a quote that is someone's words about another person, not a signed post",
    "« Je suis très heureux qu'Anne me succède », a commenté Marc Lin.",
    [],
  ],
  [
    "a second mover with the verb left out after 'et'",
    "Anne Roy devient directrice financière de Ferlog et Marc Lin directeur commercial de Kargo Rail.",
    [
      ["Anne Roy", "Ferlog", "directrice financière"],
      ["Marc Lin", "Kargo Rail", "directeur commercial"],
    ],
  ],
  [
    "duties listed inside the title, the employer after them",
    "Léa Vidal est nommée directrice en charge des achats, de la logistique et des partenariats de Ferlog.",
    [["Léa Vidal", "Ferlog", "directrice en charge des achats, de la logistique et des partenariats"]],
  ],
  [
    "a date between the verb and the title",
    "ÉLODIE MARCHAND deviendra le 1er mars directrice financière de Corvania.",
    [["Élodie Marchand", "Corvania", "directrice financière"]],
  ],
  [
    "a date after the title",
    "Paul Girard deviendra directeur général de Corvania en juin 2027.",
    [["Paul Girard", "Corvania", "directeur général"]],
  ],
  [
    "a date after a post led",
    "Ferlog se choisit un successeur : Marc Lin, directeur de Kargo Rail, prendra la présidence en mai.",
    [["Marc Lin", "Ferlog", "président"]],
  ],
  [
    "leaving one employer, with an aside, to become something at another",
    "Paul Girard quitte Brindille, dont il était directeur commercial, pour devenir directeur général de Kargo Rail.",
    [["Paul Girard", "Kargo Rail", "directeur général"]],
  ],
  [
    "leaving to become, the title without the infinitive",
    "Paul Girard quitte Brindille pour devenir CFO de Kargo Rail.",
    [["Paul Girard", "Kargo Rail", "CFO"]],
  ],
  [
    "leaving to found a company",
    "Paul Girard quitte le groupe pour cofonder une start-up dans la logistique.",
    [],
  ],
  [
    "the employer named through a descriptor",
    "Anne Roy devient directrice financière du courtier Finexo.",
    [["Anne Roy", "Finexo", "directrice financière"]],
  ],
  [
    "a person after 'auprès de' is a manager",
    "Anne Roy rejoint Ferlog comme directrice des achats auprès de Marc Lin.",
    [["Anne Roy", "Ferlog", "directrice des achats"]],
  ],
  [
    "a lead sentence gives the employer of what follows",
    "Ferlog annonce deux nominations : Anne Roy devient directrice financière et Marc Lin devient directeur commercial.",
    [
      ["Anne Roy", "Ferlog", "directrice financière"],
      ["Marc Lin", "Ferlog", "directeur commercial"],
    ],
  ],
  [
    "an ordinal is no part of the role",
    "Anne Roy devient la troisième directrice générale de La Gazette du Causse.",
    [["Anne Roy", "La Gazette du Causse", "directrice générale"]],
  ],
  [
    "a post created, then its holder",
    "Ferlog crée un poste de directeur de la donnée et recrute Yann Tessier pour l'occuper.",
    [["Yann Tessier", "Ferlog", "directeur de la donnée"]],
  ],
  [
    "a post recruited, then its holder after a colon",
    "Kargo Rail recrute un directeur de l'innovation : Hélène Brun, jusqu'ici chez Ferlog.",
    [["Hélène Brun", "Kargo Rail", "directrice de l'innovation"]],
  ],
  [
    "two movers joined by 'tandis que', each with their own title and gender",
    "Anne Roy devient directrice générale de Ferlog tandis que Marc Lin prend la présidence de Kargo Rail.",
    [
      ["Anne Roy", "Ferlog", "directrice générale"],
      ["Marc Lin", "Kargo Rail", "président"],
    ],
  ],
  ["désigné", "Anne Roy est désignée présidente de Ferlog.", [["Anne Roy", "Ferlog", "présidente"]]],
  [
    "est proposé au poste de",
    "Marc Lin est proposé au poste de directeur général de Kargo Rail.",
    [["Marc Lin", "Kargo Rail", "directeur général"]],
  ],
  [
    "promeut X R",
    "Ferlog promeut Anne Roy directrice financière.",
    [["Anne Roy", "Ferlog", "directrice financière"]],
  ],
  [
    "le remplacera comme R",
    "Paul Girard quitte Ferlog en mars. Anne Roy le remplacera comme directrice générale.",
    [["Anne Roy", "Ferlog", "directrice générale"]],
  ],
  [
    "a predecessor's earlier appointment told in passing",
    "Anne Roy devient directrice de Ferlog en remplacement de Luc Faure, nommé en mars directeur de Kargo Rail.",
    [["Anne Roy", "Ferlog", "directrice"]],
  ],
  [
    "an adverb inside the clause",
    "Anne Roy devient en outre directrice par intérim de Ferlog.",
    [["Anne Roy", "Ferlog", "directrice par intérim"]],
  ],
  [
    "a middle initial",
    "Paul R. Girard rejoint Ferlog comme directeur financier.",
    [["Paul R. Girard", "Ferlog", "directeur financier"]],
  ],
  [
    "three people with their posts in one sentence",
    "Chez Ferlog : Anne Roy devient directrice financière, Marc Lin prend la direction commerciale, et Léa Vidal est nommée directrice juridique.",
    [
      ["Anne Roy", "Ferlog", "directrice financière"],
      ["Marc Lin", "Ferlog", "directeur commercial"],
      ["Léa Vidal", "Ferlog", "directrice juridique"],
    ],
  ],
  [
    "an institution named by a lower-case head noun, its complements and a place",
    "Marc Lin est nommé directeur de l'office de tourisme de Brisac.",
    [["Marc Lin", "office de tourisme de Brisac", "directeur"]],
  ],
  [
    "an institution's head noun and complements before the place, the institution the subject",
    "La Fédération des boulangers de Brisac élit Anne Roy présidente.",
    [["Anne Roy", "Fédération des boulangers de Brisac", "présidente"]],
  ],
  [
    "an institution named inside the title ('président du comité des fêtes de …')",
    "Luc Faure est élu président du comité des fêtes de Brisac.",
    [["Luc Faure", "comité des fêtes de Brisac", "président"]],
  ],
  [
    "an institution's head noun with a demonym and a complement",
    "Au Comité brisacois de solidarité, Anne Roy devient trésorière.",
    [["Anne Roy", "Comité brisacois de solidarité", "trésorière"]],
  ],
  [
    "a house's own body is part of the title, not an institution",
    "Anne Roy est nommée membre du comité exécutif de Ferlog.",
    [["Anne Roy", "Ferlog", "membre du comité exécutif"]],
  ],
  [
    "a sub-unit named by its town, the employer after it",
    "Anne Roy est nommée directrice de l'agence de Brisac de la Banque Ferlog.",
    [["Anne Roy", "Banque Ferlog", "directrice de l'agence de Brisac"]],
  ],
  [
    "a sub-unit named by its place with an article, the employer after it",
    "Marc Lin est nommé directeur de la délégation territoriale de la Haute-Lorve de l'Agence nationale de la faune.",
    [
      [
        "Marc Lin",
        "Agence nationale de la faune",
        "directeur de la délégation territoriale de la Haute-Lorve",
      ],
    ],
  ],
  [
    "a title introduced by 'à titre de'",
    "Ferlog annonce la nomination de Marc Lin à titre de vice-président principal.",
    [["Marc Lin", "Ferlog", "vice-président principal"]],
  ],
  [
    "a title introduced by 'au poste nouvellement créé de'",
    "Ferlog a nommé Anne Roy au poste nouvellement créé de directrice de la donnée.",
    [["Anne Roy", "Ferlog", "directrice de la donnée"]],
  ],
  [
    "an English title introduced by 'to'",
    "Kargo Rail has promoted Anne Roy to chief operating officer.",
    [["Anne Roy", "Kargo Rail", "chief operating officer"]],
  ],
  [
    "a department after a comma, Québec style",
    "Ferlog nomme M. Marc Lin vice-président, Approvisionnement, en remplacement de Mme Anne Roy.",
    [["Marc Lin", "Ferlog", "vice-président, Approvisionnement"]],
  ],
  [
    "a list of countries after the title",
    "Ferlog annonce la nomination d'Anne Roy au poste de directrice France, Suisse et Belgique.",
    [["Anne Roy", "Ferlog", "directrice France, Suisse et Belgique"]],
  ],
  [
    "a region after 'pour' is the title's scope",
    "Chez Ferlog, Marc Lin est nommé managing partner pour l'Occitanie.",
    [["Marc Lin", "Ferlog", "managing partner pour l'Occitanie"]],
  ],
  [
    "a territory's noun after 'pour' is the title's scope",
    "Chez Sablières Dorvan, Marc Lin, conducteur depuis 2012, devient chef d'équipe pour le secteur nord.",
    [["Marc Lin", "Sablières Dorvan", "chef d'équipe pour le secteur nord"]],
  ],
  [
    "a region in the plural after 'pour' is the title's scope",
    "Chez Ferlog, Anne Roy devient déléguée régionale pour les Hautes-Terres.",
    [["Anne Roy", "Ferlog", "déléguée régionale pour les Hautes-Terres"]],
  ],
  [
    "a purpose after 'pour' still ends the title",
    "Chez Ferlog, Anne Roy devient directrice commerciale pour la durée du mandat.",
    [["Anne Roy", "Ferlog", "directrice commerciale"]],
  ],
  [
    "a descriptor with an adjective before the employer ('de la nouvelle entité X')",
    "Ferlog annonce la nomination d'Anne Roy en tant que directrice générale de la nouvelle entité Ferlog Santé.",
    [["Anne Roy", "Ferlog Santé", "directrice générale"]],
  ],
  [
    "a newspaper's article belongs to its title ('du Messager de …' → 'Le Messager de …')",
    "Marc Lin est nommé rédacteur en chef du Messager de Brisac.",
    [["Marc Lin", "Le Messager de Brisac", "rédacteur en chef"]],
  ],
  [
    "a function's acronym after a lower-case descriptor is no part of the name",
    "Le cabinet de conseil RH Ferlog Conseil nomme Anne Roy directrice générale.",
    [["Anne Roy", "Ferlog Conseil", "directrice générale"]],
  ],
  [
    "a numeral opening the sentence is no employer; the house named before is",
    "Chez Kargo Rail, la direction change. Deux cadres montent : Anne Roy devient directrice financière du groupe, tandis que Marc Lin est promu directeur commercial du groupe.",
    [
      ["Anne Roy", "Kargo Rail", "directrice financière"],
      ["Marc Lin", "Kargo Rail", "directeur commercial"],
    ],
  ],
  [
    "a sentence's elided article before a name built as noun + 'de' + place",
    "L'Olympique de Brisac annonce l'arrivée de Marc Lin au poste de directeur commercial.",
    [["Marc Lin", "Olympique de Brisac", "directeur commercial"]],
  ],
  [
    "a court, a bar or a race named by its place is the employer, the title stays bare",
    "Anne Roy est élue présidente du tribunal judiciaire de Brisac.",
    [["Anne Roy", "tribunal judiciaire de Brisac", "présidente"]],
  ],
  [
    "a public utility, an exchange or a library named by its noun, its complements and its place",
    "La Régie des transports de Brisac a nommé Anne Roy directrice générale.",
    [["Anne Roy", "Régie des transports de Brisac", "directrice générale"]],
  ],
  [
    "an exchange with an adjective and a complement before its place",
    "La Bourse régionale des titres de Ferval a désigné Marc Lin directeur général.",
    [["Marc Lin", "Bourse régionale des titres de Ferval", "directeur général"]],
  ],
  [
    "a morning newspaper keeps its article, told by the contraction",
    "Anne Roy est nommée rédactrice en chef du Matin de Brisac.",
    [["Anne Roy", "Le Matin de Brisac", "rédactrice en chef"]],
  ],
  [
    "a title's capitalised article mid-sentence stays when a descriptor-like noun heads noun + 'de' + place",
    "Le groupe Ferlog nomme Anne Roy directrice générale de sa filiale Le Journal de Brisac.",
    [["Anne Roy", "Le Journal de Brisac", "directrice générale"]],
  ],
  [
    "character references left by a flattened HTML page are decoded before names are read",
    "Chez Ferlog &amp; Fils, Anne Roy devient directrice de l&#039;audit&nbsp;; elle vient de la Mutuelle d&#039;Orval.",
    [["Anne Roy", "Ferlog & Fils", "directrice de l'audit"]],
  ],
  [
    "an institution's adjective in -cole ends its name, not the sentence",
    "La Fédération des négociants de matériel viticole a élu Anne Roy présidente.",
    [["Anne Roy", "Fédération des négociants de matériel viticole", "présidente"]],
  ],
  [
    "an institution's second complement joined by 'et du'",
    "Par décret, Marc Lin est nommé président de l'Autorité des ports et du littoral.",
    [["Marc Lin", "Autorité des ports et du littoral", "président"]],
  ],
  [
    "an institution's complement linked by 'aux' right after its head",
    "Par arrêté, Anne Roy est nommée commissaire adjointe au Commissariat aux marchés de Brisac.",
    [["Anne Roy", "Commissariat aux marchés de Brisac", "commissaire adjointe"]],
  ],
  [
    "a name built as noun + 'de la' + capitalised words is read whole",
    "Anne Roy est nommée directrice de la Banque de la Vallée d'Orval.",
    [["Anne Roy", "Banque de la Vallée d'Orval", "directrice"]],
  ],
  [
    "a State's service in a département is named by its lower-case head and its place",
    "À la direction départementale des territoires et de la mer de la Brisaine, Anne Roy devient cheffe du service vétérinaire.",
    [
      [
        "Anne Roy",
        "direction départementale des territoires et de la mer de la Brisaine",
        "cheffe du service vétérinaire",
      ],
    ],
  ],
  [
    "a long descriptor with its own complements before the employer's name",
    "Marc Lin devient managing partner du cabinet de conseil en stratégie Ferlog Partners.",
    [["Marc Lin", "Ferlog Partners", "managing partner"]],
  ],
  [
    "a plant named by its town stays in the title",
    "Ferlog a désigné Marc Lin directeur de la centrale de Brisac.",
    [["Marc Lin", "Ferlog", "directeur de la centrale de Brisac"]],
  ],
  [
    "a second clause after 'alors que' ends the title",
    "Chez Ferlog, Anne Roy devient directrice technique alors que Marc Lin est nommé responsable commercial.",
    [
      ["Anne Roy", "Ferlog", "directrice technique"],
      ["Marc Lin", "Ferlog", "responsable commercial"],
    ],
  ],
  [
    "a vote count is no part of the title",
    "Le conseil d'administration de Ferlog a élu Anne Roy présidente par 12 voix sur 20.",
    [["Anne Roy", "Ferlog", "présidente"]],
  ],
  [
    "the rank a listed group is promoted to is the title",
    "Ferlog Avocats promeut deux de ses collaborateurs au rang d'associé : Marc Lin (fiscal) et Paul Girard (social).",
    [
      ["Marc Lin", "Ferlog Avocats", "associé"],
      ["Paul Girard", "Ferlog Avocats", "associé"],
    ],
  ],
  [
    "an English office after the title is no part of it",
    "Kargo Rail has appointed Anne Roy as partner in its Lyon office.",
    [["Anne Roy", "Kargo Rail", "partner"]],
  ],
  [
    "a plural title shared by several subjects, in the singular and agreeing with each",
    "Chez Ferlog, Anne Roy et Marc Lin sont nommés rédacteurs en chef adjoints.",
    [
      ["Anne Roy", "Ferlog", "rédactrice en chef adjointe"],
      ["Marc Lin", "Ferlog", "rédacteur en chef adjoint"],
    ],
  ],
  [
    "a descriptor-like noun whose complement ends on 'de' + the employer stays in the title",
    "Marc Lin est nommé responsable de la marque employeur de Ferlog.",
    [["Marc Lin", "Ferlog", "responsable de la marque employeur"]],
  ],
  [
    "an acronym stands for the name heading the item",
    "Office national des ports – Par décret, Marc Lin est nommé président de l'ONP.",
    [["Marc Lin", "Office national des ports", "président"]],
  ],
  [
    "an English descriptor capitalised by the sentence start is no part of the name",
    "Reinsurer Ferlog Re has hired Anne Roy as chief risk officer.",
    [["Anne Roy", "Ferlog Re", "chief risk officer"]],
  ],
  [
    "a country after the employer is the title's scope",
    "Anne Roy prend la direction générale de Ferlog Luxe en Belgique.",
    [["Anne Roy", "Ferlog Luxe", "directrice générale Belgique"]],
  ],
  [
    "a site named by what it does and its town stays in the title ('du centre de tri de <town>')",
    "Le groupe Ferlog a nommé Marc Lin directeur du centre de tri de Brisac.",
    [["Marc Lin", "Ferlog", "directeur du centre de tri de Brisac"]],
  ],
  [
    "a site with its purpose and town, then its employer ('du centre d'essais de <town> de <name>')",
    "Marc Lin est nommé directeur du centre d'essais de Brisac de l'Institut national des sols.",
    [["Marc Lin", "Institut national des sols", "directeur du centre d'essais de Brisac"]],
  ],
  [
    "the act that appoints ('par décret') is no part of the title",
    "Chez Ferlog, Anne Roy est nommée directrice des achats par décret du 3 mars.",
    [["Anne Roy", "Ferlog", "directrice des achats"]],
  ],
  [
    "the employer named again by a descriptor and its adjectives is no part of the title",
    "Kargo Rail – Marc Lin est nommé président de la filiale française du transporteur suisse.",
    [["Marc Lin", "Kargo Rail", "président"]],
  ],
  [
    "the employer named again by its rank in its market is no part of the title",
    "Chez Ferlog, Anne Roy devient directrice générale du numéro deux régional.",
    [["Anne Roy", "Ferlog", "directrice générale"]],
  ],
  [
    "the employer named again as 'l'entreprise familiale' is no part of the title",
    "Chez Ferlog, Marc Lin devient directeur général de l'entreprise familiale.",
    [["Marc Lin", "Ferlog", "directeur général"]],
  ],
  [
    "a network with its complement is a function ('directrice du réseau de franchises')",
    "Chez Ferlog, Anne Roy devient directrice du réseau de franchises.",
    [["Anne Roy", "Ferlog", "directrice du réseau de franchises"]],
  ],
  [
    "a common word opening a noun phrase is never the employer ('Grandes manœuvres chez C')",
    "Grandes manœuvres chez Ferlog. Le groupe nomme Anne Roy directrice financière.",
    [["Anne Roy", "Ferlog", "directrice financière"]],
  ],
  [
    "a newspaper named with its article after 'à' is the employer the paragraph is about",
    "Journaliste à La Voix de Brisac depuis 2001, Paul Dorsen prend sa retraite. La rédaction nomme deux rédacteurs en chef adjoints : Anne Roy, ancienne responsable de l'édition de Vernon, et Marc Lin.",
    [
      ["Anne Roy", "La Voix de Brisac", "rédactrice en chef adjointe"],
      ["Marc Lin", "La Voix de Brisac", "rédacteur en chef adjoint"],
    ],
  ],
  [
    "a fund named by its noun, complements and place, its short name in brackets, is the subject",
    "Le Fonds régional pour la création de la Vesle (Fonds Vesle) a recruté Anne Roy comme directrice.",
    [["Anne Roy", "Fonds régional pour la création de la Vesle", "directrice"]],
  ],
  [
    "a festival named by its noun, complement and town is the employer whatever its verb",
    "Le Festival du conte de Brisac confie sa programmation à Marc Lin, qui quitte Ferlog pour devenir directeur de la programmation.",
    [["Marc Lin", "Festival du conte de Brisac", "directeur de la programmation"]],
  ],
  [
    "the verb after an institution named by its place is no part of its name ('… de <town> change de président')",
    "L'office de tourisme du val de Brisac change de président : Marc Lin est élu président.",
    [["Marc Lin", "office de tourisme du val de Brisac", "président"]],
  ],
  [
    "the sentence's elided article before an institution's noun is no part of its name",
    "L'Association Ludo Brisac fête ses dix ans. L'association recrute aussi un délégué général : Marc Lin, ex-Ferlog.",
    [["Marc Lin", "Association Ludo Brisac", "délégué général"]],
  ],
  [
    "'en devient' points back to a whole name with 'de' ('de Datacentres de <town>'), not its town",
    "Nommée directrice générale de Serres de Brisac en 2020, Anne Roy en devient présidente.",
    [["Anne Roy", "Serres de Brisac", "présidente"]],
  ],
  [
    "a club named again by its head word is the full name the paragraph gave ('de l'Olympique')",
    "L'Athlétique de Brisac a nommé Marc Lin directeur sportif. Le conseil de l'Athlétique a par ailleurs élu Anne Roy présidente.",
    [
      ["Marc Lin", "Athlétique de Brisac", "directeur sportif"],
      ["Anne Roy", "Athlétique de Brisac", "présidente"],
    ],
  ],
  [
    "a name inside a relative clause before the subject is not a co-subject ('Chez C, qui vient de perdre X, Y est promu')",
    "Chez Ferlane Conseil, qui vient de perdre Julien Marot, Agathe Brun est promue directrice associée.",
    [["Agathe Brun", "Ferlane Conseil", "directrice associée"]],
  ],
  [
    "a search firm's practice after the title ('Partner, practice X')",
    "Lucas Berthe rejoint Ferlane Conseil en tant que Partner, practice Industrie & Énergie.",
    [["Lucas Berthe", "Ferlane Conseil", "Partner, practice Industrie & Énergie"]],
  ],
  [
    "the employer entrusts its post to a described holder ('confie sa présidence à l'ancienne ministre X')",
    "Le Festival de Brisac confie sa présidence à l'ancienne ministre Anne Roy, qui remplace Luc Faure.",
    [["Anne Roy", "Festival de Brisac", "présidente"]],
  ],
  [
    "the title between the verb and the name, no article ('a élu présidente X', 'choisit pour directeur général X')",
    "L'Association des franchisés Ferlog a élu présidente Anne Roy, multifranchisée à Brisac.\n\nLe Yacht Club de Brisac choisit pour directeur général Marc Lin, qui était secrétaire général de Kelvo.",
    [
      ["Anne Roy", "Association des franchisés Ferlog", "présidente"],
      ["Marc Lin", "Yacht Club de Brisac", "directeur général"],
    ],
  ],
  [
    "an employer whose capitalised head opens the sentence ('Les Ateliers navals de C nomment')",
    "Les Ateliers navals de Brisac nomment directeur général délégué LUC FAURE, ex-directeur industriel de Kelvo.",
    [["Luc Faure", "Ateliers navals de Brisac", "directeur général délégué"]],
  ],
  [
    "an institution named by its lower-case head and long complements before its place is the employer, not the place",
    "Marc Lin est nommé directeur du centre de gestion de la fonction publique territoriale de la Brisane.",
    [["Marc Lin", "centre de gestion de la fonction publique territoriale de la Brisane", "directeur"]],
  ],
  [
    "an institution whose place is named by its kind ('du Pays de X')",
    "Anne Roy est nommée directrice générale de l'agence régionale de santé du Pays de Brisac.",
    [["Anne Roy", "agence régionale de santé du Pays de Brisac", "directrice générale"]],
  ],
  [
    "an institution opening on a capitalised adjective ('Haut conseil', 'Grand port')",
    "Anne Roy est nommée présidente du Haut conseil de la commande publique.",
    [["Anne Roy", "Haut conseil de la commande publique", "présidente"]],
  ],
  [
    "a house of a kind named by its capitalised noun and complements ('Maison des sports de X')",
    "Anne Roy est nommée directrice de la Maison des sports de Lavrac.",
    [["Anne Roy", "Maison des sports de Lavrac", "directrice"]],
  ],
  [
    "an institution's adjective after a capitalised complement stays in its name",
    "Marc Lin devient le DSI du ministère des Affaires maritimes.",
    [["Marc Lin", "ministère des Affaires maritimes", "DSI"]],
  ],
  [
    "a subsidiary described by its group, then named in apposition, is the employer",
    "Anne Roy prend la tête de la filiale solaire de Ferlog, Ferlog Solaire, comme présidente.",
    [["Anne Roy", "Ferlog Solaire", "présidente"]],
  ],
  [
    "a body described by its place, then named in apposition, is the employer",
    "La régie des transports de Brisac, Movibus, recrute un directeur général : Marc Lin, qui dirigeait Kelvo.",
    [["Marc Lin", "Movibus", "directeur général"]],
  ],
  [
    "the subsidiary a title names is the employer when its name follows in apposition",
    "Le gestionnaire d'actifs Ferlog a nommé Marc Lin président de sa filiale immobilière, Ferlog Immobilier.",
    [["Marc Lin", "Ferlog Immobilier", "président"]],
  ],
  [
    "a name a person's title introduces is a person, never the employer",
    "Nouveau directeur financier pour la fintech Ferlog : Marc Lin, ex-Kelvo, rejoint l'équipe dirigeante au côté du fondateur Luc Faure.",
    [["Marc Lin", "Ferlog", "directeur financier"]],
  ],
  [
    "the head of a museum, theatre, office or agency led by 'la direction de' is its director, not a chief executive",
    "Anne Roy prend la direction du Théâtre de la Lune de Brisac.",
    [["Anne Roy", "Théâtre de la Lune de Brisac", "directrice"]],
  ],
  [
    "the head of a foundation, federation or association led by 'la direction de' is its director",
    "Marc Lin prend la direction de la Fédération régionale des vignerons du Haut-Lauzon. Anne Roy prend la direction de la Fondation Brisac pour la lecture.",
    [
      ["Marc Lin", "Fédération régionale des vignerons du Haut-Lauzon", "directeur"],
      ["Anne Roy", "Fondation Brisac pour la lecture", "directrice"],
    ],
  ],
  [
    "each person's share of a list of posts ('la nomination de X et de Y, respectivement aux postes de R1 et de R2')",
    "Le groupe Ferlog annonce la nomination de Marc Lin et d'Anne Roy, respectivement aux postes de directeur des achats et de directrice juridique.",
    [
      ["Marc Lin", "Ferlog", "directeur des achats"],
      ["Anne Roy", "Ferlog", "directrice juridique"],
    ],
  ],
  [
    "a month and newness before the title ('pour devenir en juillet le nouveau directeur de C')",
    "Marc Lin a quitté Kelvo pour devenir en juillet le nouveau directeur de la Cave Brisac.",
    [["Marc Lin", "Cave Brisac", "directeur"]],
  ],
  [
    "a company led by 'la direction de' keeps the chief executive's title",
    "Marc Lin prend la direction de Ferlog.",
    [["Marc Lin", "Ferlog", "directeur général"]],
  ],
  [
    "who 'a été remplacé … par X' is the one who leaves and X's predecessor",
    "Luc Faure a été remplacé à la direction du Musée de la Lune par Anne Roy.",
    [["Anne Roy", "Musée de la Lune", "directrice"]],
  ],
  [
    "'Il est remplacé par X': X takes the post the apposition after the one replaced gives, in X's gender",
    "Marc Lin, directeur général de Kargo Rail depuis 2015, rejoint Ferlog comme directeur des opérations. Il est remplacé par Anne Roy, directrice administrative du groupe.",
    [
      ["Marc Lin", "Ferlog", "directeur des opérations"],
      ["Anne Roy", "Kargo Rail", "directrice générale"],
    ],
  ],
  [
    "'… a été remplacée par X': X takes the post the title before the one replaced gives",
    "La directrice des systèmes d'information de Banque Ferlog, Anne Roy, a été remplacée par Marc Lin.",
    [["Marc Lin", "Banque Ferlog", "directeur des systèmes d'information"]],
  ],
  [
    "'Son R, Y, sera remplacé par X' after a sentence naming the house: X takes Y's bare title there",
    "Brindelle change de directeur financier. Son directeur financier, Paul Vasseur, sera remplacé en mars par Inès Caradec, venue de Ferlog.",
    [["Inès Caradec", "Brindelle", "directrice financière"]],
  ],
  [
    "'Y, R, sera remplacé par X' after a sentence naming the house: the apposition's bare title",
    "Orvane réorganise sa direction. Marc Tellier, directeur commercial, sera remplacé le 1er juin par Julie Roussel.",
    [["Julie Roussel", "Orvane", "directrice commerciale"]],
  ],
  [
    "who the successor is, between 'par' and the name ('par son adjoint, X')",
    "Anne Roy, directrice du Théâtre de la Lune, rejoint Ferlog comme directrice de la communication. Elle est remplacée par son adjoint, Marc Lin.",
    [
      ["Anne Roy", "Ferlog", "directrice de la communication"],
      ["Marc Lin", "Théâtre de la Lune", "directeur"],
    ],
  ],
  [
    "a post held long ago ('ancien directeur général de') is not the one the successor takes",
    "Marc Lin, ancien directeur général de Kargo Rail, rejoint Ferlog comme directeur des opérations. Il est remplacé par Anne Roy.",
    [["Marc Lin", "Ferlog", "directeur des opérations"]],
  ],
  [
    "the title announced before the person the employer welcomes ('recrute comme directrice des études X')",
    "Ferlog recrute comme directrice des études Anne Roy, économiste passée par Kelvo.",
    [["Anne Roy", "Ferlog", "directrice des études"]],
  ],
  [
    "the post led, announced before the person the employer names ('nomme à la direction de ses achats X')",
    "Ferlog nomme à la direction de ses achats Marc Lin, qui arrive de Kelvo.",
    [["Marc Lin", "Ferlog", "directeur des achats"]],
  ],
  [
    "a seat on the board, announced before the person ('coopte au conseil de surveillance X')",
    "Ferlog coopte au conseil de surveillance Anne Roy, ancienne directrice générale de Kelvo.",
    [["Anne Roy", "Ferlog", "membre du conseil de surveillance"]],
  ],
  [
    "a seat on the board of directors announced before the person is an 'administrateur' ('coopte à son conseil d'administration X')",
    "Le bailleur Ferlog a coopté à son conseil d'administration Marc Lin, ancien directeur général de Kelvo.",
    [["Marc Lin", "Ferlog", "administrateur"]],
  ],
  [
    "the seat's own title given after the holder ('accueille à son conseil d'administration X, …, comme administratrice indépendante')",
    "Ferlog accueille à son conseil d'administration Anne Roy, ancienne directrice financière de Kelvo, comme administratrice indépendante.",
    [["Anne Roy", "Ferlog", "administratrice indépendante"]],
  ],
  [
    "an employer that has just recruited ('vient de recruter X en qualité de R')",
    "Ferlog vient de recruter Marc Lin en qualité de directeur des risques.",
    [["Marc Lin", "Ferlog", "directeur des risques"]],
  ],
  [
    "a passive hire with its title introduced ('a été recrutée en tant que R'), the employer from the sentence before",
    "Ferlog se lance en Europe. Anne Roy a été recrutée en tant que directrice de la recherche.",
    [["Anne Roy", "Ferlog", "directrice de la recherche"]],
  ],
  [
    "the title introduced by 'dans la fonction de'",
    "Ferlog a nommé Marc Lin dans la fonction de directeur des investissements.",
    [["Marc Lin", "Ferlog", "directeur des investissements"]],
  ],
  [
    "a site named by the company's brand then its town: the brand is the employer, the town stays in the title",
    "Marc Lin est nommé directeur de l'usine Ferlog de Brisac.",
    [["Marc Lin", "Ferlog", "directeur de l'usine de Brisac"]],
  ],
  [
    "a plant named by its town before the company keeps the town in the title",
    "Marc Lin est nommé directeur de la sucrerie de Brisac de Ferlog.",
    [["Marc Lin", "Ferlog", "directeur de la sucrerie de Brisac"]],
  ],
  [
    "a bank's business line before the bank's name stays in the title",
    "Anne Roy est promue directrice de la banque de détail de Banque Ferlog.",
    [["Anne Roy", "Banque Ferlog", "directrice de la banque de détail"]],
  ],
  [
    "a first name the lexicon does not know but with a feminine ending gives a feminine title",
    "Armelle Faure remplacera à partir de septembre Gilles Roy à la direction de l'office de tourisme de Brisac.",
    [["Armelle Faure", "office de tourisme de Brisac", "directrice"]],
  ],
  [
    "the title agrees with the person's own item of a list, not with a feminine title of another item",
    "Ferlog nomme trois cadres : Nadia Roy devient directrice générale adjointe ; Yves Lin est nommé directeur des risques ; et Lucien Faure prend la direction de la communication.",
    [
      ["Nadia Roy", "Ferlog", "directrice générale adjointe"],
      ["Yves Lin", "Ferlog", "directeur des risques"],
      ["Lucien Faure", "Ferlog", "directeur de la communication"],
    ],
  ],
  [
    "the act that appoints, between the verb and the title, is never part of the title",
    "Anne Roy a été nommée le 12 mars, en conseil des ministres, présidente de l'Agence nationale des routes.",
    [["Anne Roy", "Agence nationale des routes", "présidente"]],
  ],
  [
    "a decree and its date between the verb and the title",
    "Marc Lin est nommé par décret du 2 mai directeur de l'Agence nationale des routes.",
    [["Marc Lin", "Agence nationale des routes", "directeur"]],
  ],
  [
    "a country or region after a unit's noun is the title's scope, not the employer",
    "Ferlog nomme Anne Roy directrice du réseau France.",
    [["Anne Roy", "Ferlog", "directrice du réseau France"]],
  ],
  [
    "a person named where the employer stands is never the employer ('en remplacement de X')",
    "Kargo Rail – Anne Roy a été nommée directrice des achats, en remplacement de Luc FAURE, en poste depuis 2004.",
    [["Anne Roy", "Kargo Rail", "directrice des achats"]],
  ],
  [
    "a common noun capitalised after an article is a portfolio, not the employer ('le ministre des Finances')",
    "Ferlog : le ministre des Finances a nommé Marc Lin directeur général de la banque.",
    [["Marc Lin", "Ferlog", "directeur général"]],
  ],
  [
    "people listed after 'venus de D' join the subject, not D",
    "Ferlog, le courtier, accueille deux banquiers venus de Banque Kargo : Anne Roy, comme directrice de la clientèle, et Marc Lin, comme responsable de l'ingénierie patrimoniale.",
    [
      ["Anne Roy", "Ferlog", "directrice de la clientèle"],
      ["Marc Lin", "Ferlog", "responsable de l'ingénierie patrimoniale"],
    ],
  ],
  [
    "a noun phrase describing the subject before it is no subject ('Filiale du groupe A, B …')",
    "Filiale du groupe Brisac, Ferlog fabrique des vérins à Valbrune. Le groupe y a nommé Marc Lin directeur général.",
    [["Marc Lin", "Ferlog", "directeur général"]],
  ],
  [
    "a subject naming the employer by its kind points back to the house named before ('La start-up')",
    "Luc Faure, cofondateur de l'application de course Foulee, se félicite. La start-up, qui vient de lever 12 millions auprès de MARC LIN, accueille ANNE ROY comme directrice commerciale.",
    [["Anne Roy", "Foulee", "directrice commerciale"]],
  ],
  [
    "a subject naming the employer by its kind takes the house named with the same noun ('L'école')",
    "L'école de commerce Ferlog School a choisi Luc Faure comme directeur général. L'école recrute aussi une directrice des programmes, Anne Roy, jusqu'ici maîtresse de conférences à l'université de Brisac.",
    [
      ["Luc Faure", "Ferlog School", "directeur général"],
      ["Anne Roy", "Ferlog School", "directrice des programmes"],
    ],
  ],
  [
    "an institution's adjective in -ant and a complement joined by 'et de' stay in its name",
    "Le Syndicat des brasseurs indépendants de la Vesle a élu à sa présidence Anne Roy. La Fédération française de voile et de kayak nomme Marc Lin directeur technique national.",
    [
      ["Anne Roy", "Syndicat des brasseurs indépendants de la Vesle", "présidente"],
      ["Marc Lin", "Fédération française de voile et de kayak", "directeur technique national"],
    ],
  ],
  [
    "a common noun heading a name that ends on its place ('la Coopération fruitière de Brisac')",
    "Anne Roy a été élue présidente de la Coopération fruitière de Brisac. Marc Lin prend la direction de l'Opéra municipal de Valdorne.",
    [
      ["Anne Roy", "Coopération fruitière de Brisac", "présidente"],
      ["Marc Lin", "Opéra municipal de Valdorne", "directeur"],
    ],
  ],
  [
    "a ministry's name joins its portfolios with 'et'",
    "Au ministère de l'Agriculture et de la Pêche, Anne Roy devient directrice des affaires juridiques.",
    [["Anne Roy", "ministère de l'Agriculture et de la Pêche", "directrice des affaires juridiques"]],
  ],
  [
    "an employer after the board's elided 'd'' or 'l'' that appoints ('le conseil d'administration d'X a désigné')",
    "Le conseil d'administration d'Orvane Logement a désigné Anne Roy au poste de directrice générale. Le conseil de l'Institut Brisac a désigné Marc Lin comme directeur.",
    [
      ["Anne Roy", "Orvane Logement", "directrice générale"],
      ["Marc Lin", "Institut Brisac", "directeur"],
    ],
  ],
  [
    "an adjective of place after the name's last word ('Ciments de l'Atlas oriental'), a sector's acronym and '-based' before it",
    "Anne Roy est nommée directrice générale de Verreries du Jura central. Le groupe de BTP Corvalis nomme Marc Lin directeur juridique. US-based Kelvo has appointed Luc Faure as General Manager.",
    [
      ["Anne Roy", "Verreries du Jura central", "directrice générale"],
      ["Marc Lin", "Corvalis", "directeur juridique"],
      ["Luc Faure", "Kelvo", "General Manager"],
    ],
  ],
  [
    "a sentence's elided article before a trade noun and a name ('L'Armement X'), not before a newspaper",
    "L'Armement Kerbrat-Pêche nomme Anne Roy directrice de la flotte. L'Écho Matinal nomme Marc Lin rédacteur en chef.",
    [
      ["Anne Roy", "Armement Kerbrat-Pêche", "directrice de la flotte"],
      ["Marc Lin", "L'Écho Matinal", "rédacteur en chef"],
    ],
  ],
  [
    "an institution's elided head before its lower-case complements ('L'Institut technique des … nomme')",
    "L'Institut technique des vins de garde, dont l'intérim était assuré par Luc Pernet, nomme directrice Anne Roy. L'Union régionale de la pêche côtière de l'Armor-Nord a élu président Marc Lin, directeur de Ferlog.",
    [
      ["Anne Roy", "Institut technique des vins de garde", "directrice"],
      ["Marc Lin", "Union régionale de la pêche côtière de l'Armor-Nord", "président"],
    ],
  ],
  [
    "an institution's name ending on lower-case words right before the verb ('… de l'horlogerie romande a élu')",
    "La Fédération des tonneliers bourguignons du bois brut a élu présidente Anne Roy, fondatrice de Ferlog. Le Centre d'études de la pierre taillée se dote d'un directeur scientifique : Marc Lin, chercheur.",
    [
      ["Anne Roy", "Fédération des tonneliers bourguignons du bois brut", "présidente"],
      ["Marc Lin", "Centre d'études de la pierre taillée", "directeur scientifique"],
    ],
  ],
  [
    "an adverb between an institution and its verb is the sentence's ('… de judo également nomme')",
    "La Fédération des clubs de judo également nomme Paul Girard directeur technique.",
    [["Paul Girard", "Fédération des clubs de judo", "directeur technique"]],
  ],
  [
    "a common noun and its complements opening a bulleted item name the employer whole ('• L'Aquarium … de X nomme')",
    "• L'Aquarium tropical de Port-Kerval nomme directrice Anne Roy.\n\n▪ Le Pôle culturel public de la Métropole de Brisac nomme directeur Marc Lin.",
    [
      ["Anne Roy", "Aquarium tropical de Port-Kerval", "directrice"],
      ["Marc Lin", "Pôle culturel public de la Métropole de Brisac", "directeur"],
    ],
  ],
  [
    "an institution's head with seven lower-case words before its place ('… d'information sur le logement de la X')",
    "L'Agence départementale d'information sur le logement de la Vesle nomme directrice Anne Roy.",
    [["Anne Roy", "Agence départementale d'information sur le logement de la Vesle", "directrice"]],
  ],
  [
    "an English sentence opening on what the house is, then its name ('Belgian bike-leasing start-up C has hired')",
    "Danish bike-sharing start-up Pedalo has hired Anne Roy as chief financial officer. Auction platform Marteau Vert has also named Marc Lin as head of sales. The Banque centrale des États de la Vesle has also hired Paul Girard as chief economist.",
    [
      ["Anne Roy", "Pedalo", "chief financial officer"],
      ["Marc Lin", "Marteau Vert", "head of sales"],
      ["Paul Girard", "Banque centrale des États de la Vesle", "chief economist"],
    ],
  ],
  [
    "an English pronoun opening the sentence is no employer ('He replaces X, who becomes R')",
    "Grain trader Ferlog Commodities has appointed Anne Roy head of European sales. She replaces Marc Lin, who becomes head of Asia trading.",
    [
      ["Anne Roy", "Ferlog Commodities", "head of European sales"],
      ["Marc Lin", "Ferlog Commodities", "head of Asia trading"],
    ],
  ],
  [
    "a conjunction elided before a pronoun opening the sentence is no employer ('Puisqu'il …, X devient R')",
    "Puisqu'il quitte ses fonctions, Paul Girard laisse la direction. Marc Lin devient directeur.",
    [],
  ],
  [
    "a site's noun, its place, then 'de' and the house ('le bureau de X de C'): the house is the employer",
    "Anne Roy rejoint le bureau de Castelmont de Varlin Whitby comme associée.\n\nMarc Lin, directeur de la plateforme logistique de Kervel d'Entrepôts Morin, est nommé directeur des opérations du groupe.",
    [
      ["Anne Roy", "Varlin Whitby", "associée"],
      ["Marc Lin", "Entrepôts Morin", "directeur des opérations"],
    ],
  ],
  [
    "a private house named by its noun, 'privé' and its place ('l'Hôpital privé du Val d'X')",
    "Anne Roy rejoint l'Hôpital privé du Val d'Orne comme directrice des soins.",
    [["Anne Roy", "Hôpital privé du Val d'Orne", "directrice des soins"]],
  ],
  [
    "a house named again by its noun alone ('de l'Opéra') after its full name in the paragraph",
    "Marc Lin a été nommé à la direction de l'Opéra national de Brisac. Anne Roy a été nommée à la présidence du conseil d'administration de l'Opéra.",
    [
      ["Marc Lin", "Opéra national de Brisac", "directeur"],
      ["Anne Roy", "Opéra national de Brisac", "présidente du conseil d'administration"],
    ],
  ],
  [
    "a country naming a unit's scope before 'de' and the house ('l'équipe commerciale France de la compagnie C')",
    "Anne Roy a rejoint l'équipe commerciale France de la compagnie Ferlog Air comme directrice des ventes.",
    [["Anne Roy", "Ferlog Air", "directrice des ventes"]],
  ],
  [
    "a participle or 'Même' opening a sentence is no employer ('Restée sans direction …, elle …')",
    "Même mouvement du côté de L'Astrolune, maison fondée en 1993. Restée sans direction depuis juillet, elle était gérée par Claire Hamon. L'intérim prend fin avec l'arrivée de Margaux Delaune, nouvelle directrice.",
    [["Margaux Delaune", "L'Astrolune", "directrice"]],
  ],
  [
    "the predecessor's new post, told after the successor's same title, is the predecessor's own house",
    "Le CHU de Valmont accueille un nouveau directeur général, Marc Lin. Il remplace Paul Girard, nommé directeur général de l'agence régionale de santé de Bretagne.",
    [
      ["Marc Lin", "CHU de Valmont", "directeur général"],
      ["Paul Girard", "agence régionale de santé de Bretagne", "directeur général"],
    ],
  ],
  [
    "the predecessor's new house in a relative ('Y, qui devient R de B') stays the predecessor's",
    "Marc Lin est nommé directeur général du CHU de Valmont. Il remplace Paul Girard, qui devient directeur général de l'agence régionale de santé de Bretagne.",
    [
      ["Marc Lin", "CHU de Valmont", "directeur général"],
      ["Paul Girard", "agence régionale de santé de Bretagne", "directeur général"],
    ],
  ],
  [
    "the object described at length before its name ('recrute l'ancien R de D, X, comme R2')",
    "Le cabinet Talvia recrute l'ancien président du tribunal de commerce de Valmont, Marc Lin, comme of counsel.",
    [["Marc Lin", "Talvia", "of counsel"]],
  ],
  [
    "an English title, capitalised, between the verb and the name ('nomme Chief Data Officer X')",
    "L'opérateur Ferlog nomme Chief Data Officer Anne Roy, venue de Kargo Rail.",
    [["Anne Roy", "Ferlog", "Chief Data Officer"]],
  ],
  [
    "a rank given before the name ('élève au rang de R X')",
    "Le réseau Ferlog élève au rang de directeur général adjoint Marc Lin, directeur des opérations.",
    [["Marc Lin", "Ferlog", "directeur général adjoint"]],
  ],
  [
    "a sentence adverb before the employer that announces ('Enfin, C annonce l'arrivée de X')",
    "Enfin, Talvia annonce l'arrivée d'Anne Roy comme directrice technique.",
    [["Anne Roy", "Talvia", "directrice technique"]],
  ],
  [
    "'enfin' between the verb and its object ('C recrute enfin une R, X')",
    "L'Opéra de Valmont recrute enfin une directrice du développement, Anne Roy, ex-Kargo Rail.",
    [["Anne Roy", "Opéra de Valmont", "directrice du développement"]],
  ],
  [
    "a seat on the board after the name ('a coopté X au sein de son conseil d'administration')",
    "Le grossiste Ferlog a coopté Marc Lin au sein de son conseil d'administration.",
    [["Marc Lin", "Ferlog", "administrateur"]],
  ],
  [
    "a date between 'sera' and 'la nouvelle R' ('X sera à compter du 1er mars la nouvelle R de C')",
    "Anne ROY sera à compter du 1er mars la nouvelle directrice financière de Ferlog.",
    [["Anne Roy", "Ferlog", "directrice financière"]],
  ],
  // session 25: company and role labels of matched people
  [
    "a description of the person glued after the house when a full stop is missing ('chez C Ancienne cadre de D, X …')",
    "Arrivée de Marc Lin chez Ferlog Ancien cadre de Talvia, Marc Lin a pris le poste de directeur financier le 3 du mois.",
    [["Marc Lin", "Ferlog", "directeur financier"]],
  ],
  [
    "'Ancienne' before a capitalised word stays in the house's name ('Brasserie de l'Ancienne Poste')",
    "Marc Lin rejoint la Brasserie de l'Ancienne Poste comme directeur.",
    [["Marc Lin", "Brasserie de l'Ancienne Poste", "directeur"]],
  ],
  [
    "an English title's region after a comma is its scope ('chief operating officer, Europe')",
    "Kargo Rail has appointed Marc Lin as chief operating officer, Europe. He joins from Talvia.",
    [["Marc Lin", "Kargo Rail", "chief operating officer, Europe"]],
  ],
  [
    "a two-word region after a comma ('managing director, North America')",
    "Ferlog Foods has named Anne Roy managing director, North America.",
    [["Anne Roy", "Ferlog Foods", "managing director, North America"]],
  ],
  [
    "an English department in lower case after a comma ('vice president, engineering')",
    "Kargo Rail has promoted Anne Roy to vice president, engineering. She had led the rail team.",
    [["Anne Roy", "Kargo Rail", "vice president, engineering"]],
  ],
  [
    "a town after a comma is not a title's scope ('directeur général, Lyon')",
    "Ferlog nomme Marc Lin directeur général, Lyon.",
    [["Marc Lin", "Ferlog", "directeur général"]],
  ],
  [
    "duties listed inside the title before 'chez' ('responsable qualité, sécurité et environnement chez C')",
    "Anne Roy est nommée responsable qualité, sécurité et environnement chez Ferlog.",
    [["Anne Roy", "Ferlog", "responsable qualité, sécurité et environnement"]],
  ],
  [
    "a legal form's own full stop does not end the house's name before the verb ('Talvia Co. has appointed')",
    "Talvia Co. has appointed Marc Lin as head of franchising. He joins from Kargo Rail.",
    [["Marc Lin", "Talvia Co", "head of franchising"]],
  ],
  [
    "a Dutch legal form with full stops ('Ferlog B.V. has appointed')",
    "Dutch logistics firm Ferlog B.V. has appointed Anne Roy as chief executive officer.",
    [["Anne Roy", "Ferlog B.V", "chief executive officer"]],
  ],
  [
    "a trade named before the house inside the title ('directrice générale de la mégisserie C')",
    "Kargo Rail nomme Anne Roy directrice générale de la mégisserie Talvia. Elle était directrice des achats de la maison.",
    [["Anne Roy", "Talvia", "directrice générale"]],
  ],
  [
    "an incubator is led by a 'directeur' ('prend la direction de l'incubateur C')",
    "Marc Lin, chargé de mission à la communauté de communes de Valmont, prend la direction de l'incubateur Talvia Start.",
    [["Marc Lin", "Talvia Start", "directeur"]],
  ],
  [
    "the business an English title serves is left out as the employer is ('technical director for its rail business')",
    "Kargo Rail has appointed Anne Roy technical director for its light rail business. She joins from Talvia.",
    [["Anne Roy", "Kargo Rail", "technical director"]],
  ],
  [
    "an English preposition opening the item is no part of the house ('At C, X has been promoted')",
    "At Ferlog, chief technology officer Marc Lin has been promoted to chief product officer.",
    [["Marc Lin", "Ferlog", "chief product officer"]],
  ],
  [
    "the founder's title opening the sentence is no part of the house ('Fondateur de C, le Dr X …')",
    "Fondateur de Talvia (42 centres), le Dr Marc Lin laisse la direction générale à Anne Roy et devient président du conseil d'administration.",
    [
      ["Marc Lin", "Talvia", "président du conseil d'administration"],
      ["Anne Roy", "Talvia", "directrice générale"],
    ],
  ],
  [
    "'of' before the house that elects is no part of it ('The board of C has elected X')",
    "The board of Kargo Ferments has elected Marc Lin as non-executive chairman.",
    [["Marc Lin", "Kargo Ferments", "non-executive chairman"]],
  ],
];

describe("phrasings read by the sentence model", () => {
  it.each(ROWS)("%s: %j", (_family, example, records) => {
    const moves = parseIssueText(issue(example)).moves;
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual(records);
  });
});

describe("phrasings not yet measured on a first-scored corpus", () => {
  it.each([
    "L'opérateur Ferlog nomme Chief Data Officer Anne Roy, venue de Kargo Rail.",
    "Le réseau Ferlog élève au rang de directeur général adjoint Marc Lin, directeur des opérations.",
    "Le grossiste Ferlog a coopté Marc Lin au sein de son conseil d'administration.",
    "Le cabinet Talvia recrute l'ancien président du tribunal de commerce de Valmont, Marc Lin, comme of counsel.",
    "Brindelle change de directeur financier. Son directeur financier, Paul Vasseur, sera remplacé en mars par Inès Caradec, venue de Ferlog.",
  ])("holds %j for review", (example) => {
    const moves = parseIssueText(issue(example)).moves;
    expect(moves).toHaveLength(1);
    expect(moves[0]!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });
});

describe("one spelling per company across the issue", () => {
  it("repairs a slip in the end of a fuller name given earlier in the issue", () => {
    const text = issue(
      "Laboratoires Ferlogis nomme Anne Roy directrice médicale.\n\nMarc Lin est promu directeur de l'usine de Brisac de Ferlogiss.",
    );
    expect(parseIssueText(text).moves.map((m) => m.company)).toEqual([
      "Laboratoires Ferlogis",
      "Laboratoires Ferlogis",
    ]);
  });

  it("repairs a word of the employer written once, a slip or a swap of a word the issue wrote before", () => {
    const text = issue(
      "Le Crédit Varonnier annonce ses résultats.\n\nLe Crédit Varonier confie sa direction juridique à Anne Roy.\n\nKelvo Micros ouvre une usine.\n\nMarc Lin est promu directeur industriel de Kelvo Mircos.",
    );
    expect(parseIssueText(text).moves.map((m) => m.company)).toEqual(["Crédit Varonnier", "Kelvo Micros"]);
  });

  it("repairs a slip in a name whose small words ('de l'') link its capitalised ones, as the paragraph first wrote it", () => {
    const text = issue(
      "Chez le grossiste Transports Mérindol de l'Est, Paul Vique reprend la gérance. Transports Mérindl de l'Est recrute aussi un directeur commercial, Hervé Costal, venu de Lignor.",
    );
    const costal = parseIssueText(text).moves.find((m) => m.person === "Hervé Costal");
    expect(costal?.company).toBe("Transports Mérindol de l'Est");
  });

  it("reads a body named by its place alone as the institution the issue names in full", () => {
    const text = issue(
      "Mme Lucie Marvand a pris ses fonctions de directrice de l'établissement public du Parc national des Brandières le 2 mai.\n\nLe directeur adjoint des Brandières, Gilles Tavernet, qui assurait l'intérim, rejoindra en juin le Parc national du Haut-Vérel comme directeur. Aurore Besnard, cheffe du secteur des Combes-Noires, lui succède comme directrice adjointe.",
    );
    const besnard = parseIssueText(text).moves.find((m) => m.person === "Aurore Besnard");
    expect(besnard).toMatchObject({ company: "Parc national des Brandières", role: "directrice adjointe" });
  });

  it("keeps a title's article given first when a sentence opening with the title drops it", () => {
    const text = issue(
      "Le groupe Ferlog nomme Anne Roy directrice générale de sa filiale Le Journal de Brisac.\n\nLe Journal de Brisac accueille aussi Marc Lin, nommé rédacteur en chef.",
    );
    expect(parseIssueText(text).moves.map((m) => m.company)).toEqual([
      "Le Journal de Brisac",
      "Le Journal de Brisac",
    ]);
  });
});

describe("a shop named with a capitalised preposition", () => {
  it("keeps 'Au' written with its capital after a lower-case descriptor as the name's first word", () => {
    const text = issue(
      "L'enseigne de bricolage Au Clou Doré (32 magasins) se dote d'un directeur général, Armand Kerlidou, venu des cycles Véloria.",
    );
    const [move] = parseIssueText(text).moves;
    expect(move).toMatchObject({ person: "Armand Kerlidou", company: "Au Clou Doré" });
    expect(move!.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
  });
});

describe("acronyms across the issue", () => {
  it("names an acronym's employer as spelt out with it in another paragraph", () => {
    const text = issue(
      "Anne Roy est nommée présidente de l'Agence nationale des routes (ANR).\n\nMarc Lin, ingénieur, est nommé délégué régional de l'ANR.",
    );
    expect(parseIssueText(text).moves.map((m) => m.company)).toEqual([
      "Agence nationale des routes",
      "Agence nationale des routes",
    ]);
  });

  it("names an acronym's employer as the paragraph wrote it out before, with its place, without a parenthesis", () => {
    const text = issue(
      "Le marché d'intérêt national de Brenval a un nouveau directeur : Tom Arvel. Au MIN toujours, la directrice adjointe, Lise Perrodin, est nommée directrice financière.",
    );
    const perrodin = parseIssueText(text).moves.find((m) => m.person === "Lise Perrodin");
    expect(perrodin?.company).toBe("marché d'intérêt national de Brenval");
  });

  it("names an acronym made of its words' first letters ('SOciété', not only 'S') as spelt out", () => {
    const text = issue(
      "Bilan : la Société des éditeurs phonographiques (SOEP) publie ses comptes.\n\nAnne Roy est nommée directrice générale de la SOEP.\n\nMarc Lin est nommé président de la FEX, la Fédération des éditeurs (FEX) de Brisac.",
    );
    expect(parseIssueText(text).moves.map((m) => m.company)).toEqual([
      "Société des éditeurs phonographiques",
      "FEX",
    ]);
  });
});

describe("careers", () => {
  it("reads one word after 'à' ending the clause, right after an employer, as its town", () => {
    const text = issue(
      "La direction commerciale de Ferlog a été confiée à Anne Roy, qui pilotait jusqu'alors les ventes de Kargo Rail à Brisac.",
    );
    expect(parseIssueText(text).moves.map((m) => m.previous_companies)).toEqual([["Kargo Rail"]]);
  });
});

describe("names with 'de la'", () => {
  it("reads a previous employer after 'de la' whole, but not past a sub-unit's place", () => {
    const text = issue(
      "Ferlog nomme Marc Lin directeur financier. Il dirigeait la délégation Brisac de la Croix-Verte.\n\nKargo nomme Anne Roy directrice. Elle vient des Aciéries de la Vesle.",
    );
    expect(parseIssueText(text).moves.map((m) => m.previous_companies)).toEqual([
      ["Croix-Verte"],
      ["Aciéries de la Vesle"],
    ]);
  });

  it("reads no previous employer in a sister unit of the same network ('la caisse voisine du …')", () => {
    const text = issue(
      "Crédit Mutuel de la Vesle : Anne Roy prend la direction générale. Elle dirigeait depuis 2020 la caisse voisine du Val de Brisac.",
    );
    expect(parseIssueText(text).moves.map((m) => m.previous_companies)).toEqual([[]]);
  });
});
