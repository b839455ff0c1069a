// Autocompletion of company and person names (/api/companies/suggest, /api/people/suggest, the
// alerts form): prefix or one typo away, accents ignored; the repositories hold the SQL.
// No rule applies beyond the SQL, so the service hands the repository's answer through: routes see
// only services, and a rule added later has its place here.
export { suggestPeople } from "../../db/repositories/people.ts";
export { suggestCompanies } from "../../db/repositories/search.ts";
