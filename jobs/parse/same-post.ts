// "Sophie AUBERT, jusqu'ici directrice financière de Studio Brisant, est nommée au même poste
// chez Pixelia": "au même poste" names no title of its own; the title is the one the apposition
// after the name gives, and the employer that apposition names is one the person leaves.

import { allMatches } from "./all-matches.ts";
import { looksLikeTitle } from "./clause-slots.ts";
import { feminineTitle, masculineTitle } from "./gender.ts";
import { foldWord, OFFICE_HEAD_NOUNS, TITLE_HEADS } from "./lexicon.ts";
import { companyKey } from "./names.ts";
import { readRole } from "./role-phrase.ts";

export const SAME_POST = /^(?:au|à un|le) même poste|^(?:aux|les) mêmes fonctions|^la même fonction/iu;

// (in commas, or in dashes or brackets: appositions.ts)
const APPOSITION_OPENER =
  /^\s*(?:,|\s[–—]|\()\s*(?:(?:jusqu'ici|jusqu'alors|jusqu'à présent|auparavant|précédemment|actuellement|ancienn?e?|ex-)\s*)?/iu;

export interface HeldPost {
  role: string;
  employer: string | null;
}

export function postHeldBefore(text: string, nameEnd: number, to: number): HeldPost | null {
  const opener = APPOSITION_OPENER.exec(text.slice(nameEnd, to));
  if (!opener) return null;
  const title = readRole(text, nameEnd + opener[0].length, to);
  if (!title || !looksLikeTitle(title.role) || SAME_POST.test(title.role)) return null;
  return { role: title.role, employer: title.company?.text ?? null };
}

// "Ex-directeur régional de Habitis, X rejoint C au même poste": the post held until now, fronted
// before the name as a former one ("ex-", "ancien", "jusqu'ici"), its house one the person leaves
// ("Anciennement directrice de C, X prend les mêmes fonctions chez D": the adverbs say it too)
const FRONTED_FORMER =
  /(?:^|[.;:!?]\s+|\n)[^\p{L}]*(?:ex-|ancien(?:ne)?\s+|(?:jusqu'ici|anciennement|auparavant|précédemment)\s+)(?=\p{Ll})([^,.;:()]{3,120}),\s*$/iu;

// "X quitte A, où elle était R, pour occuper la même fonction chez C", "Débauché de A, où il était R,
// X prend la même fonction chez C": the post told in a relative clause on the house left, the one
// left named right after the mover's "quitte" or in a fronted participle of origin
const LEFT_WHERE_AFTER =
  /^\s+(?:quitte|a quitté|quittera)\s+(?<house>[^,.;:]{2,80}?)\s*,\s*où\s+(?:il|elle)\s+(?:était|occupait le poste de|officiait comme)\s+(?<title>[^,.;:]{3,100}?)\s*,/u;
const LEFT_WHERE_FRONTED =
  /(?:^|[.;:!?]\s+|\n)[^\p{L}]*(?:débauchée?|venue?|issue?|arrivée?|transfuge)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])(?<house>[^,.;:]{2,80}?)\s*,\s*où\s+(?:il|elle)\s+(?:était|occupait le poste de|officiait comme)\s+(?<title>[^,.;:]{3,100}?)\s*,\s*$/iu;

function postLeftWhere(text: string, stretchStart: number, match: RegExpExecArray | null): HeldPost | null {
  if (!match?.groups) return null;
  const from = stretchStart + match.index + match[0].lastIndexOf(match.groups.title!);
  const title = readRole(text, from, from + match.groups.title!.length);
  if (!title || title.company || !looksLikeTitle(title.role) || SAME_POST.test(title.role)) return null;
  const house = match.groups.house!.replace(/^(?:la|le|les|l['’])\s*/u, "").trim();
  return /^\p{Lu}/u.test(house) ? { role: title.role, employer: house } : null;
}

/** The post held until now, told in an apposition after the name or fronted before it. */
export function postHeldAround(
  text: string,
  nameStart: number,
  nameEnd: number,
  to: number,
): HeldPost | null {
  const after = postHeldBefore(text, nameEnd, to);
  if (after) return after;
  const leftAfter = postLeftWhere(text, nameEnd, LEFT_WHERE_AFTER.exec(text.slice(nameEnd, to)));
  if (leftAfter) return leftAfter;
  const before = text.slice(Math.max(0, nameStart - 200), nameStart);
  const leftBefore = postLeftWhere(text, nameStart - before.length, LEFT_WHERE_FRONTED.exec(before));
  if (leftBefore) return leftBefore;
  const stretch = text.slice(Math.max(0, nameStart - 160), nameStart);
  const fronted = FRONTED_FORMER.exec(stretch);
  if (!fronted) return null;
  const from = nameStart - stretch.length + fronted.index + fronted[0].lastIndexOf(fronted[1]!);
  const title = readRole(text, from, nameStart);
  if (!title || !looksLikeTitle(title.role) || SAME_POST.test(title.role)) return null;
  return { role: title.role, employer: title.company?.text ?? null };
}

// "Elle était directrice financière adjointe de l'opérateur Belcom, qui promeut à sa place X",
// "ex-directeur technique de Brumières Parcs", "le départ de Y d'Armateurs de l'Atlantique, où il
// était délégué général": the post the one replaced held at `employer`, told earlier in the
// paragraph (before `before`), in the successor's gender.
const TITLE_HEAD_WORD = /(?<![\p{L}])(?:ex-)?(\p{Ll}[\p{Ll}-]+)/gu;
const LED_BEFORE =
  /(?<![\p{L}])(?:(?:quitte|quittera|a quitté|laisse|dirigeait|pilotait|(?:il|elle) dirige)\s+(?:jusqu'(?:ici|alors)\s+)?(?:la|sa)\s+(?=direction\s)|(?:dirigeait|pilotait)\s+(?:jusqu'(?:ici|alors)\s+)?(les|la|le|l['’])\s*)(?=[^.;]*$)/iu;
const OF_ARTICLE: Record<string, string> = {
  les: "des ",
  la: "de la ",
  le: "du ",
  "l'": "de l'",
  "l’": "de l'",
};
const WHERE_HELD = /^\s*,\s*où\s+(?:il|elle)\s+(?:était|occupait le poste de|officiait comme)\s+/u;
// "C recrute chez Netavia son directeur commercial, X": the title owned by the house right before it
const OWNED_AFTER = /^\s+(?:son|sa)\s+(?=\p{Ll})/u;

export function postHeldAt(text: string, employer: string, before: number, feminine: boolean): string | null {
  const key = companyKey(employer);
  const agree = (role: string) => (feminine ? feminineTitle(role) : masculineTitle(role));
  for (let at = text.lastIndexOf(employer, before - employer.length); at >= 0; ) {
    const sentenceStart = Math.max(0, text.slice(0, at).search(/[^.;!?]*$/u));
    // a title whose employer is this mention of the company
    for (const word of allMatches(text.slice(sentenceStart, at), TITLE_HEAD_WORD).reverse()) {
      if (!TITLE_HEADS.has(foldWord(word[1]!)) && !OFFICE_HEAD_NOUNS.has(foldWord(word[1]!))) continue;
      const from = sentenceStart + word.index + word[0].length - word[1]!.length;
      const title = readRole(text, from, at + employer.length + 1);
      if (title?.company && companyKey(title.company.text) === key && looksLikeTitle(title.role))
        return agree(title.role);
    }
    // "quitte la direction des achats de C", "dirigeait jusqu'ici les opérations de C": the post led
    const led = LED_BEFORE.exec(text.slice(sentenceStart, at));
    if (led) {
      const from = sentenceStart + led.index + led[0].length;
      const post = readRole(text, from, at + employer.length + 1);
      if (post?.company && companyKey(post.company.text) === key) {
        const head = feminine ? "directrice" : "directeur";
        const noun = post.role.replace(/^(?:direction|tête)\s+/u, "");
        if (led[1]) return `${head} ${OF_ARTICLE[led[1].toLowerCase()]}${noun}`;
        if (/^(?:des?|du|d['’])\s*/u.test(noun)) return `${head} ${noun}`;
      }
    }
    const owned = OWNED_AFTER.exec(text.slice(at + employer.length, before));
    if (owned) {
      const from = at + employer.length + owned[0].length;
      const comma = text.indexOf(",", from);
      const title = comma > 0 && comma < before ? readRole(text, from, comma) : null;
      if (title && !title.company && looksLikeTitle(title.role)) return agree(title.role);
    }
    const where = WHERE_HELD.exec(text.slice(at + employer.length));
    if (where) {
      const title = readRole(text, at + employer.length + where[0].length);
      if (title && looksLikeTitle(title.role)) return agree(title.role.replace(/\s+depuis\s.*$/u, ""));
    }
    at = at === 0 ? -1 : text.lastIndexOf(employer, at - 1);
  }
  return null;
}
