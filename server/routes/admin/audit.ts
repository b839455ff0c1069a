import { Router } from "express";
import { z } from "zod";
import * as audit from "../../../db/repositories/audit.ts";
import type { Deps } from "../../deps.ts";
import { parseInput } from "../../validation.ts";

const PAGE_SIZE = 50;
const optionalText = z.string().trim().max(200).default("");

/** The audit log: who changed what, when, before → after; filterable, newest first. */
export function createAuditRouter({ db }: Deps): Router {
  const router = Router();

  router.get("/journal", async (req, res) => {
    const filters = parseInput(
      z.object({
        qui: optionalText,
        action: optionalText,
        type: optionalText,
        id: optionalText,
        avant: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
      }),
      req.query,
    );
    const [entries, actions] = await Promise.all([
      audit.list(db, {
        actor: filters.qui,
        action: filters.action,
        entity: filters.type,
        entityId: filters.id,
        beforeId: filters.avant,
        limit: PAGE_SIZE + 1,
      }),
      audit.distinctActions(db),
    ]);
    const page = entries.slice(0, PAGE_SIZE);
    res.render("admin/audit", {
      title: "Journal des modifications",
      section: "journal",
      filters,
      actions,
      entries: page.map((e) => ({
        ...e,
        before: e.before === null ? null : JSON.stringify(e.before, null, 1),
        after: e.after === null ? null : JSON.stringify(e.after, null, 1),
      })),
      nextBefore: entries.length > PAGE_SIZE ? page[page.length - 1]!.id : null,
    });
  });

  return router;
}
