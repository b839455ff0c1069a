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
