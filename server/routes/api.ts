import { Router } from "express";
import type { Deps } from "../deps.ts";

export function createApiRouter(_deps: Deps): Router {
  const router = Router();
  return router;
}
