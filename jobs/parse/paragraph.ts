// One paragraph of the Mouvements section → the moves it announces. Clause patterns find who
// moves; this file fills what a clause left implicit (the company named in an earlier sentence,
// read in implicit-company.ts; the employers of the past; the predecessor) and scores how sure
// we are.

import { allMatches } from "./all-matches.ts";
import {
  type CareerPhrase,
  careerOwner,
  currentPostEmployer,
  findPredecessor,
  isAcronymOf,
  isFeminineMover,
  isSisterCompany,
  leavesCurrentPost,
  type Mover,
  readCareers,
} from "./career.ts";
import { postAwaitedBefore } from "./chosen-holder.ts";
import type { PlacedMove } from "./clause-move.ts";
import { PASSING_SHAPES } from "./clause-move.ts";
import { isFemininePerson } from "./clause-slots.ts";
import { findClauseMoves } from "./clauses.ts";
import { flatMap } from "./flat-map.ts";
import { isFrenchWord } from "./french-words.ts";
import { OPENED_SITE_SHAPES, withOpenedSite } from "./fronted-clauses.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { groupPairs, inOneGroup } from "./group-relations.ts";
import { companyFromContext, isGuessedCompany, unitOfOpening } from "./implicit-company.ts";
import { fullNameEarlier } from "./institutions.ts";
import { heldLastAt, moveKind } from "./kind.ts";
import { foldWord } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { companyKey, isLikelyTypo, personKey } from "./names.ts";
import { isNoEmployer, isOnlyLeft } from "./not-an-employer.ts";
import { NOTES, type Note, note } from "./notes.ts";
import { elidedOrdinalOrigins, ordinalOwner } from "./ordinal-origins.ts";
import { bindOutgoingHolders } from "./outgoing-holders.ts";
import { bindPronounSuccessions, bindYieldedPlaces } from "./pronoun-successions.ts";
import { rejectionOf } from "./rejections.ts";
import { readRole } from "./role-phrase.ts";
import { classifyRole } from "./roles.ts";
import { postHeldAround, postHeldAt, SAME_POST } from "./same-post.ts";
import { readSignature } from "./self-announcement.ts";
import { maskAsides, maskAsidesKeepingCareers, maskQuotes, splitSentences } from "./sentences.ts";
import {
  addEmployersLeftBehind,
  antecedentPerson,
  employerLeftBy,
  postHeldBy,
  postLeftBy,
  predecessorBeforeMover,
  titleHeldBy,
} from "./succession.ts";
import { isPronounReference } from "./surname-references.ts";
import type { MoveKind } from "./types.ts";

export interface DraftMove {
  person: string;
  company: string;
  role: string;
  kind: MoveKind;
  previous_companies: string[];
  predecessor: string | null;
  reasons: Note[];
  position: number;
  /** The shapes-table row or pass that read the mover (ClauseMove.shape), or the slot reader's. */
  shape: string;
}

const BASE_CONFIDENCE = 0.95;

/** What a clean reading keeps once each note (notes.ts) and doubt (doubts.ts) has taken its penalty. */
export function confidenceFor(notes: readonly Note[]): number {
  const lost = notes.reduce((sum, note) => sum + note.kind.penalty, 0);
  return Math.round(Math.max(0, Math.min(1, BASE_CONFIDENCE - lost)) * 100) / 100;
}

const hasRank = (role: string) => classifyRole(role).seniority !== "other";

