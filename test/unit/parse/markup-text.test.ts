// A text issue pasted from its page's source keeps its tags: its headings ("<h2>CARNET RH</h2>") must
// be read as headings, and its paragraphs without their tags, so that the moves section is found.

import { describe, expect, it } from "@jest/globals";
import { cleanText } from "../../../jobs/parse/clean-text.ts";
import { holdsMarkup } from "../../../jobs/parse/html-text.ts";
import { findMouvementsSection } from "../../../jobs/parse/section.ts";

const NEWS = "<p>Les criées de la côte ont vendu 4 % de poisson en plus cette année.</p>";
const MOVES = [
  "<p><strong>Lucienne Bravard</strong> rejoint la Coopérative des Pêcheurs d'Ormel comme directrice générale.</p>",
  "<li>Viviers d'Estran — <b>Gaël Morvandiau</b> est nommé directeur commercial</li>",
  '<div class="item">La Criée de Penvénan a nommé <b>Odile Tréguer</b> directrice des ventes.</div>',
];

describe("a text issue that holds its HTML source", () => {
  it.each([
    ["an h2 heading", "<h2>NOMINATIONS</h2>"],
    ["an escaped h3 heading", "&lt;h3&gt;Carnet&lt;/h3&gt;"],
    ["a heading with attributes", '<h2 class="rubrique">Ils bougent</h2>'],
  ])("finds the moves section under %s", (_, heading) => {
    const text = [
      "LA LETTRE DE LA MARÉE",
      "",
      NEWS,
      "",
      heading,
      "",
      ...MOVES.flatMap((m) => [m, ""]),
      "AGENDA",
    ].join("\n");
    const section = findMouvementsSection(cleanText(text));
    expect(section.found).toBe(true);
    expect(section.headingless).toBeUndefined();
    expect(section.paragraphs).toHaveLength(3);
    expect(section.paragraphs[0]).toMatch(/^Lucienne Bravard rejoint/u);
    expect(section.paragraphs.join(" ")).not.toMatch(/[<>]/u);
  });

  it.each([
    ["plain text", "NOMINATIONS\n\nLucienne Bravard rejoint la coopérative.\n\nAGENDA"],
    ["prose that quotes one tag", "Le bandeau <b>Soldes</b> s'affichait mal.\n\nUn <p> restait visible."],
    ["two marked-up lines only", "<p>Une ligne.</p>\n<p>Une autre.</p>\nLa suite en texte."],
  ])("leaves %s as it is", (_, text) => {
    expect(holdsMarkup(text)).toBe(false);
  });
});
