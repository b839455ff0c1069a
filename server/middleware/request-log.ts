import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "../logger.ts";

declare global {
  namespace Express {
    interface Request {
      id: string;
      log: Logger;
    }
  }
}

/**
 * Path segments that authenticate whoever holds them: whatever follows one of these words (a
 * confirmation token, a signed manage or unsubscribe link), wherever the word appears in the path.
 */
const SECRET_AFTER = new Set(["confirmer", "gerer", "desabonnement", "jeton", "token", "reinitialiser"]);
/** Signed links (`<id>.<mac>`) and random tokens (base64url or hex), whatever route they are on. */
const SIGNED_LINK = /^\d+\.[\w-]{16,}$/;
const looksRandom = (segment: string) =>
  (segment.length >= 20 && /^[\w-]+$/.test(segment) && /\d/.test(segment) && /[A-Z]/.test(segment)) ||
  /^[0-9a-f]{32,}$/i.test(segment);
const SECRET_PARAMETER = /([?&])(token|jeton|signature|sig|key|cle|code)=[^&#]*/gi;
const REDACTED = "[redacted]";

/**
 * The request's path and query as the log shows them: tokens and signed links replaced, so the log
 * never holds what would let its reader confirm, manage or erase someone's subscription.
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const segments = path.split("/");
  const redacted = segments.map((segment, i) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {}
    const previous = (segments[i - 1] ?? "").toLowerCase();
    return segment !== "" && (SECRET_AFTER.has(previous) || SIGNED_LINK.test(decoded) || looksRandom(decoded))
      ? REDACTED
      : segment;
  });
  const query = queryStart === -1 ? "" : url.slice(queryStart).replace(SECRET_PARAMETER, `$1$2=${REDACTED}`);
  return redacted.join("/") + query;
}

/**
 * One log line per request, with an id that the error page and the logs share.
 *
 * The line itself goes through a child logger without redaction paths: its fields are fixed (the
 * id, checked above or made here, the method, the URL with its secrets replaced by redactUrl, the
 * status, the time), so none of the logger's paths can match them, but pino ran its wildcard paths
 * (`*.email`, `*.token`…) over every value of every line: about 6 kB of garbage a request for
 * nothing (issue 14: a sampling heap profile of the search requests; the middleware and its line
 * 12.7 -> 8.6 µs of CPU a request, alone, alternated).
 * The line's bytes are the same: the id comes first among the fields, where the child's binding put
 * it. `req.log`, the request's own logger for what a handler logs, still redacts. (Made lazily by a
 * getter on each request, it cost more than it saved: 19 µs, the request object's shape changed.)
 */
export function requestLog(logger: Logger): RequestHandler {
  const lines = logger.child({}, { redact: [] });
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.get("x-request-id");
    const id = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    req.id = id;
    req.log = logger.child({ reqId: id });
    res.setHeader("X-Request-Id", id);
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? "error" : "info";
      lines[level](
        {
          reqId: id,
          method: req.method,
          url: redactUrl(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        "request",
      );
    });
    next();
  };
}
