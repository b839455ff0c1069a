// Symbol digests under a legend (jobs/parse/legend-digests.ts, lexicon/legends.ts): the legend line
// says what each marker means, each item's cells are typed by what they hold, whatever their order and
// separator. Every person, house and sector here is invented; the cases vary the markers, the legend's
// wording, the separators and the order of the cells, so that the reading rests on the legend and the
// lexicon of titles, not on one newsletter's digest.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { readLegend, typeItemCells } from "../../../jobs/parse/legend-digests.ts";
import type { WantedMove } from "./issue-text.ts";

function issue(lines: string[]): string {
  return [
    "LA LETTRE DU VERRE ET DU MALT — n° 212",
    "Jeudi 12 mars",
    "",
    "La filière annonce une hausse de 4 % de ses ventes à l'export sur l'année.",
    "",
    "CARNET",
    ...lines,
    "",
    "AGENDA",
    "",
    "Le salon des métiers d'art ouvre le 20 avril à Tours.",
  ].join("\n");
}

const CASES: {
  name: string;
  lines: string[];
  moves: WantedMove[];
  noMove: string[];
  // prose between items: with no blank line anywhere, the line after a record is read as more of it
  blankLinesOnly?: boolean;
}[] = [
  {
    name: "pipes, name first, a legend parted by middle dots",
    lines: [
      "Légende : + arrivée · ▲ promotion · ♦ conseil · ✝ disparition · ☆ distinction",
      "",
      "+ Corentin MALVOISIN | responsable qualité | Brasserie du Vallon (ex-Houblons d'Arvor)",
      "▲ Ophélie Garandeau | directrice commerciale | Brasserie des Trois Fûts (promotion interne), succède à Lucien Marchadour",
      "♦ administratrice | Coopérative Malt & Grain | Sidonie Perrichon",
      "✝ Édouard Lamarzelle | fondateur de la Brasserie du Vallon | 91 ans",
      "☆ Lison Tréguer | médaille d'or du concours | Brasserie du Vallon",
    ],
    moves: [
      {
        person: "Corentin Malvoisin",
        role: "responsable qualité",
        company: "Brasserie du Vallon",
        kind: "joined",
        previous: ["Houblons d'Arvor"],
      },
      {
        person: "Ophélie Garandeau",
        role: "directrice commerciale",
        company: "Brasserie des Trois Fûts",
        kind: "promoted",
        previous: [],
        predecessor: "Lucien Marchadour",
      },
      {
        person: "Sidonie Perrichon",
        role: "administratrice",
        company: "Coopérative Malt & Grain",
        kind: "appointed",
      },
    ],
    noMove: ["Édouard Lamarzelle", "Lison Tréguer"],
  },
  {
    name: "double colons, house first, the origin after a dash, markers of letters and brackets",
    lines: [
      "Légende :: >> recrutement  ^^ promotion  [BUREAU] gouvernance  RIP décès  (?) rumeur",
      "",
      ">> Vitraux Sainte-Colombe :: Bastien Ollagnier :: chef d'atelier — ex-Atelier Verrier du Lac, auparavant Lumière & Plomb",
      "^^ Vitraux Sainte-Colombe :: Noémie Castaing :: directrice de production (était cheffe d'équipe)",
      "[BUREAU] Fédération des maîtres verriers :: Anatole Perrault :: trésorier",
      "(?) Lumière & Plomb :: Gaspard Vinatier :: en discussion",
      "RIP Lumière & Plomb :: Hippolyte Brocard :: fondateur, 88 ans",
      ">> Lumière & Plomb :: Clémence Aubertin :: responsable des achats — ex-Vitraux Sainte-Colombe ; remplace Firmin Delacroix-Vey",
      "== Fédération des maîtres verriers :: Rosine Lebailly :: réélue présidente",
    ],
    moves: [
      {
        person: "Bastien Ollagnier",
        role: "chef d'atelier",
        company: "Vitraux Sainte-Colombe",
        kind: "joined",
        previous: ["Atelier Verrier du Lac", "Lumière & Plomb"],
      },
      {
        person: "Noémie Castaing",
        role: "directrice de production",
        company: "Vitraux Sainte-Colombe",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Anatole Perrault",
        role: "trésorier",
        company: "Fédération des maîtres verriers",
        kind: "appointed",
      },
      {
        person: "Clémence Aubertin",
        role: "responsable des achats",
        company: "Lumière & Plomb",
        kind: "joined",
        previous: ["Vitraux Sainte-Colombe"],
        predecessor: "Firmin Delacroix-Vey",
      },
    ],
    noMove: ["Gaspard Vinatier", "Hippolyte Brocard", "Rosine Lebailly"],
  },
  {
    name: "dashes, title first, a legend parted by semicolons with two markers for one meaning",
    lines: [
      "Mode d'emploi : ● ou ◎ nomination ; ➚ promotion ; ✚ arrivée ; ⌛ départ",
      "",
      "✚ directeur technique — Thermes de Valcourt — Aurélien BOISSONNET (ex-Sources du Haut-Lignon)",
      "◎ Refuge du Col Blanc — gardienne principale — Manon Trévidic",
      "⌛ Thermes de Valcourt — Basile Fradin — départ en retraite",
    ],
    moves: [
      {
        person: "Aurélien Boissonnet",
        role: "directeur technique",
        company: "Thermes de Valcourt",
        kind: "joined",
        previous: ["Sources du Haut-Lignon"],
      },
      {
        person: "Manon Trévidic",
        role: "gardienne principale",
        company: "Refuge du Col Blanc",
        kind: "appointed",
      },
    ],
    noMove: ["Basile Fradin"],
  },
  {
    name: "a legend that also explains its notation, an arrow before the one replaced",
    lines: [
      "Mode d'emploi : + arrivée ; ▲ promotion ; ♦ conseil ; :: sépare les champs ; (ex-…) employeur précédent ; => remplace",
      "",
      "+ Gaspard Villemagne :: Distillerie de la Lande :: responsable qualité (ex-Malterie Kerlouan) => remplace Yolande Brisac",
      "▲ Maëva Castagnède :: Distillerie de la Lande :: directrice commerciale",
      "♦ Anatole Querrec :: Malterie Kerlouan :: administrateur indépendant",
      "Bertille Aubazac :: Malterie Kerlouan :: responsable export :: nomination",
      "+ Ewen Trébaol (ex-Cidrerie du Trieux) >> Malterie Kerlouan, directeur commercial",
      "+ Solenn Kerhervé :: Distillerie de la Lande :: cheffe des ventes :: 12 ans chez Cidrerie du Trieux",
      "= Ronan Le Guellec :: Malterie Kerlouan :: président :: mandat renouvelé",
    ],
    moves: [
      {
        person: "Gaspard Villemagne",
        role: "responsable qualité",
        company: "Distillerie de la Lande",
        kind: "joined",
        previous: ["Malterie Kerlouan"],
        predecessor: "Yolande Brisac",
      },
      {
        person: "Maëva Castagnède",
        role: "directrice commerciale",
        company: "Distillerie de la Lande",
        kind: "promoted",
      },
      {
        person: "Anatole Querrec",
        role: "administrateur indépendant",
        company: "Malterie Kerlouan",
        kind: "appointed",
      },
      {
        person: "Bertille Aubazac",
        role: "responsable export",
        company: "Malterie Kerlouan",
        kind: "appointed",
      },
      {
        person: "Ewen Trébaol",
        role: "directeur commercial",
        company: "Malterie Kerlouan",
        kind: "joined",
        previous: ["Cidrerie du Trieux"],
      },
      {
        person: "Solenn Kerhervé",
        role: "cheffe des ventes",
        company: "Distillerie de la Lande",
        kind: "joined",
        previous: ["Cidrerie du Trieux"],
      },
    ],
    noMove: ["Ronan Le Guellec"],
  },
  {
    name: "markers in brackets, the name and title parted by a comma, '@' before the house, the origin after a dash",
    lines: [
      "Légende : (+) arrivée, (^) promotion, (=) nomination au conseil",
      "(+) HONORINE T. VALCOURT, responsable export @ Faïencerie du Bessin — venue de Grès d'Armor",
      "(^) ALDRIC DU MESNILDOT, chef de fabrication @ Poteries Lanvaux",
    ],
    moves: [
      {
        person: "Honorine T. Valcourt",
        role: "responsable export",
        company: "Faïencerie du Bessin",
        kind: "joined",
        previous: ["Grès d'Armor"],
      },
      {
        person: "Aldric du Mesnildot",
        role: "chef de fabrication",
        company: "Poteries Lanvaux",
        kind: "promoted",
      },
    ],
    noMove: [],
  },
  {
    name: "a legend with no label ('↗ = arrivée · ★ = promotion'), the title and the house parted by a comma",
    lines: [
      "↗ = arrivée · ★ = promotion · ◆ = conseil",
      "↗ Perrine Gaudemar — directrice de site, Grès d'Armor (ex-Poteries Lanvaux)",
      "★ Aldric Kerbastard — responsable qualité, Faïencerie du Bessin",
      // a house that looks like a name: after the title and its comma, it is the house
      "↗ Ysaure Morvilliers — cheffe de fabrication, Landrevon Céramique (ex-Grès d'Armor)",
    ],
    moves: [
      {
        person: "Perrine Gaudemar",
        role: "directrice de site",
        company: "Grès d'Armor",
        kind: "joined",
        previous: ["Poteries Lanvaux"],
      },
      {
        person: "Aldric Kerbastard",
        role: "responsable qualité",
        company: "Faïencerie du Bessin",
        kind: "promoted",
      },
      {
        person: "Ysaure Morvilliers",
        role: "cheffe de fabrication",
        company: "Landrevon Céramique",
        kind: "joined",
        previous: ["Grès d'Armor"],
      },
    ],
    noMove: [],
  },
  {
    name: "a legend of no label, each marker '=' its meaning, a title then its house after a comma",
    lines: [
      "➚ = arrivée · ▲ = promotion · ◆ = conseil",
      "➚ Bertrand Quillivic — directeur des ventes, Pépinières du Haut-Faou (ex-Jardins de Kerzhu)",
      "▲ Gwenola Tréhoret — directrice commerciale, Kervadec Horticulture",
      "◆ Anatole Kerjean — administrateur, Coopérative des Serres de Plougastel",
    ],
    moves: [
      {
        person: "Bertrand Quillivic",
        role: "directeur des ventes",
        company: "Pépinières du Haut-Faou",
        kind: "joined",
        previous: ["Jardins de Kerzhu"],
      },
      {
        person: "Gwenola Tréhoret",
        role: "directrice commerciale",
        company: "Kervadec Horticulture",
        kind: "promoted",
      },
      {
        person: "Anatole Kerjean",
        role: "administrateur",
        company: "Coopérative des Serres de Plougastel",
        kind: "appointed",
      },
    ],
    noMove: [],
  },
  {
    name: "markers in brackets, names in capitals, '@' before the house, the origin after a dash",
    lines: [
      "Légende : (+) arrivée, (^) promotion, (=) nomination au conseil, (x) départ",
      "(+) PERRINE M. DE LA VERGNE, responsable affinage @ Fromagerie des Causses — venue de Laiterie Saint-Amans",
      "(^) ARISTIDE FOLCHER, directeur général @ Caves de Roquevieille",
      "(+) Hortense Bessière, directrice général @ Fromagerie des Causses — venue d'Affineurs du Lévézou",
      "(=) Solange Vialaret | administratrice | Coopérative Laitière du Lévézou",
      "(x) Gontran Malzieu | Fromagerie des Causses | retraite",
    ],
    moves: [
      {
        person: "Perrine M. de la Vergne",
        role: "responsable affinage",
        company: "Fromagerie des Causses",
        kind: "joined",
        previous: ["Laiterie Saint-Amans"],
      },
      {
        person: "Aristide Folcher",
        role: "directeur général",
        company: "Caves de Roquevieille",
        kind: "promoted",
      },
      // a feminine title the cell left unagreed agrees with its own head noun
      {
        person: "Hortense Bessière",
        role: "directrice générale",
        company: "Fromagerie des Causses",
        kind: "joined",
        previous: ["Affineurs du Lévézou"],
      },
      {
        person: "Solange Vialaret",
        role: "administratrice",
        company: "Coopérative Laitière du Lévézou",
        kind: "appointed",
      },
    ],
    noMove: ["Gontran Malzieu"],
  },
  {
    name: "labelled cells (Ex- :, Précédemment :, Venue de :, Remplace :) parted by semicolons and bullets",
    lines: [
      "Clé : [+] recrutement · [^] promotion · <=> conseil",
      "[+] Noémie Larrouy • cheffe de chai • Domaine de la Garenne ; Ex- : Château Miraval-Bas ; Remplace : Jules Cazaubon",
      "[+] Firmin Lascombes • maître de chai • Cave des Coteaux ; Précédemment : Domaine de la Garenne",
      "[^] Alix Peyrusse • directrice technique • Cave des Coteaux ; Ex- : —",
      "<=> Bernadette Soulé • présidente • Syndicat des Côtes de Gascogne",
      "[+] Maxence Dupouy • œnologue • Château Miraval-Bas • Venu de : Vignobles Larrieu",
    ],
    moves: [
      {
        person: "Noémie Larrouy",
        role: "cheffe de chai",
        company: "Domaine de la Garenne",
        kind: "joined",
        previous: ["Château Miraval-Bas"],
        predecessor: "Jules Cazaubon",
      },
      {
        person: "Firmin Lascombes",
        role: "maître de chai",
        company: "Cave des Coteaux",
        kind: "joined",
        previous: ["Domaine de la Garenne"],
      },
      {
        person: "Alix Peyrusse",
        role: "directrice technique",
        company: "Cave des Coteaux",
        kind: "promoted",
        previous: [],
      },
      {
        person: "Bernadette Soulé",
        role: "présidente",
        company: "Syndicat des Côtes de Gascogne",
        kind: "appointed",
      },
      {
        person: "Maxence Dupouy",
        role: "œnologue",
        company: "Château Miraval-Bas",
        kind: "joined",
        previous: ["Vignobles Larrieu"],
      },
    ],
    noMove: [],
  },
  {
    name: "an English legend (joins, promoted, board, leaves), 'at' before the house",
    lines: [
      "Key: >> joins · ^^ promoted · [B] board · << leaves",
      ">> Harriet Quayle | directrice des opérations | Solent Ferries Ltd | formerly Isle Cargo Services",
      "^^ Tobias Penhaligon, directeur commercial at Solent Ferries Ltd",
      "[B] Margaret Ashworth | administratrice | Harbour Trust of Cowes",
      "<< Dominic Arkwright | Solent Ferries Ltd | retraite",
    ],
    moves: [
      {
        person: "Harriet Quayle",
        role: "directrice des opérations",
        company: "Solent Ferries Ltd",
        kind: "joined",
        previous: ["Isle Cargo Services"],
      },
      {
        person: "Tobias Penhaligon",
        role: "directeur commercial",
        company: "Solent Ferries Ltd",
        kind: "promoted",
      },
      {
        person: "Margaret Ashworth",
        role: "administratrice",
        company: "Harbour Trust of Cowes",
        kind: "appointed",
      },
    ],
    noMove: ["Dominic Arkwright"],
  },
  {
    name: "the legend still read after prose: a marked item further down, rows of cells opening on a town",
    lines: [
      "Légende : ⊕ arrivée · ⇑ promotion · ✝ décès",
      "",
      "⊕ Gaëtane Rivoallan — cheffe boulangère — Fournil des Quatre Vents (ex-Minoterie Kerhervé)",
      "",
      "La Minoterie Kerhervé fête ses cent ans et ouvre un musée du pain au public.",
      "",
      "Lannédern | Minoterie Kerhervé | Yannick Le Goasduff | responsable des achats | ex-Fournil des Quatre Vents",
      "",
      "Plouzével | Syndicat des boulangers du Léon | Armelle Quéméner | secrétaire générale | nommée par le bureau",
      "",
      "⇑ Tanguy Kervella — chef de fournil — Fournil des Quatre Vents ; succède à Gaëtane Rivoallan",
      "",
      "✝ Jos Le Bihan — fondateur de la Minoterie Kerhervé — 94 ans",
    ],
    moves: [
      {
        person: "Gaëtane Rivoallan",
        role: "cheffe boulangère",
        company: "Fournil des Quatre Vents",
        kind: "joined",
        previous: ["Minoterie Kerhervé"],
      },
      {
        person: "Yannick Le Goasduff",
        role: "responsable des achats",
        company: "Minoterie Kerhervé",
        kind: "joined",
        previous: ["Fournil des Quatre Vents"],
      },
      {
        person: "Armelle Quéméner",
        role: "secrétaire générale",
        company: "Syndicat des boulangers du Léon",
        kind: "appointed",
      },
      {
        person: "Tanguy Kervella",
        role: "chef de fournil",
        company: "Fournil des Quatre Vents",
        kind: "promoted",
        predecessor: "Gaëtane Rivoallan",
      },
    ],
    noMove: ["Jos Le Bihan"],
    blankLinesOnly: true,
  },
];

