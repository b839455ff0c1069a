import { describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { createDatabase } from "../../db/database.ts";
import {
  compilePageStatement,
  type MoveCriteria,
  type PageOptions,
  type PageRequest,
  pageShapesNotLearned,
  type TextCriterion,
} from "../../db/repositories/search.ts";
import { StatementShapes } from "../../db/repositories/statement-shapes.ts";

/**
 * A search's statement is learned once per shape and then only filled with values
 * (StatementShapes): every shape the search service sends, and then some, must give the text and
 * parameters that building it afresh gives. Nothing connects: statements are only compiled.
 */
const { db } = createDatabase("postgres://nobody@127.0.0.1:1/none");

const texts: (TextCriterion | undefined)[] = [
  undefined,
  { kind: "words", query: "directeur financier" },
  { kind: "words", query: "head of data", commonPhrase: true },
  { kind: "tsquery", tsquery: "claire & moreau", namePhrase: true },
  { kind: "tsquery", tsquery: "(daf | directeur <-> financier)" },
];
const filters: Omit<MoveCriteria, "text">[] = [
  {},
  { company: { slug: "axien-conseil", key: "axien conseil" } },
  { since: "2024-01-01", until: "2025-06-30", kind: "appointed" },
  { seniority: "c_level", function: "finance", company: { slug: "kerlog", key: "kerlog" } },
];
const pages: PageRequest[] = [
  { sort: "date", limit: 20 },
  { sort: "date", limit: 50, after: { sort: "date", publishedOn: "2025-03-01", id: 1234 } },
  { sort: "date", limit: 37 },
  { sort: "relevance", limit: 20 },
  { sort: "relevance", limit: 50, after: { sort: "relevance", score: 0.25, id: 99 } },
];
const noop = () => {};
const knownRecords = (words: string[]) => {
  const ids = words.map((_, i) => words.length * 10 + i);
  return { version: words.length, ids, records: new Map(ids.map((id) => [id, { id }])) };
};
const optionSets = (words: string[]): PageOptions[] => [
  {},
  { highlight: true, count: { cap: 100, facets: true, found: noop }, version: noop },
  { count: { cap: 100, facets: false, found: noop } },
  { version: noop },
  { version: noop, knownRecords: knownRecords(words) },
  { lookUp: { words, runs: [words.join(" ")], found: noop } },
  {
    lookUp: {
      words,
      runs: [],
      found: noop,
      correct: {
        words: words.map((word, i) => ({ word, nearby: i === 0 })),
        found: noop,
        reading: { parts: words, corrects: words.map((_, i) => i + 1), found: noop },
      },
    },
    highlight: true,
    version: noop,
  },
  {
    lookUp: {
      words,
      runs: [],
      found: noop,
      correct: {
        words: [{ word: words[0] as string, nearby: true }],
        found: noop,
        reading: {
          parts: words.map((w) => `(${w} | ${w}s)`),
          corrects: words.map((_, i) => (i === 0 ? 1 : 0)),
          count: { cap: 100, facets: true },
          version: true,
          found: noop,
        },
      },
    },
    count: { cap: 100, facets: true, found: noop },
    version: noop,
    knownRecords: knownRecords(words),
  },
];

describe("search statements learned per shape", () => {
  it("give what building them afresh gives, for every shape and other values of it", () => {
    const formats = ["record", "listing", "api-json"] as const;
    let compared = 0;
    for (const round of [0, 1])
      for (const text of texts)
        for (const filter of filters)
          for (const page of pages)
            for (const format of formats)
              for (const options of optionSets(
                round === 0 ? ["claire", "moreau"] : ["jean", "dupont", "x"],
              )) {
                // The second round's values differ from the first's everywhere a value goes.
                const criteria: MoveCriteria = {
                  ...filter,
                  ...(filter.company && round === 1 ? { company: { slug: "autre", key: "autre cle" } } : {}),
                  ...(filter.since && round === 1 ? { since: "2020-02-02" } : {}),
                  text:
                    text &&
                    (text.kind === "words"
                      ? { ...text, query: `${text.query}${round ? " autre" : ""}` }
                      : { ...text, tsquery: `${text.tsquery}${round ? " & autre" : ""}` }),
                };
                const learned = compilePageStatement(db, criteria, page, format, options);
                const fresh = compilePageStatement(db, criteria, page, format, options, true);
                expect(learned.statement).toBe(fresh.statement);
                expect(learned.compiled.sql).toBe(fresh.compiled.sql);
                expect(learned.compiled.parameters).toEqual(fresh.compiled.parameters);
                compared++;
              }
    expect(pageShapesNotLearned()).toEqual([]);
    expect(compared).toBe(2 * texts.length * filters.length * pages.length * 3 * 8);
  });
});

describe("StatementShapes", () => {
  it("builds at each call a statement whose text depends on a value", () => {
    const shapes = new StatementShapes();
    const build = (values: readonly unknown[]) => sql`SELECT ${sql.lit(String(values[0]))}`.compile(db);
    expect(shapes.compiled("s", ["a"], build).sql).toBe(fresh("a"));
    expect(shapes.compiled("s", ["b"], build).sql).toBe(fresh("b"));
    function fresh(value: string) {
      return build([value]).sql;
    }
  });

  it("builds at each call a statement whose parameter is a value transformed", () => {
    const shapes = new StatementShapes();
    const build = (values: readonly unknown[]) => sql`SELECT ${String(values[0]).toUpperCase()}`.compile(db);
    expect(shapes.compiled("s", ["a"], build).parameters).toEqual(["A"]);
    expect(shapes.compiled("s", ["b"], build).parameters).toEqual(["B"]);
  });

  it("keeps constants and fills the slots", () => {
    const shapes = new StatementShapes();
    const build = (values: readonly unknown[]) =>
      sql`SELECT ${values[1]}, ${"constant"}, ${values[0]}, ${values[1]}`.compile(db);
    expect(shapes.compiled("s", [1, [2]], build).parameters).toEqual([[2], "constant", 1, [2]]);
    const second = shapes.compiled("s", [3, [4]], build);
    expect(second.parameters).toEqual([[4], "constant", 3, [4]]);
    expect(second.sql).toBe(build([3, [4]]).sql);
  });
});
