import type { DB } from "../../db/database.ts";
import * as directory from "../../db/repositories/directory.ts";
import { findById as findIssue } from "../../db/repositories/issues.ts";
import { directoryVersion } from "../../db/repositories/search.ts";
import { parisDay } from "../../shared/calendar.ts";
import type { Clock } from "../clock.ts";
import { NotFound } from "../errors.ts";
import { type MonthlyChart, monthlyChart, monthsEndingWith } from "./charts.ts";
import { type CompanyPost, companyPosts } from "./company-posts.ts";
import { searchMoves } from "./search.ts";

/** The directory's pages: what each one shows, read in as few queries as the page needs. */

/** Today in Paris, 'YYYY-MM-DD' (sv-SE formats dates as ISO). */

/** The first and last day of the calendar month that contains `day`. */
export function monthBounds(day: string): { since: string; until: string } {
  const [year, month] = day.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = day.slice(0, 7);
  return { since: `${prefix}-01`, until: `${prefix}-${String(last).padStart(2, "0")}` };
}

export async function homePage(db: DB, clock: Clock) {
  const month = monthBounds(parisDay(clock.now()));
  const [latest, figures] = await Promise.all([
    searchMoves(db, {}, { defaultLimit: 12 }),
    directoryFigures(db, month),
  ]);
  return { latest: latest.items, ...figures };
}

type DirectoryFigures = {
  totals: directory.DirectoryTotals;
  topCompanies: directory.CompanyMoveCount[];
  /** First day of the month the busiest companies are counted in ('YYYY-MM-DD'). */
  month: string;
};
const figuresHeld = new WeakMap<DB, { key: string; figures: Promise<DirectoryFigures> }>();

/**
 * The home page's totals and busiest companies count every published move (over a second at a
 * million moves, and 200 visitors at once each started one: bench:load timed out): computed once
 * per directory version (migration 0005's counter, bumped in the commit of any change, so never
 * stale) and shared by the requests that arrive meanwhile. The version is read before counting, so
 * figures are never kept under a version older than what they counted (as in search-cache.ts).
 */
async function directoryFigures(db: DB, month: { since: string; until: string }): Promise<DirectoryFigures> {
  const key = `${await directoryVersion(db)}:${month.since}`;
  const held = figuresHeld.get(db);
  if (held?.key === key) return held.figures;
  const figures = Promise.all([directory.totals(db), busiestCompanies(db, month)]).then(
    ([totals, busiest]) => ({ totals, ...busiest }),
  );
  figuresHeld.set(db, { key, figures });
  // A failed count is not kept: the next visitor tries again.
  figures.catch(() => {
    if (figuresHeld.get(db)?.figures === figures) figuresHeld.delete(db);
  });
  return figures;
}

/**
 * This month's busiest companies; when nothing was published yet this month (a directory
 * imported from archives, the first days of a month), those of the latest month that has moves,
 * so that the box never reads empty while the directory is not.
 */
async function busiestCompanies(
  db: DB,
  month: { since: string; until: string },
): Promise<{ topCompanies: directory.CompanyMoveCount[]; month: string }> {
  const thisMonth = await directory.topCompaniesBetween(db, month.since, month.until);
  if (thisMonth.length > 0) return { topCompanies: thisMonth, month: month.since };
  const latestDay = await directory.latestPublishedOn(db);
  if (!latestDay || latestDay >= month.since) return { topCompanies: thisMonth, month: month.since };
  const latestMonth = monthBounds(latestDay);
  return {
    topCompanies: await directory.topCompaniesBetween(db, latestMonth.since, latestMonth.until),
    month: latestMonth.since,
  };
}

/** Thrown by a page lookup when the slug is an old one: the route answers 301 to `slug`. */
export class MovedPermanently {
  constructor(readonly slug: string) {}
}

/** A person or company by slug, only when the public site may name them (directory.isPublic). */
export async function publicEntity(db: DB, kind: "person" | "company", slug: string) {
  const found = await directory.findBySlug(db, kind, slug);
  if (!found || !(await directory.isPublic(db, kind, found.id)))
    throw new NotFound(kind === "person" ? "Personne introuvable" : "Entreprise introuvable");
  return found;
}

