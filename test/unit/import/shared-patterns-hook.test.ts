import { describe, expect, it } from "@jest/globals";
import { sharePatterns } from "../../../jobs/import/shared-patterns-hook.ts";

// What esbuild prints for `const isCapital = (word) => /^\p{Lu}/u.test(word);` and its kin.
const run = (code: string) => new Function(`${code}\nreturn probe;`)() as () => RegExp;

describe("sharePatterns", () => {
  it("builds a constant stateless pattern once, at its first use", () => {
    const code = `const probe=()=>new RegExp("^\\\\p{Lu}[\\\\p{L}'-]*$","u");`;
    const shared = sharePatterns(code);
    expect(shared).toContain("??=new RegExp(");
    const probe = run(shared);
    expect(probe()).toBe(probe());
    expect(probe().test("Ostralis")).toBe(true);
    expect(probe().test("ostralis")).toBe(false);
  });

  it("leaves patterns with g or y, built from a variable, or without flags as they are", () => {
    const code = [
      `const a=()=>new RegExp("\\\\p{L}+","gu");`,
      `const b=()=>new RegExp("\\\\p{L}+","yu");`,
      `const c=(w)=>new RegExp(w,"u");`,
      `const d=()=>new RegExp("\\\\p{L}+");`,
    ].join("");
    expect(sharePatterns(code)).toBe(code);
  });

  it("reads quotes and escapes inside the pattern's string", () => {
    const code = `const probe=()=>new RegExp('^["\\'’]\\\\p{Lu}',"iu");`;
    const probe = run(sharePatterns(code));
    expect(probe()).toBe(probe());
    expect(probe().source).toBe(`^["'’]\\p{Lu}`);
  });

  it("declares the shared patterns before the source map's comment", () => {
    const code = `const probe=()=>new RegExp("\\\\p{Lu}","u");\n//# sourceMappingURL=data:application/json;base64,e30=\n`;
    const shared = sharePatterns(code);
    expect(shared.trimEnd().split("\n").at(-1)).toMatch(/^\/\/# sourceMappingURL=/);
    expect(shared).toContain("var __carnetPattern0;");
  });

  it("finds a pattern declared at the module's end while the module is still being evaluated", () => {
    const shared = sharePatterns(`const early=(()=>new RegExp("\\\\p{Lu}","u"))();const probe=()=>early;`);
    expect(run(shared)().source).toBe("\\p{Lu}");
  });
});