function mergeByPerson(moves: PlacedMove[]): PlacedMove[] {
  const byPerson = new Map<string, PlacedMove>();
  for (const move of moves) {
    const key = personKey(move.person.name);
    const existing = byPerson.get(key);
    if (!existing) {
      byPerson.set(key, { ...move, notes: [...move.notes] });
      continue;
    }
    // "rejoint la marque de cosmétiques bio" after "Nouvelle directrice … chez C : X": the
    // object of the verb was a description of the employer, the title is the other clause's
    if (existing.role && move.role && !hasRank(existing.role) && hasRank(move.role)) {
      existing.role = move.role;
      existing.shape = move.shape;
      existing.notes.push(...move.notes);
    }
    // the record is scored under the shape that read its title (corpus-report.ts --shapes):
    // "recrute X pour l'occuper" names the mover, "crée un poste de R" the post
    // (a title from a reading not yet measured keeps that reading's notes: "directeur général" guessed
    // from "prendre la direction de C" stays a guess held for an editor)
    if (!existing.role && move.role) {
      existing.shape = move.shape;
      // (only a title read from a departure's purpose: no other merged record's confidence moves)
      if (PASSING_SHAPES.has(move.shape) && move.notes.some((n) => n.kind === NOTES.newShape))
        existing.notes.push(...move.notes);
    }
    existing.role ??= move.role;
    existing.company ??= move.company;
    existing.predecessor ??= move.predecessor;
    existing.predecessorIsAntecedent ||= move.predecessorIsAntecedent;
    existing.pronounAt ??= move.pronounAt;
    if (move.kind === "promoted") existing.kind = "promoted";
    else if (existing.weakKind && !move.weakKind) {
      existing.kind = move.kind;
      existing.weakKind = false;
    }
  }
  return [...byPerson.values()].sort((a, b) => a.offset + a.person.start - (b.offset + b.person.start));
}

// "La biotech a nommé Pascal Roy directeur médical. […] En 2006, il a rejoint le laboratoire
// Ipsaline": once a clause names the mover, a later "il" or "elle" tells their past, not their move.
function withoutPronounRereadings(moves: PlacedMove[]): PlacedMove[] {
  const named = new Set(
    moves.filter((move) => !isPronounReference(move.person)).map((move) => personKey(move.person.name)),
  );
  return moves.filter((move) => !isPronounReference(move.person) || !named.has(personKey(move.person.name)));
}

// Capitalised words of the movers' names: a later sentence that starts "Dauphin est…" is about
// the person, not a company called Dauphin.
function nameWords(moves: PlacedMove[]): Set<string> {
  return new Set(flatMap(moves, (m) => m.person.name.split(/[\s-]+/).map(foldWord)));
}

const LATER_ROLE =
  /(?<![\p{L}])(?:il|elle) (?:sera|occupera|occupe|prend|prendra|devient|deviendra|aura le titre de)\s+(?:désormais\s+)?(?:le poste de\s+|les fonctions de\s+)?/giu;

export function roleFromLaterSentence(paragraph: string, from: number, to: number): string | null {
  for (const cue of allMatches(paragraph.slice(from, to), LATER_ROLE)) {
    const role = readRole(paragraph, from + cue.index + cue[0].length, to);
    if (role && classifyRole(role.role).seniority !== "other") return role.role;
  }
  return null;
}

