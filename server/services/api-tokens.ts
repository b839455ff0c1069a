import { createHash, randomBytes } from "node:crypto";
import type { DB } from "../../db/database.ts";
import * as tokens from "../../db/repositories/api-tokens.ts";
import { Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";

/**
 * Named read tokens for the JSON API. A token is 32 random bytes, so a plain SHA-256 is enough to
 * store it (nothing to brute-force, unlike a password); it is shown once, then only its prefix.
 */
const PREFIX = "carnet_";

export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createApiToken(
  db: DB,
  actor: Actor,
  name: string,
): Promise<{ id: number; token: string }> {
  const clean = name.trim();
  if (!clean || clean.length > 200)
    throw new Invalid("name", "Donnez un nom au jeton (200 caractères au plus).");
  const token = PREFIX + randomBytes(32).toString("base64url");
  return db.transaction().execute(async (trx) => {
    const id = await tokens.insertToken(trx, {
      name: clean,
      hash: hashApiToken(token),
      prefix: token.slice(0, PREFIX.length + 6),
      createdBy: actor.id,
    });
    await record(trx, {
      actor,
      action: "api_token.create",
      entity: "api_token",
      entityId: id,
      after: { name: clean },
    });
    return { id, token };
  });
}

export async function revokeApiToken(db: DB, actor: Actor, id: number, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const revoked = await tokens.revokeToken(trx, id, now);
    if (!revoked) throw new NotFound("Jeton introuvable ou déjà révoqué.");
    await record(trx, {
      actor,
      action: "api_token.revoke",
      entity: "api_token",
      entityId: id,
      before: revoked,
    });
    return revoked.name;
  });
}

/** The token's id when it is live; null for an unknown or revoked one. */
export async function authenticateApiToken(db: DB, token: string, now: Date): Promise<number | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  return tokens.useToken(db, hashApiToken(token), now);
}

export const listApiTokens = (db: DB) => tokens.listTokens(db);
