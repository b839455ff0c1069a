// First-person posts quoted with their author (jobs/parse/first-person-posts.ts): the author is the
// mover, "je" stands for them, and nobody else the post names is given a move. Every person and
// company here is invented; the cases vary the opening formula, the way the author is named (a dash
// line, "Posté par", a bracket with the network, a name before the quote) and the author's gender.

import { describe, expect, it } from "@jest/globals";
import { readFirstPersonPost } from "../../../jobs/parse/first-person-posts.ts";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import type { WantedMove } from "./issue-text.ts";

function issue(body: string[]): string {
  return [
    "LE FIL DES BRASSEURS — lettre n° 31",
    "",
    "Orge : la récolte de printemps est la plus faible depuis dix ans",
    "Les malteries relèvent leurs prix de 8 %.",
    "",
    "NOMINATIONS",
    "",
    ...body.flatMap((block) => [block, ""]),
    "AGENDA",
    "",
    "Le salon de la bière artisanale ouvre le 12 mai à Nantes.",
  ].join("\n");
}

const CASES: [string, string, WantedMove][] = [
  [
    "a pleased opening, 'en tant que' and 'après N ans chez', signed after a dash",
    "« Je suis heureuse de rejoindre Brasserie Kerbellec en tant que maître brasseuse après 6 ans chez Malterie du Poher. Je succède à Gildas Morvan, que je remercie. »\n— Maïwenn Le Goarnig, sur LinkedIn",
    {
      person: "Maïwenn Le Goarnig",
      role: "maître brasseuse",
      company: "Brasserie Kerbellec",
      kind: "joined",
      previous: ["Malterie du Poher"],
      predecessor: "Gildas Morvan",
    },
  ],
  [
    "'Nouveau poste : R chez C' signed 'Posté par', the house thanked for its years left",
    "« Nouveau poste : responsable des ventes chez Houblonnière Castagnède 🍺 Merci à mes collègues de Cidrerie Pellan pour ces années. »\nPosté par Thibault RAVEYRE",
    {
      person: "Thibault RAVEYRE",
      role: "responsable des ventes",
      company: "Houblonnière Castagnède",
      kind: "joined",
      previous: ["Cidrerie Pellan"],
    },
  ],
  [
    "'Après N années chez D, je rejoins C comme R' with the author in a bracket",
    "« Après 11 belles années chez Verrerie Oudard, je rejoins Brasserie des Trois Gués comme directeur de la logistique. Nouveau chapitre ! »\n(Anselme Pradier-Koné, LinkedIn, il y a 2 jours)",
    {
      person: "Anselme Pradier-Koné",
      role: "directeur de la logistique",
      company: "Brasserie des Trois Gués",
      kind: "joined",
      previous: ["Verrerie Oudard"],
    },
  ],
  [
    "'même maison' as a promotion",
    "« Nouveau poste, même maison : après cinq ans comme chef de projet, je deviens directeur qualité chez Malterie Vasseur. »\n— Rodrigue Lemarquis, sur LinkedIn",
    {
      person: "Rodrigue Lemarquis",
      role: "directeur qualité",
      company: "Malterie Vasseur",
      kind: "promoted",
      previous: [],
    },
  ],
  [
    "'ma nomination au poste de R de C', the house entered years ago",
    "« Ravie d'annoncer ma nomination au poste de responsable du conditionnement de Brasserie Kerbellec, la maison où je suis entrée il y a 9 ans comme stagiaire. »\nPosté par Clémentine Aubrac",
    {
      person: "Clémentine Aubrac",
      role: "responsable du conditionnement",
      company: "Brasserie Kerbellec",
      kind: "promoted",
      previous: [],
    },
  ],
  [
    "'je quitte D pour rejoindre l'équipe de C au poste de R', an earlier house after 'Avant cela'",
    "« Une page se tourne : je quitte Cidrerie Pellan pour rejoindre l'équipe d'Houblonnière Castagnède au poste de directrice commerciale. Avant cela, Verrerie Oudard m'avait mis le pied à l'étrier. »\n— Bérangère Fontvieille, sur LinkedIn",
    {
      person: "Bérangère Fontvieille",
      role: "directrice commerciale",
      company: "Houblonnière Castagnède",
      kind: "joined",
      previous: ["Cidrerie Pellan", "Verrerie Oudard"],
    },
  ],
  [
    "'Fier d'avoir été élu R de C', the author named before the quote",
    "Ambroise Teisseire, sur LinkedIn : « Fier d'avoir été élu président du Groupement des brasseurs de l'Aven. »",
    {
      person: "Ambroise Teisseire",
      role: "président",
      company: "Groupement des brasseurs de l'Aven",
      kind: "appointed",
      previous: [],
    },
  ],
];

describe("first-person posts", () => {
  it.each(CASES)("reads %s", (_, post, want) => {
    const parsed = parseIssueText(issue([post]));
    expect(parsed.moves).toHaveLength(1);
    const move = parsed.moves[0]!;
    expect({
      person: move.person.toLowerCase(),
      role: move.role,
      company: move.company,
      kind: move.kind,
      previous: move.previous_companies,
    }).toEqual({
      person: want.person.toLowerCase(),
      role: want.role,
      company: want.company,
      kind: want.kind,
      previous: want.previous,
    });
    if (want.predecessor !== undefined) expect(move.predecessor).toBe(want.predecessor);
  });

  it("gives no record to a person the post only names", () => {
    const parsed = parseIssueText(
      issue([
        "« Je suis heureux de rejoindre Malterie Vasseur en tant que directeur technique. Merci à Solène Guérard, qui m'a recruté, et bravo à Yann Kerhervé, nommé directeur commercial de Cidrerie Pellan. »\n— Loïc Abgrall, sur LinkedIn",
      ]),
    );
    expect(parsed.moves.map((m) => m.person)).toEqual(["Loïc Abgrall"]);
  });

  it("reads no post in a quote a newsletter attributes with a verb of saying", () => {
    expect(
      readFirstPersonPost(
        "« Je rejoins une belle maison », confie Loïc Abgrall, directeur technique de Malterie Vasseur.",
      ),
    ).toBeNull();
    expect(readFirstPersonPost("« Hâte de commencer ! »\n— Loïc Abgrall, sur LinkedIn")).toBeNull();
  });
});
