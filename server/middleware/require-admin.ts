import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { DB } from "../../db/database.ts";
import type { AdminAccount } from "../../db/repositories/admin-users.ts";
import * as adminUsers from "../../db/repositories/admin-users.ts";
import type { AdminRole } from "../../db/schema.ts";
import { Forbidden } from "../errors.ts";
import type { Actor } from "../services/audit.ts";

/**
 * Loads the signed-in account on every admin request (so a disabled account or a changed role takes
 * effect at once) and sends anyone else to the sign-in page, remembering where they were going.
 */
export function requireAdmin(db: DB): RequestHandler {
  return async (req, res, next) => {
    const id = req.session.adminUserId;
    const account = id ? await adminUsers.findById(db, id) : undefined;
    if (!account || account.disabled) {
      if (id) delete req.session.adminUserId;
      const back = req.method === "GET" ? `?retour=${encodeURIComponent(req.originalUrl)}` : "";
      res.redirect(303, `/admin/connexion${back}`);
      return;
    }
    res.locals.admin = account;
    res.locals.isAdminRole = account.role === "admin";
    next();
  };
}

/** Only these roles pass; the others get a 403 page. */
export function requireRole(...roles: AdminRole[]): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const account = res.locals.admin as AdminAccount | undefined;
    if (!account || !roles.includes(account.role))
      return next(new Forbidden("Cette page est réservée aux administrateurs."));
    next();
  };
}

/** The signed-in account as the audit log names it. */
export function actorOf(res: Response): Actor {
  const account = res.locals.admin as AdminAccount;
  return { id: account.id, email: account.email };
}
