// The keys that match people and companies across issues, and the slugs of their pages. The parser
// computes them on what it reads, services on what a visitor types or an editor corrects, so they
// live here rather than in either: importing nothing keeps both sides free of the other.

function stripAccents(text: string): string {
  // Most words are plain ASCII, and normalize() is dear.
  if (!/[^\p{ASCII}]/u.test(text)) return text;
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

// The parser keys the same names (each mover, each sentence that may name them) many times an issue.
const personKeys = new Map<string, string>();

export function personKey(name: string): string {
  let key = personKeys.get(name);
  if (key === undefined) {
    key = stripAccents(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (personKeys.size > 50_000) personKeys.clear();
    personKeys.set(name, key);
  }
  return key;
}

export const REDACTED_NAME = "[nom retiré]";

/**
 * `text` with every mention of the person whose personKey is `key` replaced by REDACTED_NAME: the
 * name's words in order, whatever their case, accents or the spaces and hyphens between them
 * ("BASTIEN ORCEL", "Bastien  Orcel"). A person removed at their request (issue 17) then no longer
 * appears in the paragraph quoted as another person's source.
 */
export function redactPersonName(text: string, key: string): string {
  const words = key.split(" ").filter(Boolean);
  if (words.length === 0) return text;
  // The text folded like a key, with each folded character's position in the original.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const ch of stripAccents(text[i]!).toLowerCase()) {
      folded += ch;
      origin.push(i);
    }
  }
  // A hyphenated name is another person's ("Bastien Orcel-Dumas"): the hyphen does not end a mention.
  const pattern = new RegExp(`(?<![a-z0-9]-?)${words.join("[^a-z0-9]+")}(?!-?[a-z0-9])`, "g");
  const spans = [...folded.matchAll(pattern)].map((m) => {
    let end = origin[m.index + m[0].length - 1]! + 1;
    // Combining marks of a decomposed last letter belong to the name.
    while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
    return [origin[m.index]!, end] as const;
  });
  let result = text;
  for (const [start, end] of spans.reverse())
    result = result.slice(0, start) + REDACTED_NAME + result.slice(end);
  return result;
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
