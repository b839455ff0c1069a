/**
 * The errors a service or route may throw on purpose. One handler (server/middleware/errors.ts)
 * turns each into a status: an HTML page under views/errors/, or {"error":{code,message,field}} for
 * JSON routes. Anything else is a bug: logged with the request id, shown as a plain 500.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export class NotFound extends HttpError {
  constructor(message = "Page introuvable") {
    super(404, "not_found", message);
  }
}

/** Bad input: names the field (a query parameter or form field) and says what is expected. */
export class Invalid extends HttpError {
  constructor(field: string, message: string) {
    super(400, "invalid", message, field);
  }
}

export class Conflict extends HttpError {
  constructor(message: string) {
    super(409, "conflict", message);
  }
}

export class Forbidden extends HttpError {
  constructor(message = "Accès refusé") {
    super(403, "forbidden", message);
  }
}

export class Unauthorized extends HttpError {
  constructor(message = "Connexion requise") {
    super(401, "unauthorized", message);
  }
}

export class TooManyRequests extends HttpError {
  constructor(message = "Trop de demandes : réessayez dans un instant.") {
    super(429, "too_many_requests", message);
  }
}
