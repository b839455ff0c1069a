import { z } from "zod";
import type { DB } from "../../db/database.ts";
import type { AdminAccount } from "../../db/repositories/admin-users.ts";
import * as adminUsers from "../../db/repositories/admin-users.ts";
import type { AdminRole } from "../../db/schema.ts";
import { Conflict, Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./auth.ts";

/** Admin accounts: created from the CLI or by an admin, never self-service. */

export const ROLES: readonly AdminRole[] = ["admin", "editor"];

export const ROLE_LABELS: Record<AdminRole, string> = {
  admin: "Administrateur (tout)",
  editor: "Éditeur (curation seulement)",
};

const emailSchema = z.email();

export async function createAccount(
  db: DB,
  actor: Actor,
  input: { email: string; password: string; role: string },
): Promise<AdminAccount> {
  const email = input.email.trim();
  if (!emailSchema.safeParse(email).success)
    throw new Invalid("email", `Adresse e-mail invalide : « ${email} ».`);
  if (!ROLES.includes(input.role as AdminRole))
    throw new Invalid("role", `Rôle inconnu « ${input.role} » : choisissez admin ou editor.`);
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new Invalid("password", `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const account = await adminUsers.insert(trx, { email, passwordHash, role: input.role as AdminRole });
    if (!account) throw new Conflict(`Un compte existe déjà pour ${email}.`);
    await record(trx, {
      actor,
      action: "account.create",
      entity: "admin_user",
      entityId: account.id,
      after: { email: account.email, role: account.role },
    });
    return account;
  });
}

/** Changes an account's role or disables it; the last active admin can be neither demoted nor disabled. */
export async function updateAccount(
  db: DB,
  actor: Actor,
  id: number,
  changes: { role?: AdminRole; disabled?: boolean },
): Promise<AdminAccount> {
  return db.transaction().execute(async (trx) => {
    // Before reading anything: the count below must see the other transaction's committed demotion.
    await adminUsers.lockAdminRoles(trx);
    const before = await adminUsers.findById(trx, id);
    if (!before) throw new NotFound("Compte introuvable.");
    const losesAdmin =
      before.role === "admin" && !before.disabled && (changes.role === "editor" || changes.disabled === true);
    if (losesAdmin && (await adminUsers.countOtherActiveAdmins(trx, id)) === 0)
      throw new Conflict("C’est le dernier administrateur actif : nommez-en un autre d’abord.");
    const after = (await adminUsers.update(trx, id, changes))!;
    await record(trx, {
      actor,
      action: "account.update",
      entity: "admin_user",
      entityId: id,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled },
    });
    return after;
  });
}

// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { list } from "../../db/repositories/admin-users.ts";
