import { SMTPServer } from "smtp-server";

/**
 * The benchmark's SMTP sink, in its own process so that it does not share a CPU thread with the
 * sender being measured: accepts every message, keeps nothing, prints its port on stdout.
 */
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  maxClients: 100,
  onData(stream, _session, callback) {
    stream.on("end", () => callback());
    stream.resume();
  },
});
server.listen(0, "127.0.0.1", () => {
  const address = server.server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
