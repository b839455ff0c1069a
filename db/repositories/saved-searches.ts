import { sql } from "kysely";
import type { Queryable } from "./types.ts";

/**
 * Saved searches (migration 0011): a /recherche query kept as an alert by a subscriber or as a
 * webhook's filter. The criteria are stored as the alert round matches them; the words' tsquery and
 * the anchor are computed by PostgreSQL (carnet_search_anchor, migration 0011) with the text
 * configuration the moves' search_vector uses.
 */

export interface SavedSearchCriteria {
  /** Canonical query string ("company=Scalian&q=directrice"): one saved copy per owner. */
  query: string;
  name: string;
  words: string | null;
  companyKey: string | null;
  kind: string | null;
  seniority: string | null;
  function: string | null;
}

export type SearchOwner = { subscriberId: number } | { webhookId: number };

/**
 * Deletes the owner's searches not listed and adds the new ones (addSavedSearches), so a search
 * kept across an edit keeps its id, and so its place in queued digests.
 */
export async function replaceSavedSearches(
  db: Queryable,
  owner: SearchOwner,
  searches: SavedSearchCriteria[],
): Promise<void> {
  const ownerColumn = "subscriberId" in owner ? "subscriber_id" : "webhook_id";
  const ownerId = "subscriberId" in owner ? owner.subscriberId : owner.webhookId;
  const queries = searches.map((s) => s.query);
  let del = db.deleteFrom("saved_searches").where(ownerColumn, "=", ownerId);
  if (queries.length > 0) del = del.where("query", "not in", queries);
  await del.execute();
  await addSavedSearches(db, owner, searches);
}

/** Inserts the searches an owner does not hold yet (by query string); returns how many were new. */
export async function addSavedSearches(
  db: Queryable,
  owner: SearchOwner,
  searches: SavedSearchCriteria[],
): Promise<number> {
  const ownerColumn = "subscriberId" in owner ? "subscriber_id" : "webhook_id";
  const ownerId = "subscriberId" in owner ? owner.subscriberId : owner.webhookId;
  let added = 0;
  for (const s of searches) {
    const result = await sql`
      INSERT INTO saved_searches (${sql.ref(ownerColumn)}, name, query, words, words_query, company_key,
        kind, seniority, function, anchor)
      SELECT ${ownerId}, ${s.name}, ${s.query}, ${s.words}, tq, ${s.companyKey}, ${s.kind}, ${s.seniority},
        ${s.function}, carnet_search_anchor(tq, ${s.companyKey}, ${s.function}, ${s.seniority}, ${s.kind})
      FROM (SELECT CASE WHEN numnode(q) > 0 THEN q END AS tq
            FROM websearch_to_tsquery('carnet_fr', coalesce(${s.words}::text, '')) q) x
      WHERE NOT EXISTS (
        SELECT 1 FROM saved_searches WHERE ${sql.ref(ownerColumn)} = ${ownerId} AND query = ${s.query})`.execute(
      db,
    );
    added += Number(result.numAffectedRows ?? 0n);
  }
  return added;
}

export async function listSavedSearches(
  db: Queryable,
  subscriberId: number,
): Promise<{ id: number; name: string; query: string }[]> {
  return db
    .selectFrom("saved_searches")
    .select(["id", "name", "query"])
    .where("subscriber_id", "=", subscriberId)
    .orderBy("id")
    .execute();
}
