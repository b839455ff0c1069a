import { expect } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import type { ParsedIssue, ParsedMove } from "../../../jobs/parse/types.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";

// The parser's table-driven tests write a few moves and need an issue around them: lines before the
// section (a title, news), the section's heading, its items, what comes after it (an agenda). One
// builder for all of them, and one way to say which moves an issue must give.

export interface IssueAroundOptions {
  /** Lines before the heading: a title, a date, news items (blank lines included). */
  before?: string[];
  heading?: string;
  /** Items parted by a blank line (the default) or one a line, as a table's rows are. */
  spaced?: boolean;
  /** Lines after the section, from the heading that closes it. */
  after?: string[];
}

export function issueAround(
  items: string[],
  {
    before = [],
    heading = "+ MOUVEMENTS",
    spaced = true,
    after = ["+ AGENDA", "", "Rien."],
  }: IssueAroundOptions = {},
): string {
  return [...before, heading, "", items.join(spaced ? "\n\n" : "\n"), "", ...after].join("\n");
}

/** The smallest issue around one paragraph: a title line, the moves heading, the paragraph; parsed. */
export function parseParagraph(paragraph: string): ParsedIssue {
  return parseIssueText(`Lettre\n\n+ MOUVEMENTS\n\n${paragraph}\n`);
}

export function movesOf(paragraph: string): ParsedMove[] {
  return parseParagraph(paragraph).moves;
}

/** The move the paragraph gives the person, if any. */
export function moveOf(paragraph: string, person: string): ParsedMove | undefined {
  return movesOf(paragraph).find((move) => move.person === person);
}

/** What a test wants of one move; kind, previous employers and predecessor are checked when given. */
export interface WantedMove {
  person: string;
  role: string;
  company: string;
  kind?: string;
  previous?: string[];
  predecessor?: string | null;
}

/** Parses the text, expects its moves section found and each wanted move read as wanted. */
export function expectMoves(text: string, wants: WantedMove[]): ParsedIssue {
  const parsed = parseIssueText(text);
  expect(parsed.section_found).toBe(true);
  for (const want of wants) {
    const move = parsed.moves.find((m) => m.person === want.person);
    expect(move && { person: move.person, role: move.role, company: move.company }).toEqual({
      person: want.person,
      role: want.role,
      company: want.company,
    });
    if (want.kind !== undefined) expect(move!.kind).toBe(want.kind);
    if (want.previous !== undefined) expect(move!.previous_companies).toEqual(want.previous);
    if (want.predecessor !== undefined) expect(move!.predecessor).toBe(want.predecessor);
  }
  return parsed;
}

/** The records an issue gives, as the tests compare them. */
export function recordsOf(issue: ParsedIssue) {
  return issue.moves.map((m) => ({
    person: m.person,
    company: m.company,
    role: m.role,
    kind: m.kind,
    previous: m.previous_companies,
    predecessor: m.predecessor,
    confidence: m.confidence,
  }));
}

/** One row of the parser's table-driven shape tests: a sentence, its mover, what the record must say. */
export interface ShapeRow {
  shape: string;
  text: string;
  person: string;
  want: { company: string; role: string; kind?: string; predecessor?: string | null; previous?: string[] };
  /** the record must wait for an editor (below the publication threshold) */
  held?: boolean;
}

/** The row's sentence read as its move: company and role always, the other fields where the row gives them. */
export function expectRowRead({ text, person, want, held }: ShapeRow) {
  const move = moveOf(text, person);
  expect(move && { company: move.company, role: move.role }).toEqual({
    company: want.company,
    role: want.role,
  });
  if (want.kind !== undefined) expect(move!.kind).toBe(want.kind);
  if (want.predecessor !== undefined) expect(move!.predecessor).toBe(want.predecessor);
  if (want.previous !== undefined) expect(move!.previous_companies).toEqual(want.previous);
  if (held) expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
}
