// A promotion said by a label rather than by the mover's own clause: digests and lists tag the
// item ("C : X, directrice qualité (promotion).", "C — R — X (promotion interne)"), the list as a
// whole ("C : A, R1 ; B, R2 (promotions)", "… Tous deux promus.") or its lead ("Trois promotions
// internes chez C : A devient R1 ; B, R2 ; D, R3", "Promotions à C : A, R1 ; B, R2"). The kind a
// record's own stretch of text gives (kind.ts) never sees a tag after the next name or a lead before
// the first one, so the paragraph's labels are read once its records are: a tag after one item is
// that item's; a plural tag or a lead is every item's. A record that names where its mover comes from
// keeps its kind ("A, R1 (ex-C2) ; B, R2 (promotions)": the tag is B's).

import { escapeRegExp } from "./compiled-pattern.ts";
import type { MoveKind } from "./types.ts";

interface Labelled {
  person: string;
  kind: MoveKind;
  previous_companies: string[];
}

// "(promotion)", "(promotion interne)", "(promu)", "(promue)", ", promue" ending its item: one item's tag
const ITEM_TAG =
  /(?:\(\s*(?:promue?|promotion(?:\s+interne)?|mobilité\s+interne)\s*\)|,\s*promue?(?=\s*(?:[.;•]|$)))/giu;
// "(promotions)", "tous deux promus", "toutes trois promues", "tous promus": the whole list's tag;
// "deux promotions internes chez C", "promotions internes :", "Promotions à C :", "Promotions chez C :":
// its lead
const LIST_TAG =
  /(?:\(\s*promotions(?:\s+internes)?\s*\)|(?<![\p{L}])(?:tou(?:te)?s\s+(?:(?:les\s+)?(?:deux|trois|quatre|cinq)\s+)?promue?s(?![\p{L}]))|(?<![\p{L}])(?:deux|trois|quatre|cinq|\d)\s+promotions(?:\s+internes)?(?![\p{L}])|^[\s•◆▪■►▸*·–—-]*promotions(?:\s+internes)?\s+(?:à|au|aux|chez|au sein d(?:e|u|es|['’]))\s)/iu;

const LABEL_WORD = /prom|mobilit/iu;

/** Where the paragraph names the person, as written or in capitals ("Anne ROY"), or -1. */
function nameAt(paragraph: string, person: string): number {
  const whole = new RegExp(escapeRegExp(person).replace(/\s+/gu, "\\s+"), "iu").exec(paragraph);
  if (whole) return whole.index;
  const surname = person.split(/\s+/u).at(-1) ?? "";
  const found =
    surname.length > 2
      ? new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "iu").exec(paragraph)
      : null;
  return found ? found.index : -1;
}

function sentencesOf(paragraph: string): { text: string; start: number; end: number }[] {
  const sentences: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const end of paragraph.matchAll(/[.!?](?=\s+[\p{Lu}«"]|\s*$)/gu)) {
    sentences.push({ text: paragraph.slice(start, end.index + 1), start, end: end.index + 1 });
    start = end.index + 1;
  }
  if (start < paragraph.length)
    sentences.push({ text: paragraph.slice(start), start, end: paragraph.length });
  return sentences;
}

/** Sets the kind "promoted" on the records of a paragraph its promotion labels cover. */
export function applyPromotionLabels(records: Labelled[], paragraph: string): void {
  if (!records.some((record) => record.previous_companies.length === 0)) return;
  // every tag and lead holds "prom" or "mobilité": a paragraph without either has none, and placing
  // its records (a pattern compiled per name) was most of this reader's cost
  if (!LABEL_WORD.test(paragraph)) return;
  const placed = records
    .map((record) => ({ record, at: nameAt(paragraph, record.person) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  // a list's tag or lead covers the items of its own sentence; a sentence that is the tag alone
  // ("… ; B, R2. Tous deux promus.") the sentence before it. Another sentence of the paragraph may tell
  // another move ("L'union a élu X présidente. Chez C, A et B …, deux promotions internes.")
  const sentences = sentencesOf(paragraph);
  for (const [i, sentence] of sentences.entries()) {
    const tag = LIST_TAG.exec(sentence.text);
    if (!tag) continue;
    const alone = sentence.text.replace(tag[0], "").replace(/[\s.!?;,]+/gu, "").length < 12;
    const covered = alone && i > 0 ? sentences[i - 1]! : sentence;
    for (const { record, at } of placed)
      if (at >= covered.start && at < covered.end && record.previous_companies.length === 0)
        record.kind = "promoted";
  }
  const tags = [...paragraph.matchAll(ITEM_TAG)].map((tag) => tag.index);
  for (const tag of tags) {
    // the tag is the item's whose name comes last before it
    const owner = placed.filter(({ at }) => at < tag).at(-1)?.record;
    if (owner && owner.previous_companies.length === 0) owner.kind = "promoted";
  }
}
