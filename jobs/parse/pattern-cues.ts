// A pattern's cues: a few literal strings, one of which every match of the pattern contains. They
// are read off the pattern's own source (one home for each phrasing: the verb table), never
// written out beside it, so that a sentence containing none of a verb family's cues is known not
// to match it without running the pattern (clauses.ts runs the 36 rows of shapes.ts on every
// sentence; most sentences hold one verb family or none, and the rows' alternations with their
// look-behinds cost far more to run than a few `includes`). The reading is the prefilter RE2 and
// code search build: per node of the pattern, the strings it matches exactly when they are few,
// else a set of which each match contains one; a look-around consumes nothing (its content is
// still required of the text, so a positive one lends its cues); a part that can match anything
// (a class, a starred group, an empty alternative) leaves the decision to its neighbours, and
// a pattern that cannot be told (an empty alternative at the top) has no cues: it always runs.
//
// Cues are in lower case and are looked for in the lower-cased text (CueIndex): whatever the
// pattern's flags, a stretch the pattern matches, lower-cased, contains one lower-cased cue.

const MAX_EXACT = 24;

interface Info {
  /** Every string the node can match, when they are few; null when unknown or too many. */
  exact: string[] | null;
  /** Every match contains one of these; null when nothing can be said. */
  contains: string[] | null;
}

const ANYTHING: Info = { exact: null, contains: null };
const EMPTY: Info = { exact: [""], contains: null };

/** The cues of `pattern`, or null when any text might match it. */
export function patternCues(pattern: RegExp): string[] | null {
  const parser = new SourceReader(pattern.source);
  const info = parser.alternation();
  if (parser.at < pattern.source.length) return null; // an unbalanced ")" we did not follow
  const cues = best([info.contains, info.exact && dedupe(info.exact)]);
  // (best never gives an empty cue) a text holding "nommées" holds "nommé": the longer cue says nothing more
  return cues?.filter((cue) => !cues.some((other) => other !== cue && cue.includes(other))) ?? null;
}

/**
 * The cues of several patterns, looked for in one pass over a text (Aho–Corasick: a trie of every
 * cue, each node linked to the longest suffix of its string that is also a trie node), which costs
 * a step a character however many cues there are; `includes` once a cue cost more than running the
 * patterns themselves.
 */
export class CueIndex {
  // node 0 is the root; a node's transitions by character code, its suffix link, the patterns whose
  // cue ends there or at a node its suffix links lead to
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly ends: number[][] = [[]];
  private readonly always: number[] = [];
  // The trie with its suffix links followed once for all (a DFA): the node each (node, character)
  // leads to, in a flat table over the cues' own characters, class 0 standing for every other
  // character (which leads back to the root). A sentence is then one table read a character,
  // where following Map transitions and suffix links was a few percent of the whole parser.
  private readonly classOf = new Uint16Array(0x10000);
  private readonly width: number;
  private readonly step: Int32Array;

