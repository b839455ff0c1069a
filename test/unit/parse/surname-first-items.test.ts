// Numbered or bulleted lists whose items name the mover surname first, in capitals, with the post
// after a dash or a comma (jobs/parse/surname-first-items.ts). Every person and company here is
// invented; the cases vary the marker, the separator, the particles, the origin's words (ex-,
// précédemment, venu de, auparavant, puis), a promotion in brackets, two people in one item, and the
// sector, so that the reading rests on the layout, not on one newsletter's list.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { readSurnameFirstItem } from "../../../jobs/parse/surname-first-items.ts";
import type { WantedMove } from "./issue-text.ts";

const NEWS = [
  "LA GAZETTE DES VITRAILLISTES — n° 112",
  "",
  "Restauration : les chantiers de cathédrales relancent l'embauche",
  "",
  "Un atelier de Chartres forme douze apprentis cette année.",
  "",
];

function issue(heading: string, items: string[]): string {
  return [...NEWS, heading, "", ...items, "", "AGENDA", "", "Le salon du verre ouvre le 4 mars à Lyon."].join(
    "\n",
  );
}

const CASES: { name: string; heading: string; items: string[]; wants: WantedMove[] }[] = [
  {
    name: "numbered items, a dash after the name, origin and promotion in brackets, the one replaced last",
    heading: "NOMINATIONS",
    items: [
      "1. GUÉRANDEL Clotaire – directeur d'atelier, Vitraux Marsolle (ex-Verrerie du Tardoire) ; succède à Anne Vialatte",
      "2. POUZADOUX Mélisande – responsable des chantiers, Ateliers Fontrailles (promue, était cheffe d'équipe)",
      "3. ESCARBOUT-NDIAYE Firmin – maître verrier, Verrerie du Tardoire",
    ],
    wants: [
      {
        person: "Clotaire GUÉRANDEL",
        role: "directeur d'atelier",
        company: "Vitraux Marsolle",
        kind: "joined",
        previous: ["Verrerie du Tardoire"],
        predecessor: "Anne Vialatte",
      },
      {
        person: "Mélisande POUZADOUX",
        role: "responsable des chantiers",
        company: "Ateliers Fontrailles",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Firmin ESCARBOUT-NDIAYE",
        role: "maître verrier",
        company: "Verrerie du Tardoire",
        kind: "appointed",
      },
    ],
  },
  {
    name: "bullets, a comma after the name, 'chez', then 'précédemment', 'venue de' and 'auparavant'",
    heading: "ILS ONT BOUGÉ",
    items: [
      "• LE BORGNE Gwendal, directeur commercial chez Ardoises Kerlouan, précédemment Granits du Trégor",
      "• d'AUTERIVE Philippine, directrice générale chez Carrières Montbazin, venue de Marbres Sarrancolin",
      "• VAN DER MEULEN Joris, responsable export chez Granits du Trégor, auparavant Pierres de Lavoux puis Ardoises Kerlouan",
    ],
    wants: [
      {
        person: "Gwendal LE BORGNE",
        role: "directeur commercial",
        company: "Ardoises Kerlouan",
        kind: "joined",
        previous: ["Granits du Trégor"],
      },
      {
        person: "Philippine d'AUTERIVE",
        role: "directrice générale",
        company: "Carrières Montbazin",
        kind: "joined",
        previous: ["Marbres Sarrancolin"],
      },
      {
        person: "Joris VAN DER MEULEN",
        role: "responsable export",
        company: "Granits du Trégor",
        kind: "joined",
        previous: ["Pierres de Lavoux", "Ardoises Kerlouan"],
      },
    ],
  },
  {
    name: "triangles, two people in one item with 'respectivement', promoted in-house",
    heading: "MOUVEMENTS",
    items: [
      "▸ CASTAGNÉ Ludovic et de LA SALLE Bérangère – respectivement directeur technique et directrice financière, Cidrerie Penmarc'h (promus en interne)",
      "▸ TRÉGUIER Anatole – chef de cave, Cidrerie Penmarc'h (ex-Distillerie Kervoas)",
    ],
    wants: [
      {
        person: "Ludovic CASTAGNÉ",
        role: "directeur technique",
        company: "Cidrerie Penmarc'h",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Bérangère de LA SALLE",
        role: "directrice financière",
        company: "Cidrerie Penmarc'h",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Anatole TRÉGUIER",
        role: "chef de cave",
        company: "Cidrerie Penmarc'h",
        kind: "joined",
        previous: ["Distillerie Kervoas"],
      },
    ],
  },
  {
    name: "the employer before the title, a dash or a comma after the name",
    heading: "CARNET",
    items: [
      "3. BRISSAC Odilon – Tonnellerie Vauclair, maître de chai (ex-Domaine Fresnay)",
      "4. GRANDCLÉMENT Inès, Domaine Fresnay, directrice commerciale",
    ],
    wants: [
      {
        person: "Odilon BRISSAC",
        role: "maître de chai",
        company: "Tonnellerie Vauclair",
        kind: "joined",
        previous: ["Domaine Fresnay"],
      },
      {
        person: "Inès GRANDCLÉMENT",
        role: "directrice commerciale",
        company: "Domaine Fresnay",
        kind: "appointed",
      },
    ],
  },
];

