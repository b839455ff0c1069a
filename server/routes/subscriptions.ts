import { type NextFunction, type Request, type Response, Router } from "express";
import multer from "multer";
import { z } from "zod";
import { paths } from "../../shared/site-paths.ts";
import { FREQUENCIES, type Frequency } from "../../shared/vocabulary.ts";
import type { Deps } from "../deps.ts";
import { HttpError, Invalid, NotFound } from "../errors.ts";
import { sharedRateLimit } from "../middleware/rate-limit.ts";
import type { Csrf } from "../middleware/security.ts";
import { savedSearchFrom } from "../services/saved-searches.ts";
import {
  createSubscriptionService,
  LONG_LIST,
  MAX_FOLLOWS,
  type PreferencesInput,
} from "../services/subscriptions.ts";
import { MAX_WATCH_LIST_ROWS } from "../services/watch-list-file.ts";
import { createWatchListService, type WatchListPreview } from "../services/watch-lists.ts";
import { formInput, idParam } from "../validation.ts";
import { countOf } from "../view-helpers.ts";

/**
 * /alertes: subscribe (double opt-in), confirm, and the manage page reached from the signed link
 * in every e-mail (change follows and frequency, unsubscribe, erase). /alertes/desabonnement/<signed>
 * is the List-Unsubscribe target: RFC 8058 §3.1, its POST works without cookies or CSRF token
 * because the signed URL itself is the authentication.
 */
// The form says when each round runs (jobs/register.ts), which the short labels elsewhere leave out.
const FREQUENCY_FORM_LABELS: Record<Frequency, string> = {
  immediate: "Dès leur parution (toutes les 15 minutes environ)",
  daily: "Une fois par jour, à 8 h",
  weekly: "Une fois par semaine, le lundi à 8 h",
};
export const FREQUENCY_OPTIONS = FREQUENCIES.map((value) => ({ value, label: FREQUENCY_FORM_LABELS[value] }));

const listField = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean),
    );

// At least one company, person or search: checked once all three are known (services/subscriptions.ts).
const companiesField = listField()
  .refine((list) => list.length <= MAX_FOLLOWS, `au plus ${MAX_FOLLOWS} entreprises`)
  .refine((list) => list.every((name) => name.length <= 200), "200 caractères au plus par entreprise");

const preferencesSchema = z.object({
  companies: companiesField,
  people: listField(),
  searches: listField(),
  frequency: z.enum(FREQUENCIES, { error: "choisissez une fréquence" }).default("immediate"),
  include_departures: z
    .string()
    .optional()
    .transform((v) => v !== undefined),
  // A long list (from a CSV file) is not shown as one input per name: the form says it is kept.
  keep_companies: z
    .string()
    .optional()
    .transform((v) => v !== undefined),
  keep_people: z
    .string()
    .optional()
    .transform((v) => v !== undefined),
});

const subscribeSchema = preferencesSchema.extend({
  email: z
    .string()
    .trim()
    // An empty field is a forgotten one, not a wrong one.
    .min(1, "indiquez votre adresse e-mail")
    .max(254)
    .pipe(z.email({ error: "adresse e-mail invalide" })),
  // The consent trail: which wording the form showed, and which form it was.
  consent_text_id: z.coerce.number().int().positive().optional().catch(undefined),
  source: z.enum(["alertes", "entreprise"]).catch("alertes"),
});

const FIELD_LABELS: Record<string, string> = {
  email: "Adresse e-mail",
  companies: "Entreprises",
  people: "Personnes",
  searches: "Recherches",
  frequency: "Fréquence",
};

type FormValues = {
  source?: string;
  email?: string;
  companies: string[];
  people: string[];
  searches: { query: string; name: string }[];
  frequency: string;
  includeDepartures: boolean;
};

