// Public face of the parser. Everything here is pure except parseIssueEml/parseIssueFile,
// which read their input and then hand text to the same pure pipeline.

export {
  compileGazetteer,
  EMPTY_GAZETTEER,
  type Gazetteer,
  type GazetteerEntries,
} from "./gazetteer.ts";
export { parseIssueHtml } from "./html.ts";
export {
  checkIssueBytes,
  contentHash,
  ISSUE_EXTENSIONS,
  type LoadedIssue,
  loadIssueFile,
  messageIdOf,
  ParseInputError,
  type ParseInputProblem,
  parseIssueBytes,
  parseIssueEml,
  parseIssueFile,
  readIssueFile,
} from "./input.ts";
export { type ParseOptions, parseIssueText } from "./issue.ts";
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
