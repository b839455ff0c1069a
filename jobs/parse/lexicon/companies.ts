// Employers: the words that describe one before its name ("le courtier Finexo"), the legal forms
// after it, and the places that are not one.

// Legal forms that end a company's name ("Ferlog SAS", "Brandt GmbH"), folded.
export const LEGAL_FORMS = "sa sas sasu sarl inc ltd llc plc gmbh ag bv nv spa srl".split(" ");

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
  ..."fabricant réseau studio média équipementier industriel transporteur spécialiste firme entité".split(
    " ",
  ),
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
  // trades the press names a house by before its name: "directrice générale de la mégisserie
  // Pélissou", "directeur financier du motoriste Propulsia", "de l'incubateur Marsanne Start"
  ..."motoriste mégisserie cidrerie incubateur".split(" "),
  // bodies of a trade named before their name: "le syndicat Nutri-Compléments France a élu …"
  ..."syndicat confédération interprofession groupement".split(" "),
  // a house founded by two others: "directeur général de la coentreprise Valtronic Spatial"
  "coentreprise",
  "joint-venture",
  "start up",
  "jeune pousse",
  "banque d'affaires",
  "cabinet d'avocats",
  "société de gestion",
  "maison mère",
];
// Nouns besides the descriptors above that stand for an employer already named ("directeur
// financier de l'office", "présidente du club", "directrice de la station"), accents kept.
export const EMPLOYER_NOUNS =
  "office université titre radio club théâtre festival musée orchestre ligue maison structure caisse collectivité institution établissement compagnie station concession convoyeur".split(
    " ",
  );
// Acronyms that describe an employer before its name ("l'ESN Numélis", "la PME Ferlog"), among
// them medico-social establishments' kinds ("l'ESAT Les Ateliers de X", "l'IME Les Hirondelles").
export const DESCRIPTOR_ACRONYMS = new Set(
  "ESN SSII ETI PME TPE ONG SCOP SCIC SEM SPL GIE ESAT IME ITEP SESSAD".split(" "),
);
// Acronyms that name a sector, not an employer ("le numéro trois régional du BTP", "les métiers de
// l'IT"): read alone as the employer, they are a descriptor's end, not a name.
export const SECTOR_ACRONYMS = new Set("BTP TP IT RH IA BPO".split(" "));

export const COMPANY_DESCRIPTORS_PATTERN = [...COMPANY_DESCRIPTORS]
  .sort((a, b) => b.length - a.length)
  .map((d) => d.replace(/[-']/g, "[-' ]?"))
  .join("|");

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
    // "huit ans au Qatar pour le compte de Pétrovane", "délégué pays au Sahel": countries and regions
    "qatar maroc tunisie algerie senegal egypte bresil mexique argentine australie russie portugal " +
    "pays-bas suede norvege danemark finlande autriche pologne irlande grece turquie israel liban " +
    "emirats arabie sahel maghreb afrique-de-l'ouest " +
    // "les ventes en Europe du Sud", "pour le Sud-Ouest": compass points are regions, not employers
    "sud nord ouest moyen-orient sud-ouest sud-est nord-ouest nord-est centre-est centre-ouest grand-est grand-ouest"
  ).split(/\s+/),
);

// Countries, continents and trade regions a title's scope names after a comma ("chief operating
// officer, Europe", "managing director, France"), folded; towns are not among them.
export const WORLD_REGIONS = new Set(
  (
    "france europe emea apac asia asie africa afrique americas ameriques latam benelux nordics dach uk " +
    "international global worldwide monde allemagne germany espagne spain italie italy belgique belgium " +
    "suisse switzerland canada chine china japon japan inde india " +
    "north-america south-america latin-america asia-pacific middle-east amerique-du-nord asie-pacifique moyen-orient"
  ).split(" "),
);

// Words that end a company's name ("Nordal Bank", "Armor Industries", "Weiss Partners"), folded:
// after "de", such a run is where a person comes from (mentions.ts), not the rest of their name.
export const COMPANY_NAME_WORDS = new Set(
  (
    "bank banque group groupe capital partners conseil consulting ventures assurance assurances industries " +
    "industrie technologies labs lab studio studios media medias finance gestion invest holding systems " +
    "solutions software energie energies immobilier avocats associes " +
    // asset managers' and investors' suffixes: "Kaldera REIM", "Obsidia AM", "Borderie Participations"
    "reim am asset participations equity investissements " +
    // airlines' and auditors' suffixes: "Oriane Air", "Astrée Audit"
    "air airlines airways audit " +
    // agencies' and software houses' suffix: "Helen Digital", where the run's first word is also a first name
    "digital"
  ).split(" "),
);

