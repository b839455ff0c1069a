import { allMatches } from "./all-matches.ts";
import type { CareerPhrase, Mover } from "./career.ts";
import { readCompanyAfter } from "./company-spans.ts";

// "C voit arriver X comme R1 et Y comme R2 ; la première vient de A, le second de B": after two
// movers, an ordinal pronoun ("la première", "le second", "le dernier") says whose past the clause
// tells, in the order the sentence named them, whatever a pronoun's gender would point to; the
// second clause may drop its verb ("le second de B").

const ORDINALS: Record<string, number> = {
  premier: 1,
  première: 1,
  second: 2,
  seconde: 2,
  deuxième: 2,
  troisième: 3,
  dernier: -1,
  dernière: -1,
};
// the words above, the longer first so that "première" is not read as "premier"
const ORDINAL_WORD = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join("|");
// the ordinal opens its clause: after a stop, a semicolon, a colon or a comma ("et" may follow it)
const ORDINAL_BEFORE_CUE = new RegExp(
  String.raw`(?:^|[.;:,]\s*(?:et\s+)?)(?:l[ae])\s+(${ORDINAL_WORD})\s*,?\s*$`,
  "iu",
);
// "…, le second de B", "… et la seconde, de B": the verb of the clause before it is understood
const ELIDED_ORIGIN = new RegExp(
  String.raw`[,;]\s*(?:et\s+)?(?:l[ae])\s+(${ORDINAL_WORD})\s*,?\s+(?=(?:de|du|des|d['’])(?:\s|(?<=['’])))`,
  "giu",
);
// the clause before an elided one opens on an ordinal too: "la première vient de A, le second de B"
const ORDINAL_CLAUSE_BEFORE = new RegExp(
  String.raw`(?:l[ae])\s+(?:${ORDINAL_WORD})\s*,?\s+\p{Ll}[^.;]*$`,
  "iu",
);

// the movers of the ordinal's sentence, or of the sentence before when its own names none ("X et Y
// rejoignent C. Le premier arrive de A, la seconde de B.")
function moversOfSentence(movers: Mover[], text: string, at: number): Mover[] {
  const startOf = (end: number) => text.slice(0, end).search(/[.!?]\s[^.!?]*$/u) + 1;
  const start = startOf(at);
  const own = movers.filter((m) => m.at >= start && m.at < at);
  if (own.length > 0 || start === 0) return own.sort((a, b) => a.at - b.at);
  const previous = startOf(start - 1);
  return movers.filter((m) => m.at >= previous && m.at < start).sort((a, b) => a.at - b.at);
}

// ("la première arrive de A, le second de B" after one mover read: the first is that mover, the
// second someone the readers missed)
function moverOfRank(rank: number, named: Mover[]): Mover | null {
  if (rank < 0) return named.length < 2 ? null : named.at(-1)!;
  return named[rank - 1] ?? null;
}

/** The mover an ordinal pronoun before the phrase's cue names, or undefined when there is none. */
export function ordinalOwner(phrase: CareerPhrase, movers: Mover[], text: string): Mover | null | undefined {
  if (phrase.holder) return undefined;
  const ordinal = ORDINAL_BEFORE_CUE.exec(text.slice(Math.max(0, phrase.cue.start - 40), phrase.cue.start));
  if (!ordinal) return undefined;
  return moverOfRank(ORDINALS[ordinal[1]!.toLowerCase()]!, moversOfSentence(movers, text, phrase.cue.start));
}

/** The houses left an elided ordinal clause gives ("…, le second de B"), by the mover they belong to. */
export function elidedOrdinalOrigins(movers: Mover[], text: string): Map<Mover, string[]> {
  const origins = new Map<Mover, string[]>();
  for (const match of allMatches(text, ELIDED_ORIGIN)) {
    const at = match.index + match[0].length;
    if (!ORDINAL_CLAUSE_BEFORE.test(text.slice(0, match.index))) continue;
    const house = readCompanyAfter(text, at);
    const mover = moverOfRank(
      ORDINALS[match[1]!.toLowerCase()]!,
      moversOfSentence(movers, text, match.index),
    );
    if (!house || !mover) continue;
    origins.set(mover, [...(origins.get(mover) ?? []), house.text]);
  }
  return origins;
}
