// Word lists the parser leans on. They are data, not logic: extend them when a newsletter
// trips the parser, and keep every entry lower case without accents (see foldWord).

// Newsletters repeat the same few thousand words; folding each once keeps the parser fast on
// archives (NFD normalisation is the costliest step of a paragraph). Bounded so it never grows.
const folded = new Map<string, string>();

export function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(word, result);
  }
  return result;
}

// The calendar as dates are written in French, accents kept: regex alternations for running text
// ("le 1er mars", "en janvier", "depuis lundi"); folded, they are also words a name never starts with.
export const MONTH_NAMES = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;
export const WEEKDAY_NAMES = [
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
] as const;
/** "janvier|février|…|décembre" */
export const MONTH = MONTH_NAMES.join("|");
/** "lundi|…|dimanche" */
export const WEEKDAY = WEEKDAY_NAMES.join("|");
/** "lundi|…|vendredi": the days a newsletter dates an appointment by ("depuis lundi"). */
export const WORKDAY = WEEKDAY_NAMES.slice(0, 5).join("|");

// Honorifics written before a name ("M. Paul Girard", "Mme Anne Roy", "Me Isabelle Fournier",
// "Dr Hugo Besson"): a regex alternation for running text.
export const HONORIFIC = String.raw`M\.|Mme|Mr|Dr|Me|Maître|Pr`;

// Common first names. Used only to trim a run like "Lyonnais Paul Martin" to "Paul Martin"
// and to trust a normal-case name a little more; an unknown first name is never rejected.
export const FIRST_NAMES = new Set(
  (
    "adam adele adrien agathe agnes alain alban albert alex alexandra alexandre alexis alice aline alix " +
    "amandine amelie anais andre andrea ange angelique anne annabelle annie antoine antonin apolline " +
    "arnaud arthur aude audrey augustin aurelie aurelien axel axelle baptiste barbara bastien beatrice " +
    "benedicte benjamin benoit bernard bertrand blandine brice brigitte bruno brune camille candice " +
    "capucine caroline cecile celine charles charlotte chloe christian christine christophe claire " +
    "clara clarisse claude clement clemence colette coralie corinne cyril cyrille damien daniel david " +
    "delphine denis diane didier dominique edouard elisa elisabeth elise eloise elodie emilie emma " +
    "emmanuel emmanuelle eric erwan estelle etienne eugenie eva fabien fabienne fabrice fanny florence " +
    "florent florian francis francois francoise frederic frederique gabriel gabrielle gael gaelle " +
    "gaspard gauthier gautier genevieve geoffroy georges gerald gerard ghislain gilles gregoire gregory " +
    "guillaume gwenaelle helene henri herve hugo hugues ines irene isabelle jacques jean jeanne jerome " +
    "joel johanna jonathan jordan joseph josephine julia julie julien juliette justine karine karim " +
    "kevin laetitia laura laure laurence laurent lea lea leo leon leonie lionel lisa louis louise luc " +
    "lucas lucie lucile ludovic magali manon marc marcel margaux margot marguerite marianne marie " +
    "marine marion martin martine mathieu mathilde matthieu maud maxence maxime medhi mehdi melanie " +
    "michel michele mickael mireille muriel myriam nadia nadege natacha nathalie nicolas nina noemie " +
    "octave odile olivia olivier pascal pascale patrice patricia patrick paul pauline perrine philippe " +
    "pierre quentin rachel raphael raphaelle regis remi renaud rene richard robert romain romane rose " +
    "sabine sabrina samia samuel sandra sandrine sarah sebastien serge severine simon simone solene " +
    "sonia sophie stephane stephanie sylvain sylvie tanguy thibault thibaut thierry thomas tiphaine " +
    "tristan valentin valentine valerie vanessa victor victoire vincent virginie xavier yann yannick " +
    "yves yvonne zoe ahmed ali amine farid fatima karima leila mohamed nour rachid yasmine youssef " +
    "anna ben chris daniela emily george james jennifer john laura lisa mark mary michael peter " +
    "rebecca robert sam sarah steven tom william pieter hans klaus jan sven ingrid greta carlos " +
    "diego elena giulia lorenzo marco matteo paolo sofia pedro ana javier lucia morgane christelle veronique katrin priya " +
    "abdel adama aicha aissatou alessandro amina aminata amir anil annick anton arjun assia astrid " +
    "aurore awa berenice bernadette boris carole catherine chantal danielle dimitri djamel emile erik " +
    "ethan evelyne fatou francesca francine franck gabin ginette gisele hakim hamid heidi heloise " +
    "hiroshi huguette ibrahim ibrahima idriss igor ismael ivan jacqueline jamel jens jeremy jeroen " +
    "josette josiane jules kader kamel kenji khadija lamia lars lena liam liliane lina loic lotfi luca " +
    "lucienne ludivine lukas madeleine mael maelle maiwenn malik mamadou marcelle marta mathias mathis " +
    "maurice maya mehmet micheline miguel monique mourad moussa nabil nadine nadir naima nassim nathan " +
    "nicole noah nolan nora oceane odette omar ousmane pablo paulette pierrick ravi rayan redouane renee " +
    "riad roger roxane sacha salima salome sami samir samira sara sasha selim sofiane souad stanislas " +
    "stefan suzanne tarek theo therese thibaud timothee walid yacine yanis yasmina yuki yvette yvonnick " +
    "zacharie zineb"
  ).split(/\s+/),
);