// Articles and words like "Groupe" or "Agence" can begin a company name ("La Poste", "Agence 35").
// Capitalised words that open a description of a person ("Ancienne cadre de Foldéa", "Âgé de 47 ans"),
// folded: written right after a company's name when an item drops the period between two sentences
// ("chez Kirigama Ancienne cadre de Foldéa, X a pris …"), before a lower-case word they end the name.
export const PERSON_DESCRIPTION_OPENERS = new Set(
  "ancien ancienne anciens anciennes age agee ages agees".split(" "),
);

export const PART_OF_COMPANY_NAMES = [
  "le",
  "la",
  "les",
  "l",
  "groupe",
  "group",
  "agence",
  "cabinet",
  "banque",
  "fonds",
  "societe",
];

// Nouns that open an apposition describing a company rather than naming one ("Numéro un du
// secteur, …", "Leader européen de …", "Filiale de …"), or the person the next clause is about by
// their trade ("Agriculteur retraité, administrateur depuis 2008, il remplace …"), folded
// (implicit-company.ts).
export const APPOSITION_HEADS = new Set(
  (
    "numero leader specialiste pionnier acteur champion reference filiale fabricant editeur premier premiere " +
    "double triple nouvelle nouveau " +
    "agriculteur agricultrice ingenieur ingenieure avocat avocate medecin juriste economiste diplome diplomee"
  ).split(" "),
);

// Nouns that open an institution's name, mostly followed by lower-case complements ("Caisse des
// dépôts et consignations", "Fédération française de …", an apprentices' training centre by its
// acronym: "CFA du bâtiment de …"), folded (institutions.ts).
export const INSTITUTION_HEADS = new Set(
  (
    "caisse syndicat federation confederation autorite institut ordre union chambre association " +
    "mutuelle ecole universite commission office conseil fondation observatoire agence centre etablissement " +
    "societe academie groupement ligue comite cercle orchestre chœur choeur compagnie commissariat fonds festival cfa " +
    // bodies of a trade or a profession: "Interprofession des fromages du Causse", "Conférence des
    // écoles hôtelières privées", "Confrérie des maîtres pipiers", "Collège des enseignants de …"
    "interprofession conference confrerie college collectif amicale coordination " +
    // a body that keeps a heritage or a collection: "Conservatoire des rivages de l'Aumance",
    // "Conservatoire botanique de X" (in lower case, a town's music school: LOWER_HEADS)
    "conservatoire"
  ).split(" "),
);

// Heads of a body a trade or a profession forms that the press writes all in lower case, its name
// being what it gathers ("le syndicat national des fabricants de sucre", "la fédération régionale des
// bouilleurs de cru", "l'union des négociants en vins"): role-phrase.ts reads such a name as the
// employer (a pattern's alternatives, accents kept).
export const LOWER_BODY_HEADS = "syndicat|fédération|confédération|union|chambre syndicale|interprofession";

// Nouns a sports body writes after its head as an adjective ("Ligue handisport de Bretagne", "Club
// omnisports de X", "Fédération française handisport"), and the words that close a sport's name
// after its noun ("Fédération française de tir à l'arc", "Comité de course à pied de X", "Ligue de
// hockey sur glace de Y"): both belong to the institution's name (institutions.ts). Lower case.
export const INSTITUTION_QUALIFIERS = ["handisport", "omnisports?", "multisports?"];
export const SPORT_NAME_TAILS = ["à l['’]arc", "à pied", "à voile", "à cheval", "sur glace", "sur gazon"];

// Nouns that name an institution by its place, beside the heads above: "Banque cantonale
// d'Orsonnaz", "le tribunal judiciaire de Morlanges", "Musée de la mécanique d'art de …", "le
// barreau de …", "le marathon de …", "la Régie des eaux de …", "la Bourse régionale des valeurs de …",
// "la Médiathèque intercommunale de …", "la Préfecture maritime de …" (institutions.ts, folded).
export const PLACE_NAMED_HEADS = new Set(
  (
    "banque musee barreau tribunal cour parc marathon festival secours aeroports " +
    "regie bourse mediatheque bibliotheque prefecture theatre"
  ).split(" "),
);

// Plural nouns that name a house by its trade or its works ("Les Éditions du Sextant", "Les Chantiers
// navals de X", "Les Ateliers Y", "Les Établissements Z"; every "-eries": "Les Voileries du Trieux",
// "Les Cimenteries de X"): the article before them is the sentence's, where before another plural
// noun it belongs to the name ("Les Truites du Haut-Sorbier", "Les Furies de Cambrelieu"). The
// materials an industry makes in bulk name its trade too ("Les Ciments de X", "Les Granulés de Y").
// Folded.
export const PLURAL_TRADE_HEADS = new Set(
  "ateliers chantiers editions etablissements laboratoires pepinieres entreprises usines forges manufactures ciments granules granulats betons aciers".split(
    " ",
  ),
);

