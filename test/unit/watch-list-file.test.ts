import { describe, expect, it } from "@jest/globals";
import { Invalid } from "../../server/errors.ts";
import { MAX_WATCH_LIST_ROWS, readWatchListFile } from "../../server/services/watch-list-file.ts";

const utf8 = (text: string) => Buffer.from(text, "utf8");
/** What French Excel writes for "CSV (séparateur : point-virgule)": Windows-1252, CRLF. */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((ch) => (ch === "€" ? 0x80 : ch === "’" ? 0x92 : ch.charCodeAt(0))));
const pairs = (bytes: Buffer) => readWatchListFile(bytes).rows.map((r) => [r.company, r.person]);
const refusal = (bytes: Buffer) => {
  try {
    readWatchListFile(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(Invalid);
    return (error as Invalid).message;
  }
  throw new Error("accepted");
};

describe("reading a watch list file", () => {
  it("reads French Excel's Windows-1252 semicolon export with its header and accents", () => {
    const file = readWatchListFile(
      windows1252("Société;Contact\r\nÉlectricité de Strasbourg;Hélène Vasseur\r\nL’Oréal;\r\n"),
    );
    expect(file).toMatchObject({ encoding: "windows-1252", separator: ";", header: true });
    expect(file.rows.map((r) => [r.line, r.company, r.person])).toEqual([
      [2, "Électricité de Strasbourg", "Hélène Vasseur"],
      [3, "L’Oréal", null],
    ]);
  });

  it("reads UTF-8 with a byte-order mark, commas and quoted cells holding commas, quotes and line breaks", () => {
    const file = readWatchListFile(
      utf8(
        '\uFEFFentreprise,personne\n"Dupont, Martin & Cie","Claire ""Cla"" Fontanel"\n"Lumen\nConseil",\n',
      ),
    );
    expect(file).toMatchObject({ encoding: "utf-8", separator: ",", header: true });
    expect(pairs(utf8('\uFEFFentreprise,personne\n"Dupont, Martin & Cie",x\n'))[0]).toEqual([
      "Dupont, Martin & Cie",
      "x",
    ]);
    expect(file.rows.map((r) => [r.line, r.company, r.person])).toEqual([
      [2, "Dupont, Martin & Cie", 'Claire "Cla" Fontanel'],
      [3, "Lumen Conseil", null],
    ]);
  });

  it("takes a file without header as companies, then people, and skips blank lines", () => {
    expect(pairs(utf8("Lumen\n\n  Scalian ; Inès Barou \r\n;\nTrace"))).toEqual([
      ["Lumen", null],
      ["Scalian", "Inès Barou"],
      ["Trace", null],
    ]);
    expect(readWatchListFile(utf8("Lumen\rTrace\r")).rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it("joins first and last name columns of a CRM export, whatever their place", () => {
    expect(pairs(utf8("Prénom;Nom;Compte;Ville\nClaire;Fontanel;Lumen;Paris\n"))).toEqual([
      ["Lumen", "Claire Fontanel"],
    ]);
    expect(pairs(utf8("Nom\nLumen\n"))).toEqual([["Lumen", null]]);
  });

  it("reads UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Entreprise\tPersonne\r\nLumen\tÉlise Roy\r\n", "utf16le"),
    ]);
    expect(readWatchListFile(bytes)).toMatchObject({ encoding: "utf-16", separator: "\t" });
    expect(pairs(bytes)).toEqual([["Lumen", "Élise Roy"]]);
  });

  it("reads its own export back: type;nom;référence", () => {
    const file = readWatchListFile(
      utf8(
        "\uFEFFtype;nom;référence\nentreprise;Lumen SA;lumen\npersonne;Claire Martin;claire-martin-2\nrecherche;« dg »;q=dg\n",
      ),
    );
    expect(file.rows.map(({ line, ...r }) => r)).toEqual([
      { company: "Lumen SA", companyKey: "lumen", person: null, personSlug: null, search: null },
      {
        company: null,
        companyKey: null,
        person: "Claire Martin",
        personSlug: "claire-martin-2",
        search: null,
      },
      { company: null, companyKey: null, person: null, personSlug: null, search: "q=dg" },
    ]);
  });

  it("refuses what is not a usable CSV with a French message naming the problem", () => {
    expect(refusal(Buffer.alloc(0))).toBe("Le fichier est vide.");
    expect(refusal(utf8("\n \n;;\n"))).toBe("Le fichier ne contient aucune ligne.");
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toContain("classeur Excel (.xlsx)");
    expect(refusal(Buffer.from([0x00, 0x01, 0x02, 0x41]))).toContain("données binaires");
    expect(refusal(utf8('Lumen\n"Trace;x\nScalian\n'))).toContain("Ligne 2 : un guillemet");
    expect(refusal(utf8("entreprise\n"))).toContain("qu’une ligne d’en-tête");
    expect(refusal(utf8("type;nom\nsociété;Lumen\n"))).toContain("Ligne 2 : type « société » inconnu");
  });

  it("accepts 5,000 rows after a header and refuses 5,001, naming the limit", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Entreprise ${i}`).join("\n");
    expect(readWatchListFile(utf8(`entreprise\n${rows(MAX_WATCH_LIST_ROWS)}`)).rows).toHaveLength(5_000);
    expect(refusal(utf8(rows(5_001)))).toBe(
      "Le fichier compte 5\u202f001 lignes : 5\u202f000 au plus par import. Découpez-le en plusieurs fichiers.",
    );
  });
});
