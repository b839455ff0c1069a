import { Router } from "express";
import type { Deps } from "../deps.ts";

export function createSearchRouter(_deps: Deps): Router {
  const router = Router();
  return router;
}
