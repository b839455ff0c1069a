import { sql } from "kysely";
import type { AdminRole, AdminUser } from "../schema.ts";
import type { Queryable } from "./types.ts";

/** An account as pages and the CLI show it: never the password hash. */
export type AdminAccount = Omit<AdminUser, "password_hash">;

const PUBLIC_COLUMNS = ["id", "email", "role", "disabled", "created_at", "last_sign_in_at"] as const;

export async function findByEmail(db: Queryable, email: string): Promise<AdminUser | undefined> {
  return db
    .selectFrom("admin_users")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function findById(db: Queryable, id: number): Promise<AdminAccount | undefined> {
  return db.selectFrom("admin_users").select(PUBLIC_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** Inserts an account; undefined when the e-mail is taken (the unique index on lower(email) decides). */
export async function insert(
  db: Queryable,
  account: { email: string; passwordHash: string; role: AdminRole },
): Promise<AdminAccount | undefined> {
  return db
    .insertInto("admin_users")
    .values({ email: account.email.trim(), password_hash: account.passwordHash, role: account.role })
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
}

export async function list(db: Queryable): Promise<AdminAccount[]> {
  return db.selectFrom("admin_users").select(PUBLIC_COLUMNS).orderBy("email").execute();
}

export async function update(
  db: Queryable,
  id: number,
  changes: { role?: AdminRole; disabled?: boolean; passwordHash?: string },
): Promise<AdminAccount | undefined> {
  return db
    .updateTable("admin_users")
    .set({
      ...(changes.role ? { role: changes.role } : {}),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled }),
      ...(changes.passwordHash ? { password_hash: changes.passwordHash } : {}),
    })
    .where("id", "=", id)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
}

export async function touchSignIn(db: Queryable, id: number, at: Date): Promise<void> {
  await db.updateTable("admin_users").set({ last_sign_in_at: at }).where("id", "=", id).execute();
}

/**
 * Serialises changes of role or status until the transaction ends: two admins demoting each other at
 * once would otherwise each count the other as the remaining admin and leave none.
 */
export async function lockAdminRoles(db: Queryable): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('carnet.admin_roles'))`.execute(db);
}

/** Active admins other than `exceptId`: an instance must never lose its last admin. */
export async function countOtherActiveAdmins(db: Queryable, exceptId: number): Promise<number> {
  const row = await db
    .selectFrom("admin_users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", "admin")
    .where("disabled", "=", false)
    .where("id", "<>", exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
