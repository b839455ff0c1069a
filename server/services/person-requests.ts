import type { DB } from "../../db/database.ts";
import * as directory from "../../db/repositories/directory.ts";
import * as directoryAdmin from "../../db/repositories/directory-admin.ts";
import * as outbox from "../../db/repositories/mail-outbox.ts";
import * as requests from "../../db/repositories/person-requests.ts";
import type { PersonRequestKind } from "../../db/schema.ts";
import type { Clock } from "../clock.ts";
import { Conflict, Invalid, NotFound } from "../errors.ts";
import { hashConfirmToken } from "../mail/signed-links.ts";
import { type Actor, record } from "./audit.ts";
import type { MailQueue } from "./job-queue.ts";
import { suppressNameIn } from "./suppression.ts";

/**
 * Requests from people listed in the directory (issue 17 item 1; GDPR art. 16 and 17): from their
 * page, a correction of one record or their removal. The requester's address is confirmed by a
 * mailed single-use link, as a subscription is, before an admin sees anything; the public form
 * answers the same whoever the person and whatever the address, so it tells no one who asked.
 * An admin accepts (a removal suppresses the name: no later import brings it back) or refuses with
 * a reason, and the requester is told by e-mail. Each step is in the audit log.
 */

/** Requesters are not admins: the audit log names them by their role, never by address. */
export const REQUESTER: Actor = { id: null, email: "demandeur (formulaire public)" };
/** The outbox worker, when the answer has left. */
export const MAILER: Actor = { id: null, email: "envoi automatique" };
/** "Due this week" on the console's home. */
export const DUE_SOON_MS = 7 * 86_400_000;
const DECIDED_SHOWN = 50;

export interface RequestInput {
  kind: PersonRequestKind;
  /** The record the correction is about, one of the person's published moves; null for "all" or a removal. */
  moveId: number | null;
  details: string;
  email: string;
}

export type PersonRequestService = ReturnType<typeof createPersonRequestService>;

export function createPersonRequestService(deps: { db: DB; clock: Clock; jobs: MailQueue }) {
  const { db, clock } = deps;

  return {
    /**
     * The public form. Nothing is stored when the slug names no public person (an old address, a
     * removed person): the answer is the same either way. The e-mail leaves through the outbox.
     */
    async submit(slug: string, input: RequestInput): Promise<void> {
      const person = await directory.findBySlug(db, "person", slug);
      if (!person || !(await directory.isPublic(db, "person", person.id))) return;
      const moveIds = await directory.personMoveIds(db, person.id);
      const moveId =
        input.kind === "correction" && input.moveId !== null && moveIds.includes(input.moveId)
          ? input.moveId
          : null;
      const outboxId = await db.transaction().execute(async (trx) => {
        const id = await requests.create(trx, {
          kind: input.kind,
          personId: person.id,
          personName: person.name,
          personSlug: person.slug,
          moveId,
          details: input.details,
          email: input.email,
        });
        await record(trx, {
          actor: REQUESTER,
          action: "person_request.submit",
          entity: "person_request",
          entityId: id,
          after: { kind: input.kind, person: person.name, move: moveId },
        });
        return outbox.enqueue(trx, { kind: "person_request_confirm", personRequestId: id });
      });
      deps.jobs.mailQueued(outboxId);
    },

    async confirmationIsValid(token: string): Promise<boolean> {
      return Boolean(await requests.findByConfirmToken(db, hashConfirmToken(token), clock.now()));
    },

    /** The request enters the admins' queue; null when the link is unknown, used or expired. */
    confirm: (token: string) =>
      db.transaction().execute(async (trx) => {
        const confirmed = await requests.confirmByToken(trx, hashConfirmToken(token), clock.now());
        if (!confirmed) return null;
        await record(trx, {
          actor: REQUESTER,
          action: "person_request.confirm",
          entity: "person_request",
          entityId: confirmed.id,
          after: { status: "open", due_at: confirmed.due_at },
        });
        return confirmed;
      }),

    /** The admin queue. */
    async queue() {
      const now = clock.now();
      const { open, decided } = await requests.listForAdmin(db, DECIDED_SHOWN);
      return {
        open: open.map((r) => ({ ...r, overdue: r.due_at !== null && r.due_at < now })),
        decided,
      };
    },

    /** How many open requests fall due within a week, and how many are already late. */
    dueSoon: () => {
      const now = clock.now();
      return requests.countDue(db, now, new Date(now.getTime() + DUE_SOON_MS));
    },

    /** One request with what the admin needs to act on it: the person's records as they are now. */
    async detail(id: number) {
      const request = await requests.findForAdmin(db, id);
      if (!request) throw new NotFound("Demande introuvable.");
      const [person, mails] = await Promise.all([
        request.person_id ? directoryAdmin.findPerson(db, request.person_id) : undefined,
        requests.mails(db, id),
      ]);
      return {
        mails,
        request: { ...request, overdue: request.status === "open" && request.due_at! < clock.now() },
        person: person ?? null,
      };
    },

    /**
     * Accepts a request. A correction's records were edited by the admin (the move form on the
     * request's page, or the person's record); `response` tells the requester what changed. A
     * removal suppresses the person's name in the same transaction.
     */
    accept: (actor: Actor, id: number, response: string) =>
      decide(db, clock.now(), actor, id, "accepted", response, deps.jobs),

    refuse: (actor: Actor, id: number, reason: string) => {
      if (!reason.trim())
        throw new Invalid("response", "Indiquez le motif du refus : il est envoyé au demandeur.");
      return decide(db, clock.now(), actor, id, "refused", reason, deps.jobs);
    },
  };
}

async function decide(
  db: DB,
  now: Date,
  actor: Actor,
  id: number,
  status: "accepted" | "refused",
  response: string,
  jobs: MailQueue,
) {
  const result = await db.transaction().execute(async (trx) => {
    const request = await requests.lockOpen(trx, id);
    if (!request) throw new Conflict("Cette demande a déjà été traitée, ou n’existe pas.");
    let removed: { peopleDeleted: number; movesDeleted: number } | null = null;
    if (status === "accepted" && request.kind === "removal") {
      // The name as the directory holds it now (a rename since the request counts), else as asked.
      const person = request.person_id ? await directoryAdmin.findPerson(trx, request.person_id) : undefined;
      removed = await suppressNameIn(trx, actor, {
        name: person?.name ?? request.person_name,
        reason: `Demande de retrait n° ${id} de la personne concernée`,
      });
    }
    await requests.decide(trx, id, { status, response: response.trim(), by: actor.id, at: now });
    await record(trx, {
      actor,
      action: status === "accepted" ? "person_request.accept" : "person_request.refuse",
      entity: "person_request",
      entityId: id,
      before: { status: "open" },
      after: {
        status,
        kind: request.kind,
        person: request.person_name,
        response: response.trim(),
        ...(removed ? { people: removed.peopleDeleted, moves: removed.movesDeleted } : {}),
      },
    });
    const outboxId = await outbox.enqueue(trx, { kind: "person_request_outcome", personRequestId: id });
    return { kind: request.kind, removed, outboxId };
  });
  jobs.mailQueued(result.outboxId);
  return { kind: result.kind, removed: result.removed };
}
