// A second, independent reading of a record's person (issue 13 item 4): the slot reader
// (slot-reader.ts) reads the paragraph as if the clause patterns had not read this person, so that
// the doubt `readings_nest` (doubts.ts) can compare the two. Kept apart from doubts.ts because the
// slot reader asks the doubts about its own drafts (no import cycle).

import { personKey } from "./names.ts";
import { raisesOwnDoubts, readMissedMovers, type SlotDraft } from "./slot-reader.ts";
import type { MoveKind } from "./types.ts";

/** What the second reading needs of a record read from the paragraph. */
export interface ReadRecord {
  person: string;
  company: string;
  role: string;
  kind: MoveKind;
  previous_companies?: readonly string[];
  predecessor?: string | null;
  shape?: string;
}

/** The two slots the readings are compared on. */
export interface SecondReading {
  company: string;
  role: string;
}

const asDraft = (record: ReadRecord): SlotDraft => ({
  person: record.person,
  company: record.company,
  role: record.role,
  kind: record.kind,
  previous_companies: [...(record.previous_companies ?? [])],
  predecessor: record.predecessor ?? null,
  reasons: [],
  position: 0,
  shape: record.shape ?? "",
});

/**
 * The slot reader's reading of `record`'s person in `paragraph`, every other record of the
 * paragraph counted as read; null when it reads nothing for that person, or when the reading
 * raises a doubt of its own (as the slot reader drops it). That last check is the costly part, so
 * it is asked only of a reading that `matters` (the caller's comparison); one that does not is
 * returned unchecked.
 */
export function secondReadingOf(
  record: ReadRecord,
  paragraph: string,
  paragraphRecords: readonly ReadRecord[],
  matters: (reading: SecondReading) => boolean = () => true,
): SecondReading | null {
  const key = personKey(record.person);
  const others = paragraphRecords.filter((other) => personKey(other.person) !== key);
  const found = readMissedMovers(paragraph, others.map(asDraft), record.person).find(
    (draft) => personKey(draft.person) === key,
  );
  if (!found) return null;
  const reading = { company: found.company, role: found.role };
  if (!matters(reading)) return reading;
  return raisesOwnDoubts({ person: found.person, company: found.company, role: found.role, paragraph })
    ? null
    : reading;
}
