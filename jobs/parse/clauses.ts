// The sentence shapes French trade press uses to announce a move. Each shape is anchored on a
// verb phrase; the person sits before it ("X rejoint C", "X est nommée R") or after it
// ("C nomme X", "C accueille X"), or after a title ("Le nouveau DAF de C, X, …"). A person who is
// only quoted, leaving, founding or being replaced never fills the mover slot, so is not a move.
// The slot readers the patterns share (subject before, object after, title after) live in
// clause-slots.ts; the shapes where the employer is the subject ("C nomme X") in
// employer-clauses.ts.

import { arrivalsFrom } from "./arrivals-from.ts";
import {
  employerRightAfter,
  isFemininePerson,
  leadershipRole,
  looksLikeTitle,
  nextMentionStart,
  objectAfter,
  roleAfter,
  subjectsBefore,
  subsidiaryOf,
  titleFor,
} from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { employerClauseMoves } from "./employer-clauses.ts";
import { addFrontedMoves } from "./fronted-clauses.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { ROLE_INTRODUCER, readRole } from "./role-phrase.ts";
import { withSurnameReferences } from "./surname-references.ts";
import type { MoveKind } from "./types.ts";
import {
  BECOMES,
  ENTRUSTED,
  JOINS,
  LISTED_TITLE,
  NAMED,
  PROMOTED,
  REPLACED_BY,
  SUCCEEDS,
  TAKES_LEAD,
  TAKES_POST,
} from "./verb-patterns.ts";

const RECENT_DAY =
  /(?<![\p{L}])depuis (?:le \d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|lundi|mardi|mercredi|jeudi|vendredi|ce mois|cette semaine)(?![\p{L}])/iu;
