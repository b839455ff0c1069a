import { personKey } from "../../shared/names.ts";

/**
 * How recruiters name posts, in one table: the words and acronyms that mean the same title or the
 * same function, and the feminine/masculine endings that make one title of two forms. It is read
 * at query time only (see expandQuery): every term of a group finds every other, and the moves
 * need no reindexing when a line is added here. Entries are written as a recruiter types them;
 * they are folded like the query (lower case, no accents, stop words dropped), so "directrice
 * administrative et financière" also stands for "directeur administratif financier".
 *
 * A term ending in `*` is a word stem: "financ*" finds finance, finances, financier, financière.
 */
export const TITLE_GROUPS: readonly (readonly string[])[] = [
  // C-level, French and English
  ["directeur général", "DG", "CEO", "chief executive officer", "managing director"],
  ["président-directeur général", "PDG", "président et directeur général", "CEO", "chairman and CEO"],
  ["directeur général adjoint", "DGA", "deputy CEO", "deputy managing director"],
  ["directeur général délégué", "DGD", "deputy CEO"],
  [
    "directeur financier",
    "directeur administratif et financier",
    "DAF",
    "CFO",
    "chief financial officer",
    "directeur des finances",
    "finance director",
  ],
  [
    "directeur des ressources humaines",
    "DRH",
    "CHRO",
    "chief human resources officer",
    "directeur RH",
    "chief people officer",
    "HR director",
    "directeur du personnel",
  ],
  [
    "directeur des systèmes d'information",
    "DSI",
    "CIO",
    "chief information officer",
    "directeur informatique",
    "IT director",
  ],
  [
    "directeur technique",
    "CTO",
    "chief technology officer",
    "chief technical officer",
    "directeur de la technologie",
    "directeur technologique",
    "VP engineering",
  ],
  [
    "directeur des opérations",
    "COO",
    "chief operating officer",
    "directeur opérationnel",
    "directeur des opérations",
  ],
  ["directeur marketing", "CMO", "chief marketing officer", "directeur du marketing", "marketing director"],
  [
    "directeur commercial",
    "CCO",
    "chief commercial officer",
    "chief sales officer",
    "directeur des ventes",
    "sales director",
    "VP sales",
  ],
  [
    "directeur juridique",
    "general counsel",
    "chief legal officer",
    "CLO",
    "directeur des affaires juridiques",
  ],
  ["directeur des données", "CDO", "chief data officer", "directeur data"],
  [
    "directeur du numérique",
    "CDO",
    "chief digital officer",
    "directeur digital",
    "directeur de la transformation numérique",
  ],
  ["directeur produit", "CPO", "chief product officer", "VP product"],
  [
    "RSSI",
    "CISO",
    "chief information security officer",
    "responsable de la sécurité des systèmes d'information",
  ],
  ["directeur de la communication", "directeur communication", "dircom", "chief communications officer"],
  ["directeur des achats", "CPO", "chief procurement officer", "directeur achats"],
  ["directeur artistique", "DA", "art director"],
  ["directeur de la création", "creative director", "directeur de création"],
  ["secrétaire général", "SG", "general secretary"],
  // Boards and partners
  ["président du conseil", "chairman", "chairwoman", "président du conseil d'administration"],
  ["président du conseil de surveillance", "chairman of the supervisory board"],
  ["vice-président", "VP", "vice president"],
  ["associé", "partner"],
  ["associé gérant", "managing partner"],
  ["fondateur", "founder", "cofondateur", "co-founder"],
  // Levels
  ["head of", "responsable"],
  // Functions: a word reaches its family
  ["financ*", "DAF", "CFO"],
  ["RH", "ressources humaines", "human resources", "HR", "DRH", "CHRO"],
  ["juridique", "legal", "droit", "general counsel"],
  ["informatique", "IT", "systèmes d'information"],
  ["numérique", "digital"],
  ["commercial", "ventes", "sales"],
  ["achats", "procurement", "purchasing"],
  ["technologie", "tech", "technique"],
  ["données", "data"],
  ["communication", "comm"],
  ["opérations", "operations", "opérationnel"],
];

