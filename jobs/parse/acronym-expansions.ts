// "SGP (Société de gestion des patinoires)", "ex-LMS (Laveries Multi-Services)": an acronym followed
// by a parenthesis that spells it out names the house in full, the way "Société des droits musicaux
// (SODM)" does with the order reversed (issue.ts useNameBeforeAcronym). The employer, current or
// previous, read as the acronym alone is that full name.
//
// "L'AFCC (Association française des cabinets de conseil)": an acronym the sentence gives an article
// is the body's own short name, used as a noun, and stays as written (the blind corpora label it so).

import { ACRONYM_LETTERLESS_WORDS } from "./lexicon/companies.ts";
import { companyKey } from "./names.ts";

const ACRONYM_THEN_PARENTHESIS = /(?<![\p{L}\p{N}'’&-])(\p{Lu}{2,8})\s*\(([^()]{4,120})\)/gu;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|le|les)\s+$/iu;

const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// "Institut supérieur d'ostéopathie" → institut, supérieur, ostéopathie (the elided article carries
// no letter); "Multi-Services" gives M and S.
function wordsOf(expansion: string): { word: string; small: boolean }[] {
  return expansion
    .trim()
    .split(/\s+/u)
    .flatMap((token) => {
      const elided = /^[dl]['’](.+)$/iu.exec(token);
      const parts = (elided ? elided[1]! : token).split("-").filter((part) => part.length > 0);
      const small = elided ? [{ word: token.slice(0, 1), small: true }] : [];
      return [
        ...small,
        ...parts.map((part) => ({ word: fold(part), small: ACRONYM_LETTERLESS_WORDS.has(fold(part)) })),
      ];
    });
}

// Whether the words spell the letters in order: each main word gives its first letter or a few
// first letters ("SOciété … Droits Musicaux"), each small word one letter or none.
function spells(words: readonly { word: string; small: boolean }[], letters: string): boolean {
  if (words.length === 0) return letters.length === 0;
  const [first, ...rest] = words;
  if (first!.small && spells(rest, letters)) return true;
  for (let take = 1; take <= Math.min(first!.word.length, letters.length); take++) {
    if (first!.word.slice(0, take) !== letters.slice(0, take)) return false;
    if (spells(rest, letters.slice(take))) return true;
  }
  return false;
}

/** The issue's acronyms spelt out in a parenthesis right after them, by acronym's key. */
export function acronymExpansions(issueText: string): Map<string, string> {
  const expansions = new Map<string, string>();
  if (!issueText.includes("(")) return expansions;
  for (const match of issueText.matchAll(ACRONYM_THEN_PARENTHESIS)) {
    const acronym = match[1]!;
    const expansion = match[2]!.trim().replace(/\s+/gu, " ");
    if (!/^\p{Lu}/u.test(expansion) || ARTICLE_BEFORE.test(issueText.slice(0, match.index))) continue;
    const words = wordsOf(expansion);
    if (words.length < 2 || words.length > 14) continue;
    if (!spells(words, fold(acronym))) continue;
    const key = companyKey(acronym);
    // one acronym spelt out two ways in the same issue: neither is sure
    const known = expansions.get(key);
    if (known !== undefined && companyKey(known) !== companyKey(expansion)) expansions.set(key, "");
    else expansions.set(key, expansion);
  }
  for (const [key, expansion] of expansions) if (!expansion) expansions.delete(key);
  return expansions;
}
