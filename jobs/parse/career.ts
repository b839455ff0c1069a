// What a paragraph says about a mover's past, read by one small grammar instead of a pattern per
// phrasing:
//
//   career  := cue items
//   cue     := a row of CAREER_CUES ("ex-", "ancien de", "passé par", "après avoir été",
//              "transfuge de", "qui dirigeait", "a débuté chez", "en provenance de"…)
//   items   := item (link item)*      link := "," | "et" | "puis" | "avant de rejoindre" | "entre"
//   item    := [title] introducer employer ("directeur financier de A", "chez A", "à la B")
//            | employer                  (the object of a verb cue: "dirigeait A", "a rejoint B")
//
// Whose career it is follows from where the cue sits (holderOf), not from which mover comes
// nearest: right after a person ("X, ex-A", "X, qui dirigeait A", "X était auparavant…") it is that
// person's; opening a sentence ("Transfuge de A, X rejoint…", "Après avoir été R de A, X…") it is
// the person's who follows; after a pronoun or a description ("Il a débuté chez A", "Cet
// ingénieur a commencé sa carrière à…") it is the mover's named before, of that gender. So
// another person's career never leaks into the mover's. Schools, ministers' cabinets, places and
// a division named after "dont" ("A, dont il a dirigé les magasins de la région Ouest") are not
// employers. The current post in an apposition or an opening title ("X, vice-présidente de A,
// rejoint B", "Le président de A, X, rejoint B") is a previous employer too, unless the person
// keeps it (an election or a board seat).

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter, readCompanyBefore, readCompanyRun } from "./company-spans.ts";
import { isFrenchWord } from "./french-words.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { LOWER_HEADS, widenInstitution } from "./institutions.ts";
import {
  COMPANY_DESCRIPTORS_PATTERN,
  DEPARTMENT_WORDS,
  EMPLOYER_NOUNS,
  foldWord,
  HONORIFIC,
  PLACES,
} from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { personKey } from "./names.ts";
import { readRole } from "./role-phrase.ts";
import { classifyRole } from "./roles.ts";

/** One way the press tells a past post: the cue, whether a verb's object may be the employer itself. */
export interface CareerCue {
  id: string;
  /** Regular-expression source, matched at word boundaries, case-insensitive. */
  cue: string;
  /** "dirigeait Kervibus", "a rejoint Banque Orsenne": the employer may follow without introducer. */
  directObject?: boolean;
  example: string;
  mover: string;
  /** The previous employers the example must give its mover (test/unit/parse/careers.test.ts). */
  previous: string[];
}

const VERB_PAST =
  "(?:travaillé|exercé|occupé|fait|passé|débuté|commencé|évolué|officié|piloté|été|oeuvré|œuvré|effectué|mené|enseigné|dansé|joué|entraîné|servi)";
const APPOINTED =
  "(?:nommée?s?|promue?s?|élue?s?|réélue?s?|désignée?s?|choisie?s?|recrutée?s?|appelée?s?|portée?s?|reconduite?s?|confirmée?s?|installée?s?|cooptée?s?|remplacée?s?)(?![\\p{L}])";
const LED = "(?:dirigé|présidé|fondé|cofondé|co-fondé|créé|rejoint|intégré|quitté|géré|animé|managé)";
const LED_IMPERFECT = "(?:dirigeait|présidait|pilotait|gérait|animait|administrait)";
const LED_INFINITIVE =
  "(?:diriger|présider|rejoindre|intégrer|fonder|cofonder|créer|prendre la tête d(?:e|u|es))";

export const CAREER_CUES: readonly CareerCue[] = [
  {
    id: "ex-",
    cue: "ex-\\s?",
    example: "Inès Roy, ex-Kerania, rejoint Talvia comme associée.",
    mover: "Inès Roy",
    previous: ["Kerania"],
  },
  {
    id: "ancien de, ancien R de",
    cue: "anciens?|anciennes?|anciennement|former",
    directObject: true,
    example: "Ancienne directrice des achats de Mutlys, Inès Roy rejoint Talvia comme directrice générale.",
    mover: "Inès Roy",
    previous: ["Mutlys"],
  },
  {
    id: "passé par",
    cue: "passée?s?(?= (?:(?:notamment|aussi|également|successivement|auparavant|brièvement) )?(?:par|chez))",
    example: "Marc Lin, passé par Hydrolor et Pétrolor, rejoint Talvia comme directeur financier.",
    mover: "Marc Lin",
    previous: ["Hydrolor", "Pétrolor"],
  },
  {
    id: "après avoir été R chez A puis R2 chez B",
    cue: `après avoir (?:été|${VERB_PAST}|${LED})`,
    directObject: true,
    example:
      "Après avoir été directeur de l'audit de Mirabel Foods puis directeur financier de Kelvin Systems, Marc Lin rejoint Talvia comme directeur financier.",
    mover: "Marc Lin",
    previous: ["Mirabel Foods", "Kelvin Systems"],
  },
  {
    id: "après N ans chez A, après une carrière chez A",
    // ("après huit belles années à A": a word of praise may come before the years)
    cue: "après (?:\\d+|plusieurs|quelques|[a-zé]+) (?:(?:belles?|bonnes?|longues?|riches?|superbes?|formidables?|merveilleuses?|magnifiques?|passionnantes?|intenses?|excellentes?|fabuleuses?|incroyables?|folles?) )?(?:ans|années|mois|saisons|exercices)|après (?:une|sa) carrière|après un passage",
    example:
      "Après une carrière chez Sportéa puis à la Fédération de natation du Lorvois, Anne Roy est nommée directrice de Talvia.",
    mover: "Anne Roy",
    previous: ["Sportéa", "Fédération de natation du Lorvois"],
  },
  {
    id: "transfuge de, débauché de, venu de, en provenance de",
    cue: "transfuges?|débauchée?s?|venue?s?(?= d)|en provenance|issue?s?(?= d(?:e|u|es)\\s+\\p{Lu}| d['’]\\p{Lu}| de l'\\p{Ll}+ \\p{Lu})",
    example: "Transfuge de Delcourt Partners, Anne Roy rejoint Orsay Avocats comme associée.",
    mover: "Anne Roy",
    previous: ["Delcourt Partners"],
  },
  {
    id: "recrutée chez A, … (opening the sentence)",
    // ("X est recrutée chez B" tells the new post: only a participle opening the sentence)
    cue: "(?=recrut|débauch)(?<=(?:^|[.!?]\\s+))(?:recrutée?s?|débauchée?s?)(?= chez)",
    example:
      "Recrutée chez le chimiste Kervane, où elle dirigeait la R&D, Anne Roy rejoint Talvia comme directrice scientifique.",
    mover: "Anne Roy",
    previous: ["Kervane"],
  },
  {
    id: "vient de, arrive de",
    cue: "vient de(?= chez)|(?:vient|viennent|arrive|arrivera|arrivant|venant)(?=\\s+(?:(?:en \\p{Ll}+|le \\d+(?:er)? \\p{Ll}+|en \\d{4})\\s+)?d(?:e|u|es)\\s+[\\p{Lu}\\p{N}]|\\s+d'\\p{Lu})|(?=arriv)(?<=(?:^|[,.;:!?])\\s*)arrivée?s?(?= d(?:e|u|es)\\s+[\\p{Lu}\\p{N}]| d'\\p{Lu})",
    example: "Talvia recrute Kevin Lachaud comme directeur de la communication ; il vient de Radio Lorve.",
    mover: "Kevin Lachaud",
    previous: ["Radio Lorve"],
  },
  {
    id: "rejoint C depuis A",
    // (the start of the text stands for the verb when DIRECT_CUE tests the cue alone)
    cue: "(?=depuis)(?<=^|(?:rejoint|rejoindra|rejoignent|arrive|arrivera|intègre|intégrera)(?:\\s+[\\p{L}'’-]+){1,4}\\s+)depuis(?=\\s+[\\p{Lu}]|$)",
    directObject: true,
    example:
      "Talvia confie sa direction juridique à Léa Vidal, qui rejoint l'entreprise depuis Kessler & Co.",
    mover: "Léa Vidal",
    previous: ["Kessler & Co"],
  },
  {
    id: "a travaillé, a débuté, a fait sa carrière chez A",
    // ("a été nommée directrice de B" tells the new post)
    cue: `(?:a|avait) (?:(?:également|aussi|notamment|d'abord|successivement|longtemps|auparavant|précédemment) )?${VERB_PAST}(?! (?:\\p{Ll}+ )?${APPOINTED})|a fait ses armes|a partagé sa carrière`,
    example:
      "Léa Vidal rejoint Talvia comme directrice juridique. Elle a débuté chez Kessler & Co avant de rejoindre en 2011 Altavia Conseil, puis Orbis Partners.",
    mover: "Léa Vidal",
    previous: ["Kessler & Co", "Altavia Conseil", "Orbis Partners"],
  },
  {
    id: "a dirigé, avait fondé, a présidé A",
    cue: `(?:a|avait) (?:(?:également|aussi|notamment|d'abord|ensuite|successivement|longtemps|auparavant|précédemment) )?${LED}|${LED_IMPERFECT}|avant de ${LED_INFINITIVE}`,
    directObject: true,
    example:
      "Marc Lin, qui présidait Solarys, rejoint Hydrolor comme directeur général. Il avait fondé auparavant Wattéo.",
    mover: "Marc Lin",
    previous: ["Solarys", "Wattéo"],
  },
  {
    id: "previously led A (English)",
    cue: "(?:previously|formerly|has|had) (?:led|ran|run|headed|managed)",
    directObject: true,
    example:
      "Talvia has appointed Anne Roy as General Manager France. She previously led Kelvane France, which promotes Marc Lin to replace her.",
    mover: "Anne Roy",
    previous: ["Kelvane France"],
  },
  {
    id: "était, jusqu'ici, précédemment",
    cue: "avait|était|occupait|exerçait|travaillait|officiait|opérait|précédemment|previously|formerly|auparavant|jusqu'(?:ici|alors|à présent|à maintenant|à récemment|en \\d{4})|actuellement|actuel(?:le)?|expériences?|(?=carrière)(?<!(?:^|[^\\p{L}])la )carrière|notamment|parcours|formée?(?= chez)",
    example:
      "Anne Roy rejoint Talvia comme directrice générale. Elle était jusqu'ici directrice générale adjointe de Crédit Montclar.",
    mover: "Anne Roy",
    previous: ["Crédit Montclar"],
  },
  {
    id: "on l'a connu chez A",
    // the press's aside on where readers met the mover before: "On l'a connue chez A, où elle
    // dirigeait l'atelier"
    cue: "on l['’]a (?:connue?s?|vue?s?|croisée?s?)(?= (?:chez|à|au|aux) )",
    example:
      "Marc Lin rejoint Talvia comme directeur des achats. On l'a connu chez Kelvane, où il dirigeait le service client.",
    mover: "Marc Lin",
    previous: ["Kelvane"],
  },
  {
    id: "entré chez A en 1995",
    cue: "entrée?s?(?= (?:chez|à|au|aux) )",
    example:
      "Marc Lin est nommé directeur général de Talvia. Entré chez Kelvane en 1995, il y a dirigé la logistique.",
    mover: "Marc Lin",
    previous: ["Kelvane"],
  },
  {
    id: "dirige aujourd'hui A (the post held until the move)",
    cue: "(?:dirige|préside|pilote|anime)(?= (?:aujourd'hui|actuellement|encore|toujours|depuis))",
    directObject: true,
    example:
      "Anne Roy deviendra le 1er avril directrice générale de Talvia. Âgée de 48 ans, elle dirige aujourd'hui la rédaction du magazine Kelvane Hebdo.",
    mover: "Anne Roy",
    previous: ["Kelvane Hebdo"],
  },
  {
    id: "est aujourd'hui R chez A (the post held until a move to come)",
    // ("est aujourd'hui nommé R de B" tells the new post)
    cue: `est (?:aujourd'hui|encore)(?= (?!${APPOINTED})\\p{Ll})`,
    example:
      "À compter du 1er mars, Anne Roy dirigera Talvia en qualité de directrice générale. Elle est aujourd'hui directrice artistique chez Kelvane.",
    mover: "Anne Roy",
    previous: ["Kelvane"],
  },
  {
    id: "R de A depuis 2017, elle … (a fronted post held until the move)",
    // the post's head opens a sentence whose subject, after the comma, is the mover told by a pronoun
    cue: "(?<=(?:^|[.!?]\\s+))(?:directrice|directeur|responsable|présidente|président|cheffe|chef|administratrice|administrateur|secrétaire|déléguée|délégué|gérante|gérant)(?=[^.;,]{1,100}?\\sdepuis\\s+\\d{4}\\s*,\\s*(?:il|elle)\\s)",
    example:
      "Le Théâtre des Monts a nommé Anne Roy à sa direction artistique. Directrice du centre culturel Kelvane depuis 2017, elle prendra ses fonctions en septembre.",
    mover: "Anne Roy",
    previous: ["Kelvane"],
  },
  {
    id: "jusque-là, fut, en poste à",
    cue: "jusque-là|fut|en poste(?= (?:à|au|chez))",
    example:
      "L'incubateur Talvia a un nouveau directeur : Marc Lin, jusque-là responsable des programmes de l'accélérateur Tremplin Lorve.",
    mover: "Marc Lin",
    previous: ["Tremplin Lorve"],
  },
  {
    id: "débauche chez A, recrute son R chez A (the person named after)",
    // ("C débauche X chez A et en fait son R": the house left after the name)
    cue: "(?:débauche|recrute|embauche)(?= (?:[\\p{Ll}'’]+ ){0,7}chez)|(?:débauche|a débauché)(?= \\p{Lu}[^.;,]{1,60}? chez \\p{Lu})",
    example: "La jeune pousse Talvia débauche chez Kargo Rail son nouveau directeur technique, Marc Lin.",
    mover: "Marc Lin",
    previous: ["Kargo Rail"],
  },
  {
    id: "débauche X de A, chipe X à A, poaches X from A",
    // the house that poaches opens the sentence, the one it takes the person from follows the name
    cue: "(?<=(?:débauche|débauchent|chipe|chipent|subtilise|souffle|arrache|poaches|poach|lures|hires)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\s+)(?:de|à|from)(?=\\s+\\p{Lu})",
    directObject: true,
    example:
      "La fintech Talvia débauche Clara Morel de Banque Nordelle pour en faire sa directrice des risques.",
    mover: "Clara Morel",
    previous: ["Banque Nordelle"],
  },
  {
    id: "quittait, va quitter A",
    cue: "quittait|quittera|va quitter",
    directObject: true,
    example:
      "On apprenait qu'Anne Roy quittait la direction de l'Institut supérieur de gestion de Lorve. Anne Roy prend la présidence du directoire du groupe Talvia.",
    mover: "Anne Roy",
    previous: ["Institut supérieur de gestion de Lorve"],
  },
  {
    id: "passe de A à B",
    // (the house left after "de", the one joined after "à": shapes.ts "moves between houses")
    cue: "(?:passe|est passée?|passera|vient de passer)(?=\\s+(?:de|du|des)\\s|\\s+d['’])",
    example: "Karim Benali passe de Vergers d'Aunis à Cidrerie Morvan : il y devient directeur commercial.",
    mover: "Karim Benali",
    previous: ["Vergers d'Aunis"],
  },
  {
    id: "chipé par C à A",
    // the house that poaches after "par", the one it takes the person from after "à"
    cue: "(?<=(?:chipée?s?|débauchée?s?|arrachée?s?|soufflée?s?|subtilisée?s?)\\s+par\\s+[^,.;:]{1,60}?\\s)à(?=\\s)",
    directObject: true,
    example:
      "Noémie Garcin est chipée par Vergers d'Aunis à Cidrerie Morvan : elle y devient directrice commerciale.",
    mover: "Noémie Garcin",
    previous: ["Cidrerie Morvan"],
  },
  {
    id: "quitte A",
    cue: "quitte|a quitté|après avoir quitté",
    directObject: true,
    example: "Marc Lin quitte Ferlog pour devenir directeur financier de Kargo Rail.",
    mover: "Marc Lin",
    previous: ["Ferlog"],
  },
  {
    id: "she was R at A (English)",
    // ("He was appointed …", "She was named …" tell a move, not a past post)
    cue: "(?<=(?:^|[.;!?]\\s*|,\\s*)(?:[Ss]he|[Hh]e) )(?:was|had been)(?! (?:\\p{Ll}+ )?(?:appointed|named|promoted|elected|hired|recruited|chosen|replaced|succeeded|born|awarded|made)(?![\\p{L}]))(?= [^.;]{0,80}? (?:at|of) (?:the )?[\\p{Lu}\\p{N}])",
    example:
      "Stonebridge Archaeology has appointed Anne Roy as director of its French branch. She was a project manager at Terrafouille.",
    mover: "Anne Roy",
    previous: ["Terrafouille"],
  },
  {
    id: "after N years at A, spent N years at A (English)",
    cue: "(?:after|spent) (?:\\d+|[a-z]+) (?:(?:great|good|wonderful|amazing|fantastic|incredible|happy|fulfilling|rewarding|exciting|long|intense) )?(?:years|months)(?= at )",
    example:
      "Polymera has hired Anders Norrby as general manager. He spent twelve years at Stenfors Group, most recently as plant manager.",
    mover: "Anders Norrby",
    previous: ["Stenfors Group"],
  },
  {
    id: "merci à A pour ces années (a post of one's own)",
    cue: "merci(?= (?:à|au|aux) [^.;!?]{0,60}?pour (?:ces|ses|mes|les|ce|cette) )|thanks? (?:you )?(?=to [^.;!?]{0,60}?for (?:these|those|the) )",
    example:
      "Je rejoins Talvia comme directrice des soins. Merci à toute l'équipe de Kelvane pour ces douze années ! — Anne Roy",
    mover: "Anne Roy",
    previous: ["Kelvane"],
  },
  {
    id: "joins from A (English)",
    cue: "(?:joins|joined|will join|comes|arrives|moves|has moved|will move)(?= [^.;]{0,60}?from \\p{Lu})|hired(?= [^.;]{0,60}?from \\p{Lu})",
    example:
      "Polymera has named Anders Norrby as chief operating officer. He joins from Swedish materials group Stenfors.",
    mover: "Anders Norrby",
    previous: ["Stenfors"],
  },
];

