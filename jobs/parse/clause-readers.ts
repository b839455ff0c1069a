// The readers of the shapes table (shapes.ts): each fills the slots of one family of shapes
// (mover, employer, role, predecessor) around one match of its verb, out of the typed sentence
// (sentence.ts). The slot readers they share (subject before, object after, title after) live in
// clause-slots.ts.

import { type ClauseReading, kindOfShape, type Match, type Shape } from "./clause-move.ts";
import {
  companyBeforeVerb,
  employerRightAfter,
  isFemininePerson,
  leadershipRole,
  looksLikeTitle,
  nextMentionStart,
  objectAfter,
  opensLikeTitle,
  roleAfter,
  singularTitle,
  subjectsBefore,
  subsidiaryOf,
  titleFor,
  titleGuessed,
} from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { HONORIFIC, MONTH, WORKDAY } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";
import { ROLE_INTRODUCER, readRole } from "./role-phrase.ts";
import { postHeldAround, SAME_POST } from "./same-post.ts";
import type { Sentence } from "./sentence.ts";
import { postNamedAfter } from "./succession-posts.ts";
import { isPronounReference } from "./surname-references.ts";
import { agreeTitle } from "./title-agreement.ts";
import { BECOMES, ENTRUSTED, LISTED_TITLE, NAMED, PROMOTED, TAKES_POST } from "./verb-patterns.ts";

