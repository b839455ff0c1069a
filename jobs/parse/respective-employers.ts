// "A et B deviennent directeurs commerciaux, respectivement chez Granelia et chez Brisval", "A et B
// rejoignent respectivement Wattsy et Corvania comme R1 et R2": the coordinated movers share one
// reading of the verb, whose employers "respectivement" lists one per person, in their order. Each
// gets their own; a plural title said of both agrees with each. The reading is new: held for review.

import { type ClauseMove, moversNamedBefore } from "./clause-move.ts";
import { titleFor } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import type { Span } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";

const MARKER =
  /(?<![\p{L}])respectivement\s+(?:(?:chez|à|au sein d(?:e|u)|pour)\s+)?(?=(?:la |le |les |l['’])?\p{Lu})/iu;
// between two employers: "et", a comma, the preposition repeated
const NEXT_EMPLOYER = /^\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:(?:chez|à|au sein d(?:e|u)|pour)\s+)?/u;
// what may close the list: the sentence's end, its title ("comme R1 et R2"), a date or an aside
const LIST_END =
  /^\s*(?:$|[.;:,]|\s(?:comme|en tant que|en qualité de|au poste|aux postes|à compter|dès|depuis|le|au)\s)/u;
// "directeurs commerciaux, respectivement …": the shared title closes on the marker
// "directeurs régionaux", "directrice commerciaux" (a head agreed already, its adjective not)
const PLURAL_TITLE = /^(?:\S+\s+)?\p{L}{3,}[sx](?:\s|$)/u;
const TITLE_BEFORE_MARKER = /\s*,?\s*respectivement(?![\p{L}]).*$/iu;

export function splitRespectiveEmployers(sentence: string, moves: ClauseMove[]): void {
  const marker = MARKER.exec(sentence);
  if (!marker) return;
  const movers = moversNamedBefore(moves, marker.index);
  if (movers.length < 2) return;
  const employers: Span[] = [];
  let at = marker.index + marker[0].length;
  for (;;) {
    const company = readCompanyAfter(sentence, at);
    if (!company || company.start - at > 4) return;
    employers.push(company);
    const next = NEXT_EMPLOYER.exec(sentence.slice(company.end));
    if (!next) {
      if (!LIST_END.test(sentence.slice(company.end))) return;
      break;
    }
    at = company.end + next[0].length;
  }
  if (employers.length !== movers.length) return;
  for (const [i, move] of movers.entries()) {
    move.company = employers[i]!;
    if (move.role) {
      const title = move.role.replace(TITLE_BEFORE_MARKER, "");
      move.role = PLURAL_TITLE.test(title) ? titleFor(move.person, title, sentence) : title;
    }
    move.notes.push(note(NOTES.newShape));
  }
}
