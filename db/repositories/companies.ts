import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Company } from "../schema.ts";
import type { Queryable } from "./types.ts";

export interface CompanyName {
  name: string;
  key: string;
  slug: string;
}

/**
 * Finds or creates one company per key, matching existing companies by their key or an alias's
 * key. Set-based: one lookup, one multi-row insert. Returns key → company id (and the ids created).
 */
export async function resolveOrCreate(
  db: Queryable,
  names: CompanyName[],
): Promise<{ ids: Map<string, number>; created: number[] }> {
  const ids = new Map<string, number>();
  const created: number[] = [];
  const wanted = new Map(names.filter((n) => n.key).map((n) => [n.key, n]));
  if (wanted.size === 0) return { ids, created };

  await lookUp(db, [...wanted.keys()], ids);
  const missing = [...wanted.values()]
    .filter((n) => !ids.has(n.key))
    .sort((a, b) => a.key.localeCompare(b.key));
  if (missing.length > 0) {
    const slugs = await freeSlugs(db, "companies", missing);
    const inserted = await db
      .insertInto("companies")
      .values(missing.map((n) => ({ name: n.name, key: n.key, slug: slugs.get(n.key)! })))
      .onConflict((oc) => oc.column("key").doNothing())
      .returning(["id", "key"])
      .execute();
    for (const row of inserted) {
      ids.set(row.key, row.id);
      created.push(row.id);
    }
    // Another import may have created some of them meanwhile.
    const stillMissing = missing.filter((n) => !ids.has(n.key)).map((n) => n.key);
    if (stillMissing.length > 0) await lookUp(db, stillMissing, ids);
  }
  return { ids, created };
}

async function lookUp(db: Queryable, keys: string[], into: Map<string, number>) {
  const rows = await db
    .selectFrom("companies")
    .select(["id", "key"])
    .where("key", "in", keys)
    .unionAll(db.selectFrom("company_aliases").select(["company_id as id", "key"]).where("key", "in", keys))
    .execute();
  for (const row of rows) if (!into.has(row.key)) into.set(row.key, row.id);
}

/**
 * Slugs come from names; two different keys can still give one slug ("L'Oréal" and "LOréal"),
 * so a taken slug gets a short, stable suffix from the key.
 */
export async function freeSlugs(
  db: Queryable,
  table: "companies" | "people",
  names: { key: string; slug: string }[],
): Promise<Map<string, string>> {
  const candidates = [...new Set(names.map((n) => n.slug))];
  const taken = new Set(
    (await db.selectFrom(table).select("slug").where("slug", "in", candidates).execute()).map((r) => r.slug),
  );
  const result = new Map<string, string>();
  for (const n of names) {
    let slug = n.slug || "sans-nom";
    if (taken.has(slug)) slug = `${slug}-${createHash("sha1").update(n.key).digest("hex").slice(0, 6)}`;
    taken.add(slug);
    result.set(n.key, slug);
  }
  return result;
}

/**
 * Proposes existing companies whose key looks like a new one's (trigram similarity) for review.
 * Nothing is merged here: an editor accepts (merge or alias) or dismisses each proposal.
 */
export async function proposeNearDuplicates(
  db: Queryable,
  newIds: number[],
  threshold = 0.55,
): Promise<void> {
  if (newIds.length === 0) return;
  await sql`
    INSERT INTO duplicate_proposals (entity, first_id, second_id, similarity)
    SELECT 'company', LEAST(n.id, c.id), GREATEST(n.id, c.id), similarity(n.key, c.key)
    FROM companies n
    JOIN companies c ON c.key % n.key AND c.id <> n.id
    WHERE n.id = ANY(${newIds}::bigint[]) AND similarity(n.key, c.key) >= ${threshold}
    ON CONFLICT DO NOTHING`.execute(db);
}

export async function findBySlug(db: Queryable, slug: string): Promise<Company | undefined> {
  return db.selectFrom("companies").selectAll().where("slug", "=", slug).executeTakeFirst();
}
