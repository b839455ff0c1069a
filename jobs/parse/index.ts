// Public face of the parser: pure functions over strings. Reading files and messages (type, size,
// encoding, mailparser, hashes) is the import's, in jobs/import/issue-file.ts.

export {
  compileGazetteer,
  EMPTY_GAZETTEER,
  type Gazetteer,
  type GazetteerEntries,
} from "./gazetteer.ts";
export { parseIssueHtml } from "./html.ts";
export { type ParseOptions, parseIssueText } from "./issue.ts";
export { issueDateProblem, readTitleLine } from "./issue-date.ts";
export { companyKey, personKey, slugify } from "./names.ts";
export { classifyRole, FUNCTION_RULES, type RoleRule, SENIORITY_RULES } from "./roles.ts";
export type {
  IssueMeta,
  JobFunction,
  MoveKind,
  ParsedIssue,
  ParsedMove,
  Seniority,
  UnreadParagraph,
} from "./types.ts";
