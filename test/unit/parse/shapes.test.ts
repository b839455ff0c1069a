// The shapes table, row by row: every way of announcing a move the parser knows, with an invented
// example and the record it must give. Adding a phrasing to the parser is one row in
// jobs/parse/shapes.ts; this test then reads its example.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { SHAPES } from "../../../jobs/parse/shapes.ts";

const issue = (item: string) => `+ MOUVEMENTS\n\n${item}\n\n+ AGENDA\n\nRien.`;

describe("the shapes table", () => {
  it.each(SHAPES.map((shape) => [shape.id, shape.example, shape] as const))(
    "%s: reads %j",
    (_id, example, shape) => {
      const moves = parseIssueText(issue(example)).moves;
      const { person, company, role, kind, predecessor } = shape.expected;
      const move = moves.find((m) => m.person === person);
      expect(move && { company: move.company, role: move.role }).toEqual({ company, role });
      // the record says which row read it, so a corpus report can score each row (corpus-report.ts --shapes)
      expect(move!.shape).toBe(shape.id);
      if (kind) expect(move!.kind).toBe(kind);
      if (predecessor) expect(move!.predecessor).toBe(predecessor);
    },
  );

  it("gives every shape an id of its own and an example naming its mover", () => {
    expect(new Set(SHAPES.map((s) => s.id)).size).toBe(SHAPES.length);
    for (const shape of SHAPES) expect(shape.example).toContain(shape.expected.person);
  });
});
