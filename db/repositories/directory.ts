import { sql } from "kysely";
import type { MoveClassification } from "../../shared/move.ts";
import type { Queryable } from "./types.ts";

/**
 * Reads behind the public directory: a move with everything a page, a feed, a CSV row or the API
 * shows about it, and the pages' own lists. Only published moves ever leave this file.
 */

export interface NamedLink {
  name: string;
  slug: string;
}

export interface MoveRecord extends MoveClassification {
  id: number;
  person: NamedLink;
  company: NamedLink;
  role: string;
  previous_companies: NamedLink[];
  predecessor: string | null;
  published_on: string;
  source: { issue_id: number; title: string | null; paragraph: string; paragraph_index: number };
  /** Other newsletters that announced the same move, oldest first (pages only, not the API). */
  also_in?: { issue_id: number; title: string | null; paragraph_index: number }[];
}

/**
 * A move as the search page lists it: a record without its source paragraph's text, which the
 * list never shows and which was most of the bytes PostgreSQL sent and Node parsed (issue 14).
 */
export type MoveListing = Omit<MoveRecord, "source"> & { source: Omit<MoveRecord["source"], "paragraph"> };

/** The columns of moves (as `m`) that moveRecordJson reads. */
export const MOVE_RECORD_COLUMNS = [
  "m.id",
  "m.person_id",
  "m.company_id",
  "m.issue_id",
  "m.role",
  "m.kind",
  "m.seniority",
  "m.function",
  "m.predecessor_name",
  "m.published_on",
  "m.paragraph_index",
  "m.paragraph_text",
  "m.other_sources",
  "m.previous_companies",
] as const;

/**
 * A published move as JSON, built by PostgreSQL (one definition of a record's shape, and no
 * per-field parsing in Node) from a row `m` with MOVE_RECORD_COLUMNS; `api` leaves out what the
 * public API does not publish, `listing` the paragraph's text (MoveListing). Person, company and issue are scalar subqueries rather than joins:
 * the same primary-key lookups, but planning a five-way join took longer (0.5 ms) than running it.
 * `also_in` is looked up only for a move flagged as having other sources (migration 0029): the
 * aggregate cost each row of a page about 7 µs of PostgreSQL even for the nearly every move that has none.
 * The previous employers are read as the move keeps them (migration 0032), not aggregated again.
 */
export function moveRecordJson(shape: "record" | "api" | "listing" = "record") {
  return sql<MoveRecord>`json_build_object(
    'id', m.id,
    'person', (SELECT json_build_object('name', p.name, 'slug', p.slug) FROM people p WHERE p.id = m.person_id),
    'company', (SELECT json_build_object('name', c.name, 'slug', c.slug) FROM companies c WHERE c.id = m.company_id),
    'role', m.role, 'kind', m.kind, 'seniority', m.seniority, 'function', m.function,
    'previous_companies', coalesce(m.previous_companies, '[]'::json),
    'predecessor', m.predecessor_name,
    'published_on', m.published_on,
    'source', json_build_object(
      'issue_id', m.issue_id,
      'title', (SELECT i.title FROM newsletter_issues i WHERE i.id = m.issue_id),
      ${
        shape === "api"
          ? sql`'paragraph', m.paragraph_text`
          : shape === "listing"
            ? sql`'paragraph_index', m.paragraph_index`
            : sql`'paragraph', m.paragraph_text, 'paragraph_index', m.paragraph_index`
      })${
        shape === "api"
          ? sql``
          : sql`,
    'also_in', CASE WHEN m.other_sources THEN coalesce((
      SELECT json_agg(json_build_object('issue_id', ms.issue_id, 'title', i.title, 'paragraph_index', ms.paragraph_index)
        ORDER BY ms.published_on, ms.issue_id)
      FROM move_sources ms JOIN newsletter_issues i ON i.id = ms.issue_id
      WHERE ms.move_id = m.id), '[]'::json) ELSE '[]'::json END`
      })`;
}

