import type { Queryable } from "./types.ts";

/**
 * What the directory knows, for the parser at import (jobs/parse/gazetteer.ts): the companies of
 * published moves with their aliases, and each person with a published move and the company of
 * the latest. Only published moves count: a pending one is the parser's guess, not knowledge, and
 * what an editor publishes or corrects in review is known from the next import on.
 */
export async function readDirectoryKnowledge(db: Queryable): Promise<{
  companies: { name: string; aliases: string[] }[];
  people: { name: string; company: string }[];
}> {
  const companies = await db
    .selectFrom("companies as c")
    .leftJoin("company_aliases as a", "a.company_id", "c.id")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("moves as m")
          .select("m.id")
          .whereRef("m.company_id", "=", "c.id")
          .where("m.status", "=", "published"),
      ),
    )
    .select(["c.id", "c.name", "a.alias"])
    .orderBy("c.id")
    .execute();
  const byId = new Map<number, { name: string; aliases: string[] }>();
  for (const row of companies) {
    const entry = byId.get(row.id) ?? { name: row.name, aliases: [] };
    if (row.alias) entry.aliases.push(row.alias);
    byId.set(row.id, entry);
  }
  const people = await db
    .selectFrom("moves as m")
    .innerJoin("people as p", "p.id", "m.person_id")
    .innerJoin("companies as c", "c.id", "m.company_id")
    .where("m.status", "=", "published")
    .distinctOn("m.person_id")
    .select(["p.name as name", "c.name as company"])
    .orderBy("m.person_id")
    .orderBy("m.published_on", "desc")
    .orderBy("m.id", "desc")
    .execute();
  return { companies: [...byId.values()], people };
}
