import type { DB } from "../../db/database.ts";
import * as companies from "../../db/repositories/companies.ts";
import * as moves from "../../db/repositories/moves.ts";
import * as people from "../../db/repositories/people.ts";
import * as unread from "../../db/repositories/unread-paragraphs.ts";
import { companyKey, personKey, slugify } from "../../shared/names.ts";
import { Conflict, Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";
import type { MoveEdit } from "./curation.ts";

/**
 * Paragraphs the parser did not understand ("Paragraphe non compris" in the review queue): an
 * editor adds the move a paragraph announces, published like any reviewed move, or dismisses it.
 * Each decision is one transaction with its audit entry.
 */

export async function dismissParagraph(db: DB, actor: Actor, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const paragraph = await unread.findPending(trx, id);
    if (!paragraph) throw new NotFound("Paragraphe introuvable ou déjà traité.");
    await unread.close(trx, id, "dismissed", actor.id);
    await record(trx, {
      actor,
      action: "paragraph.dismiss",
      entity: "issue",
      entityId: paragraph.issue_id,
      before: { paragraph: paragraph.paragraph_text },
    });
  });
}

/**
 * Adds (and publishes) the move an unread paragraph announces; returns the new move's id. The
 * paragraph is then done, unless the editor keeps it open for the other people it names
 * ("Chez X, c'est désormais A et B qui pilotent…": one move each).
 */
export async function addMoveFromParagraph(
  db: DB,
  actor: Actor,
  id: number,
  edit: MoveEdit,
  options: { keepOpen?: boolean } = {},
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const paragraph = await unread.findPending(trx, id);
    if (!paragraph) throw new NotFound("Paragraphe introuvable ou déjà traité.");
    const key = companyKey(edit.company);
    if (!key) throw new Invalid("company", "Nom d’entreprise illisible.");
    const who = personKey(edit.person);
    if (!who) throw new Invalid("person", "Nom de personne illisible.");
    const { ids } = await companies.resolveOrCreate(trx, [
      { name: edit.company.trim(), key, slug: slugify(edit.company) },
    ]);
    const companyId = ids.get(key)!;
    const person = (
      await people.resolveOrCreate(trx, [
        { name: edit.person.trim(), key: who, slug: slugify(edit.person), companyIds: [companyId] },
      ])
    ).get(who)!;
    let moveId: number;
    try {
      moveId = await moves.insertIssueMove(trx, paragraph.issue_id, {
        person_id: person.id,
        company_id: companyId,
        role: edit.role,
        kind: edit.kind,
        seniority: edit.seniority,
        function: edit.function,
        predecessor_name: edit.predecessor,
        paragraph_index: paragraph.paragraph_index,
        paragraph_text: paragraph.paragraph_text,
        confidence: 1,
        reasons: [],
        status: "published",
        published_on: edit.published_on,
        previousCompanyIds: [],
        searchTerms: [edit.person, edit.role, edit.company],
      });
    } catch (error) {
      // UNIQUE (issue_id, paragraph_index, person_id): one move per person and paragraph
      if ((error as { code?: string }).code === "23505")
        throw new Conflict(`Ce paragraphe a déjà un mouvement pour ${edit.person} : corrigez-le plutôt.`);
      throw error;
    }
    if (!options.keepOpen) await unread.close(trx, id, "resolved", actor.id);
    await record(trx, {
      actor,
      action: "paragraph.add_move",
      entity: "move",
      entityId: moveId,
      after: { person: edit.person, company: edit.company, role: edit.role, status: "published" },
    });
    return moveId;
  });
}

// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { listPending, type UnreadForReview } from "../../db/repositories/unread-paragraphs.ts";
