/**
 * Whether an error says the database is away (down, restarting, unreachable, out of disk or
 * connections, failing over) rather than that a statement or our code went wrong. Work that failed
 * for the first reason is retried until the database is back; for the second, a bounded number of
 * times (a message that makes the import throw would otherwise be read every minute forever).
 *
 * SQLSTATE classes (PostgreSQL, Appendix A): 08 connection exception, 53 insufficient resources
 * (disk full, out of memory, too many connections), 57 operator intervention (shutdown, crash
 * recovery; not 57014, a statement cancelled, which a statement timeout on one huge message also
 * raises), 58 system error (I/O). Also a transaction that lost a race (40001, 40P01, 55P03) and a
 * write refused by a server that is now a standby (25006). Without a SQLSTATE: the socket's own
 * errors, and pg's when a connection ends or the pool waits too long for one.
 */
const AWAY_CLASSES = new Set(["08", "53", "57", "58"]);
const AWAY_CODES = new Set(["40001", "40P01", "55P03", "25006"]);
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const POOL_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended/i;

export function databaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (/^[0-9A-Z]{5}$/.test(code))
      return code !== "57014" && (AWAY_CLASSES.has(code.slice(0, 2)) || AWAY_CODES.has(code));
    if (SOCKET_CODES.has(code)) return true;
  }
  // An AggregateError (a connection refused on both IPv4 and IPv6) carries the socket errors inside.
  if (error instanceof AggregateError) return error.errors.some(databaseUnavailable);
  return POOL_MESSAGES.test(error.message);
}
