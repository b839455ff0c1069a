// Candidate confidence signals (issue 13 item 4), measured by test/unit/parse/confidence-candidates.ts
// before any is switched on. Each asks a structural question of a finished record rather than naming
// a shape seen wrong once: does a second, independent reader agree; does the record leave words of
// its clause unread; are the employer and the title of the form a name and a title take. A
// candidate becomes a doubt (doubts.ts) only if it catches wrong records on a blind round it was
// not designed on at a good ratio and holds back few right records on the development corpora.

import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import {
  companyKeepsAnArticle,
  fieldRunsPastItsText,
  ROLE_BARE_ARTICLE,
  ROLE_POINTS_BACK,
  readingDifferences,
} from "./doubts.ts";
import { isFrenchWord } from "./french-words.ts";
import { COMPANY_DESCRIPTORS, EMPLOYER_NOUNS, FIRST_NAMES, foldWord, MOVE_SIGNAL } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import { NOTES, type Note, type NoteKind, noteText } from "./notes.ts";
import { companyNotAfterIntroducer } from "./reading-cells.ts";
import { type ReadRecord, secondReadingOf } from "./second-reading.ts";
import type { ParsedMove } from "./types.ts";
import {
  type RecordSlots,
  roleHeadOutsideLexicon,
  sentenceNaming,
  wordsLeftBetweenSlots,
} from "./unread-words.ts";

export interface CandidateSubject extends RecordSlots {
  reasons?: readonly Note[];
  kind?: string;
  /** Every record read from the same paragraph, this one included. */
  paragraphMoves?: readonly ParsedMove[];
  sectionText?: string;
}

export interface Candidate {
  id: string;
  /** What fired, for the verbose listing; empty when the candidate does not fire. */
  fires(record: CandidateSubject): string;
}

const PARTICLES = new Set(
  "de du des d la le les l et en sur sous au aux à a pour of the and for y".split(" "),
);
const squash = (text: string) => companyKey(text).replace(/^(?:le|la|les|l) /u, "");

/** The second reading (second-reading.ts) of the record's person, and how it differs from the record. */
function slotDisagreement(record: CandidateSubject, on: "company" | "role" | "either" | "nested"): string {
  if (!record.paragraph || !record.paragraphMoves) return "";
  const secondReading = secondReadingOf(record as ReadRecord, record.paragraph, record.paragraphMoves);
  const differences = readingDifferences({ ...record, secondReading });
  if (!differences) return "";
  const differs =
    on === "either"
      ? differences.company || differences.role
      : on === "nested"
        ? differences.nested
        : differences[on];
  return differs ? `slots: ${secondReading?.role} | ${secondReading?.company}` : "";
}

/** The first note of one of the kinds (or of none of them, when `others`), as its text. */
const noteOf =
  (kinds: readonly NoteKind[], others = false) =>
  (record: CandidateSubject): string => {
    const found = record.reasons?.find((said) => kinds.includes(said.kind) !== others);
    return found ? noteText(found) : "";
  };
const INFERRED = [NOTES.companyInferredFromEarlierSentence, NOTES.companyInferredFromAnaphor];
const FROM_OPENING_OR_SUBJECT = [NOTES.companyFromSentenceOpening, NOTES.companyFromSentenceSubject];

// Session 9's candidates (issue 13 item 4, the brief's list): English function words in the person's
// sentence; another confident person with a move verb after their name and no record of their own;
// a surname that is a dictionary word; the two broad unread signals crossed with each other.
const ENGLISH_WORDS = new Set(
  "the has have been as of and joins joined appointed named its our we is to with from will who".split(" "),
);
function englishWordsOf(record: CandidateSubject): string[] {
  const sentence = sentenceNaming(record);
  const own = new Set(
    `${record.role} ${record.company}`
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  const found = new Set(
    sentence
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => ENGLISH_WORDS.has(word) && !own.has(word)),
  );
  return [...found];
}