/**
 * Feminine and masculine endings of French titles (after folding: no accents), most specific
 * first: directrice/directeur, financière/financier, générale/général, présidente/président,
 * associée/associé. A query word gets its other gender as an alternative; a form that no move
 * holds costs one empty index lookup, so an ending that overreaches ("managere") is harmless.
 */
export const GENDER_ENDINGS: readonly (readonly [feminine: string, masculine: string])[] = [
  ["trice", "teur"],
  ["euse", "eur"],
  ["iere", "ier"],
  ["ere", "er"],
  ["ive", "if"],
  ["enne", "en"],
  ["ale", "al"],
  ["nte", "nt"],
  ["ate", "at"],
  ["iee", "ie"],
  ["uee", "ue"],
  ["gee", "ge"],
];

/**
 * Words that say what kind of company, not which one ("groupe Kerlog", "Kerlog SA", "Orange
 * France"): when a search finds nothing with them, it is tried again without them.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    "groupe group sa sas sasu sarl snc sca se ste societe company compagnie cie holding holdings inc ltd " +
    "llc gmbh plc france international"
  ).split(" "),
);

/** Words too common to carry meaning in a title (French and English); PostgreSQL drops them too. */
const STOP_WORDS = new Set("a au aux d de des du en et l la le les of the and chez pour".split(" "));

/** The query's content words: folded like names ([a-z0-9]+), stop words dropped. */
export function contentWords(text: string): string[] {
  return personKey(text)
    .split(" ")
    .filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/** The word's masculine form when it has a feminine ending, else itself. */
export function masculine(word: string): string {
  for (const [feminine, male] of GENDER_ENDINGS)
    if (word.length > feminine.length + 2 && word.endsWith(feminine))
      return word.slice(0, -feminine.length) + male;
  return word;
}

/** The word and its other gender, if it has one. */
export function genderForms(word: string): string[] {
  const male = masculine(word);
  if (male !== word) return [word, male];
  for (const [feminine, ending] of GENDER_ENDINGS)
    if (word.length > ending.length + 2 && word.endsWith(ending))
      return [word, word.slice(0, -ending.length) + feminine];
  return [word];
}

/** A term of the table as the words it matches; a stem keeps its `*`. */
function termWords(term: string): string[] {
  const stem = term.endsWith("*");
  const words = contentWords(stem ? term.slice(0, -1) : term);
  if (stem && words.length > 0) words[words.length - 1] = `${words[words.length - 1]}*`;
  return words;
}

/** The key a run of words is looked up by: masculine forms, so both genders meet. */
const keyOf = (words: readonly string[]) => words.map((w) => masculine(w.replace(/\*$/, ""))).join(" ");

/** Every term of the table by its key, with the terms of every group it belongs to. */
const TERMS_BY_KEY: ReadonlyMap<string, string[][]> = (() => {
  const byKey = new Map<string, Map<string, string[]>>();
  for (const group of TITLE_GROUPS) {
    const terms = group.map(termWords).filter((t) => t.length > 0);
    for (const term of terms) {
      const key = keyOf(term);
      const alternatives = byKey.get(key) ?? new Map<string, string[]>();
      for (const other of terms) alternatives.set(other.join(" "), other);
      byKey.set(key, alternatives);
    }
  }
  return new Map([...byKey].map(([key, alternatives]) => [key, [...alternatives.values()]]));
})();

/** Stems of the table ("financ"), with their groups' terms: a word that starts with one belongs to it. */
const STEMS: readonly [string, string[][]][] = [...TERMS_BY_KEY].filter(([key]) =>
  TITLE_GROUPS.some((group) => group.some((term) => term.endsWith("*") && keyOf(termWords(term)) === key)),
);

/** The table's terms for a run of words: its own group(s), or a stem's for a single word. */
function termsFor(run: readonly string[]): string[][] | undefined {
  const own = TERMS_BY_KEY.get(keyOf(run));
  if (own || run.length !== 1) return own;
  const word = run[0] as string;
  return STEMS.find(([stem]) => word.startsWith(stem))?.[1];
}

/** The longest run of words the table holds: longer runs are not looked up. */
const LONGEST_TERM = Math.max(...[...TERMS_BY_KEY.keys()].map((k) => k.split(" ").length));

/**
 * One part of a query: each alternative is a list of words that must all appear. `word` is the
 * typed word for a part of one word (typo tolerance and name lookups work on those); `generic`
 * marks a word such as "groupe" that a second attempt leaves out.
 */
export interface QueryPart {
  alternatives: string[][];
  typed: string[];
  word?: string;
  generic?: boolean;
}

/** Other names of a company (an alias or a former name) for a run of the query's words. */
export interface NameAlias {
  /** The alias's words as the query holds them. */
  typed: string;
  /** The company's current name, as words. */
  name: string[];
}

/**
 * The query as parts: the longest runs of words that the title table or a company alias knows
 * become one part with every equivalent; other words stand for themselves and their other gender.
 */
export function expandQuery(words: readonly string[], aliases: readonly NameAlias[] = []): QueryPart[] {
  const aliasesByTyped = new Map<string, string[][]>();
  for (const a of aliases) {
    const list = aliasesByTyped.get(a.typed) ?? [a.typed.split(" ")];
    list.push(a.name);
    aliasesByTyped.set(a.typed, list);
  }
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(words.length - i, Math.max(LONGEST_TERM, 8)); n >= 1 && matched === 0; n--) {
      const run = words.slice(i, i + n);
      const fromAlias = aliasesByTyped.get(run.join(" "));
      const fromTable = n <= LONGEST_TERM ? termsFor(run) : undefined;
      if (!fromAlias && !fromTable) continue;
      const alternatives = [run, ...(fromTable ?? []), ...(fromAlias ?? [])];
      parts.push({
        alternatives: dedupe(alternatives.flatMap(withGenders)),
        typed: run,
        word: n === 1 ? run[0] : undefined,
      });
      matched = n;
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const word = words[i] as string;
    parts.push({
      alternatives: genderForms(word).map((w) => [w]),
      typed: [word],
      word,
      generic: GENERIC_WORDS.has(word) || undefined,
    });
    i += 1;
  }
  return parts;
}

