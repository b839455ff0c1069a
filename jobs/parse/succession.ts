// Successions told across sentences: "Armand Petitjean quitte la direction générale
// d'Assurances Mirabeau. Il sera remplacé par Florence Aubry…", "Thierry de La Mothe est promu…
// Agathe Lenoir lui succède comme directrice des risques." A pronoun points back to the person
// who leaves; that person's departure may also be the only place the post and employer are named.

import { leadershipRole } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import type { MoveKind } from "./types.ts";

// The person a pronoun ("il", "elle", "lui") at `before` refers to: the last person named earlier
// in the paragraph, either clearly a person or the subject opening a sentence.
export function antecedentPerson(paragraph: string, before: number, mover: string): PersonMention | null {
  const opensSentence = (m: PersonMention) => /(?:^|[.!?]\s+)$/u.test(paragraph.slice(0, m.start));
  return (
    findPersonMentions(paragraph)
      .filter(
        (m) =>
          m.end <= before &&
          (isConfidentPerson(m) || opensSentence(m)) &&
          personKey(m.name) !== personKey(mover),
      )
      .at(-1) ?? null
  );
}

const DEPARTURE =
  /(?<![\p{L}])(?:quitte|quittera|a quitté|abandonne|laisse)\s+(?:la|sa)\s+(?=direction|présidence|tête)/giu;

// "X quitte la direction générale de C" → the post and employer X leaves, in the successor's gender.
export function postLeftBy(paragraph: string, person: PersonMention, before: number, feminine: boolean) {
  const window = paragraph.slice(person.end, before);
  const departure = DEPARTURE.exec(window);
  DEPARTURE.lastIndex = 0;
  if (!departure) return null;
  const from = person.end + departure.index + departure[0].length;
  const stop = paragraph.slice(from, before).search(/[.;](?=\s|$)/u);
  const role = leadershipRole(paragraph, from, stop < 0 ? before : from + stop, feminine);
  return role?.company && role.notes.length === 0 ? { role: role.role, company: role.company.text } : null;
}

const LEAVES = /(?<![\p{L}])(?:quitte|quittera|a quitté|va quitter)\s+/giu;

// "Paul Girard quitte Ferlog en mars. Anne Roy le remplacera comme directrice générale": the
// employer the person replaced leaves is the successor's.
export function employerLeftBy(paragraph: string, person: PersonMention, before: number): string | null {
  const window = paragraph.slice(person.end, before);
  const leaves = [...window.matchAll(LEAVES)][0];
  if (
    !leaves ||
    /^\s*(?:la|sa|ses|le|son)\s+(?:direction|présidence|tête|poste|fonctions)/u.test(
      window.slice(leaves.index + leaves[0].length),
    )
  )
    return null;
  return readCompanyAfter(paragraph, person.end + leaves.index + leaves[0].length)?.text ?? null;
}

interface Succession {
  person: string;
  kind: MoveKind;
  company: string;
  previous_companies: string[];
  predecessor: string | null;
}

// A predecessor who moves on in the same paragraph ("Elle succède à Marc Aubert, qui devient
// directeur général de Verdane Solaire") comes from the successor's company; one who takes
// another post in that same company ("qui devient directrice de la transformation de la
// mutuelle") is promoted in the house.
export function addEmployersLeftBehind(moves: Succession[]): void {
  for (const successor of moves) {
    if (!successor.predecessor) continue;
    const leaver = moves.find((m) => personKey(m.person) === personKey(successor.predecessor ?? ""));
    if (!leaver) continue;
    const key = companyKey(successor.company);
    const leaverKey = companyKey(leaver.company);
    // "Vectra Composites" and its parent "Vectra Group": one house
    const sameHouse = leaverKey === key || key.startsWith(`${leaverKey} `) || leaverKey.startsWith(`${key} `);
    if (sameHouse) {
      if (leaver.previous_companies.length === 0 && leaver.kind !== "joined") leaver.kind = "promoted";
      continue;
    }
    if (leaver.previous_companies.some((c) => companyKey(c) === key)) continue;
    // "Caisse régionale d'allocations solidaires" read in an apposition that the successor's
    // sentence names in full ("… Bourgogne-Est"): the longer name wins
    const shorter = leaver.previous_companies.findIndex((c) => key.startsWith(`${companyKey(c)} `));
    if (shorter >= 0) leaver.previous_companies.splice(shorter, 1, successor.company);
    else leaver.previous_companies.push(successor.company);
  }
}
