import { Router } from "express";
import type { Deps } from "../../deps.ts";
import type { Csrf } from "../../middleware/security.ts";

export function createAdminRouter(_deps: Deps, _csrf: Csrf): Router {
  const router = Router();
  return router;
}
