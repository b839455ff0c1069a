import type { Shaped } from "./http-load.ts";
import { companyName, personName } from "./search-data.ts";

/**
 * The query mix of bench:search: the four shapes of the plain-SQL reference
 * (/work/shared/bench/naive-search: fts.sql, typo.sql, company.sql, latest.sql) at its weights
 * 3:2:3:2, over the directory generateDirectory() builds, each asking for 20 moves as the
 * reference's statements do.
 */
export const SHAPE_WEIGHTS = { fts: 3, typo: 2, company: 3, latest: 2 } as const;
export type Shape = keyof typeof SHAPE_WEIGHTS;

const ROLE_WORDS = [
  "directrice financière",
  "head of data",
  "DRH",
  "directeur commercial",
  "responsable des achats",
];

/** A one-letter slip inside a word (a letter dropped or two swapped), never on its first two letters. */
export function typo(word: string, i: number): string {
  const at = 2 + (i % Math.max(1, word.length - 3));
  return i % 2
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/**
 * `count` searches from the `from`-th on. The typo'd names and the companies differ from one search
 * to the next (the multipliers are prime to the table sizes, so no value comes back before the
 * table's size), as the reference draws them at random; the role words and the latest moves are the
 * same few searches again, as the reference's fts.sql and latest.sql are.
 */
export function searchMix(
  size: { people: number; companies: number },
  count = 400,
  from = 0,
): { shape: Shape; query: Record<string, string> }[] {
  const cycle: Shape[] = [];
  for (const [shape, weight] of Object.entries(SHAPE_WEIGHTS))
    for (let w = 0; w < weight; w++) cycle.push(shape as Shape);
  const mix: { shape: Shape; query: Record<string, string> }[] = [];
  for (let i = from; i < from + count; i++) {
    const shape = cycle[i % cycle.length]!;
    const n = Math.floor(i / cycle.length);
    if (shape === "fts")
      mix.push({ shape, query: { q: ROLE_WORDS[(i + n) % ROLE_WORDS.length]!, limit: "20" } });
    else if (shape === "typo") {
      const [first, surname] = personName((i * 7907) % size.people).split(" ") as [string, string];
      mix.push({ shape, query: { q: `${first} ${typo(surname, i)}`, limit: "20" } });
    } else if (shape === "company")
      mix.push({ shape, query: { company: companyName((i * 104_723) % size.companies), limit: "20" } });
    else mix.push({ shape, query: { limit: "20" } });
  }
  return mix;
}

export function searchRequests(
  base: string,
  size: { people: number; companies: number },
  count = 400,
  from = 0,
): Shaped[] {
  return searchMix(size, count, from).map(({ shape, query }) => ({
    shape,
    path: `${base}?${new URLSearchParams(query).toString()}`,
  }));
}
