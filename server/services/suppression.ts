import type { DB } from "../../db/database.ts";
import * as directory from "../../db/repositories/directory-admin.ts";
import * as suppressions from "../../db/repositories/suppressions-admin.ts";
import type { Queryable } from "../../db/repositories/types.ts";
import { personKey } from "../../shared/names.ts";
import { Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";

/**
 * A person's request to be removed. The entry is kept by normalized name, which the importer checks,
 * so a re-import never brings them back; every record under that name goes, since later issues
 * naming it would be dropped anyway.
 */
export async function suppressName(db: DB, actor: Actor, input: { name: string; reason: string }) {
  return db.transaction().execute((trx) => suppressNameIn(trx, actor, input));
}

/** suppressName inside the caller's transaction (a listed person's request accepted: one commit). */
export async function suppressNameIn(trx: Queryable, actor: Actor, input: { name: string; reason: string }) {
  const name = input.name.trim();
  const key = personKey(name);
  if (!key) throw new Invalid("name", "Indiquez le nom de la personne.");
  const deleted = await suppressions.deletePeopleByKey(trx, key);
  const mentions = await suppressions.forgetMentions(trx, key);
  const entry = await suppressions.upsert(trx, {
    personKey: key,
    name,
    reason: input.reason.trim(),
    createdBy: actor.id,
  });
  await record(trx, {
    actor,
    action: "suppression.create",
    entity: "suppression",
    entityId: entry.id,
    before: {
      people: deleted.people.map((p) => ({ id: p.id, name: p.name, slug: p.slug })),
      moves: deleted.moves,
    },
    after: {
      name,
      person_key: key,
      reason: entry.reason,
      predecessors_cleared: mentions.predecessors,
      paragraphs_redacted: mentions.paragraphs,
    },
  });
  return { entry, peopleDeleted: deleted.people.length, movesDeleted: deleted.moves };
}

/** "Remove this person" from their page. */
export async function removePerson(db: DB, actor: Actor, personId: number, reason: string) {
  const person = await directory.findPerson(db, personId);
  if (!person) throw new NotFound("Personne introuvable.");
  return suppressName(db, actor, { name: person.name, reason });
}

export async function updateReason(db: DB, actor: Actor, id: number, reason: string) {
  await db.transaction().execute(async (trx) => {
    const before = await suppressions.findById(trx, id);
    if (!before) throw new NotFound("Entrée introuvable.");
    await suppressions.updateReason(trx, id, reason.trim());
    await record(trx, {
      actor,
      action: "suppression.update",
      entity: "suppression",
      entityId: id,
      before: { reason: before.reason },
      after: { reason: reason.trim() },
    });
  });
}

/** Lifting a suppression lets later imports record the name again; nothing deleted comes back. */
export async function lift(db: DB, actor: Actor, id: number) {
  await db.transaction().execute(async (trx) => {
    const before = await suppressions.findById(trx, id);
    if (!before) throw new NotFound("Entrée introuvable.");
    await suppressions.remove(trx, id);
    await record(trx, {
      actor,
      action: "suppression.delete",
      entity: "suppression",
      entityId: id,
      before: { name: before.name, person_key: before.person_key, reason: before.reason },
    });
  });
}

// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { list } from "../../db/repositories/suppressions-admin.ts";
