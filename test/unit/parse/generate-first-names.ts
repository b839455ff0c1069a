// Regenerates jobs/parse/lexicon/first-names.generated.ts, the maintained list of first names the
// parser trusts beside the hand lists of lexicon/people.ts, from the locale definitions of
// @faker-js/faker (MIT, a devDependency: the parser never loads faker itself, whose index pulls in
// every locale, ~1 s and ~35 MB in each parse thread).
//   npx tsx test/unit/parse/generate-first-names.ts [--check]
// --check exits 1 when the committed file differs from what the pinned faker gives (after a faker
// upgrade or a lexicon change that moves a filter), without writing.
// A first name is kept when it reads as nothing else in a French newsletter: Latin letters, at least
// three, one word; not a French dictionary word or inflection ("Rose", "Blanche", "Constance",
// "Urbain": a capitalised common word opens a sentence or sits inside a company's name far more often
// than it names someone); not a word the lexicon already gives another role (a place, a title, a
// company word, a stop word, a month). Its gender is the one every chosen locale agrees on; a name
// listed feminine in one locale and masculine in another ("Andrea", "Jan") is listed as both.
// Re-run the corpus report over all corpora before committing a regenerated list (README "Parsing").

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  da,
  de,
  en,
  es,
  fi,
  fr,
  fr_BE,
  fr_CH,
  fr_SN,
  hu,
  type LocaleDefinition,
  nb_NO,
  pl,
  pt_PT,
  ro,
  sv,
} from "@faker-js/faker";
import { isFrenchWord } from "../../../jobs/parse/french-words.ts";
import {
  ACRONYMS,
  COMPANY_NAME_WORDS,
  EMPLOYER_NOUNS,
  ENGLISH_DESCRIPTORS,
  ENGLISH_TITLE_HEADS,
  foldWord,
  MONTH_NAMES,
  NAME_PARTICLES,
  NAME_STOPWORDS,
  PLACES,
  REGION_NAMES,
  ROLE_WORDS,
  TITLE_HEAD_VOCABULARY,
  WEEKDAY_NAMES,
} from "../../../jobs/parse/lexicon.ts";

// French-speaking locales first (fr_BE brings the commonest English names too), then the languages
// whose executives French business newsletters name most often. Italian is left out: its list is a
// calendar of 1,700 saints' names ("Agamennone", "Cupido", "Italia", "Idea") whose rare entries are
// brand words far more often than people; Dutch too: its modern registry ("Floor", "Storm", "Wolf",
// "Bentley", "Milano") is made of words. The hand lists of lexicon/people.ts hold the common Italian
// and Dutch names. Polish, Romanian, the Nordic languages and Hungarian bring the European executives'
// names the others miss ("Agnieszka", "Ioana", "Mette", "Jukka", "Zsófia"). Other scripts would never
// match a Latin-letter token.
const LOCALES: Record<string, LocaleDefinition> = {
  fr,
  fr_BE,
  fr_CH,
  fr_SN,
  en,
  de,
  es,
  pt_PT,
  pl,
  ro,
  sv,
  nb_NO,
  da,
  fi,
  hu,
};

const OUT = join(import.meta.dirname, "../../../jobs/parse/lexicon/first-names.generated.ts");

const otherRoles = new Set(
  [
    ...PLACES,
    ...REGION_NAMES.map(foldWord),
    ...COMPANY_NAME_WORDS,
    ...EMPLOYER_NOUNS.map(foldWord),
    ...ENGLISH_DESCRIPTORS,
    ...ENGLISH_TITLE_HEADS,
    ...ROLE_WORDS,
    ...TITLE_HEAD_VOCABULARY,
    ...NAME_STOPWORDS,
    ...NAME_PARTICLES,
    ...ACRONYMS,
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
  ].map((word) => foldWord(String(word))),
);

// Every spelling of each folded name over the chosen locales: "Zephyr" (German) is the dictionary's
// "zéphyr" (French), so a name is a word when any of its spellings is one.
const spellings = new Map<string, string[]>();
for (const locale of Object.values(LOCALES)) {
  const names = locale.person?.first_name;
  if (!names || Array.isArray(names)) continue;
  for (const name of [...(names.female ?? []), ...(names.male ?? [])])
    spellings.set(foldWord(name), [...(spellings.get(foldWord(name)) ?? []), name]);
}

const dropped = { script: 0, dictionary: 0, lexicon: 0 };

function kept(name: string): string | null {
  if (!/^\p{Script=Latin}{3,}$/u.test(name)) {
    dropped.script++;
    return null;
  }
  const folded = foldWord(name);
  if (spellings.get(folded)!.some((spelling) => isFrenchWord(spelling.toLowerCase()))) {
    dropped.dictionary++;
    return null;
  }
  if (otherRoles.has(folded)) {
    dropped.lexicon++;
    return null;
  }
  return folded;
}

const feminine = new Set<string>();
const masculine = new Set<string>();
for (const locale of Object.values(LOCALES)) {
  const names = locale.person?.first_name;
  if (!names || Array.isArray(names)) continue;
  for (const [gender, target] of [
    ["female", feminine],
    ["male", masculine],
  ] as const)
    for (const name of names[gender] ?? []) {
      const folded = kept(name);
      if (folded) target.add(folded);
    }
}

const both = [...feminine].filter((name) => masculine.has(name)).sort();
const only = (set: Set<string>) => [...set].filter((name) => !both.includes(name)).sort();

// Folded names, wrapped at ~100 characters, as the hand lists of people.ts are written.
function wrapped(names: readonly string[]): string {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    if (line.length + name.length + 1 > 100) {
      lines.push(line);
      line = "";
    }
    line += `${name} `;
  }
  if (line) lines.push(line);
  return lines.map((text) => `  "${text}" +`).join("\n");
}

const block = (name: string, comment: string, names: readonly string[]) =>
  `// ${comment} (${names.length})\nexport const ${name}: readonly string[] = (\n${wrapped(names)}\n  ""\n)\n  .trim()\n  .split(" ");\n`;

const version = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../node_modules/@faker-js/faker/package.json"), "utf8"),
).version;
const text = `// GENERATED by test/unit/parse/generate-first-names.ts from @faker-js/faker ${version} (MIT, © Faker
// contributors), locales ${Object.keys(LOCALES).join(", ")}: do not edit, edit the generator or the hand lists and
// the distrusted names of lexicon/people.ts. Folded (lower case, no accents). Left out: ${dropped.script} names not in
// Latin letters or shorter than three, ${dropped.dictionary} French dictionary words, ${dropped.lexicon} words the lexicon gives another role.

${block("GENERATED_FEMININE_FIRST_NAMES", "Listed feminine in every locale that has them", only(feminine))}
${block("GENERATED_MASCULINE_FIRST_NAMES", "Listed masculine in every locale that has them", only(masculine))}
${block("GENERATED_EPICENE_FIRST_NAMES", "Listed feminine in one locale and masculine in another", both)}`;

if (process.argv.includes("--check")) {
  const current = readFileSync(OUT, "utf8");
  if (current !== text) {
    console.error(`${OUT} is stale: run the generator and re-measure the corpora`);
    process.exit(1);
  }
  console.log("first-names.generated.ts is current");
} else {
  writeFileSync(OUT, text);
  console.log(
    `wrote ${OUT}: ${only(feminine).length} feminine, ${only(masculine).length} masculine, ${both.length} both; left out ${JSON.stringify(dropped)}`,
  );
}