// Kinds of local establishment that newsletters and directories keep before the name they give one,
// when that name opens on an article ("le centre social Les Passerelles", "la maison de santé Les
// Oliviers", "la résidence Le Clos Fleuri"): the name alone is a common phrase that names nothing,
// where "l'association Les Jardins de l'Espoir" or "l'ESAT Les Lavandières" is the house by its name.
// Lower case, accents kept, matched before the article.
export const KINDS_KEPT_BEFORE_A_NAME = [
  "centre social",
  "centre socioculturel",
  "centre de la petite enfance",
  "maison de santé",
  "maison de quartier",
  "résidence",
  "foyer",
];

// Nouns that open a newspaper's title, whose article belongs to the name ("Le Courrier de la Vesle",
// "La Gazette du Causse", "L'Écho d'Orlanges"): "rédacteur en chef du Courrier de …" names "Le
// Courrier de …". Folded.
export const PRESS_TITLE_HEADS = new Set(
  "courrier messager republicain progres nouvelliste telegramme reveil gazette tribune voix depeche echo hebdo matin".split(
    " ",
  ),
);

// English descriptors that open a sentence before the name ("Reinsurer Balmoral Re has hired …"),
// folded: capitalised only because the sentence starts there.
export const ENGLISH_DESCRIPTORS = new Set(
  "reinsurer insurer investor lender broker operator carrier retailer developer publisher consultancy manufacturer".split(
    " ",
  ),
);

// Lower-case words that name a club's team and belong to the employer's name ("FC Valbrenne
// féminin", "Stade Ormel espoirs"), folded.
export const TEAM_QUALIFIERS = new Set(
  "feminin feminine feminines masculin masculine masculins espoirs reserve handisport".split(" "),
);

// Nouns of a public body or establishment that a place or a proper name completes into the
// employer's name: "directeur des thermes de X" works at "thermes de X", "commandant de la base
// navale de X" at "base navale de X", "directrice de l'hôpital d'instruction des armées Y" at that
// hospital, "directeur des archives départementales de X", "du jardin botanique de X", "du marché
// d'intérêt national de X", "chef de l'inspection des services de X", "directrice diocésaine de
// l'enseignement catholique de X", "directeur du conservatoire à rayonnement régional de X", "de la
// blanchisserie inter-hospitalière de X", of a golf course, a racecourse, a clinic, a crèche, a stadium
// or a school at those (institution-of-post.ts). A company's own sites ("usine", "site", "agence") are not here:
// "directeur de l'usine de X" stays a title at the company that owns the plant. Nor are "centre",
// "maison" and "office", which name a company's site or the company itself as often ("le centre de tri
// de X", "la maison <brand>", "le family office <name>"). Folded.
export const PUBLIC_POST_HEADS = new Set(
  (
    "thermes base hopital gare port aeroport direction prefecture sous-prefecture zone etablissement " +
    "criee arsenal caserne regiment escadron escadre brigade groupement commune mairie rectorat " +
    "academie tribunal cour prison musee theatre lycee college archives jardin marche bibliotheque mediatheque " +
    "inspection enseignement conservatoire hippodrome golf clinique creche ehpad observatoire refuge piscine " +
    "stade universite faculte ecole blanchisserie " +
    // a protected area its keeper runs: "conservatrice de la réserve naturelle nationale de X"
    "reserve"
  ).split(" "),
);

// Lower-case nouns of a site open to the public that its place alone completes into its name, even
// with nothing between them ("l'hippodrome de Mont-Sablon", "au golf de X", "la station de pilotage
// de X", "la cave de X"): the place after them is never the employer by itself (institutions.ts, read
// back from the place). Not "salon": a dealer's "salon de X" or "salon pilote de Lille" is its own.
// A town's own venues too: "la maternité de X", "la patinoire de X" are where one worked, not the
// town (a town's police: LOWER_HEADS). Folded.
export const SITES_NAMED_BY_THEIR_PLACE = new Set(
  // show caves too: "responsable de l'accueil du gouffre de X", "directrice de la grotte de Y"
  "hippodrome golf musee ecomusee station chateau abbaye cave ardoisiere maternite patinoire gouffre grotte grottes aven".split(
    " ",
  ),
);

// Titles whose holder's employer is named by the office they head: "préfète de la Haute-X" is at
// "préfecture de la Haute-X" (institution-of-post.ts). Folded title → office.
export const OFFICE_OF_TITLE = new Map([
  ["prefet", "préfecture"],
  ["prefete", "préfecture"],
  ["sous-prefet", "sous-préfecture"],
  ["sous-prefete", "sous-préfecture"],
]);

// Small words that give no letter to a house's acronym: "SDF" for "Safraniers de France", "FFBAS" for
// "Fédération française des banques alimentaires solidaires". Lower case, as written (elided "d'"/"l'"
// without their apostrophe).
export const ACRONYM_LETTERLESS_WORDS: ReadonlySet<string> = new Set(
  "de du des la le les d l pour sur et en à au aux of the and &".split(" "),
);