  /** One entry a pattern: its cues (patternCues), null for a pattern that always runs. */
  constructor(private readonly cueSets: readonly (readonly string[] | null)[]) {
    cueSets.forEach((cues, pattern) => {
      if (cues === null) this.always.push(pattern);
      else for (const cue of cues) this.ends[this.insert(cue)]!.push(pattern);
    });
    // breadth first, so that a node's suffix link is settled before its children's
    const queue = [...this.next[0]!.values()];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      for (const [code, child] of this.next[node]!) {
        let link = this.fail[node]!;
        while (link !== 0 && !this.next[link]!.has(code)) link = this.fail[link]!;
        const target = this.next[link]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.ends[child]!.push(...this.ends[this.fail[child]!]!);
        queue.push(child);
      }
    }
    let classes = 0;
    for (const node of this.next)
      for (const code of node.keys()) if (this.classOf[code] === 0) this.classOf[code] = ++classes;
    this.width = classes + 1;
    this.step = new Int32Array(this.next.length * this.width);
    // breadth first again: a node's suffix link is shallower, its row already filled
    for (const node of [0, ...queue]) {
      const row = node * this.width;
      const fallback = this.fail[node]! * this.width;
      for (let c = 1; c < this.width; c++) this.step[row + c] = node === 0 ? 0 : this.step[fallback + c]!;
      for (const [code, child] of this.next[node]!) this.step[row + this.classOf[code]!] = child;
    }
  }

  private insert(cue: string): number {
    let node = 0;
    for (let i = 0; i < cue.length; i++) {
      const code = cue.charCodeAt(i);
      let child = this.next[node]!.get(code);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.ends.push([]);
        this.next[node]!.set(code, child);
      }
      node = child;
    }
    return node;
  }

  /**
   * For each pattern, whether `text` may match it: it holds one of its cues, or it has none. Lower
   * case stands for the case fold of the letters cues are spelt with, but for the long s, which a
   * case-insensitive pattern matches as "s".
   */
  mayMatch(text: string): boolean[] {
    const found = this.cueSets.map(() => false);
    for (const pattern of this.always) found[pattern] = true;
    const lowered = text.toLowerCase().replaceAll("ſ", "s");
    const { classOf, step, width, ends } = this;
    let node = 0;
    for (let i = 0; i < lowered.length; i++) {
      node = step[node * width + classOf[lowered.charCodeAt(i)]!]!;
      const patterns = ends[node]!;
      for (let k = 0; k < patterns.length; k++) found[patterns[k]!] = true;
    }
    return found;
  }
}

const dedupe = (strings: string[]) => [...new Set(strings)];

// Of several sets any of which every match satisfies, the one that filters best: the longest
// shortest string (a one-letter cue is in every sentence), then the fewest strings.
function best(sets: (string[] | null)[]): string[] | null {
  let chosen: string[] | null = null;
  for (const set of sets) {
    if (!set || set.length === 0 || set.some((s) => s === "")) continue;
    if (!chosen || score(set) > score(chosen)) chosen = set;
  }
  return chosen;
}

const score = (set: string[]) => Math.min(...set.map((s) => s.length)) * 1000 - set.length;

function concatenation(parts: Info[]): Info {
  let exact: string[] | null = [""];
  for (const part of parts) {
    if (!exact || !part.exact || exact.length * part.exact.length > MAX_EXACT) {
      exact = null;
      break;
    }
    exact = dedupe(exact.flatMap((head) => part.exact!.map((tail) => head + tail)));
  }
  // runs of exact parts are joined: "a" "b" "(?:c|d)" gives "abc", "abd", better than any alone
  const runs: string[][] = [];
  let run: string[] | null = null;
  for (const part of parts) {
    if (part.exact && (run === null || run.length * part.exact.length <= MAX_EXACT))
      run = dedupe((run ?? [""]).flatMap((head) => part.exact!.map((tail) => head + tail)));
    else {
      if (run) runs.push(run);
      run = part.exact ? [...part.exact] : null;
    }
  }
  if (run) runs.push(run);
  return { exact, contains: best([exact, ...runs, ...parts.map((part) => part.contains)]) };
}

function alternatives(options: Info[]): Info {
  const exact = options.every((o) => o.exact) ? dedupe(options.flatMap((o) => o.exact!)) : null;
  const each = options.map((o) => best([o.contains, o.exact]));
  const contains = each.every((set) => set !== null) ? dedupe(each.flatMap((set) => set!)) : null;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, contains };
}

function repeated(info: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  const contains = min > 0 ? best([info.contains, info.exact]) : null;
  if (min === 1 && max === 1) return info;
  if (min === 0 && max === 1 && info.exact && info.exact.length < MAX_EXACT)
    return { exact: dedupe(["", ...info.exact]), contains: null };
  return { exact: null, contains };
}

// The escapes that stand for one character class rather than a character
const CLASS_ESCAPES = new Set(["s", "S", "d", "D", "w", "W", "p", "P"]);
const CONTROL: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };

class SourceReader {
  at = 0;
  constructor(private readonly source: string) {}

  private peek(offset = 0): string {
    return this.source.charAt(this.at + offset);
  }

