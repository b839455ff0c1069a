import type { Request, RequestHandler } from "express";
import { countOf } from "../../view-helpers.ts";

declare module "express-session" {
  interface SessionData {
    flash?: { kind: "ok" | "error"; message: string };
  }
}

/** A one-time message shown on the next admin page (post → redirect → get). */
export function flash(req: Request, message: string, kind: "ok" | "error" = "ok"): void {
  req.session.flash = { kind, message };
}

/** "2 fiches et 5 mouvements supprimés": what removing a name took away, in French plurals. */
export const deletedCounts = (removed: { peopleDeleted: number; movesDeleted: number }) =>
  `${countOf(removed.peopleDeleted, "fiche", "fiches")} et ${countOf(removed.movesDeleted, "mouvement", "mouvements")} supprimés`;

export const takeFlash: RequestHandler = (req, res, next) => {
  if (req.session.flash) {
    res.locals.flash = req.session.flash;
    delete req.session.flash;
  }
  next();
};

/**
 * The form's `retour` field when it is an admin address (or the dev mailbox, admins-only outside
 * development), else the fallback: never an open redirect.
 */
export function backTo(req: Request, fallback: string): string {
  const wanted = (req.body as Record<string, unknown> | undefined)?.retour ?? req.query.retour;
  return typeof wanted === "string" &&
    /^\/(admin|dev\/mail)(\/|$|\?)/.test(wanted) &&
    !wanted.startsWith("//")
    ? wanted
    : fallback;
}
