import pino, { type Logger } from "pino";

export type { Logger };

/**
 * pino, readable in a terminal and JSON otherwise. Redaction keeps e-mail addresses, tokens,
 * cookies and passwords out of the logs wherever they appear in a logged object.
 */
export function createLogger(options: {
  level: string;
  format: "pretty" | "json";
  toStderr?: boolean;
  /**
   * JSON lines written in batches of about 4 kB, or every 250 ms when fewer come, rather than one
   * write a line: the server's request log wrote once a request, 5 % of its CPU under bench:search
   * (--cpu-prof). What is buffered is written when the process exits (pino's exit handler).
   */
  batched?: boolean;
}): Logger {
  // CLI commands log to stderr so that their standard output (a table, a JSON document) stays clean.
  const fd = options.toStderr ? 2 : 1;
  return pino(
    {
      level: options.level,
      redact: {
        paths: [
          "email",
          "*.email",
          "to",
          "*.to",
          "token",
          "*.token",
          "password",
          "*.password",
          "req.headers.cookie",
          "req.headers.authorization",
          'res.headers["set-cookie"]',
          "smtpUrl",
          "databaseUrl",
        ],
        censor: "[redacted]",
      },
      ...(options.format === "pretty"
        ? {
            transport: {
              target: "pino-pretty",
              options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,reqId", destination: fd },
            },
          }
        : {}),
    },
    options.format === "json"
      ? pino.destination({
          fd,
          sync: false,
          ...(options.batched ? { minLength: 4096, periodicFlush: 250 } : {}),
        })
      : undefined,
  );
}

/**
 * Waits until every line logged so far is written. The JSON log is written asynchronously (in
 * batches for the server): `process.exit` writes what is still buffered synchronously while an
 * earlier batch may still be on its way, so a last line ("stopped") could land before the lines
 * logged ahead of it. Awaited before exiting, the log keeps its order.
 */
export function flushLog(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

/** Masks the password in a connection URL before it is shown to anyone. */
export function safeUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(invalid URL)";
  }
}
