// The move verbs as one broad signal (unread.ts); the clause patterns themselves are the verb
// table in verb-patterns.ts.

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
    // a successor told from the departure side (taken-over-post.ts): "Y prend sa suite", "son poste
    // est repris par Y", "la relève est assurée par Y"
    "prend(?:ra)? (?:sa|leur) suite",
    "(?:est|sera|a été) reprise? par",
    "relève (?:est|sera|a été) assurée par",
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

// Hand-overs and arrivals MOVE_SIGNAL leaves out (it also finds the section, where a broader list
// would take an agenda for the moves): someone gives up, takes or is given a post. Only the review
// queue's reading of a paragraph (unread.ts) uses them.
export const POST_TAKEN_SIGNAL = new RegExp(
  [
    // "a pris en juillet la direction de …": a date may sit between the verb and the post
    "pri(?:s|se|t) (?:[\\p{L}\\d]+ ){0,3}?(?:la|les|le) (?:direction|présidence|tête|responsabilité|rênes|commandes|poste)",
    "pri(?:s|se|t) (?:la|les|le|ses)(?! fonctions)",
    "prend(?:ra|re)?,? (?:(?:lui|elle),? )?(?:la|les|le)",
    "(?:prend|prendra|pris|prise) (?:sa|leur) suite",
    "aux commandes",
    "à la tête",
    "en la personne d",
    "se dote",
    "s['’]offre",
    "s['’]est doté",
    "présidée? par",
    "dirigée? par",
    "entre(?:ra)? (?:\\p{L}+ment )?(?:au|à la|dans)",
    "(?:becomes|became|takes over|took over|succeeds|succeeding|replaces|appoints|names|hires|promotes)(?![\\p{L}])",
  ].join("|"),
  "iu",
);

// Verbs of speech and the "selon" aside: the person they introduce speaks ("…, explique Marc Roy,
// président de Cobalt"), they do not move. One list for the slot reader, the unread-paragraph
// detector and the titled-name fallback, which each spelt their own and drifted apart.
export const SPEECH_VERBS: readonly string[] = [
  "déclare",
  "explique",
  "se réjouit",
  "commente",
  "indique",
  "souligne",
  "précise",
  "affirme",
  "ajoute",
  "estime",
  "confie",
  "salue",
  "selon",
  "témoigne",
  "raconte",
  "rappelle",
  "says",
  "said",
];

// A speech verb as a whole word anywhere in a text
export const SPEECH = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS.join("|")})(?![\p{L}])`, "iu");

// A portrait's paragraph under its name line may open on its verb, the name above being its subject
// ("Rejoint Castelvin comme directrice", "Prendra en mars la tête de …"): third-person verbs of a
// move, folded (topic-person.ts reads them so).
export const SUBJECTLESS_OPENING_VERBS = new Set(
  (
    "rejoint rejoindra entre entrera quitte quittera prend prendra reprend reprendra arrive arrivera " +
    "devient deviendra succede succedera remplace remplacera integre integrera retrouve retrouvera " +
    "part partira accede accedera siege siegera cede cedera passe passera revient reviendra " +
    "s'installe pilote pilotera dirige dirigera"
  ).split(" "),
);

// … or on a past participle, the subject and its auxiliary left out ("Nommée directrice de …",
// "Élu président de …"): the reading puts them back ("X est nommée …").
export const SUBJECTLESS_OPENING_PARTICIPLES = new Set(
  (
    "nomme nommee promu promue elu elue designe designee recrute recrutee reconduit reconduite " +
    "coopte cooptee appele appelee choisi choisie confirme confirmee investi investie " +
    "titularise titularisee"
  ).split(" "),
);

// Clitics that point back to someone named before ("Il lui succède", "Elle le remplace", "prend sa
// suite"): at the head of a paragraph that names nobody else, the person of the block before
// (topic-person.ts). Each row is the clause written out with that person ({person}).
// A row that closes its subject's clause ("Y, animateur, promu coordinateur à sa place") may stand
// after the verb and the post (`closesClause`), not only right after the subject.
export const BACK_POINTING_CLITICS: readonly { pattern: RegExp; written: string; closesClause?: true }[] = [
  { pattern: /(?<![\p{L}])lui\s+(succ[èé]d\p{L}*)/u, written: "$1 à {person}" },
  // "C le remplace par Y" stays as written: the employer's clause reads it so (the verb read whole:
  // backing off to "remplac" let "la remplace par Y" through as "remplac X par Y")
  {
    pattern: /(?<![\p{L}])(?:le|la)\s+(remplac\p{L}*)(?![\p{L}])(?!\s+par(?![\p{L}]))/u,
    written: "$1 {person}",
  },
  {
    pattern: /(?<![\p{L}])(prend\p{L}*|pris\p{L}*|assur\p{L}*)\s+sa\s+(suite|succession)/u,
    written: "$1 la $2 de {person}",
  },
  {
    pattern: /(?<![\p{L}])(prend\p{L}*|pris\p{L}*|assur\p{L}*)\s+son\s+(relais|intérim)/u,
    written: "$1 le $2 de {person}",
  },
  // "C promeut à sa place Y" stays as written: the employer's clause reads it so
  {
    pattern:
      /(?<!(?:promeut|promu|nomme|nommé|désigne|désigné|recrute|recruté|choisit|choisi|appelle|appelé)\s+)(?<![\p{L}])à\s+sa\s+place(?![\p{L}])/u,
    written: "à la place de {person}",
    closesClause: true,
  },
];
