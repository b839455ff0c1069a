import { describe, expect, it } from "@jest/globals";
import { countedFromPage } from "../../db/repositories/search.ts";

type Row = Parameters<typeof countedFromPage>[0][number];

let nextId = 1;
const row = (
  company: string,
  published_on: string,
  kind = "joined",
  seniority = "director",
  fn = "finance",
): Row => ({
  id: nextId++,
  published_on,
  score: 0,
  record: {
    kind,
    seniority,
    function: fn,
    company: { name: company.toUpperCase(), slug: company },
  } as Row["record"],
});

describe("count and facets made from a whole first page", () => {
  it("counts the page's rows and every facet the criteria leave open, in one order", () => {
    const rows = [
      row("acme", "2025-03-01", "promoted", "vp", "sales"),
      row("zeta", "2024-12-01", "joined", "head", "finance"),
      row("acme", "2024-01-05", "appointed", "vp", "sales"),
    ];
    const counted = countedFromPage(rows, {}, true);
    expect(counted?.count).toBe(3);
    expect(counted?.facets).toEqual([
      // Equal counts in the vocabulary's order: Arrivée, Nomination, Promotion.
      { facet: "kind", value: "joined", label: null, n: 1 },
      { facet: "kind", value: "appointed", label: null, n: 1 },
      { facet: "kind", value: "promoted", label: null, n: 1 },
      { facet: "seniority", value: "vp", label: null, n: 2 },
      { facet: "seniority", value: "head", label: null, n: 1 },
      { facet: "function", value: "sales", label: null, n: 2 },
      { facet: "function", value: "finance", label: null, n: 1 },
      { facet: "year", value: "2025", label: null, n: 1 },
      { facet: "year", value: "2024", label: null, n: 2 },
      { facet: "company", value: "acme", label: "ACME", n: 2 },
      { facet: "company", value: "zeta", label: "ZETA", n: 1 },
    ]);
  });

  it("leaves out the facets of filters already set, and all of them when not asked", () => {
    const rows = [row("acme", "2025-03-01"), row("zeta", "2024-12-01")];
    const counted = countedFromPage(
      rows,
      { company: { slug: "acme", key: "acme" }, kind: "joined", since: "2024-01-01" },
      true,
    );
    expect(counted?.facets.map((f) => f.facet)).toEqual(["seniority", "function"]);
    expect(countedFromPage(rows, {}, false)).toEqual({ count: 2, facets: [] });
  });

  it("keeps the ten busiest companies, ties going to the most recent", () => {
    const rows = Array.from({ length: 11 }, (_, i) =>
      row(`c${i}`, `2025-01-${String(i + 1).padStart(2, "0")}`),
    );
    const companies = countedFromPage(rows, {}, true)?.facets.filter((f) => f.facet === "company");
    expect(companies?.map((f) => f.value)).toHaveLength(10);
    expect(companies?.map((f) => f.value)).not.toContain("c0");
  });

  it("gives up when a tie across the tenth place needs the company ids PostgreSQL would break it by", () => {
    const rows = Array.from({ length: 11 }, (_, i) => row(`c${i}`, "2025-01-01"));
    expect(countedFromPage(rows, {}, true)).toBeUndefined();
    expect(countedFromPage(rows, { company: { slug: "c1", key: "c1" } }, true)?.count).toBe(11);
  });
});
