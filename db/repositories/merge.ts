import { sql } from "kysely";
import type { Entity } from "./directory-admin.ts";
import type { Queryable } from "./types.ts";

/**
 * The SQL of a merge: everything pointing at the loser is re-pointed at the survivor, then the
 * loser is deleted. Callers run these inside one transaction with the audit entry.
 */

export interface MergeCounts {
  moves: number;
  previousCompanyLinks: number;
  aliases: number;
  follows: number;
}

/** How much points at a record: shown before a merge and recorded in the audit log. */
export async function countsFor(db: Queryable, entity: Entity, id: number): Promise<MergeCounts> {
  const { rows } = await sql<MergeCounts>`
    SELECT
      (SELECT count(*) FROM moves WHERE ${sql.ref(entity === "person" ? "person_id" : "company_id")} = ${id})::int AS moves,
      (SELECT count(*) FROM move_previous_companies WHERE ${entity === "company"} AND company_id = ${id})::int
        AS "previousCompanyLinks",
      (SELECT count(*) FROM company_aliases WHERE ${entity === "company"} AND company_id = ${id})::int AS aliases,
      (SELECT count(*) FROM follows f WHERE ${entity === "company"} AND (
         f.company_key IN (SELECT key FROM companies WHERE id = ${id})
         OR f.company_key IN (SELECT key FROM company_aliases WHERE company_id = ${id})))::int AS follows`.execute(
    db,
  );
  return rows[0]!;
}

export async function mergePeople(db: Queryable, loserId: number, survivorId: number): Promise<void> {
  // (issue, paragraph, person) is unique: where both were named in one paragraph, the survivor's
  // move already tells it, so the loser's copy goes.
  await sql`
    DELETE FROM moves l USING moves s
    WHERE l.person_id = ${loserId} AND s.person_id = ${survivorId}
      AND s.issue_id = l.issue_id AND s.paragraph_index = l.paragraph_index`.execute(db);
  await db.updateTable("moves").set({ person_id: survivorId }).where("person_id", "=", loserId).execute();
  // Followers of either keep following the merged person (once each), and webhooks filtering on
  // the loser now filter on the survivor.
  await sql`
    DELETE FROM person_follows l USING person_follows s
    WHERE l.person_id = ${loserId} AND s.person_id = ${survivorId} AND s.subscriber_id = l.subscriber_id`.execute(
    db,
  );
  await db
    .updateTable("person_follows")
    .set({ person_id: survivorId })
    .where("person_id", "=", loserId)
    .execute();
  await sql`
    UPDATE webhooks SET person_ids = array_remove(array_replace(person_ids, ${loserId}::bigint, ${survivorId}::bigint), NULL)
    WHERE ${loserId}::bigint = ANY(person_ids)`.execute(db);
  await repointRedirectsAndProposals(db, "person", loserId, survivorId);
  await db.deleteFrom("people").where("id", "=", loserId).execute();
}

export async function mergeCompanies(db: Queryable, loserId: number, survivorId: number): Promise<void> {
  await db.updateTable("moves").set({ company_id: survivorId }).where("company_id", "=", loserId).execute();
  // A previous employer that becomes the very company joined, or a second copy of the survivor in
  // the same move's list, says nothing: drop it rather than keep a duplicate.
  await sql`
    DELETE FROM move_previous_companies mpc
    WHERE mpc.company_id = ${loserId} AND (
      EXISTS (SELECT 1 FROM moves m WHERE m.id = mpc.move_id AND m.company_id = ${survivorId})
      OR EXISTS (SELECT 1 FROM move_previous_companies o
                 WHERE o.move_id = mpc.move_id AND o.company_id = ${survivorId}))`.execute(db);
  await db
    .updateTable("move_previous_companies")
    .set({ company_id: survivorId })
    .where("company_id", "=", loserId)
    .execute();
  await db
    .updateTable("company_aliases")
    .set({ company_id: survivorId })
    .where("company_id", "=", loserId)
    .execute();
  // Follows name a company by key: the loser's key becomes an alias of the survivor, so every
  // follow of the old name keeps matching the merged company's moves.
  await sql`
    INSERT INTO company_aliases (company_id, alias, key)
    SELECT ${survivorId}, name, key FROM companies WHERE id = ${loserId}
    ON CONFLICT (key) DO UPDATE SET company_id = EXCLUDED.company_id`.execute(db);
  await sql`
    UPDATE follows f SET company_name = s.name
    FROM companies l, companies s
    WHERE l.id = ${loserId} AND s.id = ${survivorId} AND f.company_key = l.key`.execute(db);
  await repointRedirectsAndProposals(db, "company", loserId, survivorId);
  await db.deleteFrom("companies").where("id", "=", loserId).execute();
}

