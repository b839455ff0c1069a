import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type CompiledQuery, Kysely, PostgresDialect } from "kysely";
import * as search from "../../db/repositories/search.ts";
import type { Database } from "../../db/schema.ts";
import { companyKey } from "../../jobs/parse/index.ts";
import { companyName, generateDirectory } from "../bench/search-data.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

/**
 * The search's query shapes must be answered from an index, or a million moves would be read row
 * by row. A directory of 30,000 generated moves (the benchmark's generator) gives the planner
 * realistic statistics; sequential scans are priced out (enable_seqscan = off) so that a plan still
 * reading a table sequentially means that no index can serve it. For the selective shapes (a
 * company, words, names) ordered index walks are priced out too: for common words PostgreSQL
 * rightly prefers walking moves_published_idx in date order until a page is full, and the test
 * must show that the GIN index is there for rare ones. The benchmark (npm run bench:search)
 * prints the plans PostgreSQL picks on a million rows.
 */
describe("search query plans", () => {
  let test: TestDatabase;
  let logged: CompiledQuery[];
  let db: Kysely<Database>;
  const companyId = 42;
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
  });
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
      for (const query of logged) {
        const { rows } = await client.query(
          `EXPLAIN (FORMAT JSON) ${query.sql}`,
          query.parameters as unknown[],
        );
        const walk = (node: Record<string, unknown>) => {
          if (typeof node["Index Name"] === "string") indexes.add(node["Index Name"]);
          if (node["Node Type"] === "Seq Scan") seqScans.add(String(node["Relation Name"]));
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
        };
        walk(rows[0]["QUERY PLAN"][0].Plan);
      }
      return { indexes: [...indexes], seqScans: [...seqScans] };
    } finally {
      await client.query("RESET enable_seqscan");
      await client.query("RESET enable_indexscan");
      client.release();
    }
  }

  const page = { sort: "date" as const, limit: 20 };

  it("walks the published-moves index for the newest moves, with or without kind and date filters", async () => {
    const latest = await plansOf(() => search.findMatchingMoves(db, {}, page));
    expect(latest).toEqual({ indexes: ["moves_published_idx"], seqScans: [] });
    const filtered = await plansOf(() =>
      search.findMatchingMoves(
        db,
        { kind: "joined", since: "2025-01-01", until: "2025-06-30" },
        {
          ...page,
          after: { sort: "date", publishedOn: "2025-04-10", id: 10 },
        },
      ),
    );
    expect(filtered).toEqual({ indexes: ["moves_published_idx"], seqScans: [] });
  });

  it("uses the company index for a company filter", async () => {
    const plan = await plansOf(() => search.findMatchingMoves(db, { companyId }, page), {
      selective: true,
    });
    expect(plan.indexes).toContain("moves_company_published_idx");
    expect(plan.seqScans).toEqual([]);
  });

  it("uses the full-text GIN index for words, by date or by relevance, and for the count", async () => {
    const words = { text: { kind: "words" as const, query: "directrice financière" } };
    for (const run of [
      () => search.findMatchingMoves(db, words, page),
      () => search.findMatchingMoves(db, words, { sort: "relevance", limit: 20 }),
      () => search.hasWordMatch(db, "directrice financière"),
      () => search.countMatchingMoves(db, words, 1000),
    ]) {
      const plan = await plansOf(run, { selective: true });
      expect(plan.indexes).toContain("moves_search_vector_idx");
      expect(plan.seqScans).toEqual([]);
    }
  });

  it("resolves typo'd names through the trigram indexes, then reads moves by person and company", async () => {
    // A generated company's name with its third letter dropped, as a hurried recruiter types it.
    const typo = companyKey(companyName(41)).replace(/^(..)./, "$1");
    const names = await plansOf(() => search.findSimilarNames(db, typo));
    expect(names.indexes).toEqual(
      expect.arrayContaining([
        "people_key_trgm_idx",
        "companies_key_trgm_idx",
        "company_aliases_key_trgm_idx",
        "move_previous_companies_company_idx",
      ]),
    );
    expect(names.seqScans).toEqual([]);
    const moves = await plansOf(
      () =>
        search.findMatchingMoves(
          db,
          {
            text: { kind: "names", key: "scalan", personIds: [1, 2], companyIds: [companyId], moveIds: [5] },
          },
          page,
        ),
      { selective: true },
    );
    expect(moves.indexes).toEqual(
      expect.arrayContaining(["moves_person_idx", "moves_company_published_idx"]),
    );
    expect(moves.seqScans).toEqual([]);
  });

  it("answers company autocomplete from the key indexes", async () => {
    const plan = await plansOf(() => search.suggestCompanies(db, "sca"));
    expect(plan.seqScans).toEqual([]);
    expect(plan.indexes.some((i) => /^compan(ies|y_aliases)_key_(prefix|trgm)_idx$/.test(i))).toBe(true);
  });
});
