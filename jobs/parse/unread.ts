// Paragraphs of the Mouvements section the parser did not (fully) understand. A move the parser
// misses must leave a trace an editor can see: a paragraph that yields no move, or that names
// more people beside a move verb than it yields moves for, is handed to the review queue as
// "Paragraphe non compris", with the names, companies and titles it holds so the editor can add
// the move in a few keystrokes.
// This file walks a section paragraph's people and decides whether each is accounted for; the
// words it reads them by are tables of their own: move signals (unread-signals.ts), whether a run
// is someone (unread-names.ts), where a sentence names them (unread-anchors.ts), who has a move of
// their own (unread-own-moves.ts) and who is named for no move (unread-people.ts); what the editor
// is offered is unread-candidates.ts; paragraphs outside the section, unread-outside-section.ts.

import { PERSON_LIKE_AN_INSTITUTION, READ_BY_SLOTS } from "./doubts.ts";
import { readFieldRecord, recordTellsNoMove, unreadPersonCell } from "./field-layouts.ts";
import { flatMap } from "./flat-map.ts";
import { SPEECH } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { isBareDeparture } from "./mercato-lines.ts";
import { companyKey, personKey } from "./names.ts";
import { hasNote, NOTES, type NotedMove, type NoteKind } from "./notes.ts";
import { splitSentences } from "./sentences.ts";
import { titledNamesIn } from "./titled-names.ts";
import type { UnreadParagraph } from "./types.ts";
import { type Anchor, anchorsIn, clauseAfter, peopleText, sentenceAround } from "./unread-anchors.ts";
import { companiesIn, MAX_CANDIDATES, titlesIn } from "./unread-candidates.ts";
import { givenFirstMention, withoutTrailingLabels } from "./unread-layouts.ts";
import {
  GOVERNED,
  isTaglineName,
  looksLikeAName,
  NAME_PARTICLE,
  newlyTitled,
  PERSON_NOUN_BEFORE,
  sameWords,
  withoutDescriptor,
} from "./unread-names.ts";
import { backgroundOf, ownMoveOf, type PersonInSentence } from "./unread-own-moves.ts";
import { FIRST_PERSON_MOVE, nonMoveReasonOf } from "./unread-people.ts";
import { MOVE_WORD_START, signalsAMove } from "./unread-signals.ts";

// Records that are proposals, not readings: the slot reader's, a post taken from the one replaced,
// and those of a shape no first-scored corpus has measured yet (chosen-holder.ts)
const PROPOSALS: ReadonlySet<NoteKind> = new Set([
  READ_BY_SLOTS,
  PERSON_LIKE_AN_INSTITUTION,
  NOTES.postFromOneReplaced,
  NOTES.newShape,
  // a successor told from the departure side, the post and house the departing person's (taken-over-post.ts)
  NOTES.postTakenOver,
]);

// A record whose "person" is a house's name, not someone's ("Fondation Génération Avenir" out of "La
// déléguée générale de la Fondation Génération Avenir rejoindra …"): it accounts for nobody the
// paragraph names, who stay candidates. A person's name the doubt mistook ("Iseult Fontanges-Roux")
// still reads as one (looksLikeAName).
function namesAHouse(move: NotedMove): boolean {
  if (!hasNote(move.reasons, PERSON_LIKE_AN_INSTITUTION)) return false;
  const mention = findPersonMentions(move.person)[0];
  return mention === undefined || !looksLikeAName(mention);
}

// "X a été réélu à la présidence", "X, élue « dirigeante de l'année »", "X est décédé": the move verb
// of the person's own clause is the very re-election, prize or death a typed reason names, when no
// other part of the clause (after a comma, a semicolon, "et", "puis") carries a move verb of its own.
const VERB_EXPLAINING_REASONS = new Set(["re_elected", "honoured", "death"]);
const CLAUSE_PARTS = /[;,]|\s(?:et|puis|tandis|alors)\s/u;

