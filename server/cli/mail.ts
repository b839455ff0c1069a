import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import nodemailer from "nodemailer";
import { openRuntime, UserError } from "../runtime.ts";

export function registerMailCommands(program: Command): void {
  const mail = program.command("mail").description("Receive newsletters by e-mail");
  mail
    .command("receive")
    .description("Run the inbound SMTP server (INBOUND_SMTP_PORT) and the watched mailbox (IMAP_URL) alone")
    .action(async () => {
      const runtime = await openRuntime({ cli: false });
      const { startInbound, DEV_INBOUND_PORT } = await import("../inbound.ts");
      const { startInboundWorker } = await import("../../jobs/register.ts");
      // Alone, this process also imports what it receives (the inbound queue's workers).
      const worker = await startInboundWorker(runtime.deps);
      const inbound = await startInbound(runtime.deps, {
        port: runtime.config.INBOUND_SMTP_PORT ?? DEV_INBOUND_PORT,
      });
      console.log(
        `Receiving newsletters for ${inbound.addresses.join(", ")} on ${runtime.config.INBOUND_SMTP_HOST}:${inbound.smtpPort}` +
          (runtime.config.IMAP_URL ? ` and from ${runtime.config.IMAP_FOLDER} of IMAP_URL` : ""),
      );
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await inbound.stop();
      await worker.stop();
      await runtime.close();
    });
  mail
    .command("send-test")
    .description("Send a newsletter file (.eml) to the inbound SMTP server, as a newsletter's sender would")
    .argument("<file>", "an .eml file")
    .option("--port <port>", "inbound SMTP port", "2525")
    .option("--to <address>", "recipient", "lettres@carnet.localhost")
    .option("--from <address>", "envelope sender (default: the file's From)")
    .action(async (file: string, options: { port: string; to: string; from?: string }) => {
      const raw = await readFile(file).catch((error: Error) => {
        throw new UserError(`Cannot read ${file}: ${error.message}`);
      });
      const from =
        options.from ??
        /^From:.*?<?([^\s<>]+@[^\s<>]+)>?\s*$/im.exec(raw.toString("utf8"))?.[1] ??
        "test@localhost";
      const transport = nodemailer.createTransport({
        host: "127.0.0.1",
        port: Number(options.port),
        secure: false,
        ignoreTLS: true,
      });
      try {
        const info = await transport.sendMail({ envelope: { from, to: [options.to] }, raw });
        console.log(`Sent ${file} to ${options.to}: ${info.response}`);
      } catch (error) {
        throw new UserError(`The inbound server refused ${file}: ${(error as Error).message}`);
      } finally {
        transport.close();
      }
    });
}
