// The slot reader: a fallback for the movers no sentence pattern read. The clause patterns
// (shapes.ts, clauses.ts) read a move when the sentence has a shape they know; on text nobody
// tuned on, many sentences have none, yet the paragraph plainly names someone taking a post
// ("Le pôle recrute par ailleurs X, ex-Orbitec, comme déléguée générale", "… confie la
// direction de la stratégie à X", "C'est X, chef de caves de …, qui la remplace chez C").
// unread.ts already finds these people (a confident name whose own clause carries a move verb,
// or whom a move verb governs); this reader fills their slots from the person's clause and its
// context instead of leaving the paragraph to an editor with nothing filled in:
//   role    = a title brought by an introducer ("comme", "en tant que", "au poste de"), the post a
//             hand-over names ("la direction de la stratégie à X" → "directrice de la stratégie"),
//             the title after the person's own verb ("devient R", "est nommé R"), or right after
//             a governed name ("nomme X R"); never a title marked as the past ("jusqu'ici R");
//   company = the employer the title names ("R de C", "R chez C"), the one the clause joins, or
//             the paragraph's context (implicit-company.ts: "Chez C, …", "C :", "C nomme …");
//   past    = the careers grammar (career.ts), predecessor = the succession cues (career.ts).
// Every record it reads carries the doubt "read_by_slots" (doubts.ts, raised in issue.ts), which
// keeps it below the publication threshold: it goes to the review queue, never to the site unread. A mover whose
// title or employer the reader cannot find gets no record; their paragraph stays in `unread`.

import { allMatches } from "./all-matches.ts";
import {
  type AnnouncedMover,
  announcedMovers,
  announcesAPost,
  type HandedMover,
  handedMovers,
  titleOfPost,
} from "./announced-post.ts";
import {
  type CareerPhrase,
  careerOwner,
  currentPostEmployer,
  findPredecessor,
  leavesCurrentPost,
  type Mover,
  readCareers,
} from "./career.ts";
import type { PlacedMove } from "./clause-move.ts";
import { isFemininePerson, leadershipRole, opensLikeTitle, titleGuessed } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import {
  CAPITALISED_UNASSIGNED,
  COMPANY_KEEPS_AN_ARTICLE,
  COMPANY_ONLY_AFTER_AN_ARTICLE,
  COMPANY_WRITTEN_AFTER_LES,
  doubtsAbout,
  ROLE_BARE_ARTICLE,
  ROLE_ENGLISH_UNIT_BY_POSSESSIVE,
  ROLE_HEAD_UNKNOWN,
  ROLE_POINTS_BACK,
  ROLE_UNITS_BY_POSSESSIVE,
  WORD_AFTER_A_SLOT,
  WRONG_PUBLISHED_FAMILY_DOUBTS,
} from "./doubts.ts";
import { flatMap } from "./flat-map.ts";
import { feminineTitle, hasMasculineFirstName, masculineTitle } from "./gender.ts";
import { companyFromContext, headingCompany, isGuessedCompany } from "./implicit-company.ts";
import { moveKind } from "./kind.ts";
import {
  COMPANY_DESCRIPTORS,
  foldWord,
  HONORIFIC,
  MOVE_SIGNAL,
  POST_TAKEN_SIGNAL,
  SPEECH_VERBS,
} from "./lexicon.ts";
import {
  findPersonMentions,
  isBlockedWord,
  isConfidentPerson,
  type PersonMention,
  type Span,
} from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import { isNoEmployer, isOnlyLeft } from "./not-an-employer.ts";
import { NOTES, type Note, note } from "./notes.ts";
import { type DraftMove, roleFromLaterSentence } from "./paragraph.ts";
import { rejectionOf } from "./rejections.ts";
import { postOfOneReplaced } from "./replaced-post.ts";
import { ROLE_INTRODUCER, type RolePhrase, readRole } from "./role-phrase.ts";
import { maskAsides, maskQuotes, splitSentences } from "./sentences.ts";
import { antecedentPerson, postLeftBy, predecessorBeforeMover } from "./succession.ts";
import type { MoveKind } from "./types.ts";

/** The `shape` of the records this reader adds: no row of the shapes table read their mover. */
export const SLOT_READER_SHAPE = "slots";

/** What the paragraph reader already made of the paragraph, and what this reader adds. */
export type SlotDraft = DraftMove;

