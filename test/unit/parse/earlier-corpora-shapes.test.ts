// Shapes earlier corpora showed and the parser did not read (Carnet issue 13), each read by a general
// rule: a post created and handed over in one sentence ("crée une direction de R et la confie à X"),
// a holder replaced by their deputy ("Il est remplacé par son adjointe, X", "C le remplace par son
// adjoint, X", "C remplace Y à la tête de L par son adjoint, X"), the post told by the tenure that
// opens the departing holder's sentence ("Après douze ans à la tête de C, Y passe la main. C'est X qui
// lui succède"), a first name of two words without a hyphen ("Ha Linh Tran"), the post told in the
// sentence before its holder ("C s'est trouvé un directeur de course. L'organisateur a retenu X"),
// and letters drawn with a stroke folded like accented ones. Invented names, houses and places, none
// of the corpora's.

import { describe, expect, it } from "@jest/globals";
import { foldWord } from "../../../jobs/parse/lexicon/fold.ts";
import { expectRowRead, type ShapeRow as Row } from "./issue-text.ts";

const ROWS: Row[] = [
  {
    shape: "a direction created and handed over in one sentence",
    text: "La mutuelle Vosgéa crée une direction de la prévention et la confie à Romane Delacroix, venue de Santéo.",
    person: "Romane Delacroix",
    want: { company: "Vosgéa", role: "directrice de la prévention", previous: ["Santéo"] },
    held: true,
  },
  {
    shape: "a direction created and handed over, the house described in apposition",
    text: "Brivalle, l'équipementier ferroviaire, crée une direction de la cybersécurité et la confie à Hugo Martinaud, jusqu'ici responsable réseau.",
    person: "Hugo Martinaud",
    want: { company: "Brivalle", role: "directeur de la cybersécurité" },
  },
  {
    shape: "the holder who leaves the house's post, replaced by the deputy",
    text: "Brenval Outillage voit partir son directeur industriel, Marc Delorme, qui rejoint Ferlane au même poste. Il est remplacé par son adjointe, Sophie Lanvin.",
    person: "Sophie Lanvin",
    want: {
      company: "Brenval Outillage",
      role: "directrice industrielle",
      kind: "promoted",
      predecessor: "Marc Delorme",
    },
  },
  {
    shape: "the post held at the house told between the house and the replacement",
    text: "Débauché de Cartonnages Vireux, Marc Delorme devient directeur technique de Ferlane. À Cartonnages Vireux, où il était responsable de la maintenance, il est remplacé par son adjoint, Hugo Martinaud.",
    person: "Hugo Martinaud",
    want: {
      company: "Cartonnages Vireux",
      role: "responsable de la maintenance",
      predecessor: "Marc Delorme",
    },
    held: true,
  },
  {
    shape: "the house replaces the one it names at the head of a site by the deputy",
    text: "Ferlane remplace Marc Delorme à la tête de l'usine de Brévans par son adjoint, Hugo Martinaud.",
    person: "Hugo Martinaud",
    want: {
      company: "Ferlane",
      role: "directeur de l'usine de Brévans",
      kind: "promoted",
      predecessor: "Marc Delorme",
    },
  },
  {
    shape: "the house replaces the one who left by the deputy",
    text: "Marc Delorme, directeur commercial de Ferlane, rejoint Brenval. Ferlane le remplace par son adjointe, Sophie Lanvin.",
    person: "Sophie Lanvin",
    want: {
      company: "Ferlane",
      role: "directrice commerciale",
      kind: "promoted",
      predecessor: "Marc Delorme",
    },
  },
  {
    shape: "the presidency told by the tenure opening the departing holder's sentence",
    text: "Après dix ans à la présidence de la Fédération des tanneurs, Pierre Aubret ne se représente pas. C'est Sophie Lanvin, vice-présidente, qui lui succède.",
    person: "Sophie Lanvin",
    want: { company: "Fédération des tanneurs", role: "présidente", predecessor: "Pierre Aubret" },
    held: true,
  },
  {
    shape: "the head of a house told by the tenure opening the departing holder's sentence",
    text: "Après seize saisons à la tête du Théâtre des Tilleuls, Pierre Aubret passe la main. C'est Sophie Lanvin, jusqu'ici administratrice du théâtre, qui lui succède.",
    person: "Sophie Lanvin",
    want: { company: "Théâtre des Tilleuls", role: "directrice", predecessor: "Pierre Aubret" },
    held: true,
  },
  {
    shape: "a first name of two words without a hyphen, its first word known only as an opener",
    text: "Ha Linh Tran, architecte, est nommée directrice du patrimoine de Ferlane.",
    person: "Ha Linh Tran",
    want: { company: "Ferlane", role: "directrice du patrimoine" },
  },
  {
    shape: "a first name of two words without a hyphen, both known",
    text: "Anne Marie Dufresne devient directrice financière de Ferlane.",
    person: "Anne Marie Dufresne",
    want: { company: "Ferlane", role: "directrice financière" },
  },
  {
    shape: "the post told in the sentence before its holder, chosen by the house's noun",
    text: "Le Trail des Crêtes s'est trouvé un nouveau directeur de course. L'organisateur a retenu Julien Morvan, jusqu'ici responsable des bénévoles.",
    person: "Julien Morvan",
    want: { company: "Trail des Crêtes", role: "directeur de course" },
  },
  {
    shape: "the post told in the sentence before its holder, the holder coming from another house",
    text: "La Fondation Ormeaux s'est trouvé une nouvelle directrice. Le conseil a choisi Claire Fontenay, venue de Ferlane.",
    person: "Claire Fontenay",
    want: { company: "Fondation Ormeaux", role: "directrice", kind: "joined", previous: ["Ferlane"] },
  },
  {
    shape: "an English release: the house announced that the person will serve as the post",
    text: "Norvale Systems also announced that Daniel Whitmore will serve as chief operating officer.",
    person: "Daniel Whitmore",
    want: { company: "Norvale Systems", role: "chief operating officer", kind: "appointed" },
  },
];

describe("shapes of earlier corpora (issue 13)", () => {
  it.each(ROWS.map((row) => [row.shape, row] as const))("%s", (_, row) => expectRowRead(row));

  // NFD takes accents off, not strokes or bars: "ł", "đ", "ħ", "ı" are letters of their own to it
  it.each([
    ["Wojciechowski-Łapa", "wojciechowski-lapa"],
    ["Đukić", "dukic"],
    ["Ħamrun", "hamrun"],
    ["Yıldız", "yildiz"],
    ["Strauß", "strauss"],
  ])("folds %s to %s", (written, folded) => {
    expect(foldWord(written)).toBe(folded);
  });
});
