// Words are compared folded: lower case, without accents ("Présidente" → "presidente").

// Newsletters repeat the same few thousand words; folding each once keeps the parser fast on
// archives (NFD normalisation is the costliest step of a paragraph). Bounded so it never grows.
const folded = new Map<string, string>();
// The letters NFD leaves whole: ligatures and the letters drawn with a stroke or a bar rather than
// an accent, which no combining mark can take off ("Wierzbołowski" is "Wierzbolowski", "Đorđe" "Dorde").
const UNDECOMPOSED: Record<string, string> = {
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  ħ: "h",
  ŧ: "t",
  ƀ: "b",
  ƚ: "l",
  ı: "i",
  ß: "ss",
  þ: "th",
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join("")}]`, "gu");

// Plain ASCII folds to its lower case alone (no accent to take off, no ligature): no map to ask,
// and no entry for the many once-seen words and whole lines (headings) an archive passes through.
const NOT_ASCII = /[^\p{ASCII}]/u;

export function foldWord(word: string): string {
  if (!NOT_ASCII.test(word)) return word.toLowerCase();
  let result = folded.get(word);
  if (result === undefined) {
    // "Lætitia" is "Laetitia", "Søren" "Soren", "Cœur" "Coeur", "Łukasz" "Lukasz"
    result = word
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]!);
    if (folded.size > 50_000) folded.clear();
    folded.set(word, result);
  }
  return result;
}
