import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import * as adminUsers from "../../services/admin-users.ts";
import { createAccount, ROLE_LABELS, updateAccount } from "../../services/admin-users.ts";
import { MIN_PASSWORD_LENGTH } from "../../services/auth.ts";
import { idParam, parseInput } from "../../validation.ts";
import { flash } from "./flash.ts";

const role = z.enum(["admin", "editor"]);

/** Admin accounts: list, create, change a role, disable or re-enable. Admins only. */
export function createAccountsRouter({ db }: Deps): Router {
  const router = Router();

  router.get("/comptes", async (_req, res) => {
    res.render("admin/accounts", {
      title: "Comptes",
      section: "comptes",
      accounts: await adminUsers.list(db),
      roles: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
      minPassword: MIN_PASSWORD_LENGTH,
    });
  });

  router.post("/comptes", async (req, res) => {
    const input = parseInput(
      z.object({ email: z.string().trim().max(320), password: z.string().max(1000), role }),
      req.body,
    );
    const account = await createAccount(db, actorOf(res), input);
    flash(req, `Compte créé pour ${account.email}.`);
    res.redirect(303, "/admin/comptes");
  });

  router.post("/comptes/:id", async (req, res) => {
    const accountId = parseInput(idParam, req.params.id);
    const input = parseInput(
      z
        .object({
          role: role.optional(),
          // A checked box sends "1" beside its hidden "0" fallback.
          disabled: z.preprocess(
            (v) => (Array.isArray(v) ? (v.includes("1") ? "1" : "0") : v),
            z.enum(["0", "1"]).optional(),
          ),
        })
        // the page's form always sends both; a request with neither would update nothing (an empty SET)
        .refine((change) => change.role !== undefined || change.disabled !== undefined, {
          path: ["role"],
          message: "choisissez un rôle ou l’état du compte",
        }),
      req.body,
    );
    const account = await updateAccount(db, actorOf(res), accountId, {
      role: input.role,
      disabled: input.disabled === undefined ? undefined : input.disabled === "1",
    });
    flash(req, `Compte ${account.email} mis à jour.`);
    res.redirect(303, "/admin/comptes");
  });

  return router;
}
