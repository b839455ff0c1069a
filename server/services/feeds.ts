import { createHash } from "node:crypto";
import { Feed } from "feed";
import type { DB } from "../../db/database.ts";
import * as directory from "../../db/repositories/directory.ts";
import { paths } from "../../shared/site-paths.ts";
import { KIND_LABELS } from "../../shared/vocabulary.ts";
import { MovedPermanently, publicEntity } from "./directory.ts";
import { type SearchQuery, searchMoves } from "./search.ts";

/** Atom feeds: any search, and each company (arrivals and departures). Newest 50 entries. */

const FEED_SIZE = 50;

/**
 * The feed library declares entry titles and summaries `type="html"`; newsletter text is plain text
 * (a paragraph may well hold "</title><script>"), so it is escaped once here and a feed reader shows
 * it as the characters written (RFC 4287 §3.1.1.2).
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An entry id that never changes (RFC 4287 §4.2.6): not built from PUBLIC_URL, whose host and port
 * may change, but a name-based UUID (version 5, RFC 9562 §5.5) of the move's id. A tag: URI would need
 * a domain the installation owns, which Carnet does not know.
 */
const UUID_NAMESPACE_OID = Buffer.from("6ba7b8129dad11d180b400c04fd430c8", "hex");
export function moveEntryId(moveId: number): string {
  const hash = createHash("sha1").update(UUID_NAMESPACE_OID).update(`carnet:mouvement:${moveId}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface FeedEntry {
  move: directory.MoveRecord;
  departureFrom?: directory.NamedLink;
}

function buildFeed(
  entries: FeedEntry[],
  meta: { title: string; selfUrl: string; pageUrl: string; baseUrl: string; now: Date },
) {
  const feed = new Feed({
    id: meta.selfUrl,
    title: meta.title,
    link: meta.pageUrl,
    language: "fr",
    updated: entries[0] ? new Date(`${entries[0].move.published_on}T00:00:00Z`) : meta.now,
    feedLinks: { atom: meta.selfUrl },
    generator: "Carnet",
    copyright: "",
  });
  for (const { move, departureFrom } of entries) {
    const title = departureFrom
      ? `${move.person.name} quitte ${departureFrom.name} pour ${move.company.name} (${move.role})`
      : `${move.person.name} — ${move.role}, ${move.company.name}`;
    const source = move.source.title ? ` Source : ${move.source.title}.` : "";
    feed.addItem({
      id: moveEntryId(move.id),
      title: escapeHtml(title),
      link: `${meta.baseUrl}${paths.person(move.person.slug)}#mouvement-${move.id}`,
      date: new Date(`${move.published_on}T00:00:00Z`),
      description: escapeHtml(`${KIND_LABELS[move.kind] ?? move.kind} — ${move.source.paragraph}${source}`),
    });
  }
  return feed.atom1();
}

export async function searchFeed(
  db: DB,
  query: SearchQuery,
  urls: { self: string; page: string; base: string },
  now: Date,
) {
  const result = await searchMoves(
    db,
    { ...query, sort: "date", cursor: undefined, limit: FEED_SIZE },
    { defaultLimit: FEED_SIZE },
  );
  const title = query.q ? `Carnet — recherche « ${query.q} »` : "Carnet — derniers mouvements";
  return buildFeed(
    result.items.map((move) => ({ move })),
    { title, selfUrl: urls.self, pageUrl: urls.page, baseUrl: urls.base, now },
  );
}

export async function companyFeed(db: DB, slug: string, baseUrl: string, now: Date) {
  const company = await publicEntity(db, "company", slug);
  if (company.redirected) return new MovedPermanently(company.slug);
  const [arrivals, departures] = await Promise.all([
    directory.companyMoveIds(db, company.id, "arrivals", FEED_SIZE),
    directory.companyMoveIds(db, company.id, "departures", FEED_SIZE),
  ]);
  const departureSet = new Set(departures);
  const moves = await directory.loadMoves(db, [
    ...arrivals,
    ...departures.filter((id) => !arrivals.includes(id)),
  ]);
  const entries = moves
    .map((move) => ({
      move,
      departureFrom: departureSet.has(move.id) && move.company.slug !== company.slug ? company : undefined,
    }))
    .sort((a, b) => b.move.published_on.localeCompare(a.move.published_on) || b.move.id - a.move.id)
    .slice(0, FEED_SIZE);
  const pageUrl = baseUrl + paths.company(company.slug);
  return buildFeed(entries, {
    title: `Carnet — ${company.name}`,
    selfUrl: baseUrl + paths.companyFeed(company.slug),
    pageUrl,
    baseUrl,
    now,
  });
}
