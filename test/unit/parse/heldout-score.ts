import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";
// Scores parsed moves against hand-written expectations the way /work/shared/tools/score-moves.py
// does: people are matched by name (case, accents and punctuation ignored), a record counts when
// person, company and role all match. It also counts wrong records the importer would publish
// (confidence ≥ AUTO_PUBLISH_CONFIDENCE), since those reach users without review.

import type { ParsedMove } from "../../../jobs/parse/index.ts";

export interface ExpectedMove {
  person: string;
  company: string;
  role: string;
  kind: string;
  previous_companies: string[];
  predecessor: string | null;
}

export interface HeldoutScore {
  gold: number;
  predicted: number;
  personF1: number;
  company: number; // accuracies below are over matched people
  role: number;
  kind: number;
  previous: number;
  predecessor: number;
  recordF1: number;
  wrongPublished: number; // predicted records not fully right yet confident enough to auto-publish
  misses: string[]; // missed, wrong or spurious records
  details: string[]; // right people with a wrong kind, previous employers or predecessor
}

// The parser tests' copy of server/config.ts's default (the product states it only inside its zod schema,
// and test/unit/config.test.ts pins it at 0.8); every parser test imports it from here.
export const AUTO_PUBLISH_CONFIDENCE = 0.85;
// The bar until session 29, still printed beside the product's so that figures compare with earlier rounds'.
export const EARLIER_PUBLISH_BAR = 0.8;

export function normalizeForScore(value: string | null | undefined): string {
  return (value ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^a-z0-9&' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// A company label and a record may differ by what a reader does not notice: an article the name opens
// on ("La Fabrique Terracota" / "Fabrique Terracota", "L'Arène de la Marsanne") or a legal form closing
// it ("Valorhelv SA" / "Valorhelv"). The corpora's labels keep and drop both on the same shapes
// (REAL-CORPORA.md, "Company and role labels, session 25"), so the scorer compares companies
// without them (session 26). Nothing else is dropped: a country, a kind of body ("club",
// "syndicat mixte") or a descriptor names another house or says more, and counts.
const LEADING_ARTICLE = /^(?:(?:les|le|la) |l')/u;
const LEGAL_FORM =
  / (?:sa|sas|sasu|sarl|eurl|sca|scop|scp|selarl|gmbh|ag|ltd|limited|inc|llc|plc|bv|b v|nv|n v|co|spa|s p a)$/u;
export function normalizeCompanyForScore(value: string | null | undefined): string {
  return normalizeForScore(value).replace(LEADING_ARTICLE, "").replace(LEGAL_FORM, "").trim();
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const sameList = (a: string[], b: string[]) =>
  JSON.stringify(a.map(normalizeForScore).sort()) === JSON.stringify(b.map(normalizeForScore).sort());

export function scoreIssues(
  issues: { file: string; expected: ExpectedMove[]; actual: ParsedMove[] }[],
): HeldoutScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let records = 0;
  let wrongPublished = 0;
  const ok = { company: 0, role: 0, kind: 0, previous: 0, predecessor: 0 };
  const misses: string[] = [];
  const details: string[] = [];
  for (const { file, expected, actual } of issues) {
    gold += expected.length;
    predicted += actual.length;
    const used = new Set<number>();
    for (const want of expected) {
      const index = actual.findIndex(
        (got, i) => !used.has(i) && normalizeForScore(got.person) === normalizeForScore(want.person),
      );
      if (index < 0) {
        misses.push(`${file}: missed ${want.person}`);
        continue;
      }
      used.add(index);
      matched++;
      const got = actual[index]!;
      const company = normalizeCompanyForScore(got.company) === normalizeCompanyForScore(want.company);
      const role = normalizeForScore(got.role) === normalizeForScore(want.role);
      ok.company += Number(company);
      ok.role += Number(role);
      ok.kind += Number(got.kind === want.kind);
      ok.previous += Number(sameList(got.previous_companies, want.previous_companies));
      ok.predecessor += Number(normalizeForScore(got.predecessor) === normalizeForScore(want.predecessor));
      if (!sameList(got.previous_companies, want.previous_companies) || got.kind !== want.kind)
        details.push(
          `${file}: ${want.person}: kind ${got.kind} vs ${want.kind}; previous ${got.previous_companies} vs ${want.previous_companies}`,
        );
      if (normalizeForScore(got.predecessor) !== normalizeForScore(want.predecessor))
        details.push(`${file}: ${want.person}: predecessor ${got.predecessor} vs ${want.predecessor}`);
      if (company && role) records++;
      else {
        if (got.confidence >= AUTO_PUBLISH_CONFIDENCE) wrongPublished++;
        misses.push(
          `${file}: ${want.person}: company ${got.company} vs ${want.company}; role ${got.role} vs ${want.role} (confidence ${got.confidence})`,
        );
      }
    }
    actual.forEach((got, i) => {
      if (used.has(i)) return;
      if (got.confidence >= AUTO_PUBLISH_CONFIDENCE) wrongPublished++;
      misses.push(
        `${file}: spurious ${got.person} / ${got.company} / ${got.role} (confidence ${got.confidence})`,
      );
    });
  }
  const rate = (n: number) => (matched === 0 ? 0 : n / matched);
  return {
    gold,
    predicted,
    personF1: f1(matched, predicted - matched, gold - matched),
    company: rate(ok.company),
    role: rate(ok.role),
    kind: rate(ok.kind),
    previous: rate(ok.previous),
    predecessor: rate(ok.predecessor),
    recordF1: f1(records, predicted - records, gold - records),
    wrongPublished,
    misses,
    details,
  };
}

/**
 * Parses every fixture whose name matches `pattern` (test/fixtures/parse) and scores it against the
 * expected JSON beside it, as one corpus. Issues whose section detection disagrees are listed.
 */
export async function scoreCorpus(pattern: RegExp): Promise<{
  files: string[];
  score: HeldoutScore;
  sectionMismatches: string[];
  /** Expected movers with no record, and how many of them a "Paragraphe non compris" names. */
  missed: { movers: number; inUnread: number };
}> {
  const dir = join(import.meta.dirname, "../../fixtures/parse");
  const files = readdirSync(dir).filter((name) => pattern.test(name));
  const issues = [];
  const sectionMismatches: string[] = [];
  const missed = { movers: 0, inUnread: 0 };
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"));
    const parsed = await parseIssueFile(join(dir, file));
    if (parsed.section_found !== expected.section_found) sectionMismatches.push(file);
    issues.push({ file, expected: expected.moves, actual: parsed.moves });
    const unreadText = normalizeForScore((parsed.unread ?? []).map((u) => u.paragraph).join(" "));
    for (const want of expected.moves as ExpectedMove[]) {
      const person = normalizeForScore(want.person);
      if (parsed.moves.some((got) => normalizeForScore(got.person) === person)) continue;
      missed.movers++;
      if (unreadText.includes(person)) missed.inUnread++;
    }
  }
  return { files, score: scoreIssues(issues), sectionMismatches, missed };
}