export function extractParagraphMoves(paragraph: string): DraftMove[] {
  // a first-person post signed after a dash is the signer's own news, quoted or not
  const signature = readSignature(paragraph);
  const unmasked = signature
    ? paragraph.slice(0, signature.at) + maskQuotes(paragraph.slice(signature.at))
    : maskQuotes(paragraph);
  const masked = maskAsides(unmasked);
  const sentences = splitSentences(masked);
  const placed: PlacedMove[] = [];
  const earlierPeople: PersonMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const signer = signature && sentence.start < signature.at ? signature.signer : null;
    // (the sentence as written, its dates unmasked: a participle opener's date tells whether its post is news)
    const written = unmasked.slice(sentence.start, sentence.end);
    for (const move of findClauseMoves(sentence.text, earlierPeople, signer, written))
      placed.push({ ...move, sentenceIndex, offset: sentence.start });
    earlierPeople.push(...findPersonMentions(sentence.text));
  });
  const movers = mergeByPerson(withoutPronounRereadings(placed));
  const moverWords = nameWords(movers);
  // "…président de sa filiale immobilière, Olvest Real Estate. Il succède à Y": a name read as a
  // mover with no title of its own, whose first name is not known, is most often a company in an
  // apposition; it neither ends the mover's stretch nor takes the careers a pronoun points back to
  const isShadow = (move: PlacedMove) => !move.role && !isConfidentPerson(move.person);
  // the careers the paragraph tells, each given to the mover it belongs to (career.ts)
  // "Astrelia France la remplace par Y" read as a subject with neither post nor employer is no
  // person whose name would stop a career ("elle était directrice chez Astrelia France")
  // (the asides after a verb name the houses a mover leaves: sentences.ts maskAsidesKeepingCareers)
  const careers = readCareers(
    maskAsidesKeepingCareers(unmasked),
    movers
      .filter((move) => isConfidentPerson(move.person) || move.role || move.company)
      .map((move) => move.person.name),
  );
  const careerMovers: Mover[] = movers.map((move) => ({
    person: move.person,
    at: move.offset + move.person.start,
    feminine: isFeminineMover(move.person, move.role ?? ""),
  }));
  const namedMovers = careerMovers.filter((_, index) => !isShadow(movers[index]!));
  const elidedOrigins = elidedOrdinalOrigins(namedMovers, masked);
  const pastOf = (index: number) =>
    flatMap(careers, (phrase) => {
      const respective = respectiveOrigins(phrase, namedMovers, masked);
      if (respective) {
        const at = respective.indexOf(careerMovers[index]!);
        return at < 0 ? [] : [phrase.employers[at]!.text];
      }
      // "… ; la première vient de A, le second de B" (ordinal-origins.ts)
      const ordinal = ordinalOwner(phrase, namedMovers, masked);
      if (ordinal !== undefined)
        return ordinal === careerMovers[index] ? phrase.employers.map((employer) => employer.text) : [];
      const listed = listedOrigins(phrase, namedMovers, masked);
      if (listed) return listed.includes(careerMovers[index]!) ? phrase.employers.map((e) => e.text) : [];
      return careerOwner(phrase, isShadow(movers[index]!) ? careerMovers : namedMovers) ===
        careerMovers[index]
        ? phrase.employers.map((employer) => employer.text)
        : [];
    });

  const drafts: DraftMove[] = [];
  const segments = new Map<DraftMove, string>();
  movers.forEach((move, index) => {
    const start = move.offset + move.person.start;
    const segmentStart = index === 0 ? 0 : start;
    const next = movers.slice(index + 1).find((other) => !isShadow(other));
    const segmentEnd = next ? next.offset + next.person.start : masked.length;
    const reasons = [...move.notes];
    // "Hugo Perrin devient directeur général délégué ; Nina Vasseur lui succède": a pronoun whose
    // place the reader tells points back to someone named before it, in its own sentence too
    const pronounAt = move.offset + (move.pronounAt ?? 0);
    const antecedent = move.predecessorIsAntecedent
      ? antecedentPerson(
          masked,
          pronounAt,
          move.person.name,
          movers.map((other) => other.person.name),
        )
      : null;

    let company = move.company?.text ?? null;
    // a person or a portfolio read where the employer stands leaves the employer to the context
    if (company && isNoEmployer(company, masked)) company = null;
    // "Hélivaud – X prend la direction financière du constructeur, qu'elle rejoint après huit ans chez
    // C": an employer the paragraph names only as one left gives way to the one its context names
    if (company && isOnlyLeft(company, masked)) {
      const joined = companyFromContext(move, sentences, movers, moverWords, masked, company);
      if (joined && !isGuessedCompany(joined)) {
        company = joined.company;
        reasons.push(joined.note);
      }
    }
    // "élus au bureau de l'Union" after "l'Union des coopératives d'Ambrelle"
    if (company) company = fullNameEarlier(masked, company, start) ?? company;
    let role = move.role;
    const left =
      antecedent && !role
        ? postLeftBy(
            masked,
            antecedent,
            pronounAt,
            isFemininePerson(move.person, sentences[move.sentenceIndex]!.text),
            // "Nina Vasseur lui succède": the successor's first name tells the title's gender
            hasFeminineFirstName(move.person) || hasMasculineFirstName(move.person),
          )
        : null;
    if (left) {
      role = left.role;
      company ??= left.company;
      reasons.push(note(NOTES.postFromPredecessorDeparture));
    }
    // "Le nom du futur directeur de C est enfin connu. … le choix s'est porté sur X": the post the
    // sentence before awaited (held: the choice's row carries NOTES.newShape)
    const awaited =
      !role && move.sentenceIndex > 0
        ? postAwaitedBefore(
            sentences[move.sentenceIndex - 1]!.text,
            sentences[move.sentenceIndex]!.text,
            move.person.start,
            isFemininePerson(move.person, sentences[move.sentenceIndex]!.text),
          )
        : null;
    if (awaited && (!company || !awaited.company || companyKey(company) === companyKey(awaited.company))) {
      role = awaited.role;
      company ??= awaited.company;
      reasons.push(note(NOTES.postAwaitedBefore));
    }
    // "Marc Bellin, directeur général de C, rejoint D. Il est remplacé par Y", "Y succède à Z,
    // directrice du Théâtre des Monts": the post the one replaced held, in an apposition after their
    // name or a title before it
    const replaced = move.predecessor?.name ?? antecedent?.name;
    const heldByReplaced =
      replaced && (!role || !company)
        ? postHeldBy(masked, replaced, start, isFemininePerson(move.person, masked.slice(start, segmentEnd)))
        : null;
    if (heldByReplaced && !role && (!company || companyKey(company) === companyKey(heldByReplaced.company))) {
      role = heldByReplaced.role;
      company ??= heldByReplaced.company;
      reasons.push(note(NOTES.postFromOneReplaced));
    } else if (heldByReplaced && !company) {
      // "X, directeur technique de Ferlog, rejoint Kargo. Il est remplacé au poste de directeur
      // technique par Y": the post is told, the house is the one X leaves
      company = heldByReplaced.company;
      reasons.push(note(NOTES.companyFromOneReplaced));
    }
    // "Il était directeur technique de Ferlog, qui promeut à sa place X": the post the one replaced held
    const held =
      antecedent && !role && company
        ? // the gender is the successor's: what the sentence says before their name is the one replaced's
          postHeldAt(masked, company, start, isFemininePerson(move.person, masked.slice(start, segmentEnd)))
        : null;
    if (held) {
      role = held;
      reasons.push(note(NOTES.postFromOneReplaced));
    }
    const leftBehind = antecedent && !company ? employerLeftBy(masked, antecedent, move.offset) : null;
    if (leftBehind) {
      company = leftBehind;
      reasons.push(note(NOTES.companyFromPredecessorDeparture));
    }
    if (!company) {
      const inferred = companyFromContext(move, sentences, movers, moverWords, masked);
      if (inferred) {
        company = inferred.company;
        reasons.push(inferred.note);
        // "Au centre C de V, X … à la présidence du centre": the title's site is the one the
        // opening names, in its town; not yet measured, held for review
        const unit =
          inferred.note.kind === NOTES.companyFromSentenceOpening
            ? unitOfOpening(sentences[move.sentenceIndex]!.text)
            : null;
        if (unit && unit.house === company) {
          if (role && new RegExp(`(?:du|de la|de l['’])\\s*${unit.noun}$`, "u").test(role))
            role = `${role} ${unit.link}${unit.place}`;
          reasons.push(note(NOTES.newShape));
        }
      }
    }
    // "Brindelle change de directeur financier. Son directeur financier, Paul Vasseur, sera remplacé
    // par Y": the bare title the one replaced holds in Y's own sentence, at the house of the context
    const bareTitle =
      replaced && !role && company
        ? titleHeldBy(masked, replaced, start, isFemininePerson(move.person, masked.slice(start, segmentEnd)))
        : null;
    if (bareTitle) {
      role = bareTitle;
      reasons.push(note(NOTES.postFromOneReplaced));
    }
    if (!role) {
      role = roleFromLaterSentence(masked, start, segmentEnd);
      if (role) reasons.push(note(NOTES.roleFoundLater));
    }
    // "Le fabricant en confie la direction à X": the site the sentence before opened completes the
    // title; when that sentence opens nothing, "en" stands for a post left unread and so is the mover
    // "L'assureur C lance une offre d'autopartage et en confie la direction à X": the opening may be
    // the clause before "et" in the same sentence
    if (role && move.shape && OPENED_SITE_SHAPES.has(move.shape)) {
      const own = sentences[move.sentenceIndex]!.text.slice(0, move.person.start);
      // or a relative clause on the subject ("C, qui a repris la fonderie de B, en confie …")
      const openedBefore = own.replace(/\s*(?:,?\s+et|,)\s+en\s+\p{Ll}.*$/su, "");
      role =
        (openedBefore !== own ? withOpenedSite(role, openedBefore) : null) ??
        withOpenedSite(role, sentences[move.sentenceIndex - 1]?.text ?? "");
    }
    if (!company || !role) return; // never emit a move with an empty field
    let leftEmployer: string | null = null;
    if (SAME_POST.test(role)) {
      const held = postHeldAround(
        masked,
        move.offset + move.person.start,
        move.offset + move.person.end,
        segmentEnd,
      );
      if (held) {
        role = held.role;
        leftEmployer = held.employer;
      } else reasons.push(note(NOTES.roleNotFoundSamePost));
    }
    if (!move.person.upperCase && !move.person.knownFirstName) reasons.push(note(NOTES.firstNameUnknown));
    // "directeur général de la filiale espagnole du groupe": the employer may be that subsidiary
    if (/(?:^|\s)(?:de la|du|de sa|de son) (?:filiale|branche|division)(?:\s|$)/u.test(role))
      reasons.push(note(NOTES.roleNamesSubsidiary));
    const classified = classifyRole(role);
    if (classified.seniority === "other" && classified.function === "other")
      reasons.push(note(NOTES.roleNotATitle));
    // the sentence as written: a date masked as an aside still tells a passing appointment
    const { start: from, end: to } = sentences[move.sentenceIndex]!;
    if (rejectionOf({ person: move.person.text, role, company, sentence: paragraph.slice(from, to) })) return;

    const predecessor =
      move.predecessor?.name ??
      antecedent?.name ??
      // the one replaced may move too, and then opens the next segment: "Il succède à Y et
      // siégera…" reads Y up to the end of their name
      predecessorInSegment(masked, segmentStart, start, next ? next.offset + next.person.end : segmentEnd)
        ?.name ??
      predecessorBeforeMover(masked, start, move.person.name)?.name ??
      null;
    const ownKey = companyKey(company);
    const found = [...pastOf(index), ...(elidedOrigins.get(careerMovers[index]!) ?? [])];
    // "Dentalvie se dote d'une directrice médicale … Elle remplace le Dr Y, parti prendre la direction
    // des centres de santé de la Mutuelle Ligérienne": a person named in passing (clause-move.ts
    // PASSING_SHAPES) leaves the house the context speaks of
    if (PASSING_SHAPES.has(move.shape) && found.length === 0) {
      const house = companyFromContext(move, sentences, movers, moverWords, masked);
      // "Santé", "Choisi": a common word opening a sentence, read as its subject, is no house
      if (house && !(!/\s/u.test(house.company) && isFrenchWord(house.company))) found.push(house.company);
    }
    const heldUntilNow = currentPostEmployer(
      masked,
      { ...move.person, start, end: move.offset + move.person.end },
      role,
    );
    if (heldUntilNow && leavesCurrentPost(masked, { ...move.person, start }, company))
      found.unshift(heldUntilNow);
    if (leftEmployer && !found.some((name) => companyKey(name) === companyKey(leftEmployer!)))
      found.unshift(leftEmployer);
    const previous = [...new Map(found.map((name) => [companyKey(name), name])).values()].filter((name) => {
      const key = companyKey(name);
      return (
        key !== ownKey &&
        // "Scalan" for "Scalian"; "Janvia France" beside "Sanovia France" is another house
        !(isLikelyTypo(key, ownKey) && key.charAt(0) === ownKey.charAt(0)) &&
        // "Centre national de recherche appliquée (CNRA)": the new employer's acronym
        !isAcronymOf(name, company) &&
        // "Sportika Japon" beside "Sportika France": one brand in two countries
        !isSisterCompany(name, company) &&
        // "Crampéo, filiale du groupe Sportelya, nomme X. Elle était directrice marketing de Sportelya":
        // the post held last in the new employer's group is no employer left (group-relations.ts);
        // "Passée par Sportelya" tells an older step, which stays
        !(inOneGroup(name, company, groupPairs(masked)) && heldLastAt(masked, name)) &&
        // "Mutuelle Sérénis" for "Mutuelle Sérénis Prévoyance": the group of the new employer
        !ownKey.startsWith(`${key} `) &&
        !key.startsWith(`${ownKey} `) &&
        // "Après onze ans à l'ACPF, Thibaud Caron rejoint…": the list of employers ran into the mover
        !(personKey(name) === personKey(predecessor ?? "") || personKey(name) === personKey(move.person.name))
      );
    });
    // "Institut polytechnique de Vienne" read whole and as "Vienne": keep the whole name
    const distinct = previous.filter(
      (name) => !previous.some((other) => other !== name && other.endsWith(` ${name}`)),
    );
    const draft: DraftMove = {
      person: move.person.name,
      company,
      role,
      kind: leftEmployer && companyKey(leftEmployer) !== ownKey ? "joined" : move.kind,
      previous_companies: distinct,
      predecessor: predecessor && personKey(predecessor) !== personKey(move.person.name) ? predecessor : null,
      reasons,
      position: start,
      shape: move.shape,
    };
    drafts.push(draft);
    // The kind also reads what opens the person's sentence: "Son adjoint, X, lui succède…"
    const previousEnd = index === 0 ? 0 : movers[index - 1]!.offset + movers[index - 1]!.person.end;
    const sentenceStart = Math.max(previousEnd, lastSentenceStart(masked, segmentStart));
    segments.set(draft, masked.slice(Math.min(sentenceStart, segmentStart), segmentEnd));
  });
  shareCoordinatedPredecessor(drafts, masked);
  bindPronounSuccessions(drafts, masked);
  bindYieldedPlaces(drafts, masked);
  bindOutgoingHolders(drafts, masked);
  addEmployersLeftBehind(drafts, masked);
  // "Au C, la directrice X est remplacée par Y. X rejoint la préfecture": X joins a house, so an
  // employer inferred from the context for X that is the house where another record replaces X is
  // most likely the one X leaves ("X devient président du conseil de surveillance" stays in it)
  for (const draft of drafts)
    if (
      draft.kind === "joined" &&
      draft.reasons.some((reason) => reason.kind === NOTES.companyInferredFromEarlierSentence) &&
      drafts.some(
        (other) =>
          other !== draft &&
          personKey(other.predecessor ?? "") === personKey(draft.person) &&
          companyKey(other.company) === companyKey(draft.company),
      )
    )
      draft.reasons.push(note(NOTES.companyReplacedAt));
  for (const draft of drafts)
    draft.kind = moveKind({
      verbKind: draft.kind,
      company: draft.company,
      role: draft.role,
      previousCompanies: draft.previous_companies,
      text: segments.get(draft)!,
    });
  return drafts;
}