// Each case is read as written, and with no blank line anywhere (each line a paragraph then).
const READINGS = [
  { spacing: "blank lines", text: (lines: string[]) => issue(lines) },
  {
    spacing: "no blank line",
    text: (lines: string[]) =>
      issue(lines)
        .split("\n")
        .filter((line) => line.trim())
        .join("\n"),
  },
];

describe("symbol digests under a legend", () => {
  for (const { name, lines, moves, noMove, blankLinesOnly } of CASES)
    for (const { spacing, text } of READINGS.slice(0, blankLinesOnly ? 1 : undefined))
      it(`reads each item by its marker and its cells' content (${name}; ${spacing})`, () => {
        const parsed = parseIssueText(text(lines));
        for (const want of moves) {
          const move = parsed.moves.find((m) => m.person === want.person);
          expect(
            move && { person: move.person, role: move.role, company: move.company, kind: move.kind },
          ).toEqual({ person: want.person, role: want.role, company: want.company, kind: want.kind });
          if (want.previous) expect(move!.previous_companies).toEqual(want.previous);
          if (want.predecessor !== undefined) expect(move!.predecessor).toBe(want.predecessor);
        }
        for (const person of noMove) expect(parsed.moves.map((m) => m.person)).not.toContain(person);
        // the legend line and the no-move items are understood, not left for an editor
        const unread = JSON.stringify(parsed.unread);
        for (const person of noMove) expect(unread).not.toContain(person);
        expect(unread).not.toMatch(/Légende|Mode d'emploi/u);
      });

  it("leaves an item whose cells it cannot type for an editor to read", () => {
    const parsed = parseIssueText(
      issue([
        "Légende : + arrivée · ▲ promotion",
        "",
        "+ Corentin MALVOISIN | responsable qualité | Brasserie du Vallon",
        // two houses and no title: which one the mover joins, the cells do not say
        "+ Yann COADOU | Brasserie des Trois Fûts | Houblons d'Arvor",
      ]),
    );
    expect(parsed.moves.map((m) => m.person)).toEqual(["Corentin Malvoisin"]);
    expect(JSON.stringify(parsed.unread)).toContain("Yann COADOU");
  });

  it("reads a legend's markers and what each means", () => {
    const legend = readLegend(
      "Légende :: => recrutement  ++ promotion  [CA] gouvernance  RIP décès  (?) rumeur",
    );
    expect(
      Object.fromEntries(legend!.map(({ marker, meaning }) => [marker, meaning.kind ?? meaning.reason])),
    ).toEqual({
      "=>": "joined",
      "++": "promoted",
      "[CA]": "appointed",
      RIP: "décès",
      "(?)": "rumeur",
    });
    // a legend with a meaning the lexicon does not know is not read at all
    expect(readLegend("Légende : ◆ coup de cœur · ▲ promotion")).toBeNull();
    expect(readLegend("Légende des cartes : voir page 4")).toBeNull();
    // an entry that explains the notation is passed over, not a reason to give up the legend
    expect(
      readLegend("Clé : » arrivée ; :: sépare les champs ; => remplace ; ↑ promotion")?.map((e) => e.marker),
    ).toEqual(["»", "↑"]);
    // notation alone leaves no two meanings to read
    expect(readLegend("Légende : :: sépare les champs ; » arrivée")).toBeNull();
    // with no label, each entry links its marker to its meaning, or the line is no legend
    const meanings = (line: string) =>
      readLegend(line)?.map(({ marker, meaning }) => [marker, meaning.kind ?? meaning.reason]) ?? null;
    expect(meanings("➚ = arrivée · ▲ = promotion · ✝ = décès")).toEqual([
      ["➚", "joined"],
      ["▲", "promoted"],
      ["✝", "décès"],
    ]);
    expect(meanings("➚ = arrivée · ▲ promotion")).toBeNull();
    expect(meanings("CA = chiffre d'affaires · EBE = excédent brut")).toBeNull();
    expect(meanings("Marc Doré = nomination · Léa Roy = promotion")).toBeNull();
    // a letter or two in brackets is a marker; English meanings are read as French ones
    expect(meanings("Key: (x) leaves · [n] joins · ^^ promoted · <B> board")).toEqual([
      ["(x)", "départ"],
      ["[n]", "joined"],
      ["<B>", "appointed"],
      ["^^", "promoted"],
    ]);
  });

  it("types cells by content, not position", () => {
    const orders = [
      "Yvonne Carrade | cheffe de cuisine | Auberge du Vieux Pont",
      "Auberge du Vieux Pont | Yvonne Carrade | cheffe de cuisine",
      "cheffe de cuisine | Auberge du Vieux Pont | Yvonne Carrade",
    ];
    for (const cells of orders)
      expect(typeItemCells(cells)).toMatchObject({
        person: "Yvonne Carrade",
        role: "cheffe de cuisine",
        company: "Auberge du Vieux Pont",
      });
    // a one-word town opening the row beside a house of several words is the row's place, not a house
    expect(
      typeItemCells("Ambert | Auberge du Vieux Pont | Yvonne Carrade | cheffe de cuisine"),
    ).toMatchObject({
      person: "Yvonne Carrade",
      company: "Auberge du Vieux Pont",
      role: "cheffe de cuisine",
    });
    // a cell naming the kind of move and who made it says the kind, not a second title
    expect(
      typeItemCells("Yvonne Carrade | cheffe de cuisine | Auberge du Vieux Pont | recrutée par la direction"),
    ).toMatchObject({ role: "cheffe de cuisine", kind: { kind: "joined" } });
  });
});
