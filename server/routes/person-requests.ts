import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { paths } from "../../shared/site-paths.ts";
import type { Deps } from "../deps.ts";
import { sharedRateLimit } from "../middleware/rate-limit.ts";
import type { Csrf } from "../middleware/security.ts";
import { MovedPermanently, personPage } from "../services/directory.ts";
import { createPersonRequestService } from "../services/person-requests.ts";
import { formInput, parseInput, slugParams } from "../validation.ts";

/**
 * "Vous figurez dans Carnet ?" (issue 17 item 1): a listed person asks for a correction or their
 * removal from their page, then confirms their address from the e-mail (a page with a button that
 * POSTs, as for subscriptions, so a mail scanner following links confirms nothing). Every valid
 * submission gets the same answer, whoever the person and whatever the address.
 */
const KIND_OPTIONS = [
  { value: "correction", label: "Corriger une information inexacte" },
  { value: "removal", label: "Retirer cette fiche de Carnet" },
];

const requestSchema = z
  .object({
    kind: z.enum(["correction", "removal"], { error: "choisissez une correction ou un retrait" }),
    move_id: z
      .string()
      .optional()
      .transform((v) => (v && /^[1-9]\d{0,15}$/.test(v) ? Number(v) : null)),
    details: z.string().trim().max(2000, "2 000 caractères au plus").default(""),
    email: z
      .string()
      .trim()
      // An empty field is a forgotten one, not a wrong one.
      .min(1, "indiquez votre adresse e-mail")
      .max(254)
      .pipe(z.email({ error: "adresse e-mail invalide" })),
  })
  .refine((v) => v.kind !== "correction" || v.details.length > 0, {
    path: ["details"],
    message: "dites ce qui est inexact et ce qu’il faudrait lire à la place",
  });

const FIELD_LABELS: Record<string, string> = {
  kind: "Votre demande",
  details: "Ce qui est inexact",
  email: "Adresse e-mail",
};

const formField = (req: Request, name: string) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
};

export function createPersonRequestsRouter(deps: Deps, csrf: Csrf): Router {
  const router = Router();
  const service = createPersonRequestService(deps);
  const test = deps.config.NODE_ENV === "test";
  // Per IP, and per address typed (so one inbox cannot be flooded with confirmation e-mails from
  // many IPs). Counted in PostgreSQL: every instance shares them. The answer names no one.
  const limits = [
    sharedRateLimit(deps.db, "person-request-ip", {
      windowMs: 15 * 60_000,
      limit: test ? 1_000 : 10,
      message: "Trop de demandes envoyées depuis votre connexion : réessayez dans un quart d’heure.",
    }),
    sharedRateLimit(deps.db, "person-request-address", {
      windowMs: 60 * 60_000,
      limit: 3,
      keyGenerator: (req) => formField(req, "email").trim().toLowerCase(),
      message: "Trop de demandes pour cette adresse e-mail : réessayez dans une heure.",
    }),
  ];

  const renderForm = async (
    req: Request,
    res: Response,
    values: Record<string, unknown>,
    error?: { field: string; message: string },
  ) => {
    const page = await personPage(deps.db, parseInput(slugParams, req.params).slug);
    if (page instanceof MovedPermanently) return res.redirect(301, paths.personRequest(page.slug));
    res.status(error ? 400 : 200).render("site/demande", {
      title: `Vous figurez dans Carnet ? — ${page.person.name}`,
      person: page.person,
      moves: page.moves,
      kinds: KIND_OPTIONS,
      values,
      error,
    });
  };

  router.get(paths.personRequest(":slug"), csrf.provideToken, (req, res) =>
    renderForm(req, res, { kind: req.query.type === "retrait" ? "removal" : "correction" }),
  );

  router.post(paths.personRequest(":slug"), csrf.protect, ...limits, csrf.provideToken, async (req, res) => {
    const parsed = formInput(requestSchema).safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? "kind");
      return renderForm(
        req,
        res,
        {
          kind: formField(req, "kind"),
          move_id: formField(req, "move_id"),
          details: formField(req, "details"),
          email: formField(req, "email"),
        },
        { field, message: `${FIELD_LABELS[field] ?? field} : ${issue.message}` },
      );
    }
    const { slug } = parseInput(slugParams, req.params);
    const { kind, move_id, details, email } = parsed.data;
    await service.submit(slug, { kind, moveId: move_id, details, email });
    res.render("site/demande-envoyee", { title: "Vérifiez votre boîte mail" });
  });

  router.get(paths.confirmPersonRequest(":token"), csrf.provideToken, async (req, res) => {
    const valid = await service.confirmationIsValid(String(req.params.token));
    res.status(valid ? 200 : 410).render("site/demande-confirmer", {
      title: "Confirmer ma demande",
      valid,
      token: req.params.token,
    });
  });

  router.post(paths.confirmPersonRequest(":token"), limits[0]!, csrf.protect, async (req, res) => {
    const confirmed = await service.confirm(String(req.params.token));
    res.status(confirmed ? 200 : 410).render("site/demande-confirmer", {
      title: confirmed ? "Demande transmise" : "Confirmer ma demande",
      valid: false,
      confirmed,
    });
  });

  return router;
}
