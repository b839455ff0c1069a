// The admin's Sources page: newsletter sources and their senders, the messages received, source
// alerts, mailboxes, and the addresses blocked by bounces. Processing a message lives in the
// inbound pipeline; this is what the page reads and the few settings it changes.
// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { blockedAddresses, clearBlock } from "../../db/repositories/bounces.ts";
export {
  addSender,
  attachIssuesToSource,
  createSource,
  dismissSourceAlert,
  type InboundStatus,
  mailboxStates,
  openSourceAlerts,
  pendingConfirmations,
  REREADABLE,
  recentMessages,
  rejectMessage,
  requeueMessage,
  senderOf,
  sourceBySlug,
  sourceSummaries,
} from "../../db/repositories/inbound.ts";
