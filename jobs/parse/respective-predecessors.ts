// "a élu A à sa présidence et B au poste de trésorier, respectivement en remplacement de Y et de Z":
// the ones replaced, listed after "respectivement", pair with the movers of the paragraph in the order
// the paragraph names them. Each mover's own reading finds only the first of them (career.ts
// findPredecessor), and the second mover may be read by another reader than the first, so the pairing
// is done on the paragraph's records, once they are all read.

import { findPersonMentions } from "./mentions.ts";
import { personKey } from "./names.ts";
import type { NotedMove } from "./notes.ts";

const RESPECTIVE_SUCCESSION =
  /(?<![\p{L}])respectivement\s+(?:en remplacement|à la place|succédant|remplaçant|replacing|succeeding)(?:\s+(?:de|du|à|au)(?=\s)|\s+d['’])?\s*([^.;]+)/iu;

/** Gives each record of one paragraph its own predecessor when the paragraph lists them "respectivement". */
export function pairRespectivePredecessors(moves: NotedMove[]): void {
  const byParagraph = new Map<string, NotedMove[]>();
  for (const move of moves)
    byParagraph.set(move.paragraph, [...(byParagraph.get(move.paragraph) ?? []), move]);
  for (const [paragraph, records] of byParagraph) {
    const told = RESPECTIVE_SUCCESSION.exec(paragraph);
    if (!told || records.length < 2) continue;
    const end = told.index + told[0].length;
    const mentions = findPersonMentions(paragraph);
    const replaced = mentions.filter((m) => m.start >= end - told[1]!.length && m.end <= end);
    // the movers in the order the paragraph names them, before the list
    const named = records
      .map((move) => ({
        move,
        at: mentions.find((m) => m.start < told.index && personKey(m.name) === personKey(move.person))?.start,
      }))
      .filter((entry): entry is { move: NotedMove; at: number } => entry.at !== undefined)
      .sort((a, b) => a.at - b.at);
    if (replaced.length < 2 || replaced.length !== named.length || named.length !== records.length) continue;
    named.forEach(({ move }, i) => {
      move.predecessor = replaced[i]!.name;
    });
  }
}