describe("list items that name the mover surname first, in capitals", () => {
  it.each(CASES)("reads $name", ({ heading, items, wants }) => {
    const parsed = parseIssueText(issue(heading, items));
    expect(parsed.section_found).toBe(true);
    for (const want of wants) {
      const move = parsed.moves.find((m) => m.person.toLowerCase() === want.person.toLowerCase());
      expect(move && { role: move.role, company: move.company, kind: move.kind }).toEqual({
        role: want.role,
        company: want.company,
        kind: want.kind,
      });
      if (want.previous) expect(move!.previous_companies).toEqual(want.previous);
      if (want.predecessor !== undefined) expect(move!.predecessor).toBe(want.predecessor);
    }
  });

  it.each([
    ["an acronym and a company word", "1. SNCF Réseau – directeur des opérations, Paris"],
    ["an acronym without a vowel", "• BNP Paribas – directrice générale, Lyon"],
    ["a company's word after capitals", "▸ AXA Investment – directeur financier, Paris"],
    ["no marker", "GUÉRANDEL Clotaire – directeur d'atelier, Vitraux Marsolle"],
    ["no post after the dash", "2. GUÉRANDEL Clotaire – 45 ans, Vitraux Marsolle"],
  ])("does not read %s as a surname-first item", (_, line) => {
    expect(readSurnameFirstItem(line)).toBeNull();
  });

  it("turns the name round and keeps a sentence that follows it for the sentence reader", () => {
    expect(readSurnameFirstItem("• MARTINEAU Solène rejoint Vitraux Marsolle comme directrice")).toEqual([
      "Solène MARTINEAU rejoint Vitraux Marsolle comme directrice",
    ]);
  });

  it("lists an item it cannot read as unread, with its person", () => {
    const parsed = parseIssueText(
      issue("NOMINATIONS", [
        "1. GUÉRANDEL Clotaire – directeur d'atelier, Vitraux Marsolle",
        "2. POUZADOUX Mélisande – directrice, Ateliers Fontrailles, Verrerie du Tardoire, Vitraux Marsolle",
      ]),
    );
    expect(parsed.moves.map((m) => m.person.toLowerCase())).toEqual(["clotaire guérandel"]);
    expect(parsed.unread!.some((u) => u.paragraph.includes("POUZADOUX"))).toBe(true);
  });
});

describe("surname-first items printed without markers", () => {
  it("reads lines one under the other as a list, and leaves one such line alone as written", () => {
    const parsed = parseIssueText(
      issue("NOMINATIONS", [
        "FOURNERET Aymeric – directeur des ventes, Faïencerie de Gien-sur-Loing (ex-Porcelaines Valbrède)",
        "MAUBUISSON Perrine, responsable du showroom chez Porcelaines Valbrède",
      ]),
    );
    const people = parsed.moves.map((m) => m.person.toLowerCase());
    expect(people).toEqual(expect.arrayContaining(["aymeric fourneret", "perrine maubuisson"]));
    expect(readSurnameFirstItem("FOURNERET Aymeric – directeur des ventes, Faïencerie Gien")).toBeNull();
  });
});
