import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { NOTE_KINDS, NOTES, type Note, note, noteLabel, noteText } from "../../../jobs/parse/notes.ts";
import { confidenceFor } from "../../../jobs/parse/paragraph.ts";
import { noteOfReason, REASON_KINDS } from "../../../jobs/parse/reason-texts.ts";
import { frLabel } from "../../../server/view-helpers.ts";

describe("the kinds of notes a record carries", () => {
  it.each(REASON_KINDS.map((kind) => [kind.id, kind] as const))(
    "%s has a French label and a penalty",
    (_id, kind) => {
      expect(kind.label.trim()).not.toBe("");
      expect(kind.label).not.toBe(kind.reason);
      expect(kind.penalty).toBeGreaterThan(0);
      expect(kind.penalty).toBeLessThanOrEqual(0.95);
    },
  );

  it("gives each kind its own id and its own reason", () => {
    expect(new Set(REASON_KINDS.map((kind) => kind.id)).size).toBe(REASON_KINDS.length);
    expect(new Set(REASON_KINDS.map((kind) => kind.reason)).size).toBe(REASON_KINDS.length);
  });

  it.each(NOTE_KINDS.map((kind) => [kind.id, kind] as const))(
    "%s reads back from the reason it writes",
    (_id, kind) => {
      const written = kind.quotes ? note(kind, "la tête des ventes") : note(kind);
      expect(noteOfReason(noteText(written))).toEqual(written);
    },
  );

  it.each<[string, string, string]>([
    ["a plain note", "company guessed from paragraph", "entreprise devinée d’après le paragraphe"],
    [
      "a note quoting the newsletter",
      'title paraphrased from "la tête des achats"',
      "intitulé reformulé d’après « la tête des achats »",
    ],
    [
      "a quoted guess",
      'role not found, guessed from "la présidence de"',
      "poste non trouvé, deviné d’après « la présidence de »",
    ],
    [
      "a doubt",
      "company is a place",
      "l’employeur est un lieu : l’établissement qui s’y trouve est à nommer",
    ],
    ["a text no kind writes", "an older record's reason", "an older record's reason"],
  ])("shows %s to an editor in French", (_case, reason, label) => {
    const said = noteOfReason(reason);
    if (label === reason) expect(said).toBeUndefined();
    else expect(noteLabel(said!)).toBe(frLabel("reason", reason));
    expect(frLabel("reason", reason)).toBe(label);
  });

  it.each<[string, Note[], number]>([
    ["a guessed company", [note(NOTES.companyGuessedFromParagraph)], 0.55],
    [
      "a repaired company and a role found later",
      [note(NOTES.companyRepaired), note(NOTES.roleFoundLater)],
      0.55,
    ],
    ["a plain note", [note(NOTES.readFromFieldLayout)], 0.85],
  ])("prices %s by its kinds", (_case, notes, confidence) => {
    expect(confidenceFor(notes)).toBe(confidence);
  });
});

// The readers compare kinds; the English wording of a reason is written once, in notes.ts.
const READING_REASON_TEXT: [string, RegExp][] = [
  ["no reason tested by a regular expression", /\.test\([^)]*\b(?:reasons?|notes?)\b/u],
  [
    "no reason matched by its first or last words",
    /\b(?:reasons?|notes?)\b[^;\n]*\.(?:startsWith|endsWith)\(/u,
  ],
  ["no reason compared with an English string", /\b(?:reasons?|notes?)\??\.(?:includes|indexOf)\(\s*["'`]/u],
  ["no notes joined to be searched as text", /\b(?:reasons?|notes?)\.join\(/u],
];

describe("the parser's sources", () => {
  const dir = join(import.meta.dirname, "../../../jobs/parse");
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => [name, readFileSync(join(dir, name), "utf8")] as const);

  it.each(READING_REASON_TEXT)("hold %s", (_what, pattern) => {
    const found = sources.flatMap(([name, text]) =>
      text
        .split("\n")
        .filter((line) => pattern.test(line) && !/^\s*\/\//u.test(line))
        .map((line) => `${name}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("write no reason text outside the registry of kinds", () => {
    const pushed = /\b(?:reasons|notes)\.(?:push|unshift)\(\s*["'`]/u;
    const listed = /\b(?:reasons|notes): \[\s*["'`]/u;
    const found = sources.flatMap(([name, text]) =>
      text
        .split("\n")
        .filter((line) => pushed.test(line) || listed.test(line))
        .map((line) => `${name}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
