// String.prototype.matchAll clones its pattern at each call (through the RegExp species
// constructor), which costs more than the search itself on the short sentences the parser reads:
// the 17 verb patterns of shapes.ts over one sentence took 10 µs with matchAll, 4 µs with exec
// (synthetic bench issues, Node 20). allMatches gives the same matches in the same order, from the
// same place (the pattern's lastIndex, as matchAll copies it), and leaves the pattern as it found it.

export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError("allMatches needs a global pattern, as matchAll does");
  const from = pattern.lastIndex;
  const matches: RegExpExecArray[] = [];
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      matches.push(match);
      // an empty match: step over one character (one code point under the u flag), as matchAll does
      if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
