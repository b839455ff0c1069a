import { randomBytes } from "node:crypto";
import connectPgSimple from "connect-pg-simple";
import cookieParser from "cookie-parser";
import { doubleCsrf } from "csrf-csrf";
import type { Request, RequestHandler } from "express";
import session from "express-session";
import type pg from "pg";
import type { Config } from "../config.ts";

declare module "express-session" {
  interface SessionData {
    adminUserId?: number;
  }
}

const VISITOR_COOKIE = "carnet.vid";

/**
 * Sessions (admins only) live in PostgreSQL; HttpOnly, SameSite=Lax, Secure when served over HTTPS
 * behind a proxy (TRUST_PROXY). Anonymous visitors get no session, only a random visitor cookie that
 * ties their CSRF token to their browser, so public forms (alerts) are protected too.
 */
export function sessions(config: Config, pool: pg.Pool): RequestHandler[] {
  const PgStore = connectPgSimple(session);
  return [
    cookieParser(),
    session({
      name: "carnet.sid",
      store: new PgStore({
        pool,
        tableName: "session",
        createTableIfMissing: false,
        pruneSessionInterval: 15 * 60,
      }),
      secret: config.APP_SECRET,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: config.TRUST_PROXY,
      cookie: {
        httpOnly: true,
        sameSite: "lax",
        secure: config.TRUST_PROXY ? "auto" : false,
        maxAge: 8 * 60 * 60 * 1000,
      },
    }),
    // express-session sends a response's headers before the session is stored, so after a POST the
    // browser can follow a 303 and read the session before the write lands (a lost flash message,
    // a sign-in that seems not to hold). A redirect that carries session data waits for the store.
    (req, res, next) => {
      const redirect = res.redirect.bind(res) as (...args: unknown[]) => void;
      res.redirect = ((...args: unknown[]) => {
        const hasData = req.session && Object.keys(req.session).some((key) => key !== "cookie");
        if (!hasData) return redirect(...args);
        req.session.save((error) => (error ? next(error) : redirect(...args)));
      }) as typeof res.redirect;
      next();
    },
    (req, res, next) => {
      if (!req.cookies?.[VISITOR_COOKIE]) {
        const id = randomBytes(18).toString("base64url");
        req.cookies[VISITOR_COOKIE] = id;
        res.cookie(VISITOR_COOKIE, id, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
      }
      next();
    },
  ];
}

export interface Csrf {
  /** Rejects a state-changing request without a valid token with 403. */
  protect: RequestHandler;
  /** Puts `csrfToken` in res.locals for the forms of the page being rendered. */
  provideToken: RequestHandler;
}

/** csrf-csrf double-submit tokens, sent back as the `_csrf` form field or the X-CSRF-Token header. */
export function csrf(config: Config): Csrf {
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => config.APP_SECRET,
    getSessionIdentifier: (req: Request) => String(req.cookies?.[VISITOR_COOKIE] ?? ""),
    cookieName: "carnet.csrf",
    cookieOptions: {
      sameSite: "lax",
      secure: config.TRUST_PROXY ? undefined : false,
      httpOnly: true,
      path: "/",
    },
    getCsrfTokenFromRequest: (req: Request) =>
      ((req.body as Record<string, unknown> | undefined)?._csrf as string | undefined) ??
      req.get("x-csrf-token"),
  });
  return {
    protect: doubleCsrfProtection,
    provideToken: (req, res, next) => {
      res.locals.csrfToken = generateCsrfToken(req, res);
      next();
    },
  };
}
