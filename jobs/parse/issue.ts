// A whole issue's text → ParsedIssue: clean the text, find the Mouvements section, read each
// paragraph, then settle what only the issue as a whole can settle (one spelling per company,
// one move per person and company).

import { acronymExpansions } from "./acronym-expansions.ts";
import { allMatches } from "./all-matches.ts";
import { applyCareerLines, findCareerLines, withoutCareerLines } from "./career-lines.ts";
import { PASSING_SHAPES } from "./clause-move.ts";
import { cleanText } from "./clean-text.ts";
import { readCompanyAfter, readCompanyRun } from "./company-spans.ts";
import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { type DoubtSubject, doubtsAbout, READINGS_NEST } from "./doubts.ts";
import { readEmployerSuccessions } from "./employer-successions.ts";
import { fieldRecordText, readFieldRecord, recordTellsNoMove, settleFieldMove } from "./field-layouts.ts";
import { readFirstPersonPost, settlePostMoves } from "./first-person-posts.ts";
import { flatMap } from "./flat-map.ts";
import { isFrenchWord } from "./french-words.ts";
import { EMPTY_GAZETTEER, type Gazetteer, knownBoundary, knownCompany, knownSpansIn } from "./gazetteer.ts";
import { hasFeminineFirstName } from "./gender.ts";
import { headlineBodySentence, newsHeadlineSentence } from "./headline-body.ts";
import { headlineItemSentence } from "./headline-items.ts";
import { useFullNamesOfHouses } from "./house-short-names.ts";
import { institutionOfPost } from "./institution-of-post.ts";
import { chapoSentences } from "./interview-chapo.ts";
import { titleOfLedHouse } from "./led-house-title.ts";
import { ACRONYM_LETTERLESS_WORDS } from "./lexicon/companies.ts";
import {
  COMPANY_DESCRIPTORS,
  DESCRIPTOR_ACRONYMS,
  FUNCTION_ACRONYMS,
  foldWord,
  OFFICE_HEAD_NOUNS,
  PLACES,
  ROLE_WORDS,
  SECTOR_ACRONYMS,
} from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";
import { addMercatoPredecessors, readDepartureLine, readMercatoLine } from "./mercato-lines.ts";
import { companyKey, isLikelyTypo, namesWithInitials, personKey } from "./names.ts";
import { hasNote, NOTES, type NotedMove, note, noteText } from "./notes.ts";
import { confidenceFor, type DraftMove, extractParagraphMoves } from "./paragraph.ts";
import { withChezOpening } from "./place-headings.ts";
import { applyPromotionLabels } from "./promotion-labels.ts";
import { cellKeyOf } from "./reading-cells.ts";
import { pairRespectivePastEmployers, pairRespectivePredecessors } from "./respective-predecessors.ts";
import { roleWithoutEmployer, tidyRole } from "./role-cleanup.ts";
import { classifyRole } from "./roles.ts";
import { type SecondReading, secondReadingOf } from "./second-reading.ts";
import { findMouvementsSection, issueParagraphs } from "./section.ts";
import { readSignature } from "./self-announcement.ts";
import { readMissedMovers } from "./slot-reader.ts";
import { addEmployersLeftBehind, addRespectivePredecessors } from "./succession.ts";
import { readTakenOverPosts } from "./taken-over-post.ts";
import { agreeTitle, writtenMasculineFor } from "./title-agreement.ts";
import { withTopicSubject } from "./topic-lead.ts";
import { inDiscourse, newDiscourse } from "./topic-person.ts";
import type { IssueMeta, ParsedIssue, ParsedMove } from "./types.ts";
import { findUnreadParagraphs } from "./unread.ts";
import { findBesideSectionParagraphs, findOutsideSectionParagraphs } from "./unread-outside-section.ts";
import { slotsOfOtherRecords } from "./unread-words.ts";
import { isInstitutionOrPlaceHead, mayNameAnInstitutionBefore } from "./words-before.ts";

// A slip keeps each word's first letter ("Scalan" for "Scalian"); "Nosorris Systems" and
// "Kasorris Systems" are two companies, not one misspelt.
function sameInitials(a: string, b: string): boolean {
  const initials = (key: string) =>
    key
      .split(" ")
      .map((w) => w.charAt(0))
      .join("");
  return initials(a) === initials(b);
}

// how often the issue writes a name as a whole ("Fluvia Loisir" is not written inside "Fluvia Loisirs")
function timesWritten(text: string, name: string): number {
  let times = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!/\p{L}/u.test(text.charAt(at + name.length)) && !/\p{L}/u.test(text.charAt(at - 1))) times++;
  return times;
}

