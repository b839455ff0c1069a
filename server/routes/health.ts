import { Router } from "express";
import { isReady } from "../../db/database.ts";
import type { Deps } from "../deps.ts";

/** Liveness (the process answers) and readiness (database reachable, migrations current). */
export function createHealthRouter({ db }: Pick<Deps, "db">): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const ready = await isReady(db);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });
  return router;
}