// Capitalised words that start sentences or sit before names but are never part of one.
export const NAME_STOPWORDS = new Set(
  (
    "chez le la les l un une il elle ils elles on apres avant depuis ancien ancienne anciens nouveau " +
    "nouvelle nouvel cote selon pour par avec sans dans en au aux du des de d son sa ses leur leurs " +
    "cette ce cet ces notre nos votre vos mais et ou donc puis enfin ainsi aussi toujours deja " +
    "desormais jusqu lors des entre vers sous sur quant outre tandis alors comme si ou qui que dont " +
    "madame monsieur mme mmes mlle m mr mrs ms dr me pr " +
    "groupe group agence societe start startup scale cabinet fonds banque " +
    "two three four five six seven the this that new " +
    "fort forte ex celui celle ceux tous toutes tout toute plus moins tres bien"
  )
    .split(/\s+/)
    .concat([...MONTH_NAMES, ...WEEKDAY_NAMES].map(foldWord)),
);

// Titles written as acronyms ("CFO", "DRH", "PDG"), folded.
export const TITLE_ACRONYMS =
  "vp svp evp avp ceo cfo coo cto cmo cio cdo cpo cro chro ciso cso pdg dg dga daf drh dsi rssi".split(" ");

// The nouns a title starts with ("directrice", "head", "CFO" above), folded.
export const TITLE_HEAD_NOUNS = (
  "directeur directrice president presidente responsable chef cheffe head chief officer director " +
  "manager fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice gerant gerante " +
  "secretaire tresorier tresoriere administrateur administratrice associe associee partner " +
  "consultant consultante lead"
).split(" ");

// Acronyms of functions and fields a title names ("DG RH", "head of IA", "directeur RSE"), folded.
const FUNCTION_ACRONYMS = "sg md gm hr rh it ia ai esg rse ca".split(" ");

// Legal forms that end a company's name ("Ferlog SAS", "Brandt GmbH"), folded.
export const LEGAL_FORMS = "sa sas sasu sarl inc ltd llc plc gmbh ag bv nv spa srl".split(" ");

// Words of job titles; a name run stops at them ("Claire Dupont Chief Revenue Officer").
export const ROLE_WORDS = new Set([
  ...TITLE_HEAD_NOUNS,
  ..."directeurs directrices vice senior managing general generale global country managers executive associate founder principal deputy adjoint adjointe cxo".split(
    " ",
  ),
  ...TITLE_ACRONYMS,
  ...FUNCTION_ACRONYMS,
  ...LEGAL_FORMS,
]);

// Upper-case tokens that are acronyms, never a person's name.
export const ACRONYMS = new Set([
  ...TITLE_ACRONYMS,
  ...FUNCTION_ACRONYMS,
  ...LEGAL_FORMS,
  ..."eur usd uk usa ue eu us emea apac latam b2b b2c saas cac ipo m&a pme eti tpe".split(" "),
]);

// The words a title starts with, as unread.ts lists the titles of a paragraph nobody read.
export const TITLE_HEADS = new Set([...TITLE_HEAD_NOUNS, ...TITLE_ACRONYMS]);

// Title words that end a company name ("Lumen CEO", "rejoint Lumen Head of …"). Words such as
// "Générale" or "Partners" stay: "Société Générale", "Weiss & Partners".
export const TITLE_WORDS_OUTSIDE_COMPANIES = new Set([
  ..."chief officer head director directeur directrice directeurs president presidente vice managing manager responsable".split(
    " ",
  ),
  ...TITLE_ACRONYMS,
]);

// Particles of French, Dutch, German, Italian, Spanish and Portuguese surnames, written lower case
// in a proper-cased name ("Julia de Sainte Marie", "Pieter van der Berg").
export const NAME_PARTICLES = new Set(
  "de du des d la le van von der den da di do dos das del della ten ter zu".split(/\s+/),
);

