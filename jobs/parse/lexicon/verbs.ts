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
