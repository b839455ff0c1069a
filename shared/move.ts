// A move's shape where it is the same everywhere: the parser's output, the editor's form, the
// review queue and the published record all carry these fields, and extend them with their own.

import type { JobFunction, MoveKind, Seniority } from "./vocabulary.ts";

/** The three codes that classify a move. */
export interface MoveClassification {
  kind: MoveKind;
  seniority: Seniority;
  function: JobFunction;
}

/** What a move states, by name: read by the parser in a paragraph, or typed by an editor. */
export interface MoveStatement extends MoveClassification {
  person: string;
  company: string;
  role: string;
  predecessor: string | null;
}
