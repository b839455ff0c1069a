// Features of a finished record for a learned confidence (issue 13 item 4): what the parser already
// knows about how it read the record (its reasons: the typed doubts of doubts.ts and the notes of the
// readers), the shape of its fields and of the sentence it came from. Pure: a record in, numbers out.
// test/unit/parse/train-confidence.ts fits a logistic regression on them and measures it leaving one
// corpus group out at a time; README "Confidence" says what it found.

import { DOUBTS } from "./doubts.ts";
import { isFrenchWord } from "./french-words.ts";
import { foldWord, MOVE_SIGNAL, ROLE_WORDS, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions } from "./mentions.ts";
import { personKey } from "./names.ts";
import { NOTES, type NoteKind } from "./notes.ts";
import { notesOfReasons } from "./reason-texts.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";

/** What the features read of a record: the fields of ParsedMove they use. */
export interface ScoredRecord {
  person: string;
  company: string;
  role: string;
  reasons: readonly string[];
  paragraph: string;
  predecessor: string | null;
  previous_companies: readonly string[];
}

// The readers' own notes (notes.ts), grouped as the model has weighed them since it was first fitted.
const TITLE_GENDER_GUESSED_DOUBT = DOUBTS.find((doubt) => doubt.id === "title_gender_guessed")!;
const NOTE_FEATURES: [id: string, kinds: readonly NoteKind[]][] = [
  ["company_guessed", [NOTES.companyGuessedFromParagraph, NOTES.companyGuessedFromItemHeading]],
  ["company_inferred", [NOTES.companyInferredFromEarlierSentence, NOTES.companyInferredFromAnaphor]],
  ["company_from_opening", [NOTES.companyFromSentenceOpening]],
  ["company_from_subject", [NOTES.companyFromSentenceSubject]],
  ["company_from_heading", [NOTES.companyFromSentenceHeading]],
  ["company_from_predecessor", [NOTES.companyFromPredecessorDeparture]],
  ["company_repaired", [NOTES.companyRepaired]],
  ["company_spelling_differs", [NOTES.companySpellingDiffers]],
  ["company_from_directory", [NOTES.companyBoundaryFromDirectory]],
  ["role_not_found", [NOTES.roleNotFoundGuessed, NOTES.roleNotFoundSamePost]],
  ["role_later_sentence", [NOTES.roleFoundLater]],
  ["post_from_predecessor", [NOTES.postFromPredecessorDeparture]],
  ["role_shared_by_list", [NOTES.roleSharedByList]],
  // the feature was fitted on both the reader's note and the doubt of the same words
  ["title_gender_guessed", [NOTES.titleGenderGuessed, TITLE_GENDER_GUESSED_DOUBT]],
  ["title_paraphrased", [NOTES.titleParaphrased, NOTES.titleFromBoardSeat, NOTES.titleFromLeadingVerb]],
  ["title_before_name", [NOTES.titleStatedBeforeName]],
  ["role_names_subsidiary", [NOTES.roleNamesSubsidiary]],
  ["role_not_a_title", [NOTES.roleNotATitle]],
  ["first_name_unknown", [NOTES.firstNameUnknown]],
];
const COUNTED: ReadonlySet<NoteKind> = new Set([...DOUBTS, ...NOTE_FEATURES.flatMap(([, kinds]) => kinds)]);

const MOVE_SIGNALS = new RegExp(MOVE_SIGNAL.source, "giu");
const words = (text: string) => text.trim().split(/\s+/u).filter(Boolean);
const cap = (value: number, max: number) => Math.min(value, max) / max;

function sentenceOf(record: ScoredRecord, paragraph: string): { text: string; start: number } {
  const surname = personKey(record.person).split(" ").at(-1) ?? "";
  const sentence = splitSentences(paragraph).find((s) => personKey(s.text).includes(surname));
  return sentence ?? { text: paragraph, start: 0 };
}

/** The feature names, in the order featuresOf returns them (the model's weights follow it). */
export const FEATURE_NAMES: readonly string[] = [
  "bias",
  ...DOUBTS.map((doubt) => `doubt:${doubt.id}`),
  ...NOTE_FEATURES.map(([id]) => `note:${id}`),
  "other_reasons",
  "company_words",
  "company_one_common_word",
  "company_capitals",
  "company_in_text",
  "role_words",
  "role_head_is_title",
  "role_has_no_title_word",
  "role_in_text",
  "person_capitals",
  "person_words",
  "people_in_sentence",
  "people_in_paragraph",
  "move_verbs_in_sentence",
  "move_verbs_in_paragraph",
  "sentence_length",
  "sentences_in_paragraph",
  "person_position_in_sentence",
  "predecessor",
  "previous_employers",
];

export function featuresOf(record: ScoredRecord): number[] {
  const notes = notesOfReasons(record.reasons);
  const has = (kinds: readonly NoteKind[]) => notes.some((said) => kinds.includes(said.kind));
  const paragraph = maskQuotes(record.paragraph);
  const sentence = sentenceOf(record, paragraph);
  const sentencePeople = findPersonMentions(sentence.text).length;
  const paragraphPeople = splitSentences(paragraph).reduce(
    (sum, s) => sum + findPersonMentions(s.text).length,
    0,
  );
  const companyWords = words(record.company);
  const roleWords = words(record.role);
  const head = foldWord(roleWords[0] ?? "");
  const personAt = sentence.text.toLowerCase().indexOf(record.person.split(/\s+/u)[0]!.toLowerCase());
  const values = [
    1,
    ...DOUBTS.map((doubt) => Number(has([doubt]))),
    ...NOTE_FEATURES.map(([, kinds]) => Number(has(kinds))),
    // a reason no kind writes (an older record's) counts as one no feature weighs
    cap(record.reasons.length - notes.filter((said) => COUNTED.has(said.kind)).length, 3),
    cap(companyWords.length, 6),
    Number(companyWords.length === 1 && isFrenchWord(companyWords[0]!)),
    Number(/^[\p{Lu}\p{N}&\s'’-]+$/u.test(record.company) && /\p{Lu}{2}/u.test(record.company)),
    Number(record.paragraph.includes(record.company)),
    cap(roleWords.length, 12),
    Number(TITLE_HEADS.has(head)),
    Number(!roleWords.some((word) => ROLE_WORDS.has(foldWord(word)))),
    Number(record.paragraph.toLowerCase().includes(record.role.toLowerCase())),
    Number(/\p{Lu}{3,}/u.test(words(record.person).at(-1) ?? "")),
    cap(words(record.person).length, 4),
    cap(sentencePeople, 6),
    cap(paragraphPeople, 12),
    cap(sentence.text.match(MOVE_SIGNALS)?.length ?? 0, 6),
    cap(paragraph.match(MOVE_SIGNALS)?.length ?? 0, 12),
    cap(sentence.text.length, 600),
    cap(splitSentences(paragraph).length, 10),
    personAt < 0 ? 0.5 : personAt / Math.max(1, sentence.text.length),
    Number(record.predecessor !== null),
    cap(record.previous_companies.length, 3),
  ];
  return values;
}
