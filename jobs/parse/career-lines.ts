// Career lines: a labelled list of dated steps under an item, the mover's past at a glance.
//
//   Salomé Roy — directrice générale de Kryptéos
//   Le prestataire a confié sa direction générale à Salomé Roy, qui succède à …
//   Parcours : 2009-2015 : Thalvène ; 2015-2019 : Armoric Défense ; 2019-2025 : Kryptéos (directrice des opérations)
//
// A line is a label of CAREER_LINE_LABELS ("Parcours", "Itinéraire", "CV express", "Son parcours en
// bref"…), a colon, then steps parted by ";" (or "→", "|", "•"), each an employer with a period before
// or after it ("2009-2015 :", "depuis 2019 :", "de 2012 à 2018 :", "(2009-2015)") and maybe a role in
// brackets ("(chargé d'affaires)"). The line tells no move of its own: it is taken out of the text the
// readers read, and its employers become the previous employers of the item's mover, all but the house
// the move is at. A career that ends at that house makes the move a promotion; one that ends
// elsewhere, an arrival (kind.ts: unless a board seat or an election).

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { moveKind } from "./kind.ts";
import { companyKey, personKey } from "./names.ts";
import type { DraftMove } from "./paragraph.ts";

/** One way a newsletter labels the line (test/unit/parse/career-lines.test.ts reads each). */
export interface CareerLineLabel {
  id: string;
  /** Regular-expression source of the label before its colon, case-insensitive. */
  label: string;
}

export const CAREER_LINE_LABELS: readonly CareerLineLabel[] = [
  {
    id: "parcours",
    label: "(?:(?:son|sa|leur)\\s+)?parcours(?:\\s+(?:express|éclair|en bref|en dates|professionnel))?",
  },
  {
    id: "itinéraire",
    label: "(?:(?:son|sa|leur)\\s+)?itinéraires?(?:\\s+(?:express|en bref|professionnel))?",
  },
  { id: "carrière", label: "(?:(?:sa|leur)\\s+)?carrières?(?:\\s+(?:express|en bref|en dates))?" },
  { id: "CV", label: "(?:(?:son)\\s+)?(?:cv|c\\.v\\.)(?:\\s+(?:express|éclair|en bref))?" },
  { id: "bio", label: "(?:bio|biographie)\\s+(?:express|éclair|en bref)" },
  { id: "repères", label: "(?:(?:ses)\\s+)?(?:repères|étapes|dates clés)" },
  { id: "career", label: "(?:career|background|track record)" },
];

const LABEL = new RegExp(
  `(?:^|(?<=[.!?»)]\\s+|\\n\\s*))(?:${CAREER_LINE_LABELS.map((row) => row.label).join("|")})\\s*:\\s*`,
  "giu",
);

// A step's period: "2009-2015", "2009 – 2015", "de 2012 à 2018", "depuis 2019", "depuis mars 2021",
// "2019-auj.", "2019-…", "2019 à aujourd'hui", "jusqu'en 2015", "2009/2015", "'09-'15", "2019".
const YEAR = String.raw`(?:(?:\p{Ll}+\.?\s+)?(?:\d{4}|['’]\d{2}))`;
const NOW = String.raw`(?:auj(?:ourd['’]hui|\.)?|présent|maintenant|ce jour|now|present|today|…|\.\.\.)`;
const PERIOD = String.raw`(?:(?:de|du|depuis|dès|jusqu['’]en|en|entre|from|since)\s+)?${YEAR}(?:\s*(?:[-–—/]|à|au|et|to)\s*(?:${YEAR}|${NOW})?)?`;
const PERIOD_BEFORE = new RegExp(String.raw`^\s*${PERIOD}\s*[:,–—-]?\s*`, "iu");
const PERIOD_AFTER = new RegExp(String.raw`\s*(?:\(\s*${PERIOD}\s*\)|[,–—-]\s*${PERIOD})\s*$`, "iu");
const ONGOING = new RegExp(
  String.raw`^\s*(?:depuis|dès|since)\s|[-–—/]\s*(?:${NOW})?\s*$|\s(?:à|to)\s+${NOW}`,
  "iu",
);
// "(chargé d'affaires)", "— directrice des opérations": the post held there
const ROLE_IN_BRACKETS = /\s*\(([^()]{2,80})\)\s*$/u;
const ROLE_AFTER_DASH = /\s+[—–]\s+(\p{Ll}[^;]{1,80})$/u;
// "directrice des ventes chez Clefsûre", "analyste à l'Agence de Lormaine": the post, then the house
const ROLE_THEN_HOUSE =
  /^(\p{Ll}[\p{L}'’ -]{1,60}?)\s+(?:chez|au sein d(?:e|u|es)|à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?=[\p{Lu}\p{N}])/u;
// ("Vitraux Ambroisie (2011-2017), Ateliers Clair-Obscur (2017-2025)": a comma after a step's period)
const STEP_SEPARATOR = /\s*(?:;|→|➜|\||•|>)\s*|(?<=\))\s*,\s*/u;
const STEP_SEPARATORS = new RegExp(STEP_SEPARATOR, "gu");

export interface CareerStep {
  employer: string;
  role: string | null;
  /** the period says the post is still held ("depuis 2019", "2019-…") */
  ongoing: boolean;
}

export interface CareerLine {
  start: number;
  end: number;
  steps: CareerStep[];
}

function readStep(raw: string): CareerStep | null {
  let text = raw.trim().replace(/[.,]$/u, "").trim();
  const ongoing = ONGOING.test(text) || ONGOING.test(PERIOD_AFTER.exec(text)?.[0] ?? "");
  const before = PERIOD_BEFORE.exec(text);
  const dated = before !== null && /\d/u.test(before[0]);
  if (dated) text = text.slice(before[0].length);
  const after = PERIOD_AFTER.exec(text);
  if (after && /\d/u.test(after[0])) text = text.slice(0, after.index);
  let role: string | null = null;
  const bracket = ROLE_IN_BRACKETS.exec(text) ?? ROLE_AFTER_DASH.exec(text);
  if (bracket && !/\d{4}/u.test(bracket[1]!)) {
    role = bracket[1]!.trim();
    text = text.slice(0, bracket.index);
  }
  const titled = ROLE_THEN_HOUSE.exec(text);
  if (titled) {
    role ??= titled[1]!.trim();
    text = text.slice(titled[0].length);
  }
  const employer = readCompanyAfter(text.trim(), 0);
  if (!employer) return null;
  return { employer: employer.text, role, ongoing };
}

// The line ends at the paragraph's end, at a line break, or at a sentence that opens after its last
// step ("… ; 2019-2025 : Kryptéos. Elle remplace …").
function lineEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const newline = rest.indexOf("\n");
  const bounded = newline >= 0 ? rest.slice(0, newline) : rest;
  const lastSeparator = Math.max(0, ...allMatches(bounded, STEP_SEPARATORS).map((m) => m.index));
  const sentence = /[.!?]\s+(?=\p{Lu}\p{Ll})/u.exec(bounded.slice(lastSeparator));
  return from + (sentence ? lastSeparator + sentence.index + 1 : bounded.length);
}

