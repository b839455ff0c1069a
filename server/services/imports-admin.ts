// The admin's imports page: the history of uploads and their outcome.
// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { history } from "../../db/repositories/imports-admin.ts";
