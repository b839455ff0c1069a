// The parser's word lists, one family per file under lexicon/: they are data, not logic. Extend
// them when a newsletter trips the parser, and keep folded entries lower case without accents (see
// foldWord). The general French dictionary (telling a common word from a name) is french-words.ts.

export * from "./lexicon/calendar.ts";
export * from "./lexicon/companies.ts";
export * from "./lexicon/fields.ts";
export * from "./lexicon/fold.ts";
export * from "./lexicon/people.ts";
export * from "./lexicon/places.ts";
export * from "./lexicon/tense.ts";
export * from "./lexicon/titles.ts";
export * from "./lexicon/verbs.ts";
