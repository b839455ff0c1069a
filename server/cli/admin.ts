import os from "node:os";
import type { Command } from "commander";
import * as adminUsers from "../../db/repositories/admin-users.ts";
import { HttpError } from "../errors.ts";
import { openRuntime, UserError } from "../runtime.ts";
import { createAccount } from "../services/admin-users.ts";
import { MIN_PASSWORD_LENGTH } from "../services/auth.ts";

function inEnglish(error: HttpError, email: string): string {
  if (error.code === "conflict") return `An account already exists for ${email.trim()}.`;
  if (error.field === "password")
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  if (error.field === "email") return `Invalid e-mail address: "${email.trim()}".`;
  return error.message;
}

/** `carnet admin create --email X --role admin|editor` and `carnet admin list`. */
export function registerAdminCommands(program: Command): void {
  const admin = program
    .command("admin")
    .description("Admin accounts: `carnet admin create --email X --role admin|editor`, `carnet admin list`");

  admin
    .command("create")
    .description(
      "Create an admin account; the password is asked without echo (or read with --password-stdin)",
    )
    .requiredOption("--email <email>", "the account's e-mail address (its sign-in name)")
    .requiredOption("--role <role>", "admin (everything) or editor (curation only)")
    .option("--password-stdin", "read the password from standard input (for scripts)")
    .action(async (options: { email: string; role: string; passwordStdin?: boolean }) => {
      if (!["admin", "editor"].includes(options.role))
        throw new UserError(`Unknown role "${options.role}": use admin or editor.`);
      const password = options.passwordStdin ? await readStdin() : await promptHidden("Password: ");
      const runtime = await openRuntime({ cli: true });
      try {
        // No account signs a shell's change: the journal's "Qui" says where it came from, in French
        // like the rest of the console, and which system user ran it (README, Administration).
        const account = await createAccount(
          runtime.deps.db,
          { id: null, email: `ligne de commande (${os.userInfo().username})` },
          { email: options.email, password, role: options.role },
        );
        console.log(`Created ${account.role} account ${account.email} (id ${account.id}).`);
      } catch (error) {
        // Invalid e-mail, short password, taken address: one line in English (the service's
        // messages are the admin console's, in French), exit 1.
        if (error instanceof HttpError) throw new UserError(inEnglish(error, options.email));
        throw error;
      } finally {
        await runtime.close();
      }
    });

  admin
    .command("list")
    .description("List admin accounts")
    .action(async () => {
      const runtime = await openRuntime({ cli: true });
      try {
        const accounts = await adminUsers.list(runtime.deps.db);
        if (accounts.length === 0)
          console.log("No admin account yet: carnet admin create --email X --role admin");
        for (const a of accounts)
          console.log(
            `${a.email}\t${a.role}${a.disabled ? "\tdisabled" : ""}\tlast sign-in: ${a.last_sign_in_at?.toISOString() ?? "never"}`,
          );
      } finally {
        await runtime.close();
      }
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Only the line ending that `echo` or a here-string adds; other spaces are part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) throw new UserError("No terminal to ask the password on: use --password-stdin.");
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let password = "";
    const onData = (key: string) => {
      for (const char of key) {
        if (char === "\r" || char === "\n") {
          done();
          resolve(password);
          return;
        }
        if (char === "\u0003") {
          done();
          reject(new UserError("Cancelled."));
          return;
        }
        if (char === "\u007f" || char === "\b") password = password.slice(0, -1);
        else password += char;
      }
    };
    const done = () => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
    };
    input.on("data", onData);
  });
}