// "tandis qu'Aude Roy prend …": the elided conjunction is glued to the name (as in unread.ts)
const ELIDED_CONJUNCTION = /(?<![\p{L}])(?:qu|lorsqu|puisqu|jusqu)['’](?=\p{Lu})/gu;

const BULLET = /^\s*(?:[→•▸►▪◦·*–—-]+\s*)+/u;

// Verbs that hand a post to the name after them without being move verbs of the signal lists
// ("installe X au poste de R", "a arrêté son choix sur X", "a porté à la présidence X": the name after
// them takes the post)
const HAND_OVER =
  /(?<![\p{L}])(?:cède|cèdera|cédé|transmet|transmettra|passe la main|installe|installera|a installé|(?:a|ont) (?:arrêté|porté|fixé) son choix sur|(?:a|ont) porté à la (?:présidence|tête|direction))(?![\p{L}])/iu;

// The succession cues: the name after them is the one replaced, unless "par" makes it the agent
// ("remplacé par X", "succédé par X").
const PREDECESSOR_BEFORE =
  /(?<![\p{L}])(?:succ[èé]d\p{L}*|succeed\p{L}*|replac\p{L}*|rempla[cç]\p{L}*|en remplacement|en lieu et place|successeur|successeure|succession|à la place|prédécesseure?|laissée? vacante?|départ)(?![\p{L}])[^.;]*$/iu;
const AGENT_AFTER = /(?<![\p{L}])par\s*(?:(?:son|sa|leur)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*,?\s*)?$/iu;

// Between a governing verb and the name: no person who only stands beside the mover ("travaillera
// avec X", "aux côtés de X", "selon X") and no new subject ("il", "qui").
const NOT_GOVERNED =
  /(?<![\p{L}])(?:avec|auprès|côtés|selon|sous|entouré|entourée|épaulé|épaulée|explique|déclare|indique|précise|souligne|il|elle|ils|elles|qui|dont|où|lui|leur)(?![\p{L}])/iu;

// A title marked as held before: "jusqu'ici directrice des programmes", "ex-directeur", "ancienne
// présidente", "actuel directeur adjoint".
const PAST_BEFORE_TITLE =
  /(?<![\p{L}])(?:jusqu['’](?:ici|alors|à présent)|jusque-là|actuellement|actuel|actuelle|ex|ancien|ancienne|précédemment|auparavant|naguère|était|été|dirigeait|occupait)[\s-]*$/iu;

// Speech and asides: "explique X", "selon X" name someone who speaks, not who moves
const SPEECH_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SPEECH_VERBS.join("|")})\s*(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);

// "appelé à d'autres fonctions", "reste", "arrivait à échéance", "parti en retraite": no new post
// ("X confie la direction générale déléguée à Y": X hands a post on, Y takes it)
const NO_NEW_POST =
  /^[\s,]*(?:confie|confient|a confié|ont confié|confiera|confieront)\s+(?:la|le|sa|son|l['’])(?![\p{L}])|(?:à|vers) (?:d['’]autres|de nouvelles) (?:fonctions|missions|responsabilités)|^[\s,]*(?:reste|restera|demeure|demeurera)(?![\p{L}])|arriv\p{L}* à (?:échéance|son terme|expiration)|(?:part|partie?|parti|prend|prendra|fait valoir ses droits à) (?:à |en |sa )?retraite|quitte(?:ra)? ses fonctions(?! pour)|décédée?|disparue?|réélue?/iu;
// "X a été remplacé à la direction de C par Y": X is the one who leaves (tested on X's own clause)
const REPLACED_BY_PASSIVE =
  /^[\s,]*(?:a été|ont été|est|sont|sera|seront|va être|vont être)\s+(?:remplacée?s?|relayée?s?)(?![\p{L}])/iu;

// The post a clause takes: "prend la direction de", "à la tête de", "la présidence de … à X".
const LED_POST = /(?<![\p{L}])(?:la|sa|leur|à la)\s+(?=(?:direction|présidence|tête)(?![\p{L}]))/giu;
// The employer a clause joins or leads
const EMPLOYER_CUE =
  /(?<![\p{L}])(?:chez|rejoint|rejoindra|rejoindre|rejoignent|intègre|intégrera|intégrer|au sein d(?:e|u|es)|arrive à|arrivera à|entre à|entrera à)\s*/giu;
// The verb after which a title is read: "devient R", "est nommée R", "promu R", "élu R"
const TITLE_AFTER_VERB =
  /(?<![\p{L}])(?:devient|deviendra|devenir|devenue?|nommée?s?|promue?s?|élue?s?|désignée?s?|choisie?s?|recrutée?s?|engagée?s?|cooptée?s?|installée?s?|becomes|became|appointed|named|promoted)(?:\s*,[^,]{1,60},)?\s+/giu;

const signalsAMove = (text: string) =>
  MOVE_SIGNAL.test(text) || POST_TAKEN_SIGNAL.test(text) || HAND_OVER.test(text) || announcesAPost(text);

// Between the name and its own verb: appositions ("X, 53 ans, ancien …, succède"), a relative
// "qui", auxiliaries and clitics ("qui va lui succéder", "a été nommée", "la remplace"). Anything
// else means the verb has another subject ("Après le départ d'X, l'avionneur confie …").
const TO_OWN_VERB =
  /^\s*(?:\([^()]*\)\s*)?(?:,[^,;:.]*,\s*)*(?:,\s*)?(?:(?:qui|who|c['’]est|et)\s+)?(?:(?:quitte|quittera|a quitté|va quitter)\s+[^,.;]{1,60}?\s+pour\s+)?(?:(?:a|ont|est|sont|sera|seront|va|vont|vient d['’]|vient de|doit|devra|a été|avait|était|lui|leur|la|le|l['’]|en|y|se|s['’]|aussi|également|ainsi|désormais|officiellement|bien)\s*)*$/iu;

// Signals that are no verb: "à la tête de C" after a name says what they lead or led
const NOT_A_VERB = /(?:à la tête|aux commandes|en la personne d|présidée? par|dirigée? par)/giu;

function hasOwnVerb(text: string): boolean {
  const clause = text.replace(NOT_A_VERB, (phrase) => " ".repeat(phrase.length));
  let first = Number.POSITIVE_INFINITY;
  for (const pattern of [MOVE_SIGNAL, POST_TAKEN_SIGNAL]) {
    const at = clause.search(pattern);
    if (at >= 0) first = Math.min(first, at);
  }
  if (!Number.isFinite(first)) return false;
  // the signal may start inside its word ("nomm" of "nommée"): back to the word's start
  const wordStart = clause.slice(0, first).search(/[\p{L}-]*$/u);
  return TO_OWN_VERB.test(clause.slice(0, wordStart));
}

// "et promu le PDG de sa filiale, Y, …", "tandis que Y devient …": a coordinated clause with a
// move verb of its own starts another reading; the person's stretch ends there.
const NEXT_CLAUSE =
  /\s(?:et|tandis qu['’]?e?|alors qu['’]?e?|mais|puis)\s+(?=(?:[\p{L}'’-]+\s+){0,3}?(?:promu|promeut|nomm|recrut|désign|rejoin|devien|succèd|succéd|rempla|prend|confi|accueill|engag|élu|choisi|cède))/iu;

function clauseEnd(text: string, from: number, to: number): number {
  const next = NEXT_CLAUSE.exec(text.slice(from, to));
  return next ? from + next.index : to;
}

interface Candidate {
  mention: PersonMention;
  /** The sentence (masked) and its offset in the paragraph. */
  sentence: Span;
  sentenceIndex: number;
  /** Where the text governing the person starts (after the previous person) and where their clause ends. */
  from: number;
  to: number;
  /** How the person is a mover: a verb of their own after the name, or a verb before that governs it. */
  governed: boolean;
  /** Named after a succession cue: the one another mover replaces, who moves on too. */
  replaced: boolean;
  /** Listed after a governed name: what precedes the name is the previous person's. */
  listed: boolean;
  /** Named after a lead clause announcing the post ("C s'est trouvé un R : X"): where its title is. */
  announced?: AnnouncedMover;
  /** Named after "confie sa direction financière à", "un poste de R, confié à": where the post is. */
  handed?: HandedMover;
}

// "Il sera remplacé par X", "son remplacement par X", "Son adjoint, X, prend sa suite", "X lui
// succède": the one replaced is the person a pronoun or possessive points back to.
const REPLACES_ANTECEDENT_BEFORE =
  /(?:(?:remplacée?s?|succédée?s?|remplacement|relayée?s?)(?:\s+[^,.;]{0,40}?)?\s+par|(?:son|sa) (?:adjointe?|successeure?|bras droit|numéro deux|remplaçante?))\s*(?:(?:son|sa|leur)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*)?,?\s*$/iu;
// "a désigné pour lui succéder X", "recrute, pour la remplacer, X": the clitic is the one replaced, the
// name the verb governs the successor
// (and "la succession de Y est confiée à X": Y named, the one replaced, X the successor)
const REPLACES_CLITIC_BEFORE =
  /(?<![\p{L}])(?:(?:pour|afin de)\s+(?:lui\s+succéder|le\s+remplacer|la\s+remplacer|l['’]\s*remplacer)(?![\p{L}])[^.;:]{0,80}|(?:la|sa)\s+succession(?:\s+(?:de|d['’])\s*[^.;:]{2,60}?)?\s+(?:est|sera|a été)\s+(?:confiée|assurée)\s+(?:à|par)\s+(?:(?:son|sa)\s+[\p{Ll}-]+\s*,?\s*)?)$/iu;
const REPLACES_ANTECEDENT_AFTER =
  /^\s*(?:\([^()]*\)\s*)?(?:,[^,;.]*,\s*)?,?\s*(?:qui\s+)?(?:lui|le|la|l['’])\s*(?:succède|succédera|remplace|remplacera|va succéder|va remplacer)|^\s*(?:,[^,;.]*,\s*)?,?\s*(?:qui\s+)?(?:prend|prendra|reprend|reprendra) sa (?:suite|place|succession)|^\s*(?:,[^,;.]*,\s*)?(?:a été|est|sera|va être)\s+(?:élue?|désignée?|choisie?|nommée?|retenue?|cooptée?)\s+pour\s+(?:lui\s+succéder|le\s+remplacer|la\s+remplacer)/iu;

// "Après le départ d'Y, l'avionneur confie … à X", "Pour remplacer Y, …": the one who left,
// named earlier in the mover's sentence
const DEPARTED =
  /(?:départ|remplacer|succéder à|succéder au|la succession d['’]e?|la succession de)\s*(?:(?:de|d['’]|du)\s*)?$/iu;

function departedBefore(paragraph: string, sentence: Span, at: number): PersonMention | null {
  const people = findPersonMentions(paragraph.slice(sentence.start, at)).filter(isConfidentPerson);
  const left = people.find((p) => DEPARTED.test(paragraph.slice(sentence.start, sentence.start + p.start)));
  return left ?? null;
}

// "… pour succéder à Y", "… afin de remplacer Y": the infinitives the succession cues leave out
const SUCCEED_INFINITIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:succéder|remplacer)\s+(?:(?:à|au)\s+)?(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);

function succeededAfter(paragraph: string, from: number, to: number): PersonMention | null {
  return (
    findPersonMentions(paragraph.slice(from, to)).find((p) =>
      SUCCEED_INFINITIVE.test(paragraph.slice(from, from + p.start)),
    ) ?? null
  );
}

const significantWords = (name: string) =>
  companyKey(name)
    .split(/[\s-]+/)
    .filter((word) => word.length >= 4 && !COMPANY_DESCRIPTORS.includes(word) && word !== "groupe");
const sameGroup = (a: string, b: string) => significantWords(a).some((w) => significantWords(b).includes(w));

function verbKindOf(text: string): MoveKind {
  if (/(?<![\p{L}])(?:promu|promue|promeut|promotion|promoted)/iu.test(text)) return "promoted";
  if (
    /(?<![\p{L}])(?:rejoin|rejoign|recrut|arriv|intègr|intégr|engag|embauch|débauch|hires|joins)/iu.test(text)
  )
    return "joined";
  return "appointed";
}

// The move verbs as global patterns, compiled once (lastSignalEnd runs for each name of a sentence)
const SIGNALS_EVERYWHERE = [MOVE_SIGNAL, POST_TAKEN_SIGNAL, HAND_OVER].map(
  (pattern) => new RegExp(pattern.source, "giu"),
);

/** The last move verb in `text` (a signal or a hand-over), as an index past its end, or -1. */
function lastSignalEnd(text: string): number {
  let end = -1;
  for (const pattern of SIGNALS_EVERYWHERE)
    for (const m of allMatches(text, pattern)) end = Math.max(end, m.index + m[0].length);
  return end;
}

// Two capitalised words in a row, a particle allowed between them ("Gaspard de Roquemaure"): the
// least a person's name needs.
// (pairs overlap: "comme COO Laure Dufrasne" holds "COO Laure" and "Laure Dufrasne")
const CAPITALISED_PAIR =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*)(?=\s+(?:(?:de|du|des|de la|van|von|d['’])\s*)?(\p{Lu}[\p{L}'’-]*))/gu;

// Cheap test before the names are read (most sentences name only people already read): a pair of
// capitalised words one of which is neither a function or title word nor a word of a name the
// readers accounted for.
function mayNameSomeoneNew(text: string, known: Set<string>): boolean {
  for (const pair of allMatches(text, CAPITALISED_PAIR))
    if ([pair[1]!, pair[2]!].some((word) => !isBlockedWord(word) && !known.has(foldWord(word)))) return true;
  return false;
}

// Between two listed names: the first one's title or aside, then a comma or "et" ("X (ex-C) au
// poste de R, Y comme R' et Z")
const LIST_GAP = /^[^.;:]{0,80}(?:,\s*(?:et\s+)?|\s+et\s+)(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?$/u;

/**
 * What the reader makes of a paragraph whatever the other readers found in it: the paragraph
 * masked, its sentences, and what each sentence says on its own (its folded key, whether it
 * signals a move, the posts it announces or hands to a name). The paragraph's pass (issue.ts)
 * and then each record's second reading (second-reading.ts) read the same paragraph, so this is
 * read once for them all, the sentence's parts when first asked.
 */
interface SlotParagraph {
  masked: string;
  sentences: Span[];
  keyOf(sentenceIndex: number): string;
  signalsAMove(sentenceIndex: number): boolean;
  announcedMovers(sentenceIndex: number): AnnouncedMover[];
  handedMovers(sentenceIndex: number): HandedMover[];
}

const slotParagraphs = new Map<string, SlotParagraph>();

function slotParagraph(paragraph: string): SlotParagraph {
  let read = slotParagraphs.get(paragraph);
  if (read !== undefined) return read;
  const masked = maskAsides(maskQuotes(paragraph))
    .replace(ELIDED_CONJUNCTION, (e) => " ".repeat(e.length))
    // "→ L'edtech C annonce …": a bullet is no part of the sentence whose subject is the employer
    .replace(BULLET, (bullet) => " ".repeat(bullet.length));
  const sentences = splitSentences(masked);
  const perSentence = <T>(readText: (text: string) => T) => {
    const values = new Map<number, T>();
    return (index: number): T => {
      if (!values.has(index)) values.set(index, readText(sentences[index]!.text));
      return values.get(index)!;
    };
  };
  read = {
    masked,
    sentences,
    keyOf: perSentence(personKey),
    signalsAMove: perSentence(signalsAMove),
    announcedMovers: perSentence(announcedMovers),
    handedMovers: perSentence(handedMovers),
  };
  // bounded, like findPersonMentions' cache: an archive's paragraphs must not grow it for ever
  if (slotParagraphs.size > 2_000) slotParagraphs.clear();
  slotParagraphs.set(paragraph, read);
  return read;
}

/** The movers the readers left without a record, with the stretch of sentence that is theirs. */
function findCandidates(
  paragraph: SlotParagraph,
  accounted: Set<string>,
  accountedSurnames: Set<string>,
  companies: Set<string>,
  known: Set<string>,
  only?: string,
): Candidate[] {
  const found: Candidate[] = [];
  paragraph.sentences.forEach((sentence, sentenceIndex) => {
    const text = sentence.text;
    // Reading one person (second-reading.ts), a sentence that does not spell their name gives them
    // no candidate: every candidate's name is a stretch of its sentence, and personKey folds case,
    // accents and punctuation alike in both. A candidate only looks back at the candidates of its
    // own sentence ("listed"), so skipping a whole sentence leaves theirs as they were.
    if (only !== undefined && !paragraph.keyOf(sentenceIndex).includes(only)) return;
    if (!paragraph.signalsAMove(sentenceIndex)) return;
    if (!mayNameSomeoneNew(text, known)) return;
    const mentions = findPersonMentions(text);
    const people = mentions.filter(isConfidentPerson);
    // "a élu A à sa présidence et B au poste de trésorier": A read by another reader still heads the
    // list B belongs to
    let governedAccounted: PersonMention | null = null;
    people.forEach((mention, i) => {
      const key = personKey(mention.name);
      if (accounted.has(key)) {
        const before = text.slice(people[i - 1]?.end ?? 0, mention.start);
        const signalEnd = lastSignalEnd(before);
        if (signalEnd >= 0 && before.length - signalEnd <= 90 && !/[.;]/u.test(before.slice(signalEnd)))
          governedAccounted = mention;
        return;
      }
      if (found.some((c) => personKey(c.mention.name) === key)) return;
      if (companies.has(companyKey(mention.name))) return;
      const surname = key.split(" ").at(-1) ?? "";
      // "Garnier" named alone after "Jean-Loïc Garnier" was read: the same person
      if (mention.name.split(/\s+/).length === 1 && accountedSurnames.has(surname)) return;
      const from = people[i - 1]?.end ?? 0;
      const to = clauseEnd(text, mention.end, people[i + 1]?.start ?? text.length);
      const before = text.slice(from, mention.start);
      const clause = text.slice(mention.end, to);
      if (
        SPEECH_BEFORE.test(before) ||
        NO_NEW_POST.test(clause) ||
        NO_NEW_POST.test(before) ||
        REPLACED_BY_PASSIVE.test(clause)
      )
        return;
      const ownVerb = hasOwnVerb(clause);
      const signalEnd = lastSignalEnd(before);
      const gap = signalEnd >= 0 ? before.slice(signalEnd) : "";
      // "a désigné pour lui succéder X": the clitic is the one replaced, X the successor the verb governs
      // (asked only where it decides, as it is tested on every person named in a sentence that signals a move)
      const cliticReplaced = () =>
        REPLACES_CLITIC_BEFORE.test(text.slice(Math.max(0, mention.start - 160), mention.start));
      const governed =
        signalEnd >= 0 &&
        gap.length <= 90 &&
        !/[.;]/u.test(gap) &&
        (!NOT_GOVERNED.test(gap) || cliticReplaced()) &&
        (!PREDECESSOR_BEFORE.test(before.slice(Math.max(0, signalEnd - 40))) ||
          AGENT_AFTER.test(before) ||
          cliticReplaced());
      // "recrute A comme R, B comme R' et C, qui …": the names listed after a governed one
      const listed =
        !governed &&
        ((found.at(-1)?.governed === true &&
          found.at(-1)?.sentence === sentence &&
          found.at(-1)?.mention === people[i - 1]) ||
          (governedAccounted !== null && governedAccounted === people[i - 1])) &&
        LIST_GAP.test(before);
      if (!ownVerb && !governed && !listed) return;
      // a predecessor named after a succession cue moves only with a verb of their own
      const replaced =
        PREDECESSOR_BEFORE.test(before.slice(-60)) && !AGENT_AFTER.test(before) && !cliticReplaced();
      if (!ownVerb && replaced) return;
      found.push({
        mention,
        sentence,
        sentenceIndex,
        from,
        to,
        governed: (governed || listed) && !ownVerb,
        replaced,
        listed,
      });
    });
    // "C s'est trouvé un directeur financier : X": the post announced before the name, whatever
    // the first name (announced-post.ts)
    for (const announced of paragraph.announcedMovers(sentenceIndex)) {
      const { mention } = announced;
      const key = personKey(mention.name);
      if (accounted.has(key) || companies.has(companyKey(mention.name))) continue;
      const previous = people.filter((p) => p.end <= mention.start).at(-1);
      const next = people.find((p) => p.start >= mention.end);
      const to = clauseEnd(text, mention.end, next?.start ?? text.length);
      // "se choisit un successeur : Y, qui part à la retraite, laisse la place à X": the one named
      // after the colon leaves
      const clause = text.slice(mention.end, to);
      if (NO_NEW_POST.test(clause) || HAND_OVER.test(clause) || /retraite/iu.test(clause)) continue;
      const already = found.find((c) => c.sentence === sentence && personKey(c.mention.name) === key);
      if (already) {
        already.announced = announced;
        continue;
      }
      if (found.some((c) => personKey(c.mention.name) === key)) continue;
      found.push({
        mention,
        sentence,
        sentenceIndex,
        from: previous?.end ?? 0,
        to,
        governed: true,
        replaced: false,
        listed: false,
        announced,
      });
    }
    // "C confie sa direction financière à X": a post handed to the name, whatever the first name
    for (const handed of paragraph.handedMovers(sentenceIndex)) {
      const { mention } = handed;
      const key = personKey(mention.name);
      if (accounted.has(key) || companies.has(companyKey(mention.name))) continue;
      const already = found.find((c) => c.sentence === sentence && personKey(c.mention.name) === key);
      if (already) {
        if (!already.announced) already.handed = handed;
        continue;
      }
      if (found.some((c) => personKey(c.mention.name) === key)) continue;
      const previous = people.filter((p) => p.end <= mention.start).at(-1);
      const next = people.find((p) => p.start >= mention.end);
      found.push({
        mention,
        sentence,
        sentenceIndex,
        from: previous?.end ?? 0,
        to: clauseEnd(text, mention.end, next?.start ?? text.length),
        governed: true,
        replaced: false,
        listed: false,
        handed,
      });
    }
  });
  return found;
}

const PAST_TITLE_OPENING =
  /^(?:ancien|ancienne|ex|actuel|actuelle|futur|future|précédent|précédente)(?![\p{L}])|[\p{So}\p{Cs}]/iu;

// a title the role vocabulary classifies, or one opening on a title head ("chef de caves")
const isTitle = opensLikeTitle;

const titled = (phrase: RolePhrase | null): RolePhrase | null =>
  phrase && isTitle(phrase.role) && !PAST_TITLE_OPENING.test(phrase.role) ? phrase : null;

/** The title read at `at`, unless the words before it mark it as the past. */
function titleAt(text: string, at: number, stopAt: number): RolePhrase | null {
  if (PAST_BEFORE_TITLE.test(text.slice(Math.max(0, at - 30), at))) return null;
  return titled(readRole(text, at, stopAt));
}

const POST_LEFT =
  /(?:quitt\p{L}*|laiss\p{L}*|cèd\p{L}*|céd\p{L}*|abandonn\p{L}*|démission\p{L}*|ans|années|depuis \d{4}|occupait|occupé|exerçait|assurait|dirigeait)\s*(?:[\p{L}\d'’-]+\s+){0,2}$/iu;

const REPORTS_TO = /(?:rattachée?s?|auprès|sous|reporte|reportera|rapport|rend compte)\s*$/iu;

/** The post named by "la direction de …", "la présidence de …", "à la tête de …" in text[from, to). */
function ledPost(
  text: string,
  from: number,
  to: number,
  feminine: boolean,
): { at: number; post: RolePhrase & { notes?: Note[] } } | null {
  for (const cue of allMatches(text.slice(from, to), LED_POST)) {
    const at = from + cue.index + cue[0].length;
    // "quitte la présidence de C", "après huit ans à la tête de C": a post left, not taken
    if (POST_LEFT.test(text.slice(Math.max(0, at - 40), at - cue[0].length))) continue;
    // "la direction de ses opérations": a department (rejections.ts), not a title
    if (/^direction\s+(?:de|d['’])\s*(?:ses|son|sa|leur|leurs)\s/u.test(text.slice(at))) continue;
    // "rattaché à la direction générale": whom the post reports to
    if (REPORTS_TO.test(text.slice(Math.max(0, at - 40), at - cue[0].length))) continue;
    const post = leadershipRole(text, at, to, feminine);
    // "confie la direction à X": the post is not named, and a guess is no reading
    if (!post || titleGuessed(post.notes)) continue;
    // "à la tête de C": the convention writes "directeur/directrice de C" only for a lower-case body
    if (/^tête(?![\p{L}])/u.test(text.slice(at))) {
      const company = post.company ?? readCompanyAfter(text, at + "tête".length + 1);
      const role = feminine ? "directrice" : "directeur";
      return { at, post: { role, end: post.end, company, truncated: false } };
    }
    return { at, post };
  }
  return null;
}

interface Slots {
  role: RolePhrase;
  notes: Note[];
  /** The title was paraphrased from the post ("la direction financière" → "directrice financière"). */
  paraphrased?: boolean;
}

// "a un nouveau R …", and a lead clause announcing the post before the name: "C recrute un R : X",
// "C s'offre une R, X", "C se dote d'un R en la personne de X"
const NEW_TITLE =
  /(?<![\p{L}])(?:nouvel|nouveau|nouvelle|new|(?:recrute|recrutent|engage|s['’]offre|se dote d['’]|accueille)\s+(?:un|une))\s+/giu;

// "après trois ans comme lead developer", "arrivés en 2016 comme chargés d'affaires": an
// introducer after a time phrase tells a past post
const PAST_INTRODUCED =
  /(?<![\p{L}])(?:après|pendant|durant|depuis|en \d{4}|il y a)(?![\p{L}])[^,;:.]{0,30}$/iu;

// "Arrivent X, R, et Y, R'", "Rejoignent aussi l'équipe : X, R ; Y, R'": a sentence opening on an
// arrival verb before its subjects
const ARRIVALS_OPEN =
  /^\s*(?:Arrivent|Arriveront|Rejoignent|Rejoindront|Entrent)(?:\s+(?:aussi|également|enfin|par ailleurs))?\s*:?\s+(?=\p{Lu})/u;

function readRoleSlot(candidate: Candidate, feminine: boolean): Slots | null {
  const text = candidate.sentence.text;
  const { mention, from, to } = candidate;
  // the post the lead clause announced beats what the name's own clause says ("C a élu son
  // président : X, maire de Y, succède à Z")
  if (candidate.announced) {
    const { titleAt: at, titleEnd } = candidate.announced;
    const role = titleAt(text, at, titleEnd);
    // "a trouvé son directeur technique en la personne de Lucie Fabre": the title agrees with her
    if (role) {
      const agreeing = feminine
        ? feminineTitle(role.role)
        : hasMasculineFirstName(mention)
          ? masculineTitle(role.role)
          : role.role;
      return { role: { ...role, role: agreeing }, notes: [] };
    }
  }
  if (candidate.handed) {
    const { titleAt: at, titleEnd, paraphrase } = candidate.handed;
    if (paraphrase) {
      const role = titleOfPost(text.slice(at, titleEnd), feminine, masculineTitle);
      return { role: { role, end: titleEnd, company: null, truncated: false }, notes: [], paraphrased: true };
    }
    const role = titleAt(text, at, titleEnd);
    if (role) return { role: { ...role, role: feminine ? feminineTitle(role.role) : role.role }, notes: [] };
  }
  const found: { at: number; slots: Slots }[] = [];
  const introduced = (start: number, end: number) => {
    const intro = ROLE_INTRODUCER.exec(text.slice(start, end));
    if (!intro || PAST_INTRODUCED.test(text.slice(start, start + intro.index))) return null;
    const at = start + intro.index + intro[0].length;
    const role = titleAt(text, at, end === mention.start ? end : to);
    return role ? { at, slots: { role, notes: [] } } : null;
  };
  // After the name, the first title the person's stretch gives: "comme R", "devient R",
  // "est nommé R", "prend la direction de C"
  const after = introduced(mention.end, to);
  if (after) found.push(after);
  const clause = text.slice(mention.end, to);
  for (const verb of allMatches(clause, TITLE_AFTER_VERB)) {
    const at = mention.end + verb.index + verb[0].length;
    const role = titleAt(text, at, to);
    if (role) {
      found.push({ at, slots: { role, notes: [] } });
      break;
    }
  }
  const led = ledPost(text, mention.end, to, feminine);
  if (led)
    found.push({ at: led.at, slots: { role: led.post, notes: led.post.notes ?? [], paraphrased: true } });
  const first = found.sort((a, b) => a.at - b.at)[0];
  if (first) return first.slots;
  if (!candidate.governed) return null;
  // "Arrivent X, directeur des opérations, et Y, directrice marketing": the subjects an opening verb
  // of arrival lists, each with their new title in apposition
  if (ARRIVALS_OPEN.test(text)) {
    const apposed = /^\s*,\s*/u.exec(text.slice(mention.end));
    const role = apposed ? titleAt(text, mention.end + apposed[0].length, to) : null;
    if (role) return { role, notes: [] };
  }
  if (candidate.listed) return titledAfterName(text, mention, to);
  // Before a governed name: "recrute comme R X", "confie la direction de la stratégie à X"
  const before = introduced(from, mention.start);
  if (before) return before.slots;
  const handed = ledPost(text, from, mention.start, feminine);
  if (handed) return { role: handed.post, notes: handed.post.notes ?? [], paraphrased: true };
  // "a un nouveau délégué général en la personne de X", "installe une nouvelle présidente : X"
  const announced = allMatches(text.slice(from, mention.start), NEW_TITLE).at(-1);
  if (announced) {
    const at = from + announced.index + announced[0].length;
    const stop = text.slice(at, mention.start).search(/\s*(?:en la personne|[:,])/u);
    const role = titleAt(text, at, stop >= 0 ? at + stop : mention.start);
    if (role) return { role, notes: [] };
  }
  return titledAfterName(text, mention, to);
}

// "C a un nouveau directeur général. Il s'agit de X, …": the post the sentence before announced, for
// the name a presentative ("il s'agit de", "c'est") brings
const PRESENTATIVE = /^\s*(?:il s['’]agit d(?:e\s+|['’])|c['’]est\s+)$/iu;

function announcedBefore(candidate: Candidate, sentences: Span[]): Slots | null {
  const { mention, sentence, sentenceIndex } = candidate;
  if (sentenceIndex === 0 || !PRESENTATIVE.test(sentence.text.slice(0, mention.start))) return null;
  const before = sentences[sentenceIndex - 1]!.text;
  const announced = allMatches(before, NEW_TITLE).at(-1);
  if (!announced) return null;
  const at = announced.index + announced[0].length;
  const stop = before.slice(at).search(/\s*(?:en la personne|[:,.;!?]|$)/u);
  const role = titleAt(before, at, at + Math.max(0, stop));
  return role ? { role: { ...role, company: null }, notes: [] } : null;
}

// "nomme X R": the title right after the governed name ("remplacé par X, R de C" gives the post X
// held, in an apposition)
function titledAfterName(text: string, mention: PersonMention, to: number): Slots | null {
  const direct = /^\s*/u.exec(text.slice(mention.end))![0].length;
  const role = titleAt(text, mention.end + direct, to);
  return role ? { role, notes: [] } : null;
}

const PAST_EMPLOYER =
  /(?<![\p{L}])(?:passé|passée|ans|années|ex|ancien|ancienne|était|avait|vient|venue?|quitte|quitté|quittera|après|depuis|jusqu|auparavant|précédemment|carrière|formée?|issue?)(?![\p{L}])/iu;

// "directeur général de la coentreprise Valtronic Spatial": a descriptor the role reader does not
// know kept the employer inside the title; the capitalised name after it is the employer.
const EMPLOYER_IN_ROLE =
  /\s(?:de la|de l['’]|du|des|de|d['’])\s*(?:(?:sa|son|leur|ses)\s+)?\p{Ll}[\p{Ll}-]+\s+(?=[\p{Lu}])/u;

function splitEmployer(role: RolePhrase): RolePhrase {
  if (role.company) return role;
  const link = EMPLOYER_IN_ROLE.exec(role.role);
  if (!link) return role;
  const company = readCompanyAfter(role.role, link.index + link[0].length);
  if (!company || company.end !== role.role.length) return role;
  return { ...role, role: role.role.slice(0, link.index), company };
}

function readCompanySlot(candidate: Candidate, role: RolePhrase): Span | null {
  if (role.company) return role.company;
  const text = candidate.sentence.text;
  const { mention, from, to } = candidate;
  for (const [start, end] of [
    [mention.end, to],
    [from, mention.start],
  ] as const) {
    for (const cue of allMatches(text.slice(start, end), EMPLOYER_CUE)) {
      // "qui a passé huit ans chez C", "ex-directrice de C": an employer of the past
      if (PAST_EMPLOYER.test(text.slice(start, start + cue.index))) continue;
      const company = readCompanyAfter(text, start + cue.index + cue[0].length);
      if (company && company.end <= end) return company;
    }
  }
  return null;
}

// "C s'est trouvé un R : X. Il succède à Y.": the next sentence, opening on the mover's pronoun, says
// whom they replace
function pronounSuccession(paragraph: string, next: Span | undefined): PersonMention | null {
  if (
    !next ||
    !/^\s*(?:il|elle)\s+(?:\p{Ll}+\s+){0,2}?(?:succède|succédera|remplace|remplacera|prend la suite|prend la place|prendra la suite|prendra la place)(?![\p{L}])/iu.test(
      next.text,
    )
  )
    return null;
  return findPredecessor(paragraph, next.start, next.end);
}

// "X, gérant actions chez D depuis 2016": the employer of the post an apposition after the name
// gives, unless the clause joins it ("X, qui rejoint son bureau de D")
function employerOfApposition(text: string, from: number, to: number): string | null {
  const cue = /^\s*,[^;:.]{0,80}?(?<![\p{L}])chez\s+/u.exec(text.slice(from, to));
  if (!cue || /(?<![\p{L}])(?:rejoin|rejoign|intègr|arriv|entre|qui)/iu.test(cue[0])) return null;
  const company = readCompanyAfter(text, from + cue[0].length);
  return company && company.end <= to ? company.text : null;
}

/**
 * A reading by slots that also raises a doubt of its own is more often wrong than right. A
 * capitalised word left over or a word left right after a slot is not one: a reading by slots
 * leaves the clause's other words by design, and is reviewed anyway. Nor are the doubts judged by
 * hold-out on a title's words (its head unknown, a word pointing back, a bare article) or on an
 * employer's article (kept or written after "Les"), nor those on a convention newsletters settle both
 * ways or a slot the sentence fills twice (doubts.ts, session 23): they send a record to review, they
 * never remove one.
 */
const REVIEW_ONLY = new Set([
  CAPITALISED_UNASSIGNED,
  WORD_AFTER_A_SLOT,
  ROLE_HEAD_UNKNOWN,
  ROLE_POINTS_BACK,
  ROLE_BARE_ARTICLE,
  COMPANY_KEEPS_AN_ARTICLE,
  COMPANY_WRITTEN_AFTER_LES,
  COMPANY_ONLY_AFTER_AN_ARTICLE,
  ROLE_UNITS_BY_POSSESSIVE,
  ROLE_ENGLISH_UNIT_BY_POSSESSIVE,
  ...WRONG_PUBLISHED_FAMILY_DOUBTS,
]);
export function raisesOwnDoubts(reading: {
  person: string;
  company: string;
  role: string;
  paragraph: string;
}): boolean {
  return doubtsAbout(reading).some((doubt) => !REVIEW_ONLY.has(doubt));
}

/**
 * The records the slot reader adds for the movers the clause patterns left without one.
 * `read` is what extractParagraphMoves already found in the same paragraph. With `only`, the
 * reader reads that person alone and stops at the title and the employer, before its own doubts
 * (second-reading.ts compares them with another reader's and asks raisesOwnDoubts itself; careers
 * and predecessors are left empty).
 */
export function readMissedMovers(paragraph: string, read: SlotDraft[], only?: string): SlotDraft[] {
  if (!signalsAMove(paragraph)) return [];
  const prepared = slotParagraph(paragraph);
  const { masked, sentences } = prepared;
  const accounted = new Set(read.map((draft) => personKey(draft.person)));
  // "C recrute chez Netalia son directeur commercial, X. Netalia le remplace par Y": the one an
  // employer replaces was named before as someone who moves, and is still a candidate
  const predecessors = new Set(
    read
      .filter((draft) => draft.shape !== "employer replaces")
      .map((draft) => personKey(draft.predecessor ?? "")),
  );
  const accountedSurnames = new Set(
    [...accounted, ...predecessors].map((key) => key.split(" ").at(-1) ?? "").filter(Boolean),
  );
  const companies = new Set(flatMap(read, (d) => [d.company, ...d.previous_companies]).map(companyKey));
  // the words of every name and title the readers accounted for ("Chief Operating Officer")
  const known = new Set(
    flatMap(
      flatMap(read, (d) => [
        d.person,
        d.shape === "employer replaces" ? "" : (d.predecessor ?? ""),
        d.company,
        d.role,
        ...d.previous_companies,
      ]),
      (name) => name.split(/[\s'’]+/u),
    ).map(foldWord),
  );
  const onlyKey = only === undefined ? undefined : personKey(only);
  const candidates = findCandidates(prepared, accounted, accountedSurnames, companies, known, onlyKey).filter(
    (candidate) => onlyKey === undefined || personKey(candidate.mention.name) === onlyKey,
  );
  if (candidates.length === 0) return [];

  const allPeople = findPersonMentions(masked).filter(isConfidentPerson);
  // read once, and only for a paragraph where a record is about to be emitted
  let careers: CareerPhrase[] | null = null;
  const careersOf = () =>
    (careers ??= readCareers(masked, [
      ...read.map((d) => d.person),
      ...candidates.map((c) => c.mention.name),
    ]));
  const moverWords = new Set(
    flatMap([...read.map((d) => d.person), ...candidates.map((c) => c.mention.name)], (name) =>
      name.split(/[\s-]+/).map(foldWord),
    ),
  );
  const heading = headingCompany(masked);
  const drafts: SlotDraft[] = [];
  for (const candidate of candidates) {
    const { mention, sentence } = candidate;
    const at = sentence.start + mention.start;
    const feminine = isFemininePerson(mention, sentence.text.slice(candidate.from, candidate.to));
    const replacing =
      REPLACES_ANTECEDENT_BEFORE.test(sentence.text.slice(candidate.from, mention.start)) ||
      REPLACES_CLITIC_BEFORE.test(sentence.text.slice(Math.max(0, mention.start - 160), mention.start)) ||
      REPLACES_ANTECEDENT_AFTER.test(sentence.text.slice(mention.end, candidate.to));
    const antecedent = replacing ? antecedentPerson(masked, at, mention.name) : null;
    let slots = readRoleSlot(candidate, feminine) ?? announcedBefore(candidate, sentences);
    // "Paul Girard quitte la direction générale de C. Il sera remplacé par X": the post left
    const left = !slots && antecedent ? postLeftBy(masked, antecedent, at, feminine) : null;
    if (left)
      slots = {
        role: {
          role: left.role,
          end: at,
          company: { text: left.company, start: at, end: at },
          truncated: false,
        },
        notes: [note(NOTES.postFromPredecessorDeparture)],
      };
    // "Y, directeur d'Amidonor depuis 2011, part à la retraite. Le conseil a désigné pour lui succéder
    // X": a successor told without a title of their own takes the post the one replaced held
    const inherited = slots
      ? null
      : postOfOneReplaced(masked, sentence, at, sentence.start + candidate.to, antecedent, feminine);
    if (inherited)
      slots = {
        role: {
          role: inherited.role,
          end: at,
          company: inherited.company ? { text: inherited.company, start: at, end: at } : null,
          truncated: false,
        },
        notes: [note(NOTES.postFromOneReplaced)],
      };
    if (!slots) continue;
    slots.role = splitEmployer(slots.role);
    // the person's stretch of the paragraph runs to the next person named
    const next = allPeople.find((p) => p.start > at && personKey(p.name) !== personKey(mention.name));
    const stretchEnd = next?.start ?? masked.length;
    // "… a confié la direction financière à X. Elle prendra le titre de directrice administrative
    // et financière": the title a later sentence gives beats the one paraphrased from the post
    const later = slots.paraphrased ? roleFromLaterSentence(masked, sentence.end, stretchEnd) : null;
    if (later) slots.role = { ...slots.role, role: later };
    const reasons = [...slots.notes];
    // an announced post is the announcing clause's subject's, not the employer an apposition after
    // the name tells ("C a trouvé son R en la personne de X, gérant chez D")
    let company =
      (candidate.announced || candidate.handed ? slots.role.company : readCompanySlot(candidate, slots.role))
        ?.text ?? null;
    if (company && isNoEmployer(company, masked)) company = null;
    const placed: PlacedMove = {
      shape: SLOT_READER_SHAPE,
      person: mention,
      kind: "appointed",
      role: slots.role.role,
      company: null,
      predecessor: null,
      notes: [],
      sentenceIndex: candidate.sentenceIndex,
      offset: sentence.start,
    };
    // "C accueille deux banquiers venus de D : X, comme R, …": an employer named only as one left
    // gives way to the one the context names (paragraph.ts does the same for the clause readers)
    if (company && isOnlyLeft(company, masked)) {
      const joined = companyFromContext(placed, sentences, [], moverWords, masked, company);
      const replacement =
        joined && !isGuessedCompany(joined)
          ? joined
          : heading && companyKey(heading) !== companyKey(company) && !isOnlyLeft(heading, masked)
            ? { company: heading, note: note(NOTES.companyFromSentenceHeading) }
            : null;
      if (replacement) {
        company = replacement.company;
        reasons.push(replacement.note);
      }
    }
    if (!company) {
      const inferred = companyFromContext(placed, sentences, [], moverWords, masked);
      if (inferred && !isGuessedCompany(inferred)) {
        company = inferred.company;
        reasons.push(inferred.note);
      } else if (heading) {
        company = heading;
        reasons.push(note(NOTES.companyFromSentenceHeading));
      } else if (inferred) {
        company = inferred.company;
        reasons.push(inferred.note);
      }
    }
    if (!company || companyKey(company) === personKey(mention.name)) continue;
    const role = slots.role.role;
    const original = paragraph.slice(sentence.start, sentence.end);
    if (rejectionOf({ person: mention.text, role, company, sentence: original })) continue;
    if (only !== undefined) {
      // the caller asks the doubts below only of a reading that matters to it (second-reading.ts)
      const bare = {
        previous_companies: [],
        predecessor: null,
        reasons,
        position: at,
        shape: SLOT_READER_SHAPE,
      };
      drafts.push({ person: mention.name, company, role, kind: "appointed", ...bare });
      continue;
    }
    // the paragraph stays in the review queue as not understood instead
    if (raisesOwnDoubts({ person: mention.name, company, role, paragraph })) continue;

    // ("… confiée à Yohan Baptiste. Il a cofondé A": the candidate is a mover even when the parser
    // does not know the first name, and the pronoun after it points back to them)
    const placedPeople = allPeople.some((p) => p.start === at)
      ? allPeople
      : [...allPeople, { ...mention, start: at, end: sentence.start + mention.end }].sort(
          (a, b) => a.start - b.start,
        );
    const movers: Mover[] = placedPeople
      .filter((p) => p.start <= at || p === next)
      .map((p) => ({ person: p, at: p.start, feminine: isFemininePerson(p, masked) }));
    const own = movers.find((m) => m.at === at);
    const previous = careersOf()
      .filter((phrase) => {
        if (phrase.holder && !/^ex-/iu.test(phrase.holder.text))
          return personKey(phrase.holder.name) === personKey(mention.name);
        // "Ex-Maisons Clairval, passé par Bricodis, il …": a past employer read as the career's
        // holder; the career points back like a pronoun's
        const pointing = { ...phrase, holder: null, pointsBack: phrase.pointsBack ?? ("either" as const) };
        return (
          phrase.cue.start > at && phrase.cue.start < stretchEnd && careerOwner(pointing, movers) === own
        );
      })
      // "l'actuelle directrice générale de sa filiale Vermandin Gestion" named to Groupe Vermandin:
      // a current post in the same group is not an employer left
      .flatMap((phrase) =>
        phrase.employers
          .map((employer) => employer.text)
          .filter((name) => !(/^actuel/iu.test(phrase.cue.text) && sameGroup(name, company!))),
      )
      .filter((name) => companyKey(name) !== companyKey(company!))
      // the mover's own name is no employer they left
      .filter((name) => personKey(name) !== personKey(mention.name));
    // the post held in an apposition or an opening title, left for this one ("Directrice du
    // Château de B depuis six ans, X rejoint C"), as the clause reader's moves have it
    const placedMention = { ...mention, start: at, end: sentence.start + mention.end };
    const heldUntilNow = currentPostEmployer(masked, placedMention, role);
    if (
      heldUntilNow &&
      !sameGroup(heldUntilNow, company) &&
      leavesCurrentPost(masked, placedMention, company) &&
      !previous.some((name) => companyKey(name) === companyKey(heldUntilNow))
    )
      previous.unshift(heldUntilNow);
    // "C a trouvé son R en la personne de X, gérant chez D depuis 2016": after an announced post,
    // the employer the name's apposition gives is the one left
    const apposed = candidate.announced
      ? employerOfApposition(sentence.text, mention.end, candidate.to)
      : null;
    if (
      apposed &&
      !sameGroup(apposed, company) &&
      !previous.some((name) => companyKey(name) === companyKey(apposed))
    )
      previous.push(apposed);
    // a succession cue right before the next person names them ("pour succéder à Y"); after an
    // announced post, only a cue of the name's own clause ("X, …, succède à Y"), of the
    // announcement ("pour succéder à Y : ce sera X") or of the next sentence's "Il succède à Y"
    // (a person merely named near an announced mover is not whom they replace)
    const predecessor = candidate.announced
      ? (findPredecessor(masked, at, sentence.start + candidate.to) ??
        succeededAfter(masked, sentence.start + candidate.announced.titleAt, at) ??
        pronounSuccession(masked, sentences[candidate.sentenceIndex + 1]))
      : (antecedent ??
        findPredecessor(masked, at, next?.end ?? masked.length) ??
        succeededAfter(masked, at, next?.end ?? masked.length) ??
        departedBefore(masked, sentence, at) ??
        predecessorBeforeMover(masked, at, mention.name));
    const text = masked.slice(sentence.start + candidate.from, stretchEnd);
    drafts.push({
      person: mention.name,
      company,
      role,
      kind: moveKind({
        // "Anne Roy remplace X, qui prend la direction de la filiale": the one replaced moves up
        verbKind: read.some(
          (d) =>
            (candidate.replaced || personKey(d.predecessor ?? "") === personKey(mention.name)) &&
            sameGroup(d.company, company!),
        )
          ? "promoted"
          : verbKindOf(text),
        company,
        role,
        previousCompanies: previous,
        text,
      }),
      previous_companies: [...new Map(previous.map((name) => [companyKey(name), name])).values()],
      predecessor:
        predecessor && personKey(predecessor.name) !== personKey(mention.name) ? predecessor.name : null,
      reasons,
      position: at,
      shape: SLOT_READER_SHAPE,
    });
  }
  return drafts;
}