// "A et B ont été nommés à la codirection de C. Ils succèdent à Y": a succession told with a plural
// subject is each coordinated mover's, though only the one named last reaches it in its stretch
const PLURAL_SUCCESSION =
  /(?<![\p{L}])(?:Ils|Elles|ils|elles)\s+(?:lui\s+)?(?:succèdent|succéderont|ont succédé|remplacent|remplaceront|prennent la suite|reprennent la suite|prennent la succession)(?!\s+respectivement)(?![\p{L}])/u;
function shareCoordinatedPredecessor(drafts: DraftMove[], text: string): void {
  if (!PLURAL_SUCCESSION.test(text)) return;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [first, second] = [drafts[i]!, drafts[i + 1]!];
    if (first.predecessor || !second.predecessor) continue;
    if (companyKey(first.company) !== companyKey(second.company)) continue;
    // "A et B ont été", "A (C1) et B (C2) ont été": the two names joined by "et" only
    const between = text.slice(first.position, second.position);
    if (!/^[^.;:,]*?\s(?:\([^()]*\)\s+)?et\s+$/u.test(between.slice(between.indexOf(" ")))) continue;
    const plural = PLURAL_SUCCESSION.exec(text.slice(second.position));
    if (
      !plural ||
      /[.;]/u.test(text.slice(second.position, second.position + plural.index).replace(/[.;]\s*$/u, ""))
    )
      continue;
    first.predecessor = second.predecessor;
  }
}

