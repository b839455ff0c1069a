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

export function searchMix(
  size: { people: number; companies: number },
  count = 400,
): { shape: Shape; query: Record<string, string> }[] {
  const cycle: Shape[] = [];
  for (const [shape, weight] of Object.entries(SHAPE_WEIGHTS))
    for (let w = 0; w < weight; w++) cycle.push(shape as Shape);
  const mix: { shape: Shape; query: Record<string, string> }[] = [];
  for (let i = 0; i < count; i++) {
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

export function searchRequests(base: string, size: { people: number; companies: number }): Shaped[] {
  return searchMix(size).map(({ shape, query }) => ({
    shape,
    path: `${base}?${new URLSearchParams(query).toString()}`,
  }));
}
