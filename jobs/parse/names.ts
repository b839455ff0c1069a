// Names as the rest of Carnet sees them: a readable person name, and the keys used to match
// people and companies across issues.

import { NAME_PARTICLES } from "./lexicon.ts";

export { companyKey, personKey, slugify } from "../../shared/names.ts";

function capitalizePart(part: string): string {
  if (part.length === 0) return part;
  return part.charAt(0).toLocaleUpperCase("fr") + part.slice(1).toLocaleLowerCase("fr");
}

// "JEAN-FRANCOIS" → "Jean-Francois", "O'BRIEN" → "O'Brien"; mixed case ("McKenzie") is kept.
function properCaseWord(word: string): string {
  const hasLower = /\p{Ll}/u.test(word);
  if (hasLower) return word;
  // "N'DIAYE" → "N'Diaye" but "FLOC'H" → "Floc'h": only a one-letter elision capitalises what follows
  return word
    .split(/([-'])/)
    .map((part, i, parts) =>
      part === "-" || part === "'"
        ? part
        : parts[i - 1] === "'" && (parts[i - 2] ?? "").length > 1
          ? part.toLowerCase()
          : capitalizePart(part),
    )
    .join("");
}

// French and Dutch/German particles stay lower case inside a name ("Julia de Sainte Marie",
// "Anne d'Ormesson"); the first word is always capitalised.
export function properCaseName(raw: string): string {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  return words
    .map((word, index) => {
      const elided = /^(d)'(.+)$/i.exec(word);
      if (elided && index > 0) return `d'${properCaseWord(elided[2]!)}`;
      const lower = word.toLowerCase();
      const isParticle = NAME_PARTICLES.has(lower) && index > 0 && index < words.length - 1;
      // "LE"/"LA" are particles only after "de" ("de la"); otherwise they are part of the surname ("Le Gall").
      if (isParticle && (lower === "le" || lower === "la") && words[index - 1]?.toLowerCase() !== "de") {
        return properCaseWord(word);
      }
      return isParticle ? lower : properCaseWord(word);
    })
    .join(" ");
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

// "Scalan" for "Scalian": one slip in a name of five letters or more, two in a long one.
export function isLikelyTypo(keyA: string, keyB: string): boolean {
  if (keyA === keyB) return false;
  const shorter = Math.min(keyA.length, keyB.length);
  if (shorter < 5) return false;
  const slips = shorter >= 10 ? 2 : 1;
  // Each letter more or less is a slip already.
  if (Math.abs(keyA.length - keyB.length) > slips) return false;
  return editDistance(keyA, keyB) <= slips;
}
