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
  return word
    .split(/([-'])/)
    .map((part) => (part === "-" || part === "'" ? part : capitalizePart(part)))
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
