import { stringify } from "csv-stringify/sync";
import type { DB } from "../../db/database.ts";
import {
  addSavedSearches,
  listSavedSearches,
  type SavedSearchCriteria,
} from "../../db/repositories/saved-searches.ts";
import * as subscribers from "../../db/repositories/subscribers.ts";
import * as watchLists from "../../db/repositories/watch-lists.ts";
import { companyKey, personKey } from "../../jobs/parse/index.ts";
import { paths } from "../../shared/site-paths.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { HttpError, Invalid } from "../errors.ts";
import { savedSearchFrom } from "./saved-searches.ts";
import { MAX_SAVED_SEARCHES } from "./subscriptions.ts";
import { MAX_NAME_LENGTH, MAX_WATCH_LIST_ROWS, readWatchListFile } from "./watch-list-file.ts";

/**
 * Watch lists from CSV (issue 18, item 3): a file of company names (and people's) is read, matched
 * against the directory and shown as a preview; confirming adds the follows. Each name ends up:
 * - matched: one company has that name or alias (followed by its key), one published person that name;
 * - new: no company has it: followed by the name's key, so the alert round matches it when the
 *   company first appears in a newsletter (follows are keys since 0001);
 * - ambiguous: several candidates (two companies for one alias, or companies whose name starts with
 *   the one typed, "Alstom" → "Alstom Transport", "Alstom Grid"; homonyms): the subscriber chooses;
 * - unknown (a person not in the directory: a person is followed by their record, so not followed)
 *   or invalid (a name too long, a search without criteria), said on the row.
 * Applying only adds (INSERT … ON CONFLICT DO NOTHING), so the same file twice changes nothing;
 * the 'replace' mode also drops the companies and people the file does not list.
 */

/** Companies or people one subscriber may follow in all through watch lists. */
export const MAX_WATCHED = MAX_WATCH_LIST_ROWS;

export interface WatchTarget {
  label: string;
  url?: string;
  company?: { name: string; key: string };
  personId?: number;
  search?: SavedSearchCriteria;
}

export interface WatchListItem {
  /** Its place in the preview: the confirm form's choice_<index> radio group. */
  index: number;
  line: number;
  kind: "company" | "person" | "search";
  typed: string;
  status: "matched" | "new" | "ambiguous" | "unknown" | "invalid";
  target?: WatchTarget;
  /** Ambiguous: the choices (the radio's value is the position, or "new" / "skip"). */
  candidates?: WatchTarget[];
  /** Ambiguous between a known company and the name as typed: "new" is a choice too. */
  mayFollowAsTyped?: boolean;
  /** Already followed: confirming changes nothing for this row. */
  already: boolean;
  problem?: string;
}

export interface WatchListPreview {
  id: number;
  fileName: string;
  mode: "add" | "replace";
  items: WatchListItem[];
}

export type WatchListService = ReturnType<typeof createWatchListService>;