  alternation(): Info {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alternatives(options);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.at < this.source.length && this.peek() !== "|" && this.peek() !== ")")
      parts.push(this.quantified(this.atom()));
    return parts.length === 1 ? parts[0]! : concatenation(parts);
  }

  private quantified(info: Info): Info {
    const next = this.peek();
    let bounds: [number, number] | null = null;
    if (next === "*") bounds = [0, Infinity];
    else if (next === "+") bounds = [1, Infinity];
    else if (next === "?") bounds = [0, 1];
    if (bounds) this.at++;
    else if (next === "{") {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (braces) {
        this.at += braces[0].length;
        const min = Number(braces[1]);
        bounds = [min, braces[2] ? (braces[3] ? Number(braces[3]) : Infinity) : min];
      }
    }
    if (!bounds) return info;
    if (this.peek() === "?") this.at++; // lazy: the same strings
    return repeated(info, bounds[0], bounds[1]);
  }

  private atom(): Info {
    const char = this.peek();
    this.at++;
    switch (char) {
      case "(":
        return this.group();
      case "[":
        return this.characterClass();
      case "\\":
        return this.escape(false).info;
      case "^":
      case "$":
        return EMPTY;
      case ".":
        return ANYTHING;
      default:
        return { exact: [char.toLowerCase()], contains: null };
    }
  }

  private group(): Info {
    let lookaround: "positive" | "negative" | null = null;
    if (this.peek() === "?") {
      const opener = /^\?(?::|=|!|<=|<!|<[\p{L}\p{N}_$]+>)/u.exec(this.source.slice(this.at));
      if (!opener) throw new SyntaxError(`pattern-cues: unread group at ${this.at} of ${this.source}`);
      this.at += opener[0].length;
      if (/^\?<?[=]/.test(opener[0])) lookaround = "positive";
      else if (/^\?<?!/.test(opener[0])) lookaround = "negative";
    }
    const inner = this.alternation();
    if (this.peek() !== ")") throw new SyntaxError(`pattern-cues: unclosed group in ${this.source}`);
    this.at++;
    // a look-around consumes nothing; what a positive one asks of the text is still required
    if (lookaround === "positive") return { exact: [""], contains: best([inner.contains, inner.exact]) };
    if (lookaround === "negative") return EMPTY;
    return inner;
  }

  private characterClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const chars: string[] = [];
    let enumerable = !negated;
    let first = true;
    while (this.at < this.source.length && (this.peek() !== "]" || first)) {
      first = false;
      let char: string | null;
      if (this.peek() === "\\") {
        this.at++;
        char = this.escape(true).char;
      } else {
        char = this.peek();
        this.at++;
      }
      // a range ("a-z"): too many characters to list
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.at++;
        if (this.peek() === "\\") {
          this.at++;
          this.escape(true);
        } else this.at++;
        enumerable = false;
        continue;
      }
      if (char === null) enumerable = false;
      else chars.push(char.toLowerCase());
    }
    this.at++; // "]"
    return enumerable && chars.length > 0 && chars.length <= 8
      ? { exact: dedupe(chars), contains: null }
      : ANYTHING;
  }

  /** After a backslash: the character it stands for, or null for a class or an assertion. */
  private escape(inClass: boolean): { info: Info; char: string | null } {
    const char = this.peek();
    this.at++;
    if (CLASS_ESCAPES.has(char)) {
      if ((char === "p" || char === "P") && this.peek() === "{")
        this.at = this.source.indexOf("}", this.at) + 1;
      return { info: ANYTHING, char: null };
    }
    if (!inClass && (char === "b" || char === "B")) return { info: EMPTY, char: null };
    if (inClass && char === "b") return { info: { exact: ["\b"], contains: null }, char: "\b" };
    if (/\d/.test(char) && !inClass && char !== "0") return { info: ANYTHING, char: null }; // a back-reference
    if (char === "k" && this.peek() === "<") {
      this.at = this.source.indexOf(">", this.at) + 1;
      return { info: ANYTHING, char: null };
    }
    let literal: string;
    const hex = /^(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4}))/.exec(
      this.source.slice(this.at - 1),
    );
    if (hex) {
      this.at += hex[0].length - 1;
      literal = String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16));
    } else if (char === "c") return { info: ANYTHING, char: null };
    else literal = CONTROL[char] ?? char;
    const lowered = literal.toLowerCase();
    return { info: { exact: [lowered], contains: null }, char: lowered };
  }
}
