// Field layouts (field-layouts.ts): the words a newsletter labels a move's fields or a table's columns
// with, the glyphs of an arrow line, and the words a cell says "promoted" or "nothing" with. Labels are
// folded (foldWord) with "(e)"/"(s)" and trailing punctuation taken off ("Venu(e) de :" → "venu de").

export type FieldName = "person" | "post" | "company" | "origin" | "predecessor";

export const FIELD_LABELS: Readonly<Record<FieldName, readonly string[]>> = {
  person: [
    "nom",
    "prenom",
    "noms",
    "qui",
    "personne",
    "prenom nom",
    "prenom et nom",
    "nom prenom",
    "nom et prenom",
    "identite",
    "name",
    "who",
  ],
  post: [
    "poste",
    "nouveau poste",
    "fonction",
    "fonctions",
    "nouvelle fonction",
    "nouvelles fonctions",
    "quoi",
    "role",
    "nouveau role",
    "titre",
    "intitule",
    "mandat",
    "position",
    "post",
    "title",
    "what",
  ],
  company: [
    "societe",
    "entreprise",
    "organisme",
    "organisation",
    "structure",
    "employeur",
    "nouvel employeur",
    "etablissement",
    "chez",
    "ou",
    "company",
    "where",
  ],
  origin: [
    "precedemment",
    "auparavant",
    "anciennement",
    "avant",
    "ex",
    "d'ou",
    "venu de",
    "vient de",
    "arrive de",
    "en provenance de",
    "provenance",
    "origine",
    "parcours",
    "poste precedent",
    "precedent poste",
    "ancien poste",
    "employeur precedent",
    "ancien employeur",
    "from",
    "previously",
  ],
  predecessor: [
    "remplace",
    "en remplacement de",
    "succede a",
    "successeur de",
    "a la place de",
    "predecesseur",
    "predecessor",
    "replaces",
  ],
};

// What stands between a mover's name and the new post on an arrow line ("X (ex-A) → directrice de B").
// Longer glyphs first, so that "-->" is not read as "-" then ">".
export const ARROW_GLYPHS: readonly string[] = [
  "-->",
  "==>",
  "->",
  "=>",
  ">>",
  "→",
  "➜",
  "➔",
  "➝",
  "➞",
  "➡",
  "⟶",
  "⇒",
  "▸",
  "▶",
  "►",
  "»",
  ">",
];

// A cell telling a promotion inside the house ("promu", "promue, ex-directrice d'agence", "promotion
// interne", "en interne"), folded.
export const PROMOTED_CELL =
  /^(?:promue?s?|promotion(?:\s+interne)?|en\s+interne|interne|mobilite\s+interne)(?![\p{L}])/u;

// A cell saying nothing ("—", "-", "n.c.", "/", "?", "nd"): no origin told.
export const EMPTY_CELL =
  /^(?:[—–\-/?.*]+|n\.?\s?[cdr]\.?|non\s+(?:communique|precise)e?|inconnue?|sans objet|s\.o\.|—)$/u;

// A cell telling a post the mover keeps beside the new one ("dirigeant de C, qu'il continue de diriger",
// "présidente sortante", "reste gérant de C"), folded: no employer left.
export const KEPT_CELL =
  /(?:qu['’]\s*(?:il|elle)\s+(?:continue|conserve|garde|cumule)|(?<![\p{L}])(?:sortante?|toujours|en parallele|reste|conserve)(?![\p{L}]))/u;

// Words that open a title held before rather than a company's name ("ancienne responsable de …",
// "jusque-là directrice produit", "cofondatrice", "dirigeant de C"), folded, beside the title nouns.
export const PAST_POST_OPENING =
  /^(?:ancien|ancienne|jusque|jusqu|cofond|co-fond|fondat(?:eur|rice)|dirige|dg|pdg)/u;
