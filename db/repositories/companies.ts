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
  /** Keys already looked up by the caller (key → id): the lookup is then skipped. */
  known?: Map<string, number>,
): Promise<{ ids: Map<string, number>; created: number[] }> {
  const ids = new Map<string, number>();
  const created: number[] = [];
  const wanted = new Map(names.filter((n) => n.key).map((n) => [n.key, n]));
  if (wanted.size === 0) return { ids, created };

  if (known) {
    for (const key of wanted.keys()) if (known.has(key)) ids.set(key, known.get(key)!);
  } else {
    await lookUp(db, [...wanted.keys()], ids);
  }
  const missing = [...wanted.values()].filter((n) => !ids.has(n.key));
  if (missing.length > 0) {
    const inserted = await insertWithFreeSlugs(db, "companies", missing);
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
 * Inserts rows under their name's slug; the few whose slug is taken (two names can give one slug:
 * "L'Oréal" and "LOréal", or homonyms) are inserted again with the first free "-2", "-3"… suffix.
 * The common case costs one statement. A key taken meanwhile (companies.key is unique) is left
 * out: the caller looks it up.
 */
export async function insertWithFreeSlugs(
  db: Queryable,
  table: "companies" | "people",
  rows: { name: string; key: string; slug: string }[],
): Promise<{ id: number; key: string; slug: string }[]> {
  // Sorted, so that concurrent imports take the unique-index locks in one order (no deadlock).
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const firstTry = new Map<string, (typeof rows)[number]>();
  const clashing: (typeof rows)[number][] = [];
  for (const row of sorted) {
    const slug = row.slug || "sans-nom";
    if (firstTry.has(slug)) clashing.push(row);
    else firstTry.set(slug, { ...row, slug });
  }
  const first = [...firstTry.values()];
  // New companies wait in near_duplicate_queue for the pass after the import (proposeForQueued),
  // queued by the statement that creates them: no round trip of their own.
  const queued =
    table === "companies"
      ? sql`, queued AS (INSERT INTO near_duplicate_queue (company_id) SELECT id FROM inserted)`
      : sql``;
  const inserted = first.length
    ? (
        await sql<{ id: number; key: string; slug: string }>`/* prepared: ${sql.raw(`insert_${table}`)} */
          WITH inserted AS (
            INSERT INTO ${sql.table(table)} (name, key, slug)
            SELECT * FROM unnest(${first.map((r) => r.name)}::text[], ${first.map((r) => r.key)}::text[],
              ${first.map((r) => r.slug)}::text[])
            ON CONFLICT DO NOTHING
            RETURNING id, key, slug)${queued}
          SELECT id, key, slug FROM inserted`.execute(db)
      ).rows
    : [];
  const done = new Set(inserted.map((r) => r.slug));
  clashing.push(...[...firstTry.values()].filter((r) => !done.has(r.slug)));
  for (const row of clashing) {
    if (
      table === "companies" &&
      (await db.selectFrom("companies").select("id").where("key", "=", row.key).executeTakeFirst())
    ) {
      continue;
    }
    const slug = await nextFreeSlug(db, table, row.slug || "sans-nom");
    const again = await db
      .insertInto(table)
      .values({ name: row.name, key: row.key, slug })
      .onConflict((oc) => oc.doNothing())
      .returning(["id", "key", "slug"])
      .executeTakeFirst();
    if (again) {
      inserted.push(again);
      if (table === "companies") await queueForNearDuplicates(db, [again.id]);
    }
  }
  return inserted;
}

/** Companies to compare with the others at the next near-duplicate pass (proposeForQueued). */
export async function queueForNearDuplicates(db: Queryable, companyIds: number[]): Promise<void> {
  if (companyIds.length === 0) return;
  await sql`INSERT INTO near_duplicate_queue (company_id) SELECT unnest(${companyIds}::bigint[])`.execute(db);
}

async function nextFreeSlug(db: Queryable, table: "companies" | "people", base: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .selectFrom(table)
        .select("slug")
        .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** How alike two company keys must be (pg_trgm similarity) to be proposed as duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.55;

/**
 * The near-duplicate pass over a slice of the queue (at most `limit` companies), in the caller's
 * transaction: each queued company paired with every other whose key looks like its own (trigram
 * similarity ≥ threshold), proposed for review, and the slice taken off the queue; one statement.
 * Nothing is merged here: an editor accepts (merge or alias) or dismisses each proposal. A pair
 * proposed already, or decided, is left as it is (the proposals' unique key), so running the pass
 * again over the same companies changes nothing. SKIP LOCKED: two passes at once share the queue.
 */
export async function proposeForQueued(
  trx: Queryable,
  limit: number,
  threshold = NEAR_DUPLICATE_SIMILARITY,
): Promise<{ compared: number; proposed: number }> {
  // `%` then lets the trigram index apply the threshold (pg_trgm's default is 0.3), which spares it
  // most candidates; LOCAL, so the caller must hold a transaction.
  await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(trx);
  const { rows } = await sql<{ compared: number; proposed: number }>`
    WITH queued AS (
      DELETE FROM near_duplicate_queue
      WHERE ctid = ANY(ARRAY(SELECT ctid FROM near_duplicate_queue LIMIT ${limit} FOR UPDATE SKIP LOCKED))
      RETURNING company_id
    ), proposed AS (
      INSERT INTO duplicate_proposals (entity, first_id, second_id, similarity)
      SELECT 'company', LEAST(n.id, c.id), GREATEST(n.id, c.id), similarity(n.key, c.key)
      FROM companies n
      JOIN companies c ON c.key % n.key AND c.id <> n.id
      WHERE n.id IN (SELECT company_id FROM queued) AND similarity(n.key, c.key) >= ${threshold}
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM queued)::int AS compared, (SELECT count(*) FROM proposed)::int AS proposed`.execute(
    trx,
  );
  return rows[0]!;
}

export async function findBySlug(db: Queryable, slug: string): Promise<Company | undefined> {
  return db.selectFrom("companies").selectAll().where("slug", "=", slug).executeTakeFirst();
}