// "L'ancien PDG d'Azuréa, Patrick Orsini, va diriger l'AITR, succédant à Hans Wild. Chez Azuréa, la
// direction revient à Carla Mendes": a succession told before the first mover's sentence, after
// another person's name, is that person's (one the readers missed), not the mover's
function predecessorInSegment(text: string, from: number, moverAt: number, to: number) {
  const found = findPredecessor(text, from, to);
  const ownSentence = lastSentenceStart(text, moverAt);
  if (!found || found.start >= ownSentence) return found;
  const someoneElse = findPersonMentions(text.slice(from, found.start)).some(
    (m) => isConfidentPerson(m) && personKey(m.name) !== personKey(found.name),
  );
  return someoneElse ? findPredecessor(text, ownSentence, to) : found;
}

// "A devient R1 et B R2, respectivement venus de C1 et de C2": the houses a career after
// "respectivement" lists are one per mover of its sentence, in their order; null unless the counts agree
function respectiveOrigins(phrase: CareerPhrase, movers: Mover[], text: string): Mover[] | null {
  if (phrase.employers.length < 2 || !/respectivement\s+$/u.test(text.slice(0, phrase.cue.start)))
    return null;
  const from = lastSentenceStart(text, phrase.cue.start);
  const before = movers.filter((mover) => mover.at >= from && mover.at < phrase.cue.start);
  return before.length === phrase.employers.length ? before : null;
}

// "C accueille deux transfuges de D : X, nommé R1, et Y, nommée R2": a counted lead says where every
// person listed after its colon comes from
const COUNTED_BEFORE = /(?<![\p{L}])(?:deux|trois|quatre|cinq|\d+)\s+(?:\p{Ll}+\s+)?$/u;
function listedOrigins(phrase: CareerPhrase, movers: Mover[], text: string): Mover[] | null {
  const last = phrase.employers.at(-1);
  const colon = last && /^\s*:\s/u.exec(text.slice(last.end));
  if (!colon || !COUNTED_BEFORE.test(text.slice(0, phrase.cue.start))) return null;
  const end = text.slice(last.end).search(/[.;!?](?=\s|$)/u);
  const listed = movers.filter((m) => m.at > last.end && (end < 0 || m.at < last.end + end));
  return listed.length < 2 ? null : listed;
}

function lastSentenceStart(text: string, before: number): number {
  let start = 0;
  for (const end of allMatches(text.slice(0, before), /[.;!?](?=\s)/g)) start = end.index + 1;
  return start;
}
