// Field layouts (field-layouts.ts): the words a newsletter labels a move's fields or a table's columns
// with, the glyphs of an arrow line, and the words a cell says "promoted" or "nothing" with. Labels are
// folded (foldWord) with "(e)"/"(s)" and trailing punctuation taken off ("Venu(e) de :" → "venu de").

// Beside the five fields a move is made of, a table may give a date ("Date", "À compter du") and a
// comment ("Commentaire", "Observations"): the date is read for nothing, the comment for what it says
// of the move (an interim, a promotion, the one replaced, where the mover comes from).
export type FieldName = "person" | "post" | "company" | "origin" | "predecessor" | "date" | "comment";

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
    "dirigeant",
    "dirigeante",
    "nomme",
    "nommee",
    "nommes",
    "personnalite",
    "collaborateur",
    "collaboratrice",
    "salarie",
    "recrue",
    "arrivant",
    "personne nommee",
    "nom complet",
    "titulaire",
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
    "poste occupe",
    "fonction occupee",
    "nouveau titre",
    "poste confie",
    "responsabilite",
    "responsabilites",
    "attributions",
    "emploi",
    "job title",
    "nouvelle mission",
    "mission",
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
    "employeur actuel",
    "nouvelle structure",
    "nouvelle entreprise",
    "nouvelle societe",
    "structure d'accueil",
    "entreprise d'accueil",
    "societe d'accueil",
    "raison sociale",
    "entite",
    "enseigne",
    "club",
    "cabinet",
    "employer",
    "organization",
    "firm",
    "etablissement",
    "institution",
    "collectivite",
    "groupe",
    "maison",
    "rejoint",
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
    "venait de",
    "arrivee de",
    "quitte",
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
    "precedent employeur",
    "ancienne fonction",
    "ancienne structure",
    "ancienne entreprise",
    "ancienne societe",
    "ancien club",
    "structure precedente",
    "entreprise precedente",
    "dernier employeur",
    "issu de",
    "passe par",
    "formerly",
    "previous employer",
    "fonction precedente",
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
    "succession de",
    "predecesseure",
    "succede",
  ],
  date: [
    "date",
    "depuis",
    "quand",
    "a compter du",
    "a partir du",
    "date d'effet",
    "prise de poste",
    "prise de fonction",
    "prise de fonctions",
    "entree en fonction",
    "entree en fonctions",
    "arrivee",
    "arrivee prevue",
    "effective",
    "when",
  ],
  comment: [
    "commentaire",
    "commentaires",
    "remarque",
    "remarques",
    "observation",
    "observations",
    "note",
    "notes",
    "precisions",
    "detail",
    "details",
    "a noter",
    "infos",
    "statut",
    "mouvement",
    "type de mouvement",
    "nature",
    "type",
    "precision",
    "comment",
    "comments",
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
// "De la maison", "issue de la maison", "dans la maison": the mover was already there.
export const PROMOTED_CELL =
  /^(?:promue?s?|promotion(?:\s+interne)?|en\s+interne|interne|mobilite\s+interne|(?:issue?\s+|deja\s+)?(?:de|dans)\s+la\s+maison)(?![\p{L}])/u;

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

// A post held for a while ("directrice intérimaire", "président par intérim", "acting CFO"), folded:
// a table's row whose post says so is no move (the post is not the mover's own).
export const INTERIM_CELL = /(?<![\p{L}])(?:interim|interimaire|acting)(?![\p{L}])/u;

// A comment cell that says the row tells no new post, folded: one that opens on an interim
// ("intérim jusqu'en juin", "par intérim", "assure l'intérim"; not "confirmée après l'intérim"), or
// a departure or a post kept with at most a date or an aside after it ("départ le 30 juin",
// "retraite", "reconduite", "réélu"; not "départ en retraite de Y", which names the one replaced).
export const NO_MOVE_COMMENT =
  /^(?:(?:(?:par |a titre )?interim(?:aire)?|assure l'interim|acting)(?![\p{L}])|(?:depart|quitte (?:le poste|ses fonctions|l'entreprise)|retraite|depart (?:a|en) (?:la )?retraite|demission|deces|distinction|rumeur|fin de (?:mandat|fonctions?)|reconduite?s?|reelue?s?|renouvelee?s?|maintenue?s?)(?:\s*(?:\(.*\)|[,;].*|(?:le |au |en |fin |debut )?\d.*|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre).*))?$)/u;

// Words that open an earlier employer after a first one in an origin cell ("A ; auparavant B", "A,
// précédemment B", "A, puis B"), folded.
export const EARLIER_ORIGIN_OPENING =
  /^(?:auparavant|precedemment|avant cela|avant|et avant|anterieurement|puis|ex-|ex\s)\s*,?\s*/u;

// Mercato lines (mercato-lines.ts): the label, folded, that opens a transfer-window line and says which
// way its person goes ("IN : X (de A) → B, directrice générale", "OUT : Y quitte A", "Arrivée : …",
// "Départs : …"), and the glyphs that say the same before the name ("➡️ X (de A) → B, …", "⬅️ Y quitte
// A"). An arrival is read as the line it heads; a departure is never a move by itself.
export const MERCATO_LABELS: Readonly<Record<"in" | "out", readonly string[]>> = {
  in: ["in", "arrivee", "arrivees", "entree", "entrees", "recrue", "recrues", "transfert", "transferts"],
  out: ["out", "depart", "departs", "sortie", "sorties"],
};
export const MERCATO_GLYPHS: Readonly<Record<"in" | "out", readonly string[]>> = {
  in: ["➡️", "➡", "⬆️", "⬆", "🟢", "✅"],
  out: ["⬅️", "⬅", "⬇️", "⬇", "🔴", "❌"],
};