export function createSubscriptionsRouter(deps: Deps, csrf: Csrf): Router {
  const router = Router();
  const service = createSubscriptionService(deps);
  const test = deps.config.NODE_ENV === "test";
  // Per IP here, per address in services/subscriptions.ts: both counted in the database, so
  // every instance shares them.
  const formLimit = sharedRateLimit(deps.db, "subscribe-ip", {
    windowMs: 15 * 60_000,
    limit: test ? 1_000 : 20,
  });

  const renderForm = async (res: Response, values: FormValues, error?: { field: string; message: string }) =>
    res.status(error ? 400 : 200).render("site/alertes", {
      title: "Alertes par e-mail",
      values,
      companyInputs: companyInputs(values.companies),
      personInputs: personInputs(values.people),
      searches: values.searches,
      frequencies: FREQUENCY_OPTIONS,
      consent: await service.consentWording(),
      error,
    });

  // ?entreprise=, ?personne=<slug> and ?recherche=<query string> fill the form in: the "Suivre"
  // buttons of company and person pages, and "Recevoir les nouveaux résultats" on /recherche.
  router.get(paths.alerts(), csrf.provideToken, async (req, res) => {
    const text = (name: string) => (typeof req.query[name] === "string" ? (req.query[name] as string) : "");
    const company = text("entreprise").slice(0, 200);
    const person = text("personne") ? await service.followLabel(text("personne").slice(0, 200)) : null;
    const search = text("recherche") ? savedSearchFrom(text("recherche").slice(0, 2000), "recherche") : null;
    return renderForm(res, {
      source: company ? "entreprise" : person ? "personne" : search ? "recherche" : "alertes",
      companies: company ? [company] : [],
      people: person ? [person] : [],
      searches: search ? [{ query: search.query, name: search.name }] : [],
      frequency: "immediate",
      includeDepartures: false,
    });
  });

  router.post(paths.alerts(), formLimit, csrf.protect, csrf.provideToken, async (req, res) => {
    const parsed = formInput(subscribeSchema).safeParse(req.body);
    if (!parsed.success) return renderForm(res, formValues(req), formError(parsed.error));
    const { email, consent_text_id, source, ...prefs } = parsed.data;
    try {
      await service.subscribe(email, toInput(prefs), {
        textId: consent_text_id ?? null,
        ip: req.ip ?? null,
        form: source,
      });
    } catch (error) {
      // A person not found, a search without criteria: the form again, the field named.
      if (error instanceof Invalid) return renderForm(res, formValues(req), fieldError(error));
      throw error;
    }
    res.render("site/alertes-envoye", { title: "Vérifiez votre boîte mail" });
  });

  router.get(paths.confirmSubscription(":token"), csrf.provideToken, async (req, res) => {
    const valid = await service.confirmationIsValid(String(req.params.token));
    res.status(valid ? 200 : 410).render("site/alertes-confirmer", {
      title: "Confirmer mon abonnement",
      valid,
      token: req.params.token,
    });
  });

  router.post(
    paths.confirmSubscription(":token"),
    formLimit,
    csrf.protect,
    csrf.provideToken,
    async (req, res) => {
      const manageUrl = await service.confirm(String(req.params.token));
      if (!manageUrl)
        return res
          .status(410)
          .render("site/alertes-confirmer", { title: "Confirmer mon abonnement", valid: false });
      res.redirect(303, `${manageUrl}?confirme=1`);
    },
  );

  const manageId = (req: Request) => {
    const id = service.links.verify("manage", String(req.params.signed));
    if (id === null) throw new NotFound("Lien de gestion invalide");
    return id;
  };
  const renderManage = async (
    req: Request,
    res: Response,
    notice?: string,
    error?: { field: string; message: string; status?: number },
  ) => {
    const current = await service.preferences(manageId(req));
    if (!current)
      return res
        .status(404)
        .render("site/alertes-efface", { title: "Abonnement introuvable", unknown: true });
    const { subscriber, follows, people, searches } = current;
    const longCompanies = follows.length > LONG_LIST;
    const longPeople = people.length > LONG_LIST;
    res.status(error ? (error.status ?? 400) : 200).render("site/alertes-gerer", {
      title: "Gérer mes alertes",
      action: paths.manageSubscription(String(req.params.signed)),
      email: subscriber.email,
      unsubscribed: subscriber.status === "unsubscribed",
      values: { frequency: subscriber.frequency, includeDepartures: subscriber.include_departures },
      companyInputs: longCompanies ? ["", ""] : companyInputs(follows.map((f) => f.name)),
      personInputs: longPeople ? ["", ""] : personInputs(people.map((p) => `${p.name} (${p.slug})`)),
      keptCompanies: longCompanies ? follows.length : 0,
      keptPeople: longPeople ? people.length : 0,
      searches,
      addSearch: true,
      maxWatchListRows: MAX_WATCH_LIST_ROWS,
      watchListAction: paths.watchList(String(req.params.signed)),
      followsCsvUrl: paths.followsCsv(String(req.params.signed)),
      frequencies: FREQUENCY_OPTIONS,
      notice: notice ?? (req.query.confirme ? "Votre abonnement est confirmé." : undefined),
      error,
    });
  };

  router.get(paths.manageSubscription(":signed"), csrf.provideToken, (req, res) => renderManage(req, res));

  // Watch lists from a CSV file: upload → preview (kept as a draft) → confirm; and the export.
  const watchLists = createWatchListService(deps);
  const csvUpload = watchListUpload(
    (req, res, message, status) =>
      new Promise((resolve, reject) =>
        csrf.provideToken(req, res, (error?: unknown) =>
          error
            ? reject(error)
            : resolve(renderManage(req, res, undefined, { field: "liste", message, status })),
        ),
      ),
  );
  const renderPreview = (
    req: Request,
    res: Response,
    preview: WatchListPreview,
    error?: { field: string; message: string },
  ) => {
    const count = (status: string) => preview.items.filter((i) => i.status === status).length;
    res.status(error ? 400 : 200).render("site/alertes-liste", {
      title: "Aperçu de la liste",
      action: paths.watchListPreview(String(req.params.signed), preview.id),
      manageUrl: paths.manageSubscription(String(req.params.signed)),
      preview,
      matched: preview.items.filter((i) => i.status === "matched" || i.status === "new"),
      // The choice made before an error, checked again.
      ambiguous: preview.items
        .filter((i) => i.status === "ambiguous")
        .map((i) => ({
          ...i,
          choice: (req.body as Record<string, unknown> | undefined)?.[`choix_${i.index}`],
        })),
      refused: preview.items.filter((i) => i.status === "unknown" || i.status === "invalid"),
      counts: {
        matched: count("matched"),
        new: count("new"),
        ambiguous: count("ambiguous"),
        refused: count("unknown") + count("invalid"),
        already: preview.items.filter((i) => i.already).length,
      },
      error,
    });
  };

  router.post(
    paths.watchList(":signed"),
    formLimit,
    csvUpload,
    csrf.protect,
    csrf.provideToken,
    async (req, res) => {
      const id = manageId(req);
      const file = req.file;
      if (!file || file.size === 0)
        return renderManage(req, res, undefined, {
          field: "liste",
          message: file ? "Le fichier est vide." : "Choisissez un fichier CSV à importer.",
        });
      const mode = req.body?.mode === "replace" ? "replace" : "add";
      try {
        const preview = await watchLists.preview(id, { name: file.originalname, bytes: file.buffer }, mode);
        renderPreview(req, res, preview);
      } catch (error) {
        if (error instanceof Invalid)
          return renderManage(req, res, undefined, { field: "liste", message: error.message });
        throw error;
      }
    },
  );

  router.post(
    paths.watchListPreview(":signed", ":upload"),
    formLimit,
    csrf.protect,
    csrf.provideToken,
    async (req, res) => {
      const id = manageId(req);
      const upload = idParam.safeParse(req.params.upload);
      if (!upload.success) throw new NotFound("Aperçu introuvable");
      const uploadId = upload.data;
      try {
        const done = await watchLists.apply(id, uploadId, req.body ?? {});
        // "ajoutées" agrees with the three (feminine) nouns together: plural from two on.
        const added = done.companies + done.people + done.searches;
        const parts =
          `${countOf(done.companies, "entreprise", "entreprises")}, ` +
          `${countOf(done.people, "personne", "personnes")} et ` +
          `${countOf(done.searches, "recherche", "recherches")} ${added < 2 ? "ajoutée" : "ajoutées"}`;
        const removed = done.removed ? ` ; ${countOf(done.removed, "suivi retiré", "suivis retirés")}` : "";
        await renderManage(req, res, `Liste importée : ${parts}${removed}.`);
      } catch (error) {
        if (!(error instanceof HttpError) || error.field === undefined) throw error;
        const preview = error.status === 400 ? await watchLists.show(id, uploadId) : null;
        if (preview) return renderPreview(req, res, preview, { field: error.field, message: error.message });
        await renderManage(req, res, undefined, {
          field: "liste",
          message: error.message,
          status: error.status,
        });
      }
    },
  );

  router.get(paths.followsCsv(":signed"), async (req, res) => {
    const csv = await watchLists.exportCsv(manageId(req));
    if (csv === null) throw new NotFound("Abonnement introuvable");
    res.set("Cache-Control", "no-store");
    res.attachment("carnet-mes-suivis.csv").type("text/csv; charset=utf-8").send(csv);
  });

  router.post(
    paths.manageSubscription(":signed"),
    formLimit,
    csrf.protect,
    csrf.provideToken,
    async (req, res) => {
      const id = manageId(req);
      const parsed = formInput(preferencesSchema).safeParse(req.body);
      if (!parsed.success) return renderManage(req, res, undefined, formError(parsed.error));
      try {
        await service.update(id, toInput(parsed.data));
      } catch (error) {
        if (error instanceof Invalid) return renderManage(req, res, undefined, fieldError(error));
        throw error;
      }
      await renderManage(req, res, "Vos préférences sont enregistrées.");
    },
  );

  router.post(
    `${paths.manageSubscription(":signed")}/desabonner`,
    formLimit,
    csrf.protect,
    csrf.provideToken,
    async (req, res) => {
      await service.unsubscribe(manageId(req));
      await renderManage(req, res, "Vous êtes désabonné·e : vous ne recevrez plus d’alertes.");
    },
  );

  router.post(
    `${paths.manageSubscription(":signed")}/reabonner`,
    formLimit,
    csrf.protect,
    csrf.provideToken,
    async (req, res) => {
      await service.resubscribe(manageId(req));
      await renderManage(req, res, "Vous êtes de nouveau abonné·e.");
    },
  );

  // "Télécharger mes données": the subscriber's record with its consent trail, as JSON.
  router.get(`${paths.manageSubscription(":signed")}/donnees`, async (req, res) => {
    const data = await service.dataExport(manageId(req));
    if (!data) throw new NotFound("Abonnement introuvable");
    res.set("Cache-Control", "no-store");
    res
      .attachment("carnet-mes-donnees.json")
      .type("application/json")
      .send(JSON.stringify(data, null, 2));
  });

  router.post(`${paths.manageSubscription(":signed")}/effacer`, formLimit, csrf.protect, async (req, res) => {
    await service.erase(manageId(req));
    res.render("site/alertes-efface", { title: "Données effacées" });
  });

  // The List-Unsubscribe target. GET (a person following the link) shows a button; POST (that
  // button, or a mail client's one-click request) unsubscribes. No CSRF: the signature authenticates.
  const unsubscribeId = (req: Request) => {
    const id = service.links.verify("unsubscribe", String(req.params.signed));
    if (id === null) throw new NotFound("Lien de désabonnement invalide");
    return id;
  };
  router.get(paths.unsubscribe(":signed"), (req, res) => {
    const id = unsubscribeId(req);
    res.render("site/alertes-desabonnement", {
      title: "Se désabonner",
      action: paths.unsubscribe(String(req.params.signed)),
      manageUrl: service.links.manageUrl(id),
    });
  });
  router.post(paths.unsubscribe(":signed"), async (req, res) => {
    const id = unsubscribeId(req);
    await service.unsubscribe(id, "one_click");
    res.render("site/alertes-desabonnement", {
      title: "Désabonnement confirmé",
      done: true,
      manageUrl: service.links.manageUrl(id),
    });
  });

  return router;
}

