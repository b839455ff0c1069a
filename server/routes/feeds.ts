import { Router } from "express";
import type { Deps } from "../deps.ts";

export function createFeedsRouter(_deps: Deps): Router {
  const router = Router();
  return router;
}
