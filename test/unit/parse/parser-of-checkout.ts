/**
 * The corpus tools' `--parser <checkout>`: the file reader of another checkout's parser, so that an
 * earlier commit's records can be scored or replayed beside this one's.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ParsedMove } from "../../../jobs/parse/types.ts";

export type ParseIssueFile = (path: string) => Promise<{ moves: ParsedMove[]; paragraphs?: string[] }>;

/** This checkout's reader without `checkout`. */
export async function parseIssueFileOf(checkout?: string): Promise<ParseIssueFile> {
  if (!checkout) return (await import("../../../jobs/import/issue-file.ts")).parseIssueFile as ParseIssueFile;
  // the file reader moved from the parser to the import (jobs/import) after ac5e8f6
  const reader = existsSync(join(checkout, "jobs/import/issue-file.ts"))
    ? "jobs/import/issue-file.ts"
    : "jobs/parse/index.ts";
  return (await import(join(resolve(checkout), reader))).parseIssueFile as ParseIssueFile;
}
