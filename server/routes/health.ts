import { Router } from "express";
import { isReady } from "../../db/database.ts";
import type { Deps } from "../deps.ts";

/**
 * Liveness (the process answers) and readiness (database reachable, migrations current). With
 * replicas, /readyz also says where reads go and each replica's state; a replica down or lagging
 * leaves the instance ready (reads fall back to the primary), it only shows here.
 */
export function createHealthRouter({ db, readRouting }: Pick<Deps, "db" | "readRouting">): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const ready = await isReady(db);
    const body: Record<string, unknown> = { status: ready ? "ready" : "unavailable" };
    if (readRouting) {
      const { reads, replicas } = readRouting.status();
      body.reads = reads;
      body.replicas = replicas.map((r) => ({
        name: r.name,
        state: r.state,
        lag_seconds: r.lagSeconds,
        ...(r.error ? { error: r.error } : {}),
      }));
    }
    res.status(ready ? 200 : 503).json(body);
  });
  return router;
}
