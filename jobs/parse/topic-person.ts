// The person a portrait block is about. Trade letters set a name on a line of its own ("Anne Roy",
// "PORTRAIT : MARC LIN", "Anne Roy, directrice de Talvane") and tell the move in the paragraph under
// it, which then names nobody: "Rejoint Talvane comme directrice", "Directrice des ventes de C, elle
// devient …", "Il lui succède à la tête de …" (the person of the block before). The paragraph is
// written out with its subject for the sentence model to read ("Anne Roy rejoint Talvane …"); its
// text as printed stays the record's paragraph.

import { hasFeminineFirstName } from "./gender.ts";
import {
  BACK_POINTING_CLITICS,
  foldWord,
  MOVE_SIGNAL,
  NAME_LINE_LABELS,
  PLACES,
  SUBJECTLESS_OPENING_PARTICIPLES,
  SUBJECTLESS_OPENING_VERBS,
  TITLE_HEADS,
} from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";
import { splitSentences } from "./sentences.ts";

export interface NameLine {
  /** one person, or two joined by "et" / "&" ("Ines Roy et Hadrien Lin échangent leurs rôles") */
  names: string[];
  /** what follows the names on their line (", directrice de Talvane"), without its punctuation */
  title: string | null;
}

const LABEL = new RegExp(
  `^(?:${NAME_LINE_LABELS.map((label) => label.replace(/ /gu, "\\s+")).join("|")})\\s*[:—–-]\\s*`,
  "u",
);
const JOINER = /^\s*(?:et|&)\s*$/u;
// what may follow the names: nothing, "(title)" closing the line, or ", title" / " — title"
const TAIL = /^\s*(?:\(([^()]{2,80})\)|[,—–:-]\s*([^.;!?()]{2,100}?))?\s*[.:]?\s*$/u;

/** A line that only names one or two people, maybe after a label and before a title. */
export function readNameLine(line: string): NameLine | null {
  const trimmed = line.trim();
  if (trimmed.length < 4 || trimmed.length > 160 || /[.!?;]\s/u.test(trimmed)) return null;
  const label = LABEL.exec(foldWord(trimmed))?.[0].length ?? 0;
  const text = trimmed.slice(label);
  const mentions = findPersonMentions(text);
  const first = mentions[0];
  if (first?.start !== 0) return null;
  // a first name the lexicon does not know ("Paulo Roy") names a person only alone on its line
  if (!isConfidentPerson(first) && text.slice(first.end).trim() !== "") return null;
  let end = first.end;
  const names = [first.name];
  const second = mentions[1];
  if (second && JOINER.test(text.slice(first.end, second.start)) && isConfidentPerson(second)) {
    names.push(second.name);
    end = second.end;
  }
  const tail = TAIL.exec(text.slice(end));
  if (!tail) return null;
  const title = (tail[1] ?? tail[2])?.trim() ?? null;
  // "Anne Roy, qui rejoint Talvane, …": a clause, not a title
  if (title && MOVE_SIGNAL.test(title)) return null;
  return { names, title };
}

const SUBJECT_PRONOUN = /(?<=^|[,:;]\s*|\s(?:et|puis|mais)\s+)(?:[Ii]l|[Ee]lle)(?=\s)/u;
const SUBJECT_PRONOUNS = new RegExp(SUBJECT_PRONOUN.source, "gu");
// a sentence of the paragraph telling the new post itself: a verbless opening, or the title on the
// name line, is then the post held before
const OWN_MOVE =
  /(?:^|[.!?]\s+|,\s+)(?:Il|Elle)\s+(?:(?:est|a été|sera)\s+(?:nommée?|élue?|promue?|désignée?|recrutée?)|rejoin\p{L}*|devien\p{L}*|prend\p{L}*|intègre\p{L}*|arrive\p{L}*|entre\p{L}*|quitte\p{L}*)(?![\p{L}])/u;
