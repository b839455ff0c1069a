// "Sophie AUBERT, jusqu'ici directrice financière de Studio Brisant, est nommée au même poste
// chez Pixelia": "au même poste" names no title of its own; the title is the one the apposition
// after the name gives, and the employer that apposition names is one the person leaves.

import { looksLikeTitle } from "./clause-slots.ts";
import { readRole } from "./role-phrase.ts";

export const SAME_POST = /^(?:au|à un|le) même poste|^(?:aux|les) mêmes fonctions/iu;

const APPOSITION_OPENER =
  /^\s*,\s*(?:(?:jusqu'ici|jusqu'alors|jusqu'à présent|auparavant|précédemment|actuellement|ancienn?e?|ex-)\s*)?/iu;

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
