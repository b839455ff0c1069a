// "A, ex-C, et B, venu de D, rejoignent E, la première comme directrice logistique, le second comme
// responsable du trading": coordinated movers share one reading of the verb, and the posts come
// after it one per person, in their order, each opened by "le premier" / "la première", "le second"
// / "la seconde" / "le deuxième". Each mover gets their own; the reading is new, held for review.

import { type ClauseMove, moversNamedBefore } from "./clause-move.ts";
import { NOTES, note } from "./notes.ts";
import { readRole } from "./role-phrase.ts";

const INTRODUCER = String.raw`\s+(?:comme|en tant que|en qualité de|au poste de|au poste d['’]|à la fonction de)?\s*`;
const FIRST = new RegExp(String.raw`,\s*(?:le premier|la première)${INTRODUCER}`, "iu");
const NEXT = new RegExp(
  String.raw`^\s*(?:,|;)?\s*(?:et\s+)?(?:le second|la seconde|le deuxième|la deuxième|le troisième|la troisième)${INTRODUCER}`,
  "iu",
);

export function splitOrdinalPosts(sentence: string, moves: ClauseMove[]): void {
  const first = FIRST.exec(sentence);
  if (!first) return;
  const movers = moversNamedBefore(moves, first.index);
  if (movers.length < 2) return;
  const posts: string[] = [];
  let at = first.index + first[0].length;
  for (;;) {
    const post = readRole(sentence, at);
    if (!post) return;
    posts.push(post.role);
    const next = NEXT.exec(sentence.slice(post.end));
    if (!next) break;
    at = post.end + next[0].length;
  }
  if (posts.length !== movers.length) return;
  for (const [i, move] of movers.entries()) {
    move.role = posts[i]!;
    move.notes.push(note(NOTES.newShape));
  }
}
