// Houses of one group, as the paragraph says it: "Crampéo, filiale du groupe Sportelya", "Minérax,
// la filiale française du groupe Steenbergh", "la filiale belge de Voltacar", "le groupe Norbel a
// confié la présidence de sa filiale Abritec". A person moving between a subsidiary and its parent
// (or two subsidiaries of one parent) stays in the group: the move is a promotion, and the house left
// is no employer left (the labels' convention: real87 "a subsidiary's head moving to the parent group
// is promoted"). Names are compared by their key; "le groupe Sportelya" and "Sportelya" are one.

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter, readCompanyBefore } from "./company-spans.ts";
import { companyKey } from "./names.ts";

// "C, (la) filiale [française|belge|après-vente] du groupe [de presse] G", "C, filiale de G",
// "C, filiale d'Opaline Médias": the lower-case run after "filiale" names the parent with a
// preposition somewhere in it
const SUBSIDIARY_OF = /,\s*(?:la\s+|une\s+)?filiales?((?:\s+[\p{Ll}'’-]+){1,6}?)\s*(?=\p{Lu})/gu;
const OF = /(?:^|\s)(?:de|du|d['’])(?:\s|$)|\sd['’]$/u;

export interface GroupPair {
  subsidiary: string;
  parent: string;
}

const withoutGroupWord = (name: string) => name.replace(/^(?:le\s+)?groupe\s+/iu, "");

/** Every subsidiary-parent pair the text names. */
export function groupPairs(text: string): GroupPair[] {
  if (!/filiale/u.test(text)) return [];
  const pairs: GroupPair[] = [];
  for (const match of allMatches(text, SUBSIDIARY_OF)) {
    if (!OF.test(match[1]!)) continue;
    const subsidiary = readCompanyBefore(text, match.index);
    const parent = readCompanyAfter(text, match.index + match[0].length);
    if (subsidiary && parent)
      pairs.push({ subsidiary: subsidiary.text, parent: withoutGroupWord(parent.text) });
  }
  return pairs;
}

/** Whether `a` and `b` are one group's houses by the pairs the text names (parent, subsidiary, sisters). */
export function inOneGroup(a: string, b: string, pairs: GroupPair[]): boolean {
  const [ka, kb] = [companyKey(withoutGroupWord(a)), companyKey(withoutGroupWord(b))];
  if (ka === kb) return true;
  const parentOf = (key: string) =>
    pairs.filter((pair) => companyKey(pair.subsidiary) === key).map((pair) => companyKey(pair.parent));
  const [pa, pb] = [parentOf(ka), parentOf(kb)];
  return pa.includes(kb) || pb.includes(ka) || pa.some((parent) => pb.includes(parent));
}