export const RECENT_DAY = new RegExp(
  String.raw`(?<![\p{L}])depuis (?:le \d{1,2}(?:er)? (?:${MONTH})|${WORKDAY}|ce mois|cette semaine)(?![\p{L}])`,
  "iu",
);
const JOIN_WHEN = new RegExp(
  String.raw`^\s+(?:en (?:${MONTH}|\d{4})|(?:début|fin|mi-)\s?(?:${MONTH})|le \d{1,2}(?:er)? \p{Ll}+|dès (?:le )?\d{1,2}(?:er)? \p{Ll}+|dès (?:aujourd'hui|maintenant)|${WORKDAY})(?=\s)`,
  "u",
);
const DETERMINER = /^(?:l['’]|(?:la|le|les|un|une|son|sa|ses)\s)/iu;

// "Les associés ", "La juriste ", "Le directeur financier ": a title with its article right before
// the sentence's first subject, naming no employer
const TITLE_BEFORE_SUBJECT = /^\s*(?:Les|La|Le|L['’])\s*(\p{Ll}[\p{Ll}'’ -]{1,40}?)\s+$/u;

function titleBeforeSubjects(sentence: string, subjectStart: number): string | null {
  const title = TITLE_BEFORE_SUBJECT.exec(sentence.slice(0, subjectStart))?.[1];
  if (!title || /(?:^|\s)(?:ancien|ancienne|anciens|ex|de|du|des|d['’])(?:\s|$|-)/u.test(title)) return null;
  return looksLikeTitle(singularTitle(title)) ? title : null;
}

// Each reader fills the slots of one family of shapes (shapes.ts) around one match of its verb.

// "X rejoint C comme R", "A et B rejoignent C en qualité de R1 et de R2"
const SAME_POST_IN_VERB = /(?:le même poste|les mêmes fonctions|la même fonction)(?=\s)/u;

const POST_COMES_TO_PERSON = /^(?:revient|reviendra)(?![\p{L}])/u;
function personRightAfter(mentions: PersonMention[], from: number, sentence: string): boolean {
  const gap = /^\s*à\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?/u.exec(sentence.slice(from));
  return gap !== null && mentions.some((m) => m.start === from + gap[0].length && isConfidentPerson(m));
}

export function readJoin(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  const subjects = subjectsBefore(sentence, mentions, match.index);
  // "Mediacom Nord intègre deux nouveaux talents : A, B": the employer welcomes a list
  if (
    subjects.length === 1 &&
    !isConfidentPerson(subjects[0]!) &&
    LISTED_TITLE.test(sentence.slice(match.index + match[0].length))
  )
    return moves;
  // "le poste laissé vacant par Y revient à X": a post comes back to a person, no one returns to a
  // house (taken-over-post.ts reads X's move)
  if (
    POST_COMES_TO_PERSON.test(match[0]) &&
    personRightAfter(mentions, match.index + match[0].length, sentence)
  )
    return moves;
  // "rejoindra en septembre l'Orchestre des Trois Rivières": a date between the verb and the employer
  const when = JOIN_WHEN.exec(sentence.slice(match.index + match[0].length))?.[0].length ?? 0;
  for (const [index, person] of subjects.entries()) {
    const joined = readCompanyAfter(sentence, match.index + match[0].length + when);
    const company = subsidiaryOf(sentence, joined) ?? joined;
    const from = company?.end ?? match.index + match[0].length;
    // "X, directrice RSE de Kargo, rejoint Ferlog au même poste": the title is the one the apposition
    // after the name tells, read from it by the paragraph reader (same-post.ts); without one, the
    // post is the one told elsewhere in the paragraph, left to the other readers
    // ("prend les mêmes fonctions chez C": the verb said it before the house)
    const samePost =
      postHeldAround(sentence, person.start, person.end, match.index) &&
      (SAME_POST.exec(sentence.slice(from).trimStart()) ?? SAME_POST_IN_VERB.exec(match[0]));
    const role = samePost
      ? { role: samePost[0], company: null }
      : roleAfter(sentence, from, nextMentionStart(mentions, from, sentence));
    // "A et B rejoignent C en qualité de head of growth et de head of operations": one title
    // each, in order, when the sentence says "respectivement"; otherwise a reviewer decides
    const titles = role?.role.split(/\s+et\s+(?:de\s+|d')?/u) ?? [];
    const respective = titles.length === subjects.length && /respectivement/iu.test(sentence);
    // "A, B et C rejoignent Bpifrance comme chargés d'affaires": the plural title, for each
    const shared = subjects.length > 1 && !respective && role ? titleFor(person, role.role, sentence) : null;
    // "Les associés A et B rejoignent C", "La juriste A rejoint C": no title after the verb, the
    // one set before the names (which may be the post held until now: held for review)
    const fronted = role ? null : titleBeforeSubjects(sentence, subjects[0]!.start);
    moves.push({
      person,
      kind: "joined",
      role: respective
        ? titles[index]!
        : (shared ?? role?.role ?? (fronted ? titleFor(person, fronted, sentence) : null)),
      notes: shared
        ? [note(NOTES.roleSharedByList)]
        : fronted
          ? [note(NOTES.titleBeforeNameMaybeHeld)]
          : // "prend les mêmes fonctions chez C": not yet measured on a first-scored corpus
            SAME_POST_IN_VERB.test(match[0])
            ? [note(NOTES.newShape)]
            : [],
      company: company ?? role?.company ?? null,
      predecessor: null,
    });
  }
  return moves;
}

// "X passe de Ferlog à Kargo Rail : il y devient R": a join of the house after "à", unless the words
// after "de" are a title ("passe de Head of Growth à COO" changes post: readChangeOfPost)
const LEFT_SIDE = /^\S+(?:\s+\S+){0,2}?\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)(.+)\s(?:à|au|aux)$/u;
export function readTransfer(s: Sentence, match: Match): ClauseReading[] {
  const left = LEFT_SIDE.exec(match[0])?.[1];
  return left && looksLikeTitle(left) ? [] : readJoin(s, match);
}

// "X est nommée R de C", "X devient R", "X prend le poste de R", "X s'est vu confier la direction de C"
const POST_INTRODUCER = /^\s*(?:au poste|aux fonctions|à la fonction) d(?:e\s|')/u;
const PROMOTED_TO =
  /^\s*(?:au poste|aux fonctions|à la fonction) d(?:e\s|')|^\s+to\s+(?!(?:lead|run|join|become|take|oversee|manage)\s|head\s+(?!of\s))(?=\p{Ll})/u;

export function readTitleAfterVerb(s: Sentence, match: Match, shape: Shape): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  const pattern = shape.verb;
  const kind = kindOfShape(shape, match[0]);
  const end = match.index + match[0].length;
  const stopAt = nextMentionStart(mentions, end, sentence);
  // "s'est vu confier la direction commerciale de C": the post given is the department led
  const lead = (
    pattern === ENTRUSTED
      ? /^\s*la (?=direction|présidence)/u
      : /^\s*(?:à|pour) (?:prendre |reprendre |assurer )?la (?=tête|direction|présidence)/u
  ).exec(sentence.slice(end));
  const subjects = subjectsBefore(sentence, mentions, match.index);
  // "X reprend le poste de Ghislaine Roy à la direction générale": the post named is that of the
  // one replaced, and the department led after their name is the title
  const holder = pattern === TAKES_POST ? objectAfter(sentence, mentions, end) : null;
  const holderLead =
    holder && /^\s*,?\s*à la (?=tête|direction|présidence)/u.exec(sentence.slice(holder.end));
  if (holder && holderLead) {
    const from = holder.end + holderLead[0].length;
    const stop = nextMentionStart(mentions, from, sentence);
    return subjects.flatMap((person) => {
      const role = leadershipRole(sentence, from, stop, isFemininePerson(person, sentence));
      return role
        ? [{ person, kind, role: role.role, company: role.company, predecessor: holder, notes: role.notes }]
        : [];
    });
  }
  for (const person of subjects) {
    if (lead) {
      const role = leadershipRole(sentence, end + lead[0].length, stopAt, isFemininePerson(person, sentence));
      if (role)
        moves.push({
          person,
          kind,
          role: role.role,
          company: role.company,
          predecessor: null,
          notes: role.notes,
        });
      continue;
    }
    // "was promoted to commercial director": English promotes to the title, "to" no part of it
    const start =
      end +
      ((pattern === PROMOTED ? PROMOTED_TO : POST_INTRODUCER).exec(sentence.slice(end))?.[0].length ?? 0);
    const direct = readRole(sentence, start, stopAt);
    // "a été choisi pour piloter C en tant que DG", "prend les rênes de la division cloud,
    // avec le titre de DGD": the title comes with an introducer further on
    // "prend les rênes de l'éditeur … comme DG": a determiner opens an object, not a title
    // and "prend les rênes de Northwind France comme country manager": the object is the employer
    const titled =
      direct &&
      looksLikeTitle(direct.role) &&
      !DETERMINER.test(direct.role) &&
      !ROLE_INTRODUCER.test(direct.role);
    const intro = titled ? null : ROLE_INTRODUCER.exec(sentence.slice(end, stopAt));
    const role = intro ? readRole(sentence, end + intro.index + intro[0].length, stopAt) : direct;
    const object = intro && readCompanyAfter(sentence, start);
    const employer =
      object && object.end <= end + intro.index && !sentence.slice(start, object.start).trim()
        ? object
        : (role && !role.company && hiringAgent(sentence, match[0], role.end, stopAt)) || null;
    // "A, B et C sont nommés rédacteurs en chef adjoints": the plural title, for each, agreeing
    const plural =
      subjects.length > 1 &&
      role &&
      !/respectivement/iu.test(sentence) &&
      singularTitle(role.role) !== role.role;
    moves.push({
      person,
      kind,
      role: plural ? titleFor(person, role.role, sentence) : (role?.role ?? null),
      company: role?.company ?? employer,
      predecessor: null,
      notes: [
        ...(role?.truncated ? [note(NOTES.rolePhraseLong)] : []),
        ...(plural ? [note(NOTES.roleSharedByList)] : []),
      ],
      // ", qui devient directrice conseil" after "intègre … : A": the main verb says how she came
      weakKind:
        (pattern === NAMED && /^nomm/iu.test(match[0])) ||
        (pattern === BECOMES && /,\s*qui\s+$/u.test(sentence.slice(0, match.index))),
    });
  }
  return moves;
}

// "a été recrutée comme cheffe de projet par la médiathèque de C": the agent of a hiring verb is
// the house that hires; a board that chooses ("choisie par le conseil de …") is not, and "nommée"
// is left alone for that reason
const HIRING_VERB = /(?<![\p{L}])(?:recrut|embauch|engag)/iu;
const AGENT_AFTER_TITLE = /^\s+par\s+(?=(?:la|le|les|l['’])\s*\S)/u;

function hiringAgent(sentence: string, verb: string, roleEnd: number, stopAt: number): Span | null {
  if (!HIRING_VERB.test(verb)) return null;
  const agent = AGENT_AFTER_TITLE.exec(sentence.slice(roleEnd, stopAt));
  if (!agent) return null;
  const company = readCompanyAfter(sentence, roleEnd + agent[0].length);
  // the agent closes the clause: "par la Banque X, qui …" is fine, "par la Banque X pour …" is not read
  return company && company.end <= stopAt && /^\s*(?:[,.;:]|$)/u.test(sentence.slice(company.end))
    ? company
    : null;
}

// "X prend la direction financière de C" → "directeur financier"
export function readLedPost(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  const end = match.index + match[0].length;
  for (const person of subjectsBefore(sentence, mentions, match.index)) {
    const stopAt = nextMentionStart(mentions, end + 1, sentence);
    const post = leadershipRole(sentence, end, stopAt, isFemininePerson(person, sentence));
    // "prendra la tête d'Indusia en tant que président exécutif": the title said outright wins
    const intro = post && ROLE_INTRODUCER.exec(sentence.slice(post.end, stopAt));
    const said = intro && post ? readRole(sentence, post.end + intro.index + intro[0].length, stopAt) : null;
    const role = said && post ? { ...said, company: post.company, notes: [] } : post;
    if (role)
      moves.push({
        person,
        kind: "appointed",
        role: role.role,
        company: role.company,
        predecessor: null,
        // "assurera la présidence de C": not yet measured on a first-scored corpus
        notes: /^(?:(?:va|vont)\s+)?assur/iu.test(match[0])
          ? [...role.notes, note(NOTES.newShape)]
          : role.notes,
      });
  }
  return moves;
}

// "X succède à Y au poste de R", "X lui succède"
// "succède au fondateur Luc Faure", "remplace à la présidence la fondatrice Anne Roy": a few
// lower-case words that describe the person replaced sit between the verb and the name; the verb's
// match may have taken the "à" already ("succède à l'avocat Luc Faure à la présidence de C"); a
// possessive says the same of a relative or a mentor ("succède à son père Gérard Roy à la présidence")
const DESCRIBED_PREDECESSOR =
  /^\s*(?:au|à la|à l'|aux|(?:à\s+)?(?:son|sa|leur)|à|la|le|l')\s*(?:[\p{Ll}][\p{Ll}'-]*\s+){1,3}$/u;

function describedPredecessor(s: Sentence, end: number) {
  const next = s.mentions.find((m) => m.start >= end && (m.upperCase || m.knownFirstName));
  return next && DESCRIBED_PREDECESSOR.test(s.text.slice(end, next.start)) ? next : null;
}

export function readSuccession(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  const end = match.index + match[0].length;
  const predecessor = objectAfter(sentence, mentions, end) ?? describedPredecessor(s, end);
  // "Y succeeds him as R": English puts the pronoun for the one replaced after the verb
  const pronounAfter = predecessor ? null : /^\s+(?:him|her|them)(?=[\s,.;])/u.exec(sentence.slice(end));
  const from = predecessor?.end ?? end + (pronounAfter?.[0].length ?? 0);
  // "succède à Élise Marchand, cofondatrice, au poste de CEO": an apposition may sit in between
  // ("succeeds Y as R of C": English introduces the post with "as")
  const intro =
    /^\s*(?:,[^,.;]{1,60}(?=,))?\s*,?\s*(?:au poste d(?:e\s|')|aux fonctions d(?:e\s|')|comme|en tant qu(?:e\s|')|as(?=\s))\s*/u.exec(
      sentence.slice(from),
    );
  // "X lui succède", "Anne Roy le remplacera comme directrice": the one replaced is named before
  const pronoun =
    pronounAfter !== null || /(?:(?:lui|leur|le|la)\s+|l['’])$/iu.test(sentence.slice(0, match.index));
  const stopAt = nextMentionStart(mentions, from + 1, sentence);
  for (const person of subjectsBefore(sentence, mentions, match.index)) {
    // "lui succède à la direction technique", "la remplace aux achats", "à la tête de C"; after a
    // pronoun the verb took the "à" ("succède à" someone): read so since issue 13, held for review
    // with its gender told by the first name (the reading after a named predecessor keeps its
    // measured doubts)
    // ("c'est l'adjoint de X, Y, qui lui succède": a name after "de" completes a noun, it is no subject)
    const afterPronoun = !predecessor && !pronounAfter && /(?<![\p{L}])à$/u.test(match[0]);
    const complement = afterPronoun && /(?<![\p{L}])(?:de|d['’])\s*$/u.test(sentence.slice(0, person.start));
    const post = intro
      ? { ...readRole(sentence, from + intro[0].length, stopAt), notes: [] }
      : complement
        ? null
        : postNamedAfter(
            sentence,
            from,
            stopAt,
            isFemininePerson(person, sentence),
            afterPronoun && (hasFeminineFirstName(person) || hasMasculineFirstName(person)),
          );
    const role =
      post && afterPronoun && !intro && post.role
        ? { ...post, notes: [note(NOTES.newShape), ...post.notes] }
        : post?.role
          ? post
          : (frontedPost(sentence, person) ?? post);
    moves.push({
      person,
      kind: "appointed",
      role: role?.role ?? null,
      company: role?.company ?? null,
      predecessor,
      notes: role?.notes ?? [],
      predecessorIsAntecedent: pronoun && !predecessor,
      ...(pronoun && !predecessor && !pronounAfter ? { pronounAt: match.index } : {}),
    });
  }
  return moves;
}

// "À la présidence de la Fédération des C, Anne Roy succède à Luc Faure": the post fronted before the
// subject, where the succession names none after the one replaced
const FRONTED_LED_POST =
  /^\s*(?:À|A)\s+la\s+(?=(?:co-?)?(?:présidence|direction)(?:\s+générale)?\s+(?:de|du|des|d['’]))/u;
function frontedPost(sentence: string, person: PersonMention) {
  const fronted = FRONTED_LED_POST.exec(sentence);
  if (!fronted) return null;
  const comma = sentence.indexOf(",", fronted[0].length);
  if (comma < 0 || !/^,\s*$/u.test(sentence.slice(comma, person.start))) return null;
  const post = leadershipRole(sentence, fronted[0].length, comma, isFemininePerson(person, sentence));
  return post?.role && post.company ? post : null;
}

// "Chez Studio Nord, Inès Delacroix passe de directrice de création à directrice générale",
// "Dan Whitaker moves from Head of Social to Creative Director": a step up in the same house
export function readChangeOfPost(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const to = match.index + match[0].length;
  const role = readRole(sentence, to, nextMentionStart(mentions, to, sentence));
  // "passe de Ferlog à Kargo Rail": a house, not a post, after "à" (readTransfer's)
  if (!role || (/^\p{Lu}/u.test(role.role) && !looksLikeTitle(role.role))) return [];
  return subjectsBefore(sentence, mentions, match.index).map((person) => ({
    person,
    kind: "promoted" as const,
    role: role.role,
    company: role.company,
    predecessor: null,
    notes: [],
  }));
}

// "Élise Marchand, ex-Kilowattier, est head of data chez Wattsy depuis le 3 mars", "Depuis le 1er
// mars, X est directeur commercial de C": 'est' with a recent day is news of a move; without it
// ("est directeur de C depuis 2015") it only describes the person
export function readIsNow(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  if (!RECENT_DAY.test(sentence)) return [];
  const end = match.index + match[0].length;
  const role = readRole(sentence, end, nextMentionStart(mentions, end, sentence));
  // "chef graveur", "chef monteur": a title opening on a title's head that the role classes do not
  // know; not yet measured, held for review
  const known = role !== null && looksLikeTitle(role.role);
  if (!role || !(known || opensLikeTitle(role.role))) return [];
  const company = role.company ?? employerRightAfter(sentence, end + role.role.length);
  return subjectsBefore(sentence, mentions, match.index).map((person) => ({
    person,
    kind: "appointed" as const,
    role: role.role,
    company,
    predecessor: null,
    notes: known ? [] : [note(NOTES.newShape)],
  }));
}

const HOUSE_OPENER = /^\s*(?:Chez|Au sein de|Au sein d['’])\s*(?=\p{Lu})/u;
// "remplacé à la direction des achats par", "remplacée aux opérations par", "remplacé au poste de
// directeur financier par": the post the one replaced leaves, told between the verb and "par"
const LED_BEFORE_BY = /^remplacée?s?\s+à la (?=(?:tête|direction|présidence)\s)/u;
const SCOPE_BEFORE_BY =
  /^remplacée?s?\s+(aux|au|à l['’])\s*(\p{Ll}[\p{Ll}-]+(?:\s(?:et|de la|de l['’]|des?|du)\s*\p{Ll}[\p{Ll}-]+)?)\s+par$/u;
const OF_SCOPE: Record<string, string> = { aux: "des ", au: "du ", "à l'": "de l'", "à l’": "de l'" };

function postBetweenReplacedAndBy(sentence: string, match: Match, feminine: boolean) {
  const verb = match[0].search(/remplac/u);
  if (verb < 0) return null;
  const between = match[0].slice(verb);
  const lead = LED_BEFORE_BY.exec(between);
  if (lead) {
    const from = match.index + verb + lead[0].length;
    const to = match.index + match[0].length - 4;
    const role = leadershipRole(sentence, from, to, feminine);
    return role && !titleGuessed(role.notes) ? { role: role.role, notes: role.notes } : null;
  }
  const scope = SCOPE_BEFORE_BY.exec(between);
  if (scope) {
    const role = `${feminine ? "directrice" : "directeur"} ${OF_SCOPE[scope[1]!]}${scope[2]}`;
    return { role, notes: [note(NOTES.titleParaphrased, `${scope[1]} ${scope[2]}`)] };
  }
  const intro = ROLE_INTRODUCER.exec(between);
  if (intro) {
    const from = match.index + verb + intro.index + intro[0].length;
    const title = readRole(sentence, from, match.index + match[0].length - 4);
    return title && looksLikeTitle(title.role) ? { role: title.role, notes: [] } : null;
  }
  return null;
}

// "Il sera remplacé le 1er septembre par Florence Aubry", "remplacée chez Mediaxis par Yann Koenig"
// "son directeur sportif, Y, allait être remplacé par X", "le directeur financier Y est remplacé par
// X": the title the one replaced holds, said before their name; "Le directeur de C est lui-même
// remplacé par X": the post named alone, its holder told in an earlier sentence
const TITLE_OF_REPLACED = /(?:^|[\s,;:])(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Ll]eur)\s+(?=\p{Ll})/gu;

function postOfReplaced(sentence: string, match: Match, replaced: PersonMention | null) {
  const end = replaced ? replaced.start : match.index;
  const at = [...sentence.slice(0, end).matchAll(TITLE_OF_REPLACED)].at(-1);
  if (!at) return null;
  const from = at.index + at[0].length;
  const phrase = readRole(sentence, from, end);
  if (!phrase || !looksLikeTitle(phrase.role)) return null;
  // nothing but a comma or a space between the title and the holder's name (or the verb)
  const rest = sentence.slice(phrase.company?.end ?? phrase.end, end);
  if (!/^\s*,?\s*$/u.test(rest) && !(replaced === null && /^\s*$/u.test(rest))) return null;
  return phrase;
}

// "remplacé par le responsable des essais de l'équipe, X": the successor described before their name
const DESCRIBED_SUCCESSOR = /^\s*(?:le|la|l['’])\s*\p{Ll}[^,;:.()]{2,80}?,\s*$/u;

export function readReplacedBy(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const person =
    objectAfter(sentence, mentions, end) ??
    mentions.find(
      (m) => m.start >= end && isConfidentPerson(m) && DESCRIBED_SUCCESSOR.test(sentence.slice(end, m.start)),
    ) ??
    null;
  if (!person) return [];

  // "Il sera remplacé par X": the one "il" points back to is found by the paragraph reader
  const subject = subjectsBefore(sentence, mentions, match.index)[0] ?? null;
  const replaced = subject && !isPronounReference(subject) ? subject : null;
  const employer = /(?<![\p{L}])chez\s/u.exec(match[0]);
  // only an introduced title: ", actuellement directrice générale adjointe de Prévia" is the old job
  const intro = ROLE_INTRODUCER.exec(
    sentence.slice(person.end, nextMentionStart(mentions, person.end + 1, sentence)),
  );
  const role = intro ? readRole(sentence, person.end + intro.index + intro[0].length) : null;
  const postBeforeBy = role
    ? null
    : postBetweenReplacedAndBy(sentence, match, isFemininePerson(person, sentence));
  // "Le directeur de C est remplacé …": the house in the post (read as a name), no person replaced
  const postAlone = role || postBeforeBy ? null : postOfReplaced(sentence, match, null);
  const replacedIsHouse =
    replaced !== null &&
    postAlone?.company != null &&
    replaced.start >= postAlone.company.start &&
    replaced.end <= postAlone.company.end;
  const heldBefore =
    role || postBeforeBy
      ? null
      : replaced === null || replacedIsHouse
        ? postAlone
        : postOfReplaced(sentence, match, replaced);
  const agree = (title: string) => agreeTitle(title, isFemininePerson(person, sentence));
  // "Chez Covalde, X est remplacé … par Y": the house named at the head of the sentence
  const opener = employer ? null : HOUSE_OPENER.exec(sentence.slice(0, match.index));
  return [
    {
      person,
      kind: "appointed",
      role: role?.role ?? postBeforeBy?.role ?? (heldBefore ? agree(heldBefore.role) : null),
      company:
        role?.company ??
        heldBefore?.company ??
        (employer
          ? readCompanyAfter(sentence, match.index + employer.index + 5)
          : opener
            ? readCompanyAfter(sentence, opener[0].length)
            : null),
      predecessor: replacedIsHouse ? null : replaced,
      // not yet measured on a first-scored corpus: held for review (chosen-holder.ts note(NOTES.newShape))
      notes: postBeforeBy
        ? [note(NOTES.newShape), ...postBeforeBy.notes]
        : heldBefore
          ? [note(NOTES.newShape)]
          : [],
      predecessorIsAntecedent:
        !replaced &&
        (/(?:^|\s)(?:il|elle)\s+$/iu.test(sentence.slice(0, match.index)) || /^relève/iu.test(match[0])),
    },
  ];
}

// "Ferlog crée un poste de directeur de la donnée et recrute Yann Tessier pour l'occuper": the post
// is told before its holder, who is the object of the second verb.
const SECOND_VERB = new RegExp(
  String.raw`^\s*(?:,\s*)?et\s+(?:y\s+)?(recrute|nomme|accueille|embauche|promeut|appelle|choisit|installe)\s+(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);

export function readCreatedPost(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const role = readRole(sentence, end, nextMentionStart(mentions, end, sentence));
  if (!role || !looksLikeTitle(role.role)) return [];
  const holder = mentions.find((m) => m.start >= role.end && isConfidentPerson(m));
  const verb = holder && SECOND_VERB.exec(sentence.slice(role.end, holder.start));
  if (!holder || !verb) return [];
  return [
    {
      person: holder,
      kind: /recrute|accueille|embauche/u.test(verb[1]!)
        ? "joined"
        : verb[1] === "promeut"
          ? "promoted"
          : "appointed",
      role: role.role,
      company: role.company ?? companyBeforeVerb(sentence, match.index, mentions),
      predecessor: null,
      notes: [],
    },
  ];
}
