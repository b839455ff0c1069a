import path from "node:path";
import { fileURLToPath } from "node:url";

/** Folders of the installed program (not of the current directory). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SEEDS_DIR = path.join(ROOT_DIR, "seeds");
