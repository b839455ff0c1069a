// Names as the rest of Carnet sees them: a readable person name, and the keys used to match
// people and companies across issues.

import { NAME_PARTICLES } from "./lexicon.ts";

function stripAccents(text: string): string {
  // Most words are plain ASCII, and normalize() is dear.
  if (!/[^\p{ASCII}]/u.test(text)) return text;
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

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

export function personKey(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Endings that name a legal form or a holding structure, not the company itself.
const LEGAL_SUFFIXES = new Set([
  "sa",
  "sas",
  "sasu",
  "sarl",
  "sca",
  "snc",
  "eurl",
  "se",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "plc",
  "gmbh",
  "ag",
  "bv",
  "nv",
  "spa",
  "srl",
  "co",
  "corp",
  "corporation",
  "company",
  "group",
  "groupe",
  "holding",
  "holdings",
  "cie",
]);
const LEADING_GROUP_WORDS = new Set(["groupe", "group", "le", "la", "les", "l"]);

// The parser asks for the same few companies' keys many times an issue.
const companyKeys = new Map<string, string>();

export function companyKey(name: string): string {
  let key = companyKeys.get(name);
  if (key === undefined) {
    key = computeCompanyKey(name);
    if (companyKeys.size > 50_000) companyKeys.clear();
    companyKeys.set(name, key);
  }
  return key;
}

function computeCompanyKey(name: string): string {
  const folded = stripAccents(name)
    .toLowerCase()
    // "S.A.S." and "S.A." are acronyms, not three words
    .replace(/\b(?:[a-z]\.){2,}/g, (dotted) => dotted.replace(/\./g, ""))
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const words = folded
    .split(" ")
    .filter(Boolean)
    .map((w) => (w === "et" ? "and" : w));
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && words[words.length - 1] === "and") words.pop();
  while (words.length > 1 && LEADING_GROUP_WORDS.has(words[0]!)) words.shift();
  return words.join(" ");
}

export function slugify(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/['’]/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
