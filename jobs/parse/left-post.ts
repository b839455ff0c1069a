// The post a departing person leaves, told beside their name when they are no mover of their own
// (a retirement, a departure with no next post) or when the sentence that moves them names the post
// they leave rather than the one they take:
//   "X, directrice de l'atelier de C depuis 2006, prend sa retraite"   the post in apposition
//   "Départ de X, qui quitte la fonction de R chez C après neuf ans"    the post the verb gives up
//   "X quitte le poste de R de C pour rejoindre D comme …"             (X's own record is at D)
//   "X laisse son siège de R de C."
// taken-over-post.ts gives that post to the successor the next sentence names ("Son poste est repris
// par Y", "Y prend sa suite"). The title is the lower-case words before the first "de", "d'", "du",
// "des" or "chez" that a capital follows; the house is the proper name from that capital on.

import { readCompanyRun } from "./company-spans.ts";
import { foldWord, OFFICE_HEAD_NOUNS, TITLE_HEADS } from "./lexicon.ts";
import { agreeTitle } from "./title-agreement.ts";

export interface LeftPost {
  company: string;
  role: string;
}

// ", qui quitte la fonction de", " quitte le poste de", " laisse son siège de", " cède sa place de"
const GIVES_UP =
  /^\s*(?:,\s*qui\s+)?(?:quitte|quittera|a quitté|laisse|laissera|libère|libérera|cède|cèdera|abandonne)\s+(?:le|la|son|sa|ses)\s+(?:poste|postes|fonctions?|siège|fauteuil|place|mandat)\s+(?:de|d['’])\s*/u;
// "X accepte une offre de D, quittant son poste de R de C": the participle of the person's own clause
// gives up the post
const GIVES_UP_WHILE =
  /^[^.;:!?]{0,160}?,\s*(?:en\s+)?(?:quittant|laissant|abandonnant)\s+(?:le|la|son|sa|ses)\s+(?:poste|postes|fonctions?|siège|fauteuil|mandat)\s+(?:de|d['’])\s*/u;
// ", directrice commerciale de C depuis 2015, prend sa retraite": an apposition opening on a title
// (never "ancien directeur général de A": a post held long ago, not the one given up now)
const APPOSED = /^\s*,\s*(?!ancien|ex-)(?=\p{Ll})/u;
// the title's end: a preposition before the house's capital
const BEFORE_HOUSE = /\s(?:chez|de|du|des|d['’])\s*(?=\p{Lu})|\sd['’](?=\p{Lu})/u;
// a trade's noun the title lexicons lack ("maître brasseur", "contrôleuse", "souffleur", "comptable")
const TRADE_NOUN = /(?:eur|euse|rice|ier|iere|iste|ien|ienne|aire|able|maitre|maitresse)$/u;
const TITLE = /^\p{Ll}[\p{Ll}'’ -]{1,80}$/u;

function titleAndHouse(stretch: string, wholeClause: boolean): LeftPost | null {
  const cut = BEFORE_HOUSE.exec(stretch);
  if (!cut) return null;
  const role = stretch.slice(0, cut.index).trim();
  // the title ends the apposition's first clause: a comma or a sentence inside it is no title
  if (!TITLE.test(role) || role.split(/\s+/u).length > 8) return null;
  // a title's head opens it ("directrice", "chef", "responsable"), not a verb ("rejoint l'université")
  const head = foldWord(role.split(/[\s'’]/u)[0]!);
  if (!TITLE_HEADS.has(head) && !OFFICE_HEAD_NOUNS.has(head) && !TRADE_NOUN.test(head)) return null;
  const from = cut.index + cut[0].length;
  const house = readCompanyRun(stretch, from);
  if (!house) return null;
  // "directeur des Transports urbains de Lanvelec", "du Centre hospitalier de Lorgnac": an
  // institution's name runs on in lower case to its place, when the apposition ends there
  const runsOn = wholeClause && INSTITUTION_RUN_ON.test(stretch.slice(house.end));
  return { role, company: runsOn ? stretch.slice(from).trim() : house.text };
}

const INSTITUTION_RUN_ON = /^\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:de|du|des|d['’])\s*\p{Lu}[\p{L}'’-]*\s*$/u;

// "X quitte la direction générale de C", "quitte la présidence de C": the post told by its noun
const GIVES_UP_LED =
  /^\s*(?:,\s*qui\s+)?(?:quitte|quittera|a quitté|laisse|laissera|abandonne|abandonnera)\s+la\s+(direction|présidence)(?=\s)/u;

function ledPostAndHouse(stretch: string, post: string): LeftPost | null {
  const cut = BEFORE_HOUSE.exec(stretch);
  if (!cut) return null;
  const qualifier = stretch.slice(0, cut.index).trim();
  if (!/^[\p{Ll}'’ -]{0,40}$/u.test(qualifier) || qualifier.split(/\s+/u).length > 3) return null;
  const house = readCompanyRun(stretch, cut.index + cut[0].length);
  if (!house) return null;
  const head = post === "présidence" ? "président" : "directeur";
  // the successor's own gender is given later (title-agreement.ts): the post in the masculine
  return { role: agreeTitle(`${head} ${qualifier}`.trim(), false), company: house.text };
}

/** The post given up by the person whose name ends at `nameEnd` in `text`, as the text tells it there. */
export function postLeftAfterName(text: string, nameEnd: number): LeftPost | null {
  // "Y (59 ans), directeur général de C", "Y, 58 ans, responsable de C": an age before the apposition
  const after = text
    .slice(nameEnd)
    .replace(/^\s*\([^()]{1,30}\)/u, "")
    .replace(/^\s*,\s*\d{2}\s+ans(?=\s*,)/u, "");
  const givesUp = GIVES_UP.exec(after);
  if (givesUp) return titleAndHouse(after.slice(givesUp[0].length), false);
  const givesUpWhile = GIVES_UP_WHILE.exec(after);
  if (givesUpWhile) return titleAndHouse(after.slice(givesUpWhile[0].length), false);
  const led = GIVES_UP_LED.exec(after);
  if (led) return ledPostAndHouse(after.slice(led[0].length), led[1]!);
  const apposed = APPOSED.exec(after);
  if (!apposed) return null;
  // the apposition runs to its closing comma ("…, depuis 2006, prend sa retraite" has a date inside)
  const clause = /^[^,.;:()]*/u.exec(after.slice(apposed[0].length))![0];
  return titleAndHouse(clause.replace(/\s+depuis\s.*$/u, ""), true);
}

// "Directeur général de C depuis 2015, X quittera ses fonctions", "Président du directoire de C
// depuis 2016, X passe la main": the post held, fronted before the name that opens the clause
const FRONTED_POST =
  /(?:^|[.!?:;]\s+|\n)(\p{Lu}\p{Ll}+(?:\s+[\p{Ll}'’-]+)*\s+(?:chez|de|du|des|d['’])\s*\p{Lu}[^,.;:()]*?)(?:\s+depuis\s[^,.;:()]*)?,\s*(?:(?:le|la)\s+(?:Pr|Dr)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

// "C se sépare de sa présidente, X", "C remercie son directeur général, X", "C voit partir son directeur
// industriel, X": the house parts with the holder of its own post, named in apposition after it
const HOUSE_PARTS_WITH =
  /(?:^|[.!?:;]\s+|\n)((?:(?:Le|La|Les|L['’])\s*)?\p{Lu}[^,.;:()]*?)\s+(?:se sépare|se séparera|s'est séparée?|vient de se séparer|remercie|a remercié|limoge|a limogé|congédie|a congédié|voit partir|a vu partir)\s+(?:de\s+|d['’])?(?:son|sa)\s+(\p{Ll}[\p{Ll}'’ -]{1,60}?)\s*,\s*(?:(?:le|la)\s+(?:Pr|Dr)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

// "C change de directeur général. Y cède sa place à X": the house changes the holder of its post, the
// one named next holds it
const HOUSE_CHANGES_HOLDER =
  /(?:^|[.!?:;]\s+|\n)((?:(?:Le|La|Les|L['’])\s*)?\p{Lu}[^,.;:()]*?)\s+(?:change|changera|a changé|vient de changer)\s+de\s+(\p{Ll}[\p{Ll}'’ -]{1,60}?)\s*[.:]\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

// "Après seize ans à la tête de C, X passe la main", "Après deux mandats à la présidence de C, X …":
// the post held, told by the tenure that opens the sentence on the name (the one who leaves it now)
const FRONTED_TENURE =
  /(?:^|[.!?:;]\s+|\n)Après\s+[^,.;:()]{1,40}?\s+à\s+la\s+(tête|direction|présidence)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?=\p{Lu})([^,.;:()]+?)\s*,\s*(?:(?:le|la)\s+(?:Pr|Dr)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

/** The post told before the name that starts at `nameStart`, fronted in its sentence. */
export function postLeftBeforeName(text: string, nameStart: number): LeftPost | null {
  const window = text.slice(Math.max(0, nameStart - 160), nameStart);
  const parted = HOUSE_PARTS_WITH.exec(window);
  if (parted) {
    const role = parted[2]!;
    const head = foldWord(role.split(/[\s'’]/u)[0]!);
    const house = readCompanyRun(parted[1]!, 0);
    if ((TITLE_HEADS.has(head) || OFFICE_HEAD_NOUNS.has(head)) && house) return { role, company: house.text };
  }
  const changes = HOUSE_CHANGES_HOLDER.exec(window);
  if (changes) {
    const head = foldWord(changes[2]!.split(/[\s'’]/u)[0]!);
    const house = readCompanyRun(changes[1]!, 0);
    if ((TITLE_HEADS.has(head) || OFFICE_HEAD_NOUNS.has(head)) && house)
      return { role: changes[2]!, company: house.text };
  }
  const tenure = FRONTED_TENURE.exec(window);
  const ledHouse = tenure ? readCompanyRun(tenure[2]!, 0) : null;
  // the whole run is the house: "à la tête du Théâtre des Ormeaux", not "à la tête de Lyon Sud, en 2010"
  if (tenure && ledHouse && ledHouse.text === tenure[2]!.trim())
    // "Après quatre mandats à la tête de C": an elected head, the president
    return {
      role: tenure[1] === "présidence" || /mandats?(?![\p{L}])/u.test(tenure[0]) ? "président" : "directeur",
      company: ledHouse.text,
    };
  const fronted = FRONTED_POST.exec(window);
  if (!fronted) return null;
  const post = fronted[1]!;
  return titleAndHouse(post[0]!.toLowerCase() + post.slice(1), true);
}

/**
 * The post the named person leaves, read beside the last place `told` names them (their full name, or
 * the surname alone), or null.
 */
export function postLeftBy(told: string, person: string): LeftPost | null {
  const surname = person.split(/\s+/u).at(-1) ?? "";
  if (!surname) return null;
  // (toLowerCase: the same casing as toLocaleLowerCase("fr") without resolving a locale; names.ts)
  const folded = told.toLowerCase();
  const key = surname.toLowerCase();
  let at = folded.lastIndexOf(key);
  while (at >= 0) {
    const post = postLeftAfterName(told, at + surname.length) ?? postLeftBeforeName(told, at);
    if (post) return post;
    at = at > 0 ? folded.lastIndexOf(key, at - 1) : -1;
  }
  return null;
}
