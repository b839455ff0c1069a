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

// The readers' own notes (paragraph.ts, implicit-company.ts, slot-reader.ts, issue.ts), by prefix.
const NOTES: [id: string, prefix: string][] = [
  ["company_guessed", "company guessed"],
  ["company_inferred", "company inferred"],
  ["company_from_opening", "company taken from sentence opening"],
  ["company_from_subject", "company taken from sentence subject"],
  ["company_from_heading", "company taken from sentence heading"],
  ["company_from_predecessor", "company taken from the predecessor's departure"],
  ["company_repaired", "company repaired to a look-alike"],
  ["company_spelling_differs", "company spelling differs"],
  ["company_from_directory", "company boundary taken from the directory"],
  ["role_not_found", "role not found"],
  ["role_later_sentence", "role found in a later sentence"],
  ["post_from_predecessor", "post taken from the predecessor's departure"],
  ["role_shared_by_list", "role shared by a list"],
  ["title_gender_guessed", "title gender guessed"],
  ["title_paraphrased", "title paraphrased"],
  ["title_before_name", "title stated before the name"],
  ["role_names_subsidiary", "role names a subsidiary"],
  ["role_not_a_title", "role not recognised as a job title"],
  ["first_name_unknown", "first name not recognised"],
];

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
  ...NOTES.map(([id]) => `note:${id}`),
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
  const reasons = record.reasons;
  const has = (prefix: string) => reasons.some((reason) => reason.startsWith(prefix));
  const known = [...DOUBTS.map((d) => d.reason), ...NOTES.map(([, prefix]) => prefix)];
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
    ...DOUBTS.map((doubt) => Number(has(doubt.reason))),
    ...NOTES.map(([, prefix]) => Number(has(prefix))),
    cap(reasons.filter((reason) => !known.some((prefix) => reason.startsWith(prefix))).length, 3),
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
