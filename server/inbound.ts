import { type MailboxWatcher, watchMailbox } from "../jobs/inbound/imap.ts";
import type { Deps } from "./deps.ts";
import { type InboundSmtp, readTls, startInboundSmtp } from "./mail/inbound-smtp.ts";

/**
 * Receiving newsletters, as `carnet start` and `carnet mail receive` run it: the inbound SMTP server
 * (INBOUND_SMTP_PORT; in development without SMTP_URL, 2525 on 127.0.0.1 beside the dev mail
 * catcher) and the watched mailbox (IMAP_URL). Both only store each message raw and queue it
 * (`inbound-message`, jobs/register.ts): whichever process runs the job workers reads and imports it.
 */
export interface Inbound {
  smtpPort: number | null;
  addresses: string[];
  stop(): Promise<void>;
}

export const DEV_INBOUND_PORT = 2525;

export async function startInbound(deps: Deps, options: { port?: number | null } = {}): Promise<Inbound> {
  const { config, logger, db } = deps;
  const process = (id: number) => deps.jobs.inboundReceived(id);
  const addresses = config.INBOUND_ADDRESSES.split(",").map((a) => a.trim().toLowerCase());
  const devDefault = config.NODE_ENV === "development" && !config.SMTP_URL ? DEV_INBOUND_PORT : null;
  const port = options.port ?? config.INBOUND_SMTP_PORT ?? devDefault;

  let smtp: InboundSmtp | null = null;
  if (port !== null) {
    try {
      smtp = await startInboundSmtp(deps, {
        port,
        host: config.INBOUND_SMTP_HOST,
        addresses,
        maxBytes: config.INBOUND_MAX_BYTES,
        tls: readTls(config.INBOUND_TLS_CERT, config.INBOUND_TLS_KEY),
        onStored: process,
      });
    } catch (error) {
      // The development default is a convenience: a busy port must not stop the site.
      if (port !== devDefault || config.INBOUND_SMTP_PORT !== undefined) throw error;
      logger.warn({ err: error, port }, "dev inbound SMTP not started (port busy)");
    }
  }

  let watcher: MailboxWatcher | null = null;
  if (config.IMAP_URL) {
    watcher = watchMailbox(
      db,
      {
        url: config.IMAP_URL,
        folder: config.IMAP_FOLDER,
        doneFolder: config.IMAP_DONE_FOLDER ?? null,
        pollMinutes: config.IMAP_POLL_MINUTES,
      },
      {
        onStored: process,
        onError: (error) => logger.warn({ err: error }, "watched mailbox poll failed; backing off"),
      },
    );
  }

  return {
    smtpPort: smtp?.port ?? null,
    addresses,
    async stop() {
      await smtp?.stop();
      await watcher?.stop();
    },
  };
}