const IS_NOW = /(?<![\p{L}])est (?:désormais |aujourd'hui )?(?=\p{L})/gu;
const JOIN_WHEN =
  /^\s+(?:en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})|(?:début|fin|mi-)\s?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|le \d{1,2}(?:er)? \p{Ll}+|dès (?:le )?\d{1,2}(?:er)? \p{Ll}+|dès (?:aujourd'hui|maintenant)|lundi|mardi|mercredi|jeudi|vendredi)(?=\s)/u;
const CHANGES_POST =
  /(?<![\p{L}])(?:passe|est passée?|a été promue? de|moves|has moved) (?:de|d'|from) (?:la |le |l')?[\p{L}][^,.;:]{1,60}? (?:à|au|to) (?:la |le |l')?(?=\p{L})/gu;
const DETERMINER = /^(?:l['’]|(?:la|le|les|un|une|son|sa|ses)\s)/iu;

export interface ClauseMove {
  person: PersonMention;
  kind: MoveKind;
  role: string | null;
  company: Span | null;
  predecessor: PersonMention | null;
  notes: string[]; // reasons that lower confidence, in English
  // "Agathe Lenoir lui succède", "Il sera remplacé par Florence Aubry": the predecessor is the
  // person a pronoun points back to, found by the paragraph reader.
  predecessorIsAntecedent?: boolean;
  // ", nommée Head of Data" after "se renforce avec X": a bare participle names the title but
  // says less about how the person arrived than the main verb does.
  weakKind?: boolean;
}

// `earlierPeople`: those named in the paragraph's earlier sentences, for "Moreau rejoint…"
export function findClauseMoves(sentence: string, earlierPeople: PersonMention[] = []): ClauseMove[] {
  const mentions = withSurnameReferences(sentence, findPersonMentions(sentence), earlierPeople);
  if (mentions.length === 0) return [];
  const moves: ClauseMove[] = [];
  const add = (move: ClauseMove) => moves.push(move);

  for (const match of sentence.matchAll(JOINS)) {
    const subjects = subjectsBefore(sentence, mentions, match.index);
    // "Mediacom Nord intègre deux nouveaux talents : A, B": the employer welcomes a list
    if (
      subjects.length === 1 &&
      !isConfidentPerson(subjects[0]!) &&
      LISTED_TITLE.test(sentence.slice(match.index + match[0].length))
    )
      continue;
    // "rejoindra en septembre l'Orchestre des Trois Rivières": a date between the verb and the employer
    const when = JOIN_WHEN.exec(sentence.slice(match.index + match[0].length))?.[0].length ?? 0;
    for (const [index, person] of subjects.entries()) {
      const joined = readCompanyAfter(sentence, match.index + match[0].length + when);
      const company = subsidiaryOf(sentence, joined) ?? joined;
      const from = company?.end ?? match.index + match[0].length;
      const role = roleAfter(sentence, from, nextMentionStart(mentions, from, sentence));
      // "A et B rejoignent C en qualité de head of growth et de head of operations": one title
      // each, in order, when the sentence says "respectivement"; otherwise a reviewer decides
      const titles = role?.role.split(/\s+et\s+(?:de\s+|d')?/u) ?? [];
      const respective = titles.length === subjects.length && /respectivement/iu.test(sentence);
      // "A, B et C rejoignent Bpifrance comme chargés d'affaires": the plural title, for each
      const shared =
        subjects.length > 1 && !respective && role ? titleFor(person, role.role, sentence) : null;
      add({
        person,
        kind: "joined",
        role: respective ? titles[index]! : (shared ?? role?.role ?? null),
        notes: shared ? ["role shared by a list of people"] : [],
        company: company ?? role?.company ?? null,
        predecessor: null,
      });
    }
  }

  for (const [pattern, kind] of [
    [NAMED, "appointed"],
    [PROMOTED, "promoted"],
    [BECOMES, "appointed"],
    [TAKES_POST, "appointed"],
    [ENTRUSTED, "appointed"],
  ] as const) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const stopAt = nextMentionStart(mentions, end, sentence);
      // "s'est vu confier la direction commerciale de C": the post given is the department led
      const lead = (
        pattern === ENTRUSTED
          ? /^\s*la (?=direction|présidence)/u
          : /^\s*(?:à|pour) (?:prendre |reprendre |assurer )?la (?=tête|direction|présidence)/u
      ).exec(sentence.slice(end));
      for (const person of subjectsBefore(sentence, mentions, match.index)) {
        if (lead) {
          const role = leadershipRole(
            sentence,
            end + lead[0].length,
            stopAt,
            isFemininePerson(person, sentence),
          );
          if (role)
            add({
              person,
              kind,
              role: role.role,
              company: role.company,
              predecessor: null,
              notes: role.notes,
            });
          continue;
        }
        const start =
          end +
          (/^\s*(?:au poste|aux fonctions|à la fonction) d(?:e\s|')/u.exec(sentence.slice(end))?.[0].length ??
            0);
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
            : null;
        add({
          person,
          kind,
          role: role?.role ?? null,
          company: role?.company ?? employer,
          predecessor: null,
          notes: role?.truncated ? ["role phrase unusually long"] : [],
          // ", qui devient directrice conseil" after "intègre … : A": the main verb says how she came
          weakKind:
            (pattern === NAMED && /^nomm/iu.test(match[0])) ||
            (pattern === BECOMES && /,\s*qui\s+$/u.test(sentence.slice(0, match.index))),
        });
      }
    }
  }

  for (const match of sentence.matchAll(TAKES_LEAD)) {
    const end = match.index + match[0].length;
    for (const person of subjectsBefore(sentence, mentions, match.index)) {
      const stopAt = nextMentionStart(mentions, end + 1, sentence);
      const post = leadershipRole(sentence, end, stopAt, isFemininePerson(person, sentence));
      // "prendra la tête d'Indusia en tant que président exécutif": the title said outright wins
      const intro = post && ROLE_INTRODUCER.exec(sentence.slice(post.end, stopAt));
      const said =
        intro && post ? readRole(sentence, post.end + intro.index + intro[0].length, stopAt) : null;
      const role = said && post ? { ...said, company: post.company, notes: [] } : post;
      if (role)
        add({
          person,
          kind: "appointed",
          role: role.role,
          company: role.company,
          predecessor: null,
          notes: role.notes,
        });
    }
  }

  for (const match of sentence.matchAll(SUCCEEDS)) {
    const end = match.index + match[0].length;
    const predecessor = objectAfter(sentence, mentions, end);
    const from = predecessor?.end ?? end;
    // "succède à Élise Marchand, cofondatrice, au poste de CEO": an apposition may sit in between
    const intro =
      /^\s*(?:,[^,.;]{1,60}(?=,))?\s*,?\s*(?:au poste d(?:e\s|')|aux fonctions d(?:e\s|')|comme|en tant qu(?:e\s|'))\s*/u.exec(
        sentence.slice(from),
      );
    const pronoun = /(?:lui|leur)\s+$/iu.test(sentence.slice(0, match.index));
    const lead = /^\s*,?\s*à la (?=tête|direction|présidence)/u.exec(sentence.slice(from));
    const stopAt = nextMentionStart(mentions, from + 1, sentence);
    for (const person of subjectsBefore(sentence, mentions, match.index)) {
      const role = intro
        ? { ...readRole(sentence, from + intro[0].length, stopAt), notes: [] }
        : lead
          ? leadershipRole(sentence, from + lead[0].length, stopAt, isFemininePerson(person, sentence))
          : null;
      add({
        person,
        kind: "appointed",
        role: role?.role ?? null,
        company: role?.company ?? null,
        predecessor,
        notes: role?.notes ?? [],
        predecessorIsAntecedent: pronoun && !predecessor,
      });
    }
  }

  // "Chez Studio Nord, Inès Delacroix passe de directrice de création à directrice générale",
  // "Dan Whitaker moves from Head of Social to Creative Director": a step up in the same house
  for (const match of sentence.matchAll(CHANGES_POST)) {
    const to = match.index + match[0].length;
    const role = readRole(sentence, to, nextMentionStart(mentions, to, sentence));
    if (!role) continue;
    for (const person of subjectsBefore(sentence, mentions, match.index))
      add({ person, kind: "promoted", role: role.role, company: role.company, predecessor: null, notes: [] });
  }

  // "Élise Marchand, ex-Kilowattier, est head of data chez Wattsy depuis le 3 mars", "Depuis le 1er
  // mars, X est directeur commercial de C": 'est' with a recent day is news of a move; without it
  // ("est directeur de C depuis 2015") it only describes the person
  if (RECENT_DAY.test(sentence)) {
    for (const match of sentence.matchAll(IS_NOW)) {
      const end = match.index + match[0].length;
      const role = readRole(sentence, end, nextMentionStart(mentions, end, sentence));
      if (!role || !looksLikeTitle(role.role)) continue;
      const company = role.company ?? employerRightAfter(sentence, end + role.role.length);
      for (const person of subjectsBefore(sentence, mentions, match.index))
        add({ person, kind: "appointed", role: role.role, company, predecessor: null, notes: [] });
    }
  }

  moves.push(...employerClauseMoves(sentence, mentions));

  moves.push(...arrivalsFrom(sentence, mentions));

  for (const match of sentence.matchAll(REPLACED_BY)) {
    const person = objectAfter(sentence, mentions, match.index + match[0].length);
    if (!person) continue;
    const replaced = subjectsBefore(sentence, mentions, match.index)[0] ?? null;
    const employer = /(?<![\p{L}])chez\s/u.exec(match[0]);
    // only an introduced title: ", actuellement directrice générale adjointe de Prévia" is the old job
    const intro = ROLE_INTRODUCER.exec(
      sentence.slice(person.end, nextMentionStart(mentions, person.end + 1, sentence)),
    );
    const role = intro ? readRole(sentence, person.end + intro.index + intro[0].length) : null;
    add({
      person,
      kind: "appointed",
      role: role?.role ?? null,
      company:
        role?.company ?? (employer ? readCompanyAfter(sentence, match.index + employer.index + 5) : null),
      predecessor: replaced,
      notes: [],
      predecessorIsAntecedent: !replaced && /(?:^|\s)(?:il|elle)\s+$/iu.test(sentence.slice(0, match.index)),
    });
  }

  addFrontedMoves(sentence, mentions, moves);
  addEllipticItems(sentence, mentions, moves);
  addDashedCard(sentence, mentions, moves);
  return moves;
}

// "Paul Martin (ex-Orbelis) — directeur commercial — Kerlog.": a card, person — title — employer;
// a former employer in the parenthesis makes it an arrival.
const DASHED_CARD =
  /^\s*(?:\([^)]{1,80}\)\s*)?[—–]\s+([^—–.;]{2,80}?)\s+[—–]\s+([\p{Lu}\p{N}][^—–.;,]{1,60}?)\s*(?:[.;]|$)/u;

function addDashedCard(sentence: string, mentions: PersonMention[], moves: ClauseMove[]): void {
  const person = mentions[0];
  if (!person || !isConfidentPerson(person) || moves.length > 0) return;
  if (!/^\s*$/u.test(sentence.slice(0, person.start))) return;
  const card = DASHED_CARD.exec(sentence.slice(person.end));
  if (!card) return;
  const role = readRole(sentence, person.end + card[0].indexOf(card[1]!));
  if (!role || !looksLikeTitle(role.role)) return;
  const companyAt = person.end + card[0].lastIndexOf(card[2]!);
  moves.push({
    person,
    kind: /\(\s*ex-/u.test(card[0]) ? "joined" : "appointed",
    role: role.role,
    company: { text: card[2]!.trim(), start: companyAt, end: companyAt + card[2]!.trim().length },
    predecessor: null,
    notes: [],
  });
}

// "Chez Radio Sillage : A devient directrice des programmes ; B, directeur de l'information ; C,
// responsable du numérique": after a clause that moves someone, "; NAME, TITLE" repeats its verb.
function addEllipticItems(sentence: string, mentions: PersonMention[], moves: ClauseMove[]): void {
  const first = moves.find((m) => m.role);
  if (!first) return;
  for (const mention of mentions) {
    if (!isConfidentPerson(mention) || moves.some((m) => m.person.start === mention.start)) continue;
    if (mention.start < first.person.end || !/;\s*$/u.test(sentence.slice(0, mention.start))) continue;
    const comma = /^\s*,\s*/u.exec(sentence.slice(mention.end));
    if (!comma) continue;
    const from = mention.end + comma[0].length;
    const semicolon = sentence.indexOf(";", from);
    const role = readRole(sentence, from, semicolon < 0 ? sentence.length : semicolon);
    if (!role || !looksLikeTitle(role.role)) continue;
    moves.push({
      person: mention,
      kind: first.kind,
      role: role.role,
      company: role.company ?? first.company,
      predecessor: null,
      notes: [],
    });
  }
}
