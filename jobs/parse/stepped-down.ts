// "X steps down as CEO of C; Y succeeds him", "X will step down as chairman of C in June; Y,
// currently chief operating officer, takes over", "X steps down as chairman of C and is succeeded by
// Y", "C CEO X steps down and is succeeded by Y": an English item told from the one who leaves. The
// mover is the successor, the post and the house are the ones the leaver gives up, and the leaver
// is the predecessor. The leaver gets no record (stepping down is leaving without a new post).

import type { ClauseReading, Match } from "./clause-move.ts";
import { isEnglishTitle, looksLikeTitle, subjectsBefore } from "./clause-slots.ts";
import { readCompanyAfter, readCompanyBefore } from "./company-spans.ts";
import { HONORIFIC, TITLE_ACRONYMS } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";
import { type RolePhrase, readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";

// after the verb: "as R of C", then a time ("in March", "at the end of June") before the next clause
const POST_GIVEN_UP = /^\s+as\s+/u;
// the successor, told passively: "… and is succeeded by Y", "; she will be succeeded by Y"
const SUCCEEDED_BY = new RegExp(
  String.raw`^[^;.]{0,80}?(?:[;,]\s*|\s+and\s+)(?:(?:he|she|they)\s+)?(?:is|will be|has been|was|is to be)\s+(?:succeeded|replaced)\s+by\s+(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);
// the successor, told actively in the next clause: "; Y succeeds him", "; Y, currently R2, takes over"
const CLAUSE_BEFORE_SUCCESSOR = /^[^.]{0,80}?(?:;|,\s+and|\s+and|,)\s+(?:(?:Dr\.?|Mr|Ms|Mrs)\s+)?$/u;
const SUCCEEDS_AFTER =
  /^(?:\s*,[^,;.]{1,80},)?\s+(?:succeeds|will succeed|replaces|will replace|takes over|will take over|is taking over|steps in|will step in|steps up|will step up)(?:\s+(?:him|her|them))?(?![\p{L}])/u;
// "C CEO X", "C's chairman X": the post and the house before the leaver's name
const TITLE_BEFORE_LEAVER = new RegExp(
  String.raw`(?:^|\s)((?:[\p{Ll}-]+\s+){0,3}(?:${TITLE_ACRONYMS.map((a) => a.toUpperCase()).join("|")}|chief executive|chairman|chairwoman|chair|president|managing director|general manager))\s+$`,
  "u",
);

const isTitle = (role: string) => looksLikeTitle(role) || isEnglishTitle(role);

function successorAfter(s: Sentence, from: number): PersonMention | null {
  const { text: sentence, mentions } = s;
  for (const m of mentions) {
    if (m.start < from || !isConfidentPerson(m)) continue;
    const gap = sentence.slice(from, m.start);
    if (SUCCEEDED_BY.test(gap)) return m;
    if (CLAUSE_BEFORE_SUCCESSOR.test(gap) && SUCCEEDS_AFTER.test(sentence.slice(m.end))) return m;
  }
  return null;
}

// "X, chief executive of C for eleven years, steps down": the post in the leaver's apposition
function postInApposition(sentence: string, leaver: PersonMention, verbAt: number): RolePhrase | null {
  const apposition = /^\s*,\s*/u.exec(sentence.slice(leaver.end, verbAt));
  if (!apposition) return null;
  const post = readRole(sentence, leaver.end + apposition[0].length, verbAt);
  return post && isTitle(post.role) ? post : null;
}

// "Datastat Labs CEO X steps down": the title and the house written before the name
function postBeforeLeaver(sentence: string, leaver: PersonMention): RolePhrase | null {
  const before = sentence.slice(0, leaver.start);
  const title = TITLE_BEFORE_LEAVER.exec(before);
  if (!title) return null;
  const titleStart = before.length - title[0].length + title[0].indexOf(title[1]!);
  const company: Span | null = readCompanyBefore(sentence, titleStart);
  if (!company) return null;
  return { role: title[1]!, end: leaver.start, company, truncated: false };
}

// "as CEO of Pellam Foods": the title read whole keeps the house an acronym's "of" names
function withHouseOfAcronym(sentence: string, post: RolePhrase): RolePhrase {
  const of = /^(\p{Lu}{2,5})\s+of\s+(?=\p{Lu})/u.exec(post.role);
  if (!of) return post;
  const at = sentence.indexOf(post.role);
  const company = at < 0 ? null : readCompanyAfter(sentence, at + of[0].length);
  return company ? { ...post, role: of[1]!, company } : post;
}

export function readSteppedDown(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const leaver = subjectsBefore(sentence, mentions, match.index)[0];
  if (!leaver || !isConfidentPerson(leaver)) return [];
  const verbEnd = match.index + match[0].length;
  const successor = successorAfter(s, verbEnd);
  if (!successor) return [];
  const asPost = POST_GIVEN_UP.exec(sentence.slice(verbEnd, successor.start));
  const givenUp =
    (asPost ? readRole(sentence, verbEnd + asPost[0].length, successor.start) : null) ??
    postInApposition(sentence, leaver, match.index) ??
    postBeforeLeaver(sentence, leaver);
  const post = givenUp && !givenUp.company ? withHouseOfAcronym(sentence, givenUp) : givenUp;
  if (!post || !isTitle(post.role)) return [];
  return [
    {
      person: successor,
      kind: "appointed",
      role: post.role,
      company: post.company,
      predecessor: leaver,
      // not yet measured on a first-scored corpus: held for review
      notes: [note(NOTES.newShape)],
    },
  ];
}
