import { Router } from "express";
import { z } from "zod";
import { paths } from "../../../shared/site-paths.ts";
import type { Deps } from "../../deps.ts";
import * as audit from "../../services/audit.ts";
import { idParam, parseInput } from "../../validation.ts";
import { frLabel } from "../../view-helpers.ts";

const PAGE_SIZE = 50;

/** Where each kind of entry's record is seen in the admin (or on the site, for an issue). */
const ENTITY_LINKS: Record<string, (id: string) => string> = {
  move: (id) => `/admin/mouvements/${id}`,
  person: (id) => `/admin/personnes/${id}`,
  company: (id) => `/admin/entreprises/${id}`,
  issue: (id) => paths.issue(id),
  subscriber: (id) => `/admin/abonnes/${id}`,
  admin_user: () => "/admin/comptes",
  suppression: () => "/admin/suppressions",
  person_request: (id) => `/admin/demandes/${id}`,
};

/** A before/after value as a reader takes it in: labels in French, no JSON punctuation. */
function readable(value: unknown, key = ""): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (Array.isArray(value)) return value.length ? value.map((v) => readable(v)).join(", ") : "—";
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${frLabel("field", k)} : ${readable(v, k)}`)
      .join(" ; ");
  if (key === "status") return frLabel("moveStatus", frLabel("subscriberStatus", value));
  if (key === "kind" || key === "seniority" || key === "function" || key === "role" || key === "frequency")
    return frLabel(key, value);
  return String(value);
}

/** A field's name: an account's `role` is its role (Rôle), a move's its post (Poste). */
const fieldLabel = (entity: string, key: string) =>
  entity === "admin_user" && key === "role" ? "Rôle" : frLabel("field", key);

/** One row per field that an entry's before or after holds: "Poste : directeur → directrice". */
function changes(entity: string, before: unknown, after: unknown) {
  const asObject = (v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : v == null
        ? {}
        : { "": v };
  const b = asObject(before);
  const a = asObject(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((key) => ({
    field: key ? fieldLabel(entity, key) : "",
    before: key in b ? readable(b[key], key) : null,
    after: key in a ? readable(a[key], key) : null,
  }));
}
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
        avant: z.preprocess((v) => (v === "" ? undefined : v), idParam.optional()),
      }),
      req.query,
    );
    const [entries, codes] = await Promise.all([
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
    const names = await audit.entityNames(db, page);
    res.render("admin/audit", {
      title: "Journal des modifications",
      section: "journal",
      filters,
      actions: codes.map((code) => ({ code, label: frLabel("action", code) })),
      entries: page.map((e) => ({
        ...e,
        actionLabel: frLabel("action", e.action),
        entityLabel: frLabel("entity", e.entity),
        name: names.get(`${e.entity}:${e.entity_id}`) ?? null,
        link:
          e.entity_id !== null && /^\d+$/.test(e.entity_id)
            ? ENTITY_LINKS[e.entity]?.(e.entity_id)
            : undefined,
        changes: changes(e.entity, e.before, e.after),
      })),
      nextBefore: entries.length > PAGE_SIZE ? page[page.length - 1]!.id : null,
    });
  });

  return router;
}
