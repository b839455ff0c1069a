// A board that welcomes its new members: the board and its house are the subject, the members a
// list after the verb (shapes.ts "board welcomes members"):
//   "Le conseil de surveillance de C accueille deux nouvelles membres, X et Y."
//   "Le comité d'orientation de C accueille trois nouveaux membres : X, Y et Z."
//   "Conseil d'administration de C : entrent X (praticien), Y (Groupement B) et Z, représentant des salariés."
//   "C's board welcomed two independent directors, X and Y."
// Each member's seat is the board's ("membre du conseil de surveillance", "administratrice", "membre du
// comité d'orientation"), or the title the list gives them ("deux administrateurs indépendants",
// "two independent directors").

import type { ClauseReading, Match } from "./clause-move.ts";
import { isFemininePerson, singularTitle, titleFor } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { HONORIFIC } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import type { Sentence } from "./sentence.ts";

// The board opening the sentence (a bullet or a label's dress before it), then "de" and its house
const FRENCH_BOARD =
  /^[\s•◆▪■►▸*·–—-]*(?:(?:Le|Son|Leur|le|son|leur)\s+)?([Cc]onseil d['’]administration|[Cc]onseil de surveillance|[Dd]irectoire|[Cc]omité(?:\s+(?:d['’]|de\s+|des\s+)?[\p{Ll}'’-]+){1,3}?)\s+(?:de la |de l['’]|du |des |de |d['’])/u;
const ENGLISH_BOARD =
  /^[\s•◆▪■►▸*·–—-]*(\p{Lu}[^.;:,]{0,60}?)['’]s\s+((?:supervisory\s+|advisory\s+)?board)\s+$/u;
// What may sit between the house and the verb: nothing, or a label's colon
const HOUSE_TO_VERB = /^\s*:?\s*$/u;
// "deux nouvelles membres,", "trois nouveaux administrateurs indépendants :", "two independent directors,"
const COUNTED_MEMBERS =
  /^\s*(?:(?:deux|trois|quatre|cinq|six|two|three|four|five|six|\d{1,2})\s+)?(?:nouve(?:aux|lles)\s+|new\s+)?((?:membres|administrat(?:eurs|rices)|members|directors|board members|(?:independent|non-executive|executive)\s+directors)(?:\s+(?:indépendante?s|salariée?s))?)?\s*[,:]?\s*/iu;
const COURTESY = new RegExp(`^(?:${HONORIFIC}|Dr|Pr|Me)\\.?\\s+$`, "u");
// Between two members: a comma or "et"/"and", after the first one's aside in brackets or in commas
const MEMBER_GAP =
  /^(?:\s*\([^()]{1,80}\))?(?:\s*,\s*[\p{Ll}][^,;.()]{0,60}?(?=\s*,))?\s*(?:,\s*(?:et|and)?|et|and)\s+/u;

interface Board {
  name: string;
  company: Span;
  english: boolean;
}

function boardOf(sentence: string, verbAt: number): Board | null {
  const before = sentence.slice(0, verbAt);
  const french = FRENCH_BOARD.exec(before);
  if (french) {
    const company = readCompanyAfter(sentence, french[0].length);
    if (!company || company.end > verbAt || !HOUSE_TO_VERB.test(sentence.slice(company.end, verbAt)))
      return null;
    const name = french[1]!.replace(/’/gu, "'");
    return { name: name.charAt(0).toLowerCase() + name.slice(1), company, english: false };
  }
  const english = ENGLISH_BOARD.exec(before);
  if (!english) return null;
  const start = before.indexOf(english[1]!);
  return {
    name: english[2]!.replace(/\s+/gu, " "),
    company: { text: english[1]!, start, end: start + english[1]!.length },
    english: true,
  };
}

function seatOf(board: Board, counted: string, person: PersonMention, sentence: string): string {
  if (board.english) {
    if (counted && !/^(?:members|board members)$/iu.test(counted))
      return singularTitle(counted.toLowerCase());
    return board.name === "board" ? "board member" : `member of the ${board.name}`;
  }
  if (/^administrat/iu.test(counted)) return titleFor(person, counted, sentence);
  if (board.name === "conseil d'administration")
    return isFemininePerson(person, sentence) ? "administratrice" : "administrateur";
  return `membre du ${board.name}`;
}

export function readBoardWelcomes(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const board = boardOf(sentence, match.index);
  if (!board) return [];
  const listAt = match.index + match[0].length;
  const counted = COUNTED_MEMBERS.exec(sentence.slice(listAt))!;
  let at = listAt + counted[0].length;
  const members: PersonMention[] = [];
  for (const mention of mentions) {
    if (mention.start < at) continue;
    // right after the list's opening or the joint after the member before, a title of courtesy aside
    const gap = sentence.slice(at, mention.start);
    if (!(gap === "" || COURTESY.test(gap)) || !isConfidentPerson(mention)) break;
    members.push(mention);
    at = mention.end;
    // the aside of this member ("(praticien libéral)", ", représentant des étudiants") and the joint
    const joint = MEMBER_GAP.exec(sentence.slice(at));
    if (!joint) break;
    at += joint[0].length;
  }
  return members.map((person) => ({
    person,
    kind: "appointed" as const,
    role: seatOf(board, counted[1] ?? "", person, sentence),
    company: board.company,
    predecessor: null,
    notes: [],
  }));
}
