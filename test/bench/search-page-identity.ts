/**
 * npx tsx test/bench/search-page-identity.ts --against <checkout> [--times N]
 *
 * Whether this checkout's `/recherche` pages and `/api/moves` answers are byte-identical to another
 * checkout's, on the kept carnet_bench_search: bench:search's 400 queries, each with a filter or sort
 * added, words in websearch syntax, the second pages their "Page suivante" links lead to and a few
 * bad ones, each fetched N times (default 3) from both servers, so that what either remembers
 * between requests (counts, plans, marks) is read back too. Prints the pages compared and the first
 * differences; exits 1 on any.
 *
 * `--same-rendering`: HTML answers are compared as a browser renders them rather than byte for byte:
 * in both, each run of whitespace holding a line break becomes one line break (outside <pre> and
 * <textarea>, which these pages do not have, HTML collapses such a run to one space whatever it
 * holds) and `&#x3D;` becomes `=` (the same character to an HTML parser, in text and in a quoted
 * attribute). JSON answers are still compared byte for byte. For a change to the page's markup
 * that keeps its text, links, forms and ARIA (issue 14: the page's bytes).
 */
import path from "node:path";
import { serveReady, startCarnet } from "../support/instances.ts";
import {
  commandOption,
  openSearchBenchDatabase,
  SEARCH_BENCH_SIZE,
  searchServerEnv,
} from "./search-bench-database.ts";
import { searchMix } from "./search-mix.ts";

const against = commandOption("--against");
if (!against) throw new Error("--against <checkout> is required");
const times = Number(commandOption("--times") ?? 3);
const sameRendering = process.argv.includes("--same-rendering");
const rendered = (answer: string) =>
  sameRendering && answer.includes("<!doctype html>")
    ? answer.replace(/[ \t]*\n\s*/g, "\n").replaceAll("&#x3D;", "=")
    : answer;

const url = await openSearchBenchDatabase(true);
const env = await searchServerEnv(url, "warn");
const servers = await Promise.all(
  [undefined, path.resolve(against)].map((root) =>
    startCarnet(["serve", "--no-scheduler"], env, serveReady, { keepOutput: false, root }),
  ),
);

const queries = searchMix(SEARCH_BENCH_SIZE).map(({ query }) => query);
const extra: Record<string, string>[] = [
  { q: '"head of data"' },
  { q: "directeur -commercial" },
  { q: "drh or daf" },
  { q: "directrice financière", sort: "relevance" },
  { q: "responsable des achats", kind: "joined" },
  { q: "directeur commercial", seniority: "c_level" },
  { q: "head of data", since: "2020-01-01" },
  { q: "DRH", function: "hr" },
  { q: "chief" },
  { q: "direct*" },
  { q: "x".repeat(201) },
  { q: "drh", kind: "nope" },
  { cursor: "garbage" },
];
// Role words (i % 10 === 0) and typo'd names (3: their page as corrected, read straight away once
// remembered) also sorted by relevance and with a filter.
const variants = queries.flatMap((q, i) =>
  i % 10 === 0 || i % 10 === 3
    ? [q, { ...q, sort: "relevance" }, { ...q, kind: i % 20 ? "joined" : "" }, { ...q, since: "2024-01-01" }]
    : [q],
);
const paths = [...variants, ...extra].flatMap((q) => [
  `/recherche?${new URLSearchParams(q)}`,
  `/api/moves?${new URLSearchParams(q)}`,
]);

let compared = 0;
let differing = 0;
const fetchText = async (base: string, p: string) => {
  const response = await fetch(`${base}${p}`, { headers: { "cache-control": "no-cache" } });
  return rendered(`${response.status}\n${await response.text()}`);
};
const nextPages = new Set<string>();
try {
  for (let round = 0; round < times; round++)
    for (const p of [...paths, ...nextPages]) {
      const [mine, theirs] = await Promise.all(servers.map((s) => fetchText(s.url, p)));
      compared++;
      if (mine !== theirs) {
        differing++;
        if (differing <= 5) {
          let at = 0;
          while (at < mine!.length && mine![at] === theirs![at]) at++;
          console.log(
            `differs: ${p}\n  this: …${mine!.slice(at - 80, at + 120)}\n  them: …${theirs!.slice(at - 80, at + 120)}`,
          );
        }
      }
      const next = /rel="next" href="([^"]+)"/.exec(theirs!)?.[1];
      if (round === 0 && next) nextPages.add(next.replaceAll("&amp;", "&"));
    }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
console.log(`${compared} answers compared (${times} rounds), ${differing} differing`);
process.exit(differing ? 1 : 0);
