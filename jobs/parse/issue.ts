// A whole issue's text → ParsedIssue: clean the text, find the Mouvements section, read each
// paragraph, then settle what only the issue as a whole can settle (one spelling per company,
// one move per person and company).

import { cleanText } from "./clean-text.ts";
import { COMPANY_DESCRIPTORS } from "./lexicon.ts";
import { companyKey, personKey } from "./names.ts";
import { confidenceFor, extractParagraphMoves, isLikelyTypo } from "./paragraph.ts";
import { classifyRole } from "./roles.ts";
import { findMouvementsSection } from "./section.ts";
import type { IssueMeta, ParsedIssue, ParsedMove } from "./types.ts";

function settleCompanySpellings(moves: ParsedMove[]): void {
  const spellings: string[] = [];
  for (const move of moves) {
    const key = companyKey(move.company);
    const earlier = spellings.find((s) => isLikelyTypo(companyKey(s), key));
    if (earlier) {
      move.company = earlier;
      move.reasons.push("company spelling differs between mentions");
    } else if (!spellings.some((s) => companyKey(s) === key)) {
      spellings.push(move.company);
    }
  }
}

// "Agence Kilomètre Zéro accueille… Le fondateur de Kilomètre Zéro…": when the paragraph also
// names the company without its leading descriptor word, that shorter form is its name.
function dropLeadingDescriptor(move: ParsedMove): void {
  const [first, ...rest] = move.company.split(" ");
  if (rest.length === 0 || !COMPANY_DESCRIPTORS.includes((first ?? "").toLowerCase())) return;
  const name = rest.join(" ");
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const bare = new RegExp(`(?<!${first}\\s)(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu");
  // after another capitalised word ("La Fondaton Clairval", a typo) it is still the long name
  const standsAlone = (at: number) => !/\p{Lu}\p{L}*\s$/u.test(move.paragraph.slice(0, at));
  if ([...move.paragraph.matchAll(bare)].some((m) => standsAlone(m.index))) move.company = name;
}

// "Côte d'Azur" read from "l'Open de Nice Côte d'Azur", "Normandie-Ouest" from the new employer
// "Établissement public foncier de Normandie-Ouest": a tail of a longer name is no employer.
function withoutFragments(previous: string[], company: string): string[] {
  const tail = (name: string, of: string) =>
    name.length < of.length && companyKey(of).endsWith(` ${companyKey(name)}`);
  return previous.filter((name) => ![company, ...previous].some((other) => tail(name, other)));
}

export function parseIssueText(text: string, meta: IssueMeta = {}): ParsedIssue {
  const section = findMouvementsSection(cleanText(typeof text === "string" ? text : ""));
  const moves: ParsedMove[] = [];
  section.paragraphs.forEach((paragraph, paragraph_index) => {
    for (const draft of extractParagraphMoves(paragraph)) {
      const { seniority, function: jobFunction } = classifyRole(draft.role);
      moves.push({
        person: draft.person,
        company: draft.company,
        role: draft.role,
        kind: draft.kind,
        seniority,
        function: jobFunction,
        previous_companies: withoutFragments(draft.previous_companies, draft.company),
        predecessor: draft.predecessor,
        confidence: 0,
        reasons: draft.reasons,
        paragraph,
        paragraph_index,
      });
    }
  });
  for (const move of moves) dropLeadingDescriptor(move);
  settleCompanySpellings(moves);

  const seen = new Set<string>();
  const unique = moves.filter((move) => {
    const key = `${personKey(move.person)}|${companyKey(move.company)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const move of unique) move.confidence = confidenceFor(move.reasons);

  return {
    title: meta.title ?? null,
    published_on: meta.published_on ?? null,
    section_found: section.found,
    moves: unique.filter((m) => m.person.trim() && m.company.trim() && m.role.trim()),
    paragraphs: section.paragraphs,
  };
}