const MOVE_SIGNALS = new RegExp(MOVE_SIGNAL.source, "iu");
function otherMoverWithoutRecord(record: CandidateSubject): string {
  const sentence = sentenceNaming(record);
  const recorded = new Set(
    [record.person, record.predecessor ?? "", ...(record.paragraphMoves ?? []).map((m) => m.person)]
      .filter(Boolean)
      .map((name) => personKey(name)),
  );
  for (const mention of findPersonMentions(sentence).filter(isConfidentPerson)) {
    const key = personKey(mention.name);
    if ([...recorded].some((name) => name === key || name.endsWith(` ${key.split(" ").at(-1)}`))) continue;
    const after = sentence.slice(mention.end, mention.end + 80);
    if (MOVE_SIGNALS.test(after)) return mention.name;
  }
  return "";
}

function surnameIsAWord(record: CandidateSubject): string {
  const words = record.person.trim().split(/\s+/u);
  return words
    .slice(1)
    .filter(
      (word) =>
        word.length >= 4 && /^\p{Lu}/u.test(word) && !FIRST_NAMES.has(foldWord(word)) && isFrenchWord(word),
    )
    .join(" ");
}

// Session 10's candidates (issue 13 item 4), one per family of the wrong records first scores
// published on real3-real14 (test/unit/parse/confidence-loco.ts --rounds judges them).
const at = (haystack: string, needle: string) => haystack.toLowerCase().indexOf(needle.toLowerCase());

// "la joaillière de la place Vendôme Maison Orsenne", "l'éditeur de logiciels RH Payrolia": the
// employer's name follows a lower-case noun that no descriptor list knows, inside a noun phrase
// opened by an article, so where the descriptor ends and the name begins is a guess.
const FUNCTION_WORDS = new Set(
  "le la les l de du des d un une et ou à au aux en par pour sur sous chez avec dans vers que qui dont".split(
    " ",
  ),
);
const DESCRIPTOR_WORDS = new Set([...COMPANY_DESCRIPTORS, ...EMPLOYER_NOUNS].map((word) => foldWord(word)));
export function companyAfterAnUnknownNoun(record: CandidateSubject): string {
  const sentence = sentenceNaming(record);
  const company = record.company.trim();
  const start = at(sentence, company);
  if (start <= 0 || !company) return "";
  const before = sentence.slice(0, start);
  const found =
    /(?:^|\s)(?:le|la|les|l['’]|de|du|des|d['’]|un|une)\s*((?:\p{Ll}[\p{L}-]*\s+){0,3})(\p{Ll}[\p{L}-]{2,})\s+$/u.exec(
      before,
    );
  if (!found) return "";
  const noun = found[2]!;
  if (FUNCTION_WORDS.has(noun) || DESCRIPTOR_WORDS.has(foldWord(noun))) return "";
  return `${noun} ${company}`;
}

