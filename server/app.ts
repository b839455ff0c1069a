import { createServer, IncomingMessage, type Server, ServerResponse } from "node:http";
import path from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Deps } from "./deps.ts";
import { errorHandler, notFound } from "./middleware/errors.ts";
import { requestLog } from "./middleware/request-log.ts";
import { requireAdmin, requireRole } from "./middleware/require-admin.ts";
import { csrf, sessions } from "./middleware/security.ts";
import { createAdminRouter } from "./routes/admin/index.ts";
import { createApiPageRouter, createApiRouter } from "./routes/api.ts";
import { createFeedsRouter } from "./routes/feeds.ts";
import { createHealthRouter } from "./routes/health.ts";
import { createMailCatcherRouter } from "./routes/mail-catcher.ts";
import { createPersonRequestsRouter } from "./routes/person-requests.ts";
import { createPrivacyRouter } from "./routes/privacy.ts";
import { createSearchRouter } from "./routes/search.ts";
import { createSiteRouter } from "./routes/site.ts";
import { createSubscriptionsRouter } from "./routes/subscriptions.ts";
import { VIEWS_DIR } from "./views.ts";

/** Builds the Express application from its collaborators. Never listens: main.ts and tests do. */
export function createApp(deps: Deps): Express {
  const { config, views } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY ? 1 : false);
  app.set("views", VIEWS_DIR);
  app.set("view engine", "hbs");
  app.engine("hbs", (file, options, callback) => {
    try {
      const name = path.relative(VIEWS_DIR, file).replace(/\.hbs$/, "");
      const data = options as Record<string, unknown>;
      callback(null, views.render(name, data, (data.layout as string | false | undefined) ?? "main"));
    } catch (error) {
      callback(error as Error);
    }
  });
  app.locals.siteName = "Carnet";

  app.use(requestLog(deps.logger));
  app.use(createHealthRouter(deps));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Links in e-mails and pages point to our own origin; forms post to it only.
          "form-action": ["'self'"],
          "img-src": ["'self'", "data:"],
          "upgrade-insecure-requests": config.TRUST_PROXY ? [] : null,
        },
      },
      hsts: config.TRUST_PROXY,
    }),
  );
  app.use("/static", express.static(path.join(VIEWS_DIR, "static"), { maxAge: "1h" }));
  // Browsers ask for /favicon.ico on pages without a layout (the JSON API, feeds, the dev mail
  // box's raw views): the same icon, rather than a 404 in every console.
  app.get("/favicon.ico", (_req, res) => {
    res.type("image/svg+xml").sendFile(path.join(VIEWS_DIR, "static", "favicon.svg"), { maxAge: "1d" });
  });
  // The read-only JSON API and feeds need no body, session or CSRF token: served before those.
  // Public reads may lag a little: they go to a replica when one is configured and up to date
  // (deps.readDb); forms, admin and anything reading its own writes keep the primary.
  const fromReplica: Deps = { ...deps, db: deps.readDb };
  app.use(createApiRouter(deps));
  app.use(createFeedsRouter(fromReplica));
  app.use((req, res, next) => {
    res.locals.currentPath = req.path;
    // Read when a page renders, not before: Express 5 parses the query string again at each read
    // of req.query, and the search page, which reads its own, never renders these locals.
    Object.defineProperty(res.locals, "query", {
      get: () => req.query,
      enumerable: true,
      configurable: true,
    });
    next();
  });
  // The search page and its CSV read no form body, session or CSRF token either: served before
  // those too, so that a search does not pay for a session and a visitor cookie it never reads.
  app.use(createSearchRouter(fromReplica));
  app.use(createApiPageRouter(deps));
  app.use(express.urlencoded({ extended: false, limit: "1mb" }));
  app.use(express.json({ limit: "1mb" }));
  app.use(sessions(config, deps.pool));

  const protection = csrf(config);
  app.use(createSiteRouter(fromReplica));
  app.use(createSubscriptionsRouter(deps, protection));
  app.use(createPrivacyRouter(deps));
  // The form reads the person from the primary: what it checks must be what the request records.
  app.use(createPersonRequestsRouter(deps, protection));
  app.use("/admin", createAdminRouter(deps, protection));
  if (deps.mailCatcher) {
    // The caught mail holds every confirmation and manage link (one of which erases a subscriber):
    // open on a development machine only; anywhere else, to signed-in admins.
    const guard = config.NODE_ENV === "development" ? [] : [requireAdmin(deps.db), requireRole("admin")];
    app.use("/dev/mail", ...guard, createMailCatcherRouter(deps.mailCatcher));
  }

  app.use(notFound);
  app.use(errorHandler);
  return app;
}

/**
 * The HTTP server `carnet serve` listens with (app.listen's, but see below), for `app`.
 *
 * Express gives each request and response its app's prototypes (`app.request`, `app.response`) in
 * app.handle, with Object.setPrototypeOf on objects Node has already built and V8 already shaped.
 * Changing an object's prototype gives it a new hidden class, and every middleware and route that
 * then reads req or res ran on shapes V8 could not foresee. Here Node builds them with those
 * prototypes from the start, so Express finds them set and changes nothing: the same objects, the
 * same answers (test/http/http-server.test.ts). Issue 14: a one-route Express app cost 0.16–0.24 ms
 * of CPU a request under autocannon, 0.05–0.07 ms this way (node:http alone 0.03–0.05); the search
 * API's server side 1.82 -> 1.39 ms a request, the search page's 2.29 -> 1.84 (README, "Session 23").
 */
export function createHttpServer(app: Express): Server {
  // Node's constructors are plain functions, run here on an object made from our prototype by
  // `new`. (Reflect.construct with our function as new.target made the same objects on a map V8
  // optimizes worse: slower than Express's setPrototypeOf, in the same measurement.)
  const asFunction = (made: unknown) => made as (...args: unknown[]) => void;
  function ExpressRequest(this: IncomingMessage, ...args: unknown[]) {
    asFunction(IncomingMessage).apply(this, args);
  }
  ExpressRequest.prototype = app.request;
  function ExpressResponse(this: ServerResponse, ...args: unknown[]) {
    asFunction(ServerResponse).apply(this, args);
  }
  ExpressResponse.prototype = app.response;
  return createServer(
    {
      IncomingMessage: ExpressRequest as unknown as typeof IncomingMessage,
      ServerResponse: ExpressResponse as unknown as typeof ServerResponse,
    },
    app,
  );
}
