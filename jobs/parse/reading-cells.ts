// The cell of a finished record (issue 13 item 4): the reader that found it (`shape`) and a few facts
// about its sentence, to measure how often each kind of reading is right whatever its confidence.
// test/unit/parse/train-reading-reliability.ts counts right and wrong records per cell and judges,
// by hold-out, a rule that would publish only the records of cells shown reliable; README
// "Publication by measured reliability" says why it is not switched on.

import { MOVE_SIGNAL } from "./lexicon.ts";
import { findPersonMentions } from "./mentions.ts";
import { type RecordSlots, sentenceNaming, wordsLeftBetweenSlots } from "./unread-words.ts";

/** What a cell reads of a finished record. */
export interface ReadingSubject extends RecordSlots {
  shape?: string;
  /** The company is a name the directory knows (gazetteer.ts). */
  known?: boolean;
  /** The moves section was found without a heading (section.ts headinglessRun). */
  headingless?: boolean;
}

// Issue 13 item 4, "a company not known and not after an introducer": a name that opens no
// complement ("chez", "de", "rejoint" …) and does not open the sentence may be a word read as a name.
const INTRODUCER_BEFORE =
  /(?:chez|auprès de|au sein de|rejoint|rejoindra|intègre|intégrera|de|du|des|d['’]|à|au|aux|pour|par|dans|l['’]|la|le|les)\s*$/iu;
export function companyNotAfterIntroducer(record: RecordSlots): boolean {
  const sentence = sentenceNaming(record);
  const at = sentence.indexOf(record.company);
  if (at === 0) return false;
  return at < 0 || !INTRODUCER_BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}

const MOVE_SIGNALS = new RegExp(MOVE_SIGNAL.source, "giu");

/**
 * The record's cell: its reader and the facts about its sentence issue 13 item 4 names as signs of a
 * doubtful reading. Kept few and two-valued, so that each cell gathers enough records to be judged.
 */
export function cellKeyOf(subject: ReadingSubject): string {
  const sentence = sentenceNaming(subject);
  const people = findPersonMentions(sentence).length;
  const verbs = sentence.match(MOVE_SIGNALS)?.length ?? 0;
  return [
    subject.shape ?? "?",
    people <= 1 ? "one person" : "several people",
    wordsLeftBetweenSlots(subject).length === 0 ? "all read" : "words left",
    subject.known || !companyNotAfterIntroducer(subject) ? "company introduced" : "company bare",
    verbs <= 1 ? "one verb" : "several verbs",
    subject.headingless ? "headingless" : "section",
  ].join(" | ");
}
