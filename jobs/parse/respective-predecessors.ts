// "a élu A à sa présidence et B au poste de trésorier, respectivement en remplacement de Y et de Z":
// the ones replaced, listed after "respectivement", pair with the movers of the paragraph in the order
// the paragraph names them. Each mover's own reading finds only the first of them (career.ts
// findPredecessor), and the second mover may be read by another reader than the first, so the pairing
// is done on the paragraph's records, once they are all read.

import { findPersonMentions } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import type { NotedMove } from "./notes.ts";

const RESPECTIVE_SUCCESSION =
  /(?<![\p{L}])respectivement\s+(?:en remplacement|à la place|succédant|remplaçant|replacing|succeeding)(?:\s+(?:de|du|à|au)(?=\s)|\s+d['’])?\s*([^.;]+)/iu;

/** The paragraph's records, each paragraph once, in the order the records come. */
function recordsByParagraph(moves: NotedMove[]): Map<string, NotedMove[]> {
  const byParagraph = new Map<string, NotedMove[]>();
  for (const move of moves) {
    const records = byParagraph.get(move.paragraph);
    if (records) records.push(move);
    else byParagraph.set(move.paragraph, [move]);
  }
  return byParagraph;
}

/** Gives each record of one paragraph its own predecessor when the paragraph lists them "respectivement". */
export function pairRespectivePredecessors(moves: NotedMove[]): void {
  for (const [paragraph, records] of recordsByParagraph(moves)) {
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

// "deux directeurs de projets, A et B, respectivement ex-Atelier Cordouan et ex-Studio Nérée", "A et
// B, venus respectivement de C1 et de C2": the houses left, listed after "respectivement", pair with
// the movers the sentence names before the list, in that order. The careers grammar gives every house
// of the list to the mover named last (the nearest holder); each gets back their own.
const RESPECTIVE_PASTS =
  /(?<![\p{L}])(?:(?:venue?s?|issue?s?|arrivée?s?)\s+)?respectivement\s+(?=(?:ex-|d(?:e\s+|u\s+|es\s+|['’])|de\s+chez\s+|de\s+la\s+|passée?s?\s+par\s+|ancien(?:ne)?s?\s+d))([^.;:]+)/iu;
const PAST_OPENING =
  /^(?:passée?s?\s+par\s+|ancien(?:ne)?s?\s+(?:\p{Ll}+\s+)?(?:de\s+|d['’]|du\s+|chez\s+)|ex-|de\s+chez\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])\s*/iu;

/** Gives each mover of a sentence listing the houses they left "respectivement" their own house. */
export function pairRespectivePastEmployers(moves: NotedMove[]): void {
  for (const [paragraph, records] of recordsByParagraph(moves)) {
    const told = RESPECTIVE_PASTS.exec(paragraph);
    if (!told || records.length < 2) continue;
    // the list ends before a comma that opens something else ("…, comme chefs d'atelier")
    const list = told[1]!.split(/,\s*(?!et\s|ex-|\p{Lu}|d(?:e|u|es)\s|d['’])/u)[0]!;
    const items = list
      .split(/\s*,\s*(?:et\s+)?|\s+et\s+/u)
      .map((item) => item.replace(PAST_OPENING, "").trim());
    // each item is a house's name, capitalised, and nothing after it ("ex-C1 et ex-C2, arrivent …")
    if (items.length < 2 || items.some((item) => !/^\p{Lu}/u.test(item) || item.split(/\s+/u).length > 5))
      continue;
    const sentenceStart = paragraph.slice(0, told.index).search(/[^.;!?]*$/u);
    const mentions = findPersonMentions(paragraph);
    const named = records
      .map((move) => ({
        move,
        at: mentions.find(
          (m) =>
            m.start >= sentenceStart && m.start < told.index && personKey(m.name) === personKey(move.person),
        )?.start,
      }))
      .filter((entry): entry is { move: NotedMove; at: number } => entry.at !== undefined)
      .sort((a, b) => a.at - b.at);
    if (named.length !== items.length) continue;
    const keys = items.map(companyKey);
    named.forEach(({ move }, i) => {
      const others = new Set(keys.filter((_, j) => j !== i));
      const own = move.previous_companies.filter((name) => !others.has(companyKey(name)));
      if (!own.some((name) => companyKey(name) === keys[i])) own.unshift(items[i]!);
      move.previous_companies = own;
      // a house left elsewhere: the move is an arrival (kind.ts reads so a past employer)
      if (move.kind === "appointed" && companyKey(items[i]!) !== companyKey(move.company))
        move.kind = "joined";
    });
  }
}
