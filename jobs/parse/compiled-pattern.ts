// Patterns built around a word of the text ("the company's name, then a lower-case word") are
// compiled once per source: compiling a Unicode pattern costs far more than running it on a
// paragraph, and an issue asks the same few of them for each of its records (the parser's CPU
// profile showed useFullNameOfShortReference's compilations alone at about 3 %).
//
// A global pattern handed out here is shared: run it through allMatches (all-matches.ts), which
// leaves its lastIndex as it found it, never through exec or test, which would move it.

const compiled = new Map<string, RegExp>();

export function compiledPattern(source: string, flags: string): RegExp {
  const key = `${flags}\u0000${source}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(source, flags);
    // bounded, like foldWord's cache: an archive's names must not grow it for ever
    if (compiled.size > 5_000) compiled.clear();
    compiled.set(key, pattern);
  }
  return pattern;
}

/** `text` as a pattern that matches it literally: a name or a title read from the text. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
