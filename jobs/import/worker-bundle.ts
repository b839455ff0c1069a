// Parse threads start from one JavaScript file instead of the TypeScript sources. Through tsx, a
// thread compiled the parser's ~80 modules anew at every start (1.2–2.5 s of CPU a thread, a
// quarter of bench:import's parse-thread CPU in session 12); esbuild bundles them once into
// node_modules/.cache/carnet/, where the next thread, the next import and the next upload find them.
//
// A bundle is named by a hash of exactly the sources esbuild compiled into it (read by the build's
// own load hook), of this file and of the patterns pass below: before using a bundle, the sources it
// lists are hashed again, so an edited source is never run from a stale bundle, it is rebuilt. Where
// no bundle can be had (esbuild missing, a read-only node_modules, a build error), the caller falls
// back to the TypeScript sources through tsx, as before.

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sharePatterns } from "./shared-patterns-hook.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Inside node_modules, so that the bundle's own imports (mailparser, the French word list) resolve
// from it as from the sources.
const CACHE = path.join(ROOT, "node_modules/.cache/carnet");
// What decides the build besides the sources: this file (its options) and the patterns pass.
const BUILD_FILES = [
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL("./shared-patterns-hook.ts", import.meta.url)),
];
// Bundles of an entry unused for this long are removed when a new one is written (one per edit
// while developing); a thread reads its bundle when it starts, so a day-old one is in nobody's hands.
const KEEP_MS = 24 * 3600_000;

/** The tree whose module is bundled, and where its bundles are kept (another pair in tests). */
export interface BundlePlace {
  root: string;
  cache: string;
}

const DEFAULT_PLACE: BundlePlace = { root: ROOT, cache: CACHE };

interface EsbuildApi {
  version: string;
  build(options: object): Promise<{ outputFiles: { text: string }[] }>;
}

/**
 * The file: URL of a bundle of `entry` (a module of this tree) that is up to date with its sources,
 * built if needed; null when none can be had, and the caller runs the sources.
 */
export async function workerBundle(entry: URL, where: BundlePlace = DEFAULT_PLACE): Promise<string | null> {
  try {
    const name = path.basename(fileURLToPath(entry), ".ts");
    const listed = await readFile(path.join(where.cache, `${name}.inputs.json`), "utf8")
      .then((text) => JSON.parse(text) as string[])
      .catch(() => null);
    // a listed input this tree lacks (the list was written by another checkout sharing node_modules, or
    // names a file since removed) makes the list stale: build anew rather than run from the sources
    const sources = listed
      ? await Promise.all(listed.map((file) => readInput(where.root, file))).then(
          (inputs) => new Map(inputs),
          () => null,
        )
      : null;
    if (sources) {
      const file = bundleFile(where.cache, name, await keyOf(sources));
      // touched on each use: removeOldBundles keeps what was used within the day
      const now = new Date();
      if (
        await utimes(file, now, now).then(
          () => true,
          () => false,
        )
      )
        return pathToFileURL(file).href;
    }
    return await build(fileURLToPath(entry), name, where);
  } catch {
    return null;
  }
}

async function build(entryFile: string, name: string, { root, cache }: BundlePlace): Promise<string | null> {
  const esbuild = await loadEsbuild();
  if (!esbuild) return null;
  const compiled = new Map<string, string>();
  const result = await esbuild.build({
    entryPoints: [entryFile],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    // The running Node's own syntax: esbuild's node20 table rewrites every `/\p{…}/u` literal into a
    // `new RegExp(…)` evaluated at each call, which the parser's hot functions hold by the hundred.
    target: "esnext",
    // npm packages are imported from node_modules, as the sources import them.
    packages: "external",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "carnet-sources",
        setup(on: { onLoad(filter: object, load: (args: { path: string }) => Promise<object>): void }) {
          on.onLoad({ filter: /\.[cm]?[jt]s$/ }, async ({ path: file }) => {
            const [relative, text] = await readInput(root, path.relative(root, file));
            compiled.set(relative, text);
            return { contents: text, loader: file.endsWith("ts") ? "ts" : "js" };
          });
        },
      },
    ],
  });
  const inputs = [...compiled.keys()].sort();
  const file = bundleFile(cache, name, await keyOf(compiled));
  await mkdir(cache, { recursive: true });
  // written aside then renamed: a thread starting meanwhile never reads half a file
  const aside = `${file}.${process.pid}.tmp`;
  await writeFile(aside, sharePatterns(result.outputFiles[0]!.text));
  await rename(aside, file);
  const list = path.join(cache, `${name}.inputs.json.${process.pid}.tmp`);
  await writeFile(list, JSON.stringify(inputs));
  await rename(list, path.join(cache, `${name}.inputs.json`));
  await removeOldBundles(cache, name);
  return pathToFileURL(file).href;
}

function bundleFile(cache: string, name: string, key: string): string {
  return path.join(cache, `${name}-${key}.mjs`);
}

async function readInput(root: string, relative: string): Promise<[string, string]> {
  return [relative, await readFile(path.join(root, relative), "utf8")];
}

async function keyOf(sources: Map<string, string>): Promise<string> {
  const hash = createHash("sha256");
  for (const file of BUILD_FILES) hash.update(await readFile(file, "utf8")).update("\0");
  for (const relative of [...sources.keys()].sort())
    hash.update(relative).update("\0").update(sources.get(relative)!).update("\0");
  return hash.digest("hex").slice(0, 20);
}

// esbuild comes with tsx (which runs the sources), not as a dependency of its own: it is looked up
// from tsx's installation, and a tree without it runs the sources.
async function loadEsbuild(): Promise<EsbuildApi | null> {
  try {
    const fromTsx = createRequire(import.meta.resolve("tsx/esm/api"));
    return (await import(pathToFileURL(fromTsx.resolve("esbuild")).href)) as EsbuildApi;
  } catch {
    return null;
  }
}

async function removeOldBundles(cache: string, name: string): Promise<void> {
  const now = Date.now();
  for (const entry of await readdir(cache)) {
    if (!entry.startsWith(`${name}-`) || !entry.endsWith(".mjs")) continue;
    const file = path.join(cache, entry);
    const { mtimeMs } = await stat(file);
    if (now - mtimeMs > KEEP_MS) await rm(file, { force: true });
  }
}