// One spelling per company across the issue: a later look-alike of a name the same issue gave
// earlier is taken for a slip and repaired, never into a name from outside the issue. A repair
// across paragraphs is a guess an editor checks (NOTES.companyRepaired, notes.ts), unless the repaired
// spelling is the only one of its kind in the whole section and the repair stays in its paragraph.
// A one-word name the issue writes the same way twice or more is meant, not a slip in the end of a
// longer name ("Jouéo" beside "L'Arbre à Jouer").
function settleCompanySpellings(moves: NotedMove[], issueText: string): void {
  const writtenTwice = (name: string) => {
    const first = issueText.indexOf(name);
    return first >= 0 && issueText.indexOf(name, first + name.length) >= 0;
  };
  const spellings: string[] = [];
  for (const move of moves) {
    const key = companyKey(move.company);
    const width = key.split(" ").length;
    const earlier =
      // "Le Journal de Saint-Ormel" then "Journal de Saint-Ormel" opening a sentence, where the
      // article was taken for the sentence's: the article belongs to the name the issue gave first
      spellings.find(
        (s) =>
          /^(?:Le|La|Les|L')\s*\p{Lu}/u.test(s) &&
          !/^(?:Le|La|Les|L')/u.test(move.company) &&
          companyKey(s) === key,
      ) ??
      spellings.find((s) => {
        const known = companyKey(s);
        return isLikelyTypo(known, key) && sameInitials(known, key);
      }) ??
      // "Laboratoires Pharmadel" then "Pharmadell": a slip in the end of a fuller name given
      // earlier is that name
      (width === 1 && writtenTwice(move.company)
        ? undefined
        : spellings.find((s) => {
            const words = companyKey(s).split(" ");
            const tail = words.slice(-width).join(" ");
            return words.length > width && isLikelyTypo(tail, key) && sameInitials(tail, key);
          }));
    if (earlier && timesWritten(issueText, move.company) > timesWritten(issueText, earlier)) {
      // "Puzzle Castagnol" read first, "Puzzles Castagnol" written everywhere else: the slip is the
      // spelling the issue writes less often, whichever was read first
      for (const other of moves)
        if (other !== move && other.company === earlier) {
          other.company = move.company;
          other.reasons.push(note(NOTES.companyRepaired));
        }
      spellings[spellings.indexOf(earlier)] = move.company;
    } else if (earlier) {
      move.company = earlier;
      move.reasons.push(note(NOTES.companyRepaired));
    } else if (!spellings.some((s) => companyKey(s) === key)) {
      spellings.push(move.company);
    }
  }
}

// "Modalunne recrute …" where the issue wrote "Modalune" before, "Stellaris Mirco" after "Stellaris
// Micro": a word of the employer the whole issue writes once, a look-alike of a word it wrote before
// (a slip, or two letters swapped), is that word misspelt. A word written twice the same way is
// meant, and a repair only ever takes a spelling from the same issue.
function useIssueSpelling(moves: NotedMove[], issueText: string): void {
  let words: IssueWords | null = null;
  const wordsOfIssue = () => (words ??= issueWords(issueText));
  for (const move of moves) {
    if (!hasNote(move.reasons, NOTES.companyRepaired)) {
      const repaired = inIssueSpelling(move.company, wordsOfIssue);
      if (repaired) {
        move.company = repaired;
        move.reasons.push(note(NOTES.companyRepaired));
      }
    }
    // "ex-directrice générale adjointe de Buroliss" where the issue wrote "Burolis" before: an
    // employer left is the same house, spelt once the way the issue spells it
    if (move.previous_companies.length > 0) {
      const spelt = move.previous_companies.map((name) => inIssueSpelling(name, wordsOfIssue, true) ?? name);
      move.previous_companies = spelt.filter(
        (name, at) => spelt.findIndex((other) => companyKey(other) === companyKey(name)) === at,
      );
    }
  }
}

// "Étamine Réunies annonce l'arrivée de X" where the issue writes "Étamines Réunies" everywhere
// else: a name of two words or more that the issue writes once, a look-alike (a slip, the same
// initials) of a name of the same length it writes twice or more, is that name misspelt, even when
// the slip makes another common word ("étamine" for "étamines") that useIssueSpelling keeps. A
// repair held for review (NOTES.companyRepaired): two houses may differ by one letter.
function useNameWrittenMoreOften(moves: NotedMove[], issueText: string): void {
  let runs: string[][] | undefined; // the issue's capitalised runs, split once, when a move needs them
  // each stretch of `width` words of those runs, with its key's words: the same for every move of
  // that width (an issue's moves mostly share two or three widths), so built once a width
  const stretches = new Map<number, { candidate: string; keyWords: string[] }[]>();
  const stretchesOf = (width: number) => {
    let found = stretches.get(width);
    if (found !== undefined) return found;
    found = [];
    runs ??= allMatches(issueText, CAPITALISED_RUN).map((run) => run[0].split(/\s+/u));
    for (const words of runs)
      for (let i = 0; i + width <= words.length; i++) {
        const candidate = words.slice(i, i + width).join(" ");
        found.push({ candidate, keyWords: companyKey(candidate).split(" ") });
      }
    stretches.set(width, found);
    return found;
  };
  for (const move of moves) {
    if (hasNote(move.reasons, NOTES.companyRepaired)) continue;
    const width = move.company.split(/\s+/u).length;
    if (width < 2 || timesWritten(issueText, move.company) !== 1) continue;
    const keyWords = companyKey(move.company).split(" ");
    let best: string | null = null;
    let bestTimes = 1;
    for (const { candidate, keyWords: candidateWords } of stretchesOf(width)) {
      if (!slipInOneWord(candidateWords, keyWords)) continue;
      const times = timesWritten(issueText, candidate);
      if (times > bestTimes) {
        best = candidate;
        bestTimes = times;
      }
    }
    if (best !== null) {
      move.company = best;
      move.reasons.push(note(NOTES.companyRepaired));
    }
  }
}

// "etamine reunies" beside "etamines reunies" (the words of two keys): one word differs, by a slip in
// a word long enough to carry one ("air sarlene" and "aero sarlene" are two houses)
function slipInOneWord(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  // (a loop, not flatMap: this runs for every capitalised run of the issue against each name, and
  // the built-in's call cost more than the comparison; see flat-map.ts)
  let differ = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  return differ >= 0 && isLikelyTypo(a[differ]!, b[differ]!);
}

type IssueWords = ReturnType<typeof issueWords>;

// The name with each word the whole issue writes once, a look-alike of a word it wrote before,
// spelt as the issue first wrote it; null when no word is repaired.
// With `keepEndings`, a word that is the other with a letter more at its end ("Lorvoise" beside
// "Lorvois", "Optics" beside "Optic") is an inflection or a name of its own, not a slip, unless the
// letter doubles the last one ("Buroliss").
function inIssueSpelling(name: string, wordsOfIssue: () => IssueWords, keepEndings = false): string | null {
  const parts = name.split(/(\s+)/u);
  let repaired = false;
  for (const [index, part] of parts.entries()) {
    // a common word ("Énergies", "Médias", "Office") is spelt as the name wants it, plural or not, and
    // so is a compound of common words ("Poney-Club" beside "Poney-Clubs")
    if (
      !/^\p{Lu}\p{Ll}[\p{L}-]{3,}$/u.test(part) ||
      isFrenchWord(part.toLowerCase()) ||
      part.split("-").every((piece) => isFrenchWord(piece.toLowerCase()))
    )
      continue;
    const words = wordsOfIssue();
    const key = companyKey(part);
    const own = words.first.get(key);
    if (own === undefined || words.count.get(key) !== 1) continue;
    let best: string | null = null;
    for (const [other, first] of words.first) {
      if (first >= own || other.charAt(0) !== key.charAt(0)) continue;
      const swapped = swapsTwoLetters(other, key);
      if (!isLikelyTypo(other, key) && !swapped) continue;
      if (
        keepEndings &&
        (key.startsWith(other) || other.startsWith(key)) &&
        !doublesALetter(key, other) &&
        !doublesALetter(other, key)
      )
        continue;
      // "Santéa", "Institute", "Borneo" are names of their own beside "Santé", "Institut",
      // "Bornes"; "Marinnier" and "Mirco" are "Marinier" and "Micro" mistyped
      if (!swapped && !doublesALetter(key, other) && isFrenchWord(words.surface.get(other)!.toLowerCase()))
        continue;
      if (best === null || words.count.get(other)! > words.count.get(best)!) best = other;
    }
    if (best === null) continue;
    parts[index] = words.surface.get(best)!;
    repaired = true;
  }
  return repaired ? parts.join("") : null;
}

function issueWords(text: string) {
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const match of allMatches(text, /\p{Lu}\p{Ll}[\p{L}-]{3,}/gu)) {
    const key = companyKey(match[0]);
    count.set(key, (count.get(key) ?? 0) + 1);
    if (!first.has(key)) {
      first.set(key, match.index);
      surface.set(key, match[0]);
    }
  }
  return { first, count, surface };
}

function doublesALetter(typed: string, meant: string): boolean {
  if (typed.length !== meant.length + 1) return false;
  for (let i = 1; i < typed.length; i++)
    if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === meant) return true;
  return false;
}

function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const letters = [...a];
  const differ: number[] = [];
  for (let i = 0; i < letters.length; i++) if (letters[i] !== b[i]) differ.push(i);
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    a[differ[0]!] === b[differ[1]!] &&
    a[differ[1]!] === b[differ[0]!]
  );
}

// Compiling a case-insensitive Unicode pattern costs far more than running it (this step was 4 % of
// the parser's CPU profile on the bench's issues and the fixtures): each (descriptor, name) pair is
// compiled once.
const bareNamePatterns = new Map<string, RegExp>();

