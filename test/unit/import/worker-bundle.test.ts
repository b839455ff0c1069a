import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parseIssueFile } from "../../../jobs/import/issue-file.ts";
import { startLoaderPool } from "../../../jobs/import/loader-pool.ts";
import { workerBundle } from "../../../jobs/import/worker-bundle.ts";
import { syntheticIssue } from "../../bench/synthetic-issues.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "carnet-worker-bundle-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("workerBundle", () => {
  it("builds a bundle once, then rebuilds it when one of the sources it holds changes", async () => {
    const root = path.join(dir, "tree");
    const cache = path.join(root, "cache");
    await mkdir(root);
    await writeFile(
      path.join(root, "entry.ts"),
      `import { word } from "./word.ts";\nexport const said: string = word;\n`,
    );
    await writeFile(path.join(root, "word.ts"), `export const word = "avant";\n`);
    const entry = pathToFileURL(path.join(root, "entry.ts"));

    const first = await workerBundle(entry, { root, cache });
    expect(first).not.toBeNull();
    expect(await workerBundle(entry, { root, cache })).toBe(first);
    expect((await import(first!)).said).toBe("avant");

    // an edit to a module the entry imports, not to the entry itself
    await writeFile(path.join(root, "word.ts"), `export const word = "après";\n`);
    const second = await workerBundle(entry, { root, cache });
    expect(second).not.toBe(first);
    expect((await import(second!)).said).toBe("après");
    expect((await readdir(cache)).filter((f) => f.endsWith(".mjs"))).toHaveLength(2);
  });

  it("builds anew when the list of inputs names a file this tree lacks (another checkout's list)", async () => {
    const root = path.join(dir, "other-checkout");
    const cache = path.join(root, "cache");
    await mkdir(cache, { recursive: true });
    await writeFile(path.join(root, "entry.ts"), "export const said = 'ici';\n");
    // the list a checkout with one more module wrote into the node_modules both trees share
    await writeFile(path.join(cache, "entry.inputs.json"), JSON.stringify(["entry.ts", "only-there.ts"]));
    const bundle = await workerBundle(pathToFileURL(path.join(root, "entry.ts")), { root, cache });
    expect(bundle).not.toBeNull();
    expect((await import(bundle!)).said).toBe("ici");
  });

  it("answers null, so that the sources are run, when the bundle cannot be written", async () => {
    const root = path.join(dir, "read-only");
    await mkdir(root);
    await writeFile(path.join(root, "entry.ts"), "export const a = 1;\n");
    // the cache's place is a file: no directory can be made there
    await writeFile(path.join(root, "cache"), "");
    expect(
      await workerBundle(pathToFileURL(path.join(root, "entry.ts")), {
        root,
        cache: path.join(root, "cache"),
      }),
    ).toBeNull();
  });
});

describe("startLoaderPool", () => {
  it("reads the same issues from the bundle and from the TypeScript sources", async () => {
    const files: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { name, text } = syntheticIssue(i);
      files.push(path.join(dir, name));
      await writeFile(files.at(-1)!, text);
    }
    // a fixture of its own layout, and a message: mailparser is imported from the bundle
    for (const fixture of ["heldout-droit-finance.txt", "multipart-newsletter.eml"])
      files.push(path.resolve(import.meta.dirname, "../../fixtures/parse", fixture));
    const expected = await Promise.all(files.map((file) => parseIssueFile(file)));
    for (const from of ["bundle", "source"] as const) {
      const pool = await startLoaderPool(1, undefined, { from });
      try {
        const loaded = await Promise.all(files.map((file) => pool.load(file)));
        expect(loaded.map((l) => l.parsed)).toEqual(expected);
      } finally {
        await pool.close();
      }
    }
    // two thread starts, each loading the whole parser: seconds on a loaded machine
  }, 120_000);
});
