import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/**
 * Watch lists (migration 0015): matching a file's names against the directory in a few set-based
 * queries whatever its length, the drafts a preview waits in, and adding follows in bulk.
 */

export interface CompanyRef {
  name: string;
  key: string;
  slug: string;
}

/**
 * For each key: the companies it names exactly, through their own key or an alias's, and, when
 * none does, up to five whose key starts with it as whole words ("alstom" → "alstom transport").
 */
export async function companyCandidates(
  db: Queryable,
  keys: string[],
): Promise<Map<string, { exact: CompanyRef[]; near: CompanyRef[] }>> {
  const result = new Map(keys.map((k) => [k, { exact: [] as CompanyRef[], near: [] as CompanyRef[] }]));
  if (keys.length === 0) return result;
  const { rows: exact } = await sql<CompanyRef & { typed: string }>`
    SELECT DISTINCT t.typed, c.name, c.key, c.slug
    FROM unnest(${keys}::text[]) AS t(typed)
    JOIN (SELECT key, id FROM companies UNION ALL SELECT key, company_id FROM company_aliases) k ON k.key = t.typed
    JOIN companies c ON c.id = k.id`.execute(db);
  for (const r of exact) result.get(r.typed)?.exact.push({ name: r.name, key: r.key, slug: r.slug });
  const unmatched = keys.filter((k) => result.get(k)!.exact.length === 0);
  if (unmatched.length > 0) {
    // Keys hold only [a-z0-9 ], so "key " .. "key!" is exactly the keys starting with the key's
    // words; ~>=~ and ~<~ are the operators companies_key_prefix_idx (text_pattern_ops) serves.
    const { rows: near } = await sql<CompanyRef & { typed: string }>`
      SELECT t.typed, c.name, c.key, c.slug
      FROM unnest(${unmatched}::text[]) AS t(typed)
      CROSS JOIN LATERAL (
        SELECT name, key, slug FROM companies
        WHERE key ~>=~ (t.typed || ' ') AND key ~<~ (t.typed || '!')
        ORDER BY key LIMIT 5) c`.execute(db);
    for (const r of near) result.get(r.typed)?.near.push({ name: r.name, key: r.key, slug: r.slug });
  }
  return result;
}

export interface PersonRef {
  id: number;
  name: string;
  slug: string;
  key: string;
  /** Their latest published post, to tell homonyms apart. */
  role: string;
  companyName: string;
  companyKey: string;
}

/** Published people by name key or by address, each with their latest published post. */
export async function peopleCandidates(
  db: Queryable,
  refs: { keys: string[]; slugs: string[] },
): Promise<PersonRef[]> {
  if (refs.keys.length === 0 && refs.slugs.length === 0) return [];
  const { rows } = await sql<PersonRef>`
    SELECT p.id, p.name, p.slug, p.key, m.role, m.company_name AS "companyName", m.company_key AS "companyKey"
    FROM people p
    CROSS JOIN LATERAL (
      SELECT mv.role, c.name AS company_name, c.key AS company_key
      FROM moves mv JOIN companies c ON c.id = mv.company_id
      WHERE mv.person_id = p.id AND mv.status = 'published'
      ORDER BY mv.published_on DESC, mv.id DESC LIMIT 1) m
    WHERE p.key = ANY(${refs.keys}::text[]) OR p.slug = ANY(${refs.slugs}::text[])
    ORDER BY p.name, p.id`.execute(db);
  return rows;
}

export async function createUpload(
  db: Queryable,
  upload: { subscriberId: number; fileName: string; mode: "add" | "replace"; items: unknown },
): Promise<number> {
  const row = await db
    .insertInto("watch_list_uploads")
    .values({
      subscriber_id: upload.subscriberId,
      file_name: upload.fileName,
      mode: upload.mode,
      items: JSON.stringify(upload.items),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findUpload(db: Queryable, subscriberId: number, id: number) {
  return db
    .selectFrom("watch_list_uploads")
    .select(["id", "file_name", "mode", "items", "created_at"])
    .where("id", "=", id)
    .where("subscriber_id", "=", subscriberId)
    .executeTakeFirst();
}

/** Takes the draft out (so a preview confirmed twice, or in two tabs, applies once). */
export async function takeUpload(db: Queryable, subscriberId: number, id: number) {
  return db
    .deleteFrom("watch_list_uploads")
    .where("id", "=", id)
    .where("subscriber_id", "=", subscriberId)
    .returning(["id", "file_name", "mode", "items"])
    .executeTakeFirst();
}

/** Drafts nobody confirmed, older than `before` (a preview left open in a tab keeps a while). */
export async function deleteStaleUploads(db: Queryable, before: Date) {
  await db.deleteFrom("watch_list_uploads").where("created_at", "<", before).execute();
}

/** Adds company follows by key; returns how many were not followed yet. */
export async function addCompanyFollows(
  db: Queryable,
  subscriberId: number,
  follows: { name: string; key: string }[],
): Promise<number> {
  if (follows.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    WITH added AS (
      INSERT INTO follows (subscriber_id, company_name, company_key)
      SELECT ${subscriberId}, name, key FROM unnest(${follows.map((f) => f.name)}::text[], ${follows.map((f) => f.key)}::text[]) AS t(name, key)
      ON CONFLICT (subscriber_id, company_key) DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM added`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Adds person follows; a person merged or removed since the preview is skipped, not an error. */
export async function addPersonFollows(
  db: Queryable,
  subscriberId: number,
  personIds: number[],
): Promise<number> {
  if (personIds.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    WITH added AS (
      INSERT INTO person_follows (subscriber_id, person_id)
      SELECT ${subscriberId}, id FROM people WHERE id = ANY(${personIds}::bigint[])
      ON CONFLICT (subscriber_id, person_id) DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM added`.execute(db);
  return rows[0]?.n ?? 0;
}

/** 'replace' mode: drops the company and person follows the file does not list. */
export async function keepOnlyFollows(
  db: Queryable,
  subscriberId: number,
  keep: { companyKeys: string[]; personIds: number[] },
): Promise<number> {
  const companies = await sql`
    DELETE FROM follows WHERE subscriber_id = ${subscriberId} AND NOT (company_key = ANY(${keep.companyKeys}::text[]))`.execute(
    db,
  );
  const people = await sql`
    DELETE FROM person_follows WHERE subscriber_id = ${subscriberId} AND NOT (person_id = ANY(${keep.personIds}::bigint[]))`.execute(
    db,
  );
  return Number(companies.numAffectedRows ?? 0n) + Number(people.numAffectedRows ?? 0n);
}