const toInput = (p: z.output<typeof preferencesSchema>): PreferencesInput => ({
  companies: p.companies,
  people: p.people,
  searches: p.searches,
  frequency: p.frequency,
  includeDepartures: p.include_departures,
  keepCompanies: p.keep_companies,
  keepPeople: p.keep_people,
});

/** A watch list's size limit: a file of 5,000 long rows stays well under it. */
const WATCH_LIST_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The CSV upload's multipart body, in memory and size-limited, read before the CSRF check (which
 * needs its _csrf field). Refusals are shown on the manage page, in French, naming the limit.
 */
function watchListUpload(
  refuse: (req: Request, res: Response, message: string, status: number) => Promise<unknown>,
) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: WATCH_LIST_MAX_BYTES, files: 1, fields: 5, fieldSize: 10_000 },
  }).single("fichier");
  return (req: Request, res: Response, next: NextFunction) =>
    upload(req, res, (error?: unknown) => {
      if (!error) return next();
      // Beside multer's limits, busboy's own errors (a body cut short, a broken boundary) are the
      // sender's: a 400 that says so, not a 500.
      const tooLarge = error instanceof multer.MulterError && error.code === "LIMIT_FILE_SIZE";
      const message = tooLarge
        ? `Fichier trop volumineux : ${WATCH_LIST_MAX_BYTES / 1024 / 1024} Mo au plus (${MAX_WATCH_LIST_ROWS.toLocaleString("fr-FR")} lignes).`
        : error instanceof multer.MulterError
          ? "Envoi refusé : un seul fichier CSV, dans le champ prévu."
          : "Envoi illisible (interrompu ou mal formé) : choisissez le fichier à nouveau.";
      refuse(req, res, message, tooLarge ? 413 : 400).catch(next);
    });
}