async function repointRedirectsAndProposals(
  db: Queryable,
  entity: Entity,
  loserId: number,
  survivorId: number,
) {
  await db
    .updateTable("slug_redirects")
    .set({ target_id: survivorId })
    .where("entity", "=", entity)
    .where("target_id", "=", loserId)
    .execute();
  await sql`
    INSERT INTO slug_redirects (entity, old_slug, target_id)
    SELECT ${entity}, slug, ${survivorId} FROM ${sql.table(entity === "person" ? "people" : "companies")}
    WHERE id = ${loserId}
    ON CONFLICT (entity, old_slug) DO UPDATE SET target_id = EXCLUDED.target_id`.execute(db);
  // Open proposals about the loser now concern the survivor; the pair itself is settled.
  await sql`
    UPDATE duplicate_proposals SET status = 'accepted', decided_at = now()
    WHERE entity = ${entity} AND status = 'open'
      AND first_id = LEAST(${loserId}::bigint, ${survivorId}::bigint)
      AND second_id = GREATEST(${loserId}::bigint, ${survivorId}::bigint)`.execute(db);
  await sql`
    INSERT INTO duplicate_proposals (entity, first_id, second_id, similarity)
    SELECT entity, LEAST(other, ${survivorId}::bigint), GREATEST(other, ${survivorId}::bigint), similarity
    FROM (SELECT entity, similarity, CASE WHEN first_id = ${loserId} THEN second_id ELSE first_id END AS other
          FROM duplicate_proposals
          WHERE entity = ${entity} AND status = 'open' AND ${loserId} IN (first_id, second_id)) p
    WHERE other <> ${survivorId}
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`
    DELETE FROM duplicate_proposals
    WHERE entity = ${entity} AND ${loserId} IN (first_id, second_id) AND status = 'open'`.execute(db);
}

export interface ProposalRow {
  id: number;
  entity: Entity;
  similarity: number;
  first_id: number;
  first_name: string;
  first_slug: string;
  first_moves: number;
  second_id: number;
  second_name: string;
  second_slug: string;
  second_moves: number;
}

/** Open near-duplicate proposals with both records' names, most similar first. */
export async function listOpenProposals(db: Queryable): Promise<ProposalRow[]> {
  const { rows } = await sql<ProposalRow>`
    SELECT d.id, d.entity, d.similarity,
      d.first_id, coalesce(p1.name, c1.name) AS first_name, coalesce(p1.slug, c1.slug) AS first_slug,
      (SELECT count(*) FROM moves m WHERE CASE d.entity WHEN 'person' THEN m.person_id ELSE m.company_id END = d.first_id)::int AS first_moves,
      d.second_id, coalesce(p2.name, c2.name) AS second_name, coalesce(p2.slug, c2.slug) AS second_slug,
      (SELECT count(*) FROM moves m WHERE CASE d.entity WHEN 'person' THEN m.person_id ELSE m.company_id END = d.second_id)::int AS second_moves
    FROM duplicate_proposals d
    LEFT JOIN people p1 ON d.entity = 'person' AND p1.id = d.first_id
    LEFT JOIN people p2 ON d.entity = 'person' AND p2.id = d.second_id
    LEFT JOIN companies c1 ON d.entity = 'company' AND c1.id = d.first_id
    LEFT JOIN companies c2 ON d.entity = 'company' AND c2.id = d.second_id
    WHERE d.status = 'open' AND coalesce(p1.id, c1.id) IS NOT NULL AND coalesce(p2.id, c2.id) IS NOT NULL
    ORDER BY d.similarity DESC, d.id
    LIMIT 200`.execute(db);
  return rows;
}

export async function findProposal(db: Queryable, id: number) {
  return db.selectFrom("duplicate_proposals").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function setProposalStatus(db: Queryable, id: number, status: "accepted" | "dismissed") {
  await db
    .updateTable("duplicate_proposals")
    .set({ status, decided_at: sql`now()` })
    .where("id", "=", id)
    .execute();
}
