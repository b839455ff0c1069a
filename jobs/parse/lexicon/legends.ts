// Symbol digests under a legend (legend-digests.ts): the words a legend line opens with, what each
// meaning a legend gives its markers says of a move, and the cells that say an item is no move.
// Patterns are matched on folded text (foldWord: lower case, no accents).

import type { MoveKind } from "../../../shared/vocabulary.ts";
import type { FieldName } from "./fields.ts";

// "Légende :", "Mode d'emploi :", "Clé de lecture :", "Pictos :" (written as in the text, any case)
export const LEGEND_LABELS: readonly string[] = [
  "l[ée]gende",
  "mode d['’]emploi",
  "cl[ée](?: de lecture)?",
  "symboles",
  "pictos",
  "pictogrammes",
  "key",
  "legend",
];

/**
 * What a marker means: a move of a kind, or no move and why (the reason is a word NO_MOVE_COMMENT in
 * fields.ts reads as one: "décès", "départ", "reconduit", "distinction", "rumeur", "intérim").
 */
export type LegendMeaning = { kind: MoveKind; reason?: undefined } | { kind: null; reason: string };

// First match wins: the no-move meanings come first ("départ en retraite" is no arrival, "nomination
// pressentie" no appointment).
export const LEGEND_MEANINGS: ReadonlyArray<readonly [RegExp, LegendMeaning]> = [
  [
    /(?<![\p{L}])(?:deces|disparitions?|necrologie|carnet noir|in memoriam|hommage|obseques|deuil|deaths?|obituar(?:y|ies))(?![\p{L}])/u,
    { kind: null, reason: "décès" },
  ],
  [
    /(?<![\p{L}])(?:distinctions?|prix|recompenses?|trophees?|decorations?|honneurs?|palmares|laureate?s?|awards?|prizes?|honou?rs?)(?![\p{L}])/u,
    { kind: null, reason: "distinction" },
  ],
  [
    /(?<![\p{L}])(?:rumeurs?|bruits? de couloir|pressentie?s?|on en parle|a confirmer|en discussion|piste|rumou?rs?|tipped|in talks)(?![\p{L}])/u,
    { kind: null, reason: "rumeur" },
  ],
  [
    /(?<![\p{L}])(?:reelections?|reelue?s?|reconductions?|reconduite?s?|renouvellements?|renouvelee?s?|maintien|re-?elect(?:ed|ions?)|re-?appoint(?:ed|ments?)|renewed)(?![\p{L}])/u,
    { kind: null, reason: "reconduit" },
  ],
  [/(?<![\p{L}])(?:interims?|interimaires?|acting)(?![\p{L}])/u, { kind: null, reason: "intérim" }],
  [
    /(?<![\p{L}])(?:departs?|sorties?|quitte|retraites?|demissions?|fin de (?:mandat|fonctions?)|departures?|leaves|exits?|retire(?:s|d|ments?)?|resign(?:s|ed|ations?)?|steps? down)(?![\p{L}])/u,
    { kind: null, reason: "départ" },
  ],
  [
    /(?<![\p{L}])(?:promotions?|promue?s?|mobilite interne|evolution interne|promoted|internal moves?)(?![\p{L}])/u,
    { kind: "promoted" },
  ],
  [
    /(?<![\p{L}])(?:arrivees?|recrutements?|recrues?|recrutee?s?|embauchee?s?|entrees?|rejoint|transferts?|passages?|mercato|de .* vers|joins?|joined|hires?|hired|arrivals?|recruits?|newcomers?)(?![\p{L}])/u,
    { kind: "joined" },
  ],
  [
    /(?<![\p{L}])(?:conseils?|gouvernance|conseil d'administration|board|bureau|nominations?|nommee?s?|mandats?|elections?|elue?s?|administrat(?:eur|rice)s?|appointments?|appointed|named|elected|governance)(?![\p{L}])/u,
    { kind: "appointed" },
  ],
];

// Entries of a legend that explain its notation rather than a kind of item ("(ex-…) employeur
// précédent", ":: sépare les champs", "=> remplace"): no marker of an item, so they are passed over
// instead of making the whole legend unreadable
export const LEGEND_NOTATION =
  /(?<![\p{L}])(?:separe(?:nt)?|separateurs?|champs?|colonnes?|employeurs? precedents?|ancien employeur|provenance|remplace|remplacement|succede|successeur|predecesseur)(?![\p{L}])/u;

// A cell that says its item is no move, whatever marker stands before it, folded: the reason first,
// then the pattern ("pressenti chez C", "réélu président", "quitte C", "prix de l'innovation", "86 ans")
export const NO_MOVE_STATUSES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    "rumeur",
    /^(?:pressentie?s?|a confirmer|en discussion|en negociation|rumeur|annoncee? partante?)(?![\p{L}])/u,
  ],
  [
    "reconduit",
    /^(?:reelue?s?|reconduite?s?|renouvelee?s?|maintenue?s?|mandat (?:renouvele|reconduit|prolonge))(?![\p{L}])/u,
  ],
  ["départ", /^(?:quitte|depart|retraite|demission|part a la retraite|prend sa retraite)(?![\p{L}])/u],
  [
    "distinction",
    /^(?:prix|laureate?|distinguee?|recompensee?|meilleure?|trophee|medaille|decoree?)(?![\p{L}])/u,
  ],
  ["décès", /^(?:decedee?|deces|disparue?|\d{1,3} ans$)|(?<![\p{L}])\d{1,3} ans$/u],
];

export const NO_MOVE_STATUS = new RegExp(
  NO_MOVE_STATUSES.map(([, pattern]) => pattern.source).join("|"),
  "u",
);

/** The reason a no-move cell gives, or null. */
export function noMoveStatusOf(folded: string): string | null {
  return NO_MOVE_STATUSES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

// The kind of cell a digest item's labelled cell is, by its label ("Ex- : A", "Précédemment : A",
// "Venu(e) de : A", "Remplace : Y", "Chez : C"): the labels are field layouts' own (lexicon/fields.ts
// FIELD_LABELS), so a digest's cell and a card's field are named by one table. A date says nothing of
// the move; a comment's value is typed by what it holds.
export type DigestCellKind =
  | "person"
  | "role"
  | "company"
  | "origin"
  | "predecessor"
  | "promoted"
  | "status"
  | "kind"
  | "date";

export const LABELLED_CELL_KINDS: Readonly<Record<Exclude<FieldName, "comment">, DigestCellKind>> = {
  person: "person",
  post: "role",
  company: "company",
  origin: "origin",
  predecessor: "predecessor",
  date: "date",
};

// Between a title and the house that employs its holder, inside one cell ("responsable des achats chez
// Ondulex", "directrice technique auprès de Verrerie du Lac", "CFO at Harbour Foods"; "@" parts cells): the house opens on a
// capital
export const EMPLOYER_INTRODUCERS: readonly string[] = ["chez", "at", "auprès de"];