/** What the visitor typed, to show the form again with their input after an error. */
function formValues(req: Request): FormValues {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const list = (name: string) =>
    ([] as unknown[]).concat(body[name] ?? []).filter((c): c is string => typeof c === "string");
  const searches = list("searches").flatMap((query) => {
    try {
      return [{ query, name: savedSearchFrom(query).name }];
    } catch {
      return [];
    }
  });
  return {
    source: body.source === "entreprise" ? "entreprise" : "alertes",
    email: typeof body.email === "string" ? body.email : "",
    companies: list("companies"),
    people: list("people"),
    searches,
    frequency: typeof body.frequency === "string" ? body.frequency : "immediate",
    includeDepartures: body.include_departures !== undefined,
  };
}

function formError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? "input");
  return { field, message: `${FIELD_LABELS[field] ?? field} : ${issue.message}` };
}

function fieldError(error: Invalid): { field: string; message: string } {
  const field = error.field ?? "companies";
  return { field, message: `${FIELD_LABELS[field] ?? field} : ${error.message}` };
}

/** The followed people, then empty inputs to add more (at least two in all). */
const personInputs = (names: string[]) => [...names, ...Array(Math.max(1, 2 - names.length)).fill("")];

/** The followed companies, then empty inputs to add more (at least five in all). */
const companyInputs = (names: string[]) => [...names, ...Array(Math.max(2, 5 - names.length)).fill("")];
