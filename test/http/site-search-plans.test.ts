import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type CompiledQuery, Kysely, PostgresDialect } from "kysely";
import * as search from "../../db/repositories/search.ts";
import type { Database } from "../../db/schema.ts";
import { companyKey, slugify } from "../../jobs/parse/index.ts";
import { companyName, generateDirectory } from "../bench/search-data.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

/**
 * The search's query shapes must be answered from an index, or a million moves would be read row
 * by row. A directory of 30,000 generated moves (the benchmark's generator) gives the planner
 * realistic statistics (migration 0005's lexeme statistics target included); sequential scans are priced out (enable_seqscan = off) so that a plan still
 * reading a table sequentially means that no index can serve it. For the selective shapes (a
 * company, words, names) ordered index walks are priced out too: for common words PostgreSQL
 * rightly prefers walking moves_published_idx in date order until a page is full, and the test
 * must show that the GIN index is there for rare ones. The benchmark (npm run bench:search)
 * prints the plans PostgreSQL picks on a million rows.
 */
/** A parameter as text, as pg sends it (arrays as PostgreSQL array literals). */
const asText = (value: unknown): string =>
  Array.isArray(value)
    ? `{${value.map((v) => `"${String(v).replace(/[\\"]/g, "\\$&")}"`).join(",")}}`
    : String(value);

