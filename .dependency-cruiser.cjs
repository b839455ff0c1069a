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