// "ex-" ends on its hyphen, every other cue on a word's end
// (A row whose cue opens on a look-behind, here and in PREDECESSOR_CUES, puts a look-ahead for the
// word it reads first: "(?=depuis)(?<=…)depuis". The engine tries every alternative at every offset
// of the text, and a look-behind ran backwards there each time; the look-ahead, implied by the word
// that follows it, turns those offsets away first, so the matches are the same.)
const CUE = new RegExp(
  `(?<![\\p{L}])(?:${CAREER_CUES.map((row) => row.cue).join("|")})(?:(?<=-\\s?)|(?![\\p{L}]))`,
  "giu",
);
const DIRECT_CUE = new RegExp(
  `^(?:${CAREER_CUES.filter((row) => row.directObject)
    .map((row) => row.cue)
    .join("|")})$`,
  "iu",
);

// ("après avoir dansé douze ans pour la compagnie A": a troupe's, a team's or a house's own work is
// done "pour" it, after the verb that says so)
// ("she was previously with Caviar d'Estuaire Belmont", "formerly of Granits de l'Ormoy": English
// says "with" and "of" of an employer, and the name's own "d'" or "de la" is no preposition then)
// (the look-aheads before the look-behinds: see CUE above)
const EMPLOYER_PREPOSITION =
  /(?<![\p{L}])(?:(?:chez|au sein d(?:e|u|es)|à|au|aux|de|du|des|par|entre|quitte|quitté|from|at|with|(?=pour)(?<=(?<![\p{L}])(?:travaillé|dansé|joué|chanté)(?:\s+[\p{Ll}\d]+){0,3}\s+)pour|(?=of)(?<=(?<![\p{L}])the(?:\s+\p{Ll}+){1,3}\s+|(?<![\p{L}])formerly\s+)of)(?![\p{L}])\s*|d'(?=\p{Lu}))/giu;
// ("…, puis en 2020 l'agence Anaphore": a year may date the next item)
// ("ex-directeur juridique de A et de B": the item's preposition may be said again)
// ("formerly of A and before that B": English joins the houses left as French does with "puis")
const LIST_CONTINUATION =
  /^\s*(?:,\s*et|,\s*puis|,|et|ou|puis|,?\s*and before that|,?\s*and then|and)\s+(?:(?:en|dès) \d{4}\s*,?\s+)?(?:(?:chez|à|au|aux|pour|de|du|des)\s+|d'(?=\p{Lu}))?(?:(?:la|le|les|l')\s*)?/u;
// "Ancienne de A, où elle a passé onze ans, puis de B": a relative clause about an item does not
// end the list
const RELATIVE_BETWEEN_ITEMS = /^\s*,\s*(?:où|dont|qui)\s[^,.;:()]{1,80}(?=,\s*(?:et|puis)\s)/u;
// "pour A", "pour la radio A", "pour le cabinet d'avocats A" (a house's descriptor after the article)
const FOR_EMPLOYER = new RegExp(
  String.raw`(?<![\p{L}])[Pp]our\s+(?:(?:le|la|les|l['’])\s*(?:${COMPANY_DESCRIPTORS_PATTERN}|${EMPLOYER_NOUNS.join("|")})\s+)?(?=\p{Lu})`,
  "gu",
);
// Time and manner words between a verb cue and its object ("avant de rejoindre en 2011 A").
const BEFORE_OBJECT =
  /^(?:\s*(?:,\s*)?(?:en \d{4}|depuis \d{4}|(?:de|entre) \d{4} (?:à|et) \d{4}|aujourd'hui|actuellement|encore|toujours|auparavant|précédemment|d'abord|ensuite|également|aussi|longtemps|successivement|notamment|pendant [\p{L}\d]+ ans))*\s*/u;

