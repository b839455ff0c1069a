// Movers a read paragraph names beside the one it reads, or a paragraph no shape reads, in or before
// the section: each is shown to an editor (unread.ts), never left out in silence. Every person, house
// and sector here is invented.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { issueAround } from "./issue-text.ts";

const UNREAD_CASES: { name: string; paragraph: string; person: string; beforeSection?: boolean }[] = [
  {
    name: "the one replaced leaves for a post of their own ('qui part chez C')",
    paragraph:
      "Ancien de Verrerie Caron, Loïc Bernier rejoint Cristallerie Morel comme directeur industriel ; il succède à Yasmina Hadj, qui part chez Verres du Jura en tant que directrice générale.",
    person: "Yasmina Hadj",
  },
  {
    name: "a successor told after the verb ('où lui succède son adjoint, X')",
    paragraph:
      "Chez le torréfacteur Maison Ballard, Étienne VASSEUR est nommé directeur des achats. Il dirigeait l'usine de Brives du groupe Caféa, où lui succède son adjointe, Nadia OUMARI.",
    person: "Nadia Oumari",
  },
  {
    name: "a title of the vocabulary fronted before the name, no move verb",
    paragraph:
      "Déléguée générale de la Fédération des cordiers depuis mai, Odile Ferrand a dirigé auparavant la communication de Corderie Bastin.",
    person: "Odile Ferrand",
    beforeSection: true,
  },
  {
    name: "two movers taking posts 'respectivement'",
    paragraph:
      "Chez le grossiste Marée Bleue, Agathe Lemaire et Bruno Castel prennent respectivement la direction des achats et la direction logistique.",
    person: "Bruno Castel",
    beforeSection: true,
  },
  {
    name: "a name given a post with no verb, before the section",
    paragraph:
      "Vannerie Dulac : Ysolde KERVRAN-MÉHU à la direction commerciale, après huit ans chez Osiers Pons.",
    person: "Ysolde Kervran-Méhu",
    beforeSection: true,
  },
  {
    name: "an English post announced as 'its new' title, its verb unread",
    paragraph:
      "Orchard Mills taps former Granary Hall executive Sibylle Kervan as its new chief operating officer.",
    person: "Sibylle Kervan",
  },
];

describe("movers left unread are shown, not missed in silence", () => {
  it.each(UNREAD_CASES)("$name", ({ paragraph, person, beforeSection }) => {
    // (before the section, in the news, or inside it beside a move the parser reads)
    const parsed = parseIssueText(
      beforeSection
        ? issueAround(["Marine Tessier rejoint Filature Dorel comme directrice commerciale."], {
            before: ["LA LETTRE", "", paragraph, ""],
          })
        : issueAround([paragraph]),
    );
    const read = parsed.moves.some((move) => move.person === person);
    const shown = (parsed.unread ?? []).some((unread) => unread.candidates.people.includes(person));
    expect(read || shown).toBe(true);
  });
});
