import { sql } from "kysely";
import type { Company, Person } from "../schema.ts";
import { escapeLike } from "./audit.ts";
import type { Queryable } from "./types.ts";

/** People and companies as curators see them: lookups, renames, aliases and slug redirects. */

export type Entity = "person" | "company";
const TABLE = { person: "people", company: "companies" } as const;

export async function findPerson(db: Queryable, id: number): Promise<Person | undefined> {
  return db.selectFrom("people").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findCompany(db: Queryable, id: number): Promise<Company | undefined> {
  return db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findBySlug(db: Queryable, entity: Entity, slug: string) {
  return db.selectFrom(TABLE[entity]).selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** Name search for the admin lists, with each record's move count. */
export async function search(db: Queryable, entity: Entity, q: string, limit = 100) {
  const column = sql.ref(entity === "person" ? "m.person_id" : "m.company_id");
  const { rows } = await sql<{ id: number; name: string; slug: string; moves_count: number }>`
    SELECT e.id, e.name, e.slug, (SELECT count(*) FROM moves m WHERE ${column} = e.id)::int AS moves_count
    FROM ${sql.table(TABLE[entity])} e
    WHERE ${q} = '' OR e.name ILIKE ${`%${escapeLike(q)}%`} OR e.key LIKE ${`%${escapeLike(q.toLowerCase())}%`}
    ORDER BY e.name
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function rename(
  db: Queryable,
  entity: Entity,
  id: number,
  values: { name: string; key: string; slug: string },
): Promise<void> {
  await db
    .updateTable(TABLE[entity])
    .set({ ...values, updated_at: sql`now()` })
    .where("id", "=", id)
    .execute();
}

export async function slugOwner(db: Queryable, entity: Entity, slug: string): Promise<number | undefined> {
  const row = await db.selectFrom(TABLE[entity]).select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id;
}

/** The company a normalized name already designates, through its key or one of its aliases. */
export async function companyKeyOwner(db: Queryable, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("companies")
    .select("id")
    .where("key", "=", key)
    .unionAll(db.selectFrom("company_aliases").select("company_id as id").where("key", "=", key))
    .executeTakeFirst();
  return row?.id;
}

/** Every company a normalized name designates, and whether as its name or as one of its aliases. */
export async function companiesNamedBy(
  db: Queryable,
  key: string,
): Promise<{ id: number; name: string; via: "name" | "alias" }[]> {
  const byName = await db.selectFrom("companies").select(["id", "name"]).where("key", "=", key).execute();
  const byAlias = await db
    .selectFrom("company_aliases as a")
    .innerJoin("companies as c", "c.id", "a.company_id")
    .select(["c.id", "c.name"])
    .where("a.key", "=", key)
    .execute();
  return [
    ...byName.map((c) => ({ ...c, via: "name" as const })),
    ...byAlias.map((c) => ({ ...c, via: "alias" as const })),
  ];
}

/**
 * The old slug keeps answering (301) with the record's new address. A redirect from the new slug
 * is dropped: the slug now names a live record again.
 */
export async function addSlugRedirect(db: Queryable, entity: Entity, oldSlug: string, targetId: number) {
  await db
    .insertInto("slug_redirects")
    .values({ entity, old_slug: oldSlug, target_id: targetId })
    .onConflict((oc) => oc.columns(["entity", "old_slug"]).doUpdateSet({ target_id: targetId }))
    .execute();
}

export async function dropRedirectFrom(db: Queryable, entity: Entity, slug: string) {
  await db.deleteFrom("slug_redirects").where("entity", "=", entity).where("old_slug", "=", slug).execute();
}

export async function redirectsTo(db: Queryable, entity: Entity, targetId: number) {
  return db
    .selectFrom("slug_redirects")
    .select(["old_slug", "created_at"])
    .where("entity", "=", entity)
    .where("target_id", "=", targetId)
    .orderBy("created_at", "desc")
    .execute();
}

export async function listAliases(db: Queryable, companyId: number) {
  return db
    .selectFrom("company_aliases")
    .select(["id", "alias", "key"])
    .where("company_id", "=", companyId)
    .orderBy("alias")
    .execute();
}

/** Adds or moves an alias to this company (its key is unique across all aliases). */
export async function upsertAlias(db: Queryable, companyId: number, alias: string, key: string) {
  await db
    .insertInto("company_aliases")
    .values({ company_id: companyId, alias, key })
    .onConflict((oc) => oc.column("key").doUpdateSet({ company_id: companyId, alias }))
    .execute();
}

export async function deleteAlias(db: Queryable, companyId: number, aliasId: number) {
  return db
    .deleteFrom("company_aliases")
    .where("id", "=", aliasId)
    .where("company_id", "=", companyId)
    .returning(["alias", "key"])
    .executeTakeFirst();
}
