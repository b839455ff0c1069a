import { type Algorithm, hash, verify } from "@node-rs/argon2";
import type { DB } from "../../db/database.ts";
import type { AdminAccount } from "../../db/repositories/admin-users.ts";
import * as adminUsers from "../../db/repositories/admin-users.ts";
import type { Clock } from "../clock.ts";

// @node-rs/argon2 declares Algorithm as a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

// Verified against when the account does not exist, so an unknown e-mail costs as much time as a
// wrong password and timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => {
  dummyHash ??= hashPassword("carnet-dummy-password-for-constant-time");
  return dummyHash;
};

/**
 * The account for these credentials, or null: one answer for an unknown e-mail, a wrong password
 * and a disabled account alike (the sign-in page shows one message for all three).
 */
export async function verifyCredentials(
  deps: { db: DB; clock: Clock },
  email: string,
  password: string,
): Promise<AdminAccount | null> {
  const user = await adminUsers.findByEmail(deps.db, email);
  let ok = false;
  try {
    ok = await verify(user?.password_hash ?? (await getDummyHash()), password);
  } catch {
    ok = false; // a malformed stored hash is a failed sign-in, not a crash
  }
  if (!user || !ok || user.disabled) return null;
  await adminUsers.touchSignIn(deps.db, user.id, deps.clock.now());
  const { password_hash: _hash, ...account } = user;
  return account;
}
