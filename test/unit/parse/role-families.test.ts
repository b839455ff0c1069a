// Issue 13: families of wrong titles on unseen text, one row per family with an invented example
// and the records it must give (person, employer, title).

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { issueAround } from "./issue-text.ts";

const issue = (item: string) => issueAround([item]);

type Row = [family: string, example: string, records: [person: string, company: string, role: string][]];

const ROWS: Row[] = [
  [
    "the person's descriptor after a title before the name ('élit président le sénateur X')",
    "L'Union des brasseurs de la Vesle élit président le sénateur honoraire Marc Lin, qui succède à Anne Roy.",
    [["Marc Lin", "Union des brasseurs de la Vesle", "président"]],
  ],
  [
    "where the holder comes from ('un secrétaire général venu du privé :')",
    "La Caisse de garantie de Brisac se choisit un secrétaire général venu du privé : Marc Lin, jusqu'ici directeur des risques de Kelvo.",
    [["Marc Lin", "Caisse de garantie de Brisac", "secrétaire général"]],
  ],
  [
    "when the house was founded ('fondée en 1952')",
    "Aux Ateliers Ferlog, Marc Lin succède à son père, Paul Lin, à la direction générale de la concession familiale fondée en 1952.",
    [["Marc Lin", "Ateliers Ferlog", "directeur général"]],
  ],
  [
    "the possessive of a unit put back as an article, elided ('de son agence de Brisac')",
    "L'entreprise Kelvo Sécurité recrute Marc Lin comme directeur de son agence de Brisac ; il était chef de poste chez Talvia.",
    [["Marc Lin", "Kelvo Sécurité", "directeur de l'agence de Brisac"]],
  ],
  [
    "a new unit is news, not its name ('de son nouveau studio d'Orvault')",
    "Le studio de jeux Kelvo a choisi Anne Roy, ancienne de Talvia, comme directrice de son nouveau studio d'Orvault.",
    [["Anne Roy", "Kelvo", "directrice du studio d'Orvault"]],
  ],
  [
    "an English title's employer after 'of' ('chief executive of Kelvo France')",
    "British group Kelvo Holdings has appointed Marc Lin as chief executive of Kelvo France. He joins from Talvia.",
    [["Marc Lin", "Kelvo France", "chief executive"]],
  ],
  [
    "an English subsidiary in apposition ('of its French subsidiary, Kelvo France')",
    "Norwegian group Kelvo has appointed Anne Roy as managing director of its French subsidiary, Kelvo France. She was previously head of sales at Talvia.",
    [["Anne Roy", "Kelvo France", "managing director"]],
  ],
  [
    "an English title's department after a comma ('Vice President, Sustainability')",
    "Canadian producer Kelvo Fibre has appointed Anne Roy as Vice President, Sustainability. She was previously director of forestry at Talvia.",
    [["Anne Roy", "Kelvo Fibre", "Vice President, Sustainability"]],
  ],
  [
    "a department named by its acronym is the title's, the house after it the employer ('directrice de la RSE de C')",
    "Mme Anne ROY-DELMAS est nommée directrice de la RSE de Conserverie Kelvo ; Marc Lin devient directeur de l'ESG de Talvia Gestion.",
    [
      ["Anne Roy-Delmas", "Conserverie Kelvo", "directrice de la RSE"],
      ["Marc Lin", "Talvia Gestion", "directeur de l'ESG"],
    ],
  ],
  [
    "the house led told by a common noun has a director ('reprend la direction de l'établissement')",
    "Clinique Ferlog : Marc Lin, directeur adjoint, reprend la direction de l'établissement.",
    [["Marc Lin", "Clinique Ferlog", "directeur"]],
  ],
  [
    "each item's own title after a title shared by a list ('nomme deux directeurs : A, directeur des achats')",
    "La chaîne Kelvo nomme deux directeurs : Marc Lin, directeur des achats maquillage (ex-Talvia), et Anne Roy, directrice des magasins France.",
    [
      ["Marc Lin", "Kelvo", "directeur des achats maquillage"],
      ["Anne Roy", "Kelvo", "directrice des magasins France"],
    ],
  ],
  [
    "a regional title's region said item by item ('directeurs régionaux : A (Grand Ouest)')",
    "Kelvo a nommé deux directeurs régionaux : Marc Lin (Grand Ouest), ancien directeur d'agence chez Talvia ; et Anne Roy (Sud-Ouest), promue après avoir dirigé l'agence de Brisac.",
    [
      ["Marc Lin", "Kelvo", "directeur régional Grand Ouest"],
      ["Anne Roy", "Kelvo", "directrice régionale Sud-Ouest"],
    ],
  ],
  [
    "a title with its own employer in a list item is the post left ('A, directeur général adjoint de C')",
    "Kelvo Habitat se choisit un directeur général : ce sera Marc Lin, directeur général adjoint de Talvia Logement.",
    [["Marc Lin", "Kelvo Habitat", "directeur général"]],
  ],
  // session 23: the title of whoever is put at the head of a house depends on the kind of house
  [
    "an elected body's head put 'à sa tête' is its president ('la Fédération … a élu à sa tête X')",
    "La Fédération des loueurs de vélos de la Brenne a élu à sa tête Marc Lin, gérant de Cyclorent ; il succède à Anne Roy.",
    [["Marc Lin", "Fédération des loueurs de vélos de la Brenne", "président"]],
  ],
  [
    "the kind of house told before its name ('la tête de l'association Les Amis du Cinéma')",
    "Anne Roy prend la tête de l'association Les Amis du Cinéma, à Brisac, en remplacement de Paul Lin.",
    [["Anne Roy", "Les Amis du Cinéma", "présidente"]],
  ],
  [
    "an establishment led is directed, not run by a chief executive ('À l'Épicerie solidaire de B, X prend la direction')",
    "À l'Épicerie solidaire de Brisac, Anne Roy prend la direction ; elle était bénévole chez Kelvo.",
    [["Anne Roy", "Épicerie solidaire de Brisac", "directrice"]],
  ],
  [
    "a firm put in someone's hands keeps its chief executive ('prend la tête de la société Kelvo Optique')",
    "Marc Lin prend la tête de la société Kelvo Optique ; il était directeur commercial de Talvia.",
    [["Marc Lin", "Kelvo Optique", "directeur général"]],
  ],
  [
    "a post said by the infinitive of leading ('pour prendre la direction administrative et financière de C')",
    "Chez Talvia Énergie, Marc Lin quitte la direction des achats pour prendre la direction administrative et financière de Kelvo Solaire.",
    [["Marc Lin", "Kelvo Solaire", "directeur administratif et financier"]],
  ],
  [
    "a rank given is the title ('promeut X au rang d'associée')",
    "Le cabinet de géomètres Kelvo promeut Anne Roy, jusqu'ici cheffe de projet, au rang d'associée.",
    [["Anne Roy", "Kelvo", "associée"]],
  ],
  [
    "a shared lead post, each its codirector ('nommés à la codirection du Festival …')",
    "Anne Roy et Marc Lin ont été nommés à la codirection du Festival des Lanternes de Brisac. Ils succèdent à Paul Duc.",
    [
      ["Anne Roy", "Festival des Lanternes de Brisac", "codirectrice"],
      ["Marc Lin", "Festival des Lanternes de Brisac", "codirecteur"],
    ],
  ],
  [
    "an aside before the title ('nommée de son côté directrice de la qualité')",
    "Kelvo Cycles a par ailleurs recruté comme DRH Marc Lin, venu de Talvia, et Anne Roy, nommée de son côté directrice de la qualité chez Talvia Sports.",
    [
      ["Anne Roy", "Talvia Sports", "directrice de la qualité"],
      ["Marc Lin", "Kelvo Cycles", "DRH"],
    ],
  ],
  [
    "a name listed after one another reader read keeps the verb that governs both ('a élu A à sa présidence et B au poste de trésorier')",
    "La Fédération des loueurs de skis a élu Anne Roy à sa présidence et Paul Duc au poste de trésorier, respectivement en remplacement de Marc Lin et d'Éva Brun.",
    [
      ["Anne Roy", "Fédération des loueurs de skis", "présidente"],
      ["Paul Duc", "Fédération des loueurs de skis", "trésorier"],
    ],
  ],
  [
    "a Breton first name tells a feminine title ('élu à sa présidence Gwenola X')",
    "Le Syndicat des horticulteurs de la Brenne a élu à sa présidence Gwenola Kerlan, pépiniériste à Brisac.",
    [["Gwenola Kerlan", "Syndicat des horticulteurs de la Brenne", "présidente"]],
  ],
];

describe("a title is read without what the sentence says around it", () => {
  it.each(ROWS)("%s", (_family, example, records) => {
    const moves = parseIssueText(issue(example)).moves;
    expect(moves.map((m) => [m.person, m.company, m.role])).toEqual(records);
  });
});