function reasonForItsOwnVerb(person: PersonInSentence) {
  const reason = nonMoveReasonOf(person);
  if (!reason || !VERB_EXPLAINING_REASONS.has(reason.id)) return null;
  const parts = person.clause.split(CLAUSE_PARTS);
  return parts.slice(1).some((part) => signalsAMove(part)) ? null : reason;
}

// The reasons that tell a whole paragraph without records is no move: what happened to the person
// is named (a death, a prize, a second term, a post kept, a departure with nowhere to go). A speaker,
// a relation, an interim or the one who appoints explain a person beside a mover, not a paragraph
// without one: "sous la houlette de X", "— X" under a quote may be the mover no reader read.
const PARAGRAPH_REASONS = new Set(["death", "honoured", "re_elected", "keeps", "leaves"]);
// a departure that says anything of where to ("quitte A pour D", "pour un poste de", "rejoindre")
const ANY_DESTINATION =
  /(?<![\p{L}])(?:pour|chez|vers|au profit|à la tête|au poste|poste|comme|en tant que|en qualité|mutée?|rejoin\p{L}*|to|as|for)(?![\p{L}])/iu;

function dismissesAParagraph(reason: { id: string }, person: PersonInSentence): boolean {
  if (!PARAGRAPH_REASONS.has(reason.id)) return false;
  // "Cheffe à l'École C depuis avril, X quitte D": a post fronted before the name is where they go
  if (/,\s*$/u.test(person.before) && /\p{Ll}{3}/u.test(person.before)) return false;
  // "Recruté comme R par C, X quitte D": a move told before the name, past a house it names (which
  // ends `before` short), is where they go
  const fronted = person.sentence.slice(0, person.start);
  if (/,\s*$/u.test(fronted) && signalsAMove(fronted)) return false;
  return (reason.id !== "leaves" && reason.id !== "keeps") || !ANY_DESTINATION.test(person.clause);
}

/**
 * The section's paragraphs that yield no move though they look like they announce one, or fewer
 * moves than the people they name beside a move verb. A paragraph without a move verb and without
 * a person-looking name (a sponsor line, an introduction) is not listed. Someone with a verb of
 * their own ("Elle succède à Marc Bellamy, promu directeur général Europe", "Pouilly … devient
 * président du conseil de surveillance") and no record of their own leaves the paragraph partly
 * read even when they are another mover's predecessor.
 */