function bareNamePattern(first: string, name: string): RegExp {
  const key = `${first}\u0000${name}`;
  let pattern = bareNamePatterns.get(key);
  if (pattern === undefined) {
    const escaped = escapeRegExp(name);
    pattern = new RegExp(`(?<!${first}\\s)(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu");
    if (bareNamePatterns.size > 5_000) bareNamePatterns.clear();
    bareNamePatterns.set(key, pattern);
  }
  return pattern;
}

// "Agence Kilomètre Zéro accueille… Le fondateur de Kilomètre Zéro…": when the paragraph also
// names the company without its leading descriptor word, that shorter form is its name.
// "Assemblée générale de la Ligue d'échecs de C : le comité a porté X à la présidence": the meeting
// that opens the item is where the house elected, not part of its name
const MEETING_BEFORE_HOUSE =
  /^(?:Assemblée générale|Assemblée|Congrès|Réunion|Élections?)\s+(?:de la|de l['’]|du|des|de|d['’])\s*(?=\p{Lu})/u;

function dropMeetingBeforeHouse(move: NotedMove): void {
  move.company = move.company.replace(MEETING_BEFORE_HOUSE, "");
}

// "Le conseil municipal de Marcillé a désigné X conseillère déléguée …": a town's council is the
// body of the commune that appoints or elects, not an employer of its own; the councillors, the
// deputy mayors and whoever the council names serve the commune ("commune de Marcillé").
const TOWN_COUNCIL = /^conseil municipal (de |d['’])(?=\p{Lu})/iu;

function useCommuneOfItsCouncil(move: NotedMove): void {
  move.company = move.company.replace(TOWN_COUNCIL, "commune $1");
}

function dropLeadingDescriptor(move: NotedMove): void {
  const [first, ...rest] = move.company.split(" ");
  if (rest.length === 0 || !COMPANY_DESCRIPTORS.includes((first ?? "").toLowerCase())) return;
  const name = rest.join(" ");
  const bare = bareNamePattern(first!, name);
  // after another capitalised word ("La Fondaton Clairval", a typo) it is still the long name
  const standsAlone = (at: number) => !/\p{Lu}\p{L}*\s$/u.test(move.paragraph.slice(0, at));
  if (allMatches(move.paragraph, bare).some((m) => standsAlone(m.index))) move.company = name;
}

// "L'assureur-crédit Garantia", "ESN Numélis": a descriptor opening the span read is no part of the
// name (an article followed by a lower-case noun, or a descriptor acronym), whatever the noun is.
function dropDescriptorWords(move: NotedMove): void {
  const descriptor =
    /^(?:(?:[LlDd]['’]|(?:le|la|Le|La)\s+)(\p{Ll}+)(?:-\p{Ll}+)?|(\p{Lu}{2,4}))\s+(?=\p{Lu}\p{Ll})/u.exec(
      move.company,
    );
  if (!descriptor) return;
  // "Chez SPL Eaux du Lauragest": "chez" takes a name with no article, so an acronym right after it
  // is the name's own ("chez la SPL C" would make it a descriptor)
  if (
    descriptor[2] !== undefined &&
    compiledPattern(`(?<![\\p{L}])chez\\s+${escapeRegExp(move.company)}`, "iu").test(move.paragraph)
  )
    return;
  // "le cabinet de conseil RH Talentis Conseil": a function's acronym right after a lower-case
  // descriptor says what the house does, it is no part of its name
  const functionAfterDescriptor =
    descriptor[2] !== undefined &&
    FUNCTION_ACRONYMS.includes(descriptor[2].toLowerCase()) &&
    compiledPattern(`\\p{Ll}\\s+${escapeRegExp(move.company)}`, "u").test(move.paragraph);
  // "le groupe de BTP Constructa": a sector's acronym before a name that is no common word
  const sectorBeforeName =
    SECTOR_ACRONYMS.has(descriptor[2] ?? "") &&
    !isFrenchWord(move.company.slice(descriptor[0].length).split(/\s/u)[0]!.toLowerCase());
  const known = descriptor[1]
    ? COMPANY_DESCRIPTORS.includes(descriptor[1])
    : DESCRIPTOR_ACRONYMS.has(descriptor[2] ?? "") || functionAfterDescriptor || sectorBeforeName;
  if (known) move.company = move.company.slice(descriptor[0].length);
}

// "Néovia Assurances muscle sa direction technique. X devient actuaire en chef de Néova
// Assurances": a slip in a name the paragraph spelt otherwise before; the first spelling wins, as
// across the issue (settleCompanySpellings).
// "Presse Diffusion de l'Ouest": a name's own small words link its capitalised ones.
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:de|du|des|de la)\s+)?(?:[dl]['’])?(?:\p{Lu}|&)[\p{L}\p{N}&'’-]*)*/gu;

function useFirstSpelling(move: NotedMove): void {
  const key = companyKey(move.company);
  const at = move.paragraph.indexOf(move.company);
  if (at <= 0) return;
  const width = move.company.split(/\s+/).length;
  for (const run of allMatches(move.paragraph.slice(0, at), CAPITALISED_RUN)) {
    const words = run[0].split(/\s+/);
    for (let i = 0; i + width <= words.length; i++) {
      const candidate = words.slice(i, i + width).join(" ");
      if (isLikelyTypo(companyKey(candidate), key) && sameInitials(companyKey(candidate), key)) {
        move.company = candidate;
        move.reasons.push(note(NOTES.companySpellingDiffers));
        return;
      }
    }
  }
}

// "la Fédération française des banques alimentaires solidaires (FFBAS) annonce…", "directrice de
// l'Agence régionale de l'eau Loire-Océan (AREL)": the name the acronym stands for, read back from
// the parenthesis by the acronym's letters, is the employer whether the clause gave the acronym or
// a name cut short. Small words (de, la, pour…) carry no letter; words after the last letter
// (a region: "… solidaires Bourgogne-Est (CRAS)") still belong to the name.
const ACRONYM_AFTER_NAME = /\(([A-ZÀ-Ý]{2,8})\)/gu;

function nameBeforeAcronym(text: string, at: number, acronym: string): string | null {
  const words = text
    .slice(Math.max(0, at - 160), at)
    .trimEnd()
    .split(/\s+/)
    .slice(-14);
  const initial = (word: string) => foldWord(word.replace(/^[dl]['’]/iu, "").charAt(0));
  for (let first = 0; first < words.length; first++) {
    const opening = words[first]!.replace(/^[dl]['’]/iu, "");
    if (!/^\p{Lu}/u.test(opening) || initial(opening) !== foldWord(acronym[0]!)) continue;
    let letter = 0;
    for (const word of words.slice(first)) {
      if (letter < acronym.length && initial(word) === foldWord(acronym[letter]!)) {
        letter++;
        // "Sud-Ouest" gives S and O
        for (const part of word.split("-").slice(1))
          if (letter < acronym.length && initial(part) === foldWord(acronym[letter]!)) letter++;
      } else if (
        !ACRONYM_LETTERLESS_WORDS.has(word.toLowerCase().replace(/['’]$/u, "")) &&
        letter < acronym.length
      ) {
        letter = -1;
        break;
      }
    }
    if (letter === acronym.length)
      return [opening, ...words.slice(first + 1)].join(" ").replace(/[,;:]$/u, "");
  }
  // "Société des droits musicaux (SODM)", "Union nationale des industries de l'ameublement
  // (UNIAM)": an acronym may take a word's first letters, not its initial only; every word of the
  // name then gives it at least its initial
  for (let first = 0; first < words.length; first++) {
    const opening = words[first]!.replace(/^[dl]['’]/iu, "");
    if (!/^\p{Lu}/u.test(opening) || initial(opening) !== foldWord(acronym[0]!)) continue;
    const kept = words
      .slice(first)
      .map((word) => foldWord(word.replace(/^[dl]['’]/iu, "").replace(/[,;:]$/u, "")))
      .filter((word) => !ACRONYM_LETTERLESS_WORDS.has(word));
    if (kept.some((word) => !/^[a-z]/u.test(word))) continue;
    if (spellsByPrefixes(kept, foldWord(acronym)))
      return [opening, ...words.slice(first + 1)].join(" ").replace(/[,;:]$/u, "");
  }
  return null;
}

// Whether the acronym is the words' first letters, each word giving one letter or more, in order.
function spellsByPrefixes(words: readonly string[], acronym: string): boolean {
  if (words.length === 0) return acronym.length === 0;
  const [word, ...rest] = words;
  for (let take = 1; take <= Math.min(word!.length, acronym.length); take++) {
    if (word!.slice(0, take) !== acronym.slice(0, take)) return false;
    if (spellsByPrefixes(rest, acronym.slice(take))) return true;
  }
  return false;
}

// "Centre spatial de la Sarlène – Par décret, X est nommé président du CSS": an item headed by a name
const ITEM_HEAD = /^([^–—:]{4,80}?)\s[–—:]\s/u;

// "Le conseil d'administration de l'Olympique a élu X président": a club or a house named in full
// earlier in the paragraph, with its article ("L'Olympique de Castelrieu", "Le Stade castelrivois"),
// is named again by its head word alone; the full name, without the article, is the employer. The
// article is capitalised there (the name opens the sentence or owns it): "à l'Hyperval de Montcassin"
// is a store of the chain, not another name of it.
const SHORT_REFERENCE = /^(?:L['’]|Le |La )?(\p{Lu}[\p{L}-]+)$/u;

const FULL_NAME_ARTICLES = ["L'", "L’", "Le ", "La "];

function useFullNameOfShortReference(move: NotedMove): void {
  const head = SHORT_REFERENCE.exec(move.company)?.[1];
  if (!head) return;
  // no full name without its article before the head: no pattern to compile then (one for nearly
  // every one-word employer cost about 1 % of the parse thread in bench:import)
  if (!FULL_NAME_ARTICLES.some((article) => move.paragraph.includes(`${article}${head}`))) return;
  const escaped = escapeRegExp(head);
  const full = compiledPattern(
    `(?<![\\p{L}])(?:L['’]|Le |La )${escaped}((?: (?:de la |de l['’]|du |des |de |d['’])\\p{Lu}[\\p{L}-]*)|(?: \\p{Ll}+(?:ois|oise|ais|aise|ien|ienne|ain|aine)s?))(?![\\p{L}])`,
    "gu",
  );
  const names = new Set(allMatches(move.paragraph, full).map((match) => `${head}${match[1]}`));
  if (names.size === 1) move.company = [...names][0]!;
}

// "Le marché d'intérêt national de Brenval a un nouveau directeur … Au MIN toujours, X est nommé
// …": the paragraph wrote the name out before it shortened it, without a parenthesis. Lower-case
// words spelling the letters are a common phrase unless a place names one body by them ("de
// Brenval"), which then belongs to the name; only one such name in the paragraph, and an acronym of
// three letters or more (two letters match too many phrases).
const PLACE_OF_NAME = /^\s+(?:de la |de l['’]|du |des |de |d['’])\s*\p{Lu}[\p{L}'’-]*/u;

function nameSpeltOutBefore(paragraph: string, acronym: string): string | null {
  if (acronym.length < 3) return null;
  const at = compiledPattern(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, "u").exec(paragraph)?.index ?? -1;
  if (at <= 0) return null;
  const before = paragraph.slice(0, at);
  const names = new Map<string, string>();
  for (const name of namesWithInitials(before, acronym, true)) {
    const end = before.indexOf(name) + name.length;
    const place = PLACE_OF_NAME.exec(before.slice(end))?.[0];
    if (place) names.set(companyKey(name + place), (name + place).replace(/\s+/gu, " "));
    else if (/^\p{Lu}/u.test(name)) names.set(companyKey(name), name);
  }
  return names.size === 1 ? [...names.values()][0]! : null;
}

// "Isabelle Roy est nommée directrice de l'École nationale supérieure d'architecture de Plessac. …
// Nomination de X au conseil de l'Ensa de Plessac": a body named in full once is then called by its
// acronym and the same place, written as a word ("Ensa") or in capitals. The employer read so is the
// full name, when the issue writes exactly one capitalised name before that place whose initials
// spell the acronym.
const ACRONYM_AND_PLACE =
  /^(\p{Lu}[\p{L}]{2,7})(\s+(?:de la |de l['’]|du |des |de |d['’])\s*\p{Lu}[\p{L}'’-]*)$/u;

function useFullNameOfAcronymWithPlace(move: NotedMove, issueText: string): void {
  const parts = ACRONYM_AND_PLACE.exec(move.company);
  if (!parts) return;
  const [, acronym, place] = parts as unknown as [string, string, string];
  if (isFrenchWord(acronym.toLowerCase()) || PLACES.has(foldWord(acronym))) return;
  const names = new Map<string, string>();
  for (let at = issueText.indexOf(place); at >= 0; at = issueText.indexOf(place, at + 1)) {
    if (/[\p{L}'’-]/u.test(issueText.charAt(at + place.length))) continue;
    const name = nameBeforeAcronym(issueText, at, acronym);
    if (!name || companyKey(name) === companyKey(acronym)) continue;
    const full = `${name}${place}`;
    names.set(companyKey(full), full);
  }
  if (names.size !== 1) return;
  move.company = [...names.values()][0]!;
  move.reasons.push(note(NOTES.companyNamedByAcronymAndPlace));
}

// "Le directeur adjoint des Calèmes, X, … Y lui succède": a body the issue names in full elsewhere
// ("le Parc national des Calèmes") is named by its place alone once the reader knows it. A place
// read as the employer after a title and the same link ("des") is that body, when the issue writes
// exactly one institution's name ending on that link and place.
const BARE_PLACE_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

// The link words the place must follow for `linked` below to match: tried at each place the
// paragraph writes the name, before the pattern around the name is compiled and run.
const LINK_BEFORE_PLACE = /(?:de la |de l['’]|du |des |de |d['’])\s*$/u;

function followsALink(paragraph: string, name: string): boolean {
  for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + 1))
    if (LINK_BEFORE_PLACE.test(paragraph.slice(0, at))) return true;
  return false;
}

function useInstitutionNamedByItsPlace(move: NotedMove, issueText: string): void {
  if (!BARE_PLACE_NAME.test(move.company) || !followsALink(move.paragraph, move.company)) return;
  // a name is recorded below only from a match whose head is an institution's; where the issue
  // writes none before the place after any link, no pattern is compiled (words-before.ts)
  if (!mayNameAnInstitutionBefore(issueText, move.company)) return;
  const place = escapeRegExp(move.company);
  const linked = compiledPattern(
    `(\\p{Ll}[\\p{L}'’-]*)\\s+(de la |de l['’]|du |des |de |d['’])\\s*${place}(?![\\p{L}])`,
    "u",
  ).exec(move.paragraph);
  if (!linked) return;
  // "Le groupement de défense sanitaire apicole du Vézannais a porté à sa présidence X": the paragraph
  // names its own body before the place, not a title; only that body, capitalised elsewhere, is it
  const before = foldWord(linked[1]!);
  const ownBody = !ROLE_WORDS.has(before) && !OFFICE_HEAD_NOUNS.has(before);
  const link = linked[2]!;
  // the pattern below holds " {link}{place}" as written: an issue without it names no such body
  if (!issueText.includes(` ${link}${move.company}`)) return;
  const full = compiledPattern(
    `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*)((?: \\p{Ll}[\\p{Ll}-]*){0,3}) ${escapeRegExp(link)}${place}(?![\\p{L}'’-])`,
    "gu",
  );
  const names = new Map<string, string>();
  for (const match of allMatches(issueText, full)) {
    if (!isInstitutionOrPlaceHead(foldWord(match[1]!))) continue;
    if (ownBody && !move.paragraph.toLowerCase().includes(match[0].toLowerCase())) continue;
    names.set(companyKey(match[0]), match[0]);
  }
  if (names.size === 1) move.company = [...names.values()][0]!;
}

// "cofondatrice de la brasserie La Mouette Ivre. La Mouette Ivre recrute …", "le cinéma associatif
// L'Écran d'Aurimont recrute …", "l'enseigne Au Panier Frais": an article capitalised after a
// lower-case word, in the middle of a sentence, is the name's own; the name read without it (an
// article opening a sentence is taken for the sentence's) takes it back. "Chez Les Gros-Gris …"
// opening a sentence owns its article too ("chez les" would be grammar). The paragraph is looked at
// first, then the issue: "Les Sorbets d'Aurigny recrute X" opens its item, and another item says
// "elle était chez Les Sorbets d'Aurigny". A house left is written the same way ("elle vient de
// L'Union Nautique de Vézère").
const OWN_ARTICLE_BEFORE =
  /(?<=(?<![\p{L}])(\p{Ll}[\p{L}'’-]*|Chez)[ \t\u00a0]+)(Le |La |Les |L['’]|Au |Aux )$/u;

const OWN_ARTICLES = ["Le ", "La ", "Les ", "L'", "L’", "Au ", "Aux "];

// An English sentence copies a French name with whatever article it found ("she ran the trekking
// department of Les Écuries des Ajoncs" where the French items say "des Écuries des Ajoncs"): after an
// English word the capital is the name's own only if no French mention says the article is grammar.
const ENGLISH_BEFORE_ARTICLE = new Set(["of", "at", "from", "joins", "joined", "left", "leaves", "former"]);
const GRAMMAR_ARTICLE_BEFORE = /(?<![\p{L}])(?:la|le|les|l['’]|du|des|au|aux)[ \t\u00a0]*$/u;

function withOwnArticle(name: string, paragraph: string, issueText: string): string {
  if (!/^\p{Lu}/u.test(name) || /^(?:Le|La|Les|L['’]|Au|Aux)(?:\s|(?<=['’]))/u.test(name)) return name;
  let grammarElsewhere: boolean | null = null;
  for (const text of [paragraph, issueText]) {
    // no article before the name anywhere: no pattern to compile (as in useFullNameOfShortReference)
    if (!OWN_ARTICLES.some((article) => text.includes(`${article}${name}`))) continue;
    const pattern = compiledPattern(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
    for (const match of allMatches(text, pattern)) {
      const article = OWN_ARTICLE_BEFORE.exec(text.slice(Math.max(0, match.index - 60), match.index));
      if (!article) continue;
      if (ENGLISH_BEFORE_ARTICLE.has(article[1]!)) {
        grammarElsewhere ??= allMatches(issueText, pattern).some((other) =>
          GRAMMAR_ARTICLE_BEFORE.test(issueText.slice(Math.max(0, other.index - 20), other.index)),
        );
        if (grammarElsewhere) continue;
      }
      return `${article[2]!}${name}`;
    }
  }
  return name;
}

function keepOwnArticle(move: NotedMove, issueText: string): void {
  move.company = withOwnArticle(move.company, move.paragraph, issueText);
  move.previous_companies = move.previous_companies.map((name) =>
    withOwnArticle(name, move.paragraph, issueText),
  );
}

// "chez SGP (Société de gestion des patinoires)": the employer and the houses left, read as the
// acronym alone, are the name the parenthesis spells out (acronym-expansions.ts); a tail of that name
// read as a house of its own ("Lot" from "(Base nautique du Lot)") goes with it.
function useExpansionOfAcronym(move: NotedMove, expansions: ReadonlyMap<string, string>): void {
  if (expansions.size === 0) return;
  move.company = expansions.get(companyKey(move.company)) ?? move.company;
  const spelt = move.previous_companies.map((name) => expansions.get(companyKey(name)) ?? name);
  move.previous_companies = withoutFragments(
    spelt.filter((name, at) => spelt.findIndex((other) => companyKey(other) === companyKey(name)) === at),
    move.company,
  );
}

function useNameBeforeAcronym(move: NotedMove, paragraphs: readonly string[], issueText: string): void {
  const key = companyKey(move.company);
  for (const match of allMatches(move.paragraph, ACRONYM_AFTER_NAME)) {
    const acronym = match[1]!;
    const name = nameBeforeAcronym(move.paragraph, match.index, acronym);
    if (!name) continue;
    const nameKey = companyKey(name);
    if (key === companyKey(acronym) || (nameKey !== key && nameKey.startsWith(`${key} `))) {
      move.company = name;
      return;
    }
  }
  // an acronym alone: the name it stands for, given in the item's head or spelt out with the
  // acronym in another paragraph of the issue ("Centre national de recherche appliquée (CNRA)")
  const acronym = move.company;
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return;
  // "la filiale fret de la SNTL, SNTL Fret": a longer name built on the acronym makes it ambiguous
  if (compiledPattern(`(?<![\\p{L}])${acronym}\\s+\\p{Lu}`, "u").test(move.paragraph)) return;
  const head = ITEM_HEAD.exec(move.paragraph)?.[1]?.trim();
  if (head && nameBeforeAcronym(head, head.length, acronym) === head) {
    move.company = head;
    return;
  }
  const spelt = nameSpeltOutBefore(move.paragraph, acronym);
  if (spelt) {
    move.company = spelt;
    return;
  }
  // the issue's other text last: a headline ("Droits d'auteur : la Société des droits musicaux
  // (SODM) renoue avec l'excédent") spells out what the moves section only abbreviates
  if (!issueText.includes(`(${acronym})`)) return;
  for (const paragraph of [...paragraphs, issueText])
    for (const match of allMatches(paragraph, ACRONYM_AFTER_NAME)) {
      const name = match[1] === acronym ? nameBeforeAcronym(paragraph, match.index, acronym) : null;
      if (name) {
        move.company = name;
        return;
      }
    }
}

// A previous employer given by its acronym ("ex-ASA", "passé par le CNEO", "chez ENF") is the name
// it stands for, spelt out in the issue ("l'Autorité de sûreté atomique (ASA)") or written out
// somewhere with those initials ("Fédération française de pelote et de paume" for FFPP); an
// acronym of an employer already listed ("l'agence régionale de santé des Hautes-Garrigues, l'ARS
// voisine") is that employer again.
function usePreviousNamesBeforeAcronyms(move: NotedMove, issueText: string): void {
  const names = move.previous_companies.map((name) => {
    if (!/^\p{Lu}{2,8}$/u.test(name)) return name;
    if (compiledPattern(`(?<![\\p{L}])${name}\\s+\\p{Lu}`, "u").test(move.paragraph)) return name;
    for (const match of allMatches(issueText, ACRONYM_AFTER_NAME)) {
      const spelt = match[1] === name ? nameBeforeAcronym(issueText, match.index, name) : null;
      if (spelt) return spelt;
    }
    const written = new Set(namesWithInitials(issueText, name).map(companyKey));
    return written.size === 1 ? namesWithInitials(issueText, name)[0]! : name;
  });
  move.previous_companies = [...new Map(names.map((name) => [companyKey(name), name])).values()].filter(
    (name) =>
      !/^\p{Lu}{2,8}$/u.test(name) ||
      !names.some(
        (other) => other !== name && namesWithInitials(other, name, true).some((n) => other.startsWith(n)),
      ),
  );
}

// The common noun right after the role's first whole-word occurrence followed by "de la", "de l'",
// "du" ("directeur de la caisse" → "caisse"). Found where the role stands (indexOf) with two
// patterns built once: compiling a pattern around each move's role was the parser's costliest step
// (14 % of its CPU profile on the bench's issues and the fixtures); the matches are the same.
const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;
const NOUN_AFTER_ROLE = /\s+(?:de la|de l['’]|du)\s*(\p{Ll}+)(?![\p{L}])/uy;

function nounAfterRole(paragraph: string, role: string): string | null {
  const next = (at: number) => (at >= paragraph.length ? -1 : paragraph.indexOf(role, at + 1));
  for (let at = paragraph.indexOf(role); at >= 0; at = next(at)) {
    NO_LETTER_BEFORE.lastIndex = at;
    if (!NO_LETTER_BEFORE.test(paragraph)) continue;
    NOUN_AFTER_ROLE.lastIndex = at + role.length;
    const noun = NOUN_AFTER_ROLE.exec(paragraph)?.[1];
    if (noun !== undefined) return noun;
  }
  return null;
}

// "X accueille un nouveau directeur général, Y. Il remplace Z, nommé directeur général de l'agence
// régionale de santé": the title followed by a house is then Z's new post, told in Z's own clause;
// the house Z moves to is no employer of the one who takes Z's place, nor of another mover with that title
function holdsThatPost(other: NotedMove, move: NotedMove): boolean {
  if (other === move || other.person === move.person) return false;
  return other.person === move.predecessor || foldWord(other.role) === foldWord(move.role);
}

// "Mme Martine Faure, directrice de la Caisse régionale … (CRAS), rejoint l'Agence … M. Yannick Le
// Goff, jusqu'ici son adjoint, est nommé directeur de la caisse": a common noun after the title
// points back to the institution of that name in the paragraph, not to the paragraph's employer.
const TITLE_LINKS = ["de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"];

function followEmployerNoun(move: NotedMove, moves: NotedMove[]): void {
  const pointed = nounAfterRole(move.paragraph, move.role);
  if (pointed === null) return;
  const noun = foldWord(pointed);
  // "directeur général du centre hospitalier universitaire de Valmont": the noun opens the name read
  if (foldWord(move.company.split(/\s+/)[0] ?? "") === noun) return;
  // "Est proposé au poste de directeur de la Maison des vins de X : Y, actuel adjoint au directeur de
  // l'office de tourisme de Z": the title written with the employer read names it; the noun after
  // another of its mentions is someone else's house
  if (TITLE_LINKS.some((link) => move.paragraph.includes(`${move.role} ${link}${move.company}`))) return;
  const named = [
    ...allMatches(move.paragraph, ACRONYM_AFTER_NAME).map((m) =>
      nameBeforeAcronym(move.paragraph, m.index, m[1]!),
    ),
    ...moves
      // a person named in passing (clause-move.ts PASSING_SHAPES) leaves for a house the item does
      // not speak of: "associé de l'agence" is not the "Agence spatiale belge" a predecessor joins
      .filter(
        (other) => other.paragraph_index === move.paragraph_index && !PASSING_SHAPES.has(other.shape ?? ""),
      )
      .flatMap((other) => [
        ...(holdsThatPost(other, move) ? [] : [other.company]),
        ...other.previous_companies,
      ]),
  ];
  const match = named.find(
    (name) =>
      name && foldWord(name.split(/\s+/)[0] ?? "") === noun && companyKey(name) !== companyKey(move.company),
  );
  if (match) move.company = match;
}

// "[Nomination] Chez Brasserie Ormand, …": a tag before the item is no part of its text, nor a bullet
// before a "Chez C," opener ("◆ Chez Injectal, X est promu …": with the bullet, the opener was not
// read and a mover whose first name the parser does not know gave no record). Other bullets stay: the
// item-head readers (implicit-company.ts, the slot reader) read "→ La foodtech C annonce …" with its
// bullet. "NEOPRIM — Hugo Lambert …": an employer in capitals before a dash heads the item like
// "Chez Neoprim, …".
// "» Agence Alcor — L'agence accueille X …", "◼ Talvia — La jeune pousse …": a bulleted item headed
// by an employer's whole name before a dash, whose text then names it by a description, is told at
// that employer, as "Chez C, …" is (an item that opens on a person keeps its heading as it was)
const BULLETED_HEADING = /^\s*[»◼•◆◇▪■□►▸*·]\s+([\p{Lu}\p{N}][^–—:.,;()]{1,50}?)\s+[—–]\s+(?=\p{Lu})/u;
const BULLET_BEFORE_CHEZ = /^\s*[•◆◇▪■□►▸→*·–—-]\s+(?=Chez\s)/u;

function withoutItemTag(paragraph: string): string {
  const text = paragraph.replace(BULLET_BEFORE_CHEZ, "").replace(/^\s*\[[^\]]{1,30}\]\s*/u, "");
  const headed = BULLETED_HEADING.exec(text);
  const heading = headed && readCompanyAfter(headed[1]!, 0);
  if (headed && heading && heading.text === headed[1]!.trim()) {
    const rest = text.slice(headed[0].length);
    const article = /^(?:Le|La|Les|L['’]|Son|Sa|Ses|Ce|Cet|Cette)(?=\s|(?<=['’])\p{L})/u.exec(rest);
    if (article) return `Chez ${heading.text}, ${article[0].toLowerCase()}${rest.slice(article[0].length)}`;
  }
  return text.replace(
    /^\s*([\p{Lu}\p{N}][\p{Lu}\p{N}&'’ -]{1,40}?)\s+[—–]\s+(?=\p{Lu})/u,
    (_, company: string) => (company.trim().split(/\s+/).length <= 4 ? `Chez ${company.trim()}, ` : _),
  );
}

// "nommé directeur général de la filiale espagnole du groupe, Musicorama Iberia", "general
// manager of the French cooperage, Tonnellerie Oakridge France": a title that ends on a house
// described by its kind is held at the house named in apposition after it; the house the record
// read before is then the one left.
const DESCRIBED_HOUSE_ENDING =
  /^(.+?)\s+(?:de la|du|de sa|de son|of the|of its)\s+((?:(?:new|nouvelle)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:filiale|holding|branche|succursale|coentreprise|subsidiary|business|cooperage|division)(?:\s+(?:d['’]|de\s+)?[\p{Ll}-]+){0,3})$/u;

function useSubsidiaryNamedAfterRole(move: NotedMove): void {
  const ending = DESCRIBED_HOUSE_ENDING.exec(move.role);
  if (!ending) return;
  // ("prend la direction générale de sa filiale de nettoyage industriel, C": the title is
  // rebuilt, the house's description is as written)
  const described = ending[2]!;
  const at = move.paragraph.indexOf(described);
  if (at < 0) return;
  const after = /^(?:\s+(?:du groupe|of the group|du groupe \p{Lu}[\p{L}-]*))?\s*,\s*/u.exec(
    move.paragraph.slice(at + described.length),
  );
  if (!after) return;
  const from = at + described.length + after[0].length;
  const house = readCompanyRun(move.paragraph, from);
  if (!house || house.start !== from || companyKey(house.text) === companyKey(move.company)) return;
  if (!/^\s*(?:[.;,)]|$)/u.test(move.paragraph.slice(house.end))) return;
  const left = move.company;
  move.company = house.text;
  move.role = ending[1]!;
  if (!move.previous_companies.some((name) => companyKey(name) === companyKey(left)))
    move.previous_companies = [left, ...move.previous_companies];
  move.reasons.push(note(NOTES.companyFromSubsidiaryAfterTitle));
}

// "Côte d'Azur" read from "l'Open de Nice Côte d'Azur", "Normandie-Ouest" from the new employer
// "Établissement public foncier de Normandie-Ouest": a tail of a longer name is no employer; nor
// is a common noun heading a longer previous employer ("Institut" read as the object of
// "quittait la direction de l'Institut supérieur de gestion de l'Olme"; "Prévalis" beside its
// subsidiary "Prévalis Santé" is an employer of its own).
// "le groupe de BTP Bâtirex", "l'ESN Capvia", "l'éditeur de logiciels RH Recrutalis", "la SCP
// Kerbrat et Associés": a sector's or a legal form's initials before a name describe the house
const SECTOR_INITIALS =
  /^(?:BTP|ESN|SSII|RH|ONG|PME|ETI|SAS|SASU|SARL|SCP|SELARL|SA)\s+(?=\p{Lu}[\p{Ll}'’])/u;

function withoutFragments(previous: string[], company: string): string[] {
  previous = [...new Set(previous.map((name) => name.replace(SECTOR_INITIALS, "")))];
  const tail = (name: string, of: string) =>
    name.length < of.length && companyKey(of).endsWith(` ${companyKey(name)}`);
  const head = (name: string, of: string) =>
    !/\s/u.test(name) && isFrenchWord(name) && companyKey(of).startsWith(`${companyKey(name)} `);
  return previous.filter(
    (name) =>
      ![company, ...previous].some((other) => tail(name, other)) &&
      !previous.some((other) => head(name, other)),
  );
}

export interface ParseOptions {
  /** What the directory knows (gazetteer.ts); without it the parser reads the text alone. */
  gazetteer?: Gazetteer;
  /**
   * When given, receives each record's cell (reading-cells.ts cellKeyOf), for measuring how
   * often each kind of reading is right (test/unit/parse/train-reading-reliability.ts).
   */
  readingCells?: Map<ParsedMove, string>;
}

// The directory's knowledge: a known alias maps to its company, a known name wins the boundary
// the clause drew, and a known person's current employer is one they left when they move on.
function useKnownNames(move: NotedMove, gazetteer: Gazetteer): void {
  const known =
    knownCompany(gazetteer, move.company) ?? knownBoundary(gazetteer, move.paragraph, move.company);
  if (known && known !== move.company) {
    move.company = known;
    move.reasons.push(note(NOTES.companyBoundaryFromDirectory));
  }
  move.previous_companies = move.previous_companies.map(
    (name) => knownCompany(gazetteer, name) ?? knownBoundary(gazetteer, move.paragraph, name) ?? name,
  );
  const current = gazetteer.employerOf.get(personKey(move.person));
  const same = (a: string, b: string) => companyKey(a) === companyKey(b);
  if (current && !same(current, move.company) && !move.previous_companies.some((n) => same(n, current)))
    move.previous_companies.push(current);
}

// Only a feminine first name the lexicon knows decides: a title said once for several people ("au
// rang d'associé : Ariane …, Pierre …") agrees with each of them. The lexicon's other first names are
// not all masculine ("Nour", "Yuki"), so they leave the title as the text wrote it.
function moverIsFeminine(name: string): true | null {
  return hasFeminineFirstName({ name }) ? true : null;
}

export function parseIssueText(text: string, meta: IssueMeta = {}, options: ParseOptions = {}): ParsedIssue {
  const gazetteer = options.gazetteer ?? EMPTY_GAZETTEER;
  const cleaned = cleanText(typeof text === "string" ? text : "");
  const section = findMouvementsSection(cleaned);
  const moves: NotedMove[] = [];
  // the records the slot reader added for movers no sentence pattern read (slot-reader.ts)
  const readBySlots = new Set<NotedMove>();
  // who the paragraphs are about, read in order: a portrait's name line, "lui succède" (topic-person.ts)
  const discourse = newDiscourse();
  section.paragraphs.forEach((paragraph, paragraph_index) => {
    // a record of a field layout is read on the sentences its fields make (field-layouts.ts); any
    // other paragraph as the paragraphs before it leave it (topic-person.ts)
    // "Parcours : 2009-2015 : A ; 2015-2019 : B" tells the mover's past, never a move (career-lines.ts)
    const careers = findCareerLines(paragraph);
    // "Changement de cap pour X : la directrice … rejoint C" is read as "X, directrice …, rejoint C" (topic-lead.ts)
    const told = withTopicSubject(
      withChezOpening(careers.length > 0 ? withoutCareerLines(paragraph, careers) : paragraph),
    );
    const record = readFieldRecord(told);
    // a quoted first-person post with its author named is read as its author's move, told in the
    // third person (first-person-posts.ts)
    const post = record ? null : readFirstPersonPost(told);
    // a verbless headline over a body that speaks of its person ("Arrivée de X chez C" + "Venue de
    // D, elle y occupera le poste de R"), told as the sentence it stands for (headline-body.ts); its
    // headline names the person, so it is no portrait's name line to the discourse
    const overBody =
      record || post ? null : (headlineBodySentence(told.replace(/\n/gu, " ")) ?? newsHeadlineSentence(told));
    const read = record || post || overBody ? { text: told, topic: null } : inDiscourse(told, discourse);
    // a mercato line is read without its label, and a departure's line gives no move (mercato-lines.ts)
    const mercato = readMercatoLine(read.text);
    const untagged = withoutItemTag(mercato?.text ?? read.text);
    const headline =
      record || post ? null : (overBody ?? headlineBodySentence(untagged) ?? headlineItemSentence(untagged));
    // an interview's lead, post first ("Directrice de C depuis mai, X a dirigé …"), told as the
    // appointment it stands for (interview-chapo.ts)
    const chapo = record || post || headline ? null : chapoSentences(untagged);
    // under a board's heading ("Ligue X : le nouveau bureau"), the body it names heads each item,
    // as an item's own heading would, for the officers told by their title alone (section.ts)
    const reading = headline ?? chapo?.text ?? untagged;
    const text = record
      ? fieldRecordText(record)
      : post
        ? post.sentences
        : section.board
          ? `${section.board}. ${reading}`
          : reading;
    // a row of a post held ad interim, or one the comment says is a departure, is no move
    const noMove = (record !== null && recordTellsNoMove(record)) || readDepartureLine(read.text) !== null;
    const drafts = noMove ? [] : extractParagraphMoves(text);
    if (chapo)
      for (const draft of drafts)
        if (personKey(draft.person) === personKey(chapo.person)) {
          draft.reasons.push(note(NOTES.readFromChapo));
          // the house the main clause says the person comes from, when the careers grammar read none
          if (
            chapo.previous &&
            draft.previous_companies.length === 0 &&
            companyKey(chapo.previous) !== companyKey(draft.company)
          ) {
            draft.previous_companies = [chapo.previous];
            draft.kind = "joined";
          }
        }
    let bySlots = noMove ? [] : readMissedMovers(text, drafts);
    if (record) for (const draft of [...drafts, ...bySlots]) settleFieldMove(draft, record);
    if (post) {
      settlePostMoves(drafts, post);
      settlePostMoves(bySlots, post);
    }
    // the paragraph was about its name line's person, its post's signer, or its first mover
    discourse.previous =
      read.topic ??
      readSignature(paragraph)?.signer.name ??
      drafts[0]?.person ??
      bySlots[0]?.person ??
      findPersonMentions(text).find(isConfidentPerson)?.name ??
      null;
    // a successor told from the departure side ("Son poste est repris par X", "C'est X qui lui
    // succède"): the post and house of the person who left (taken-over-post.ts)
    // (a successor the slot reader titled from the one replaced's post is left to that reader, which
    // reads the sentence's own shape: its record gives way)
    const inherited = (draft: DraftMove) =>
      draft.reasons.some((reason) => reason.kind === NOTES.postFromOneReplaced);
    if (!noMove) {
      const takenOver = readTakenOverPosts(
        text,
        [...drafts, ...bySlots.filter((draft) => !inherited(draft))],
        moves,
        section.paragraphs[paragraph_index - 1] ?? "",
      );
      for (const post of takenOver)
        drafts.push({
          ...post,
          reasons: [note(NOTES.postTakenOver)],
          position: text.length,
          shape: "post taken over",
        });
      const taken = new Set(takenOver.map((post) => personKey(post.person)));
      bySlots = bySlots.filter((draft) => !(inherited(draft) && taken.has(personKey(draft.person))));
    }
    // a successor the employer names with the one replaced ("C remplace X par Y", "C la remplace par
    // Y", "la succession revient à Y"), X's move often told items before (employer-successions.ts)
    if (!noMove)
      for (const { guessed, row, ...succession } of readEmployerSuccessions(
        text,
        [...drafts, ...bySlots],
        moves,
        section.paragraphs[paragraph_index - 1] ?? "",
      ))
        drafts.push({
          ...succession,
          reasons: guessed
            ? [note(NOTES.postTakenOver), note(NOTES.postGuessedFromNewPost)]
            : [note(NOTES.postTakenOver)],
          position: text.length,
          shape: row,
        });
    // a predecessor who moves on comes from the successor's house, whichever reader read either
    addEmployersLeftBehind([...drafts, ...bySlots], text, bySlots);
    applyCareerLines([...drafts, ...bySlots], careers, read.topic, text);
    addRespectivePredecessors([...drafts, ...bySlots], text);
    // "(promotion)" after an item, "Tous deux promus", "Trois promotions internes chez C :"
    applyPromotionLabels([...drafts, ...bySlots], paragraph);
    for (const draft of [...drafts, ...bySlots]) {
      // a card's "Fonction : directeur industriel" is the title as the house gives it, whatever the
      // first name says, its words only agreeing with its own head noun ("directrice général" is a
      // slip of the pen); a sentence's title agrees with its mover
      const tidy = tidyRole(draft.role);
      const role = record
        ? agreeTitle(tidy, null)
        : writtenMasculineFor(tidy, draft.person, paragraph)
          ? tidy
          : agreeTitle(tidy, moverIsFeminine(draft.person));
      const { seniority, function: jobFunction } = classifyRole(role);
      const move: NotedMove = {
        person: draft.person,
        company: draft.company,
        role,
        kind: draft.kind,
        seniority,
        function: jobFunction,
        previous_companies: withoutFragments(draft.previous_companies, draft.company),
        predecessor: draft.predecessor,
        confidence: 0,
        reasons: draft.reasons,
        shape: draft.shape,
        paragraph,
        paragraph_index,
      };
      moves.push(move);
      if (bySlots.includes(draft)) readBySlots.add(move);
    }
  });
  const expansions = acronymExpansions(cleaned);
  for (const move of moves) {
    useExpansionOfAcronym(move, expansions);
    useSubsidiaryNamedAfterRole(move);
    dropDescriptorWords(move);
    // "Ateliers Castelmorin' paint-shop manager, X, …": an English plural's possessive mark is no
    // part of the house's name
    move.company = move.company.replace(/(?<=\p{L})['’]$/u, "");
    dropMeetingBeforeHouse(move);
    useCommuneOfItsCouncil(move);
    dropLeadingDescriptor(move);
    useFirstSpelling(move);
    useNameBeforeAcronym(move, section.paragraphs, cleaned);
    useFullNameOfAcronymWithPlace(move, cleaned);
    usePreviousNamesBeforeAcronyms(move, cleaned);
    useFullNameOfShortReference(move);
    useInstitutionNamedByItsPlace(move, cleaned);
    keepOwnArticle(move, cleaned);
  }
  for (const move of moves) followEmployerNoun(move, moves);
  addMercatoPredecessors(section.paragraphs, moves);
  for (const move of moves) {
    const institution = institutionOfPost(move);
    if (!institution) continue;
    Object.assign(move, institution);
    // "Le nouveau directeur des thermes de X, Y, …": the post named in the opening title, read as
    // the one held until now, is the new one once its institution is the employer
    move.previous_companies = move.previous_companies.filter(
      (name) => companyKey(name) !== companyKey(move.company),
    );
  }
  for (const move of moves) {
    const title = titleOfLedHouse(move, move.reasons);
    if (title === null) continue;
    move.role = title;
    Object.assign(move, classifyRole(title));
  }
  for (const move of moves) {
    const role = roleWithoutEmployer(move.role, move.company);
    if (role === move.role) continue;
    move.role = role;
    Object.assign(move, classifyRole(role));
    move.reasons.push(note(NOTES.employerCutFromTitle));
  }
  if (gazetteer !== EMPTY_GAZETTEER) for (const move of moves) useKnownNames(move, gazetteer);
  useFullNamesOfHouses(moves, cleaned);
  settleCompanySpellings(moves, cleaned);
  useIssueSpelling(moves, cleaned);
  useNameWrittenMoreOften(moves, cleaned);

  const seen = new Map<string, NotedMove>();
  const unique = moves.filter((move) => {
    const key = `${personKey(move.person)}|${companyKey(move.company)}`;
    const first = seen.get(key);
    if (first) {
      // the same move told again ("Directrice générale : X, ex-A" then "X succède à Y"): the later
      // telling completes what the first left unsaid
      if (
        first.predecessor === null &&
        move.predecessor !== null &&
        personKey(move.predecessor) !== personKey(first.person)
      ) {
        first.predecessor = move.predecessor;
      }
      return false;
    }
    seen.set(key, move);
    return true;
  });
  pairRespectivePredecessors(unique);
  pairRespectivePastEmployers(unique);
  const sectionText = section.paragraphs.join("\n");
  const cells = new Map<NotedMove, string>();
  for (const move of unique) {
    const known = knownCompany(gazetteer, move.company) !== undefined;
    const knownInParagraph = known ? knownSpansIn(gazetteer, move.paragraph).map((span) => span.company) : [];
    const slotsInParagraph = slotsOfOtherRecords(unique, move);
    const peopleInParagraph = flatMap(
      unique.filter(
        (other) =>
          other !== move &&
          other.paragraph_index === move.paragraph_index &&
          !(other.shape && PASSING_SHAPES.has(other.shape)),
      ),
      (other) => [other.person, other.predecessor ?? ""],
    );
    const subject: DoubtSubject = {
      ...move,
      known,
      knownInParagraph,
      readBySlots: readBySlots.has(move),
      slotsInParagraph,
      peopleInParagraph,
      sectionText,
      issueText: cleaned,
    };
    const doubts = doubtsAbout(subject);
    // A second reading of the person by the slot reader (second-reading.ts), asked only of a record
    // no other doubt holds (it costs a reading of the paragraph): readings_nest compares the two.
    // secondReadingOf returns a reading that nests only after it asked `nests` of it and found it
    // raises no doubt of its own, so the last answer of `nests` tells whether the doubt holds.
    if (doubts.length === 0) {
      const paragraphRecords = unique.filter((other) => other.paragraph_index === move.paragraph_index);
      let nestsLast = false;
      const nests = (reading: SecondReading) =>
        (nestsLast = READINGS_NEST.applies({ ...subject, secondReading: reading }));
      subject.secondReading = secondReadingOf(move, move.paragraph, paragraphRecords, nests);
      if (subject.secondReading !== null && nestsLast) doubts.push(READINGS_NEST);
    }
    for (const doubt of doubts) move.reasons.push(note(doubt));
    move.confidence = confidenceFor(move.reasons);
    // measurement only: the cell of each record, to count how often each kind of reading is right
    if (options.readingCells) cells.set(move, cellKeyOf({ ...subject, headingless: section.headingless }));
  }
  const kept = unique.filter((m) => m.person.trim() && m.company.trim() && m.role.trim());
  // the notes written out as the JSON contract's English reasons
  const finished = kept.map((move): ParsedMove => ({ ...move, reasons: move.reasons.map(noteText) }));
  if (options.readingCells)
    for (const [at, move] of finished.entries()) options.readingCells.set(move, cells.get(kept[at]!)!);

  return {
    title: meta.title ?? null,
    published_on: meta.published_on ?? null,
    section_found: section.found,
    moves: finished,
    paragraphs: section.paragraphs,
    // no section found: what reads like a move anywhere in the issue is still shown to an editor
    unread: section.found
      ? unreadInReadingOrder(cleaned, section.paragraphs, kept)
      : findOutsideSectionParagraphs(issueParagraphs(cleaned)),
  };
}

/**
 * An issue's unread paragraphs as a reader meets them: those before the section, the section's
 * own, those after it. They are stored in this order, and the review queue lists them so.
 */
function unreadInReadingOrder(cleaned: string, sectionParagraphs: string[], kept: NotedMove[]) {
  const beside = findBesideSectionParagraphs(issueParagraphs(cleaned), sectionParagraphs);
  return [...beside.beforeSection, ...findUnreadParagraphs(sectionParagraphs, kept), ...beside.afterSection];
}
