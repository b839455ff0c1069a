// The sentence shapes French trade press uses to announce a move. Each shape is anchored on a
// verb phrase; the person sits before it ("X rejoint C", "X est nommée R") or after it
// ("C nomme X", "C accueille X"), or after a title ("Le nouveau DAF de C, X, …"). A person who is
// only quoted, leaving, founding or being replaced never fills the mover slot, so is not a move.
// This file runs past 300 lines on purpose: the verb patterns and the slot readers they use
// (subject before, object after, title after) are one table best read in one place.

import {
  findPersonMentions,
  isConfidentPerson,
  type PersonMention,
  readCompanyAfter,
  readCompanyBefore,
  type Span,
} from "./mentions.ts";
import { ROLE_INTRODUCER, type RolePhrase, readRole } from "./role-phrase.ts";
import { classifyRole } from "./roles.ts";
import type { MoveKind } from "./types.ts";

export interface ClauseMove {
  person: PersonMention;
  kind: MoveKind;
  role: string | null;
  company: Span | null;
  predecessor: PersonMention | null;
  notes: string[]; // reasons that lower confidence, in English
}

// Word boundaries that understand accents; a phrase may end on "de " or "d'" and then runs
// straight into the next word.
const word = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?:(?<=[\\s'])|(?![\\p{L}\\p{N}]))`, "giu");

const AUX = "(?:(?:a|ont|avait|vient d'|viennent d'|va|vont|pour|devrait)\\s+)?";
const ADVERB = "(?:(?:officiellement|récemment|également|aussi|finalement|désormais)\\s+)?";
const PASSIVE =
  "(?:est|sont|a été|ont été|vient d'être|viennent d'être|sera|seront)\\s+(?:officiellement\\s+)?";

const JOINS = word(
  `${AUX}${ADVERB}(?:rejoint|rejoignent|rejoindra|rejoindront|rejoindre|intègre|intègrent|intégré|intégrera|intégrer|rallie|rallié|rallient|rallier)` +
    `|(?:arrive|arrivent|arrivera|est arrivée?|débarque|a débarqué|atterrit|a atterri)(?=\\s+(?:chez|au sein|à|dans))` +
    `|${PASSIVE}(?:recrutée?s?|embauchée?s?|débauchée?s?)\\s+(?:par|chez)`,
);
// "…, nommé président du conseil": the participle alone, right after a comma, also appoints
const NAMED = word(`${PASSIVE}(?:nommée?s?|désignée?s?|élue?s?|choisie?s?|appelée?s?)|(?<=,\\s*)nommée?`);
const PROMOTED = word(`${PASSIVE}promue?s?`);
const BECOMES = word(
  `devient|deviennent|deviendra|deviendront|est devenue?|(?:est|sera) (?:le|la) (?:nouvel(?:le)?|nouveau|future?)`,
);
const TAKES_POST = word(
  `(?:prend|prendra|a pris|reprend|reprendra)\\s+(?:le poste|les fonctions|la fonction|ses fonctions|le titre)\\s+d(?:e\\s|')` +
    `|occupe(?:ra)?\\s+(?:désormais\\s+)?le poste d(?:e\\s|')|s'installe (?:au poste|dans le fauteuil) d(?:e\\s|')`,
);
const TAKES_LEAD = word(`(?:prend|prendra|a pris|reprend|reprendra)\\s+la\\s+(?=direction|tête|présidence)`);
const SUCCEEDS = word(
  `(?:succède|succèdent|succèdera|succédera|a succédé|remplace|remplacera|a remplacé|prend la succession|prendra la succession|prend la relève)(?:\\s+(?:à|de|d'))?`,
);
const APPOINTS = word(
  `(?:nomme|nomment|a nommé|ont nommé|vient de nommer|nommera|désigne|a désigné|promeut|a promu|élit|a élu)`,
);
const WELCOMES = word(
  `(?:accueille|accueillent|a accueilli|accueillera|recrute|a recruté|recrutera|embauche|a embauché|débauche|a débauché|s'offre|s'est offert|enrôle|se renforce avec(?: l'arrivée d(?:e\\s|'))?|renforce son équipe avec|s'adjoint les services de|s'attache les services de)`,
);
const ANNOUNCES = word(
  `(?:l'arrivée|la nomination|le recrutement|la promotion|l'entrée|le retour)\\s+d(?:e\\s|')`,
);
const NEW_TITLE = word(`(?:(?:le|la|l')\\s*)?(?:nouvel(?:le)?|nouveau)`);

const SUBJECT_GAP =
  /^(?:\s*|\s*,\s*|\s*,[\s\S]*,\s*|\s*\([^)]*\)\s*|\s*,\s*qui\s*|\s*,?\s*(?:qui\s+)?(?:quitte|a quitté|quittera)\s+[^,.;]{1,60}?(?:\s+et)?\s*|\s*,?\s*(?:quant à (?:lui|elle)|pour sa part|de son côté|lui aussi|elle aussi)\s*,?\s*)$/iu;
const OBJECT_GAP = /^\s*(?:(?:M\.|Mme|Mr|Dr)\s+)?$/u;
const COORDINATION_GAP = /^\s*(?:,|et|,\s*et)\s*$/u;

function subjectsBefore(sentence: string, mentions: PersonMention[], anchorStart: number): PersonMention[] {
  const before = mentions.filter((m) => m.end <= anchorStart);
  for (let i = before.length - 1; i >= 0; i--) {
    if (!SUBJECT_GAP.test(sentence.slice(before[i]!.end, anchorStart))) continue;
    const subjects = [before[i]!];
    // "Claire Dupont et Paul Martin rejoignent…": walk back over coordinated names
    for (
      let j = i - 1;
      j >= 0 &&
      isConfidentPerson(before[j]!) &&
      COORDINATION_GAP.test(sentence.slice(before[j]!.end, subjects[0]!.start));
      j--
    ) {
      subjects.unshift(before[j]!);
    }
    return subjects;
  }
  return [];
}

function objectAfter(sentence: string, mentions: PersonMention[], anchorEnd: number): PersonMention | null {
  return (
    mentions.find((m) => m.start >= anchorEnd && OBJECT_GAP.test(sentence.slice(anchorEnd, m.start))) ?? null
  );
}

// Where the next clearly-a-person name starts: a title stops there ("nomme A directrice et
// B directeur"). Unknown capitalised pairs ("Music Agency") do not count.
function nextMentionStart(mentions: PersonMention[], after: number, sentence: string): number {
  return (
    mentions.find((m) => m.start >= after && (m.upperCase || m.knownFirstName))?.start ?? sentence.length
  );
}

function looksLikeTitle(role: string): boolean {
  const { seniority, function: fn } = classifyRole(role);
  return seniority !== "other" || fn !== "other";
}

// Role after a person or company: first an introducer ("comme", "en tant que", "au poste de")
// anywhere before the next person, else a title placed right after the name or in an apposition.
function roleAfter(sentence: string, from: number, stopAt: number): RolePhrase | null {
  const window = sentence.slice(from, stopAt);
  const intro = ROLE_INTRODUCER.exec(window);
  if (intro) return readRole(sentence, from + intro.index + intro[0].length, stopAt);
  const direct = readRole(sentence, from, stopAt);
  if (direct && looksLikeTitle(direct.role) && /^\s*\p{L}/u.test(window)) return direct;
  for (const comma of window.matchAll(/,\s*/g)) {
    const candidate = readRole(sentence, from + comma.index + comma[0].length, stopAt);
    if (candidate && looksLikeTitle(candidate.role)) return candidate;
  }
  return null;
}

const MASCULINE_ADJECTIVES: [RegExp, string][] = [
  [/générale\b/u, "général"],
  [/ière\b/u, "ier"],
  [/ale\b/u, "al"],
  [/elle\b/u, "el"],
  [/ive\b/u, "if"],
];

// "prend la direction financière de C" → "directeur financier"; "la tête de C" → a guess.
function leadershipRole(sentence: string, from: number, stopAt: number, feminine: boolean) {
  const phrase = readRole(sentence, from, stopAt);
  if (!phrase) return null;
  const [noun, ...rest] = phrase.role.split(" ");
  let qualifier = rest.join(" ");
  if (!feminine)
    for (const [pattern, replacement] of MASCULINE_ADJECTIVES)
      qualifier = qualifier.replace(pattern, replacement);
  const notes: string[] = [];
  let role: string;
  if (noun === "présidence") role = `${feminine ? "présidente" : "président"} ${qualifier}`;
  else if (qualifier.length > 0) role = `${feminine ? "directrice" : "directeur"} ${qualifier}`;
  else {
    role = feminine ? "directrice générale" : "directeur général";
    notes.push(`role not found, guessed from "la ${noun} de"`);
  }
  return { ...phrase, role: role.trim(), notes };
}

function isFeminine(sentence: string): boolean {
  return /(?<![\p{L}])(?:nommée|promue|élue|désignée|recrutée|arrivée|elle|ancienne|directrice|présidente|associée)(?![\p{L}])/iu.test(
    sentence,
  );
}

export function findClauseMoves(sentence: string): ClauseMove[] {
  const mentions = findPersonMentions(sentence);
  if (mentions.length === 0) return [];
  const moves: ClauseMove[] = [];
  const add = (move: ClauseMove) => moves.push(move);

  for (const match of sentence.matchAll(JOINS)) {
    for (const person of subjectsBefore(sentence, mentions, match.index)) {
      const company = readCompanyAfter(sentence, match.index + match[0].length);
      const from = company?.end ?? match.index + match[0].length;
      const role = roleAfter(sentence, from, nextMentionStart(mentions, from, sentence));
      add({
        person,
        kind: "joined",
        role: role?.role ?? null,
        company: company ?? role?.company ?? null,
        predecessor: null,
        notes: [],
      });
    }
  }

  for (const [pattern, kind] of [
    [NAMED, "appointed"],
    [PROMOTED, "promoted"],
    [BECOMES, "appointed"],
    [TAKES_POST, "appointed"],
  ] as const) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const stopAt = nextMentionStart(mentions, end, sentence);
      const lead = /^\s*à la (?=tête|direction|présidence)/u.exec(sentence.slice(end));
      for (const person of subjectsBefore(sentence, mentions, match.index)) {
        if (lead) {
          const role = leadershipRole(sentence, end + lead[0].length, stopAt, isFeminine(sentence));
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
        const role = readRole(sentence, start, stopAt);
        add({
          person,
          kind,
          role: role?.role ?? null,
          company: role?.company ?? null,
          predecessor: null,
          notes: role?.truncated ? ["role phrase unusually long"] : [],
        });
      }
    }
  }

  for (const match of sentence.matchAll(TAKES_LEAD)) {
    const end = match.index + match[0].length;
    for (const person of subjectsBefore(sentence, mentions, match.index)) {
      const role = leadershipRole(
        sentence,
        end,
        nextMentionStart(mentions, end + 1, sentence),
        isFeminine(sentence),
      );
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
    const intro = /^\s*,?\s*(?:au poste de|aux fonctions de|comme|en tant que)\s+/u.exec(
      sentence.slice(from),
    );
    const lead = /^\s*,?\s*à la (?=tête|direction|présidence)/u.exec(sentence.slice(from));
    const stopAt = nextMentionStart(mentions, from + 1, sentence);
    for (const person of subjectsBefore(sentence, mentions, match.index)) {
      const role = intro
        ? readRole(sentence, from + intro[0].length, stopAt)
        : lead
          ? leadershipRole(sentence, from + lead[0].length, stopAt, isFeminine(sentence))
          : null;
      add({
        person,
        kind: "appointed",
        role: role?.role ?? null,
        company: role?.company ?? null,
        predecessor,
        notes: [],
      });
    }
  }

  for (const [pattern, kindOf] of [
    [APPOINTS, (verb: string) => (/promeut|promu/u.test(verb) ? "promoted" : "appointed")],
    [WELCOMES, () => "joined"],
    [
      ANNOUNCES,
      (noun: string) =>
        /nomination/u.test(noun) ? "appointed" : /promotion/u.test(noun) ? "promoted" : "joined",
    ],
  ] as const) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const first = objectAfter(sentence, mentions, end);
      if (!first) continue;
      const company = pattern === ANNOUNCES ? null : companyBeforeVerb(sentence, match.index, mentions);
      const kind = kindOf(match[0].toLowerCase()) as MoveKind;
      const found: { person: PersonMention; role: RolePhrase | null }[] = [];
      // "nomme A directrice marketing et B directeur commercial", "accueille A et B comme associés"
      for (let person: PersonMention | undefined = first; person; ) {
        const current: PersonMention = person;
        const role: RolePhrase | null = roleAfter(
          sentence,
          current.end,
          nextMentionStart(mentions, current.end + 1, sentence),
        );
        found.push({ person: current, role });
        person = mentions.find((m) => {
          if (m.start <= current.end) return false;
          const between = sentence.slice(current.end, m.start).replace(role?.role ?? "", " ");
          return /^\s*(?:,\s*|,?\s*et\s+)(?:(?:M\.|Mme)\s+)?$/u.test(between);
        });
      }
      let sharedRole: RolePhrase | null = null;
      for (const entry of found.reverse()) {
        const role: RolePhrase | null = entry.role ?? sharedRole;
        sharedRole = role;
        add({
          person: entry.person,
          kind,
          role: role?.role ?? null,
          company: company ?? role?.company ?? null,
          predecessor: null,
          notes: [],
        });
      }
    }
  }

  for (const match of sentence.matchAll(NEW_TITLE)) {
    if (/(?:est|sera|un|une)\s*$/iu.test(sentence.slice(0, match.index))) continue;
    const role = readRole(sentence, match.index + match[0].length);
    if (!role) continue;
    const after = role.company?.end ?? role.end;
    const link = /^\s*(?:[,:]|est|sera|s'appelle|se nomme|n'est autre que)\s*/u.exec(sentence.slice(after));
    const person = link ? mentions.find((m) => m.start === after + link[0].length) : undefined;
    if (person)
      add({
        person,
        kind: "appointed",
        role: role.role,
        company: role.company,
        predecessor: null,
        notes: ["title stated before the name"],
      });
  }
  return moves;
}

// "Happydemics nomme …", "Lumen, spécialiste de la paie, nomme …": the employer is the subject,
// possibly before an apposition. A person there ("Paul Martin nomme …") is not an employer.
function companyBeforeVerb(sentence: string, verbStart: number, mentions: PersonMention[]): Span | null {
  let end = verbStart;
  const prefix = sentence.slice(0, verbStart);
  const apposition = /,[^,]*,\s*$/u.exec(prefix);
  if (apposition) end = apposition.index;
  const company = readCompanyBefore(sentence, end);
  if (!company) return null;
  const isPerson = mentions.some(
    (m) => isConfidentPerson(m) && m.start < company.end && company.start < m.end,
  );
  return isPerson ? null : company;
}