/** The career lines of a paragraph: two steps at least, or one dated step. */
export function findCareerLines(text: string): CareerLine[] {
  const lines: CareerLine[] = [];
  for (const label of allMatches(text, LABEL)) {
    const from = label.index + label[0].length;
    if (lines.some((line) => label.index < line.end)) continue;
    const end = lineEnd(text, from);
    const raw = text
      .slice(from, end)
      .split(STEP_SEPARATOR)
      .filter((step) => step.trim());
    const dated = raw.filter((step) => /\d{4}|['’]\d{2}/u.test(step)).length;
    // "Parcours : une carrière dans la banque" is a sentence, not a list of steps
    if (raw.length < 2 && dated === 0) continue;
    const steps = raw.map(readStep).filter((step): step is CareerStep => step !== null);
    if (steps.length === 0) continue;
    lines.push({ start: label.index, end, steps });
  }
  return lines;
}

/**
 * The paragraph without its career lines, for the readers of moves. A name line keeps its line break
 * ("Anne Roy, directrice de Talvane\n" once the line under it is gone): the name line then still
 * heads the item, which tells its post as new (topic-person.ts).
 */
export function withoutCareerLines(text: string, lines: readonly CareerLine[]): string {
  let out = text;
  for (const line of [...lines].sort((a, b) => b.start - a.start))
    out = `${out.slice(0, line.start).replace(/[ \t]+$/u, "")}${out.slice(line.end)}`;
  return out.replace(/^\s+/u, "").replace(/[ \t]+$/u, "");
}

// "Eaux du Lauragest" and "SPL Eaux du Lauragest", "Ouest Valor" and "Ouest Valor SAS": one house
export function sameHouse(a: string, b: string): boolean {
  const [x, y] = [companyKey(a), companyKey(b)];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && (long.startsWith(`${short} `) || long.endsWith(` ${short}`));
}

/** What a career tells about a move at `company`: its previous employers and whether it ends there. */
export function careerAt(line: CareerLine, company: string): { previous: string[]; endsHere: boolean } {
  const last = line.steps.at(-1)!;
  const previous: string[] = [];
  for (const step of line.steps) {
    if (sameHouse(step.employer, company)) continue;
    if (previous.some((name) => companyKey(name) === companyKey(step.employer))) continue;
    previous.push(step.employer);
  }
  return { previous, endsHere: sameHouse(last.employer, company) };
}

/**
 * Gives the item's mover the past its career lines tell: the name line's person when the item has one
 * (topic-person.ts), else the first mover who is no other mover's predecessor. `text` is the item
 * without its lines, where the kind still reads a board seat or an election.
 */
export function applyCareerLines(
  drafts: DraftMove[],
  lines: readonly CareerLine[],
  topic: string | null,
  text: string,
): void {
  if (lines.length === 0 || drafts.length === 0) return;
  const owner =
    (topic && drafts.find((draft) => personKey(draft.person) === personKey(topic))) ||
    drafts.find(
      (draft) =>
        !drafts.some(
          (other) =>
            other !== draft && other.predecessor && personKey(other.predecessor) === personKey(draft.person),
        ),
    );
  if (!owner) return;
  const career = careerAt(lines.at(-1)!, owner.company);
  const earlier = lines.slice(0, -1).flatMap((line) => careerAt(line, owner.company).previous);
  const told = [...earlier, ...career.previous];
  // what the prose said besides ("Arrivée de Sentinelle Audit, …"), unless a step names it more fully
  const besides = owner.previous_companies.filter(
    (name) =>
      !sameHouse(name, owner.company) && !told.some((step) => companyKey(step).includes(companyKey(name))),
  );
  owner.previous_companies = [...told, ...besides].filter(
    (name, at, all) => all.findIndex((other) => companyKey(other) === companyKey(name)) === at,
  );
  owner.kind = moveKind({
    verbKind: career.endsHere ? "promoted" : "joined",
    company: owner.company,
    role: owner.role,
    previousCompanies: owner.previous_companies,
    text,
  });
}
