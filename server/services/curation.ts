import type { DB } from "../../db/database.ts";
import * as companies from "../../db/repositories/companies.ts";
import * as directory from "../../db/repositories/directory-admin.ts";
import * as moves from "../../db/repositories/moves.ts";
import * as people from "../../db/repositories/people.ts";
import * as review from "../../db/repositories/review.ts";
import type { Queryable } from "../../db/repositories/types.ts";
import type { MoveStatus } from "../../db/schema.ts";
import type { MoveStatement } from "../../shared/move.ts";
import { companyKey, personKey, slugify } from "../../shared/names.ts";
import { Conflict, Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";

/**
 * Review and editing of moves. A move reaches the public site and the alerts only once published;
 * each decision is one transaction with its audit entry.
 */

export interface MoveEdit extends MoveStatement {
  published_on: string;
}

const snapshot = (m: review.MoveForReview) => ({
  status: m.status,
  person: m.person_name,
  company: m.company_name,
  role: m.role,
  kind: m.kind,
  seniority: m.seniority,
  function: m.function,
  predecessor: m.predecessor_name,
  published_on: m.published_on,
});

/** Approves (publishes) or rejects moves; returns how many changed. */
export async function decide(
  db: DB,
  actor: Actor,
  ids: number[],
  decision: "approve" | "reject",
): Promise<number> {
  const to: MoveStatus = decision === "approve" ? "published" : "rejected";
  return db.transaction().execute(async (trx) => {
    const changed = await review.setStatus(trx, ids, to);
    for (const { id } of changed) {
      await record(trx, {
        actor,
        action: `move.${decision}`,
        entity: "move",
        entityId: id,
        after: { status: to },
      });
    }
    return changed.length;
  });
}

/** Saves an edited move (person and company named in full) and, when asked, publishes it in the same step. */
export async function editMove(
  db: DB,
  actor: Actor,
  id: number,
  edit: MoveEdit,
  options: { approve: boolean },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await review.findMove(trx, id);
    if (!before) throw new NotFound("Mouvement introuvable.");
    const companyId = await companyIdFor(trx, edit.company);
    const personId = await personIdFor(trx, before, edit.person, companyId);
    if (await review.findSameParagraph(trx, before, personId))
      throw new Conflict(
        `Ce paragraphe a déjà un mouvement pour ${edit.person} : rejetez l’un des deux plutôt que de les confondre.`,
      );
    await review.updateMove(trx, id, {
      role: edit.role,
      kind: edit.kind,
      seniority: edit.seniority,
      function: edit.function,
      predecessor_name: edit.predecessor,
      published_on: edit.published_on,
      person_id: personId,
      company_id: companyId,
    });
    if (options.approve) await review.setStatus(trx, [id], "published");
    await moves.refreshSearchText(trx, { moveIds: [id] });
    const after = (await review.findMove(trx, id))!;
    await record(trx, {
      actor,
      action: options.approve ? "move.edit_approve" : "move.edit",
      entity: "move",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
  });
}

async function companyIdFor(trx: Queryable, name: string): Promise<number> {
  const key = companyKey(name);
  if (!key) throw new Invalid("company", "Nom d’entreprise illisible.");
  const { ids } = await companies.resolveOrCreate(trx, [{ name: name.trim(), key, slug: slugify(name) }]);
  return ids.get(key)!;
}

/** Same normalized name: the same person (a spelling fix goes through the person page). */
async function personIdFor(
  trx: Queryable,
  move: review.MoveForReview,
  name: string,
  companyId: number,
): Promise<number> {
  const key = personKey(name);
  if (!key) throw new Invalid("person", "Nom de personne illisible.");
  if (key === personKey(move.person_name)) return move.person_id;
  const resolved = await people.resolveOrCreate(trx, [
    { name: name.trim(), key, slug: slugify(name), companyIds: [companyId] },
  ]);
  return resolved.get(key)!.id;
}

/**
 * Renames a person or a company. A new slug leaves a redirect from the old one; a company's new
 * name must not designate another company (that is a merge), and its old name stays as an alias
 * so that later issues spelling it the old way still land here.
 */
export async function rename(
  db: DB,
  actor: Actor,
  entity: directory.Entity,
  id: number,
  input: { name: string; slug: string },
): Promise<{ slug: string }> {
  return db.transaction().execute(async (trx) => {
    const before =
      entity === "person" ? await directory.findPerson(trx, id) : await directory.findCompany(trx, id);
    if (!before)
      throw new NotFound(entity === "person" ? "Personne introuvable." : "Entreprise introuvable.");
    const name = input.name.trim();
    const slug = slugify(input.slug || name);
    if (!slug) throw new Invalid("slug", "Adresse (slug) vide : utilisez des lettres et des chiffres.");
    const key = entity === "person" ? personKey(name) : companyKey(name);
    if (!key) throw new Invalid("name", "Nom illisible.");
    if (entity === "company") {
      const owner = await directory.companyKeyOwner(trx, key);
      if (owner !== undefined && owner !== id)
        throw new Conflict(
          `Une autre entreprise porte déjà le nom « ${name} » (ou l’a pour alias) : fusionnez les deux fiches plutôt que de les renommer.`,
        );
      if (key !== before.key) await directory.upsertAlias(trx, id, before.name, before.key);
    }
    const slugTakenBy = await directory.slugOwner(trx, entity, slug);
    if (slugTakenBy !== undefined && slugTakenBy !== id)
      throw new Conflict(`L’adresse « ${slug} » est déjà prise par une autre fiche.`);
    await directory.rename(trx, entity, id, { name, key, slug });
    if (slug !== before.slug) {
      await directory.addSlugRedirect(trx, entity, before.slug, id);
      await directory.dropRedirectFrom(trx, entity, slug);
    }
    await moves.refreshSearchText(trx, entity === "person" ? { personId: id } : { companyId: id });
    await record(trx, {
      actor,
      action: `${entity}.rename`,
      entity,
      entityId: id,
      before: { name: before.name, slug: before.slug },
      after: { name, slug },
    });
    return { slug };
  });
}

/**
 * Adds an alias; says when there was nothing to add ("name": it is already the company's name once
 * normalized, "alias": already one of its aliases). A name that designates another company is
 * refused with that company's name: the two records are then one company to merge.
 */
export async function addAlias(
  db: DB,
  actor: Actor,
  companyId: number,
  alias: string,
): Promise<"added" | "name" | "alias"> {
  return db.transaction().execute(async (trx) => {
    const company = await directory.findCompany(trx, companyId);
    if (!company) throw new NotFound("Entreprise introuvable.");
    const key = companyKey(alias);
    if (!key) throw new Invalid("alias", "Alias illisible.");
    const owners = await directory.companiesNamedBy(trx, key);
    const other = owners.find((o) => o.id !== companyId);
    if (other)
      throw new Conflict(
        `« ${alias} » désigne déjà l’entreprise « ${other.name} » (${other.via === "name" ? "c’est son nom" : "c’est l’un de ses alias"}) : rien n’a été ajouté. Si c’est la même entreprise, fusionnez les deux fiches.`,
      );
    const own = owners.find((o) => o.id === companyId);
    if (own) return own.via;
    await directory.upsertAlias(trx, companyId, alias.trim(), key);
    await record(trx, {
      actor,
      action: "company.alias_add",
      entity: "company",
      entityId: companyId,
      after: { alias },
    });
    return "added" as const;
  });
}

export async function removeAlias(db: DB, actor: Actor, companyId: number, aliasId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const removed = await directory.deleteAlias(trx, companyId, aliasId);
    if (!removed) throw new NotFound("Alias introuvable.");
    await record(trx, {
      actor,
      action: "company.alias_remove",
      entity: "company",
      entityId: companyId,
      before: { alias: removed.alias },
    });
  });
}
