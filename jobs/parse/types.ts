// The parser's output, as the database layer and the site consume it.

import type { MoveStatement } from "../../shared/move.ts";
import type { JobFunction, MoveKind, Seniority } from "../../shared/vocabulary.ts";

export type { JobFunction, MoveKind, Seniority };

export interface ParsedMove extends MoveStatement {
  previous_companies: string[];
  confidence: number; // in [0, 1]; lowered once per reason below
  reasons: string[]; // why confidence was lowered, in English
  /**
   * Which reader found the mover: a row of the shapes table (jobs/parse/shapes.ts id), a whole-sentence
   * pass ("elliptic item", "dashed card") or "slots" (slot-reader.ts). Absent on records built outside
   * the parser (tests, older JSON).
   */
  shape?: string;
  paragraph: string;
  paragraph_index: number; // index into ParsedIssue.paragraphs
}

export interface ParsedIssue {
  title: string | null;
  published_on: string | null; // YYYY-MM-DD
  section_found: boolean;
  moves: ParsedMove[];
  paragraphs: string[]; // the Mouvements section's paragraphs, in order (none when no section is found)
  /**
   * Paragraphs that yield no move or fewer than they seem to announce (unread.ts), in the issue's
   * reading order (paragraph_index is no position, see below); absent = none.
   */
  unread?: UnreadParagraph[];
}

/** A paragraph the review queue shows as "Paragraphe non compris", with what it names. */
export interface UnreadParagraph {
  paragraph_index: number;
  paragraph: string;
  /**
   * outside_section: this paragraph stands outside the moves section (the issue has none, or the
   * section's ends left it out) and reads like a move. With a section, its index is the section's
   * length plus its index among the issue's paragraphs (unread.ts findBesideSectionParagraphs).
   */
  reason: "no_move" | "partly_read" | "outside_section";
  candidates: { people: string[]; companies: string[]; roles: string[] };
}

export interface IssueMeta {
  title?: string | null;
  published_on?: string | null;
}
