import type { NextFunction, Request, RequestHandler, Response } from "express";
import { Router } from "express";
import multer from "multer";
import { z } from "zod";
import type { Config } from "../../config.ts";
import type { Deps } from "../../deps.ts";
import { HttpError, Invalid } from "../../errors.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import type { FileImportOutcome } from "../../services/import-issue.ts";
import {
  confirm,
  type IssueEdit,
  preview,
  UPLOAD_EXTENSIONS,
  type UploadedIssue,
} from "../../services/imports.ts";
import * as drafts from "../../services/imports-admin.ts";
import { calendarDay, parseInput } from "../../validation.ts";
import { countOf, reviewLeftText } from "../../view-helpers.ts";
import { flash } from "./flash.ts";

const MAX_FILES = 20;

/**
 * busboy's errors for a request body it cannot read: the sender's doing, so a 400 and not a 500.
 * busboy refuses a part header holding a control character, such as a NUL in a file's name
 * (filename="lettre\0.txt"); the same name written the RFC 5987 way (filename*=UTF-8''lettre%00.txt)
 * arrives decoded and is refused by the imports service.
 */
const MALFORMED_MULTIPART = new Set([
  "Malformed part header",
  "Unexpected end of form",
  "Unexpected end of file",
  "Multipart: Boundary not found",
  "Malformed content type",
]);

/** Multipart bodies of the imports pages, in memory and size-limited (MAX_UPLOAD_BYTES per file). */
export function uploadedFiles(config: Config): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: config.MAX_UPLOAD_BYTES,
      files: MAX_FILES,
      fieldSize: config.MAX_UPLOAD_BYTES,
      fields: 10,
    },
  }).array("fichiers", MAX_FILES);
  const megabytes = Math.round((config.MAX_UPLOAD_BYTES / 1024 / 1024) * 10) / 10;
  return (req: Request, res: Response, next: NextFunction) =>
    upload(req, res, (error?: unknown) => {
      if (error instanceof Error && MALFORMED_MULTIPART.has(error.message))
        return next(
          new Invalid(
            "fichiers",
            error.message === "Malformed part header"
              ? "Envoi refusé : l’en-tête d’un fichier est illisible (un caractère de contrôle dans son nom, par exemple). Renommez le fichier et réessayez."
              : "Envoi incomplet ou mal formé : réessayez.",
          ),
        );
      if (!(error instanceof multer.MulterError)) return next(error);
      const tooLarge = error.code === "LIMIT_FILE_SIZE" || error.code === "LIMIT_FIELD_VALUE";
      next(
        tooLarge
          ? new HttpError(
              413,
              "too_large",
              `Fichier trop volumineux : ${megabytes} Mo au plus par fichier.`,
              "fichiers",
            )
          : new HttpError(400, "invalid", `Envoi refusé (${MAX_FILES} fichiers au plus).`, "fichiers"),
      );
    });
}

/** The preview's title_N / date_N fields (N: the file's place in the draft); empty ones change nothing. */
function issueEdits(body: Record<string, unknown>): Map<number, IssueEdit> {
  const edits = new Map<number, IssueEdit>();
  for (const [name, value] of Object.entries(body)) {
    const field = /^(titre|date)_(\d{1,3})$/u.exec(name);
    if (!field || typeof value !== "string" || value.trim() === "") continue;
    const position = Number(field[2]);
    const edit = edits.get(position) ?? {};
    if (field[1] === "titre") edit.title = value.trim();
    else {
      // the field says jj/mm/aaaa; what is not a day is left as typed for the service to name
      const day = calendarDay.safeParse(value);
      edit.published_on = day.success ? day.data : value.trim();
    }
    edits.set(position, edit);
  }
  return edits;
}

/**
 * What the admin reads after confirming: issues, moves, and what waits for review in the words the history
 * uses (reviewLeftText: moves to review, paragraphs not understood); a refused file is named with its reason.
 */
function confirmationMessage(results: FileImportOutcome[]): string {
  const imported = results.filter((r) => r.status === "imported");
  const known = results.filter((r) => r.status === "skipped").length;
  const sum = (count: (r: FileImportOutcome) => number | undefined) =>
    imported.reduce((n, r) => n + (count(r) ?? 0), 0);
  const issues =
    countOf(imported.length, "numéro importé", "numéros importés") +
    (known > 0 ? `, ${countOf(known, "déjà connu", "déjà connus")}` : "");
  const moves = countOf(
    sum((r) => r.movesCreated),
    "mouvement importé",
    "mouvements importés",
  );
  const review = reviewLeftText(
    sum((r) => r.pending),
    sum((r) => r.unreadForReview),
  );
  const refused = results
    .filter((r) => r.status === "failed")
    .map((f) => ` Refusé : ${f.file} (${f.reason}).`)
    .join("");
  return `${issues} : ${moves} ; ${review}.${refused}`;
}

export function createImportsRouter({ db, config }: Deps): Router {
  const router = Router();

  router.get("/imports", async (_req, res) => {
    res.render("admin/imports", {
      title: "Imports",
      section: "imports",
      issues: await drafts.history(db),
      maxMegabytes: Math.round((config.MAX_UPLOAD_BYTES / 1024 / 1024) * 10) / 10,
      accept: UPLOAD_EXTENSIONS.join(","),
      extensions: UPLOAD_EXTENSIONS.join(", "),
    });
  });

  router.post("/imports/apercu", async (req, res) => {
    const { texte } = parseInput(z.object({ texte: z.string().default("") }), req.body ?? {});
    const files: UploadedIssue[] = ((req.files as Express.Multer.File[] | undefined) ?? []).map((f) => ({
      name: f.originalname,
      bytes: f.buffer,
    }));
    if (texte.trim()) files.push({ name: "texte-colle.txt", bytes: Buffer.from(texte, "utf8") });
    const { token, items } = await preview(db, actorOf(res), files);
    res.render("admin/import-preview", {
      title: "Aperçu de l’import",
      section: "imports",
      token,
      items,
      importable: items.some((i) => i.slot !== undefined),
    });
  });

  router.post("/imports/confirmer", async (req, res) => {
    const { token } = parseInput(z.object({ token: z.string().min(20).max(100) }), req.body);
    const results = await confirm(db, actorOf(res), token, {
      autoPublishConfidence: config.AUTO_PUBLISH_CONFIDENCE,
      edits: issueEdits(req.body ?? {}),
    });
    flash(req, confirmationMessage(results));
    res.redirect(303, "/admin/imports");
  });

  return router;
}