export function findUnreadParagraphs(paragraphs: string[], moves: NotedMove[]): UnreadParagraph[] {
  const unread: UnreadParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    // a row that says its post is held ad interim, or a departure, is understood: no move to add
    const record = readFieldRecord(paragraph);
    if (record && recordTellsNoMove(record) && !moves.some((m) => m.paragraph_index === index)) return;
    // "OUT : Y quitte A": a departure that names no destination is no move left unread
    if (isBareDeparture(paragraph)) return;
    const own = moves.filter((m) => m.paragraph_index === index);
    // a record the slot reader guessed (slot-reader.ts) is a proposal, not a reading: its person
    // stays a candidate, so the paragraph is still listed as partly read beside the record
    // (so is one whose title the paragraph never gives its person, taken from the one replaced:
    // "Il est remplacé par Y" names Y, the paragraph may hold more than the reader saw)
    const read = own.filter((m) => !m.reasons.some((said) => PROPOSALS.has(said.kind)) && !namesAHouse(m));
    const movers = new Set(read.map((m) => personKey(m.person)));
    const accounted = new Set(
      flatMap(read, (m) => [m.person, m.predecessor ?? ""]).map((name) => personKey(name)),
    );
    // "X prendra la succession de Y comme R de C", "X succeeds Y as R": the title after the one
    // replaced, right after the verb, is the mover's, which the record holds (a predecessor the
    // paragraph names again may have a move of their own told there: "C en confie la direction à Y.
    // Chez D, X remplace Y comme R")
    const predecessors = new Set(
      read
        .map((m) => m.predecessor ?? "")
        .filter((name) => name && paragraph.split(name).length === 2)
        .map(personKey),
    );
    // a run that holds a mover's or predecessor's whole name is them ("Théo Lambert de Fluxia", "Arrivée
    // d'Edwige Roy": the run took in a word before or after)
    const accountedWithin = (key: string) =>
      [...accounted].some((other) => other && ` ${key} `.includes(` ${other} `));
    // a run like "Lumen Analytics" read as a name is the company of a move, not someone left out
    const companies = new Set(flatMap(read, (m) => [m.company, ...m.previous_companies]).map(companyKey));
    const masked = peopleText(paragraph);
    // the people a quote names, where it names them: "« … a choisi X pour diriger le groupe »,
    // annonce le communiqué. Elle succédera à Y" is about X
    const quoted = findPersonMentions(paragraph).filter(
      (mention) => isConfidentPerson(mention) && masked.slice(mention.start, mention.end).trim() === "",
    );
    const named: string[] = [];
    const confident: string[] = [];
    // the person-like names as a record would spell them, for the editor (unread-layouts.ts)
    const candidateNames: string[] = [];
    const nameLikeNames: string[] = [];
    // the confident names that are not a tagline's words (isTaglineName)
    let personLike = false;
    const unaccounted: string[] = [];
    // (a person the first names vouch for is someone even when a record took their name for its
    // employer: "Ardouin Cortiça | directeur général | Tiago Ferreira-Vidal")
    const leaveOut = (name: string, sure = false) => {
      if (!unaccounted.includes(name) && (sure || !companies.has(companyKey(name)))) unaccounted.push(name);
    };
    // someone who tells their own move in a quote they sign is no mere speaker (unread-people.ts)
    const firstPersonMove = FIRST_PERSON_MOVE.test(paragraph);
    let signal = false;
    // The people a paragraph without records names for a reason that is no move of theirs (a death,
    // a prize, a post kept, a departure with nowhere to go, a quote: unread-people.ts), and whether
    // anyone or any move verb is left that no such reason explains: a paragraph whose every person
    // and every move verb a typed reason explains tells no move and is not shown as not understood.
    const excusedReasons: string[] = [];
    let unexplained = false;
    for (const sentence of splitSentences(masked)) {
      let sentenceExcused = false;
      for (const mention of quoted)
        if (mention.end <= sentence.start && !confident.includes(mention.name)) confident.push(mention.name);
      const moveSentence = signalsAMove(sentence.text);
      signal ||= moveSentence;
      const mentions = findPersonMentions(sentence.text);
      for (const mention of mentions) {
        if (!named.includes(mention.name)) named.push(mention.name);
        if (isConfidentPerson(mention) && !confident.includes(mention.name)) confident.push(mention.name);
        personLike ||= isConfidentPerson(mention) && !isTaglineName(mention);
        // the name as a record spells it, and one whose run took in a card's next label ("Qui ?
        // Ornella Roy Quoi ? …"): the editor's candidates, and a person-like name of the paragraph
        // (a name the lexicon vouches for first: the review form opens on the first candidate)
        const name = givenFirstMention(
          withoutTrailingLabels(mention),
          sentence.text.slice(Math.max(0, mention.start - 12), mention.start),
        );
        const sure = isConfidentPerson(name);
        if ((sure || looksLikeAName(name)) && !isTaglineName(name)) {
          const spelt = name.name;
          const list = sure ? candidateNames : nameLikeNames;
          if (!spelt.split(/\s+/u).some((word) => MOVE_WORD_START.test(word)) && !list.includes(spelt))
            list.push(spelt);
          personLike ||= name.name !== mention.name;
        }
      }
      // Each person named, in full or by surname, with the clause that follows up to the next one
      const anchors = anchorsIn(sentence.text, mentions, confident);
      // a person's clause runs to the next person named; a weak name (often a company) does not end it
      const isPerson = (anchor: Anchor) =>
        anchor.mention === undefined ||
        isConfidentPerson(anchor.mention) ||
        accounted.has(personKey(anchor.name));
      anchors.forEach((anchor, i) => {
        if (movers.has(personKey(anchor.name))) return;
        const before = sentence.text.slice(anchors[i - 1]?.end ?? 0, anchor.start).slice(-80);
        const person: PersonInSentence = {
          sentence: sentence.text,
          start: anchor.start,
          asWritten: sentence.text.slice(anchor.start, anchor.end),
          before,
          clause: clauseAfter(sentence.text, anchor, anchors.slice(i + 1).find(isPerson)),
          rest: sentence.text.slice(anchor.end),
          replaced: predecessors.has(personKey(anchor.name)),
        };
        if (backgroundOf(person)) return;
        // someone beside a move verb who is neither a mover nor a predecessor, or anyone with a
        // move of their own (unread-own-moves.ts)
        const besideAVerb = anchor.mention !== undefined && signalsAMove(sentence.text);
        const ownVerb = ownMoveOf(person) !== null;
        if (isPerson(anchor)) {
          const key = personKey(anchor.name);
          const sure = anchor.mention?.knownFirstName === true;
          const excuse = ownVerb ? reasonForItsOwnVerb(person) : nonMoveReasonOf(person);
          if (excuse && dismissesAParagraph(excuse, person)) {
            excusedReasons.push(excuse.id);
            sentenceExcused = true;
          } else unexplained = true;
          if (ownVerb && !excuse) leaveOut(anchor.name, sure);
          else if (!accountedWithin(key) && (besideAVerb || (read.length > 0 && sure))) {
            // everyone the paragraph names is accounted for: someone beside a move verb, or anyone
            // the first names vouch for in a paragraph with records, verb or none, unless named for
            // a reason that is no move of theirs (unread-people.ts)
            const reason = nonMoveReasonOf(person);
            if (!reason || (reason.id === "speaks" && firstPersonMove)) leaveOut(anchor.name, sure);
          }
          return;
        }
        // a name the text gives weakly ("Stefanie Auerbach") is someone when a move verb governs it
        // right before: "Il est remplacé par Stefanie Auerbach", "… est confiée à Rania Abi-Nader"
        // (a predecessor is governed so too, "Il succède à Christiane Mollard", and has its slot)
        const nameKey = companyKey(anchor.name);
        const partOfACompany = [...companies].some(
          (key) => key && (nameKey.includes(key) || key.includes(nameKey)),
        );
        if (partOfACompany || accounted.has(personKey(anchor.name))) return;
        // …or when it reads as a person's and stands beside a move verb ("c'est Roland Espitalier,
        // fondateur de C, qui s'ouvre à une nouvelle fonction à la tête de …")
        const namelike =
          anchor.mention !== undefined &&
          (PERSON_NOUN_BEFORE.test(before) ||
            (!isTaglineName(anchor.mention) && looksLikeAName(withoutDescriptor(anchor.mention))));
        if (GOVERNED.test(before.slice(-40)) || (namelike && (besideAVerb || ownVerb)))
          leaveOut(anchor.mention ? withoutDescriptor(anchor.mention).name : anchor.name);
        // a name that reads as a person's, whom no paragraph reason explains ("L'intérim est assuré par
        // Odile Prémarty-Vasseur"), keeps a paragraph without records in view
        if (namelike) {
          const excuse = ownVerb ? reasonForItsOwnVerb(person) : nonMoveReasonOf(person);
          if (excuse && dismissesAParagraph(excuse, person)) sentenceExcused = true;
          else unexplained = true;
        }
      });
      // a move verb in a sentence where nobody is excused ("Elle rejoint D comme R") may be a move
      if (moveSentence && !sentenceExcused) unexplained = true;
    }
    // A person-looking name with a title or a career cue beside it and no record of their own, on any
    // line of the paragraph, whatever its verbs: the verbless layouts (lines, tables, labelled items)
    // announce movers so, and a block of lines is accounted for line by line (titled-names.ts)
    const nameLike = (mention: PersonMention) =>
      !isTaglineName(mention) && (isConfidentPerson(mention) || looksLikeAName(mention));
    const titledLeft = [
      ...titledNamesIn(masked, nameLike).map((titled) => titled.name),
      ...newlyTitled(masked),
    ].filter((name) => {
      const key = companyKey(name);
      const person = personKey(name);
      // "Von Halden était directeur …": a mover named again by surname
      return (
        ![...accounted].some((other) => other === person || other.endsWith(` ${person}`)) &&
        ![...companies].some((company) => company && (key.includes(company) || company.includes(key)))
      );
    });
    // a titled name is accounted for like any other: "Il rendra compte au président, Luc Roy" names
    // his superior, "…, se félicite Anne Roy, présidente de C" someone speaking (unread-people.ts)
    const titledUnread = titledLeft.filter((name) => {
      const around = sentenceAround(masked, name);
      const reason = around && nonMoveReasonOf(around);
      return !reason || (reason.id === "speaks" && firstPersonMove);
    });
    for (const name of titledUnread) leaveOut(name);
    // Without a move verb, a person's name still makes a paragraph worth a look, unless it is
    // someone speaking ("…, explique Marc Olivetti, président de Cobalt").
    const speaking = SPEECH.test(masked);
    // An advertising line or a heading's run-on: words in capitals, no sentence, nobody in it but
    // dictionary words. Its move word is a noun ("CABINET DE RECRUTEMENT DIGITAL"), not a move.
    const tagline = !personLike && !/[\p{Ll}.!?]/u.test(paragraph);
    // (a paragraph whose only records the slot reader guessed is read no more than one without)
    // (a titled name makes even a short line worth a look: "Anne Roy | DRH | Ferlog")
    const explained =
      excusedReasons.length > 0 && !unexplained && unaccounted.length === 0 && titledUnread.length === 0;
    const noMove =
      read.length === 0 &&
      !explained &&
      ((!tagline && (signal || (personLike && !speaking)) && paragraph.trim().length >= 25) ||
        titledUnread.length > 0);
    // Partly read: someone beside a move verb who is neither a mover nor a predecessor. Previous
    // employers and quoted people fall outside (quotes are masked; employers are not people).
    // a record whose person took in more than a name ("Bateaux-Hôtels Amarine Évrard Thévenoux": an
    // employer run into the name) may name someone else: the name at its end is offered to the editor
    for (const move of read) {
      const words = move.person.split(/\s+/u).filter((word) => !NAME_PARTICLE.test(word));
      if (words.length >= 4) leaveOut(words.slice(-2).join(" "));
    }
    const partly = read.length > 0 && unaccounted.length > 0;
    // a record of a field layout names its mover outright: a record the reader could not fill (no role,
    // no company) is shown, whatever its words (field-layouts.ts)
    // a table's row or labelled fields whose person cell holds words read as no name ("Nom : Ana ;
    // Poste : …") and gave no move: the cell is the mover the editor looks for
    const unnamed = record === null && read.length === 0 ? unreadPersonCell(paragraph) : null;
    const recordLeft =
      (record !== null && !recordTellsNoMove(record) && !movers.has(personKey(record.person))) ||
      unnamed !== null;
    if (!noMove && !partly && !recordLeft) return;
    candidateNames.push(...nameLikeNames.filter((name) => !candidateNames.includes(name)));
    const people = new Set(named.map(personKey));
    // "Iribarne-Sall Évrard" is the editor's "Évrard Iribarne-Sall"
    const spelt = (name: string) =>
      candidateNames.find((other) => personKey(other) !== personKey(name) && sameWords(other, name)) ?? name;
    unread.push({
      paragraph_index: index,
      paragraph,
      // "partly read" when the slot reader proposed records for it: they wait in the review queue
      reason: (noMove || recordLeft) && own.length === 0 ? "no_move" : "partly_read",
      candidates: {
        people: [
          ...new Set([
            ...(record && recordLeft ? [record.person] : unnamed ? [unnamed] : []),
            ...(noMove ? (candidateNames.length > 0 ? candidateNames : named) : unaccounted.map(spelt)),
            ...titledUnread.map(spelt),
          ]),
        ].slice(0, MAX_CANDIDATES),
        companies: companiesIn(masked, people),
        roles: titlesIn(masked),
      },
    });
  });
  return unread;
}
