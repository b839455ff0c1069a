// The admin's directory and review pages (people, companies, aliases, redirects, duplicate
// proposals, moves awaiting review): what they read,
// as stored: no rule applies, so the repositories' answers pass through (routes see only services;
// a rule added later has its place here). Changes go through curation.ts, merge.ts, suppression.ts.

// the public site's own rule, so the admin links a record's public page only when there is one
export { isPublic } from "../../db/repositories/directory.ts";
export {
  findBySlug,
  findCompany,
  findPerson,
  listAliases,
  redirectsTo,
  search,
} from "../../db/repositories/directory-admin.ts";
export { countsFor, findProposal, listOpenProposals } from "../../db/repositories/merge.ts";
export { findMove, listMovesOf, listPending } from "../../db/repositories/review.ts";
