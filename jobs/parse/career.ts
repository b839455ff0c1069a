// What a paragraph says about a mover's past: previous employers ("ex-Monoprix", "ancien chef
// de publicité chez HiMedia Group", "notamment chez Alstom et Atos", "a exercé 11 ans à la FIFA")
// and the predecessor ("succédant à David Capdaspe", "remplace …").

import { readCompanyAfter, readCompanyRun } from "./company-spans.ts";
import { DEPARTMENT_WORDS, foldWord, HONORIFIC, PLACES } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { readRole } from "./role-phrase.ts";

// Words that put the employers that follow in the past.
const PAST_CUE = new RegExp(
  "(?<![\\p{L}])(?:" +
    [
      "anciens?",
      "anciennes?",
      "anciennement",
      "précédemment",
      "previously",
      "formerly",
      "auparavant",
      "jusqu'(?:ici|alors|à présent|à maintenant|à récemment|en \\d{4})",
      "a (?:(?:également|aussi|notamment|d'abord|successivement|longtemps) )?(?:travaillé|exercé|occupé|dirigé|fait|passé|débuté|commencé|évolué|officié|piloté|été|oeuvré|œuvré)",
      "avait",
      "était",
      "passée?(?= (?:par|chez))",
      "venue?(?= d)",
      "vient de(?= chez)",
      // "Elle vient de Datavolt", "arrive de Natéa": only before a name, not "vient de lever"
      "(?:vient|arrive|arrivant|venant)(?= d(?:e|u|es)\\s+[\\p{Lu}\\p{N}]| d'\\p{Lu})",
      // "A, arrivée de Cyberis, comme head of marketing": the participle in an apposition
      "(?<=,\\s*)arrivée?s?(?= d(?:e|u|es)\\s+[\\p{Lu}\\p{N}]| d'\\p{Lu})",
      "actuellement",
      // "Fabrice Cornec, actuel rédacteur en chef adjoint de L'Écho de Lorient, rejoindra…"
      "actuel(?:le)?",
      // English releases: "She joins from Northgate Capital", "joins as CPO from Stackwise"
      "(?:joins|joined|will join|comes|arrives)(?= [^.;]{0,60}?from \\p{Lu})",
      "en provenance",
      "quitte",
      "a quitté",
      "après avoir quitté",
      "expériences?",
      "carrière",
      "notamment",
      "parcours",
      "formée?(?= chez)",
      "après (?:\\d+|plusieurs|quelques|[a-zé]+) (?:ans|années|mois)",
    ].join("|") +
    ")(?![\\p{L}])",
  "giu",
);
const EMPLOYER_PREPOSITION =
  /(?<![\p{L}])(?:(?:chez|au sein d(?:e|u|es)|à|au|aux|de|du|par|quitte|quitté|from|at)(?![\p{L}])\s*|d'(?=\p{Lu}))/giu;
const LIST_CONTINUATION =
  /^\s*(?:,|et|ou|puis|,\s*et|,\s*puis)\s+(?:(?:chez|à|au|aux)\s+)?(?:(?:la|le|les|l')\s*)?/u;

// "directeur de l'usine de Valenciennes": a site named after its town, not an employer
const SITE_OF =
  /(?<![\p{L}])(?:usine|site|bureau|antenne|campus|implantation|agence|succursale)s? d(?:e |')$/iu;

// "…de l'usine de Forgeac à Chalon": the town after the plant's company
const SITE_TOWN =
  /(?<![\p{L}])(?:usine|site|bureau|antenne|campus|implantation|succursale)s? d(?:e |')[^,.;]{1,40}?\sà\s*$/iu;

function isEmployer(company: Span, people: PersonMention[], text: string): boolean {
  const folded = foldWord(company.text);
  if (PLACES.has(folded) || DEPARTMENT_WORDS.has(folded)) return false;
  // "l'usine de Valenciennes" names a town, but "l'usine de Forgeac à Chalon" the company's plant
  const before = text.slice(Math.max(0, company.start - 60), company.start);
  if (SITE_OF.test(before) && !/^\s+à\s+\p{Lu}/u.test(text.slice(company.end))) return false;
  if (SITE_TOWN.test(before)) return false;
  if (!/\p{L}{2}/u.test(company.text)) return false;
  return !people.some((p) => isConfidentPerson(p) && p.start < company.end && company.start < p.end);
}

function clauseEnd(text: string, from: number): number {
  const stop = /[.;](?=\s|$)/g;
  stop.lastIndex = from;
  return stop.exec(text)?.index ?? text.length;
}

// Companies named in the past inside text[from, to).
export function findPreviousCompanies(text: string, from: number, to: number): string[] {
  const people = findPersonMentions(text);
  const found: Span[] = [];
  const take = (company: Span | null) => {
    if (!company || company.end > to || !isEmployer(company, people, text)) return;
    found.push(company);
    // "chez MoonBikes et Castalie", "notamment chez Alstom, Atos et Thales"
    let cursor = company.end;
    for (;;) {
      const more = LIST_CONTINUATION.exec(text.slice(cursor));
      if (!more) break;
      const next = readCompanyRun(text, cursor + more[0].length);
      if (!next || next.start !== cursor + more[0].length || !isEmployer(next, people, text) || next.end > to)
        break;
      found.push(next);
      cursor = next.end;
    }
  };

  const segment = text.slice(from, to);
  for (const ex of segment.matchAll(/(?<![\p{L}])ex-\s?/giu)) {
    const at = from + ex.index + ex[0].length;
    const direct = readCompanyRun(text, at);
    if (direct && direct.start === at) take(direct);
    else take(readRole(text, at, clauseEnd(text, at))?.company ?? null);
  }
  for (const cue of segment.matchAll(PAST_CUE)) {
    // scan from the cue itself: "quitte Orange" is both the cue and the preposition
    const cueEnd = from + cue.index;
    const end = Math.min(clauseEnd(text, cueEnd), to);
    const window = text.slice(cueEnd, end);
    for (const preposition of window.matchAll(EMPLOYER_PREPOSITION)) {
      take(readCompanyAfter(text, cueEnd + preposition.index + preposition[0].length));
    }
  }

  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .map((c) => c.text)
    .filter((name) => {
      const key = foldWord(name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const PREDECESSOR_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:succédant|succède|succèdera|succédera|a succédé|en remplacement|remplaçant|remplace|remplacera|a remplacé|prend la succession|prendra la succession|succession|prend la relève|à la place)(?:\s+(?:à|de|d'))?\s*(?:(?:${HONORIFIC})\s+)?`,
  "giu",
);

export function findPredecessor(text: string, from: number, to: number): PersonMention | null {
  const people = findPersonMentions(text);
  for (const cue of text.slice(from, to).matchAll(PREDECESSOR_CUE)) {
    const at = from + cue.index + cue[0].length;
    const person = people.find((p) => p.start === at);
    if (person) return person;
  }
  return null;
}