export function createWatchListService(deps: { db: DB; clock: Clock; config: Config }) {
  const { db, clock } = deps;

  return {
    /** Reads and matches the file, keeps the outcome as a draft, returns the preview. */
    async preview(
      subscriberId: number,
      file: { name: string; bytes: Buffer },
      mode: "add" | "replace",
    ): Promise<WatchListPreview> {
      const { rows } = readWatchListFile(file.bytes);
      const items = await classify(deps, subscriberId, rows);
      // Previews nobody confirmed go after RETENTION_UPLOADS_HOURS, like the admin's import drafts.
      const stale = new Date(clock.now().getTime() - deps.config.RETENTION_UPLOADS_HOURS * 3_600_000);
      await watchLists.deleteStaleUploads(db, stale);
      const fileName = file.name.slice(0, 200) || "liste.csv";
      const id = await watchLists.createUpload(db, { subscriberId, fileName, mode, items });
      return { id, fileName, mode, items };
    },

    async show(subscriberId: number, id: number): Promise<WatchListPreview | null> {
      const draft = await watchLists.findUpload(db, subscriberId, id);
      return draft
        ? { id: draft.id, fileName: draft.file_name, mode: draft.mode, items: draft.items as WatchListItem[] }
        : null;
    },

    /**
     * Applies a preview with the subscriber's choices for its ambiguous rows (choice_<index>: a
     * candidate's position, "new" or "skip"). A draft is taken out as it is applied, so confirming
     * twice (or from two tabs) applies once.
     */
    async apply(subscriberId: number, id: number, choices: Record<string, unknown>) {
      const draft = await this.show(subscriberId, id);
      if (!draft) throw gone();
      const chosen = choose(draft.items, choices);
      return db.transaction().execute(async (trx) => {
        if (!(await watchLists.takeUpload(trx, subscriberId, id))) throw gone();
        const subscriber = await subscribers.findById(trx, subscriberId);
        if (!subscriber || subscriber.status === "pending") throw gone();
        let removed = 0;
        if (draft.mode === "replace")
          removed = await watchLists.keepOnlyFollows(trx, subscriberId, {
            companyKeys: chosen.companies.map((c) => c.key),
            personIds: chosen.people,
          });
        const companies = await watchLists.addCompanyFollows(trx, subscriberId, chosen.companies);
        const people = await watchLists.addPersonFollows(trx, subscriberId, chosen.people);
        const searches = await addSavedSearches(trx, { subscriberId }, chosen.searches);
        const [follows, personFollows, savedSearches] = await Promise.all([
          subscribers.listFollows(trx, subscriberId),
          subscribers.listPersonFollows(trx, subscriberId),
          listSavedSearches(trx, subscriberId),
        ]);
        const max = MAX_WATCHED.toLocaleString("fr-FR");
        if (follows.length > MAX_WATCHED)
          throw new Invalid(
            "liste",
            `Avec ce fichier vous suivriez ${follows.length.toLocaleString("fr-FR")} entreprises : ${max} au plus.`,
          );
        if (personFollows.length > MAX_WATCHED)
          throw new Invalid(
            "liste",
            `Avec ce fichier vous suivriez ${personFollows.length.toLocaleString("fr-FR")} personnes : ${max} au plus.`,
          );
        if (savedSearches.length > MAX_SAVED_SEARCHES)
          throw new Invalid(
            "liste",
            `Avec ce fichier vous suivriez ${savedSearches.length} recherches : ${MAX_SAVED_SEARCHES} au plus.`,
          );
        const outcome = { companies, people, searches, removed };
        await subscribers.recordEvent(trx, subscriberId, "watch_list_imported", {
          file: draft.fileName,
          mode: draft.mode,
          ...outcome,
        });
        return outcome;
      });
    },

    /** The subscriber's follows as the file the import reads back: type;nom;référence. */
    async exportCsv(subscriberId: number): Promise<string | null> {
      const subscriber = await subscribers.findById(db, subscriberId);
      if (!subscriber) return null;
      const [follows, people, searches] = await Promise.all([
        subscribers.listFollows(db, subscriberId),
        subscribers.listPersonFollows(db, subscriberId),
        listSavedSearches(db, subscriberId),
      ]);
      // The référence column makes the round trip exact: a company's key, a person's address
      // (homonyms stay apart), a search's query string. French Excel wants `;` and a BOM.
      return stringify(
        [
          ...follows.map((f) => ["entreprise", f.name, f.key]),
          ...people.map((p) => ["personne", p.name, p.slug]),
          ...searches.map((s) => ["recherche", s.name, s.query]),
        ],
        {
          bom: true,
          delimiter: ";",
          header: true,
          columns: ["type", "nom", "référence"],
          escape_formulas: true,
        },
      );
    },
  };
}

const gone = () =>
  new HttpError(
    410,
    "gone",
    "Cet aperçu a déjà été appliqué ou a expiré : envoyez le fichier à nouveau.",
    "liste",
  );

const oneSpace = (s: string) => s.trim().replace(/\s+/g, " ");
const tooLong = `nom trop long (${MAX_NAME_LENGTH} caractères au plus)`;

