/**
 * Synthetic newsletter issues for benchmarks: fictional people and companies in the phrasings a
 * Mouvements section uses, so the whole pipeline (parse → import) is exercised.
 */

const FIRST = [
  "Claire",
  "Paul",
  "Inès",
  "Yann",
  "Lou",
  "Marc",
  "Sophie",
  "Hugo",
  "Léa",
  "Karim",
  "Anne",
  "Jules",
  "Nora",
  "Théo",
  "Maud",
  "Rémi",
  "Alice",
  "Bruno",
  "Chloé",
  "Denis",
];
const LAST = [
  "Fontanel",
  "Léger",
  "Abadie",
  "Ropars",
  "Berthet",
  "Vidal",
  "Marchal",
  "Giraud",
  "Perrin",
  "Lacroix",
  "Besson",
  "Morel",
  "Chevalier",
  "Renaud",
  "Aubert",
  "Collin",
  "Masson",
  "Brunet",
  "Roche",
  "Duval",
];
const STEMS = [
  "Lum",
  "Orb",
  "Nor",
  "Alt",
  "Vel",
  "Cap",
  "Tess",
  "Quor",
  "Hel",
  "Zeph",
  "Mir",
  "Sol",
  "Ter",
  "Axi",
  "Ner",
];
const ENDINGS = ["en", "is", "elle", "avia", "ora", "ix", "eo", "ance", "um", "ys"];
const ROLES = [
  "directrice financière",
  "directeur commercial",
  "Chief Marketing Officer",
  "head of sales",
  "VP engineering",
  "directrice des ressources humaines",
  "CTO",
  "directeur général",
  "responsable des achats",
  "Chief Operating Officer",
];

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticIssue(index: number, movesPerIssue = 8): { name: string; text: string } {
  const random = rng(index + 1);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const company = () =>
    `${pick(STEMS)}${pick(ENDINGS)} ${pick(["", "", "Conseil", "Group", "Digital", "Partners"])}`.trim();
  const person = () => `${pick(FIRST)} ${pick(LAST)}${random() < 0.5 ? "" : `-${pick(LAST)}`}`.toUpperCase();
  const paragraphs: string[] = [];
  for (let i = 0; i < movesPerIssue; i++) {
    const [p, c, r, prev] = [person(), company(), pick(ROLES), company()];
    const shapes = [
      `${p} rejoint ${c} en tant que ${r}. Il a travaillé auparavant chez ${prev}.`,
      `${c} nomme ${p} comme ${r}. Elle était précédemment chez ${prev}.`,
      `${p} a rejoint ${c} comme ${r}, ex-${prev}.`,
      `${p} est nommée ${r} de ${c}, succédant à Jean Martin.`,
    ];
    paragraphs.push(shapes[i % shapes.length]!);
  }
  const day = String((index % 28) + 1).padStart(2, "0");
  const text = [
    `La lettre n°${index}`,
    "",
    "Une actualité du secteur, sans rapport avec les nominations.",
    "",
    "+ MOUVEMENTS, avec Cabinet Fictif, recrutement",
    "",
    paragraphs.join("\n\n"),
    "",
    "+ AGENDA",
    "",
    `Rendez-vous le ${day} pour la prochaine édition.`,
  ].join("\n");
  return { name: `issue-${String(index).padStart(5, "0")}.txt`, text };
}
