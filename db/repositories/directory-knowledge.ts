import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/**
 * What the directory knows, for the parser at import (jobs/parse/gazetteer.ts): the companies of
 * published moves with their aliases, and each person with a published move (by key, the personKey
 * of their name that people.key stores) and the company of the latest. Only published moves count:
 * a pending one is the parser's guess, not knowledge, and what an editor publishes or corrects in
 * review is known from the next import on.
 */
export async function readDirectoryKnowledge(db: Queryable): Promise<{
  companies: { name: string; aliases: string[] }[];
  people: { key: string; company: string }[];
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
    const entry = byId.get(Number(row.id)) ?? { name: row.name, aliases: [] };
    if (row.alias) entry.aliases.push(row.alias);
    byId.set(Number(row.id), entry);
  }
  // Each person's latest published move picks only its company's id (a published move's company is
  // one of those above): sorting narrow rows, without the names, is what a million moves cost here.
  const { rows: people } = await sql<{ key: string; company_id: number }>`
    SELECT p.key, latest.company_id::int AS company_id
    FROM (
      SELECT DISTINCT ON (m.person_id) m.person_id, m.company_id
      FROM moves m
      WHERE m.status = 'published'
      ORDER BY m.person_id, m.published_on DESC, m.id DESC
    ) AS latest
    JOIN people p ON p.id = latest.person_id`.execute(db);
  return {
    companies: [...byId.values()],
    people: people.map((row) => ({ key: row.key, company: byId.get(row.company_id)!.name })),
  };
}
