// The careers grammar (jobs/parse/career.ts), row by row: every way of telling a past post the
// parser knows, with an invented example and the previous employers it must give. Adding a
// phrasing is one row in CAREER_CUES; this test then reads its example.

import { describe, expect, it } from "@jest/globals";
import { CAREER_CUES, isFeminineMover, PREDECESSOR_CUES, readCareers } from "../../../jobs/parse/career.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { findPersonMentions } from "../../../jobs/parse/mentions.ts";
import { addEmployersLeftBehind } from "../../../jobs/parse/succession.ts";
import { issueAround } from "./issue-text.ts";

const issue = (item: string) => issueAround([item]);
const previousOf = (item: string, person: string) =>
  parseIssueText(issue(item)).moves.find((m) => m.person === person)?.previous_companies;

describe("the careers grammar", () => {
  it.each(CAREER_CUES.map((row) => [row.id, row.example, row] as const))(
    "%s: reads %j",
    (_id, example, row) => {
      expect([...(previousOf(example, row.mover) ?? ["no move read"])].sort()).toEqual(
        [...row.previous].sort(),
      );
    },
  );

  it("gives every cue an id of its own and an example naming its mover", () => {
    expect(new Set(CAREER_CUES.map((row) => row.id)).size).toBe(CAREER_CUES.length);
    for (const row of CAREER_CUES) expect(row.example).toContain(row.mover);
  });

  it("reads a list of employers whose later items are dated", () => {
    expect(
      previousOf(
        "La maison Vernelle recrute Anne Roy comme directrice marketing ; elle a débuté chez Kargo Rail avant de rejoindre en 2012 le groupe Talvia, puis en 2019 l'agence Ferlog.",
        "Anne Roy",
      )?.sort(),
    ).toEqual(["Ferlog", "Kargo Rail", "Talvia"]);
  });

  it("reads a State's or local service named in lower case, with its place, as one employer", () => {
    expect(
      previousOf(
        "Marc Lin est nommé directeur de l'École nationale de voile. Il était adjoint à la direction régionale de la jeunesse et des sports des Hautes-Lorves.",
        "Marc Lin",
      ),
    ).toEqual(["direction régionale de la jeunesse et des sports des Hautes-Lorves"]);
    expect(
      previousOf(
        "Anne Roy prend la tête de la direction territoriale de Lorve. Elle dirigeait le service territorial éducatif de milieu ouvert de Saint-Ormel.",
        "Anne Roy",
      ),
    ).toEqual(["service territorial éducatif de milieu ouvert de Saint-Ormel"]);
  });

  it("gives the predecessor two movers share ('Ils succèdent à Y') to each of them", () => {
    const moves = parseIssueText(
      issue(
        "Marc Lin et Anne Roy ont été nommés à la codirection des Tréteaux de Lorve. Ils succèdent à Luc Faure, qui dirigeait le lieu depuis 2008.",
      ),
    ).moves;
    expect(moves.find((m) => m.person === "Anne Roy")?.predecessor).toBe("Luc Faure");
    expect(moves.find((m) => m.person === "Marc Lin")?.predecessor).toBe("Luc Faure");
  });

  it("spells an employer left the way the issue first wrote it, a slip in one letter repaired", () => {
    const text = `+ MOUVEMENTS\n\nLe fabricant Burolis nomme Marc Lin directeur financier.\n\nLe fabricant de classeurs Classafix nomme directrice générale Anne Roy, ex-directrice générale adjointe de Buroliss.\n\n+ AGENDA\n\nRien.`;
    expect(parseIssueText(text).moves.find((m) => m.person === "Anne Roy")?.previous_companies).toEqual([
      "Burolis",
    ]);
  });

  it("reads the career of an item headed by its employer as a career, not as the new employer", () => {
    expect(
      previousOf(
        "◼ Ferlog — La jeune pousse accueille à son conseil d'administration Anne Roy, ancienne directrice générale de Kargo Rail, comme administratrice indépendante.",
        "Anne Roy",
      ),
    ).toEqual(["Kargo Rail"]);
  });

  it("reads a parent named in apposition as the new employer, the house left as a previous one", () => {
    const moves = parseIssueText(
      issue(
        "Chez le transporteur Kargo Rail, Anne Roy est promue directrice industrielle. Elle succède à Marc Lin, qui rejoint la maison mère, Ferlog Group, comme directeur des achats.",
      ),
    ).moves;
    const leaver = moves.find((m) => m.person === "Marc Lin");
    expect([leaver?.company, leaver?.previous_companies]).toEqual(["Ferlog Group", ["Kargo Rail"]]);
  });

  it("keeps a word joined by '&' in a previous employer's name, even one that folds to a grammar word", () => {
    expect(
      previousOf(
        "Ferlog accueille Marc Lin au poste de directeur international. Il était responsable export chez l'éditeur belge Dés & Cartes.",
        "Marc Lin",
      ),
    ).toEqual(["Dés & Cartes"]);
  });

  it("reads no buyer after 'par le passé' as an employer ('rachetée depuis par B')", () => {
    expect(
      previousOf(
        "Chez Ferlog, Marc Lin remplacera Anne Roy au poste de directeur général. Il a dirigé par le passé la chaîne numérique Kidstream, rachetée depuis par Pixelia.",
        "Marc Lin",
      ),
    ).toEqual(["Kidstream"]);
  });

  it("reads a later item of a list described by any noun ('et la plateforme B')", () => {
    expect(
      previousOf(
        "Le distributeur Ferlog s'offre un directeur des opérations : Marc Lin, qui a partagé sa carrière entre la maison de disques Kargo Rail et la plateforme Talvia.",
        "Marc Lin",
      )?.sort(),
    ).toEqual(["Kargo Rail", "Talvia"]);
  });

  it("never gives a mover another person's career", () => {
    const item =
      "Marc Lin est nommé directeur général de Talvia. Il succède à Anne Roy, nommée présidente de Ferlog. Cet ingénieur a commencé sa carrière chez Kargo Rail.";
    expect(previousOf(item, "Marc Lin")).toEqual(["Kargo Rail"]);
    expect(previousOf(item, "Anne Roy") ?? []).not.toContain("Kargo Rail");
    expect(
      previousOf(
        "Chez Promelys, Vincent Tardieu est nommé directeur du développement tandis qu'Aude Maillet, ex-Bâtir Olve, prend la direction technique.",
        "Vincent Tardieu",
      ),
    ).toEqual([]);
  });

  it("does not count schools, ministers' cabinets, divisions or a post the person keeps", () => {
    expect(
      previousOf(
        "Anne Roy est nommée directrice générale de Talvia. Diplômée de HEC, elle était jusqu'ici directrice de cabinet du ministre de l'Intérieur.",
        "Anne Roy",
      ),
    ).toEqual([]);
    expect(
      previousOf(
        "Marc Lin rejoint Unicom comme directeur du développement. Il était auparavant chez Hypermarchés Leroy, dont il a dirigé les magasins de la région Ouest.",
        "Marc Lin",
      ),
    ).toEqual(["Hypermarchés Leroy"]);
    expect(
      previousOf(
        "Anne Roy, directrice générale de Ferlog, est élue présidente de la fédération Logistique Ouest.",
        "Anne Roy",
      ),
    ).toEqual([]);
  });

  it("reads the post held in an apposition or an opening title when the mover leaves it", () => {
    expect(
      previousOf(
        "Le président de l'insurtech Lovia, Marc Lin, rejoint Assurances Marvielle en tant que directeur de l'innovation.",
        "Marc Lin",
      ),
    ).toEqual(["Lovia"]);
    expect(
      previousOf(
        "Anne Roy, directrice générale de l'Office des sports de Valmoray depuis 2012, rejoint Ferlog comme directrice de la performance.",
        "Anne Roy",
      ),
    ).toEqual(["Office des sports de Valmoray"]);
  });

  // A career dated between its verb and its object: [family, item, mover, previous]
  it.each([
    [
      "qui a dirigé de 2016 à 2024 A",
      "Le réseau Talvia a un nouveau directeur général : Marc Lin, qui a dirigé de 2016 à 2024 le réseau autoroutier Kelvane Services.",
      "Marc Lin",
      ["Kelvane Services"],
    ],
    [
      "qui dirigeait entre 2015 et 2022 A",
      "Anne Roy, qui dirigeait entre 2015 et 2022 l'enseigne Orbis Mode, rejoint Talvia comme directrice.",
      "Anne Roy",
      ["Orbis Mode"],
    ],
  ])("reads a dated career: %s", (_family, item, mover, previous) => {
    expect(previousOf(item, mover)).toEqual(previous);
  });

  // A title ending on a house described by its kind, named in apposition after it: [family, item,
  // mover, company, role, previous]
  it.each([
    [
      "de la filiale espagnole du groupe, C",
      "Le distributeur Kelvane nomme Anne Roy directrice des achats. Elle remplace Marc Lin, nommé directeur général de la filiale espagnole du groupe, Kelvane Iberia.",
      "Marc Lin",
      "Kelvane Iberia",
      "directeur général",
      ["Kelvane"],
    ],
    [
      "prend la direction générale de sa filiale de R, C",
      "Toujours chez Talvia Services, Luc Faure, directeur financier du groupe, prend la direction générale de sa filiale de nettoyage industriel, Talvia Industrie.",
      "Luc Faure",
      "Talvia Industrie",
      "directeur général",
      ["Talvia Services"],
    ],
  ])("reads the subsidiary named after a title: %s", (_family, item, mover, company, role, previous) => {
    const move = parseIssueText(issue(item)).moves.find((m) => m.person === mover);
    expect([move?.company, move?.role, move?.previous_companies]).toEqual([company, role, previous]);
  });

  // A title given by a possessive: held at the house that loses the person or that opens the item
  // [family, item, mover, previous]
  it.each([
    [
      "C perd son R, X, qui rejoint B",
      "Kelvane perd en revanche son directeur commercial, Marc Lin, qui rejoint le distributeur Talvia Mobilité comme directeur général délégué.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "an item headed by C: 'C – Sa R, X, rejoint B'",
      "Institut du verre de Lorve – Sa directrice, Anne Roy, rejoint Orbis Europe comme directrice de l'innovation.",
      "Anne Roy",
      ["Institut du verre de Lorve"],
    ],
    [
      "'Chez C, son R, X, est promu': a post in the same house",
      "Chez Talvia, son directeur financier, Luc Faure, est promu directeur général.",
      "Luc Faure",
      [],
    ],
  ])("reads the post a possessive title gives: %s", (_family, item, mover, previous) => {
    expect(previousOf(item, mover)).toEqual(previous);
  });

  it.each(PREDECESSOR_CUES.map((row) => [row.id, row.example, row] as const))(
    "predecessor, %s: reads %j",
    (_id, example, row) => {
      const move = parseIssueText(issue(example)).moves.find((m) => m.person === "Anne Roy");
      expect(move?.predecessor).toBe(row.predecessor);
    },
  );

  it("reads no predecessor from a succession the text denies", () => {
    const move = parseIssueText(
      issue(
        "Chez Ferlog, Anne Roy rejoindra l'agence le 1er février comme directrice générale, mais pas, comme cela était annoncé, en remplacement du directeur de la création, Luc Faure.",
      ),
    ).moves.find((m) => m.person === "Anne Roy");
    expect(move?.predecessor).toBeNull();
  });

  it("keeps a predecessor who moves to the parent group in the house ('C, filiale du groupe P')", () => {
    const item =
      "Talvia, filiale logistique du groupe Ferlog, confie sa direction générale à Anne Roy, jusqu'ici directrice des achats ; elle remplace Luc Faure, nommé directeur de la stratégie du groupe Ferlog.";
    const leaver = parseIssueText(issue(item)).moves.find((m) => m.person === "Luc Faure");
    expect(leaver?.kind).toBe("promoted");
    expect(leaver?.previous_companies).toEqual([]);
  });

  it("gives a predecessor who moves on the successor's house, whichever reader read the successor", () => {
    const item =
      "Le spécialiste de la logistique froide Talvia recrute comme directeur des opérations Marc Lin, passé par le transporteur Kargo Rail. Il succède à Luc Faure, qui rejoint la banque chez Crédit Montclar en tant que directeur des risques.";
    expect(previousOf(item, "Luc Faure")).toEqual(["Talvia"]);
  });

  // A leaver of any kind, whichever reader read either record: [family, item, leaver, previous]
  it.each([
    [
      "the successor read by the slot reader, the leaver appointed elsewhere",
      "Chez Orvane Conseil, Marc Lin a remplacé à la direction générale Luc Faure, qui a pris la direction générale du groupe Kelvane.",
      "Luc Faure",
      ["Orvane Conseil"],
    ],
    [
      "the leaver read by the slot reader, called to a subsidiary of another name",
      "Talvia Air : Anne Roy est nommée directrice commerciale. Elle remplace Luc Faure, appelé à la direction générale de la filiale de maintenance Kelvane Services.",
      "Luc Faure",
      ["Talvia Air"],
    ],
  ])("gives a leaver the successor's house: %s", (_family, item, leaver, previous) => {
    expect(previousOf(item, leaver)).toEqual(previous);
  });

  it("keeps a leaver promoted to a house of the same brand in the group", () => {
    const moves = [
      {
        person: "Anne Roy",
        kind: "promoted" as const,
        company: "Kervia Défense",
        previous_companies: [],
        predecessor: null,
      },
      {
        person: "Marc Lin",
        kind: "promoted" as const,
        company: "Kervia Spatial",
        previous_companies: [],
        predecessor: "Anne Roy",
      },
    ];
    addEmployersLeftBehind(moves, "", [moves[1]!]);
    expect(moves[0]!.previous_companies).toEqual([]);
    const appointed = { ...moves[0]!, kind: "appointed" as const, previous_companies: [] as string[] };
    addEmployersLeftBehind([appointed, moves[1]!], "", [moves[1]!]);
    expect(appointed.previous_companies).toEqual(["Kervia Spatial"]);
  });

  it("keeps a predecessor in the house when the successor's sentence misspells it", () => {
    const item =
      "Kelvane Burger recrute Marc Lin, directeur marketing de Talvia, comme directeur marketing. Chez Kelvane Burgers, il remplacera à partir de mai Anne Roy, qui prend la direction de la franchise internationale.";
    expect(previousOf(item, "Anne Roy")).toEqual([]);
  });

  it("reads no gender from a title said of both ('responsable', 'secrétaire', 'juriste')", () => {
    const [person] = findPersonMentions("Rob Halloran");
    expect(isFeminineMover(person!, "responsable du développement")).toBe(false);
    expect(isFeminineMover(person!, "secrétaire générale")).toBe(true);
    expect(isFeminineMover(person!, "directrice de la recherche")).toBe(true);
  });

  it("gives each mover named before 'ils remplacent respectivement A et B' the one at the same place", () => {
    const moves = parseIssueText(
      issue(
        "Talvia nomme Marc Lin directeur financier et Anne Roy directrice commerciale. Ils remplacent respectivement Luc Faure et Claire Vidal, partis à la retraite.",
      ),
    ).moves;
    expect(moves.find((m) => m.person === "Marc Lin")?.predecessor).toBe("Luc Faure");
    expect(moves.find((m) => m.person === "Anne Roy")?.predecessor).toBe("Claire Vidal");
  });

  // Successions told before the successor or around the cue (succession.ts, findPredecessor):
  // [family, item, successor, predecessor]
  it.each([
    [
      "hands over: passe la main à",
      "Chez Ferlog, le fondateur Luc Faure, 72 ans, passe la main à sa fille, Anne Roy, qui devient présidente du directoire.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "hands over: devient … et cède la direction à",
      "Chez l'assureur Ferlog, Luc Faure devient directeur général et cède la direction financière à Anne Roy, jusqu'ici responsable du contrôle de gestion.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "hands over to an heir named in the next sentence",
      "Le PDG de Ferlog, Luc Faure, a cédé à son dauphin les fonctions exécutives. À 43 ans, Marc Lin, jusque-là directeur des opérations, devient directeur général de Ferlog.",
      "Marc Lin",
      "Luc Faure",
    ],
    [
      "the employer left replaces them: Z le remplace par Y",
      "Talvia a nommé Luc Faure directeur commercial. Il était jusqu'ici directeur du réseau de Ferlog. Ferlog le remplace par Anne Roy, directrice marketing, qui devient directrice du réseau.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "pour lui succéder, Y",
      "Luc Faure, directeur général de Ferlog depuis neuf ans, a décidé de quitter le groupe. Pour lui succéder, Anne Roy, actuellement directrice adjointe, est nommée directrice générale de Ferlog.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "a relative before the cue: X, auquel il succède",
      "Marc Lin a été nommé directeur général de Ferlog. Il a longtemps été l'adjoint d'Yves Faure, auquel il succède.",
      "Marc Lin",
      "Yves Faure",
    ],
    [
      "'le départ de Y est compensé par la nomination de X' (outgoing-holders.ts)",
      "Chez Talvia, le départ de Luc Faure est compensé par la nomination de Marc Lin au poste de directeur financier.",
      "Marc Lin",
      "Luc Faure",
    ],
    [
      "'Le R sortant, Y,' after a bureau's list: the holder of the same title",
      "Le Cercle des horlogers de Lorve a renouvelé son bureau : président, Marc Lin ; trésorière, Anne Roy. Le président sortant, Luc Faure, ne se représentait pas.",
      "Marc Lin",
      "Luc Faure",
    ],
    [
      "the outgoing holder named before 'président sortant'",
      "Le Syndicat des vétérinaires de Brisac a élu présidente Dr Anne Roy, vétérinaire rurale. Le Dr Luc Faure, président sortant, reste administrateur.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "a nationality before the name: le Sénégalais X",
      "Marc Lin est le nouveau directeur général de Ferlog. Il remplace à ce poste le Sénégalais Luc Faure, atteint par la limite d'âge.",
      "Marc Lin",
      "Luc Faure",
    ],
    [
      "a company in an apposition read as a name does not end the mover's stretch",
      "Le groupe Ferlog a nommé Marc Lin président de sa filiale logistique, Kelvane Transit Services. Il succède à Luc Faure et siégera au directoire du groupe.",
      "Marc Lin",
      "Luc Faure",
    ],
    [
      "the one replaced moves too",
      "Talvia nomme Anne Roy directrice générale. Elle succède à Luc Faure, qui rejoint Kargo Rail comme directeur financier.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "a religious title before the one replaced",
      "Sœur Anne Roy a été élue supérieure générale de la Congrégation des Sœurs de Sainte-Ombre lors du chapitre d'août. Elle succède à Sœur Claire Vidal.",
      "Anne Roy",
      "Claire Vidal",
    ],
    [
      "the post between 'succède' and the one replaced ('succède à la tête de l'ANB à X')",
      "L'ex-secrétaire générale de la mairie de Ferlac, Anne Roy, a été nommée présidente de l'Agence nationale des bourgs (ANB). Cette administratrice succède à la tête de l'ANB à Luc Faure, l'ancien sous-préfet de Vaubrenne.",
      "Anne Roy",
      "Luc Faure",
    ],
    [
      "'Successeur de X.' as a sentence of its own before the successor's",
      "Luc Faure va quitter Ferlog le 31 décembre. Successeur de Luc Faure. Ferlog a désigné le 27 novembre Marc Lin, 61 ans, qui deviendra directeur délégué des trains régionaux à partir du 1er janvier.",
      "Marc Lin",
      "Luc Faure",
    ],
  ])("%s", (_family, item, successor, predecessor) => {
    const move = parseIssueText(issue(item)).moves.find((m) => m.person === successor);
    expect(move?.predecessor).toBe(predecessor);
  });

  // What a career names that is no employer, and where a career stops: [family, item, mover, previous]
  it.each([
    [
      "a unit's town after its article ('responsable du plateau de T')",
      "Chez Talvia, Marc Lin, responsable du plateau de Vaulmont-sur-Orge, devient directeur des centres de contacts.",
      "Marc Lin",
      [],
    ],
    [
      "a post's town after a bare 'à' in an apposition",
      "Kelvane promeut Anne Roy, responsable d'exploitation à Pontbrenne, au poste de directrice régionale.",
      "Anne Roy",
      [],
    ],
    [
      "a post's town after a bare 'à' in a past tense",
      "Chez Talvia, Marc Lin est promu directeur du réseau. Il était responsable régional à Castelvoie.",
      "Marc Lin",
      [],
    ],
    [
      "a title's complement without article names the house ('chef de laboratoire de A')",
      "Marc Lin rejoint Talvia comme directeur technique. Il était jusqu'ici chef de laboratoire de Kelvane.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "two common nouns joined by a bare 'et' make one name",
      "Talvia recrute Anne Roy comme directrice réseau. Elle était responsable commerciale de Glisse et Sommets.",
      "Anne Roy",
      ["Glisse et Sommets"],
    ],
    [
      "a sector's initials before the name ('le groupe de BTP A', 'l'ESN B')",
      "Marc Lin, passé par l'ESN Kelvia et par le groupe de BTP Orbane, est nommé directeur général de Talvia.",
      "Marc Lin",
      ["Kelvia", "Orbane"],
    ],
    [
      "a town after ', à' closing the clause",
      "Le centre hospitalier de Lorve a un nouveau directeur délégué : Marc Lin, qui dirigeait l'Ehpad Les Glycines, à Pontvert.",
      "Marc Lin",
      ["Ehpad Les Glycines"],
    ],
    [
      "a client's contract",
      "Talvia nomme Anne Roy directrice régionale ; elle dirigeait jusqu'ici le contrat de la régie de Montvert chez Sauréa.",
      "Anne Roy",
      ["Sauréa"],
    ],
    [
      "a brand or unit 'au sein du groupe'",
      "Fraîchement promue, Anne Roy prend la direction générale de Talvia en France. Elle dirigeait jusqu'ici la marque de soins Vivelle au sein du groupe.",
      "Anne Roy",
      [],
    ],
    [
      "a company's plant in a town",
      "La jeune pousse Talvia recrute comme directeur général Marc Lin, ancien directeur de l'usine Carbolux de Sainte-Ombre.",
      "Marc Lin",
      ["Carbolux"],
    ],
    [
      "a country and a compass region",
      "Revenu en France après huit ans au Qatar pour le compte de Pétrovane, Marc Lin prend la direction générale de Talvia.",
      "Marc Lin",
      ["Pétrovane"],
    ],
    [
      "a region of the group",
      "Chez Talvia, Anne Roy est nommée directrice générale. Elle dirigeait la région Centre-Est du groupe.",
      "Anne Roy",
      [],
    ],
    [
      "the subject after a fronted career opens the main clause",
      "Talvia renforce sa direction avec l'arrivée de Marc Lin comme directeur commercial adjoint. Précédemment inspecteur chez Mutuelle Vauclère, il aura chez Talvia Courtage la charge de 400 courtiers.",
      "Marc Lin",
      ["Mutuelle Vauclère"],
    ],
    [
      "a relative after the employer tells of the employer",
      "La banque Ferlog nomme Anne Roy directrice financière. Elle était directrice financière adjointe de l'opérateur Belcom, qui promeut à sa place Wim Peeters-Lambin.",
      "Anne Roy",
      ["Belcom"],
    ],
    [
      "'elle' points to the woman named after a man who moves",
      "On apprenait que Delphine Marceau allait prendre la direction de Talvia et y succéder à Frank Verbrugghe (elle était depuis 2024 directrice de l'ESC Vernoux). Frank Verbrugghe rejoint Kargo Rail comme directeur de la stratégie.",
      "Frank Verbrugghe",
      [],
    ],
    [
      "an employer that replaces the person is no person",
      "Talvia nomme Anne Roy directrice médicale. Elle était directrice des affaires médicales chez Astrelia France, après un passage chez Biogénis. Astrelia France la remplace par le Dr Marc Lin, venu de Genlys.",
      "Anne Roy",
      ["Astrelia France", "Biogénis"],
    ],
    [
      "an apposition listing titles, the last naming the employer",
      "Anne Roy, ingénieure en chef, directrice des essais de Kargo Rail, est nommée directrice technique de Talvia.",
      "Anne Roy",
      ["Kargo Rail"],
    ],
    [
      "the new employer's acronym",
      "Marc Lin, directeur de l'Institut Kelvin, est nommé directeur général du Centre national de recherche appliquée (CNRA).",
      "Marc Lin",
      ["Institut Kelvin"],
    ],
    [
      "a name close to the new employer's but for its first letter",
      "Chez Talvia, le comité accueille Marc Lin, directeur des ventes, ainsi qu'Anne Roy, ex-Janvia France, nommée directrice des ressources humaines de Sanovia France.",
      "Anne Roy",
      ["Janvia France"],
    ],
    [
      "a career shared: X et Y, tous deux issus de A (the first)",
      "Talvia nomme deux directeurs adjoints de la fabrication, Marc Lin et Anne Roy, tous deux issus de l'imprimerie Rotomarne.",
      "Marc Lin",
      ["Rotomarne"],
    ],
    [
      "a career shared: X et Y, tous deux issus de A (the second)",
      "Talvia nomme deux directeurs adjoints de la fabrication, Marc Lin et Anne Roy, tous deux issus de l'imprimerie Rotomarne.",
      "Anne Roy",
      ["Rotomarne"],
    ],
    [
      "a descriptor heading a listed employer",
      "Le family office Borderie s'offre un directeur des investissements : Marc Lin, passé par Ormesson Capital et la banque Rochebrune & Cie.",
      "Marc Lin",
      ["Ormesson Capital", "Rochebrune & Cie"],
    ],
    [
      "a company in an apposition read as a name does not take the mover's career",
      "Le groupe Ferlog a nommé Marc Lin président de sa filiale logistique, Kelvane Transit Services. Il succède à Luc Faure et siégera au directoire du groupe. Il a été successivement directeur des achats chez Kargo Rail, puis directeur général de la Société fruitière de Vaubrenne.",
      "Marc Lin",
      ["Kargo Rail", "Société fruitière de Vaubrenne"],
    ],
    [
      "a career told inside the house names units, not employers",
      "Talvia promeut Anne Roy directrice de l'approvisionnement. Entrée à la coopérative en 2004, elle dirigeait le silo de Vaubrenne.",
      "Anne Roy",
      [],
    ],
    [
      "a past told before 'entrée dans le groupe' is kept",
      "Cette ancienne de la Banque Kelvane, entrée dans le groupe en 2011, Anne Roy prend la direction générale de la caisse Talvia.",
      "Anne Roy",
      ["Banque Kelvane"],
    ],
    [
      "one brand in two countries is one group",
      "Marc Lin, lui-même ancien président de Kelvane Japon, devient directeur général de Kelvane France.",
      "Marc Lin",
      [],
    ],
    [
      "an apposition describing the employer names its place",
      "Talvia recrute un directeur général : Marc Lin, qui dirigeait Kervane, le réseau de bus de Vaubrenne.",
      "Marc Lin",
      ["Kervane"],
    ],
    [
      "a network run for a client names a place",
      "Marc Lin prend la direction de l'autorité des mobilités de Talvia. Il dirigeait jusqu'ici le réseau de bus de Vaubrenne pour le compte de Kelvane.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "'absorbé par' names an acquirer, not an employer",
      "Marc Lin devient directeur informatique de Talvia. Il était précédemment directeur informatique de l'Office des routes, absorbé l'an dernier par Talvia Services.",
      "Marc Lin",
      ["Office des routes"],
    ],
    [
      "a team of the employer ('son équipe X') is no employer",
      "Team Kelvane : Marc Lin quitte Ormesson Esport et devient manager. Ormesson Esport le remplace par Anne Roy, jusqu'ici analyste de son équipe Rocket Arena, qui devient manager.",
      "Marc Lin",
      ["Ormesson Esport"],
    ],
    [
      "'passé notamment par A et B'",
      "Un nouveau venu, Marc Lin, passé notamment par Télé Vaubrenne et Kelvane Hebdo, est nommé rédacteur en chef adjoint de Talvia.",
      "Marc Lin",
      ["Télé Vaubrenne", "Kelvane Hebdo"],
    ],
    [
      "the post in an apposition named by a capitalised noun and its complements",
      "Marc Lin, directeur général du Pôle universitaire Saint-Brévin, va prendre la direction de l'École d'ingénieurs de Vaubrenne.",
      "Marc Lin",
      ["Pôle universitaire Saint-Brévin"],
    ],
    [
      "an apposition's employer left inside the title by a lower-case head",
      "Marc Lin, directeur de la clinique Saint-Brévin, prend la direction des opérations de Talvia.",
      "Marc Lin",
      ["clinique Saint-Brévin"],
    ],
    [
      "a past title in apposition before the name, with a title the role reader does not know",
      "Le groupe Talvia a annoncé la nomination du désormais ex-patron de Kelvane Networks, Marc Lin, à la présidence du conseil d'administration de l'opérateur Fibrane.",
      "Marc Lin",
      ["Kelvane Networks"],
    ],
    [
      "an institution named by its lower-case head and a place",
      "Anne Roy rejoint Talvia comme directrice générale. Elle dirigeait auparavant la maison de quartier des Glycines, à Vaubrenne.",
      "Anne Roy",
      ["maison de quartier des Glycines"],
    ],
    [
      "an adjective after the lower-case head",
      "Anne Roy rejoint Talvia comme directrice générale. Elle exerçait jusqu'ici à l'hôpital privé des Trois-Chênes.",
      "Anne Roy",
      ["hôpital privé des Trois-Chênes"],
    ],
    [
      "a plural head shared by a list of places",
      "Marc Lin devient directeur général de Talvia. Précédemment, il dirigeait les centres hospitaliers de Vernac et de Pontbrise.",
      "Marc Lin",
      ["centre hospitalier de Vernac", "centre hospitalier de Pontbrise"],
    ],
    [
      "a capitalised common noun opening lower-case complements and a place",
      "Ancien directeur de l'urbanisme de la Communauté de communes de Vaubrenne, Marc Lin rejoint Talvia comme directeur général.",
      "Marc Lin",
      ["Communauté de communes de Vaubrenne"],
    ],
    [
      "the years after a name are no part of it",
      "Marc Lin, qui a dirigé la Fédération de voile du Lorvois de 2015 à 2022, est nommé directeur général de Talvia.",
      "Marc Lin",
      ["Fédération de voile du Lorvois"],
    ],
    [
      "a unit of a named club is not the employer",
      "Marc Lin rejoint Talvia comme directeur sportif. Il dirigeait le centre de formation du Racing Vaubrenois.",
      "Marc Lin",
      ["Racing Vaubrenois"],
    ],
    [
      "an opening title in a sentence read by slots",
      "Directrice du Musée Kelvin depuis six ans, Anne Roy rejoint le Centre des arts de Lorve pour en prendre la direction du développement culturel.",
      "Anne Roy",
      ["Musée Kelvin"],
    ],
    [
      "a site named after its town, the unit's noun with a complement",
      "Marc Lin est nommé directeur de la production de Kargo Rail. Il était jusqu'ici responsable du site de triage de Vaubrenne.",
      "Marc Lin",
      [],
    ],
    [
      "a network of a named employer is that employer's",
      "Anne Roy est nommée directrice commerciale de Talvia, après avoir dirigé le réseau d'agences de Banque Orsenne.",
      "Anne Roy",
      ["Banque Orsenne"],
    ],
    [
      "an acronym in parentheses after a title abbreviates the title",
      "Marc Lin rejoint Talvia comme directeur général. Il était directeur général des services (DGS) de Kelvane Agglo.",
      "Marc Lin",
      ["Kelvane Agglo"],
    ],
    [
      "the new post's team is no board seat kept",
      "Talvia annonce que Marc Lin, directeur médical de Kelvane depuis 2020, rejoindra ses équipes comme directeur médical, membre de l'équipe de direction.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "an acronym spelt out elsewhere in the issue",
      "L'Autorité de régulation des câbles (ARC) change de tête. Talvia recrute Anne Roy comme directrice technique ; elle était jusqu'ici ingénieure chez l'ARC.",
      "Anne Roy",
      ["Autorité de régulation des câbles"],
    ],
    [
      "an acronym of a name written out elsewhere in the issue",
      "La Fédération lorvoise de tennis et de padel fête ses cent ans. Talvia recrute Anne Roy comme directrice commerciale ; elle était jusqu'ici directrice marketing de la FLTP.",
      "Anne Roy",
      ["Fédération lorvoise de tennis et de padel"],
    ],
    [
      "an employer listed twice, once by its initials",
      "Marc Lin est nommé directeur de Talvia. Il était directeur adjoint à l'agence régionale de santé des Hautes-Olves, l'ARS voisine.",
      "Marc Lin",
      ["agence régionale de santé des Hautes-Olves"],
    ],
    [
      "an apposition after the object, closed by its sentence",
      "Talvia se choisit une directrice générale : ce sera Anne Roy, directrice générale adjointe de Kelvane Habitat.",
      "Anne Roy",
      ["Kelvane Habitat"],
    ],
    [
      "a participle after the name tells the new post, not the one held",
      "Marc Lin est nommé directeur de Talvia. Il succède à Anne Roy, nommée directrice des sports de la région Olvadie.",
      "Anne Roy",
      [],
    ],
    [
      "a middle initial ends no sentence",
      "Talvia nomme Marc T. Lin directeur médical et Anne Roy directrice des opérations. Marc T. Lin était depuis 2021 directeur médical de Kelvane Diagnostics. Anne Roy a rejoint Talvia en 2022.",
      "Anne Roy",
      [],
    ],
    [
      "a parenthesis after a name that is no mover's keeps the career off the mover before",
      "Talvia a nommé deux directeurs régionaux : Anne Roy (Ouest), promue ; et Loïse Marconnet (Est), qui vient de la banque Crédit Montclar.",
      "Anne Roy",
      [],
    ],
    [
      "a bare word after the title's 'de' is its complement when the employer follows",
      "Talvia nomme trois directeurs régionaux : Marc Lin (Ouest), ancien directeur d'Ehpad chez Kelvane Seniors ; Anne Roy (Est), directrice de la qualité.",
      "Marc Lin",
      ["Kelvane Seniors"],
    ],
    [
      "a promotion's past is in the house",
      "Talvia a nommé deux directeurs régionaux : Marc Lin (Ouest), ancien directeur de Kelvane ; et Anne Roy (Est), promue après avoir dirigé la résidence Les Tilleuls de Vaubrenne.",
      "Anne Roy",
      [],
    ],
    [
      "a career told before its holder's name ends there",
      "Un ancien cadre de l'avionneur Kelvane, Marc Lin, et une responsable de l'École supérieure de la logistique, Anne Roy, sont les nouveaux dirigeants de Talvia. Marc Lin a été désigné à la tête du conseil de surveillance de Talvia.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "seasons count as years of a career",
      "Marc Lin rejoint Talvia comme directeur sportif après trois saisons chez Kelvane Basket.",
      "Marc Lin",
      ["Kelvane Basket"],
    ],
    [
      "'ex-' and a descriptor before the name",
      "Talvia recrute une directrice financière, Anne Roy, ex-banque d'affaires Kelvane & Cie.",
      "Anne Roy",
      ["Kelvane & Cie"],
    ],
    [
      "the board that appoints is no seat the mover keeps",
      "Vice-présidente de Kelvane depuis 2019, Anne Roy a été nommée directrice générale de Talvia par le conseil d'administration.",
      "Anne Roy",
      ["Kelvane"],
    ],
    [
      "a title the role table does not rank still names the post held ('consultante chez A')",
      "Anne Roy, consultante chez Kelvane Conseil, rejoint le cabinet Talvia comme associée.",
      "Anne Roy",
      ["Kelvane Conseil"],
    ],
    [
      "an apposition of several titles ends before the main verb",
      "Enfin, Anne Roy, conservatrice en chef, cheffe du service des collections de la Bibliothèque patrimoniale de l'Olvane, a été nommée directrice des musées de la ville de Vaubrenne.",
      "Anne Roy",
      ["Bibliothèque patrimoniale de l'Olvane"],
    ],
    [
      "an unranked title before a school is a degree",
      "Luc Faure quitte la direction générale de Talvia. Il est remplacé par Marc Lin, ingénieur de l'École de chimie de Vaubrenne, directeur industriel de Talvia depuis 2009.",
      "Marc Lin",
      [],
    ],
    [
      "a pronoun after a mover whose first name the parser does not know points back to them",
      "Le groupe Talvia a créé une direction de la seconde main, confiée à Soren Lirec. Il a cofondé la plateforme de revente Kelvane, cédée l'an dernier.",
      "Soren Lirec",
      ["Kelvane"],
    ],
    [
      "a relative clause after an employer names its units",
      "Talvia nomme Anne Roy directrice des opérations. Cette ingénieure des Ponts a fait l'essentiel de sa carrière chez Kelvane, dont elle dirigeait la maintenance des TGV. Elle sera épaulée par Marc Lin, nommé directeur technique, qui vient de Ferlog.",
      "Anne Roy",
      ["Kelvane"],
    ],
    [
      "a career told by a description before any mover is no later mover's",
      "Cette ingénieure des Ponts a fait l'essentiel de sa carrière chez Kelvane, avant un passage chez Ferlog. Elle sera épaulée par Marc Lin, nommé directeur technique de Talvia, qui vient de Vaubrenne Rail.",
      "Marc Lin",
      ["Vaubrenne Rail"],
    ],
    [
      "'quitte ses fonctions pour prendre' tells the new post",
      "Le recteur de l'académie de Vaubrenne, Marc Lin, quitte ses fonctions pour prendre la direction générale de l'enseignement au ministère de l'Éducation nationale.",
      "Marc Lin",
      ["académie de Vaubrenne"],
    ],
    [
      "'C recrute son R chez D : X'",
      "Talvia recrute son directeur de la relation client chez l'opérateur Kelvane : Marc Lin.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "'débauche chez' a description and the name in apposition",
      "Talvia débauche chez le leader du marché, Kelvane, son nouveau directeur marketing, Marc Lin.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "English: the arm of a house ('ran the French arm of A')",
      "Talvia has named Marc Lin managing director for France. He previously ran the French arm of Kelvane Gaming.",
      "Marc Lin",
      ["Kelvane Gaming"],
    ],
    [
      "English: a title's 'of' names no employer ('Head of Sales France')",
      "Talvia muscle son C-level : Marc Lin (ex-Kelvane) est nommé Chief Product Officer, tandis qu'Anne Roy, jusqu'ici Head of Sales France, devient Chief Revenue Officer.",
      "Anne Roy",
      [],
    ],
    [
      "English: a demonym before a common noun is no employer ('led French sales')",
      "Promoted: Anne Roy becomes VP Sales Europe at Talvia Health, where she previously led French sales.",
      "Anne Roy",
      [],
    ],
    [
      "'Arrivé de A en 2017' opening a sentence",
      "Talvia a désigné le successeur de son directeur scientifique : Marc Lin, aujourd'hui responsable des plateformes, reprendra la direction de la recherche. Arrivé de Kelvane en 2017, il a contribué au développement de plusieurs anticorps.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "'il opérait comme R chez A'",
      "La biotech Talvia a nommé Marc Lin directeur médical. Tout récemment, il opérait comme directeur médical adjoint chez Ferlog.",
      "Marc Lin",
      ["Ferlog"],
    ],
    [
      "'tout son parcours au sein du groupe A' is a career in the house",
      "Le directeur de la Fonderie de Quercy, Luc Faure, part prendre la direction de l'usine Kelvane de Montcassin. Il sera remplacé par Marc Lin, 56 ans, qui a effectué tout son parcours au sein du groupe Kelvane, où il a notamment été directeur de la qualité de la coentreprise Kelvane-Hanwei.",
      "Marc Lin",
      [],
    ],
    [
      "the town of the site after a brand ('Kelvane de Montval-sur-Lorve')",
      "Marc Lin prend la direction de la sucrerie Talvia. Il était chef de quai à la sucrerie concurrente Kelvane de Montval-sur-Lorve.",
      "Marc Lin",
      ["Kelvane"],
    ],
    [
      "the town of the site after a brand read by a verb's object ('dirigeait le Palace Orvelle de Port-Saubin')",
      "L'hôtel Talvia nomme Marc Lin directeur général. Il dirigeait depuis 2020 le Palace Orvelle de Port-Saubin.",
      "Marc Lin",
      ["Palace Orvelle"],
    ],
    [
      "a name of common words keeps its town ('Crédit Mutuel de Saint-Orvel')",
      "Talvia nomme Marc Lin directeur financier. Il était auparavant directeur des risques du Crédit Mutuel de Saint-Orvel.",
      "Marc Lin",
      ["Crédit Mutuel de Saint-Orvel"],
    ],
    [
      "a site's town before its company ('l'usine de Vaurelle de Ferlog')",
      "Talvia recrute Marc Lin comme directeur industriel. Il était directeur de l'usine de Vaurelle de Papeteries Ferlog.",
      "Marc Lin",
      ["Papeteries Ferlog"],
    ],
    [
      "a site's town after a site's kind ('l'usine d'embouteillage de Vaurelle de la Compagnie …')",
      "Talvia recrute Marc Lin au poste de directeur industriel. Il était responsable de l'usine d'embouteillage de Vaurelle de la Compagnie des eaux du Lorvois.",
      "Marc Lin",
      ["Compagnie des eaux du Lorvois"],
    ],
    [
      "an English possessive of the house's city ('Berlin's A')",
      "Paris-based insurtech Talvia has hired Anne Roy, previously head of sales at Munich's Kelvane, as VP Sales.",
      "Anne Roy",
      ["Kelvane"],
    ],
    [
      "an institution named by its noun and its place ('l'hippodrome de Castelvert')",
      "L'hippodrome de Valbrenne a un nouveau directeur : Marc Lin, ex-directeur des courses de l'hippodrome de Castelvert.",
      "Marc Lin",
      ["hippodrome de Castelvert"],
    ],
    [
      "an institution named by its noun, an adjective and a place of several words ('l'hôpital privé du Pays de Caudel')",
      "La clinique Talvia a un nouveau président : Marc Lin. Il gérait jusque-là l'hôpital privé du Pays de Caudel, qu'il va quitter.",
      "Marc Lin",
      ["hôpital privé du Pays de Caudel"],
    ],
    [
      "an institution written with a capital ('l'Ehpad public de Vaulmont')",
      "Le centre hospitalier de Lorve nomme à sa direction Anne Roy, jusqu'ici en poste à l'Ehpad public de Vaulmont.",
      "Anne Roy",
      ["Ehpad public de Vaulmont"],
    ],
    [
      "a capitalised common noun and its lower-case complements ('la Cour des comptes')",
      "Marc Lin est nommé président de Talvia. Il était jusqu'alors conseiller maître à la Cour des comptes.",
      "Marc Lin",
      ["Cour des comptes"],
    ],
    [
      "a list whose preposition is said again ('de A et de B')",
      "Ex-directeur juridique de Kelvane et de Ferlog, Marc Lin rejoint la start-up Talvia comme General Counsel.",
      "Marc Lin",
      ["Kelvane", "Ferlog"],
    ],
    [
      "a list broken by a relative clause ('Ancienne de A, où elle a passé onze ans, puis de B')",
      "Le Fonds de garantie a désigné Anne Roy comme directrice générale. Ancienne de la Banque lorvoise de développement, où elle a passé onze ans, puis de la banque Kelvane, elle rejoint le fonds en mai.",
      "Anne Roy",
      ["Banque lorvoise de développement", "Kelvane"],
    ],
    [
      "a title heading the next item after 'puis'",
      "Marc Lin prend la direction de Talvia. Il a été directeur adjoint des thermes de Vernoux puis directeur des thermes de Caudel.",
      "Marc Lin",
      ["thermes de Vernoux", "thermes de Caudel"],
    ],
    [
      "the new post's institution named in an opening title is not a post left",
      "Le nouveau directeur des thermes de Vernoux-les-Bains, Marc Lin, a pris ses fonctions le 2 septembre. Il était directeur d'exploitation du centre aquatique Aquavert.",
      "Marc Lin",
      ["Aquavert"],
    ],
    [
      "a head noun before capitalised common nouns and a place ('musée des Beaux-Arts de X')",
      "Talvia nomme Anne Roy directrice de la communication. Elle était jusqu'ici chargée des publics au musée des Beaux-Arts de Villeseine.",
      "Anne Roy",
      ["musée des Beaux-Arts de Villeseine"],
    ],
    [
      "a head noun before a capitalised common noun and a place ('golf de la Forêt d'X')",
      "Marc Lin rejoint Kelvane comme directeur. Il dirigeait le golf de la Forêt d'Ambrun.",
      "Marc Lin",
      ["golf de la Forêt d'Ambrun"],
    ],
    [
      "a town after a bare 'à' ('qui avait débuté à Vernoux en 2004')",
      "Marc Lin est nommé directeur général de la régie des thermes de Vernoux-les-Bains. Il était auparavant directeur du centre aquatique Aquavert. « Je reviens », sourit le nouveau directeur, qui avait débuté à Vernoux en 2004.",
      "Marc Lin",
      ["Aquavert"],
    ],
    [
      "a town after a post held 'jusque-là … à' ('jusque-là responsable de production à Vernoux')",
      "Talvia ouvre une usine à Caudel. Le fabricant en confie la direction à Anne Roy, jusque-là responsable de la maintenance à Vernoux. Elle a commencé sa carrière chez Kelvane.",
      "Anne Roy",
      ["Kelvane"],
    ],
    [
      "a country's initials and an English descriptor before the name ('at UK theme-park group A')",
      "Talvia has named Anne Roy chief financial officer. Roy, who was previously finance director at UK leisure group Kelvane Parks, replaces Luc Faure.",
      "Anne Roy",
      ["Kelvane Parks"],
    ],
    [
      "a town's own service or venue named by its place ('la police municipale de X', 'la maternité de X')",
      "Par arrêté du maire, Marc Lin est nommé chef de la police municipale de Saint-Ormel. Il dirigeait jusque-là la police municipale de Lorvac.",
      "Marc Lin",
      ["police municipale de Lorvac"],
    ],
    [
      "a town's venue in a list ('passé par A puis par la patinoire de X')",
      "Passé par Kargo puis par la patinoire de Brenval, Marc Lin est nommé directeur sportif de Talvia.",
      "Marc Lin",
      ["Kargo", "patinoire de Brenval"],
    ],
    [
      "a promoted person's former unit named by its town ('responsable de la ligne pilote de X')",
      "Ferlog promeut Marc Lin au poste de directeur de la production ; il était responsable de la ligne pilote de Port-Olvène.",
      "Marc Lin",
      [],
    ],
    [
      "a house's descriptor after 'pour' ('commentatrice pour la radio A')",
      "Talvia recrute Anne Roy comme consultante ; l'ancienne joueuse était jusqu'ici commentatrice pour la radio Fréquence Lorve.",
      "Anne Roy",
      ["Fréquence Lorve"],
    ],
    [
      "a list's next house after a descriptor and an adjective ('entre A et l'institut norvégien B')",
      "Anne Roy rejoint Talvia comme directrice scientifique. Elle a partagé sa carrière entre le Centre d'études marines de Lorvac et l'institut norvégien Kelvab.",
      "Anne Roy",
      ["Centre d'études marines de Lorvac", "Kelvab"],
    ],
  ])("%s", (_family, item, mover, previous) => {
    expect([...(previousOf(item, mover) ?? ["no move read"])].sort()).toEqual([...previous].sort());
  });

  it("gives a later cue of a sentence to the subject the first cue found ('a débuté chez A, avant de diriger B')", () => {
    const item =
      "Marc Lin est nommé directeur des achats de l'État. Il succède à Anne Roy, nommée présidente de Talvia. Cet ingénieur des mines a commencé sa carrière à l'Agence des participations de Ferlac, avant de diriger les achats de la Compagnie des canaux de Vaubrenne.";
    expect(previousOf(item, "Anne Roy") ?? []).not.toContain("Compagnie des canaux de Vaubrenne");
  });

  it("reads no career from the appointment itself ('a été nommé')", () => {
    expect(readCareers("Marc Lin a été nommé directeur général de Talvia par le conseil.")).toEqual([]);
  });

  it("takes the employer 'C recrute son R chez D' names as the one left, not the one joined", () => {
    const move = parseIssueText(
      issue("Talvia recrute son directeur de la relation client chez l'opérateur Kelvane : Marc Lin."),
    ).moves.find((m) => m.person === "Marc Lin");
    expect(move?.company).toBe("Talvia");
  });
});