/** A term with each word in both genders, as separate alternatives when only one word has two. */
function withGenders(term: string[]): string[][] {
  let variants: string[][] = [[]];
  for (const w of term) {
    const forms = w.endsWith("*") ? [w] : genderForms(w);
    variants = variants.flatMap((v) => forms.map((f) => [...v, f]));
  }
  return variants;
}

function dedupe(terms: string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const t of terms) seen.set(t.join(" "), t);
  return [...seen.values()];
}

/**
 * The parts as a to_tsquery text: AND between parts, OR between alternatives. Words are
 * [a-z0-9]+ (contentWords), so they cannot smuggle tsquery operators in; a stem becomes `:*`.
 */
export function toTsquery(parts: readonly QueryPart[]): string {
  const atom = (w: string) => (w.endsWith("*") ? `${w.slice(0, -1)}:*` : w);
  return parts
    .map((p) => {
      const alternatives = p.alternatives.map((t) =>
        t.length === 1 ? atom(t[0] as string) : `(${t.map(atom).join(" & ")})`,
      );
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" | ")})`;
    })
    .join(" & ");
}

/** Runs of up to `longest` consecutive words: the candidates for a company alias. */
export function wordRuns(words: readonly string[], longest = 6): string[] {
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= longest && i + n <= words.length; n++) runs.push(words.slice(i, i + n).join(" "));
  return runs;
}

/**
 * Every word one edit away: a letter dropped, added, changed, or two neighbours swapped (the
 * Damerau–Levenshtein neighbourhood). Trigrams miss such typos in short names ("kerlgo" shares 4
 * of 10 trigrams with "kerlog"); looking these up in the name dictionary's primary key is exact
 * and costs a few hundred index probes. Substitutions and insertions only for short words.
 */
export function oneEditAway(word: string, shortUpTo = 8): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  if (word.length <= shortUpTo)
    for (let i = 0; i <= word.length; i++)
      for (const c of letters) {
        out.add(word.slice(0, i) + c + word.slice(i));
        if (i < word.length && c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
      }
  out.delete(word);
  return [...out].filter((w) => w.length >= 3);
}
