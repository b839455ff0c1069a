// The types a shape (shapes.ts) and its reader share: what a clause reads about one mover before
// the paragraph reader fills the rest, and the row that says where each slot sits.

import type { PersonMention, Span } from "./mentions.ts";
import type { Note } from "./notes.ts";
import type { Sentence } from "./sentence.ts";
import type { MoveKind } from "./types.ts";

export interface ClauseMove {
  /** Which row of the shapes table (shapes.ts id) or which whole-sentence pass read this mover. */
  shape: string;
  person: PersonMention;
  kind: MoveKind;
  role: string | null;
  company: Span | null;
  predecessor: PersonMention | null;
  notes: Note[]; // what lowers confidence (notes.ts)
  // "Agathe Lenoir lui succède", "Il sera remplacé par Florence Aubry": the predecessor is the
  // person a pronoun points back to, found by the paragraph reader.
  predecessorIsAntecedent?: boolean;
  // Where that pronoun stands in the sentence ("Y lui succède", "qui a élu pour le remplacer Y"),
  // when the one it points back to may be named earlier in the same sentence.
  pronounAt?: number;
  // ", nommée Head of Data" after "se renforce avec X": a bare participle names the title but
  // says less about how the person arrived than the main verb does.
  weakKind?: boolean;
}

/**
 * Rows of the shapes table (shapes.ts) that read a person the sentence names only in passing, most
 * often a predecessor sent elsewhere (", partie diriger C"): the house they leave for is not the one
 * the item speaks of, so it neither becomes the context's employer for later clauses
 * (implicit-company.ts) nor accounts for a word of another record's sentence (unread-words.ts), and
 * another record reads the same whether that person got a record or not.
 */
export const PASSING_SHAPES: ReadonlySet<string> = new Set(["leaves for a post"]);

/**
 * The movers a sentence names before `index` (a list that hands each its own slot: "respectivement …",
 * "la première comme …"), in the order the sentence names them.
 */
export function moversNamedBefore(moves: ClauseMove[], index: number): ClauseMove[] {
  return moves.filter((move) => move.person.end <= index).sort((a, b) => a.person.start - b.person.start);
}

/** What a shape's reader gives; the table stamps the row's id on it (clauses.ts). */
export type ClauseReading = Omit<ClauseMove, "shape">;

/** A clause's move placed in its paragraph, as the paragraph reader (paragraph.ts) and its helpers see it. */
export interface PlacedMove extends ClauseMove {
  sentenceIndex: number;
  offset: number; // sentence start in the paragraph
}

/** A verb match, with the index String.prototype.matchAll always sets. */
export type Match = RegExpMatchArray & { index: number };

/** Where a slot is read, relative to the verb. */
export type MoverSlot = "subject" | "object" | "object after 'par'" | "after the post"; // "Nouveau DAF chez C : X", "a élu à sa présidence X", "laisse la direction à X"
export type EmployerSlot =
  | "object" // "rejoint C"
  | "subject" // "C nomme X"
  | "in the role" // "directrice financière de C", "chez C"
  | "context"; // an earlier sentence, the heading, the item's tag (implicit-company.ts)
export type RoleSlot =
  | "after the verb" // "est nommée directrice financière"
  | "introduced" // "comme R", "en tant que R", "au poste de R"
  | "led post" // "prend la direction financière" → "directeur financier"
  | "after the mover" // "nomme X directrice", "accueille X comme R"
  | "before the mover" // "Nouveau DAF chez C : X", "a élu à sa présidence X"
  | "context"; // the mover's own clause, else the post the one replaced held (same-post.ts postHeldAt)

export interface Shape {
  id: string;
  verb: RegExp;
  mover: MoverSlot;
  employer: EmployerSlot;
  role: RoleSlot;
  /** The kind of move; a function when the verb itself tells ("promeut" promotes, "nomme" appoints). */
  kind: MoveKind | ((verb: string) => MoveKind);
  read: (sentence: Sentence, match: Match, shape: Shape) => ClauseReading[];
  example: string;
  expected: { person: string; company: string; role: string; kind?: MoveKind; predecessor?: string };
}

export function kindOfShape(shape: Shape, verb: string): MoveKind {
  return typeof shape.kind === "function" ? shape.kind(verb.toLowerCase()) : shape.kind;
}
