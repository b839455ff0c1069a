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
    options.format === "json" ? pino.destination({ fd, sync: false }) : undefined,
  );
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