describe("search query plans", () => {
  let test: TestDatabase;
  let logged: CompiledQuery[];
  let db: Kysely<Database>;
  beforeAll(async () => {
    test = await createTestDatabase();
    const client = await test.pool.connect();
    await generateDirectory(client, { moves: 30_000, companies: 3_000, people: 24_000 }).finally(() =>
      client.release(),
    );
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: test.pool }),
      log: (event) => {
        if (event.level === "query") logged.push(event.query);
      },
    });
    // Building 30,000 moves takes about 10 s on an idle 2-core machine; a CI machine busy with other
    // suites can take three times that, which is not what this file tests.
  }, 120_000);
  afterAll(() => test.drop());

  /** The indexes and the sequentially scanned tables of every query `run` sends. */
  async function plansOf(run: () => Promise<unknown>, options: { selective?: boolean } = {}) {
    logged = [];
    await run();
    const client = await test.pool.connect();
    try {
      await client.query("SET enable_seqscan = off");
      if (options.selective) await client.query("SET enable_indexscan = off");
      const indexes = new Set<string>();
      const seqScans = new Set<string>();
      const perRow: string[] = [];
      const walk = (node: Record<string, unknown>) => {
        if (typeof node["Index Name"] === "string") indexes.add(node["Index Name"]);
        // directory_version is one row (migration 0005), read beside a search page's rows.
        if (node["Node Type"] === "Seq Scan" && node["Relation Name"] !== "directory_version")
          seqScans.add(String(node["Relation Name"]));
        for (const key of ["Filter", "Index Cond", "Recheck Cond"])
          if (/to_tsquery\(/.test(String(node[key] ?? ""))) perRow.push(String(node[key]));
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      for (const query of logged) {
        const { rows } = await client.query(
          `EXPLAIN (FORMAT JSON) ${query.sql}`,
          query.parameters as unknown[],
        );
        walk(rows[0]["QUERY PLAN"][0].Plan);
        // A prepared statement (db/database.ts) runs on the plan PostgreSQL makes without the
        // values once it finds it no dearer than the plans made with them: that plan must use the
        // same indexes (a `status = $1` cannot use the partial moves_published_idx), and must not
        // parse the words again for every row (to_tsquery($1) in a filter).
        if (!/^\s*(select\s+)?\/\* prepared/i.test(query.sql)) continue;
        await client.query(`PREPARE generic_plan AS ${query.sql}`);
        try {
          await client.query("SET plan_cache_mode = force_generic_plan");
          // EXECUTE takes its values as literals (no bind parameters), as pg would send them.
          const args = query.parameters
            .map((v) => (v === null ? "NULL" : client.escapeLiteral(asText(v))))
            .join(", ");
          const generic = await client.query(
            `EXPLAIN (FORMAT JSON) EXECUTE generic_plan${args ? `(${args})` : ""}`,
          );
          walk(generic.rows[0]["QUERY PLAN"][0].Plan);
        } finally {
          await client.query("DEALLOCATE generic_plan");
          await client.query("RESET plan_cache_mode");
        }
        expect(perRow).toEqual([]);
      }
      return { indexes: [...indexes], seqScans: [...seqScans] };
    } finally {
      await client.query("RESET enable_seqscan");
      await client.query("RESET enable_indexscan");
      client.release();
    }
  }

  const page = { sort: "date" as const, limit: 20 };
  /** A page's statement also reads each row's person, company and issue by key (its previous employers are the move's own column, migration 0032). */
  const HYDRATION = ["people_pkey", "companies_pkey", "newsletter_issues_pkey"];

  it("walks the published-moves index for the newest moves, with or without kind and date filters", async () => {
    const latest = await plansOf(() => search.findMovePage(db, {}, page));
    expect(latest.indexes).toEqual(expect.arrayContaining(["moves_published_idx", ...HYDRATION]));
    expect(latest.seqScans).toEqual([]);
    const counted = await plansOf(() =>
      search.findMovePage(db, {}, page, "record", { count: { cap: 100, facets: true, found: () => {} } }),
    );
    expect(counted.indexes).toEqual(expect.arrayContaining(["moves_published_idx", ...HYDRATION]));
    expect(counted.seqScans).toEqual([]);
    // A search page whose count is remembered reads the page and the directory's version; a stale
    // one is counted alone.
    const versioned = await plansOf(() => search.findMovePage(db, {}, page, "record", { version: () => {} }));
    expect(versioned.indexes).toEqual(expect.arrayContaining(["moves_published_idx", ...HYDRATION]));
    expect(versioned.seqScans).toEqual([]);
    // A search asked again names the records it knows (recordsSeen): the same walk.
    const knowing = await plansOf(() =>
      search.findMovePage(db, {}, page, "api-json", {
        version: () => {},
        knownRecords: { version: 1, ids: [], records: new Map() },
      }),
    );
    expect(knowing.indexes).toEqual(expect.arrayContaining(["moves_published_idx", ...HYDRATION]));
    expect(knowing.seqScans).toEqual([]);
    const countedAlone = await plansOf(() => search.countMatches(db, {}, 100, true));
    expect(countedAlone.indexes).toEqual(expect.arrayContaining(["moves_published_idx", "companies_pkey"]));
    expect(countedAlone.seqScans).toEqual([]);
    const filtered = await plansOf(() =>
      search.findMovePage(
        db,
        { kind: "joined", since: "2025-01-01", until: "2025-06-30" },
        { ...page, after: { sort: "date", publishedOn: "2025-04-10", id: 10 } },
      ),
    );
    expect(filtered.indexes).toContain("moves_published_idx");
    expect(filtered.seqScans).toEqual([]);
  });

  it("prepares the statements of the site's page sizes only, so that a client's limits cannot pile up statements", async () => {
    const prepared = async (limit: number) => {
      logged = [];
      await search.findMovePage(db, {}, { sort: "date", limit });
      return /^\s*(select\s+)?\/\* prepared/i.test(logged[0]?.sql ?? "");
    };
    expect(await prepared(20)).toBe(true);
    expect(await prepared(50)).toBe(true);
    expect(await prepared(37)).toBe(false);
  });

  it("uses the company index for a company filter, the company found by its unique keys", async () => {
    const name = companyName(41);
    const plan = await plansOf(
      () => search.findMovePage(db, { company: { slug: slugify(name), key: companyKey(name) } }, page),
      { selective: true },
    );
    expect(plan.indexes).toContain("moves_company_published_idx");
    expect(plan.indexes.some((i) => /^companies_(slug_key|key_key|key_prefix_idx)$/.test(i))).toBe(true);
    expect(plan.indexes.some((i) => /^company_aliases_key_(key|prefix_idx)$/.test(i))).toBe(true);
    expect(plan.seqScans).toEqual([]);
    const counted = await plansOf(
      () =>
        search.findMovePage(db, { company: { slug: slugify(name), key: companyKey(name) } }, page, "record", {
          count: { cap: 100, facets: true, found: () => {} },
        }),
      { selective: true },
    );
    expect(counted.indexes).toContain("moves_company_published_idx");
    expect(counted.seqScans).toEqual([]);
    const countedAlone = await plansOf(
      () => search.countMatches(db, { company: { slug: slugify(name), key: companyKey(name) } }, 100, true),
      { selective: true },
    );
    expect(countedAlone.indexes).toContain("moves_company_published_idx");
    expect(countedAlone.seqScans).toEqual([]);
  });

  it("uses the full-text GIN index for words, by date or by relevance, and for the count and facets", async () => {
    const words = { text: { kind: "words" as const, query: "directrice financière" } };
    for (const run of [
      () => search.findMovePage(db, words, page),
      () => search.findMovePage(db, words, { sort: "relevance", limit: 20 }),
      // The count and facets alone in the page's statement (no lookup).
      () =>
        search.findMovePage(db, words, page, "record", {
          count: { cap: 1000, facets: true, found: () => {} },
        }),
      // As the search sends it: the query's words looked up in the page's statement.
      () =>
        search.findMovePage(db, words, page, "api-json", {
          lookUp: { words: ["directrice", "financiere"], runs: ["directrice financiere"], found: () => {} },
        }),
      // As the search page sends it: the count and facets in the page's statement too.
      () =>
        search.findMovePage(db, words, page, "listing", {
          highlight: true,
          lookUp: { words: ["directrice", "financiere"], runs: ["directrice financiere"], found: () => {} },
          count: { cap: 100, facets: true, found: () => {} },
        }),
      // As the search page sends it when it remembers the count: the version beside the page.
      () =>
        search.findMovePage(db, words, page, "listing", {
          highlight: true,
          lookUp: { words: ["directrice", "financiere"], runs: ["directrice financiere"], found: () => {} },
          version: () => {},
        }),
      () => search.countMatches(db, words, 100, true),
    ]) {
      const plan = await plansOf(run, { selective: true });
      expect(plan.indexes).toContain("moves_search_vector_idx");
      expect(plan.seqScans).toEqual([]);
    }
  });

  it("walks dates first for a common phrase, with the GIN index as fallback, and checks names by key", async () => {
    const phrase = { text: { kind: "words" as const, query: "head of data", commonPhrase: true } };
    for (const run of [
      () => search.findMovePage(db, phrase, page),
      () => search.findMovePage(db, phrase, { sort: "relevance", limit: 20 }),
      () => search.countMatches(db, phrase, 100, true),
    ]) {
      const plan = await plansOf(run);
      expect(plan.indexes).toEqual(
        expect.arrayContaining(["moves_published_idx", "moves_search_vector_idx"]),
      );
      expect(plan.seqScans).toEqual([]);
    }
    const names = await plansOf(() => search.hasNameWord(db, ["head", "of", "data"]));
    expect(names).toEqual({ indexes: ["name_words_pkey"], seqScans: [] });
  });

  it("prices a word that no move holds as rare, so that it goes to the GIN index without hints", async () => {
    // Walking moves_published_idx for a word found nowhere would read every published move.
    const plan = await plansOf(() =>
      search.findMovePage(db, { text: { kind: "words", query: "Bermonalt" } }, page),
    );
    expect(plan.indexes).toContain("moves_search_vector_idx");
    expect(plan.indexes).not.toContain("moves_published_idx");
  });

  it("corrects typo'd names through the name-words key, deletion-key and trigram indexes, then reads moves by full text", async () => {
    // A generated company's name with its third letter dropped, as a hurried recruiter types it.
    const typo = companyKey(companyName(41)).replace(/^(..)./, "$1");
    const words = typo.split(" ").map((word) => ({ word, nearby: true }));
    const plans = await plansOf(() => search.correctNameWords(db, words));
    // The one-edit neighbours by their shared deletion keys (migration 0027): a probe per key, not
    // one per neighbour in name_words_pkey.
    expect(plans.indexes).toEqual(
      expect.arrayContaining(["name_words_pkey", "name_words_word_trgm_idx", "name_words_deletion_keys_idx"]),
    );
    expect(plans.seqScans).toEqual([]);
    const [correction] = await search.correctNameWords(db, words);
    expect(correction?.alternatives).toContain(companyKey(companyName(41)).split(" ")[0]);
    const corrected = { kind: "tsquery" as const, tsquery: `(${correction!.alternatives.join(" | ")})` };
    const moves = await plansOf(() => search.findMovePage(db, { text: corrected }, page), {
      selective: true,
    });
    expect(moves.indexes).toContain("moves_search_vector_idx");
    expect(moves.seqScans).toEqual([]);
  });

  it("reads a name phrase (a first name and a surname, typo'd or corrected) from the GIN index, on one prepared plan", async () => {
    // The search service marks several single words holding a name's word as a name phrase: one
    // plan for all values, prepared (plansOf also checks its generic plan), never a walk in date order.
    const [first, surname] = companyKey(companyName(41)).split(" ");
    const namePhrase = {
      text: { kind: "tsquery" as const, tsquery: `${first} & (${surname}x | ${surname})`, namePhrase: true },
    };
    for (const run of [
      () => search.findMovePage(db, namePhrase, page),
      () => search.findMovePage(db, namePhrase, { sort: "relevance", limit: 20 }),
      () =>
        search.findMovePage(db, namePhrase, page, "listing", {
          highlight: true,
          lookUp: { words: [first!, surname!], runs: [`${first} ${surname}`], found: () => {} },
          count: { cap: 100, facets: true, found: () => {} },
        }),
      () => search.countMatches(db, namePhrase, 100, true),
      // A typo'd name's remembered reading (readingsSeen in the search service): the page as
      // corrected with the directory's version beside it, as the API and the search page send it.
      () => search.findMovePage(db, namePhrase, page, "api-json", { version: () => {} }),
      () => search.findMovePage(db, namePhrase, page, "listing", { highlight: true, version: () => {} }),
    ]) {
      logged = [];
      const plan = await plansOf(run);
      expect(logged.every((q) => /^\s*(select\s+)?\/\* prepared/i.test(q.sql))).toBe(true);
      expect(plan.indexes).toContain("moves_search_vector_idx");
      expect(plan.indexes).not.toContain("moves_published_idx");
      expect(plan.seqScans).toEqual([]);
    }
    // As the search sends it: the words looked up, and their corrections read should the page be empty.
    const typoed = `${surname}x`;
    for (const format of ["api-json", "listing"] as const) {
      logged = [];
      const plan = await plansOf(() =>
        search.findMovePage(db, namePhrase, page, format as "listing", {
          lookUp: {
            words: [first!, typoed],
            runs: [`${first} ${typoed}`],
            found: () => {},
            correct: {
              words: [{ word: typoed, nearby: true }],
              found: () => {},
              reading: {
                parts: [first!, typoed],
                corrects: [0, 1],
                version: true,
                ...(format === "listing" ? { count: { cap: 100, facets: true } } : {}),
                found: () => {},
              },
            },
          },
          ...(format === "listing" ? { version: () => {} } : {}),
        }),
      );
      expect(logged).toHaveLength(1);
      expect(plan.indexes).toEqual(
        expect.arrayContaining([
          "moves_search_vector_idx",
          "name_words_pkey",
          "name_words_word_trgm_idx",
          "name_words_deletion_keys_idx",
        ]),
      );
      expect(plan.indexes).not.toContain("moves_published_idx");
      expect(plan.seqScans).toEqual([]);
    }
  });

  it("answers company autocomplete from the key indexes", async () => {
    const plan = await plansOf(() => search.suggestCompanies(db, "sca"));
    expect(plan.seqScans).toEqual([]);
    expect(plan.indexes.some((i) => /^compan(ies|y_aliases)_key_(prefix|trgm)_idx$/.test(i))).toBe(true);
  });
});