const FORMER = /^(?:ancien(?:ne)?|ex-|jusqu['’](?:ici|alors)|précédemment|auparavant)/iu;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

// "Il lui succède …" → "Il succède à {person} …", at the head of a paragraph naming nobody else than
// its own subject (the name line's people, or the one person a plain paragraph names first)
function withBackReference(body: string, previous: string | null, own: string[]): string {
  if (previous === null || own.some((name) => foldWord(name) === foldWord(previous))) return body;
  for (const clitic of BACK_POINTING_CLITICS) {
    const match = clitic.pattern.exec(body);
    if (!match) continue;
    const before = findPersonMentions(body.slice(0, match.index)).filter(
      (mention) => !own.some((name) => foldWord(name) === foldWord(mention.name)),
    );
    // a plain paragraph may name the clitic's own subject, right before it ("c'est Y, directeur des
    // ventes, qui lui succède", "Chez C, Y le remplace"); anyone else named before is who the
    // clitic points to ("X quitte C. C le remplace par Y")
    const subject = own.length === 0 && before.length === 1 ? before[0]! : null;
    const gap = clitic.closesClause ? CLAUSE_GAP : CLITIC_SUBJECT_GAP;
    if (before.length > 0 && !(subject && gap.test(body.slice(subject.end, match.index)))) return body;
    if (foldWord(subject?.name ?? "") === foldWord(previous)) return body;
    return body.replace(clitic.pattern, clitic.written.replace("{person}", previous));
  }
  return body;
}

const OPENS_ON_ITS_SUBJECT = /^(?:Il|Elle)\s/u;
const CLITIC_SUBJECT_GAP = /^(?:\s*,[^,.;:]{1,80},)?\s*(?:qui\s+)?$/u;
// the subject's own clause, up to the clitic closing it: no sentence's or clause's end between them
const CLAUSE_GAP = /^[^.;:!?]{0,120}$/u;

const NEW_POST_ADJECTIVE = /^(?:nouveau|nouvelle|nouvel|futur|future)\s+/iu;

// "directrice technique, Orgues Valdemont & Fils": a name line gives the house after a comma, where a
// sentence says "chez" (a place after the comma is the post's scope: "directeur, Lyon")
const POST_COMMA_HOUSE = /^(\p{Ll}[^,]{1,80}?),\s+(\p{Lu}[^,]{1,80})$/u;

function postAtHouse(title: string): string {
  const parts = POST_COMMA_HOUSE.exec(title);
  if (!parts || PLACES.has(foldWord(parts[2]!.trim()))) return title;
  return `${parts[1]} chez ${parts[2]}`;
}

// One person: the paragraph's subject written where it was left out.
function withSubject(body: string, person: string, title: string | null): string {
  if (title) {
    // "Anne Roy, nouvelle directrice de Talvane" over a paragraph that tells no move of hers: the
    // line's title is the new post; otherwise it is the one she holds, an apposition
    const newPost = !FORMER.test(title) && !OWN_MOVE.test(body) && !opensSubjectless(body);
    if (newPost) return `${person} devient ${postAtHouse(title.replace(NEW_POST_ADJECTIVE, ""))}. ${body}`;
    return `${person}, ${lowerFirst(title)}. ${withSubject(body, person, null)}`;
  }
  const word = openingWord(body);
  if (SUBJECTLESS_OPENING_VERBS.has(word)) return `${person} ${lowerFirst(body)}`;
  const first = splitSentences(body)[0];
  const from = first?.start ?? 0;
  const pronoun = SUBJECT_PRONOUN.exec(body.slice(from, first?.end ?? body.length));
  if (pronoun) {
    const at = from + pronoun.index;
    return body.slice(0, at) + person + body.slice(at + pronoun[0].length);
  }
  if (SUBJECTLESS_OPENING_PARTICIPLES.has(word)) return `${person} est ${lowerFirst(body)}`;
  // "Directeur général de C depuis le 3 novembre." under the name: the new post, unless a later
  // sentence tells it ("Directrice financière de C depuis 2019. Elle rejoint D …")
  if (TITLE_HEADS.has(word) && !FORMER.test(body) && !OWN_MOVE.test(body))
    return `${person} devient ${lowerFirst(body)}`;
  if (FORMER.test(body) || TITLE_HEADS.has(word)) return `${person}, ${lowerFirst(body)}`;
  return body;
}

function openingWord(body: string): string {
  return foldWord(/^\p{Lu}[\p{L}'’-]*(?=\s)/u.exec(body)?.[0] ?? "");
}

function opensSubjectless(body: string): boolean {
  const word = openingWord(body);
  return SUBJECTLESS_OPENING_VERBS.has(word) || SUBJECTLESS_OPENING_PARTICIPLES.has(word);
}

// Two people: "elle" and "il" are each the one whose first name has that gender.
function withTwoSubjects(body: string, names: string[]): string {
  const feminine = names.filter((name) => hasFeminineFirstName({ name }));
  if (feminine.length !== 1) return body;
  const her = feminine[0]!;
  const him = names.find((name) => name !== her)!;
  return body.replace(SUBJECT_PRONOUNS, (pronoun) => (/^[Ee]/u.test(pronoun) ? her : him));
}

/** The paragraph under a name line, written out with its subject. */
export function withTopicPerson(line: NameLine, body: string, previous: string | null): string {
  const referred = withBackReference(body.trim(), previous, line.names);
  return line.names.length === 1
    ? withSubject(referred, line.names[0]!, line.title)
    : withTwoSubjects(referred, line.names);
}

/** Who the section's paragraphs have been about so far, as it reads them in order. */
export interface Discourse {
  /** a name line standing alone as a paragraph: the subject of the next one */
  pending: NameLine | null;
  /** the person the paragraph before was about: "lui", "le", "sa" at the head of this one */
  previous: string | null;
}

export const newDiscourse = (): Discourse => ({ pending: null, previous: null });

/**
 * A section paragraph as the sentence model should read it, given the paragraphs before it: under
 * its name line ("Anne Roy\nRejoint …", kept on a line of its own by section.ts) or the name line
 * that was the paragraph before, written out with its subject; otherwise with its clitics pointing
 * back written out ("Chez C, X lui succède"). `topic` is the name line's person, if any: the caller
 * records who the paragraph was about (`previous`) once it has read it.
 */
export function inDiscourse(paragraph: string, discourse: Discourse): { text: string; topic: string | null } {
  const lineBreak = paragraph.indexOf("\n");
  const headed = lineBreak > 0 ? readNameLine(paragraph.slice(0, lineBreak)) : null;
  const line = headed ?? discourse.pending;
  discourse.pending = null;
  // a name line with a title, a paragraph of its own ("Anne Roy, directrice de Talvane"), may be an
  // entry of a list: the paragraph after it is about that person only if it names no subject
  if (
    line &&
    (headed || !line.title || OPENS_ON_ITS_SUBJECT.test(paragraph) || opensSubjectless(paragraph))
  ) {
    const body = headed ? paragraph.slice(lineBreak + 1) : paragraph;
    return { text: withTopicPerson(line, body, discourse.previous), topic: line.names[0]! };
  }
  const alone = readNameLine(paragraph);
  if (alone) {
    discourse.pending = alone;
    return { text: paragraph, topic: null };
  }
  return { text: withBackReference(paragraph, discourse.previous, []), topic: null };
}