/** Full records for the given published move ids, in the order of `ids`. */
export async function loadMoves(db: Queryable, ids: number[]): Promise<MoveRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("moves as m")
    .select(moveRecordJson().as("record"))
    .where("m.id", "in", ids)
    .where("m.status", "=", "published")
    .execute();
  const byId = new Map(rows.map((r) => [r.record.id, r.record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface DirectoryTotals {
  moves: number;
  people: number;
  companies: number;
  issues: number;
}

/** Published moves, and the people and companies they name (not those only in pending records). */
export async function totals(db: Queryable): Promise<DirectoryTotals> {
  const { rows } = await sql<DirectoryTotals>`
    SELECT count(*)::int AS moves, count(DISTINCT person_id)::int AS people,
      count(DISTINCT company_id)::int AS companies, count(DISTINCT issue_id)::int AS issues
    FROM moves WHERE status = 'published'`.execute(db);
  return rows[0]!;
}

export interface CompanyMoveCount extends NamedLink {
  moves: number;
}

/** Companies with the most published arrivals between two days (inclusive). */
export async function topCompaniesBetween(
  db: Queryable,
  since: string,
  until: string,
  limit = 5,
): Promise<CompanyMoveCount[]> {
  return db
    .selectFrom("moves as m")
    .innerJoin("companies as c", "c.id", "m.company_id")
    .select(["c.name", "c.slug", (eb) => eb.fn.countAll<number>().as("moves")])
    .where("m.status", "=", "published")
    .where("m.published_on", ">=", since)
    .where("m.published_on", "<=", until)
    .groupBy(["c.id", "c.name", "c.slug"])
    .orderBy("moves", "desc")
    .orderBy("c.name")
    .limit(limit)
    .execute();
}

/** The publication day of the directory's latest published move, null while none is published. */
export async function latestPublishedOn(db: Queryable): Promise<string | null> {
  const row = await db
    .selectFrom("moves")
    .select((eb) => eb.fn.max("published_on").as("day"))
    .where("status", "=", "published")
    .executeTakeFirst();
  return row?.day ?? null;
}

export interface DirectoryEntity {
  id: number;
  name: string;
  slug: string;
}

/**
 * A person or company by slug; when the slug is an old one (rename, merge) the current entity is
 * returned with `redirected: true`, so the page can answer 301 to its current address.
 */
export async function findBySlug(
  db: Queryable,
  entity: "person" | "company",
  slug: string,
): Promise<(DirectoryEntity & { redirected: boolean }) | undefined> {
  // Both tables share (id, name, slug); the cast only spares a second copy of the same query.
  const table = (entity === "person" ? "people" : "companies") as "people";
  const current = await db
    .selectFrom(table)
    .select(["id", "name", "slug"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (current) return { ...current, redirected: false };
  const moved = await db
    .selectFrom("slug_redirects as r")
    .innerJoin(`${table} as t`, "t.id", "r.target_id")
    .select(["t.id", "t.name", "t.slug"])
    .where("r.entity", "=", entity)
    .where("r.old_slug", "=", slug)
    .executeTakeFirst();
  return moved ? { ...moved, redirected: true } : undefined;
}

/**
 * Whether the public site may name this person or company: a person with a published move; a
 * company that a published move joins or leaves. Until a move is reviewed, even the name stays
 * private (the newsletter may have got it wrong, or the person asked to be removed).
 */
export async function isPublic(db: Queryable, entity: "person" | "company", id: number): Promise<boolean> {
  const { rows } = await (entity === "person"
    ? sql<{ visible: boolean }>`
        SELECT EXISTS (SELECT 1 FROM moves WHERE person_id = ${id} AND status = 'published') AS visible`
    : sql<{ visible: boolean }>`
        SELECT EXISTS (SELECT 1 FROM moves WHERE company_id = ${id} AND status = 'published')
            OR EXISTS (SELECT 1 FROM move_previous_companies p JOIN moves m ON m.id = p.move_id
                        WHERE p.company_id = ${id} AND m.status = 'published') AS visible`
  ).execute(db);
  return rows[0]?.visible ?? false;
}

/** A company named by its slug, its normalized name or one of its aliases' names. */
export async function findCompanyId(
  db: Queryable,
  ref: { slug: string; key: string },
): Promise<number | undefined> {
  const row = await db
    .selectFrom("companies")
    .select("id")
    .where((eb) => eb.or([eb("slug", "=", ref.slug), eb("key", "=", ref.key)]))
    .unionAll(db.selectFrom("company_aliases").select("company_id as id").where("key", "=", ref.key))
    .executeTakeFirst();
  return row?.id;
}

/** A person's published moves, oldest first: their career as the newsletters told it. */
export async function personMoveIds(db: Queryable, personId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("moves")
    .select("id")
    .where("person_id", "=", personId)
    .where("status", "=", "published")
    // Newest first: the current post heads the page, as a recruiter reads a CV.
    .orderBy("published_on", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => r.id);
}

/** Arrivals (moves into the company) or departures (moves naming it as previous employer), newest first. */
export async function companyMoveIds(
  db: Queryable,
  companyId: number,
  direction: "arrivals" | "departures",
  limit: number,
): Promise<number[]> {
  let q = db.selectFrom("moves as m").select("m.id").where("m.status", "=", "published");
  q =
    direction === "arrivals"
      ? q.where("m.company_id", "=", companyId)
      : q.where("m.id", "in", (eb) =>
          eb.selectFrom("move_previous_companies").select("move_id").where("company_id", "=", companyId),
        );
  const rows = await q.orderBy("m.published_on", "desc").orderBy("m.id", "desc").limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function companyAliases(db: Queryable, companyId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("company_aliases")
    .select("alias")
    .where("company_id", "=", companyId)
    .orderBy("alias")
    .execute();
  return rows.map((r) => r.alias);
}

export interface MonthlyCount {
  month: string; // 'YYYY-MM'
  arrivals: number;
  departures: number;
}

/** Published arrivals and departures per month over the months from `since` (inclusive). */
export async function companyMovesPerMonth(
  db: Queryable,
  companyId: number,
  since: string,
): Promise<MonthlyCount[]> {
  const { rows } = await sql<MonthlyCount>`
    SELECT to_char(published_on, 'YYYY-MM') AS month,
      count(*) FILTER (WHERE arrival)::int AS arrivals, count(*) FILTER (WHERE NOT arrival)::int AS departures
    FROM (
      SELECT published_on, true AS arrival FROM moves
        WHERE company_id = ${companyId} AND status = 'published' AND published_on >= ${since}::date
      UNION ALL
      SELECT m.published_on, false FROM move_previous_companies mpc JOIN moves m ON m.id = mpc.move_id
        WHERE mpc.company_id = ${companyId} AND m.status = 'published' AND m.published_on >= ${since}::date
    ) dated GROUP BY 1 ORDER BY 1`.execute(db);
  return rows;
}

/** The day of the company's latest published arrival or departure, if any. */
export async function companyLatestMoveDay(db: Queryable, companyId: number): Promise<string | null> {
  const { rows } = await sql<{ day: string | null }>`
    SELECT greatest(
      (SELECT max(published_on) FROM moves WHERE company_id = ${companyId} AND status = 'published'),
      (SELECT max(m.published_on) FROM move_previous_companies mpc JOIN moves m ON m.id = mpc.move_id
        WHERE mpc.company_id = ${companyId} AND m.status = 'published')) AS day`.execute(db);
  return rows[0]?.day ?? null;
}

/**
 * An issue's published moves, in the order of its paragraphs: those it announced first, and those
 * another issue had announced already (with this issue's own paragraph).
 */
export async function issueMoves(
  db: Queryable,
  issueId: number,
): Promise<{ id: number; paragraph_index: number; paragraph_text: string }[]> {
  const { rows } = await sql<{ id: number; paragraph_index: number; paragraph_text: string }>`
    SELECT id::int, paragraph_index, paragraph_text FROM (
      SELECT id, paragraph_index, paragraph_text FROM moves WHERE issue_id = ${issueId} AND status = 'published'
      UNION ALL
      SELECT m.id, ms.paragraph_index, ms.paragraph_text
      FROM move_sources ms JOIN moves m ON m.id = ms.move_id
      WHERE ms.issue_id = ${issueId} AND m.status = 'published'
    ) AS drawn ORDER BY paragraph_index, id`.execute(db);
  return rows;
}
