/**
 * npx tsx test/bench/parse-outputs.ts <dir>: writes everything the parser returns for every fixture
 * under test/fixtures/parse, the sample issues of seeds/ and ../shared/seeds, and the bench's
 * synthetic issues, one JSON file each, read without and with a gazetteer (what the directory knows
 * at import). A change meant to speed the parser up must leave `diff -r before after` empty.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ISSUE_EXTENSIONS, ParseInputError, parseIssueBytes } from "../../jobs/import/issue-file.ts";
import { compileGazetteer, type GazetteerEntries } from "../../jobs/parse/index.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const out = process.argv[2];
if (!out) throw new Error("usage: parse-outputs.ts <output directory>");
const root = path.resolve(import.meta.dirname, "../..");
// A fixed day: a date check relative to today must not change the output between two runs.
const TODAY = "2026-06-01";
const SYNTHETIC = 200;

async function issueFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await issueFiles(full)));
    else if (ISSUE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files.sort();
}

const sources: { name: string; bytes: Buffer }[] = [];
for (const dir of ["test/fixtures/parse", "seeds", "../shared/seeds"]) {
  for (const file of await issueFiles(path.resolve(root, dir)))
    sources.push({ name: path.relative(root, file).replaceAll("/", "__"), bytes: await readFile(file) });
}
for (let i = 0; i < SYNTHETIC; i++) {
  const { name, text } = syntheticIssue(i);
  sources.push({ name: `synthetic__${name}`, bytes: Buffer.from(text) });
}

// The gazetteer: every company and person the fixtures expect, as a directory that had imported them.
const known: GazetteerEntries = { companies: [], people: [] };
for (const file of await readdir(path.join(root, "test/fixtures/parse"))) {
  if (!file.endsWith(".expected.json")) continue;
  const expected = JSON.parse(await readFile(path.join(root, "test/fixtures/parse", file), "utf8"));
  for (const move of expected.moves ?? expected.issues?.flatMap((i: { moves: unknown[] }) => i.moves) ?? []) {
    if (typeof move.company !== "string" || typeof move.person !== "string") continue;
    known.companies.push({ name: move.company });
    known.people!.push({ name: move.person, company: move.company });
  }
}
const gazetteers = { plain: undefined, known: compileGazetteer(known) };

await mkdir(out, { recursive: true });
for (const [label, gazetteer] of Object.entries(gazetteers)) {
  await mkdir(path.join(out, label), { recursive: true });
  for (const { name, bytes } of sources) {
    let result: unknown;
    try {
      result = await parseIssueBytes(bytes, name.replace(/^.*__/, ""), TODAY, { gazetteer });
    } catch (error) {
      if (!(error instanceof ParseInputError)) throw error;
      result = { refused: error.problem, message: error.message };
    }
    await writeFile(path.join(out, label, `${name}.json`), `${JSON.stringify(result, null, 1)}\n`);
  }
}
console.log(`${sources.length} issues × ${Object.keys(gazetteers).length} → ${out}`);
