import type { DB } from "../../db/database.ts";
import { directoryVersion } from "../../db/repositories/search.ts";
import { type SearchQuery, searchMovesAsJson } from "./search.ts";

/**
 * /api/moves answers, kept in memory and keyed by the query and the directory's version (migration
 * 0005: bumped in the same commit as any change to moves, people, companies, aliases, previous
 * employers or issues, whoever makes it). A request reads the version (one primary-key read),
 * then serves the stored answer for that version or computes and stores it. An answer computed
 * while a change commits may already show it, never the reverse: the version is read before the
 * search, so an answer is never stored under a version newer than its data. Every instance reads
 * the same version, so several instances invalidate together. Bounded by size: least recently
 * used answers go first; answers of an older version are dropped as soon as a newer one is seen.
 */
export interface MoveSearchCache {
  /** The API's JSON body for a search; `fresh` skips the cache (a client's Cache-Control: no-cache). */
  answer(query: SearchQuery, options: { fresh: boolean }): Promise<string>;
}

export const API_DEFAULT_LIMIT = 50;

/** The API's body: each item is already JSON, built by PostgreSQL (see findMovePage). */
async function computeAnswer(db: DB, query: SearchQuery): Promise<string> {
  const result = await searchMovesAsJson(db, query, { defaultLimit: API_DEFAULT_LIMIT });
  return `{"items":[${result.items.join(",")}],"next_cursor":${JSON.stringify(result.nextCursor)}}`;
}

/** The same search, however its parameters were ordered in the URL. */
const keyOf = (query: SearchQuery) =>
  JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));

export function createMoveSearchCache({ db, maxBytes }: { db: DB; maxBytes: number }): MoveSearchCache {
  let version = 0;
  let bytes = 0;
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const answers = new Map<string, string>();

  function store(key: string, body: string) {
    if (body.length * 2 > maxBytes) return;
    answers.set(key, body);
    bytes += body.length * 2; // UTF-16 in memory
    for (const [oldest, old] of answers) {
      if (bytes <= maxBytes) break;
      answers.delete(oldest);
      bytes -= old.length * 2;
    }
  }

  return {
    async answer(query, { fresh }) {
      if (fresh) return computeAnswer(db, query);
      const current = await directoryVersion(db);
      if (current > version) {
        answers.clear();
        bytes = 0;
        version = current;
      }
      // An older version read by a request that overtook a newer one: answer without storing.
      if (current < version) return computeAnswer(db, query);
      const key = keyOf(query);
      const hit = answers.get(key);
      if (hit !== undefined) {
        answers.delete(key);
        answers.set(key, hit);
        return hit;
      }
      const body = await computeAnswer(db, query);
      if (version === current) store(key, body);
      return body;
    },
  };
}
