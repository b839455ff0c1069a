// A title agrees with the person who holds it, as an editor writes it: "directeur général adjoint
// chargé de l'exploitation" for a man, "associée" for Ariane when the sentence said "au rang
// d'associé : Ariane …, Pierre …". Only the words that agree are touched, from the head noun up to
// the first word that does not ("directrice marketing digital" keeps "digital": it qualifies
// marketing), so a complement is never bent.

/** masculine → feminine, for the head nouns and the adjectives that follow them. */
const AGREEING_PAIRS: readonly [string, string][] = [
  ["directeur", "directrice"],
  ["codirecteur", "codirectrice"],
  ["sous-directeur", "sous-directrice"],
  ["président", "présidente"],
  ["vice-président", "vice-présidente"],
  ["coprésident", "coprésidente"],
  ["co-président", "co-présidente"],
  ["administrateur", "administratrice"],
  ["rédacteur", "rédactrice"],
  ["fondateur", "fondatrice"],
  ["cofondateur", "cofondatrice"],
  ["conseiller", "conseillère"],
  ["trésorier", "trésorière"],
  ["associé", "associée"],
  ["délégué", "déléguée"],
  ["gérant", "gérante"],
  ["général", "générale"],
  ["adjoint", "adjointe"],
  ["chargé", "chargée"],
  ["exécutif", "exécutive"],
  ["financier", "financière"],
  ["commercial", "commerciale"],
  ["principal", "principale"],
  ["administratif", "administrative"],
  ["opérationnel", "opérationnelle"],
  ["régional", "régionale"],
  ["national", "nationale"],
  ["international", "internationale"],
  ["sportif", "sportive"],
  ["éditorial", "éditoriale"],
  ["territorial", "territoriale"],
  ["départemental", "départementale"],
  ["médical", "médicale"],
  ["industriel", "industrielle"],
  ["premier", "première"],
];

const FEMININE_OF = new Map(AGREEING_PAIRS);
const MASCULINE_OF = new Map(AGREEING_PAIRS.map(([m, f]) => [f, m]));
const HEADS = new Set([
  "directeur",
  "codirecteur",
  "sous-directeur",
  "président",
  "vice-président",
  "coprésident",
  "co-président",
  "administrateur",
  "rédacteur",
  "fondateur",
  "cofondateur",
  "conseiller",
  "trésorier",
  "associé",
  "délégué",
  "gérant",
  "premier",
]);

// Words that agree with nobody but sit inside the agreeing run: "directeur technique adjoint",
// "rédactrice en chef adjointe", "associée senior"; "et" joins two adjectives of one post
// ("directrice administrative et financière").
const INVARIANT = /^(?:\p{Ll}+ique|senior|junior|honoraire|intérimaire|en|chef|et)$/u;

/** The title's own gender, from its head noun ("directrice …" → feminine), null when it has none. */
function headGender(word: string): "feminine" | "masculine" | null {
  if (HEADS.has(word)) return "masculine";
  const masculine = MASCULINE_OF.get(word);
  return masculine && HEADS.has(masculine) ? "feminine" : null;
}

/**
 * The title with its agreeing words in one gender: the mover's when it is known, the head noun's
 * otherwise (a title read in two halves, "directeur général adjointe", agrees with its head).
 */
export function agreeTitle(title: string, moverIsFeminine: boolean | null): string {
  const words = title.split(" ");
  const head = headGender(words[0] ?? "") ?? headGender(singular(words[0] ?? ""));
  if (!head) return title;
  const feminine = moverIsFeminine ?? head === "feminine";
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    const word = i === 0 ? singular(words[0]!) : words[i]!;
    const masculine = MASCULINE_OF.get(word) ?? (FEMININE_OF.has(word) ? word : null);
    if (masculine) {
      out[i] = feminine ? FEMININE_OF.get(masculine)! : masculine;
      // "chargé de …": the participle agrees, its complement does not
      if (masculine === "chargé") break;
      continue;
    }
    if (INVARIANT.test(word)) continue;
    break;
  }
  return out.join(" ");
}

// "codirecteurs" said of two people is each one's "codirecteur"
function singular(word: string): string {
  const one = word.replace(/s$/u, "");
  return FEMININE_OF.has(one) || MASCULINE_OF.has(one) ? one : word;
}

// "Marie Lanson est nommée directeur général": a title the text gives a woman in the masculine right
// after a participle it agrees with her, is the post's name as the house writes it, kept as written.
// "au poste de directeur financier" alone is no such evidence: the labels bend it (real37) as often
// as they keep it (real74)
const WRITTEN_AFTER = "(?:nommée|promue|élue|désignée|cooptée|recrutée|reconduite|confirmée)";

/** Whether `title`, masculine, is written so for the woman `person` in her sentence of `paragraph`. */
export function writtenMasculineFor(title: string, person: string, paragraph: string): boolean {
  if (headGender(title.split(" ")[0] ?? "") !== "masculine") return false;
  const at = paragraph.indexOf(person);
  if (at < 0) return false;
  const end = paragraph.slice(at).search(/[.!?;](?:\s|$)/u);
  const sentence = paragraph.slice(at, end < 0 ? undefined : at + end);
  // the pattern, compiled around each title, is built only for a sentence that writes the title
  if (!sentence.includes(title)) return false;
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`(?<![\\p{L}])${WRITTEN_AFTER}\\s+(?:de\\s+)?${escaped}(?![\\p{L}])`, "u").test(sentence);
}