// Places that follow "à"/"de" in career sentences ("a exercé 11 ans à Paris") but are not employers.
export const PLACES = new Set(
  (
    "paris lyon marseille lille bordeaux toulouse nantes nice strasbourg rennes montpellier grenoble " +
    "londres london new york berlin bruxelles brussels geneve zurich madrid milan rome amsterdam " +
    "munich francfort luxembourg montreal singapour tokyo shanghai dubai " +
    "dunkerque cannes rouen reims metz nancy dijon brest tours angers orleans caen limoges amiens " +
    "perpignan besancon avignon toulon annecy pau bayonne biarritz roissy saclay nimes lorient vannes " +
    "quimper poitiers clermont-ferrand saint-etienne le-havre la-rochelle sophia-antipolis " +
    "france europe emea apac asie afrique amerique ameriques monde international allemagne espagne " +
    "italie belgique suisse royaume-uni etats-unis canada chine japon inde benelux nordics dach " +
    // "les ventes en Europe du Sud": compass points after "du" are regions, not employers
    "sud nord ouest moyen-orient"
  ).split(/\s+/),
);

// Capitalised department words that belong to a title ("Directeur de la Stratégie"), not an employer.
export const DEPARTMENT_WORDS = new Set(
  (
    "strategie communication marketing innovation transformation data technologie technologies " +
    "recherche finance finances ventes operations produit produits digital numerique rh " +
    "ressources humaines conformite audit juridique achats supply qualite developpement r&d"
  ).split(/\s+/),
);

// Lower-case words that describe an employer before its name ("la néobanque Kard", "du groupe
// Armor Industries", "l'agence 42 Partners"). Kept with accents: they are matched in running text.
export const COMPANY_DESCRIPTORS = [
  ..."groupe société entreprise startup start-up scale-up pépite licorne agence cabinet filiale banque néobanque".split(
    " ",
  ),
  ..."fintech insurtech greentech medtech legaltech proptech edtech foodtech biotech healthtech regtech deeptech".split(
    " ",
  ),
  ..."assureur mutuelle fonds plateforme marque enseigne éditeur chaîne coopérative régie association".split(
    " ",
  ),
  ..."fédération fondation institut école laboratoire holding PME ETI opérateur constructeur distributeur".split(
    " ",
  ),
  ..."fabricant réseau studio média équipementier industriel transporteur spécialiste firme".split(" "),
  // the trade press's descriptors of an employer: "du courtier Finexo", "du quotidien L'Écho des Monts"
  ..."courtier quotidien hebdomadaire mensuel magazine journal bailleur promoteur foncière exploitant gestionnaire".split(
    " ",
  ),
  ..."fournisseur prestataire intégrateur concessionnaire négociant semencier brasseur producteur logisticien".split(
    " ",
  ),
  ..."armateur affréteur transitaire aménageur énergéticien hébergeur câblo-opérateur chimiste sidérurgiste".split(
    " ",
  ),
  "start up",
  "jeune pousse",
  "banque d'affaires",
  "cabinet d'avocats",
  "société de gestion",
  "maison mère",
];
// Acronyms that describe an employer before its name ("l'ESN Numélis", "la PME Ferlog").
export const DESCRIPTOR_ACRONYMS = new Set("ESN SSII ETI PME TPE ONG SCOP SCIC SEM SPL GIE".split(" "));

export const COMPANY_DESCRIPTORS_PATTERN = [...COMPANY_DESCRIPTORS]
  .sort((a, b) => b.length - a.length)
  .map((d) => d.replace(/[-']/g, "[-' ]?"))
  .join("|");

// A verb or noun of the move lexicon, in any tense, French or English. Broad on purpose: a false
// alarm costs an editor one click ("Ignorer"); a silent miss costs a move nobody ever sees.
export const MOVE_SIGNAL = new RegExp(
  [
    "rejoin",
    "rejoign",
    "nomm[ée]",
    "nomination",
    "promu",
    "promotion",
    "devien",
    "deven",
    "recrut",
    "arriv",
    "int[èé]gr",
    "succ[èé]d",
    "successeu",
    "rempla[cç]",
    "prend(?:ra)? (?:la|les|le|ses)",
    "[ée]lue?s?(?![\\p{L}])",
    "d[ée]sign[ée]",
    "accueill",
    "confi[ée]",
    "occupe",
    "rallie",
    "d[ée]bauch",
    "embauch",
    "coopt",
    "reconduit",
    "appel[ée]e? (?:à|au)",
    "(?:joins|joined|appointed|named|hired|promoted|elected)(?![\\p{L}])",
  ].join("|"),
  "iu",
);
