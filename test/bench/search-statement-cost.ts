/**
 * npx tsx test/bench/search-statement-cost.ts
 *
 * The CPU a search's statement costs the server to make, built afresh through Kysely against
 * learned once per shape (StatementShapes), for the shapes bench:search sends (API and page),
 * alternating the two ways in the same process. Nothing connects: statements are only compiled.
 */
import { createDatabase } from "../../db/database.ts";
import { compilePageStatement, type MoveCriteria, type PageOptions } from "../../db/repositories/search.ts";

const { db } = createDatabase("postgres://nobody@127.0.0.1:1/none");
const noop = () => {};
const lookUp = (words: string[]) => ({ words, runs: [words.join(" ")], found: noop });
const shapes: {
  name: string;
  criteria: MoveCriteria;
  options: PageOptions;
  format: "api-json" | "listing";
}[] = [];
for (const [format, extra] of [
  ["api-json", {}],
  ["listing", { highlight: true, count: { cap: 100, facets: true, found: noop }, version: noop }],
] as const) {
  shapes.push(
    {
      name: `${format} role words`,
      criteria: { text: { kind: "words", query: "head of data", commonPhrase: true } },
      options: { ...extra, lookUp: lookUp(["head", "of", "data"]) },
      format,
    },
    {
      name: `${format} typo'd name`,
      criteria: { text: { kind: "tsquery", tsquery: "claire & moraeu", namePhrase: true } },
      options: {
        ...extra,
        lookUp: {
          ...lookUp(["claire", "moraeu"]),
          correct: {
            words: [{ word: "moraeu", nearby: true }],
            found: noop,
            reading: {
              parts: ["claire", "moraeu"],
              corrects: [0, 1],
              ...(format === "listing" ? { count: { cap: 100, facets: true }, version: true } : {}),
              found: noop,
            },
          },
        },
      },
      format,
    },
    {
      name: `${format} company`,
      criteria: { company: { slug: "axien", key: "axien" } },
      options: extra,
      format,
    },
    { name: `${format} latest`, criteria: {}, options: extra, format },
  );
}
const runs = 2000;
const measure = (fresh: boolean) => {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++)
    for (const s of shapes)
      compilePageStatement(db, s.criteria, { sort: "date", limit: 20 }, s.format, s.options, fresh);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (runs * shapes.length);
};
for (let round = 0; round < 4; round++) {
  const fresh = measure(true);
  const learned = measure(false);
  console.log(`built afresh ${fresh.toFixed(1)} µs a statement, learned ${learned.toFixed(1)} µs`);
}
await db.destroy();