// "directeur de la centrale | Sainte-Ysore" from "directeur de la centrale de Sainte-Ysore": the title
// ends on a body's noun and the employer read is one name written right after it, as a place is.
function oneNameAfterTheTitlesBody(record: CandidateSubject): string {
  const company = record.company.trim();
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(company) && !/^(?:la|le|l['’])\s*\p{Lu}[\p{L}'’-]*$/iu.test(company))
    return "";
  const role = record.role.trim();
  if (!/\s(?:de la|du|des|de l['’])\s*\p{Ll}[\p{L}-]+$/u.test(role)) return "";
  const sentence = sentenceNaming(record).toLowerCase();
  const joined = compiledPattern(
    `${escapeRegExp(role.toLowerCase())}\\s+(?:de la |de l['’]|du |des |de |d['’])`,
    "u",
  );
  const found = joined.exec(sentence);
  return found &&
    sentence
      .slice(found.index + found[0].length)
      .startsWith(company.toLowerCase().replace(/^(?:la|le|l['’])\s*/u, ""))
    ? `${role} de ${company}`
    : "";
}

// "présidente par 19 voix sur 30", "partner in its Paris office", "secrétaire général venu du privé":
// a word in the title that opens a complement no title takes (a vote, a place, an origin).
const NO_TITLE_COMPLEMENT =
  /(?<![\p{L}])(?:in|at|to|from|par|venu|venue|depuis|dès|lors|avec|ont|a|est|sera)(?![\p{L}])/u;
function roleTakesANonTitleComplement(record: CandidateSubject): string {
  const rest = record.role
    .trim()
    .split(/\s+/u)
    .slice(1)
    .join(" ")
    .replace(/\bpar intérim\b/gu, "");
  return NO_TITLE_COMPLEMENT.exec(rest)?.[0] ?? "";
}

// Session 21's candidates (issue 13: the wrong records first scores still publish past today's
// doubts), judged over the first scores of real17–real70 beyond today's doubts (wrong caught / right
// held): a title that names a house of its own right after a lower-case noun ("directrice de la
// tannerie Orvault") while another employer was read, 1 / 56; a title of more than eight words,
// 0 / 1; a title holding a verb or a conjunction that opens a clause, 6 / 35. None became a doubt;
// field_runs_past_its_text (22 / 0) did.
export function roleNamesAnotherHouse(record: CandidateSubject): string {
  const found = /(?:^|\s)(\p{Ll}[\p{L}-]{3,})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u.exec(
    record.role,
  );
  if (!found) return "";
  const [, noun, name] = found;
  if (FUNCTION_WORDS.has(noun!) || PARTICLES.has(noun!)) return "";
  return companyKey(record.company).includes(companyKey(name!)) ? "" : `${noun} ${name}`;
}
const CLAUSE_WORDS =
  /(?<![\p{L}])(?:qui|que|dont|où|et|mais|puis|afin|après|avant|lorsque|est|a|sont|ont|sera|était|avait|vient|va|and|who|which|has|will|was)(?![\p{L}])/u;
export function roleRunsLong(record: CandidateSubject): string {
  const words = record.role.trim().split(/\s+/u);
  return words.length > 8 ? `${words.length} words` : "";
}
export function roleHoldsAClauseWord(record: CandidateSubject): string {
  const rest = record.role.trim().split(/\s+/u).slice(1).join(" ");
  return CLAUSE_WORDS.exec(rest)?.[0] ?? "";
}

export const CANDIDATES: readonly Candidate[] = [
  { id: "field_runs_past_its_text", fires: (r) => (fieldRunsPastItsText(r) ? r.company : "") },
  // an employer that is an acronym alone: 7 / 0 on real17–real70's first scores, but the real corpora's
  // labels expand an acronym the issue spells out, and on blind2–blind14, heldout and the seeds it held
  // 27 right records published today for none wrong: not a doubt
  { id: "company_bare_acronym", fires: (r) => (/^\p{Lu}{2,5}$/u.test(r.company.trim()) ? r.company : "") },
  { id: "role_names_another_house", fires: roleNamesAnotherHouse },
  { id: "role_runs_long", fires: roleRunsLong },
  { id: "role_holds_a_clause_word", fires: roleHoldsAClauseWord },
  { id: "company_article_not_press", fires: (r) => (companyKeepsAnArticle(r.company) ? r.company : "") },
  { id: "one_name_after_the_titles_body", fires: oneNameAfterTheTitlesBody },
  { id: "role_non_title_complement", fires: roleTakesANonTitleComplement },
  { id: "company_after_unknown_noun", fires: companyAfterAnUnknownNoun },
  { id: "role_bare_article", fires: (r) => (ROLE_BARE_ARTICLE.applies(r) ? r.role : "") },
  { id: "role_points_back", fires: (r) => (ROLE_POINTS_BACK.applies(r) ? r.role : "") },
  {
    id: "company_opens_with_article",
    fires: (r) => /^(?:L['’]|Le\s|La\s|Les\s)/u.exec(r.company)?.[0] ?? "",
  },
  {
    id: "english_sentence",
    fires: (r) => (englishWordsOf(r).length >= 2 ? englishWordsOf(r).join(" ") : ""),
  },
  { id: "other_mover_no_record", fires: otherMoverWithoutRecord },
  { id: "surname_is_a_word", fires: surnameIsAWord },
  {
    id: "words_between_and_bare_company",
    fires: (r) =>
      companyNotAfterIntroducer(r) && wordsLeftBetweenSlots(r).length > 0
        ? wordsLeftBetweenSlots(r).join(" ")
        : "",
  },
  {
    id: "words_between_two_or_more",
    fires: (r) => (wordsLeftBetweenSlots(r).length >= 2 ? wordsLeftBetweenSlots(r).join(" ") : ""),
  },
  { id: "slots_disagree", fires: (r) => slotDisagreement(r, "either") },
  { id: "slots_disagree_company", fires: (r) => slotDisagreement(r, "company") },
  { id: "slots_disagree_role", fires: (r) => slotDisagreement(r, "role") },
  { id: "slots_disagree_nested", fires: (r) => slotDisagreement(r, "nested") },
  {
    id: "slots_read_nothing",
    fires: (r) =>
      r.paragraph &&
      r.paragraphMoves &&
      secondReadingOf(r as ReadRecord, r.paragraph, r.paragraphMoves) === null
        ? "no slot reading"
        : "",
  },
  { id: "role_head_unknown", fires: (r) => (roleHeadOutsideLexicon(r.role) ? r.role : "") },
  { id: "company_not_after_introducer", fires: (r) => (companyNotAfterIntroducer(r) ? r.company : "") },
  { id: "words_between_slots", fires: (r) => wordsLeftBetweenSlots(r).join(" ") },
  {
    id: "company_not_in_sentence",
    fires: (r) => {
      const sentence = companyKey(sentenceNaming(r));
      return ` ${sentence} `.includes(` ${squash(r.company)} `) ? "" : r.company;
    },
  },
  {
    id: "role_not_in_paragraph",
    fires: (r) => (r.paragraph?.toLowerCase().includes(r.role.toLowerCase().trim()) ? "" : r.role),
  },
  {
    id: "company_lower_case_word",
    fires: (r) =>
      r.company
        .split(/[\s'’]+/u)
        .filter((word) => /^\p{Ll}/u.test(word) && !PARTICLES.has(word))
        .join(" "),
  },
  {
    id: "role_capitalised_word",
    fires: (r) =>
      r.role
        .split(/\s+/u)
        .slice(1)
        .filter((word) => /^\p{Lu}\p{Ll}/u.test(word))
        .join(" "),
  },
  {
    id: "several_people_in_sentence",
    fires: (r) => {
      const people = findPersonMentions(sentenceNaming(r)).filter(isConfidentPerson);
      return people.length > 1 ? people.map((p) => p.name).join(", ") : "";
    },
  },
  {
    id: "company_once_in_issue",
    fires: (r) => {
      if (!r.sectionText) return "";
      const key = squash(r.company);
      const text = ` ${companyKey(r.sectionText)} `;
      return text.split(` ${key} `).length - 1 <= 1 ? r.company : "";
    },
  },
  { id: "note:any", fires: (r) => r.reasons?.map(noteText).join("; ") ?? "" },
  { id: "note:company inferred", fires: noteOf(INFERRED) },
  {
    // the employer taken from an earlier sentence, and no second reading of the person to back it
    id: "inferred_and_no_second_reading",
    fires: (r) =>
      noteOf(INFERRED)(r) &&
      r.paragraph &&
      r.paragraphMoves &&
      secondReadingOf(r as ReadRecord, r.paragraph, r.paragraphMoves) === null
        ? "no slot reading"
        : "",
  },
  {
    id: "note:company from opening/subject",
    fires: noteOf(FROM_OPENING_OR_SUBJECT),
  },
  { id: "note:title before the name", fires: noteOf([NOTES.titleStatedBeforeName]) },
  { id: "note:company spelling differs", fires: noteOf([NOTES.companySpellingDiffers]) },
  { id: "note:list place", fires: noteOf([NOTES.weakName]) },
  {
    id: "note:other",
    fires: noteOf(
      [
        ...INFERRED,
        ...FROM_OPENING_OR_SUBJECT,
        NOTES.titleStatedBeforeName,
        NOTES.companySpellingDiffers,
        NOTES.weakName,
      ],
      true,
    ),
  },
];
