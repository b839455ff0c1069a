// The way back from the English reasons a finished record carries (ParsedMove.reasons, the moves
// table's reasons column) to their kinds: the admin labels them, the confidence features count
// them. The parser itself never reads its reasons back; it keeps the typed notes (notes.ts).

import { DOUBTS } from "./doubts.ts";
import { NOTE_KINDS, type Note, type NoteKind, note } from "./notes.ts";

/** Every kind a record's reason can be: the readers' notes, then the doubts. */
export const REASON_KINDS: readonly NoteKind[] = [...NOTE_KINDS, ...DOUBTS];

const kindOfReason = new Map(REASON_KINDS.map((kind) => [kind.reason, kind]));

/** The note a reason writes out, or undefined for a text no kind writes (an older record's). */
export function noteOfReason(text: string): Note | undefined {
  const kind = kindOfReason.get(text);
  if (kind) return note(kind);
  // a kind that quotes the newsletter writes its reason, a space, then the words in double quotes
  if (text.at(-1) !== '"') return undefined;
  for (let at = text.indexOf(' "'); at >= 0; at = text.indexOf(' "', at + 1)) {
    const quoting = kindOfReason.get(text.slice(0, at));
    if (quoting?.quotes) return note(quoting, text.slice(at + 2, -1));
  }
  return undefined;
}

/** The notes of a finished record's reasons; a text no kind writes is left out. */
export const notesOfReasons = (reasons: readonly string[]): Note[] =>
  reasons.flatMap((reason) => noteOfReason(reason) ?? []);
