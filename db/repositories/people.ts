import { sql } from "kysely";
import { freeSlugs } from "./companies.ts";
import type { Queryable } from "./types.ts";

export interface PersonCandidate {
  name: string;
  key: string;
  slug: string;
  /** Company ids of this move: the company joined and the previous employers. */
  companyIds: number[];
}

export interface ResolvedPerson {
  id: number;
  /** True when an existing person was reused on the name alone, with no employer in common. */
  nameOnly: boolean;
}

/**
 * Attaches a move to an existing person with the same normalized name, preferring one whose
 * history shares a company with this move (homonyms exist); creates the person otherwise.
 */
export async function resolveOrCreate(
  db: Queryable,
  people: PersonCandidate[],
): Promise<Map<string, ResolvedPerson>> {
  const result = new Map<string, ResolvedPerson>();
  const byKey = new Map(people.map((p) => [p.key, p]));
  if (byKey.size === 0) return result;
  const keys = [...byKey.keys()];

  const existing = await db
    .selectFrom("people")
    .leftJoin("moves", "moves.person_id", "people.id")
    .leftJoin("move_previous_companies as mpc", "mpc.move_id", "moves.id")
    .select([
      "people.id",
      "people.key",
      sql<
        number[]
      >`array_remove(array_agg(DISTINCT moves.company_id) || array_agg(DISTINCT mpc.company_id), NULL)`.as(
        "company_ids",
      ),
    ])
    .where("people.key", "in", keys)
    .groupBy(["people.id", "people.key"])
    .orderBy("people.id")
    .execute();

  for (const candidate of byKey.values()) {
    const same = existing.filter((e) => e.key === candidate.key);
    const shared = same.find((e) => e.company_ids.some((id) => candidate.companyIds.includes(Number(id))));
    if (shared) result.set(candidate.key, { id: shared.id, nameOnly: false });
    else if (same.length === 1) result.set(candidate.key, { id: same[0]!.id, nameOnly: true });
  }

  const missing = [...byKey.values()].filter((p) => !result.has(p.key));
  if (missing.length > 0) {
    const slugs = await freeSlugs(db, "people", missing);
    const inserted = await db
      .insertInto("people")
      .values(missing.map((p) => ({ name: p.name, key: p.key, slug: slugs.get(p.key)! })))
      .returning(["id", "key"])
      .execute();
    for (const row of inserted) result.set(row.key, { id: row.id, nameOnly: false });
  }
  return result;
}
