import type { Request, RequestHandler } from "express";
import { Router } from "express";
import { z } from "zod";
import type { DB } from "../../../db/database.ts";
import type { Deps } from "../../deps.ts";
import { sharedRateLimit } from "../../middleware/rate-limit.ts";
import type { Csrf } from "../../middleware/security.ts";
import { verifyCredentials } from "../../services/auth.ts";
import { parseInput } from "../../validation.ts";
import { backTo } from "./flash.ts";

// One message for an unknown e-mail, a wrong password and a disabled account: none is revealed.
const SIGN_IN_FAILED = "E-mail ou mot de passe incorrect.";

const field = (req: Request, name: string) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
};

/**
 * Failed sign-ins are limited per IP and per account (5 a minute each): the second limiter stops a
 * slow guess at one account spread over many addresses. Successful sign-ins do not count. The
 * counters live in PostgreSQL, so the limit holds across every web instance.
 */
function signInLimiters(db: DB) {
  const common = {
    windowMs: 60_000,
    limit: 5,
    skipSuccessfulRequests: true,
    message: "Trop de tentatives de connexion : réessayez dans une minute.",
  };
  return [
    sharedRateLimit(db, "sign-in-ip", common),
    sharedRateLimit(db, "sign-in-account", {
      ...common,
      keyGenerator: (req) => field(req, "email").trim().toLowerCase(),
    }),
  ];
}

export function createSessionRouter(deps: Deps, csrf: Csrf): Router {
  const router = Router();

  router.get("/connexion", csrf.provideToken, (req, res) => {
    if (req.session.adminUserId) return res.redirect(303, backTo(req, "/admin/revue"));
    res.render("admin/sign-in", { title: "Connexion", retour: backTo(req, "/admin/revue") });
  });

  // Control characters in any field are refused with a 400 before the database (the limiters'
  // counters included) sees them.
  const refuseControlCharacters: RequestHandler = (req, _res, next) => {
    parseInput(z.object({}), req.body ?? {});
    next();
  };
  router.post(
    "/connexion",
    csrf.protect,
    refuseControlCharacters,
    ...signInLimiters(deps.db),
    csrf.provideToken,
    async (req, res) => {
      const email = field(req, "email");
      const account = await verifyCredentials(deps, email, field(req, "password"));
      if (!account) {
        res.status(401).render("admin/sign-in", {
          title: "Connexion",
          error: SIGN_IN_FAILED,
          email,
          retour: backTo(req, "/admin/revue"),
        });
        return;
      }
      const destination = backTo(req, "/admin/revue");
      // A new session id at sign-in: an id planted before (session fixation) is worth nothing after.
      await new Promise<void>((resolve, reject) =>
        req.session.regenerate((e) => (e ? reject(e) : resolve())),
      );
      req.session.adminUserId = account.id;
      await new Promise<void>((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
      req.log?.info({ adminUserId: account.id }, "admin signed in");
      res.redirect(303, destination);
    },
  );

  router.post("/deconnexion", csrf.protect, async (req, res) => {
    await new Promise<void>((resolve, reject) => req.session.destroy((e) => (e ? reject(e) : resolve())));
    res.clearCookie("carnet.sid", { path: "/" });
    res.redirect(303, "/admin/connexion");
  });

  return router;
}
