// A module hook for the parse threads, registered after tsx's: it makes each pattern written as a
// literal compile into one object a module, as Node runs a literal, instead of one a call.
//
// tsx runs our sources through esbuild, which rewrites every pattern literal holding a Unicode
// property escape (`/^\p{Lu}/u`) into `new RegExp("^\\p{Lu}", "u")`, evaluated anew at each call of
// the function that holds it: the parser builds about 1,200 such objects an issue (a cache lookup
// and an allocation each, 0.5 µs and more apiece at load 15), where a literal is
// created from its shared boilerplate. Here each `new RegExp` with two constant strings for
// arguments and neither the `g` nor the `y` flag (a pattern without them keeps no state between
// calls: `lastIndex` is neither read nor written) becomes a module variable set at its first use.
// Patterns with `g` or `y` are left as they are: their callers may rely on a fresh `lastIndex`.

import type { LoadHook } from "node:module";

// A JavaScript string literal in double or single quotes, as esbuild prints one.
const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;
const CONSTANT_PATTERN = new RegExp(String.raw`\bnew RegExp\((${STRING}),\s*(${STRING})\)`, "g");
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\s*$/;

/** The module's code with its constant stateless patterns built once; the same code when it has none. */
export function sharePatterns(code: string): string {
  let count = 0;
  const shared = code.replace(CONSTANT_PATTERN, (whole, _source: string, flags: string) => {
    if (/[gy]/.test(flags.slice(1, -1))) return whole;
    // a module-level `var`: hoisted, so a call made while the module is still being evaluated
    // (before the declaration's place, at the module's end) finds it undefined, not in its dead zone
    return `(__carnetPattern${count++}??=${whole})`;
  });
  if (count === 0) return code;
  const names = [];
  for (let i = 0; i < count; i++) names.push(`__carnetPattern${i}`);
  const declaration = `\nvar ${names.join(",")};`;
  // before the source map's comment, which should stay the module's last line
  const map = SOURCE_MAP_COMMENT.exec(shared);
  return map
    ? `${shared.slice(0, map.index)}${declaration}${shared.slice(map.index)}`
    : `${shared}${declaration}`;
}

export const load: LoadHook = async (url, context, nextLoad) => {
  const loaded = await nextLoad(url, context);
  if (loaded.format !== "module" || !url.startsWith("file:") || url.includes("/node_modules/")) return loaded;
  const code = typeof loaded.source === "string" ? loaded.source : new TextDecoder().decode(loaded.source);
  return { ...loaded, source: sharePatterns(code) };
};
