import type { Queryable } from "./types.ts";

/** The keys among `personKeys` that a removal request forbids us to store. */
export async function suppressedKeys(db: Queryable, personKeys: string[]): Promise<Set<string>> {
  if (personKeys.length === 0) return new Set();
  const rows = await db
    .selectFrom("suppressions")
    .select("person_key")
    .where("person_key", "in", personKeys)
    .execute();
  return new Set(rows.map((r) => r.person_key));
}
