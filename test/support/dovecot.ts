import { spawn } from "node:child_process";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../db/embedded.ts";
import { waitUntilListening } from "./listening.ts";

/**
 * A real IMAP server for a test: Debian's Dovecot in the foreground (`dovecot -F`), with its
 * configuration, state and maildirs in a temporary directory, listening on a free port of
 * 127.0.0.1. Any user name with the password `secret` logs in to a mailbox of its own.
 */
export interface Dovecot {
  port: number;
  url(user: string): string;
  /** Removes a user's maildir so the next session sees a new mailbox (a new UIDVALIDITY). */
  resetMailbox(user: string): Promise<void>;
  stop(): Promise<void>;
}

const DOVECOT = "/usr/sbin/dovecot";

export async function startDovecot(): Promise<Dovecot> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-dovecot-"));
  const mail = path.join(dir, "mail");
  await mkdir(path.join(dir, "run"), { recursive: true });
  await mkdir(mail, { recursive: true });
  const port = await freePort();
  const log = path.join(dir, "dovecot.log");
  // Dovecot's login processes refuse to run as root: as root (CI, containers) they run as Debian's
  // dovenull and the mail as dovecot; otherwise everything runs as the current user.
  const me = os.userInfo();
  const root = me.uid === 0;
  const loginUser = root ? "dovenull" : me.username;
  const internalUser = root ? "dovecot" : me.username;
  const mailUser = root ? "dovecot" : me.username;
  if (root) {
    await chmod(dir, 0o755);
    const { execFileSync } = await import("node:child_process");
    const uid = Number(execFileSync("id", ["-u", "dovecot"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "dovecot"]).toString().trim());
    await chown(mail, uid, gid);
  }
  await writeFile(
    path.join(dir, "dovecot.conf"),
    `base_dir = ${dir}/run
state_dir = ${dir}/run/state
instance_name = carnet-test-${path.basename(dir)}
protocols = imap
first_valid_uid = 1
first_valid_gid = 1
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = ${log}
default_login_user = ${loginUser}
default_internal_user = ${internalUser}
default_internal_group = ${internalUser}
mail_location = maildir:${mail}/%u
passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${mailUser} home=${mail}/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
  );
  const child = spawn(DOVECOT, ["-F", "-c", path.join(dir, "dovecot.conf")], { stdio: "ignore" });
  await waitUntilListening(
    child,
    port,
    async () => `Dovecot did not start: ${await readFile(log, "utf8").catch(() => "(no log)")}`,
  );
  return {
    port,
    url: (name: string) => `imap://${encodeURIComponent(name)}:secret@127.0.0.1:${port}`,
    // Dovecot gives a new mailbox the current second as UIDVALIDITY: wait past it, so the rebuilt
    // mailbox never shares the old one's when the test runs fast.
    resetMailbox: async (name: string) => {
      await rm(path.join(mail, name), { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 1100));
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
