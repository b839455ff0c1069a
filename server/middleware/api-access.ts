import type { RequestHandler, Response } from "express";
import { ipKeyGenerator } from "express-rate-limit";
import type { Deps } from "../deps.ts";
import { TooManyRequests, Unauthorized } from "../errors.ts";
import { authenticateApiToken } from "../services/api-tokens.ts";
import { sharedRateLimit } from "./rate-limit.ts";

/**
 * Who is calling /api, and how often they may: a request with `Authorization: Bearer <token>` is
 * checked first (an unknown or revoked token is refused with 401, never served as anonymous, so a
 * client notices its token is gone); then one window per token, or per IP address without one,
 * each with its own limit (README, "JSON API"). Beyond it: 429 with Retry-After.
 */
export function apiAccess(deps: Pick<Deps, "db" | "config" | "clock">): RequestHandler[] {
  const { config } = deps;
  const authenticate: RequestHandler = async (req, res, next) => {
    const header = req.get("authorization");
    if (!header) return next();
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const id = token ? await authenticateApiToken(deps.db, token, deps.clock.now()) : null;
    if (id === null) {
      // RFC 6750 §3: say which scheme and why.
      res.set("WWW-Authenticate", 'Bearer realm="carnet", error="invalid_token"');
      return next(new Unauthorized("Jeton d’API inconnu ou révoqué."));
    }
    res.locals.apiTokenId = id;
    next();
  };
  // Per token, or per client IP (behind a proxy, the one TRUST_PROXY lets through), counted
  // across instances (middleware/rate-limit.ts). A limit of 0 turns that side off.
  const limitFor = (res: Response) =>
    res.locals.apiTokenId ? config.API_TOKEN_RATE_LIMIT : config.API_RATE_LIMIT;
  const limit = sharedRateLimit(deps.db, "api", {
    windowMs: 60_000,
    limit: (_req, res) => limitFor(res),
    skip: (_req, res) => limitFor(res) === 0,
    keyGenerator: (req, res) =>
      res.locals.apiTokenId ? `token:${res.locals.apiTokenId}` : `ip:${ipKeyGenerator(req.ip ?? "")}`,
    handler: (req, res, next, options) => {
      // The RateLimit headers say when the window ends; Retry-After says it plainly (RFC 6585 §4).
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = reset
        ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000))
        : options.windowMs / 1000;
      res.set("Retry-After", String(seconds));
      next(
        new TooManyRequests("Trop de requêtes sur l’API : réessayez après le délai indiqué par Retry-After."),
      );
    },
  });
  return [authenticate, limit];
}
