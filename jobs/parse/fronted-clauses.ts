// Clauses that tell the post before the person. The readers of the shapes-table rows (shapes.ts)
// "title opener" ("Nouveau CIO pour Trivane Gestion : Matthieu Kowalski…", "son nouveau directeur
// technique, Kevin Abitbol"), "post then holder" ("a élu à sa présidence Martine Bourdais"),
// "hands over the post" / "gives up the post" ("laisse la présidence à son fils, Maxime Moulin"),
// "joins the board" ("entre au conseil d'administration de C") and "post confided to"; and the
// participle opener ("Élu le 6 juin à la présidence de la CCI Morbihan, Patrick Le Goff succède…",
// "Désignée présidente du directoire de Crédit Alpin, Véronique Santini prendra…"), a pass over the
// whole sentence because it completes or dates what the sentence's main clause read.

import { allMatches } from "./all-matches.ts";
import type { ClauseMove, ClauseReading, Match, Shape } from "./clause-move.ts";
import {
  companyBeforeVerb,
  isFemininePerson,
  leadershipRole,
  looksLikeTitle,
  objectAfter,
  opensLikeTitle,
  subjectsBefore,
  withoutGenderGuess,
} from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { foldWord, HONORIFIC, MONTH, MOVE_TIME, TITLE_HEAD_VOCABULARY } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { NOTES, type Note, note } from "./notes.ts";
import { ROLE_INTRODUCER, type RolePhrase, readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";
import type { MoveKind } from "./types.ts";
import { GAINS_POST, PROPOSED_FIRST, REPLACES_OWN_POST, WELCOMES } from "./verb-patterns.ts";

// ("Élu au printemps à la tête de C, X": a season, or a month without its year)
const WHEN = String.raw`(?:le \d{1,2}(?:er)? \p{Ll}+(?: \d{4})?|en (?:\p{Ll}+ )?\d{4}|(?:fin|début|mi-)\s?\p{Ll}+|(?:au|en) (?:printemps|été|automne|hiver)|en (?:${MONTH})|officiellement|récemment)`;
const PARTICIPLES =
  "Nommée?s?|Élue?s?|Désignée?s?|Promue?s?|Choisie?s?|Appelée?s?|Reconduite?s?|Recrutée?s?|Portée?s?";
// "Âgé de 61 ans, nommé le 5 mars délégué général de C, X …", "Entré en 1991 comme apprenti, nommé
// le 4 mars directeur technique de C, X …": the age or the start of a career may come first, the
// participle after its comma, in lower case
const LEAD_ASIDE = String.raw`(?:Âgée?s? de \d{2} ans|(?:Entrée?|Arrivée?)\s[^,.;:]{1,60}?),\s*`;
const LEAD_ASIDE_AT = new RegExp(String.raw`^\s*${LEAD_ASIDE}`, "u");
const PARTICIPLE_OPENER = new RegExp(
  String.raw`^\s*(?:(${PARTICIPLES})|${LEAD_ASIDE}(${PARTICIPLES.toLowerCase()}))(?:\s+${WHEN})?\s+`,
  "u",
);
// "Réunie en assemblée générale, l'Union … a élu", "Fondée en 2019, la marque …", "Élu samedi pour
// quatre ans, le bureau …": a participle
// clause set before the subject; the sentence's subject starts after its comma.
const CIRCUMSTANCE_OPENER =
  /^\s*\p{Lu}\p{Ll}+(?:ée?s?|ie?s?|ise?s?|ue?s?|ente?s?|ante?s?)\s+(?:(?:en|par|à|au|aux|pour|dans|lors|sous|le|la|depuis)\s[^,.;:]{0,60}|(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s[^,.;:]{0,60})?),\s*/u;
export function subjectStart(sentence: string): number {
  return CIRCUMSTANCE_OPENER.exec(sentence)?.[0].length ?? 0;
}
const LEAD_POST = /^(?:à|pour) (?:la|sa) (?=présidence|direction|tête)/u;
// What may stand between the post and its holder: a comma, an honorific, "l'Allemande"
// "Élue présidente de l'Union … (UMRE), X", "Nommé directeur de C, où il prendra ses fonctions en
// janvier, X": an acronym or a relative clause may close the post first
// "Nommée présidente de C, la filiale de chimie fine de D, X": or the house described in apposition
// (by what it is or by a trade's noun: "l'organisateur du salon D", "le spécialiste des …")
// "Porté à la tête de C au sortir du conseil du 1er octobre, X": or the occasion of the vote
const HOLDER_GAP = new RegExp(
  String.raw`^(?:\s*\([^)]{1,40}\))?(?:\s+(?:au sortir|à l'issue|au terme|lors)\s[^,.;:]{1,60})?\s*,(?:\s*(?:où|dont|qui)\s[^,.;]{1,80},|\s*(?:la|le|l')\s*(?:filiale|branche|maison mère|holding|société|entreprise|structure|entité|\p{Ll}+(?:eur|ant|iste)s?)\s[^,.;]{1,80},)?\s*(?:(?:${HONORIFIC})\s+|(?:l'|le |la )\p{L}+\s+)?$`,
  "u",
);
const OCCASION = /\s+(?:au sortir|à l'issue|au terme|lors)\s[^,.;:]{1,60},/u;
// the time of the move may come before the holder: "cédera son poste de R le 1er avril à X" (MOVE_TIME);
// a kinship may be hyphenated ("à son petit-fils, X")
const TO_HOLDER = new RegExp(
  String.raw`^\s*(?:${MOVE_TIME}\s+)?à\s+(?:(?:son|sa|leur)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}+)?\s*,?\s*)?`,
  "u",
);

// "a élu à sa présidence Me X", "porté à sa tête M. X": the title of courtesy belongs to the holder
const COURTESY_BEFORE = new RegExp(String.raw`\s(?:${HONORIFIC}|Mlle)\s+$`, "u");
const holderStart = (sentence: string, m: PersonMention) =>
  m.start - (COURTESY_BEFORE.exec(sentence.slice(0, m.start))?.[0].length ?? 0);

function holderAfter(mentions: PersonMention[], sentence: string, from: number, gap: RegExp) {
  return mentions.find(
    (m) =>
      m.start >= from &&
      isConfidentPerson(m) &&
      holderStart(sentence, m) >= from &&
      gap.test(sentence.slice(from, holderStart(sentence, m))),
  );
}

function postRole(sentence: string, from: number, stopAt: number, person: PersonMention) {
  return leadershipRole(sentence, from, stopAt, isFemininePerson(person, sentence));
}

function participleOpener(
  sentence: string,
  opener: RegExpExecArray,
  mentions: PersonMention[],
): ClauseMove | null {
  const from = opener[0].length;
  const lead = LEAD_POST.exec(sentence.slice(from));
  const participle = (opener[1] ?? opener[2]!).toLowerCase();
  // "Porté à la tête de C, X …", "Portée à la présidence de C, X": "porté" only ever leads to a post
  const carried = /^port/u.test(participle);
  if (carried && !lead) return null;
  const phrase: RolePhrase | null = readRole(sentence, from + (lead?.[0].length ?? 0));
  if (!phrase) return null;
  // "… au sortir du conseil du 1er octobre, X": the occasion closes the post
  const occasion = OCCASION.exec(sentence.slice(from));
  const postEnd = Math.min(phrase.company?.end ?? phrase.end, occasion ? from + occasion.index : Infinity);
  const person = holderAfter(mentions, sentence, postEnd, HOLDER_GAP);
  if (!person) return null;
  const led = lead
    ? postRole(sentence, from + lead[0].length, Math.min(person.start, postEnd), person)
    : null;
  // "Élu à la tête de l'Union des … , X": one elected to head a body is its president
  const elected =
    led && /^él/u.test(participle) && /^tête d/u.test(sentence.slice(from + lead![0].length))
      ? { ...led, role: isFemininePerson(person, sentence) ? "présidente" : "président", notes: [] }
      : null;
  const post = elected ?? led;
  // ("à la tête de C" paraphrases the title: only a held reading may keep it)
  if (lead && (!post || (post.notes.length > 0 && !carried))) return null;
  const role = post ?? phrase;
  const kind: MoveKind = /^promu/u.test(participle)
    ? "promoted"
    : /^recrut/u.test(participle)
      ? "joined"
      : "appointed";
  return {
    shape: "participle opener",
    person,
    kind,
    role: role.role,
    company: role.company,
    predecessor: null,
    // (not yet measured on a first-scored corpus: held for review)
    notes: [
      note(NOTES.titleStatedBeforeName),
      ...(carried ? [note(NOTES.newShape), ...(post?.notes ?? [])] : []),
    ],
  };
}

// "Nommée en 2021 directrice marketing de Beautéa, Coralie Meunier en devient la directrice
// générale": when the main clause names its own post, the opener is the post held before,
// at the same employer.
function mergeOpener(opener: ClauseMove, moves: ClauseMove[], sentence: string): void {
  const main = moves.find((m) => m.person.start === opener.person.start);
  if (!main) {
    // "Nommé en 2019 directeur de C, X …": a post dated in the past is not today's move
    if (DATED_BY_YEAR.test(sentence)) return;
    // "Élue en mars à la tête de C, X a présenté …": dated by a month or a season alone, the post
    // may be months old and the sentence's news another (the issue's date is not known here);
    // "le 30 septembre" dates a fresh move
    if (DATED_BY_MONTH_ALONE.test(sentence)) opener.notes.push(note(NOTES.titleBeforeNameMaybeHeld));
    moves.push(opener);
    return;
  }
  if (!main.role) {
    main.role = opener.role;
    main.company ??= opener.company;
    main.notes.push(...opener.notes);
  } else if (!main.company && opener.company && main.role !== opener.role) {
    main.company = opener.company;
    main.kind = "promoted";
  }
}

const DATED_BY_YEAR = /^\s*\S+\s+en (?:\p{Ll}+ )?\d{4}/u;
const DATED_BY_MONTH_ALONE = new RegExp(
  String.raw`^\s*\S+\s+(?:en (?:${MONTH})|(?:fin|début|mi-)\s?(?:${MONTH})|(?:au|en) (?:printemps|été|automne|hiver))(?!\s+\d)`,
  "u",
);

const DATE_ASIDE =
  /^\s*,\s*(?:depuis|dès|à compter d[ue]|à partir d[ue])\s[^,:;]{1,30},(?=\s*(?:pour|chez)\s)/u;

const GAINED_BEFORE_TITLE = new RegExp(`${GAINS_POST}\\s*$`, "u");
const REPLACED_BEFORE_TITLE = new RegExp(`${REPLACES_OWN_POST}\\s*$`, "u");
const PROPOSED_BEFORE_TITLE = new RegExp(`${PROPOSED_FIRST}$`, "iu");
const ELECTION_BEFORE_TITLE =
  /(?<![\p{L}])l['’]élection\s+(?:du|de la|de l['’])\s*(?:(?:futur|future|nouveau|nouvelle|prochain|prochaine)\s+)?$/iu;
// "C remplace son directeur financier : X, en poste depuis 2015, part à la retraite": the one replaced
const LEAVING_AFTER_HOLDER =
  /^[^.;:]{0,80}?(?<![\p{L}])(?:part|partira|quitte|quittera|s'en va|prend sa retraite|prendra sa retraite|se retire)(?![\p{L}])/u;
// after the title, an aside or the time of the move before the colon: "une DRH en janvier : X"
const GAINED_TITLE_LINK = new RegExp(String.raw`^\s*(?:,[^:.;]{1,60}|\s${MOVE_TIME})?\s*:\s*`, "u");

// an aside on the title's house, to the colon that names the holder: a relative clause or an
// apposition, with no sentence break nor second colon in it
const EMPLOYER_ASIDE_LINK =
  /^\s*,\s*(?:qui|dont|filiale|l['’]|le|la|les|un|une|spécialiste|leader|fondée?|créée?|basée?|installée?)\s[^:.;()]{1,80}?\s:\s*/u;

// the title's house after "au", "aux", "à la", "à l'" and before the colon
const HOUSE_AFTER_TITLE = /\s(?:au|aux|à la|à l['’])\s*(?=\p{Lu}[^:.;]{1,80}\s:\s)/u;

// "Nouveau CIO pour Trivane Gestion : X", "Vergers de la Durance a un nouveau directeur financier :
// X": the title, its employer, then the holder after a colon or a comma (shapes.ts "title opener").
const SPELLED_BEFORE_ACRONYM = /^((?:\s+\p{Ll}[\p{Ll}'’-]+){1,3})\s*\(([\p{Lu}]{2,12})\)/u;
// the acronym ends on the initials of those words, in order ("automobiles indépendants" in FEAI)
function spelledByAcronym(words: string, acronym: string): boolean {
  const initials = words
    .trim()
    .split(/\s+/u)
    .map((word) => foldWord(word)[0]!.toUpperCase())
    .join("");
  return foldWord(acronym).toUpperCase().endsWith(initials);
}

const TOWN_BEFORE_OWNER =
  /^(\s+à\s+\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})(?=\s+(?:pour|chez)\s+\p{Lu})/u;

const NEW_BODY = /^(?:bureau|directoire|comité|équipe)(?![\p{L}])/u;

export function readTitleOpener(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const before = sentence.slice(0, match.index);
  // "Vergers de la Durance a un nouveau directeur financier : X", "C se dotera d'une DRH : X"
  // "C remplace son directeur financier : X": X may as well be the one replaced ("X, en poste depuis
  // 2015, part à la retraite"), so the reading waits for an editor
  const replaced = REPLACED_BEFORE_TITLE.exec(before);
  // "Est proposé au poste de président de C : X": a proposal, not yet a vote (held as new)
  // "… à l'élection du secrétaire général de C : X": a candidate, not yet elected (held as new)
  const proposed = PROPOSED_BEFORE_TITLE.exec(before) ?? ELECTION_BEFORE_TITLE.exec(before);
  const gained = GAINED_BEFORE_TITLE.exec(before) ?? replaced ?? proposed;
  if (!gained && /(?:est|sera|un|une)\s*$/iu.test(before)) return [];
  // "Nouvelle éditrice aux Éditions Morvane : X": the house after "au", "aux", "à la" owns the post
  const titleFrom = match.index + match[0].length;
  const housed = HOUSE_AFTER_TITLE.exec(sentence.slice(titleFrom));
  // ("Nouveau visage à la R&D de C : X": only after a title, a house; after another noun, a department)
  const titledHouse = (role: { role: string } | null) =>
    role !== null &&
    (opensLikeTitle(role.role) || TITLE_HEAD_VOCABULARY.has(foldWord(role.role.split(/\s+/u)[0]!)));
  const cut = housed ? readRole(sentence, titleFrom, titleFrom + housed.index) : null;
  const role = titledHouse(cut) ? cut : readRole(sentence, titleFrom);
  // "le nouveau bureau est élu : X (C), président ; …": a body renewed, not a title; its items say
  // each one's (list-items.ts)
  if (!role || NEW_BODY.test(role.role)) return [];
  let company: Span | null = role.company;
  let after = company?.end ?? role.end;
  // "Nouvelle responsable de la gare maritime de Sète pour C : X": a place the title names, then the
  // house that owns the post
  let placed: string | null = null;
  const laterOwner =
    company && !gained ? /^\s*(?:pour|chez)\s+(?=\p{Lu})/u.exec(sentence.slice(after)) : null;
  const owner2 = laterOwner && readCompanyAfter(sentence, after + laterOwner[0].length);
  if (
    company &&
    owner2 &&
    /^\s*:/u.test(sentence.slice(owner2.end)) &&
    (!/\s/u.test(company.text) || /^\p{Ll}/u.test(company.text))
  ) {
    placed = sentence.slice(titleFrom, company.end).trim();
    company = owner2;
    after = owner2.end;
  }
  // "Nouveau directeur d'agence à Port-Aval pour C : X": the town the post is held in, before the
  // house that owns it, is part of the title
  const town = company ? null : TOWN_BEFORE_OWNER.exec(sentence.slice(after));
  const title = town
    ? { ...role, role: `${role.role} ${town[1]!.trim()}` }
    : placed
      ? { ...role, role: placed }
      : role;
  if (town) after += town[1]!.length;
  // "Nouveau directeur des investissements, depuis le 2 janvier, chez C : X": a date aside
  const aside = company ? null : DATE_ASIDE.exec(sentence.slice(after));
  if (aside) after += aside[0].length;
  // "Nouveau Chief Investment Officer pour Trivane Gestion : X"
  const owner = (
    titledHouse(role)
      ? /^\s*(?:(?:pour|chez)\s+|(?:au|aux|à la|à l['’])\s*(?=\p{Lu}))/u
      : /^\s*(?:pour|chez)\s+/u
  ).exec(sentence.slice(after));
  if (!company && owner) {
    company = readCompanyAfter(sentence, after + owner[0].length);
    after = company?.end ?? after;
  }
  // "Nouveau président pour la Fédération des cavistes (FDC) : X": the employer's acronym after it,
  // capitals mixed with small letters as some are written ("(AFCov)", "(UNAPei)")
  if (company) {
    // "… pour la Fédération des experts automobiles indépendants (FEAI) : X": lower-case words the
    // acronym spells belong to the name the company reader stopped short of
    const spelled = SPELLED_BEFORE_ACRONYM.exec(sentence.slice(after));
    if (spelled && spelledByAcronym(spelled[1]!, spelled[2]!)) {
      company = {
        ...company,
        text: sentence.slice(company.start, after + spelled[1]!.length),
        end: after + spelled[1]!.length,
      };
      after = company.end;
    }
    after +=
      /^\s*\((?=[^()]*\p{Lu}[^()]*\p{Lu})\p{Lu}[\p{L}\p{N}&.-]{1,11}\)/u.exec(sentence.slice(after))?.[0]
        .length ?? 0;
  }
  // "Nouvelle directrice pour la Fondation C, qui gère trois maisons : X", "… pour LabVap, filiale
  // de D : X": an aside on the employer between it and the colon
  const link =
    (company && !gained ? EMPLOYER_ASIDE_LINK.exec(sentence.slice(after)) : null) ??
    (gained
      ? GAINED_TITLE_LINK
      : // "Nouveau directeur commercial chez C : c'est X, …"
        /^\s*(?:[,:](?:\s*c['’]est(?=\s))?|est|sera|s'appelle|se nomme|n'est autre que)\s*/u
    ).exec(sentence.slice(after));
  const person = link ? mentions.find((m) => m.start === after + link[0].length) : undefined;
  if (!person) return [];
  if (replaced && LEAVING_AFTER_HOLDER.test(sentence.slice(person.end))) return [];
  // "La start-up Nautiloop a débauché chez Sunforge son nouveau directeur technique, X"
  const hire = allMatches(before, WELCOMES).at(-1);
  return [
    {
      person,
      kind: hire ? "joined" : "appointed",
      role: title.role,
      company:
        company ??
        // (a proposal opening the sentence has no subject before it)
        (gained && !proposed ? companyBeforeVerb(sentence, gained.index, mentions) : null) ??
        (hire ? companyBeforeVerb(sentence, hire.index, mentions) : null),
      predecessor: null,
      notes: [note(NOTES.titleStatedBeforeName), ...(replaced || proposed ? [note(NOTES.newShape)] : [])],
    },
  ];
}

// "Sa nomination au poste de directeur de C a été actée par le conseil le 3 février : X, ancien de D,
// prendra ses fonctions lundi", "Sa nomination à la présidence de C a été actée : X succède à Y": the
// possessive points forward to the name after the colon (shapes.ts "nomination told first"). The post
// is said between the noun and its passive verb; the holder opens what follows the colon.
const LED_POST_AHEAD = /^à\s+la\s+(?=(?:présidence|direction)(?![\p{L}]))/u;
const PASSIVE_AFTER_POST = /\s(?:a été|est|sera|vient d'être|avait été)\s/u;
const NOUN_KIND: Record<string, MoveKind> = { promotion: "promoted", arrivée: "joined" };

export function readNominationThenName(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const from = match.index + match[0].length;
  const passive = PASSIVE_AFTER_POST.exec(sentence.slice(from));
  if (!passive) return [];
  const stop = from + passive.index;
  const colon = /^[^.;:!?]{0,120}?:\s*/u.exec(sentence.slice(stop));
  if (!colon) return [];
  const holderAt = stop + colon[0].length;
  const person = mentions.find(
    (m) => m.start >= holderAt && isConfidentPerson(m) && sentence.slice(holderAt, m.start).trim() === "",
  );
  if (!person) return [];
  const lead = LED_POST_AHEAD.exec(sentence.slice(from));
  const introducer = lead ? null : ROLE_INTRODUCER.exec(sentence.slice(from));
  const led = lead ? postRole(sentence, from + lead[0].length, stop, person) : null;
  // a title guessed from "la direction de C" is no reading
  if (led && withoutGenderGuess(led.notes).length > 0) return [];
  const role =
    led ?? (introducer?.index === 0 ? readRole(sentence, from + introducer[0].length, stop) : null);
  if (!role) return [];
  const noun = /\s(\p{L}+)\s*$/u.exec(match[0])?.[1]?.toLowerCase() ?? "";
  return [
    {
      person,
      kind: NOUN_KIND[noun] ?? "appointed",
      role: role.role,
      company: role.company,
      predecessor: null,
      notes: [note(NOTES.newShape), note(NOTES.titleStatedBeforeName)],
    },
  ];
}

// "a élu à sa présidence Martine Bourdais", "a porté à sa direction générale X": the post led, then
// its holder (shapes.ts "post then holder")
export function readPostThenHolder(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const person = holderAfter(mentions, sentence, end, /^[\p{Ll}\s'-]{1,40}$/u);
  if (!person) return [];
  const role = postRole(sentence, end, holderStart(sentence, person), person);
  if (!role || role.notes.length > 0) return [];
  return [
    {
      person,
      kind: "appointed",
      role: role.role,
      company: role.company ?? companyBeforeVerb(sentence, match.index, mentions),
      predecessor: null,
      notes: [],
    },
  ];
}

// "Jean-Pierre Moulin laisse la présidence à son fils, Maxime Moulin": the post led (row "hands over
// the post", a clear name after it); "A … cède sa place de directrice générale à Hortense
// Charpentier": the title as written (row "gives up the post": the shape says who the name is,
// known first name or not). The subject is the predecessor.
export function readHandOver(s: Sentence, match: Match, shape: Shape): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const titled = shape.role !== "led post";
  const end = match.index + match[0].length;
  const phrase = readRole(sentence, end);
  const gap = phrase && TO_HOLDER.exec(sentence.slice(phrase.company?.end ?? phrase.end));
  if (!phrase || !gap) return [];
  const at = (phrase.company?.end ?? phrase.end) + gap[0].length;
  const person = mentions.find((m) => m.start === at && (titled || isConfidentPerson(m)));
  if (!person) return [];
  // ("laisse sa casquette de gérant à X": the post named after "de" is a title by its place, its head
  // one of the title heads)
  const role = titled
    ? opensLikeTitle(phrase.role)
      ? { role: phrase.role, company: phrase.company, notes: [] }
      : null
    : postRole(sentence, end, phrase.company?.end ?? phrase.end, person);
  if (!role || role.notes.length > 0) return [];
  return [
    {
      person,
      kind: "appointed",
      role: role.role,
      company: role.company,
      predecessor: subjectsBefore(sentence, mentions, match.index)[0] ?? null,
      notes: [],
    },
  ];
}

// "Ferlog confie sa direction commerciale à X", "C confie sa présidence à l'ancienne ministre X": the
// post led, given by the employer (the subject), to the holder after "à" and a description of them
// (shapes.ts "employer entrusts the post"). A known masculine first name settles the title's gender.
const TO_DESCRIBED_HOLDER =
  /^\s*à\s+(?:(?:son|sa|leur)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*,?\s*|(?:l['’]|le |la )\p{Ll}+(?:\s+\p{Ll}+)?\s+|(?<house>(?:deux|trois|quatre)\s+de\s+(?:ses|leurs)\s+|(?:ses|leurs)\s+(?:deux|trois|quatre)\s+)\p{Ll}+\s*,\s*)?/u;
// "… à deux de ses interprètes, X et Y", "… à X et Y": one post, each holder after the first
const NEXT_HOLDER = /^\s*(?:,\s*(?:et\s+)?|et\s+)/u;

const FORMER_POST_HERE =
  /^\s*,\s*(?:\d{2} ans,\s*)?(?:jusqu['’]ici|jusque-là|jusqu['’]alors|qui était)\s+([^,.;:()]+)/u;

export function readEntrustedPost(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  // the post ends where its holder is introduced ("sa présidence à l'ancienne ministre X")
  const toHolder = /\sà\s/u.exec(sentence.slice(end));
  const phrase = readRole(sentence, end, toHolder ? end + toHolder.index : sentence.length);
  const ownPost = /\ssa\s+$/u.test(match[0]) ? OWN_HEAD_POST.exec(sentence.slice(end)) : null;
  const unit = ownPost ? null : namedUnit(sentence, end, phrase);
  const postEnd = ownPost
    ? end + ownPost[0].length
    : (unit?.end ?? phrase?.company?.end ?? phrase?.end ?? end);
  const gap = phrase && TO_DESCRIBED_HOLDER.exec(sentence.slice(postEnd));
  if (!gap) return [];
  const first = mentions.find((m) => m.start === postEnd + gap[0].length && isConfidentPerson(m));
  if (!first) return [];
  const holders = [first];
  for (let last = first; ; ) {
    const and = NEXT_HOLDER.exec(sentence.slice(last.end));
    const next = and && mentions.find((m) => m.start === last.end + and[0].length && isConfidentPerson(m));
    if (!next) break;
    holders.push(next);
    last = next;
  }
  // a shared post is read for two or more holders only ("à X et Y"), never a list's first name alone
  const codirection = /^co(?:présidence|direction)/u.test(sentence.slice(end)); // not "coordination"
  if (codirection && holders.length < 2) return [];
  // "deux de ses interprètes": the holders are the house's own people
  const ownPeople = gap.groups?.house !== undefined;
  const readings: ClauseReading[] = [];
  for (const person of holders) {
    const role = ownPost
      ? ownHeadPost(sentence, ownPost[1]!, person)
      : unit
        ? { ...ownHeadPost(sentence, unit.post, person), company: unit.company }
        : postRole(sentence, end, postEnd, person);
    const guessed = (said: Note) => said.kind === NOTES.titleGenderGuessed && hasMasculineFirstName(person);
    if (!role || role.notes.some((note) => !guessed(note))) return [];
    // "le conseil a confié …", "l'avionneur confie …": an employer known only through a descriptor is
    // left to the readers that resolve it, and so is the title a later sentence may give
    const company = role.company ?? employerSubject(sentence, match.index, mentions);
    if (!company) return [];
    // "… à X, jusqu'ici directrice des programmes", "… à X, 51 ans, qui était chef de projet": a former
    // post with no other employer named is held in the house that now promotes them
    const former = FORMER_POST_HERE.exec(sentence.slice(holders.at(-1)!.end));
    const promoted =
      ownPeople || (former !== null && looksLikeTitle(former[1]!) && !/\p{Lu}/u.test(former[1]!));
    readings.push({
      person,
      kind: promoted ? "promoted" : "appointed",
      role: role.role,
      company,
      predecessor: null,
      notes: [],
    });
  }
  // "… à X, et sa direction financière à Y": a second post, its verb gapped (after a single holder only)
  const company = readings[0]!.company;
  if (holders.length === 1 && company) return [...readings, ...secondEntrustedPost(s, first, company)];
  return readings;
}

// "C confie sa coordination médicale à X, et sa direction administrative à Y": the verb is gapped in
// the second member, which names its own post and holder in the same order; a new shape, held
const GAPPED_POST =
  /^\s*,?\s+et\s+(?:sa|la|leur)\s+(?=(?:présidence|direction|coordination|chefferie|responsabilité)(?![\p{L}]))/u;

function secondEntrustedPost(s: Sentence, first: PersonMention, company: Span): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const gapped = GAPPED_POST.exec(sentence.slice(first.end));
  if (!gapped) return [];
  const from = first.end + gapped[0].length;
  const toHolder = /\sà\s/u.exec(sentence.slice(from));
  if (!toHolder) return [];
  const holderAt = from + toHolder.index + toHolder[0].length;
  const person = mentions.find((m) => m.start === holderAt && isConfidentPerson(m));
  if (!person) return [];
  const role = postRole(sentence, from, from + toHolder.index, person);
  if (!role || role.company) return [];
  return [
    { person, kind: "appointed", role: role.role, company, predecessor: null, notes: [note(NOTES.newShape)] },
  ];
}

// "Helvanne confie la direction de sa filiale de recharge, Helvanne Mobilité, à X": the unit led is
// named in commas after its common noun; it is the employer, and its head the title
const UNIT_NOUN =
  /^(direction|présidence)\s+(?:de\s+(?:sa|la|leur)|du|de son)\s+(?:nouvelle\s+|nouveau\s+)?(?:filiale|branche|division|entité|société|marque)(?![\p{L}])/u;

function namedUnit(sentence: string, from: number, phrase: RolePhrase | null) {
  const company = phrase?.company;
  const noun = company && UNIT_NOUN.exec(sentence.slice(from, company.start));
  const named = noun && /^[^,;:]*,\s*$/u.test(sentence.slice(from, company.start));
  const closing = named && /^\s*,/u.exec(sentence.slice(company.end));
  return closing ? { post: noun[1]!, company, end: company.end + closing[0].length } : null;
}

// "C confie sa direction à X", "confie sa présidence à X": the possessive makes the post the head of
// the subject itself, "directeur" (the house names no department) — a museum's, a company's or a
// federation's alike (real73/real74: 5 of 5). The gender is the first name's, else the clause's
// agreement ("jusqu'ici directrice …"), else a guess that keeps the record under review.
const OWN_HEAD_POST = /^((?:co)?direction|(?:co)?présidence)(?=\s+à\s)/u;

function ownHeadPost(sentence: string, post: string, person: PersonMention) {
  const feminine = isFemininePerson(person, sentence);
  const known = hasFeminineFirstName(person) || hasMasculineFirstName(person);
  const agreed =
    known || (feminine ? /directrice|présidente/u : /directeur|président/u).test(sentence.slice(person.end));
  return {
    role: HEAD_OF_POST[post]![feminine ? 1 : 0],
    company: null,
    notes: agreed ? [] : [note(NOTES.titleGenderGuessed)],
  };
}

// "Substrala ouvre une usine à Ornans. Le fabricant en confie la direction à X": the post of what
// the sentence before opened (shapes.ts "employer entrusts what it opened"). The employer is the
// subject when named, else the context's; the title is the bare head's ("directrice", "responsable"),
// the site itself being named only in the sentence before.
const HEAD_OF_POST: Record<string, [masculine: string, feminine: string]> = {
  direction: ["directeur", "directrice"],
  présidence: ["président", "présidente"],
  codirection: ["codirecteur", "codirectrice"],
  coprésidence: ["coprésident", "coprésidente"],
  responsabilité: ["responsable", "responsable"],
};

export const ENTRUSTED_OPENING = "employer entrusts what it opened";
// "Kavalio ouvre un atelier à Ornans. Il sera dirigé par Anne Roy": the site the sentence before
// opened, its head named after "par" (the paragraph reader adds the site to the title, as for
// ENTRUSTED_OPENING; a sentence before that opens nothing leaves no title and no record)
export const OPENED_SITE_LED = "what the employer opened is led by";
export const OPENED_SITE_SHAPES: ReadonlySet<string> = new Set([ENTRUSTED_OPENING, OPENED_SITE_LED]);

export function readOpenedSiteLed(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const person = objectAfter(sentence, mentions, match.index + match[0].length);
  if (!person || !isConfidentPerson(person)) return [];
  const [masculine, feminine] = HEAD_OF_POST[/présid/u.test(match[0]) ? "présidence" : "direction"]!;
  return [
    {
      person,
      kind: "appointed",
      role: isFemininePerson(person, sentence) ? feminine : masculine,
      company: null,
      predecessor: null,
      notes: [note(NOTES.newShape)],
    },
  ];
}

// "ouvre une deuxième usine à Ornans", "inaugure un multiplexe de douze salles à Lanvrac", "ouvre sa
// première plateforme d'emploi accompagné": the site opened, and its town when one is given; a site
// bought or taken over is one to lead too ("qui a repris l'an dernier la fonderie Ponsard de
// Brenville"), and so are several of one kind ("ouvre des ateliers partagés dans ses magasins": the
// place they open in is no part of the title)
const OPENED_SITE =
  /(?<![\p{L}])(?:ouvre|ouvrira|inaugure|inaugurera|crée|lance|a ouvert|a inauguré|a créé|a lancé|reprend|a repris|rachète|a racheté|acquiert|a acquis)\s+(?:[\p{Ll}'’]+\s+[\p{Ll}]+\s+)??(?<article>un|une|sa|son|le|la|des|ses)\s+(?:(?:nouvel(?:le)?|nouveaux|nouvelles|deuxième|troisième|quatrième|première|premier|seconde?)\s+)?(?<noun>\p{Ll}[\p{Ll}-]{2,})(?<adjective>\s+\p{Ll}{4,}(?:s|es|és|ées|ée|é)(?=\s*(?:[.,;:]|$)|\s+(?:dans|au sein|sur)\s))?(?<name>\s+\p{Lu}[\p{L}'’-]+(?=\s*(?:[.,;:]|$)|\s+d(?:e\s+|['’])\p{Lu}))?(?<complement>(?:\s+d(?:e\s+|['’])(?:[\p{Ll}\d][\p{Ll}\d'’ -]*?|\p{Lu}[\p{L}'’-]+))?)(?:\s+à\s+(?<town>\p{Lu}[\p{L}'’-]+))?(?:\s+(?:dans|au sein d(?:e|u|es)|sur)\s+[^.,;:]*)?\s*(?:[.,;:]|$)/u;

/**
 * "directeur" + "ouvre une deuxième usine à Ornans" → "directeur de l'usine d'Ornans"; null when the
 * sentence before opens nothing ("… la filiale du groupe, qui en a confié la direction à X": "en"
 * stands for a post the row cannot name).
 */
export function withOpenedSite(title: string, sentenceBefore: string): string | null {
  const site = OPENED_SITE.exec(sentenceBefore)?.groups;
  if (!site) return null;
  const noun = site.noun!;
  const feminine = ["une", "sa", "la"].includes(site.article!);
  if (site.article === "son" && !/^[aeiouhéè]/u.test(noun)) return null;
  const the = ["des", "ses"].includes(site.article!)
    ? "des "
    : /^[aeiouhéèê]/u.test(noun)
      ? "de l'"
      : feminine
        ? "de la "
        : "du ";
  const tail = site.town
    ? ` ${/^[AEIOUÉÈÊ]/u.test(site.town) ? "d'" : "de "}${site.town}`
    : site.complement!.trimEnd();
  return `${title} ${the}${noun}${site.adjective ?? ""}${site.name ?? ""}${tail}`;
}

export function readEntrustedOpening(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const post = /^(direction|présidence|responsabilité)(?=\s+à\s)/u.exec(sentence.slice(end));
  const gap = post && TO_DESCRIBED_HOLDER.exec(sentence.slice(end + post[0].length));
  if (!gap) return [];
  const holderAt = end + post[0].length + gap[0].length;
  const person = mentions.find((m) => m.start === holderAt && isConfidentPerson(m));
  if (!person) return [];
  const [masculine, feminine] = HEAD_OF_POST[post[1]!]!;
  const former = FORMER_POST_HERE.exec(sentence.slice(person.end));
  const promoted = former !== null && looksLikeTitle(former[1]!) && !/\p{Lu}/u.test(former[1]!);
  return [
    {
      person,
      kind: promoted ? "promoted" : "appointed",
      role: isFemininePerson(person, sentence) ? feminine : masculine,
      company: employerSubject(sentence, match.index, mentions),
      predecessor: null,
      notes: [note(NOTES.newShape)],
    },
  ];
}

// "Après le départ d'Anne Roy, l'avionneur confie": a name before the verb is no employer
function employerSubject(sentence: string, verbStart: number, mentions: PersonMention[]) {
  const company = companyBeforeVerb(sentence, verbStart, mentions);
  const isNamed = (m: PersonMention) => isConfidentPerson(m) || m.knownFirstName;
  return company && !mentions.some((m) => isNamed(m) && m.start < company.end && company.start < m.end)
    ? company
    : null;
}

// "X entre au conseil d'administration de C": a seat on a board is an appointment as a director,
// "administrateur" (a supervisory board's "membre du conseil de surveillance") unless the seat's own
// title is given (shapes.ts "joins the board")
// "joins the supervisory board of C": the English seat, its kind of board if named
const ENGLISH_BOARD = /\bthe\s+(?:(supervisory|advisory)\s+)?board\s+of\s/iu;

export function readBoardSeat(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const company = readCompanyAfter(sentence, match.index + match[0].length);
  // "… de Botanik en tant qu'administrateur indépendant": the seat's own title, when given
  const after = company ? sentence.slice(company.end) : "";
  // the company may be read short ("Compagnie" of "Compagnie des magasins réunis (CMR)")
  const introducer = /^[^.;:,]{0,80}?(?=\s(?:en tant qu|en qualité d|comme\s))/u.exec(after)?.[0].length ?? 0;
  const rest = after.slice(introducer);
  const space = rest.length - rest.trimStart().length;
  const seat = ROLE_INTRODUCER.exec(rest.slice(space));
  const named =
    company && seat?.index === 0
      ? readRole(sentence, company.end + introducer + space + seat[0].length)
      : null;
  const englishBoard = ENGLISH_BOARD.exec(match[0]);
  return subjectsBefore(sentence, mentions, match.index).map((person) => ({
    person,
    kind: "appointed" as const,
    role:
      named?.role ??
      // a supervisory board's members are not its "administrateurs"; English names the seat as it is
      (/conseil de surveillance/u.test(match[0])
        ? "membre du conseil de surveillance"
        : englishBoard
          ? englishBoard[1]
            ? `member of the ${englishBoard[1].toLowerCase()} board`
            : "board member"
          : isFemininePerson(person, sentence)
            ? "administratrice"
            : "administrateur"),
    company,
    predecessor: null,
    notes: [],
  }));
}

// "La direction générale de Brivance Immobilier a été confiée à X": the post opens the sentence,
// its holder follows the verb (shapes.ts "post confided to")
// The post may follow the house it belongs to, fronted ("Chez C, la direction des soins est confiée
// à X", "À la MJC de C, la direction est confiée à X", "C : la direction …"): the house is the
// employer, and "la direction" alone is its head's post, "directeur" (real73/real74: 9 of 9).
const POST_OPENS =
  /^\s*(?:(?<fronted>(?:Chez|À|Aux?)\s+(?<house>[^,;:]{2,80}?)(?:\s+toujours)?\s*,)\s*|[^,;:]{2,80}?\s:\s*)?(?:La|Le|la|le) (?=(?<post>direction|présidence)(?<bare>\s+(?:est|a été|sera|vient d'être|avait été)\s)?)/u;

export function readConfidedPost(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const opens = POST_OPENS.exec(sentence);
  if (!opens) return [];
  const person = mentions.find((m) => m.start === match.index + match[0].length && isConfidentPerson(m));
  if (!person) return [];
  // "la direction du pôle laissée par Y revient à Z ; son poste est confié à X": the post is the
  // subject of this verb only when no other clause or person stands between them
  const between = sentence.slice(opens[0].length, match.index);
  if (/[;:]/u.test(between) || mentions.some((m) => m.start >= opens[0].length && m.end <= match.index))
    return [];
  const { fronted, house, post, bare } = opens.groups!;
  // a house fronted with "à" is a place or a house; a lower-case one ("À cette occasion") is neither
  const houseSpan =
    house && /^(?:la |le |l['’])?\p{Lu}|^(?:la |le |l['’])\p{Ll}+ (?:d[eu']|des)/u.test(house)
      ? readCompanyAfter(sentence, sentence.indexOf(house))
      : null;
  const known = hasFeminineFirstName(person) || hasMasculineFirstName(person);
  const feminine = isFemininePerson(person, sentence);
  const role = bare
    ? ownHeadPost(sentence, post!, person)
    : leadershipRole(sentence, opens[0].length, match.index, feminine);
  if (!role) return [];
  const notes = withoutGenderGuess(role.notes, known);
  if (notes.length > 0) return [];
  // "Chez C toujours, la direction de l'agence de D": the fronted house employs, the agency is the post's
  const company = houseSpan ?? role.company;
  if (fronted && !houseSpan && bare) return [];
  // "… à X, jusqu'ici directeur des opérations du campus de D": a post held until now in the house
  const insider = /^\s*,\s*(?:\d{2} ans,\s*)?jusqu['’](?:ici|alors)\s+(?!chez|à|au|aux|dans)\p{Ll}/u.test(
    sentence.slice(person.end),
  );
  return [
    {
      person,
      kind: insider ? "promoted" : "appointed",
      role: role.role,
      company,
      predecessor: null,
      notes: [],
    },
  ];
}

// Adds to `moves` (the sentence's other clauses) what a participle opener says.
// `written`: the sentence before its dates were blanked (sentences.ts maskAsides), same offsets.
export function addFrontedMoves(
  sentence: string,
  mentions: PersonMention[],
  moves: ClauseMove[],
  written: string = sentence,
): void {
  const opened = PARTICIPLE_OPENER.exec(sentence);
  const opener = opened && participleOpener(sentence, opened, mentions);
  if (!opener) return;
  // the participle's date tells whether its post is news ("Nommé en 2019 directeur de C, X …"), not
  // that of the aside before it ("Entré en 1991 comme apprenti, nommé le 4 mars …")
  const participleAt = opened![1] === undefined ? LEAD_ASIDE_AT.exec(sentence)![0].length : 0;
  mergeOpener(opener, moves, written.slice(participleAt));
}
