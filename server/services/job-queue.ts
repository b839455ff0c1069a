/**
 * What a service needs of the job queue: hand a row's id to whichever process does the work. Declared
 * here, beside the services that call it, so a service depends on this port and not on the queue
 * (jobs/register.ts implements it with pg-boss; server/deps.ts builds it): jobs import services,
 * services never import jobs or the composition root, and the dependencies run one way.
 */
export interface JobQueue {
  /** Fire and forget: errors are logged, the sweep makes up for a lost job. */
  mailQueued(outboxId: number): void;
  /** A received message stored raw, to be read and imported; fire and forget, as mailQueued. */
  inboundReceived(messageId: number): void;
  /** Waits for jobs being handed over, then closes the queue's connections. */
  close(): Promise<void>;
}

/** The part of the queue a web request uses: e-mails owed. */
export type MailQueue = Pick<JobQueue, "mailQueued">;