// A move verb that opens the main clause ends the career told before it ("…, Camille Aubert est
// nommée", "…, devient directrice de cabinet de…").
// ("quitte ses fonctions pour prendre la direction de B": the purpose tells the new post; "X,
// formerly with A, will head its French arm from April 1": the English future opens it too)
const MAIN_CLAUSE =
  /(?<![\p{L}])(?<!(?:a|avait|ont|avaient) )(?:pour (?:prendre|rejoindre|devenir|intégrer|diriger|succéder|remplacer)|rejoint|rejoindra|devient|deviendra|est (?:nommée?|promue?|élue?|désignée?)|a été (?:nommée?|promue?|élue?|désignée?)|vient d'être|intègre|intégrera|succède|succédera|remplace|remplacera|prend|prendra|reprend|reprendra|sera|will (?:head|lead|run|join|become))(?![\p{L}])/iu;

// ("… entre la maison de disques A et la plateforme B": any one noun, with its complement, may describe it;
// "… et l'institut norvégien B": a descriptor of the list may take an adjective)
const DESCRIBED_ITEM =
  /^(?:(?:banque|groupe|cabinet|agence|société|maison|fonds|start-up|startup|jeune pousse|fédération|association|mutuelle|fondation|imprimerie|laboratoire|labo|studio|éditeur|opérateur|assureur|constructeur|distributeur|institut|chantier)(?:\s+(?!(?:chez|pour|dans|avec|depuis|comme|puis|avant|après|entre|sous|vers|dont)\s)\p{Ll}[\p{Ll}-]{3,})?|(?!(?:chez|pour|dans|avec|depuis|comme|puis|avant|après|entre|sous|vers|dont)\s)\p{Ll}[\p{Ll}-]{3,}(?:\s+(?:de|d')\s*\p{Ll}{3,})?)\s+(?=\p{Lu})/u;
const SHARED_BY = /,\s*(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois)\s+$/iu;
const CAREER_CLAUSE_END = /,\s*(?:(?:il|elle)\s+(?!y\s)\p{Ll}|qui\s)/u;

// "directeur de l'usine de Valenciennes": a site named after its town, not an employer
// ("le site de triage de Corbelin", "le projet de tramway de Castelvieux": the unit's noun may take
// a complement). A town is one word ("Saint-Ormel"): "le réseau d'agences de Banque Aldéric" names
// the employer whose network it is. ("responsable de la ligne pilote de Port-Vézac", "l'atelier de
// Haut-Cernay", "la flotte de Pontaric": a promoted person's former unit, not a house left)
// ("responsable du plateau de Sainte-Maure", "directeur de la carrière de Trélazé-Vieux", "cheffe du
// secteur des Hautes-Combes", "la cuisine centrale de Marseilleveyre", "manager du salon de
// Lorvézac", "la brigade de Montferrieu": these units' towns after their article; "chef de
// laboratoire de Cosmalys", a title's complement without article, names the house; "la mine de
// nickel de Kervik", "au siège de Valbourg", the second town of "les succursales de Brévaux puis de
// Lormont")
const SITE_OF =
  /(?<![\p{L}])(?:(?:usine|atelier|ligne|flotte|site|bureau|antenne|campus|implantation|agence|succursale|centrale|établissement|magasin|entrepôt|plateforme|studio|édition|distillerie|sucrerie|raffinerie|laiterie|dépôt|silo|rayon|réseau|projet|chantier|mine|siège)s?|(?<=(?<![\p{L}])(?:du|le|la|l'|au|des|les|aux)\s*)(?:plateau|carrière|secteur|cuisine|salon|brigade|escale|terminal|terminaux|four|casserie|laboratoire|club)s?)(?: \p{Ll}+| d(?:e |')\p{Ll}+| du groupe| de la société)? (?:d(?:e |')|des |du |à )(?:\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)* (?:puis|et|ou) (?:d(?:e |')|à ))?$/iu;
const ONE_WORD = /^\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*$/u;
// "son équipe League of Legends", "sa division A": a unit the possessive gives to the house the
// sentence is about, not an employer of its own ("sa filiale A" may be an employer left: kept)
const POSSESSIVE_UNIT_BEFORE =
  /(?<![\p{L}])(?:sa|son|ses|leur|leurs)\s+(?:équipe|division|branche|business unit)s?(?:\s+\p{Ll}+)?\s+$/iu;
const SITE_BEFORE_NAME = /(?<![\p{L}])(?:usine|site|dépôt|entrepôt|plateforme)s?\s+$/iu;
// "…de l'usine de Forgeac à Chalon": the town after the plant's company
const SITE_TOWN =
  /(?<![\p{L}])(?:usine|site|bureau|antenne|campus|implantation|succursale)s? d(?:e |')[^,.;]{1,40}?\sà\s*$/iu;
// A minister's cabinet is no employer: "directrice de cabinet du ministre de l'Intérieur"
const MINISTER_BEFORE =
  /(?<![\p{L}])(?:ministres?|ministère|secrétaire d'État)\s+(?:de la |de l'|du |des |de |d')?$/iu;
// Schools train, they do not employ, when one studied there: "diplômé de HEC", "formée à l'X"
const SCHOOL_BEFORE =
  /(?<![\p{L}])(?:diplômée?s?|formée?s?|a étudié|ancien élève|ancienne élève|alumni)\s+(?:de la |de l'|du |des |de |d'|à l'|à la |au |à )?$/iu;
const CLIENT_BEFORE =
  /(?<![\p{L}])(?:contrat|marché|appel d'offres)s?\s+(?:de la |de l'|du |des |de |d')(?:\p{Ll}+\s+(?:de la |de l'|du |des |de |d'))?$/iu;
// "la délégation Isère de la Croix-Blanche", "les ventes Europe de Voltaïa": a division's place
const DIVISION_BEFORE =
  /(?<![\p{L}])(?:délégation|direction|région|zone|division|branche|pôle|ventes|activités?|filiale)\s+$/iu;
const SISTER_UNIT_BEFORE =
  /(?<![\p{L}])\p{Ll}+\s+(?:voisine|voisin|sœur|soeur)s?\s+(?:de la |de l'|du |des |de |d')(?:\p{Lu}[\p{L}'-]*\s+(?:de la |de l'|du |des |de |d')?)*$/u;
// the same, when the institution's reading took the unit's noun into the name
const SISTER_UNIT_NAMED = /^\p{Ll}+\s+(?:voisine|voisin|sœur|soeur)s?\s/u;
// "la région Ouest", "la zone Europe": a division of an employer, not one
const DIVISION =
  /^(?:région|zone|division|branche|pôle|direction) (?:(?:Ouest|Est|Nord|Sud|Centre|Grand)(?:-(?:Ouest|Est|Nord|Sud))?|Europe|France|Asie|Afrique|Amériques?)$/iu;
// "Swedish materials group Stenfors": an English demonym and a descriptor before the name
const ENGLISH_DEMONYM = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|can|ch)$/u;
// ("Hydrotech et Polyforme" is a list of houses: only a nationality the text writes in English)
const ENGLISH_NATIONALITY =
  /^(?:French|Dutch|Czech|British|English|Spanish|Swedish|Danish|Polish|Irish|Finnish|Turkish|Scottish|Chinese|Japanese|Portuguese|German|Italian|Belgian|Swiss|American|Canadian|Mexican|African|European|Asian|Indian|Russian|Brazilian|Australian|Norwegian|Austrian|Korean|Greek)$/u;

// "at UK theme-park group Merrivale Attractions": a country's initials and a descriptor before the name
function englishDescribed(text: string, at: number): Span | null {
  const described = /^(?:UK|US|EU)(?:\s+[\p{Ll}-]+){1,3}\s+(?=\p{Lu})/u.exec(text.slice(at));
  return described ? readCompanyRun(text, at + described[0].length) : null;
}

function isEmployer(company: Span, people: PersonMention[], text: string): boolean {
  // "where she previously led French sales": a demonym before a common noun is an adjective
  if (ENGLISH_NATIONALITY.test(company.text) && /^\s+\p{Ll}/u.test(text.slice(company.end))) return false;
  const folded = foldWord(company.text);
  // "pour le Grand Ouest": a region written in two words is the lexicon's "grand-ouest"
  if (PLACES.has(folded) || PLACES.has(folded.replace(/\s+/gu, "-")) || DEPARTMENT_WORDS.has(folded))
    return false;
  if (DIVISION.test(company.text)) return false;

  if (
    DIVISION_BEFORE.test(text.slice(Math.max(0, company.start - 30), company.start)) &&
    /^\s+d(?:e|u|es|')/u.test(text.slice(company.end))
  )
    return false;
  const before = text.slice(Math.max(0, company.start - 60), company.start);
  // "directeur général des services (DGS) de A": the acronym abbreviates the title
  // ("Direction interministérielle du numérique (DINT)" abbreviates an employer, kept)
  // ("directeur général du centre hospitalier universitaire (CHU) de Valmoray": the initials are
  // the house's, kept)
  const titled =
    /(?<![\p{L}])((?:directeur|directrice|président|présidente|responsable|secrétaire|chef|cheffe|délégué|déléguée)[\p{Ll}\s'-]*?)\s*\(\s*$/u.exec(
      before,
    );
  if (titled && /^\s*\)/u.test(text.slice(company.end)) && isAcronymOf(company.text, titled[1]!))
    return false;
  // "l'usine de Valenciennes" names a town, but "l'usine de Forgeac à Chalon" the company's plant
  if (SITE_OF.test(before) && ONE_WORD.test(company.text) && !/^\s+à\s+\p{Lu}/u.test(text.slice(company.end)))
    return false;
  if (SITE_TOWN.test(before) || MINISTER_BEFORE.test(before) || SCHOOL_BEFORE.test(before)) return false;
  // "la caisse voisine du Val de Brisac", "l'agence sœur de Lyon": a sister unit of the same network
  if (SISTER_UNIT_BEFORE.test(before) || SISTER_UNIT_NAMED.test(company.text)) return false;
  if (POSSESSIVE_UNIT_BEFORE.test(before)) return false;
  // "la gestion de fortune de Crédit Marinier à Orlanges.": one word after "à" ending the clause,
  // right after an employer's name, is its town ("passé de A à B" is a career step, kept)
  if (
    !/\s/u.test(company.text) &&
    /\p{Lu}[\p{L}&'’-]*\s+à\s+$/u.test(before) &&
    !/pass(?:é|ée|és|ées)\s+(?:de|d'|du|par)\s/u.test(before) &&
    /^\s*(?:[.;,)]|$)/u.test(text.slice(company.end))
  )
    return false;
  // "qui dirigeait l'Ehpad Les Glycines, à Pontcarral": one word after ", à" closing the clause is
  // the town of the employer just named
  if (
    !/\s/u.test(company.text) &&
    /\S\s*,\s*à\s+$/u.test(before) &&
    /^\s*(?:[.;,)]|$)/u.test(text.slice(company.end))
  )
    return false;
  // "qui avait débuté à Bagnols en 2004", "a travaillé à Vernoux", "jusque-là responsable de
  // production à Vernoux": one word after a bare "à"
  // (no article, no descriptor) names a town; a house is "chez A", "à la B", "au C"
  if (
    ONE_WORD.test(company.text) &&
    !/^\p{Lu}{2,}$/u.test(company.text) &&
    (/(?<![\p{L}])(?:débuté|commencé|travaillé|exercé|été|passé|officié|vécu|installée?)\s+(?:\p{Ll}+\s+){0,2}à\s+$/u.test(
      before,
    ) ||
      // "jusque-là responsable de production à Castelnoir": the post held before, at a site's town
      // ("X, responsable d'exploitation à Pontsaurel, est promue…", "Il était responsable régional
      // à Castelroc", "elle exerçait en libéral à Lormes": an apposition's or a past tense's post)
      /(?:(?<![\p{L}])(?:jusque-là|jusqu'(?:ici|alors|à présent)|auparavant|précédemment|était|exerçait|travaillait|officiait)|,)\s+(?:[\p{Ll}'’-]+\s+){1,5}à\s+$/u.test(
        before,
      )) &&
    /^\s*(?:[.;,)]|en \d{4}|depuis \d{4}|$)/u.test(text.slice(company.end))
  )
    return false;
  // "dirigeait le contrat de la régie de Montbrenier chez Sauréa": a client served, not an employer
  if (CLIENT_BEFORE.test(before)) return false;
  // "ancien directeur d'Ehpad chez A", "responsable de Retail chez B": a bare word after the title's
  // "de" is the title's complement when the employer follows
  if (
    ONE_WORD.test(company.text) &&
    /(?<![\p{L}])(?:de |d')$/u.test(before) &&
    /^\s+(?:chez|au sein d)/u.test(text.slice(company.end))
  )
    return false;
  // "dirigeait la marque Vivelle au sein du groupe": a brand or unit of the new employer's group
  if (/^\s+au sein du groupe(?![\p{L}])/u.test(text.slice(company.end))) return false;
  if (!/\p{L}{2}/u.test(company.text)) return false;
  return !people.some((p) => isConfidentPerson(p) && p.start < company.end && company.start < p.end);
}

// A middle initial ("Charles T. Wendover") ends no sentence.
function clauseEnd(text: string, from: number): number {
  const stop = /(?<!(?:^|[\s(])\p{Lu})[.;](?=\s|$)/gu;
  stop.lastIndex = from;
  return stop.exec(text)?.index ?? text.length;
}

function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const end of allMatches(text.slice(0, at), /(?<!(?:^|[\s(])\p{Lu})[.;!?:](?=\s)/gu))
    start = end.index + 1;
  return start;
}

// "la sucrerie concurrente Cristalys d'Escaudin-Nord", "le centre aquatique Aqualuna de
// Montrevel-en-Sorlière": a house named by its brand, then the town of the site one worked at (a
// town of several words joined by hyphens). A name of common words only ("Crédit Mutuel de
// Saint-Ormel", "Université de Saint-Ormel") keeps its town: there the town names the house.
const TRAILING_TOWN = /^(.*?\S) (?:de |d')(\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)+)$/u;
function withoutTown(company: Span): Span {
  const town = TRAILING_TOWN.exec(company.text);
  if (!town || /(?:^| )(?:de|du|des|d')(?: |$)/u.test(town[1]!)) return company;
  const words = town[1]!.split(/\s+/u);
  if (!words.every((word) => /^\p{Lu}/u.test(word)) || words.every((word) => isFrenchWord(word)))
    return company;
  return { text: town[1]!, start: company.start, end: company.start + town[1]!.length };
}

// "Swedish materials group Stenfors" → "Stenfors"; "les ventes Europe de Voltaïa" → "Voltaïa"
function pastDemonym(text: string, company: Span): Span {
  // "at the Québec cosmetics maker Boréalia Cosmétiques", "at the Valais guiding firm Hautes Routes":
  // in English a place and a descriptor come before the name
  if (
    /(?<![\p{L}])(?:at|of|from|with|for|by) the\s+$/iu.test(
      text.slice(Math.max(0, company.start - 12), company.start),
    )
  ) {
    const described = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s+(?=\p{Lu})/u.exec(
      text.slice(company.start),
    );
    const named = described ? readCompanyRun(text, company.start + described[0].length) : null;
    if (named) return named;
  }
  // "directeur de l'usine Carbolux de Sainte-Ombre": the company's plant in a town
  const plant = /^(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)?) d(?:e |')\p{Lu}[\p{L}'’-]*$/u.exec(
    company.text,
  );
  if (plant && SITE_BEFORE_NAME.test(text.slice(Math.max(0, company.start - 30), company.start)))
    return { text: plant[1]!, start: company.start, end: company.start + plant[1]!.length };
  // "de l'usine de Limeuil d'Héliogravure Marnaise", "l'usine d'embouteillage de Montclar de la
  // Compagnie des sources": after a site's noun, the town comes first and the company after it
  const place = /^(\p{Lu}[\p{L}-]*) (?:de la |de l'|de |d')(?=\p{Lu})/u.exec(company.text);
  if (
    place &&
    (PLACES.has(foldWord(place[1]!)) ||
      SITE_OF.test(text.slice(Math.max(0, company.start - 40), company.start)))
  )
    return readCompanyRun(text, company.start + place[0].length) ?? company;
  // "Berlin's Schutzly": an English possessive of the house's city
  const city = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u.exec(company.text);
  if (city)
    return {
      text: company.text.slice(city[0].length),
      start: company.start + city[0].length,
      end: company.end,
    };
  const town = withoutTown(company);
  if (town !== company) return town;
  if (
    !ENGLISH_DEMONYM.test(company.text) &&
    !ENGLISH_NATIONALITY.test(company.text) &&
    !/^(?:UK|US|EU)$/u.test(company.text)
  )
    return company;
  const after = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s+(?=\p{Lu})/u.exec(text.slice(company.end));
  return (after && readCompanyRun(text, company.end + after[0].length)) || company;
}

// Lower-case nouns that name an employer with the place after them, beside institutions.ts's
// LOWER_HEADS: "dirigeait le palais des sports de Kervidel", "l'office de tourisme de Pontcarral",
// "la maison de quartier des Tilleuls". The place alone is no employer.
const CAREER_EMPLOYER_HEADS = `${LOWER_HEADS}|office (?:de|du) tourisme|palais des (?:sports|congrès)|maison (?:de quartier|de la culture|de santé|de retraite)|centre (?:social|culturel|d'art|de formation|de santé|de soins)|cave coopérative|coopérative|théâtre|musée|conservatoire|médiathèque|bibliothèque|lycée|collège|école|agence de l'eau|parc naturel régional|stade|casino|hôtel|golf|parc des expositions|thermes|hippodrome|province|halle à marée|[Ee]hpad|EHPAD|base navale|base aérienne|station de recherche(?: \\p{Ll}+)?|domaine|abbaye`;
const EMPLOYER_HEAD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CAREER_EMPLOYER_HEADS})(?:\s+(?:public|publique|\p{Ll}+(?:é|ée|al|ale|aux|ier|ière|if|ive|el|elle|aire|ique|ain|aine|ien|ienne))s?)?\s*(?:de la |de l'|des |du |de |d')$`,
  "u",
);
// A State's or a local authority's service, named by its noun, an adjective of administration and
// what it is in charge of, then its place: "la direction régionale de la jeunesse et des sports des
// Hautes-Terres", "le service territorial éducatif de milieu ouvert de Saint-Arlan", "l'unité
// départementale de l'architecture et du patrimoine du Val-d'Orbize", "l'établissement régional du
// sang Atlantique-Nord". The place alone is no employer. A complement is required ("la direction
// régionale de Lorve" is as often a company's division).
const ADMINISTRATIVE_ADJECTIVE =
  "(?:inter)?(?:régional|départemental|territorial|national|public|municipal|communal|intercommunal|académique)e?s?";
const UNIT_COMPLEMENT = String.raw`\s+(?:de la |de l['’]|des |du |de |d['’]|et |en |aux |à la |au )\s*\p{Ll}[\p{Ll}'’-]*(?:\s+(?!(?:de|du|des|et|en|aux?|la|le|les)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]*)?`;
const ADMINISTRATIVE_UNIT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:direction|service|unité|établissement|délégation|inspection|pôle|mission)\s+(?:${ADMINISTRATIVE_ADJECTIVE}(?:\s+\p{Ll}[\p{Ll}'’-]*)?(?:${UNIT_COMPLEMENT}){1,4}|\p{Ll}[\p{Ll}'’-]*\s+${ADMINISTRATIVE_ADJECTIVE}(?:${UNIT_COMPLEMENT}){0,4})\s*(?:de la |de l['’]|des |du |de |d['’])?$`,
  "u",
);
// "les centres hospitaliers de Montcalier et de Bréviande": a plural head shared by a list
const PLURAL_HEAD_BEFORE =
  /(?<![\p{L}])((?:centre|hôpita|clinique|musée|théâtre|lycée|collège|école|office|maison)(?:s|ux)(?: \p{Ll}+s)?(?: (?:de|du|des) \p{Ll}+)?)\s+(?:de la |de l'|des |du |de |d')(?:[^,.;]{0,40}?\s(?:et|,)\s+(?:de la |de l'|des |du |de |d'))?$/u;
// A capitalised common noun opens a name built of lower-case complements and a place: "la
// Communauté d'agglomération de Saint-Ormel", "l'Assistance publique de Valmoray", "le
// Conservatoire des espaces naturels d'Ambrelle", "Agence de l'eau Olve-Ternelle".
const NAMED_BY_COMPLEMENTS =
  /^(?:\s+(?:de la |de l'|des |du |de |d')?(?!(?:et|ou|puis|pour|chez|avant|après|depuis|dont|qui|où|comme|avec|en|au|aux|à|sur|par|pendant|durant)(?![\p{L}']))\p{Ll}[\p{Ll}'-]{2,}){1,3}\s+(?:de la |de l'|des |du |de |d'|l')?(?=\p{Lu})/u;

// "conseiller maître à la Cour des comptes.", "la Banque africaine de reconstruction, où…", "au
// Stade aubrellois.": a capitalised common noun whose lower-case adjectives and complements run to
// the clause's end is one name; the capitalised word alone names nothing.
const COMMON_NOUN_NAME =
  /^(?:(?:la|le|les)\s+|l['’])?(\p{Lu}\p{Ll}+(?:\s+(?:de la\s+|de l['’]|des\s+|du\s+|de\s+|d['’]|et\s+|en\s+)?(?!(?:qui|que|où|dont|depuis|pendant|durant|comme|avant|après|puis|pour|chez|avec|entre|jusqu|sous|sur|dans|par|et|ou|en|il|elle|a|est|était|avait)(?![\p{L}'’]))\p{Ll}[\p{Ll}'’-]*){1,4})(?=\s*(?:[,.;:()]|$))/u;

function commonNounName(text: string, at: number): Span | null {
  const name = COMMON_NOUN_NAME.exec(text.slice(at));
  if (!name) return null;
  const first = /^\p{Lu}\p{Ll}+/u.exec(name[1]!)![0];
  if (!isFrenchWord(first)) return null;
  const start = at + name[0].length - name[1]!.length;
  return { text: name[1]!, start, end: at + name[0].length };
}

function singularHead(head: string): string {
  return head
    .split(" ")
    .map((word) =>
      /^(?:de|du|des)$/u.test(word)
        ? word
        : word.replace(/aux$/u, "al").replace(/ux$/u, "l").replace(/s$/u, ""),
    )
    .join(" ");
}

const PLACE_OF_WORDS =
  /^(?:Pays|Val|Vallée|Monts?|Marais|Côtes?|Plaine|Bassin|Causses?|Îles?) (?:de la |de l'|des |du |de |d')\p{Lu}[\p{L}'’-]*$/u;

// "musée des Beaux-Arts de Villeseine", "golf de la Forêt d'Ambrun": a name of capitalised common
// nouns and a place ("Beaux-Arts", "Forêt", "Porcelaine") names no house without the head noun
// before it; a brand ("Kelvane de Lorve") does
const COMMON_NOUN_AND_PLACE =
  /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*) (?:de la |de l'|des |du |de |d')\p{Lu}[\p{L}'’-]*$/u;
function namedByCommonNoun(name: string): boolean {
  const first = COMMON_NOUN_AND_PLACE.exec(name)?.[1];
  return first?.split("-").every((word) => isFrenchWord(word)) ?? false;
}

// "le centre hospitalier de Montcalier", "l'office de tourisme de Pontcarral": an institution is
// named by its head noun and the place, which alone is no employer; "la Fédération de judo de
// l'Olve de 2016 à 2023": the years that follow are no part of the name.
function asEmployerName(text: string, company: Span): Span {
  const dated = /\s+(?:de|d'|en|depuis)\s+(?:\d{4}|\d{1,2}\s+\p{Ll}+\s+\d{4})$/u.exec(company.text);
  const span = dated
    ? { text: company.text.slice(0, dated.index), start: company.start, end: company.end - dated[0].length }
    : company;
  const widened = widenInstitution(text, span);
  if (widened !== span) return widened;
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // a place is one word: "du centre de formation du Stade Kervidélien" names a unit of the club
  // (or a place named by its kind: "l'hôpital privé du Pays de Caudel")
  const head =
    /^\p{Lu}[\p{L}'’-]*$/u.test(span.text) || PLACE_OF_WORDS.test(span.text) || namedByCommonNoun(span.text)
      ? EMPLOYER_HEAD_BEFORE.exec(before)
      : null;
  if (head) {
    const start = span.start - (before.length - head.index);
    return { text: text.slice(start, span.end), start, end: span.end };
  }
  const unitBefore = text.slice(Math.max(0, span.start - 120), span.start);
  const unit =
    /^\p{Lu}[\p{L}'’-]*$/u.test(span.text) || PLACE_OF_WORDS.test(span.text)
      ? ADMINISTRATIVE_UNIT_BEFORE.exec(unitBefore)
      : null;
  if (unit) {
    const start = span.start - (unitBefore.length - unit.index);
    return { text: text.slice(start, span.end), start, end: span.end };
  }
  const plural = PLURAL_HEAD_BEFORE.exec(before);
  if (plural && /^\p{Lu}[\p{L}'’-]*$/u.test(span.text)) {
    const link = /(?:de la |de l'|des |du |de |d')$/u.exec(before)![0];
    return { ...span, text: `${singularHead(plural[1]!)} ${link}${span.text}` };
  }
  if (/^\p{Lu}\p{Ll}+$/u.test(span.text) && isFrenchWord(span.text)) {
    const named = commonNounName(text, span.start);
    if (named && named.start === span.start) return named;
    const complements = NAMED_BY_COMPLEMENTS.exec(text.slice(span.end));
    const place = complements ? readCompanyRun(text, span.end + complements[0].length) : null;
    // (the run read from the place may reach back over the whole name: "Bibliothèque patrimoniale
    // de l'Orvanne")
    if (place && place.start <= span.end + complements![0].length && place.start >= span.start)
      return { text: text.slice(span.start, place.end), start: span.start, end: place.end };
  }
  return span;
}

/**
 * "service régional de l'archéologie du Val-de-Siane", "office de tourisme de Bois-Vernay": a cell
 * or a field that is one employer's name as a whole, its head in lower case, read the way a career
 * reads it after "chez" or "à".
 */
export function isOneEmployerName(value: string): boolean {
  const text = value.trim();
  if (!/^\p{Ll}/u.test(text) || /[,;:()]/u.test(text)) return false;
  let last: Span | null = null;
  for (const word of allMatches(text, /(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu)) {
    const run = readCompanyRun(text, word.index);
    if (run && run.end === text.length) {
      last = run;
      break;
    }
  }
  if (!last) return false;
  const named = asEmployerName(text, last);
  return named.start === 0 && named.end === text.length && isEmployer(named, [], text);
}

/** A past told once: the employers it names and whose past it is. */
export interface CareerPhrase {
  cue: Span;
  employers: Span[];
  /** The person the career belongs to; null when a pronoun or description points back to a mover. */
  holder: PersonMention | null;
  /** The gender a pronoun or description gives ("il", "cet ingénieur", "elle"), when no holder is named. */
  pointsBack: "masculine" | "feminine" | "either" | null;
  /** The last person named before the cue whose first name has the pronoun's gender. */
  namedBefore?: PersonMention | null;
}

// Employers named by the items after a cue, inside text[cueStart, to).
function readItems(text: string, cue: Span, to: number, people: PersonMention[]): Span[] {
  const found: Span[] = [];
  // "chez Ferralis, dont elle dirigeait la maintenance des TGV, avant…", "au sein du groupe A, où
  // il a été directeur de la qualité de sa coentreprise B": a relative clause after an employer
  // names its units, not employers of their own
  const relatives = allMatches(text.slice(cue.end, to), /,\s*(?:dont|où)\s[^,.;]*/gu).map((m) => ({
    start: cue.end + m.index,
    end: cue.end + m.index + m[0].length,
  }));
  // the words an item was read from: "Cristalys d'Escaudin-Nord" read as "Cristalys" leaves its
  // town read, not a second employer to find after "d'"
  const read: Span[] = [];
  const take = (raw: Span | null) => {
    if (!raw) return;
    if (read.some((r) => r.start <= raw.start && raw.start < r.end)) return;
    const company = withoutTown(asEmployerName(text, pastDemonym(text, raw)));
    if (company.end > to || !isEmployer(company, people, text)) return;
    if (relatives.some((r) => r.start <= company.start && company.start < r.end)) return;
    found.push(company);
    read.push({
      text: raw.text,
      start: Math.min(raw.start, company.start),
      end: Math.max(raw.end, company.end),
    });
    // "chez MoonBikes et Castalie", "notamment chez Alstom, Atos et Thales", "puis Orbis Partners"
    let cursor = company.end;
    for (;;) {
      const relative = RELATIVE_BETWEEN_ITEMS.exec(text.slice(cursor));
      if (relative) cursor += relative[0].length;
      const more = LIST_CONTINUATION.exec(text.slice(cursor));
      if (!more) break;
      // "passé par Ormesson Capital et la banque Rochebrune & Cie": a descriptor may head the next item
      const described = DESCRIBED_ITEM.exec(text.slice(cursor + more[0].length));
      const from = cursor + more[0].length + (described?.[0].length ?? 0);
      // "directeur adjoint des thermes de A puis directeur des thermes de B": a title may head the
      // next item after "puis"
      const titled = /puis\s+$/u.test(more[0])
        ? /^\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}?\s+(?:chez|de la|de l'|du|des|de|d')\s*(?=\p{Lu})/u.exec(
            text.slice(from),
          )
        : null;
      const run =
        readCompanyRun(text, from) ?? (titled ? readCompanyAfter(text, from + titled[0].length) : null);
      const next = run && asEmployerName(text, run);
      const startsItem = run?.start === from || (titled !== null && run?.start === from + titled[0].length);
      if (!next || !startsItem || !isEmployer(next, people, text) || next.end > to) break;
      // "Neige et Piste", "les Gîtes et Hôtes du Lorvois": two common nouns joined by a bare "et"
      // make one name ("Hydrolor et Pétrolor" are two houses)
      const previous = found.at(-1)!;
      if (
        /^\s*et\s+$/u.test(more[0]) &&
        !described &&
        next.start === from &&
        !/\s/u.test(previous.text) &&
        isFrenchWord(previous.text) &&
        isFrenchWord(next.text.split(/\s+/u)[0]!)
      ) {
        const whole = { text: text.slice(previous.start, next.end), start: previous.start, end: next.end };
        found[found.length - 1] = whole;
        read[read.length - 1] = { ...whole, start: Math.min(read.at(-1)!.start, whole.start) };
        cursor = next.end;
        continue;
      }
      found.push(next);
      read.push(next);
      cursor = next.end;
    }
  };
  if (/^ex-/iu.test(cue.text)) {
    const direct = readCompanyRun(text, cue.end);
    if (direct && direct.start === cue.end) take(direct);
    else take(readRole(text, cue.end, clauseEnd(text, cue.end))?.company ?? null);
    // "l'ex-patron de Nordtel Networks", "ex-gestionnaire de portefeuille chez Kaolin Capital": a
    // title the role reader does not know, then its employer before the apposition ends
    const title =
      /^[\p{Ll}'-]+(?:\s+[\p{Ll}'-]+){0,4}?\s+(?:chez|de la|de l'|du|des|de|d')\s*(?=[\p{Lu}\p{N}])/u.exec(
        text.slice(cue.end, clauseEnd(text, cue.end)),
      );
    if (found.length === 0 && title) take(readCompanyRun(text, cue.end + title[0].length));
    // "ex-banque d'affaires Rothwell & Cie": a descriptor, then the name
    const descriptor = /^\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}\s+(?=\p{Lu})/u.exec(
      text.slice(cue.end, clauseEnd(text, cue.end)),
    );
    if (found.length === 0 && descriptor) take(readCompanyRun(text, cue.end + descriptor[0].length));
    return found;
  }
  if (DIRECT_CUE.test(cue.text.replace(/\s+/gu, " ")) || /^(?:former|ancien|ancienne)s?$/iu.test(cue.text)) {
    const skip = BEFORE_OBJECT.exec(text.slice(cue.end))![0].length;
    const direct = readCompanyRun(text, cue.end + skip);
    if (direct && direct.start === cue.end + skip) take(direct);
  }
  // scan from the cue itself: "quitte Orange" is both the cue and the preposition
  const window = text.slice(cue.start, to);
  for (const preposition of allMatches(window, EMPLOYER_PREPOSITION)) {
    // "absorbé l'an dernier par le SPL", "racheté par A": "par" names an employer only in "passé
    // par A et par B"
    if (
      /^par(?![\p{L}])/iu.test(preposition[0]) &&
      // ("a dirigé par le passé la chaîne A, rachetée depuis par B": the adverb is no "passé par")
      !/(?<![\p{L}])(?<!(?:le|du) )passée?s?(?![\p{L}])/iu.test(
        text.slice(Math.max(0, cue.start - 30), cue.start + preposition.index),
      )
    )
      continue;
    // "qui dirigeait Kervibus, le réseau de bus de Kervidel": an apposition describing the employer
    // just read names its place
    const last = found.at(-1);
    if (
      last &&
      last.end <= cue.start + preposition.index &&
      /^\s*,\s*(?:le|la|les|l')\s*\p{Ll}[^,.;]*$/u.test(text.slice(last.end, cue.start + preposition.index))
    )
      continue;
    const at = cue.start + preposition.index + preposition[0].length;
    const company = readCompanyAfter(text, at);
    // "chez le leader du marché, McBride's, son nouveau directeur": the name in apposition to a
    // description
    const described = company
      ? null
      : /^chez\s/iu.test(preposition[0]) &&
        /^(?:le|la|les|l'|son|sa|ses|leur)\s*\p{Ll}[\p{Ll}'’ -]{2,40}?,\s*(?=[\p{Lu}\p{N}])/u.exec(
          text.slice(at),
        );
    take(
      company ??
        (described ? readCompanyRun(text, at + described[0].length) : null) ??
        (/^(?:à|au|aux|chez|de|du|des|d')/iu.test(preposition[0]) ? commonNounName(text, at) : null) ??
        englishDescribed(text, at),
    );
  }
  // "a travaillé pour Atelier Grisel", but not "directeur régional pour la Vesle"
  // ("commentatrice pour la radio Fréquence Ovale", "a travaillé pour le groupe A": a descriptor
  // of a house after the article says the name is an employer's)
  for (const preposition of allMatches(window, FOR_EMPLOYER))
    take(readCompanyRun(text, cue.start + preposition.index + preposition[0].length));
  // the object of a verb cue after its article: "a dirigé la foncière Murimmo", "dirigeait Kervibus"
  if (DIRECT_CUE.test(cue.text.replace(/\s+/gu, " "))) {
    const skip = BEFORE_OBJECT.exec(text.slice(cue.end))![0].length;
    take(readCompanyAfter(text, cue.end + skip));
  }
  // "Saint-Ormel" read again inside "la Communauté d'agglomération de Saint-Ormel"; "Cap-Sauvian"
  // read after "de" before "le Palace Beaumanoir de Cap-Sauvian" was read as "Palace Beaumanoir"
  return found.filter(
    (item, at) =>
      !found.some(
        (other) => other.start <= item.start && item.end <= other.end && other.text.length > item.text.length,
      ) &&
      !read.some(
        (r, rAt) =>
          rAt !== at && r.start <= item.start && item.end <= r.end && !found[rAt]!.text.includes(item.text),
      ),
  );
}

// "Il", "Cet ingénieur", "L'homme", "Elle", "Cette énarque", "L'ancien président": a pronoun or
// a description that points back to a person named before ("Cette ingénieure des Ponts", "Cet
// ingénieur de 54 ans": the description may take a capitalised complement or an age).
const POINTS_BACK =
  /(?:^|[\s,'(])(?:([Ii]l|[Hh]e|[Ll]ui-même|[Cc]e(?:t|lui-ci)? \p{Ll}+|[Cc]e dernier|[Ll]'homme|[Ll]'intéressé)|([Ee]lle|[Ss]he|[Ee]lle-même|[Cc]ette \p{Ll}+|[Cc]elle-ci|[Ll]'intéressée)|([Ll]es? \p{Ll}+|[Ll]a \p{Ll}+|[Ll]'\p{Ll}+|[Ss]on \p{Ll}+|[Ss]a \p{Ll}+))\s*,?\s*(?:\p{Ll}[\p{Ll}'-]*\s+|(?<=(?:de|des|du|d')\s*)\p{Lu}[\p{L}'-]*\s+|\d+\s+){0,4}$/u;

// Whose past a cue tells, from where it sits in its sentence.
// ("X (elle était…)": a pronoun opens a clause of its own, whose person it points back to)
// ("Anne Roy (Sud-Ouest), qui vient de A": a parenthesis after the name is still the name's)
const AFTER_NAME_ASIDE = String.raw`(?:\s*\([^()]{1,40}\))?`;
const ASIDE_THEN_APPOSITION = new RegExp(String.raw`^${AFTER_NAME_ASIDE}\s*(?:[,(]\s*(?:qui\s+)?)$`, "u");
const ATTACHED = new RegExp(
  String.raw`^${AFTER_NAME_ASIDE}\s*(?:,\s*(?:qui\s+|lui-même\s+|elle-même\s+)?|\(\s*|\s+(?:qui\s+)?)?(?!(?:il|elle|ils|elles)\s)(?:\p{Ll}+\s+){0,3}$`,
  "u",
);

function holderOf(
  text: string,
  cue: Span,
  people: PersonMention[],
  mentions: PersonMention[],
): Pick<CareerPhrase, "holder" | "pointsBack"> {
  const start = sentenceStart(text, cue.start);
  const before = text.slice(start, cue.start);
  const named = people.filter((p) => p.start >= start && p.end <= cue.start);
  const last = named.at(-1);
  // "Marion Lebœuf était auparavant…", "X, ex-A", "X, qui dirigeait A", "X (ex-A)"
  if (last && ATTACHED.test(text.slice(last.end, cue.start))) return { holder: last, pointsBack: null };
  // "la nomination du désormais ex-patron de A, X, à la présidence…", "l'ancienne directrice de A,
  // X, rejoint…": a past title set in apposition before the name is that person's
  const following = people.find((p) => p.start >= cue.end && p.start < clauseEnd(text, cue.end));
  if (
    following &&
    /^(?:ex-|ancien|former)/iu.test(cue.text) &&
    /^[^,.;:()]{1,80},\s*$/u.test(text.slice(cue.end, following.start)) &&
    !MAIN_CLAUSE.test(text.slice(cue.end, following.start))
  )
    return { holder: following, pointsBack: null };
  // "tandis qu'Aude Maillet, ex-Bâtir Olve, prend…": a name the parser is less sure of still
  // owns the apposition that follows it
  const loose = mentions.filter((p) => p.start >= start && p.end <= cue.start).at(-1);
  if (
    loose &&
    loose.start > (last?.end ?? -1) &&
    ASIDE_THEN_APPOSITION.test(text.slice(loose.end, cue.start)) &&
    // "… de Valmonde Finance, arrive de …": a name after a preposition is an employer, not a subject
    !/(?<![\p{L}])(?:de|du|des|d'|chez|à|au|aux|par|pour)\s*$/iu.test(text.slice(start, loose.start))
  )
    return { holder: loose, pointsBack: null };
  // "… tandis qu'Aude Maillet, ex-Bâtir Olve, prend…": an apposition to a name read as no one's
  if (
    /(?:tandis qu|alors qu|(?<![\p{L}])et qu)'?\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+\s*[,(]\s*$/u.test(
      text.slice(last?.end ?? start, cue.start),
    )
  )
    return { holder: null, pointsBack: null };
  const pronoun = POINTS_BACK.exec(before);
  if (pronoun && !(last && last.start > start + pronoun.index))
    return { holder: null, pointsBack: pronoun[1] ? "masculine" : pronoun[2] ? "feminine" : "either" };
  // "Transfuge de A, X rejoint B", "Après avoir été R de A, X…": the person after the career
  if (named.length === 0) {
    const end = clauseEnd(text, cue.end);
    const next = people.find((p) => p.start >= cue.end && p.start < end);
    // "L'ancien président de Grainor succède à Gérard Thivolle": the career is the subject's,
    // the person after the verb is someone else
    if (next && !MAIN_CLAUSE.test(text.slice(cue.end, next.start))) return { holder: next, pointsBack: null };
    return { holder: null, pointsBack: "either" };
  }
  // a cue further on in a sentence about a named person: that person's ("X rejoint B après
  // avoir dirigé A")
  return { holder: last ?? null, pointsBack: null };
}

// "Rivière, ex-Invoicea, prend…", "tandis que Brun a rejoint…": a surname alone names the person
// the paragraph named in full.
function withSurnames(text: string, people: PersonMention[]): PersonMention[] {
  const bySurname = new Map<string, PersonMention>();
  for (const person of people)
    for (const surname of [person.text.split(/\s+/u).at(-1)!, person.name.split(/\s+/u).at(-1)!])
      if (surname.length >= 3 && !bySurname.has(surname)) bySurname.set(surname, person);
  if (bySurname.size === 0) return people;
  const all = [...people];
  // one pass over the capitalised words, not one search per person
  for (const match of allMatches(text, /(?<![\p{L}'-])\p{Lu}[\p{L}'-]*(?![\p{L}'-])/gu)) {
    const person = bySurname.get(match[0]);
    if (!person) continue;
    const end = match.index + match[0].length;
    if (people.some((p) => p.start < end && match.index < p.end)) continue;
    all.push({ ...person, text: match[0], start: match.index, end });
  }
  return all.sort((a, b) => a.start - b.start);
}

const IN_HOUSE =
  /(?<![\p{L}])(?:(?:entrée?s?|arrivée?s?)\s+(?:en \d{4}\s+)?(?:dans le groupe|au sein du groupe|au groupe|à la coopérative|dans la coopérative|dans la maison|dans l'entreprise|à la banque|à la mutuelle)|enfant de la maison|(?:fait|effectué|mené) (?:toute sa carrière|tout son parcours) (?:dans le groupe|au sein du groupe|dans la maison|dans l'entreprise)|(?:a|avait) occupé successivement (?:à|au sein d))(?![\p{L}])/iu;

// "taps Kessler & Co veteran X", "hires Hydrosol alumna X": English names the house left before the
// person, as a noun's complement; the house ends right before the noun, the person follows it
const VETERAN_OF = /(?<=[\p{L}\p{N}&.)])\s+(?:veteran|alumnus|alumna|alum)\s+(?=\p{Lu})/gu;

function veteransOf(text: string): CareerPhrase[] {
  const phrases: CareerPhrase[] = [];
  const mentions = findPersonMentions(text);
  for (const match of allMatches(text, VETERAN_OF)) {
    const after = match.index + match[0].length;
    const holder = mentions.find((m) => m.start === after);
    const employer = holder ? readCompanyBefore(text, match.index) : null;
    // (the house is no person's name: "Anne Roy veteran" is no employer)
    if (
      !holder ||
      !employer ||
      mentions.some((m) => isConfidentPerson(m) && m.start < employer.end && employer.start < m.end)
    )
      continue;
    const cue = { text: match[0].trim(), start: match.index, end: after };
    phrases.push({ cue, employers: [employer], holder, pointsBack: null });
  }
  return phrases;
}

/** Every past the paragraph tells, with whose it is. */
export function readCareers(text: string, moverNames: string[] = []): CareerPhrase[] {
  const veterans = veteransOf(text);
  const cues = allMatches(text, CUE);
  if (cues.length === 0) return veterans; // most paragraphs tell no past: skip reading their names
  const movers = new Set(moverNames.map(personKey));
  const mentions = findPersonMentions(text);
  const people = withSurnames(
    text,
    mentions.filter((p) => isConfidentPerson(p) || movers.has(personKey(p.name))),
  );
  const phrases: CareerPhrase[] = [];
  let lastRead = null as Pick<CareerPhrase, "cue" | "holder" | "pointsBack"> | null;
  for (const match of cues) {
    const cue = { text: match[0], start: match.index, end: match.index + match[0].length };
    // "A, dont il a dirigé les magasins de la région Ouest", "B, où elle était directrice": the
    // employer is the name before the relative pronoun, already read
    if (
      /(?:,\s*)?(?:dont|où)\s+(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(Math.max(0, cue.start - 40), cue.start))
    )
      continue;
    let { holder, pointsBack } = holderOf(text, cue, people, mentions);
    // "Cette ingénieure a fait l'essentiel de sa carrière chez A", "Cet ingénieur a débuté chez A,
    // avant de diriger B": a later cue of a sentence whose subject the first cue's reading found,
    // with no one named between, is that subject's
    const earlier = lastRead;
    if (
      !holder &&
      pointsBack === "either" &&
      earlier &&
      earlier.cue.end <= cue.start &&
      sentenceStart(text, earlier.cue.start) === sentenceStart(text, cue.start) &&
      !people.some((p) => p.start >= earlier.cue.start && p.start < cue.start)
    ) {
      holder = earlier.holder;
      pointsBack = earlier.pointsBack;
    }
    lastRead = { cue, holder, pointsBack };
    let to = clauseEnd(text, cue.end);
    // a career never runs into another person's name or the main clause's verb
    const other = people.find((p) => p.start >= cue.end && p.start < to && p !== holder);
    if (other) {
      to = other.start;
      // "Camille Ortega vient de Habitéo, Théo Lambert de Fluxia": the verb left out
      const elided = /^\s+(?:de|d'|du|des|chez)\s*/u.exec(text.slice(other.end));
      const company =
        elided && /,\s*$/u.test(text.slice(cue.end, other.start))
          ? readCompanyAfter(text, other.end + elided[0].length)
          : null;
      if (company && isEmployer(company, people, text))
        phrases.push({ cue, employers: [company], holder: other, pointsBack: null });
    }
    // "Un ancien cadre de A, X, et un responsable de B, Y, sont…": a career told before its
    // holder's name ends there
    if (
      holder &&
      holder.start > cue.end &&
      holder.start < to &&
      /,\s*$/u.test(text.slice(cue.end, holder.start))
    )
      to = holder.start;
    const verb = MAIN_CLAUSE.exec(text.slice(cue.end, to));
    if (verb) to = cue.end + verb.index;
    // "Précédemment inspecteur chez A, il aura chez B la charge…": the subject after a fronted
    // career opens the main clause; "directrice chez A, qui promeut à sa place Y": a relative
    // after an employer tells of that employer
    const clause = CAREER_CLAUSE_END.exec(text.slice(cue.end, to));
    if (clause) to = cue.end + clause.index;
    // "Entrée à la coopérative en 2005, elle dirigeait le silo de…", "« enfant de la maison », il a
    // passé trente ans chez A": a career told inside the house names its units, not employers left
    // (told before the cue: "Cette ancienne de A, entrée dans le groupe en 2011, …" keeps A)
    // ("… Anne Roy, promue après avoir dirigé la résidence A": a promotion's past is in the house)
    // ("qui a effectué tout son parcours au sein du groupe A": the cue itself tells a career in the house)
    const inHouse =
      IN_HOUSE.test(text.slice(sentenceStart(text, cue.start), cue.start)) ||
      /(?:toute sa carrière|tout son parcours)\s+(?:au sein du|dans le)\s+groupe(?![\p{L}])/iu.test(
        text.slice(Math.max(0, cue.start - 20), cue.end + 60),
      ) ||
      /(?<![\p{L}])promue?s?\s*,?\s*$/iu.test(text.slice(Math.max(0, cue.start - 12), cue.start));
    const employers = inHouse ? [] : readItems(text, cue, to, people);
    // "X et Y, tous deux issus de A": the career of each person listed
    const shared = SHARED_BY.exec(text.slice(Math.max(0, cue.start - 40), cue.start));
    if (shared && holder && employers.length > 0) {
      const count = /trois/iu.test(shared[0]) ? 3 : 2;
      const listed = people.filter((p) => p.end <= holder.start && p.start >= sentenceStart(text, cue.start));
      for (const other of listed.slice(-(count - 1)))
        if (personKey(other.name) !== personKey(holder.name))
          phrases.push({ cue, employers, holder: other, pointsBack: null });
    }
    const ofPronounGender = (p: PersonMention) =>
      pointsBack === "feminine"
        ? hasFeminineFirstName(p)
        : pointsBack === "masculine" && hasMasculineFirstName(p);
    const namedBefore = people.filter((p) => p.end <= cue.start && ofPronounGender(p)).at(-1) ?? null;
    if (employers.length > 0) phrases.push({ cue, employers, holder, pointsBack, namedBefore });
  }
  return [...veterans, ...phrases];
}

export interface Mover {
  person: PersonMention;
  /** Offset of the person in the paragraph. */
  at: number;
  feminine: boolean;
}

/**
 * The mover whose past a phrase tells: the person it names, else, for "il", "elle", "cet
 * ingénieur", the last mover named before it (of that gender when the words say).
 */
export function careerOwner(phrase: CareerPhrase, movers: Mover[]): Mover | null {
  // "Ex-Maisons Clairval, passé par Bricodis, il …": a past employer read as the phrase's holder
  // points back like a pronoun (as slot-reader.ts already read it)
  if (phrase.holder && /^ex-/iu.test(phrase.holder.text))
    return careerOwner({ ...phrase, holder: null, pointsBack: phrase.pointsBack ?? "either" }, movers);
  if (phrase.holder) {
    const key = personKey(phrase.holder.name);
    return movers.find((m) => personKey(m.person.name) === key) ?? null;
  }
  if (!phrase.pointsBack) return null;
  const before = movers.filter((m) => m.at < phrase.cue.start);
  const ofGender = before.filter(
    (m) => phrase.pointsBack === "either" || m.feminine === (phrase.pointsBack === "feminine"),
  );
  // "Ex-directeur de A, il rejoint B": nobody named before, the paragraph's first mover. A pronoun
  // of the other gender than the last mover's points to someone named after that mover who does
  // not move ("… que Delphine Marceau allait succéder à Frank Verbrugghe (elle était directrice
  // de l'ESC Vernoux)"), not to the mover.
  const named = phrase.namedBefore;
  const pointsElsewhere = named && !movers.some((m) => personKey(m.person.name) === personKey(named.name));
  return (
    ofGender.at(-1) ??
    (pointsElsewhere ? null : before.at(-1)) ??
    (phrase.pointsBack === "either" ? (movers[0] ?? null) : null)
  );
}

const EPICENE_TITLE = /(?:able|aire|iste|tre|bre|ique|logue|graphe|ecte|ote|ite|ge|phe)$/u;

export function isFeminineMover(person: PersonMention, role: string): boolean {
  if (hasFeminineFirstName(person)) return true;
  if (hasMasculineFirstName(person)) return false;
  // "responsable", "secrétaire", "juriste", "architecte" are said of both: no gender
  // unless its adjective agrees ("secrétaire générale")
  const [title = "", adjective = ""] = role.split(/\s+/);
  if (EPICENE_TITLE.test(title)) return /(?:ale|ointe|ée|ère|ive|elle|euse|trice)$/u.test(adjective);
  return /(?:trice|ière|ente|ante|euse|ée|e)(?:\s|$)/u.test(title);
}

// "consultante chez A", "chef du service des expositions de B", "recteur de l'académie de C": a
// title the role table does not rank still names a post held, as a description of the person
// ("originaire de", "fils de", "actionnaire de", "auteur de") does not
const JOB_NOUN =
  /^(?!(?:originaire|actionnaire|propriétaire|titulaire|lauréate?|auteure?|autrice|docteure?|détent(?:eur|rice)|habitante?|ressortissante?|supporte(?:u|r)r?|fils|fille|épouse?|veuve?|petite?-fille|petit-fils|mère|père|frère|sœur)(?![\p{L}]))(?:chef|cheffe|\p{Ll}[\p{Ll}-]*(?:eur|euse|rice|iste|ien|ienne|ier|ière|ant|ante|aire|ent|ente|ial|iale|ologue|ecte|ecte))(?![\p{L}])/u;

const SCHOOL_HEAD = /^(?:École|Ecole|Institut|Université|Faculté|Conservatoire|Lycée|Collège)(?![\p{L}])/u;

const OPENS_WITH_PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)(?![\p{L}])/u;

// A post the person keeps: a seat on a board, a post one is elected to beside one's job.
// ("membre de l'équipe de direction" describes the new post: only a board's member keeps the old)
// ("nommée directrice générale par le conseil d'administration": the board that appoints is no seat)
const KEEPS_CURRENT_POST =
  /(?<![\p{L}])(?:élue?s?|réélue?s?|cooptée?s?|administrat(?:eur|rice)|membre (?:du|de son|de sa|de leur) (?:conseil|bureau)|(?<!(?:par|lors) (?:le|du|son|leur) )conseil (?:de surveillance|d'administration)|reste|restera|conserve|conservera|garde|gardera|tout en)(?![\p{L}])/iu;

// "directeur de la clinique Saint-Aulde", "chef du service des expositions de la Bibliothèque
// patrimoniale de l'Orvanne": a title whose employer the role reader left inside it (a lower-case
// head, a capitalised common noun and its complements); the last such name in the title.
function employerInTitle(text: string, from: number, to: number): Span | null {
  let found: Span | null = null;
  for (const link of allMatches(text.slice(from, to), /(?<![\p{L}])(?:de la |de l'|du |des |de |d')/gu)) {
    const at = from + link.index + link[0].length;
    if (found && at < found.end) continue;
    const company = readCompanyAfter(text, at);
    if (!company || company.end > to) continue;
    const named = asEmployerName(text, company);
    if (named.start >= from) found = named;
  }
  return found;
}

const POSSESSIVE_TITLE_BEFORE =
  /^\s*(?:[•\-–—*]+\s*)*(?:Chez\s+(\p{Lu}[^,.;:]{1,60}?)\s*,\s*|(\p{Lu}[^,.;:–—]{1,60}?)\s+[–—]\s+(?=S)|(\p{Lu}[^,.;:]{1,60}?)\s+(?:perd|a perdu|voit partir|verra partir|se sépare de)\s+(?:(?:en revanche|aussi|également|donc|ainsi)\s+)?)(?:[Ss]a|[Ss]on)\s+(\p{Ll}[\p{Ll}'’ -]{1,60}?)\s*,\s*$/u;

/**
 * The post held before, told in an apposition after the name ("X, vice-présidente de A depuis
 * 2019, rejoint B") or in the title that opens the sentence ("Le président de A, X, rejoint B").
 */
export function currentPostEmployer(text: string, person: PersonMention, newRole: string): string | null {
  const start = sentenceStart(text, person.start);
  const sentence = text.slice(start, clauseEnd(text, person.end));
  if (KEEPS_CURRENT_POST.test(sentence) || KEEPS_CURRENT_POST.test(newRole)) return null;
  // a chair is taken beside one's job ("Olivia Perrin, directrice générale de A, est nommée
  // présidente de l'association B")
  if (/^(?:vice-)?présidente?s?(?![\p{L}-])(?! (?:exécutif|exécutive|directeur|directrice))/iu.test(newRole))
    return null;
  const read = (from: number, to: number) => {
    const role = readRole(text, from, to);
    if (!role || !/\p{L}{2}/u.test(role.role)) return null;
    const { seniority, function: fn } = classifyRole(role.role);
    const ranked = seniority !== "other" || fn !== "other";
    if (!ranked && !JOB_NOUN.test(role.role)) return null;
    const company = role.company ?? employerInTitle(text, from, to);
    // "ingénieur de l'École de chimie de B": an unranked title before a school is a degree
    if (!ranked && company && SCHOOL_HEAD.test(company.text)) return null;
    return company;
  };
  let company: Span | null = null;
  // after the name, closed by a comma: "X, directeur général des Dragons de Morlanges depuis 2015,",
  // or set in dashes or brackets (appositions.ts): "X — directrice des achats de A — rejoint B"
  const after = /^\s*(?:,|\s[–—]|\()\s*(?!qui|dont|où|ex-|ancien|jusqu|actuel|précédemment)/u.exec(
    text.slice(person.end),
  );
  const closer = after && /[–—(]/u.test(after[0]) ? /[,–—)]/u : /,/u;
  // "X, conservatrice en chef, cheffe du service des expositions de A, est nommée…": the apposition
  // may list titles, separated by commas or "et", the last naming the employer
  if (after) {
    let from = person.end + after[0].length;
    for (let piece = 0; piece < 3 && !company; piece++) {
      // "… : ce sera Karim Roy, directeur général adjoint de Ternelle Logement.": an apposition
      // after the object may close with its sentence
      const comma = text.slice(from).search(closer);
      const stop = piece === 0 ? text.slice(from).search(/[.;](?=\s|$)/u) : -1;
      const closedBySentence = stop >= 0 && (comma < 0 || stop < comma);
      const close = closedBySentence ? stop : comma;
      if (close <= 0 || close >= 120) break;
      // "Il succède à Anne Roy, nommée directrice de A.", "X, est nommé R à la préfecture de B.":
      // a participle or a verb tells the new post, not the one held
      if (
        closedBySentence &&
        (OPENS_WITH_PARTICIPLE.test(text.slice(from)) || MAIN_CLAUSE.test(text.slice(from, from + close)))
      )
        break;
      if (piece > 0 && /[.;!?:]/u.test(text.slice(from, from + close))) break;
      // "X, conservatrice en chef, a été nommée directrice de B, …": a later piece that opens on the
      // main verb tells the new post
      const verb = /(?:^|\s)(?:est|a|sera|devient|rejoint)\s/u.test(text.slice(from, from + close));
      if (piece > 0 && (verb || MAIN_CLAUSE.test(text.slice(from, from + close)))) break;
      const and = /^(.*?\s)et\s+(?=\p{Ll})/u.exec(text.slice(from, from + close));
      company = read(from, from + close) ?? (and ? read(from + and[0].length, from + close) : null);
      // the next piece only after a title without employer, never across a verb
      if (/\s(?:est|a|sera|devient|rejoint)\s/u.test(text.slice(from, from + close))) break;
      from += close + 1;
      while (/\s/u.test(text.charAt(from))) from++;
    }
  }
  // before the name, opening the sentence: "Le DSI de Marché Vert, Xavier Poncelet, rejoint…"
  const opening = /^\s*(?:[•\-–—*]+\s*)*(?:(?:Le|La|L')\s*)?(?=\p{L})/u.exec(text.slice(start, person.start));
  if (!company && opening && /,\s*$/u.test(text.slice(start, person.start))) {
    const from = start + opening[0].length;
    const to = start + text.slice(start, person.start).lastIndexOf(",");
    if (!/[,;:]/u.test(text.slice(from, to))) company = read(from, to);
  }
  // "Hydrolis perd son directeur commercial, X, qui rejoint B", "Chez A, sa directrice, X,
  // rejoint B": a title given by a possessive is held at the house that loses the person, or at the
  // house the sentence opens on
  const possessive = POSSESSIVE_TITLE_BEFORE.exec(text.slice(start, person.start));
  if (!company && possessive) {
    const title = possessive[4]!;
    const { seniority, function: fn } = classifyRole(title);
    const named = possessive[1] ?? possessive[2] ?? possessive[3]!;
    const at = start + possessive.index + possessive[0].indexOf(named);
    const house =
      seniority !== "other" || fn !== "other" || JOB_NOUN.test(title) ? readCompanyRun(text, at) : null;
    if (house && house.start === at) company = house;
  }
  if (company) company = withoutTown(asEmployerName(text, pastDemonym(text, company)));
  if (!company || !isEmployer(company, [person], text)) return null;
  // "X, architecte passée par l'atelier de Jean-Loup Thévenard, …": a person's name after the
  // title is whose team it was, not a house
  if (findPersonMentions(company.text).some((m) => isConfidentPerson(m) && m.text === company!.text))
    return null;
  // "X, directrice générale de la filiale A, devient directrice des activités … du groupe": a
  // subsidiary left for a post of its group stays in the house
  if (
    /(?<![\p{L}])filiale(?:\s+\p{Ll}+)?\s+$/iu.test(
      text.slice(Math.max(0, company.start - 30), company.start),
    ) &&
    /(?<![\p{L}])(?:du|de son|de sa) groupe$/iu.test(newRole)
  )
    return null;
  return company.text;
}

/**
 * "Sportika Japon" and "Sportika France": one brand's companies in two countries are one group, so
 * one is no employer left for the other. A common word opening both ("Banque", "Crédit") names no
 * brand.
 */
export function isSisterCompany(previous: string, company: string): boolean {
  const [brand, ...rest] = previous.split(/\s+/u);
  const [ownBrand, ...ownRest] = company.split(/\s+/u);
  if (!brand || foldWord(brand) !== foldWord(ownBrand ?? "") || isFrenchWord(brand)) return false;
  const isPlace = (words: string[]) => words.length > 0 && PLACES.has(foldWord(words[0]!));
  return isPlace(rest) && (ownRest.length === 0 || isPlace(ownRest));
}

/** "CNRA" for "Centre national de recherche appliquée": the initials of a name's main words. */
export function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = name
    .split(/[\s'’-]+/u)
    .filter((word) => word.length > 0 && !/^(?:de|du|des|d|la|le|les|l|et|en|pour|sur|à|aux?)$/iu.test(word))
    .map((word) => foldWord(word.charAt(0)).toUpperCase())
    .join("");
  return initials === foldWord(acronym).toUpperCase();
}

/** The current post does not count when the move stays in the house. */
export function leavesCurrentPost(text: string, person: PersonMention, newCompany: string): boolean {
  const sentence = text.slice(sentenceStart(text, person.start), clauseEnd(text, person.end));
  // "est promue directrice générale de la filiale", "directeur de l'usine Forgeac de Montbard …
  // devient directeur des opérations de Forgeac"
  return (
    !/(?<![\p{L}])promue?s?(?![\p{L}])/iu.test(sentence) &&
    !sentence.slice(0, Math.max(0, sentence.lastIndexOf(newCompany))).includes(newCompany)
  );
}

// Successions, the same way: a cue from one table, then at most a few words that describe the
// person replaced or date the change ("succède au fondateur X", "remplacera à partir de mai X",
// "son prédécesseur, X"), then the person.
export interface PredecessorCue {
  id: string;
  cue: string;
  example: string;
  predecessor: string;
}

export const PREDECESSOR_CUES: readonly PredecessorCue[] = [
  {
    id: "succède à",
    // ("Ils succèdent à X": two movers who share a post; "Ils remplacent respectivement A et B"
    // pairs them in order, which one mover's reading cannot tell)
    cue: "succédant|succède|(?:succèdent|succéderont|ont succédé)(?!\\s+respectivement)|succèdera|succédera|succédait|a succédé|succession|prend la succession|prennent la succession|prendra la succession|prend le relais|prendra le relais",
    example: "Anne Roy est nommée directrice générale de Ferlog. Elle succède au fondateur Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "remplace",
    // "C le remplace par X" names the successor (shapes.ts "employer replaces")
    cue: "en remplacement|en lieu et place|remplaçant|(?:remplace|remplacera|a remplacé|(?:remplacent|remplaceront|ont remplacé)(?!\\s+respectivement))(?!\\s+par\\s)",
    example: "Anne Roy est nommée directrice générale de Ferlog. Elle remplacera à partir de mai Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "poste vacant depuis le départ de",
    cue: "(?:laissée?s? )?vacante?s? depuis (?:le départ|la nomination|la démission|la mutation|la promotion|le décès)",
    example:
      "Anne Roy devient directrice financière de Ferlog, poste laissé vacant depuis le départ, en janvier, de Luc Faure chez Kargo Rail.",
    predecessor: "Luc Faure",
  },
  {
    id: "pour succéder à, pour remplacer",
    cue: "(?:pour|va|vont|doit|devrait|appelée?s? à|afin de|choisie?s? pour) (?:succéder|remplacer)(?!\\s+par\\s)",
    example: "Pour succéder à Luc Faure, le conseil de Ferlog a choisi Anne Roy, nommée directrice générale.",
    predecessor: "Luc Faure",
  },
  {
    id: "intérim depuis le départ de",
    // the departure dates an interim, a vacancy or an open succession: "qui dirigeait A depuis le
    // départ de X" alone names the one X replaced at another post
    cue: "(?=depuis)(?<=(?:intérim|attendait|attendue?|vacante?s?)[^.;]{0,60}?)depuis (?:le départ|la démission|la mutation|le décès)|depuis (?:le départ|la démission|la mutation|le décès)(?=[^.;]{0,120}?(?:succession|intérim|vacante?))",
    example:
      "Anne Roy est promue directrice commerciale de Ferlog, un poste qu'elle occupait par intérim depuis le départ de Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "après le départ de",
    // the post falls free when its holder leaves: "prend la présidence après le départ en retraite du
    // fondateur X"
    cue: "après (?:le|son) (?:départ|décès)(?: (?:en|à la) retraite)?|après la (?:démission|retraite|mutation)",
    example: "Anne Roy prend la présidence de Ferlog après le départ en retraite du fondateur Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "laissé par",
    cue: "laissée?s? par",
    example:
      "Chez Ferlog, c'est Anne Roy, jusqu'ici directrice de la gestion, qui reprend la direction des opérations laissée par Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "à la suite de, prend la suite de",
    cue: "(?:prend|prennent|prendra|prendront|reprend|reprennent|reprendra) la suite|à la suite",
    example: "Anne Roy est nommée présidente de Ferlog, à la suite de son fondateur, Luc Faure, 71 ans.",
    predecessor: "Luc Faure",
  },
  {
    id: "successeur de",
    // ("Successeur de Luc Faure. Ferlog a désigné Anne Roy": a sentence of its own)
    cue: "(?:un|une|la|le|sa|son|pour) successeure?s?(?= (?:à|de|d'|du|au) )|(?=successeur)(?<=(?:^|[.;:!?])\\s*)successeure?s?(?= (?:à|de|du|au) |\\s*d')",
    example:
      "Ferlog se choisit un successeur à Luc Faure : Anne Roy, jusque-là cheffe des ventes, devient directrice commerciale.",
    predecessor: "Luc Faure",
  },
  {
    id: "replacing, succeeding (English)",
    // ("X steps down and is succeeded by Y", "was replaced by Y": the name after "by" is the successor)
    cue: "replacing|replaces|will replace|replaced(?! by)|succeeding|succeeds|will succeed|succeeded(?! by)|takes over from|took over from|in place of",
    example:
      "Ferlog has appointed Anne Roy as chief executive officer, succeeding co-founder Luc Faure, who becomes chairman.",
    predecessor: "Luc Faure",
  },
  {
    id: "prend la place de",
    cue: "(?:prend|prendra|prendre|reprend|reprendra|reprendre) (?:la place|la relève|le relais|le poste|le fauteuil|les fonctions)(?: laissée?s? vacante?s?)?|à la place|en lieu et place|laissée? vacante?",
    example:
      "Anne Roy est nommée directrice générale de Ferlog. Elle prend le poste laissé vacant par Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "après (le titulaire d'avant)",
    // "élue présidente, après Luc Faure": right after a comma, a name at once; "après huit ans",
    // "après avoir dirigé …" date or tell a career instead
    // (NAME_RIGHT_AFTER below: the table's pattern ignores case)
    cue: "(?=après)(?<=,\\s*)après",
    example: "Anne Roy est élue présidente de la Fédération des transporteurs, après Luc Faure.",
    predecessor: "Luc Faure",
  },
  {
    id: "son prédécesseur",
    cue: "(?:son|sa) (?:prédécesseure?|prédécesseur)",
    example:
      "Anne Roy est nommée directrice générale de Ferlog. Son prédécesseur, Luc Faure, part à la retraite.",
    predecessor: "Luc Faure",
  },
];

const PREDECESSOR_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PREDECESSOR_CUES.map((row) => row.cue).join("|")})(?![\p{L}])`,
  "giu",
);
// "Elle succède à Sœur Geneviève Faure", "succède au père Luc Faure": a religious title before the name
const RELIGIOUS_TITLE = "Sœur|Soeur|sœur|soeur|Frère|frère|Père|père|Mère|mère|Mgr|Dom|l'abbé|Abbé";
// Between the cue and the person: a post's complement ("succède à la tête de l'ANB à X"), a preposition, then up to four lower-case words ("au fondateur",
// "à l'actuelle directrice", "à partir de mai", "par"), a comma, an honorific.
// A title's last word may close an apposition: "en remplacement du secrétaire général de mairie, X",
// "succède à son père, X", "vacant depuis le départ, en janvier, de X"; a nationality may follow
// the article ("remplace le Sénégalais X").
const BEFORE_PREDECESSOR = new RegExp(
  String.raw`^\s*,?\s*(?:(?:à la tête|au poste|à la présidence|à la direction)\s+d(?:e\s+|u\s+|es\s+|')[^,.;]{1,60}?\s+(?=à|au))?(?:(?:à|au|aux|de|du|d'|par)\s*)?(?:(?:l'|la |le )?[\p{Ll}][\p{Ll}'-]*(?:\s+|\s*,\s*)){0,4},?\s*(?:(?<=(?:^|\s)(?:le|la)\s+)\p{Lu}\p{Ll}+\s+)?(?:(?:${HONORIFIC}|${RELIGIOUS_TITLE})\s+)?$`,
  "u",
);

// ", après Luc Faure": a name at once, maybe after its honorific, never "après six ans"
const NAME_RIGHT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${HONORIFIC})\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}`,
  "u",
);
const RELATIVE_BEFORE_CUE = /,\s*(?:auquel|à laquelle|à qui)\s+(?:il|elle)\s+(?:va\s+)?$/u;
const INVERTED_VERB = /^(?:succède|succèdera|succédera|remplace|remplacera)$/iu;
const CLITIC_BEFORE = /(?:^|[\s,;:])(?:lui|le|la|leur)\s+$/iu;
const DENIED = /(?<![\p{L}])(?:pas|non|ni)(?![\p{L}])[^.;]{0,40}$/u;

// "Le Dr X, président sortant, reste administrateur", "le poste que X laisse vacant": the outgoing
// holder named before the words
const OUTGOING_AFTER_NAME =
  /^\s*(?:,\s*(?:(?:présidente?|directeur|directrice|maire|bâtonnier|bâtonnière)\s+)?sortante?(?![\p{L}])|(?:laisse|a laissé|laissera|va laisser)\s+vacante?s?(?![\p{L}]))/u;

export function findPredecessor(text: string, from: number, to: number): PersonMention | null {
  const people = findPersonMentions(text);
  const outgoing = people.find(
    (p) => p.start >= from && p.end <= to && OUTGOING_AFTER_NAME.test(text.slice(p.end, p.end + 40)),
  );
  for (const cue of allMatches(text.slice(from, to), PREDECESSOR_CUE)) {
    const cueEnd = from + cue.index + cue[0].length;
    // "mais pas, comme cela était annoncé, en remplacement de X": a succession denied
    if (DENIED.test(text.slice(Math.max(from, from + cue.index - 50), from + cue.index))) continue;
    // "avant la nomination d'X, auquel il succède": the person before the relative pronoun
    const relative = RELATIVE_BEFORE_CUE.exec(
      text.slice(Math.max(0, from + cue.index - 40), from + cue.index),
    );
    if (relative) {
      const comma = from + cue.index - relative[0].length;
      const named = people.find((p) => p.end <= comma && /^\s*$/u.test(text.slice(p.end, comma)));
      if (named) return named;
    }
    if (/^après$/iu.test(cue[0]) && !NAME_RIGHT_AFTER.test(text.slice(cueEnd))) continue;
    // "Lui succède au pôle X", "… où le remplace X": after a clitic, the verb's object is the one
    // replaced, a pronoun; the name after the verb is its subject, the successor (real87)
    if (
      INVERTED_VERB.test(cue[0]) &&
      CLITIC_BEFORE.test(text.slice(Math.max(0, from + cue.index - 12), from + cue.index))
    )
      continue;
    // the first person after a stretch of small words
    const after = text.slice(cueEnd, Math.min(to, cueEnd + 80));
    const person = people.find((p) => {
      if (p.start < cueEnd || p.start > cueEnd + after.length) return false;
      const between = text.slice(cueEnd, p.start);
      return BEFORE_PREDECESSOR.test(between);
    });
    if (person) return withoutDemonym(text, person);
  }
  return outgoing ?? null;
}

// "remplace le Sénégalais Malick Sarr-Diagne": a capitalised noun after the article is the
// person's nationality or description, not their first name
function withoutDemonym(text: string, person: PersonMention): PersonMention {
  const words = person.text.split(/\s+/u);
  if (words.length < 3 || !/(?<![\p{L}])(?:le|la)\s+$/iu.test(text.slice(0, person.start))) return person;
  const skip = words[0]!.length + (person.text.slice(words[0]!.length).match(/^\s+/u)?.[0].length ?? 0);
  const name = person.name.split(/\s+/u).slice(1).join(" ");
  return { ...person, text: person.text.slice(skip), start: person.start + skip, name };
}