/** Matches the rows' names against the directory and the subscriber's follows: a few queries in all. */
async function classify(
  deps: { db: DB },
  subscriberId: number,
  rows: ReturnType<typeof readWatchListFile>["rows"],
): Promise<WatchListItem[]> {
  const { db } = deps;
  const companyKeys = new Set<string>();
  const personKeys = new Set<string>();
  const personSlugs = new Set<string>();
  for (const row of rows) {
    if (row.company && row.company.length <= MAX_NAME_LENGTH) {
      const key = row.companyKey ?? companyKey(row.company);
      if (key) companyKeys.add(key);
    }
    if (row.person && row.person.length <= MAX_NAME_LENGTH) {
      const key = personKey(row.person);
      if (key) personKeys.add(key);
      if (row.personSlug) personSlugs.add(row.personSlug);
    }
  }
  const [companies, people, follows, personFollows, searches] = await Promise.all([
    watchLists.companyCandidates(db, [...companyKeys]),
    watchLists.peopleCandidates(db, { keys: [...personKeys], slugs: [...personSlugs] }),
    subscribers.listFollows(db, subscriberId),
    subscribers.listPersonFollows(db, subscriberId),
    listSavedSearches(db, subscriberId),
  ]);
  const followedKeys = new Set(follows.map((f) => f.key));
  const followedPeople = new Set(personFollows.map((p) => p.id));
  const followedSearches = new Set(searches.map((s) => s.query));

  const items: WatchListItem[] = [];
  const add = (item: Omit<WatchListItem, "index" | "already">) => {
    const target = item.target;
    const already = target?.company
      ? followedKeys.has(target.company.key)
      : target?.personId !== undefined
        ? followedPeople.has(target.personId)
        : target?.search
          ? followedSearches.has(target.search.query)
          : false;
    items.push({ ...item, index: items.length, already: item.status !== "ambiguous" && already });
  };
  const companyTarget = (c: watchLists.CompanyRef): WatchTarget => ({
    label: c.name,
    url: paths.company(c.slug),
    company: { name: c.name, key: c.key },
  });
  const personTarget = (p: watchLists.PersonRef): WatchTarget => ({
    label: `${p.name} — ${p.role}, ${p.companyName}`,
    url: paths.person(p.slug),
    personId: p.id,
  });

  for (const row of rows) {
    // The export's référence is a key already, taken as it is so a round trip is exact.
    const rowCompanyKey = row.company ? (row.companyKey ?? companyKey(row.company)) : "";
    if (row.company) {
      const typed = oneSpace(row.company);
      const base = { line: row.line, kind: "company" as const, typed };
      const key = rowCompanyKey;
      const found = companies.get(key);
      if (typed.length > MAX_NAME_LENGTH) add({ ...base, status: "invalid", problem: tooLong });
      else if (!key || !found) add({ ...base, status: "invalid", problem: "ni lettre ni chiffre" });
      else if (found.exact.length === 1)
        add({ ...base, status: "matched", target: companyTarget(found.exact[0]!) });
      else if (found.exact.length > 1)
        add({ ...base, status: "ambiguous", candidates: found.exact.map(companyTarget) });
      // A key from the export names what was followed: no near names to choose from.
      else if (found.near.length > 0 && !row.companyKey)
        add({
          ...base,
          status: "ambiguous",
          candidates: found.near.map(companyTarget),
          mayFollowAsTyped: true,
        });
      else add({ ...base, status: "new", target: { label: typed, company: { name: typed, key } } });
    }
    if (row.person) {
      const typed = oneSpace(row.person);
      const base = { line: row.line, kind: "person" as const, typed };
      const bySlug = row.personSlug ? people.filter((p) => p.slug === row.personSlug) : [];
      const key = personKey(typed);
      let matches = bySlug.length === 1 ? bySlug : people.filter((p) => p.key === key);
      // Homonyms: the one whose latest post is at the row's company, when the row names one.
      if (matches.length > 1 && rowCompanyKey) {
        const companyKeysOfRow = new Set([
          rowCompanyKey,
          ...(companies.get(rowCompanyKey)?.exact.map((c) => c.key) ?? []),
        ]);
        const atCompany = matches.filter((p) => companyKeysOfRow.has(p.companyKey));
        if (atCompany.length === 1) matches = atCompany;
      }
      if (typed.length > MAX_NAME_LENGTH) add({ ...base, status: "invalid", problem: tooLong });
      else if (matches.length === 1) add({ ...base, status: "matched", target: personTarget(matches[0]!) });
      else if (matches.length > 1)
        add({ ...base, status: "ambiguous", candidates: matches.map(personTarget) });
      else
        add({
          ...base,
          status: "unknown",
          problem:
            "absente de l’annuaire : une personne se suit depuis sa fiche, une fois un mouvement publié",
        });
    }
    if (row.search) {
      const base = { line: row.line, kind: "search" as const, typed: row.search.slice(0, 300) };
      try {
        const search = savedSearchFrom(row.search.slice(0, 2000), "liste");
        add({
          ...base,
          status: "matched",
          target: { label: search.name, url: paths.search(`?${search.query}`), search },
        });
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        add({ ...base, status: "invalid", problem: error.message });
      }
    }
  }
  return items;
}

/** The follows a preview and its choices give; a missing or foreign choice is refused, naming the row. */
function choose(items: WatchListItem[], choices: Record<string, unknown>) {
  const companies = new Map<string, { name: string; key: string }>();
  const people = new Set<number>();
  const searches = new Map<string, SavedSearchCriteria>();
  const take = (target: WatchTarget) => {
    if (target.company) companies.set(target.company.key, target.company);
    if (target.personId !== undefined) people.add(target.personId);
    if (target.search) searches.set(target.search.query, target.search);
  };
  for (const item of items) {
    if (item.status === "matched" || item.status === "new") take(item.target!);
    if (item.status !== "ambiguous") continue;
    const choice = choices[`choix_${item.index}`];
    const field = `choix_${item.index}`;
    if (typeof choice !== "string" || choice === "")
      throw new Invalid(field, `Ligne ${item.line} : choisissez à quoi correspond « ${item.typed} ».`);
    if (choice === "skip") continue;
    if (choice === "new" && item.mayFollowAsTyped) {
      const key = companyKey(item.typed);
      take({ label: item.typed, company: { name: item.typed, key } });
      continue;
    }
    const candidate = /^\d{1,2}$/.test(choice) ? item.candidates?.[Number(choice)] : undefined;
    if (!candidate) throw new Invalid(field, `Ligne ${item.line} : choix inconnu pour « ${item.typed} ».`);
    take(candidate);
  }
  return { companies: [...companies.values()], people: [...people], searches: [...searches.values()] };
}
