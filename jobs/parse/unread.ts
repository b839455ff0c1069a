// Paragraphs of the Mouvements section the parser did not (fully) understand. A move the parser
// misses must leave a trace an editor can see: a paragraph that yields no move, or that names
// more people beside a move verb than it yields moves for, is handed to the review queue as
// "Paragraphe non compris", with the names, companies and titles it holds so the editor can add
// the move in a few keystrokes.

import { readCompanyAfter } from "./company-spans.ts";
import { foldWord, MOVE_SIGNAL, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import type { ParsedMove, UnreadParagraph } from "./types.ts";

const SPEECH =
  /(?<![\p{L}])(?:déclare|explique|se réjouit|commente|indique|souligne|précise|affirme|ajoute|estime|confie|salue|selon|says|said)(?![\p{L}])/iu;

// Where a title starts: the head noun of a title ("directrice", "head", "CFO"); adjectives of the
// role lexicon ("générale", "senior") only follow one.
const TITLE_START = /(?<![\p{L}])[\p{L}-]+(?![\p{L}])/gu;
const TITLE_STOP = /[,;:.()]|\s(?:de|du|des|d'|chez|au sein|à|pour|en|qui|et|depuis|jusqu)(?:\s|$)/u;

function titlesIn(text: string): string[] {
  const found: string[] = [];
  for (const word of text.matchAll(TITLE_START)) {
    const lower = foldWord(word[0]);
    // "dg", "daf" are titles only in capitals (DG, DAF)
    if (!TITLE_HEADS.has(lower) || (lower.length <= 3 && !/^\p{Lu}+$/u.test(word[0]))) continue;
    if (found.some((t) => t.includes(word[0]))) continue;
    const rest = text.slice(word.index, word.index + 80);
    // the title with its first complement ("directrice des ressources humaines")
    const cut = /^(\S+(?:\s+(?:de la|des|du|de l'|d')?\s*[\p{Ll}-]+){0,3})/u.exec(rest)?.[1] ?? word[0];
    const stop = TITLE_STOP.exec(cut);
    found.push((stop ? cut.slice(0, stop.index) : cut).trim());
  }
  return found.slice(0, 5);
}

function companiesIn(text: string, people: Set<string>): string[] {
  const found: string[] = [];
  for (const cue of text.matchAll(
    /(?<![\p{L}])(?:chez|rejoint|rejoindra|intègre|de|du|d'|à|au sein de)\s+/giu,
  )) {
    const span = readCompanyAfter(text, cue.index + cue[0].length);
    if (!span || people.has(personKey(span.text))) continue;
    if (!found.includes(span.text)) found.push(span.text);
  }
  return found.slice(0, 5);
}

/**
 * The section's paragraphs that yield no move though they look like they announce one, or fewer
 * moves than the people they name beside a move verb. A paragraph without a move verb and without
 * a person-looking name (a sponsor line, an introduction) is not listed.
 */
export function findUnreadParagraphs(paragraphs: string[], moves: ParsedMove[]): UnreadParagraph[] {
  const unread: UnreadParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    const own = moves.filter((m) => m.paragraph_index === index);
    const accounted = new Set(
      own.flatMap((m) => [m.person, m.predecessor ?? ""]).map((name) => personKey(name)),
    );
    // a run like "Lumen Analytics" read as a name is the company of a move, not someone left out
    const companies = new Set(own.flatMap((m) => [m.company, ...m.previous_companies]).map(companyKey));
    const masked = maskQuotes(paragraph);
    const named: string[] = [];
    const confident: string[] = [];
    const unaccounted: string[] = [];
    let signal = false;
    for (const sentence of splitSentences(masked)) {
      const moveSentence = MOVE_SIGNAL.test(sentence.text);
      signal ||= moveSentence;
      for (const mention of findPersonMentions(sentence.text)) {
        if (!named.includes(mention.name)) named.push(mention.name);
        if (isConfidentPerson(mention) && !confident.includes(mention.name)) confident.push(mention.name);
        if (
          moveSentence &&
          isConfidentPerson(mention) &&
          !accounted.has(personKey(mention.name)) &&
          !companies.has(companyKey(mention.name)) &&
          !unaccounted.includes(mention.name)
        )
          unaccounted.push(mention.name);
      }
    }
    // Without a move verb, a person's name still makes a paragraph worth a look, unless it is
    // someone speaking ("…, explique Marc Olivetti, président de Cobalt").
    const speaking = SPEECH.test(masked);
    const noMove =
      own.length === 0 && (signal || (confident.length > 0 && !speaking)) && paragraph.trim().length >= 25;
    // Partly read: someone beside a move verb who is neither a mover nor a predecessor. Previous
    // employers and quoted people fall outside (quotes are masked; employers are not people).
    const partly = own.length > 0 && unaccounted.length > 0;
    if (!noMove && !partly) return;
    const people = new Set(named.map(personKey));
    unread.push({
      paragraph_index: index,
      paragraph,
      reason: noMove ? "no_move" : "partly_read",
      candidates: {
        people: (noMove ? (confident.length > 0 ? confident : named) : unaccounted).slice(0, 6),
        companies: companiesIn(masked, people),
        roles: titlesIn(masked),
      },
    });
  });
  return unread;
}
