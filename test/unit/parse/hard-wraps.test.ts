import { describe, expect, it } from "@jest/globals";
import { parseIssueEml } from "../../../jobs/import/issue-file.ts";
import { rejoinWrappedLines } from "../../../jobs/parse/hard-wraps.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";

// What an old mail client does: words are put on a line while they fit in the width.
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join("\n");
}

const PARAGRAPHS = [
  "Chez Valmorin Distribution, la direction des achats revient à Bérengère Castaing-Mbappé, jusqu'ici responsable des achats frais de la centrale, qui succède ainsi à Hervé Lamotte-Duclos parti à la retraite.",
  "Les adhérents de la Mutuelle des artisans du Lézadois ont élu présidente Ophélie Nguyen-Ravel, couvreuse à Saint-Ombre depuis 2004. Elle remplace Germain Pujol-Azoulay, qui ne se représentait pas après deux mandats.",
  "Brasserie Haute-Lande recrute Timothée Ould-Kaci comme directeur commercial ; il vient de Cidres du Bocage, où il dirigeait les ventes à la grande distribution depuis 2019.",
];

describe("hard-wrapped text", () => {
  for (const width of [60, 72, 76]) {
    it(`puts back together paragraphs cut at ${width} columns, names and roles included`, () => {
      const wrapped = PARAGRAPHS.map((paragraph) => wrap(paragraph, width)).join("\n\n");
      expect(wrapped.split("\n").length).toBeGreaterThan(PARAGRAPHS.length * 3);
      expect(rejoinWrappedLines(wrapped)).toBe(PARAGRAPHS.join("\n\n"));
    });
  }

  it("keeps a compound name cut at its hyphen in one word", () => {
    const text = [
      "La coopérative des vignerons de Saint-Ombre a choisi Anne-Sophie Roy-",
      "Delmas pour diriger ses caves, après le départ à la retraite du fondateur",
      "de la maison, Jacques Ferrandière, qui reste administrateur du conseil et",
      "de la fondation. Elle était jusqu'ici directrice technique de la cave de",
      "Montaudrel, où elle avait conduit la conversion du vignoble en bio et la",
      "rénovation du chai principal, avant de prendre la tête des vendanges.",
      "",
      ...PARAGRAPHS.map((paragraph) => wrap(paragraph, 74)),
    ].join("\n");
    expect(rejoinWrappedLines(text)).toContain("Anne-Sophie Roy-Delmas pour diriger");
  });

  it("leaves a headline over its text on a line of its own", () => {
    const text = [
      "Sardine : une campagne d'hiver abondante mais un poisson trop maigre",
      wrap(
        "Les conserveurs ont rejeté jusqu'à un tiers des apports sous criée faute d'un taux de matière grasse suffisant pour les recettes à l'ancienne, et les prix de la boîte montent encore cette année.",
        70,
      ),
      "",
      wrap(PARAGRAPHS[0]!, 70),
    ].join("\n");
    const lines = rejoinWrappedLines(text).split("\n");
    expect(lines[0]).toBe("Sardine : une campagne d'hiver abondante mais un poisson trop maigre");
    expect(lines[1]).toMatch(/^Les conserveurs .* cette année\.$/u);
  });

  it("joins no line of lists, tables, labelled lines or a portrait's name line inside wrapped text", () => {
    const structure = [
      "AGENDA",
      "- 9 juin : assises du transport de personnes, Vauxbrune, salle des fêtes",
      "- 30 juin : examen du certificat de capacité professionnelle, session",
      "1. Marie-Claire Fontanel, directrice générale de Cidres du Bocage",
      "2. Paul Adébayo-Marchetti, directeur financier de Brasserie Haute-Lande",
      "Maison | Nom | Nouveau poste | Venait de",
      "Ludorive | Camille Ferrant-Okafor | directrice éditoriale | Gobelune",
      "Inès Bouaziz-Lindqvist — responsable export chez Cartomance, Lyon",
      "IN : Martine Cazenave-Iwu, directrice des opérations de Numérelle",
      "OUT : Bérénice Fauchard quitte Grand-Livre Cloud après sept années",
      "Itinéraire : HEC, puis dix ans chez Valmorin, directeur des achats",
      "• Sophie Nakashima-Roux, responsable commerciale de Facture Hessler",
    ];
    const text = [
      ...PARAGRAPHS.map((paragraph) => wrap(paragraph, 72)),
      structure.join("\n"),
      `Anne Roy-Delmas\n${wrap(PARAGRAPHS[1]!, 72)}`,
    ].join("\n\n");
    const rejoined = rejoinWrappedLines(text);
    expect(rejoined).toContain(structure.join("\n"));
    expect(rejoined).toContain(PARAGRAPHS.join("\n\n"));
    // the portrait's name line stays over the text about its person
    expect(rejoined).toContain(`Anne Roy-Delmas\n${PARAGRAPHS[1]}`);
  });

  it("leaves a text that was not cut at a width as it is", () => {
    const long = PARAGRAPHS.join("\n\n");
    expect(rejoinWrappedLines(long)).toBe(long);
    // one move a line, no bullet, close in length: a list, not a cut paragraph
    const list = [
      "Camille Ferrant-Okafor devient directrice éditoriale de Ludorive.",
      "Yannick Le Bihan-Sandoval est nommé directeur éditorial de Gobelune.",
      "Inès Bouaziz-Lindqvist rejoint Cartomance comme responsable export.",
      "Rodrigue N'Diaye-Castelreng prend la direction commerciale de Kobaltik.",
      "Apolline Verhaegen est promue directrice des achats de Lutinerie.",
      "Bastien Kowalczyk-Ferreira devient directeur artistique de Vermillon.",
      "Soraya Benali-Marchetti est élue présidente de la fédération des jeux.",
      "Théo Vasconcelos-Rigaud est nommé directeur général de Meeple Boréal.",
    ].join("\n");
    expect(rejoinWrappedLines(list)).toBe(list);
  });

  it("honours format=flowed's soft breaks kept in a plain-text file", () => {
    const flowed = [
      "Chez Valmorin Distribution, la direction des achats revient à ",
      "Bérengère Castaing-Mbappé, jusqu'ici responsable des achats frais. ",
      "Elle succède à Hervé Lamotte-Duclos.",
      "",
      "Brasserie Haute-Lande recrute Timothée Ould-Kaci comme directeur ",
      "commercial ; il vient de Cidres du Bocage.",
      "",
      "Les adhérents de la Mutuelle des artisans ont élu présidente Ophélie ",
      "Nguyen-Ravel.",
      "-- ",
      "La rédaction",
    ].join("\n");
    expect(rejoinWrappedLines(flowed).split("\n")).toEqual([
      "Chez Valmorin Distribution, la direction des achats revient à Bérengère Castaing-Mbappé, jusqu'ici responsable des achats frais. Elle succède à Hervé Lamotte-Duclos.",
      "",
      "Brasserie Haute-Lande recrute Timothée Ould-Kaci comme directeur commercial ; il vient de Cidres du Bocage.",
      "",
      "Les adhérents de la Mutuelle des artisans ont élu présidente Ophélie Nguyen-Ravel.",
      "--",
      "La rédaction",
    ]);
  });

  it("reads the moves of an issue cut at 72 columns with no blank line between its items", () => {
    const items = [
      "Chez Valmorin Distribution, la direction des achats revient à Bérengère Castaing-Mbappé, jusqu'ici responsable des achats frais de la centrale.",
      "Brasserie Haute-Lande recrute Timothée Ould-Kaci comme directeur commercial ; il vient de Cidres du Bocage, où il dirigeait les ventes.",
      "Cidres du Bocage, le producteur normand, nomme Léopoldine Garnier-Assoumou directrice générale.",
      "Ophélie Nguyen-Ravel devient présidente de la Mutuelle des artisans du Lézadois, après vingt ans comme couvreuse à Saint-Ombre.",
      "Transports Guéret-Lemaire, le spécialiste du fret frigorifique, promeut Anatole Vasseur-Diallo au poste de directeur d'exploitation.",
    ];
    const text = [
      "+ MOUVEMENTS",
      "",
      items.map((item) => wrap(item, 72)).join("\n"),
      "",
      "+ AGENDA",
      "",
      "Rien.",
    ].join("\n");
    const issue = parseIssueText(text);
    // each item a paragraph, as if the letter had set them apart: a wrapper's cuts are no layout
    expect(issue.paragraphs).toEqual(items);
    const moves = issue.moves.map((move) => [move.person, move.company]);
    expect(moves).toEqual([
      ["Bérengère Castaing-Mbappé", "Valmorin Distribution"],
      ["Timothée Ould-Kaci", "Brasserie Haute-Lande"],
      ["Léopoldine Garnier-Assoumou", "Cidres du Bocage"],
      ["Ophélie Nguyen-Ravel", "Mutuelle des artisans du Lézadois"],
      ["Anatole Vasseur-Diallo", "Transports Guéret-Lemaire"],
    ]);
  });

  it("reads a received message's format=flowed text as its sender wrote it", async () => {
    const body = [
      "+ MOUVEMENTS",
      "",
      "Brasserie Haute-Lande recrute Timothée Ould-Kaci comme directeur ",
      "commercial ; il vient de Cidres du Bocage.",
      "",
      "+ AGENDA",
      "",
      "Rien.",
    ].join("\r\n");
    const message = [
      "From: Lettre <lettre@example.org>",
      "To: carnet@example.org",
      "Subject: Lettre n. 12",
      "Date: Tue, 2 Jun 2026 08:00:00 +0200",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8; format=flowed",
      "Content-Transfer-Encoding: 8bit",
      "",
      body,
    ].join("\r\n");
    const issue = await parseIssueEml(Buffer.from(message, "utf8"));
    expect(issue.paragraphs).toEqual([
      "Brasserie Haute-Lande recrute Timothée Ould-Kaci comme directeur commercial ; il vient de Cidres du Bocage.",
    ]);
    expect(issue.moves.map((move) => [move.person, move.company, move.role])).toEqual([
      ["Timothée Ould-Kaci", "Brasserie Haute-Lande", "directeur commercial"],
    ]);
  });
});
