import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { HttpError, NotFound } from "../errors.ts";

/** JSON routes answer errors in JSON; every other route gets an HTML page. */
const wantsJson = (req: Request) =>
  req.path.startsWith("/api/") ||
  req.path.endsWith(".json") ||
  (req.get("accept") ?? "").startsWith("application/json");

export const notFound: RequestHandler = (_req, _res, next) => next(new NotFound());

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let error: HttpError;
  if (err instanceof HttpError) {
    error = err;
  } else if (typeof err?.status === "number" && err.status >= 400 && err.status < 500) {
    // Errors from middleware we use (body too large, bad JSON, CSRF) carry their own 4xx status.
    const messages: Record<number, string> = {
      403: "Jeton de sécurité invalide ou expiré : rechargez la page et réessayez.",
      413: "Envoi trop volumineux.",
      400: "Requête invalide.",
    };
    error = new HttpError(err.status, err.code ?? "bad_request", messages[err.status] ?? "Requête refusée.");
  } else {
    req.log?.error({ err }, "unhandled error");
    error = new HttpError(500, "internal", "Une erreur interne est survenue. Elle a été enregistrée.");
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(error.status);
  if (wantsJson(req)) {
    res.json({
      error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    });
    return;
  }
  const page = [400, 401, 403, 404, 409, 413, 429].includes(error.status) ? String(error.status) : "500";
  res.render(`errors/${page}`, {
    title: error.status === 404 ? "Page introuvable" : "Erreur",
    message: error.message,
    field: error.field,
    requestId: req.id,
  });
};
