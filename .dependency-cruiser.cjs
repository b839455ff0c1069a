// The direction of dependencies (README "Code map"), checked by `npm run lint`: data flows from the
// parser through db/ to server/, and jobs run beside the web layer, never through it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "db-stays-below",
      comment: "db/ (schema, repositories, migrations) serves server/ and jobs/; it imports neither.",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(server|jobs)/" },
    },
    {
      name: "parser-is-pure",
      comment: "The parser (jobs/parse/) imports only itself and shared/ (plus Node and npm packages).",
      severity: "error",
      from: { path: "^jobs/parse/" },
      to: { pathNot: "^(jobs/parse|shared)/", dependencyTypesNot: ["core", "npm", "npm-dev", "npm-no-pkg"] },
    },
    {
      name: "parser-does-no-io",
      comment:
        "The parser reads strings, not files, messages or the database: reading a newsletter file or an .eml (fs, mailparser), threads and everything with a connection belong to the import (jobs/import/). french-words.ts reads the word list shipped in its npm package, once, like a module import.",
      severity: "error",
      from: { path: "^jobs/parse/", pathNot: "^jobs/parse/french-words\\.ts$" },
      to: {
        path: [
          "^(node:)?(fs|fs/promises|worker_threads|child_process|cluster|net|tls|http|https|http2|dgram|dns|readline|inspector)$",
          "(^|/)node_modules/(mailparser|pg|pg-boss|kysely|nodemailer|imapflow|smtp-server|express)/",
        ],
      },
    },
    {
      name: "no-circular",
      comment:
        "Dependencies run one way (routes → services → repositories → schema; jobs use services; the composition root server/deps.ts builds everything and nothing below imports it). A cycle, type-only imports included, means a layer reaches backwards or two files hold one idea (a parser step builds on the ones before it).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "services-skip-the-web-layer",
      comment:
        "Services are called by routes and jobs; they import no route, middleware or the composition root (server/deps.ts builds the services and the job queue, so a service importing it closed a cycle through jobs/register.ts). A service declares the few collaborators it uses (db, clock, the JobQueue port in server/services/job-queue.ts).",
      severity: "error",
      from: { path: "^server/services/" },
      to: { path: "^server/(routes/|middleware/|deps\\.ts$|app\\.ts$)" },
    },
    {
      name: "shared-imports-nothing",
      comment: "shared/ holds names, vocabulary and site paths that every layer uses; it depends on none.",
      severity: "error",
      from: { path: "^shared/" },
      to: { pathNot: "^shared/" },
    },
    {
      name: "jobs-skip-the-web-layer",
      comment: "Jobs use services and repositories, never routes or the web composition root.",
      severity: "error",
      from: { path: "^jobs/" },
      to: { path: "^server/(routes/|deps\\.ts$)" },
    },
    {
      name: "routes-go-through-services",
      comment: "Routes translate HTTP and call a service; SQL stays behind services in db/repositories.",
      severity: "error",
      from: { path: "^server/routes/" },
      to: { path: "^db/repositories/" },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^node_modules" },
  },
};