export async function personPage(db: DB, slug: string) {
  const person = await publicEntity(db, "person", slug);
  if (person.redirected) return new MovedPermanently(person.slug);
  const moves = await directory.loadMoves(db, await directory.personMoveIds(db, person.id));
  return { person, moves };
}

const COMPANY_LIST_LIMIT = 100;
const CHART_MONTHS = 12;

export async function companyPage(db: DB, slug: string, clock: Clock) {
  const company = await publicEntity(db, "company", slug);
  if (company.redirected) return new MovedPermanently(company.slug);
  const [{ arrivals, departures, moreArrivals, moreDepartures }, aliases, latestDay] = await Promise.all([
    companyMoves(db, company.id),
    directory.companyAliases(db, company.id),
    directory.companyLatestMoveDay(db, company.id),
  ]);
  // The chart ends with the company's latest month, so an old record still shows its context.
  const lastMonth = (latestDay ?? parisDay(clock.now())).slice(0, 7);
  const months = monthsEndingWith(lastMonth, CHART_MONTHS);
  const chart: MonthlyChart = monthlyChart(
    await directory.companyMovesPerMonth(db, company.id, `${months[0]}-01`),
    months,
  );
  return {
    company,
    aliases,
    arrivals,
    departures,
    moreArrivals,
    moreDepartures,
    chart,
    posts: companyPosts(arrivals, departures),
  };
}

/** The company's newest arrivals and departures (COMPANY_LIST_LIMIT each), and whether there are more. */
async function companyMoves(db: DB, companyId: number) {
  const [arrivalIds, departureIds] = await Promise.all([
    directory.companyMoveIds(db, companyId, "arrivals", COMPANY_LIST_LIMIT + 1),
    directory.companyMoveIds(db, companyId, "departures", COMPANY_LIST_LIMIT + 1),
  ]);
  const [arrivals, departures] = await Promise.all([
    directory.loadMoves(db, arrivalIds.slice(0, COMPANY_LIST_LIMIT)),
    directory.loadMoves(db, departureIds.slice(0, COMPANY_LIST_LIMIT)),
  ]);
  return {
    arrivals,
    departures,
    moreArrivals: arrivalIds.length > COMPANY_LIST_LIMIT,
    moreDepartures: departureIds.length > COMPANY_LIST_LIMIT,
  };
}

/** The company's posts and their holders (the company page's "Qui occupe quel poste", and the API). */
export async function companyPostsPage(
  db: DB,
  slug: string,
): Promise<{ company: { name: string; slug: string }; posts: CompanyPost[] } | MovedPermanently> {
  const company = await publicEntity(db, "company", slug);
  if (company.redirected) return new MovedPermanently(company.slug);
  const { arrivals, departures } = await companyMoves(db, company.id);
  return { company: { name: company.name, slug: company.slug }, posts: companyPosts(arrivals, departures) };
}

/** An issue's Mouvements paragraphs, each with the published records drawn from it. */
export async function issuePage(db: DB, issueId: number) {
  const issue = await findIssue(db, issueId);
  if (!issue) throw new NotFound("Numéro introuvable");
  const drawn = await directory.issueMoves(db, issueId);
  const records = new Map(
    (
      await directory.loadMoves(
        db,
        drawn.map((d) => d.id),
      )
    ).map((m) => [m.id, m]),
  );
  const moves = drawn.flatMap((d) => {
    const record = records.get(d.id);
    return record ? [{ ...d, record }] : [];
  });
  const paragraphs: { index: number; text: string; moves: directory.MoveRecord[] }[] = [];
  // A move first announced elsewhere sits under this issue's own paragraph.
  for (const { paragraph_index, paragraph_text, record } of moves) {
    const last = paragraphs[paragraphs.length - 1];
    if (last?.index === paragraph_index) last.moves.push(record);
    else paragraphs.push({ index: paragraph_index, text: paragraph_text, moves: [record] });
  }
  return {
    issue: {
      id: issue.id,
      title: issue.title,
      published_on: issue.published_on,
      imported_at: issue.imported_at,
    },
    paragraphs,
    movesCount: moves.length,
  };
}
