// What the directory already knows, handed to the parser at import (issue 13, item 6): companies
// with their aliases, and people with their current employer. A known name wins a boundary the
// clause reader drew ("l'ESN Numélis" → "Numélis", "Hydrolor" → "Hydrolor Solaire" when the text
// says so), a known alias maps to its company, a known common-word brand ("Orange") is not held as
// a common word, and a known person's current employer, when they move elsewhere, is one they left.
// Pure: the importer reads the directory (db/repositories/companies.ts knownNames) and passes it in.

import { allMatches } from "./all-matches.ts";
import { companyKey, personKey } from "./names.ts";

export interface GazetteerEntries {
  companies: { name: string; aliases?: string[] }[];
  /**
   * People by name, or by their personKey when the caller has it already (the directory stores
   * it): keying 800,000 names again took a parse thread 1.5 s at each import.
   */
  people?: ({ name: string; company: string } | { key: string; company: string })[];
}

interface KnownName {
  /** The spelling as the text may give it (the name or an alias), lower case. */
  lower: string;
  /** The directory's name for it. */
  company: string;
}

export interface Gazetteer {
  /** Known spellings by their first word (lower case), longest first. */
  byFirstWord: Map<string, KnownName[]>;
  /** companyKey of a name or an alias → the company's name. */
  byKey: Map<string, string>;
  /** personKey → the company of their latest published move. */
  employerOf: Map<string, string>;
}

const firstWord = (lower: string) => lower.split(/[\s'’-]+/u)[0] ?? "";

export function compileGazetteer(entries: GazetteerEntries): Gazetteer {
  const byFirstWord = new Map<string, KnownName[]>();
  const byKey = new Map<string, string>();
  for (const { name, aliases = [] } of entries.companies) {
    for (const spelling of [name, ...aliases]) {
      const key = companyKey(spelling);
      if (!key || spelling.trim().length < 2) continue;
      if (!byKey.has(key)) byKey.set(key, name);
      const lower = spelling.trim().toLowerCase();
      const list = byFirstWord.get(firstWord(lower)) ?? [];
      list.push({ lower, company: name });
      byFirstWord.set(firstWord(lower), list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  const employerOf = new Map<string, string>();
  for (const person of entries.people ?? [])
    employerOf.set("key" in person ? person.key : personKey(person.name), person.company);
  return { byFirstWord, byKey, employerOf };
}

export const EMPTY_GAZETTEER: Gazetteer = compileGazetteer({ companies: [] });

export interface KnownSpan {
  start: number;
  end: number;
  company: string;
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** Known companies named in `text`, longest first at each place, not overlapping. */
export function knownSpansIn(gazetteer: Gazetteer, text: string): KnownSpan[] {
  if (gazetteer.byFirstWord.size === 0) return [];
  const lower = text.toLowerCase();
  const spans: KnownSpan[] = [];
  let covered = 0;
  for (const start of allMatches(lower, WORD_START)) {
    if (start.index < covered) continue;
    const word = /^[\p{L}\p{N}&]+/u.exec(lower.slice(start.index))?.[0] ?? "";
    for (const known of gazetteer.byFirstWord.get(word) ?? []) {
      const end = start.index + known.lower.length;
      if (lower.startsWith(known.lower, start.index) && !/[\p{L}\p{N}]/u.test(lower.charAt(end))) {
        spans.push({ start: start.index, end, company: known.company });
        covered = end;
        break;
      }
    }
  }
  return spans;
}

/** The directory's name for `company` when it is a known name or alias. */
export function knownCompany(gazetteer: Gazetteer, company: string): string | undefined {
  return gazetteer.byKey.get(companyKey(company));
}

/**
 * The known name that overlaps where the paragraph gives `company`: the longer known name wins
 * ("Hydrolor" read, "Hydrolor Solaire" known), and a known name inside a read span that only adds
 * lower-case words or a descriptor before it wins too ("ESN Numélis", "L'assureur-crédit Garantia").
 */
export function knownBoundary(gazetteer: Gazetteer, paragraph: string, company: string): string | undefined {
  const at = paragraph.indexOf(company);
  if (at < 0) return undefined;
  const end = at + company.length;
  for (const span of knownSpansIn(gazetteer, paragraph)) {
    if (span.end <= at || span.start >= end) continue;
    if (span.start <= at && span.end >= end) return span.company; // the known name holds the read one
    // a known name inside the read span: only what comes before it may be dropped
    if (span.start > at && span.end === end) {
      const before = paragraph.slice(at, span.start);
      if (
        /^(?:\p{Lu}{2,5}|(?:l['’]|la |le |les )?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*|\p{Lu}['’]\p{Ll}[\p{Ll}-]*)\s*$/u.test(
          before,
        )
      )
        return span.company;
    }
  }
  return undefined;
}
