import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Bounces and complaints of Carnet's own alerts. Each digest leaves with a VERP envelope sender
 * (`lettres+bounce-<subscriber>-<mac>@<inbound domain>`), so a delivery status notification comes
 * back to an address that names the subscriber, signed so nobody can bounce someone else's address.
 * Pure: the secret and the message text are passed in.
 */

const mac = (secret: string, subscriberId: number) =>
  createHmac("sha256", secret).update(`bounce:${subscriberId}`).digest().subarray(0, 9).toString("hex");

/** The envelope sender of a digest to this subscriber, on the first inbound address's domain. */
export function verpAddress(inboundAddress: string, secret: string, subscriberId: number): string {
  const [local = "lettres", domain = "carnet.localhost"] = inboundAddress.toLowerCase().split("@");
  return `${local.split("+")[0]}+bounce-${subscriberId}-${mac(secret, subscriberId)}@${domain}`;
}

/** The subscriber a VERP address stands for, or null when it is not one of ours. */
export function subscriberOfVerp(address: string, secret: string): number | null {
  const match = /\+bounce-([1-9]\d{0,15})-([0-9a-f]{18})@/iu.exec(address);
  if (!match) return null;
  const id = Number(match[1]);
  const expected = Buffer.from(mac(secret, id));
  const given = Buffer.from(match[2]!.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

export type BounceKind = "bounced" | "complained";

/**
 * What a report received on a VERP address says: a permanent failure (RFC 3464 DSN with
 * `Action: failed` / a 5.x.x status), a complaint (RFC 5965 ARF feedback report), or nothing to act
 * on (a delayed-delivery notice, an auto-reply).
 */
export function readReport(raw: string): { kind: BounceKind; reason: string } | null {
  const head = raw.slice(0, 200_000);
  if (/report-type\s*=\s*"?feedback-report/iu.test(head) || /^Feedback-Type:\s*\S+/imu.test(head))
    return { kind: "complained", reason: /^Feedback-Type:\s*(\S+)/imu.exec(head)?.[1] ?? "complaint" };
  const failed = /^Action:\s*failed/imu.test(head);
  const status = /^Status:\s*(5\.\d{1,3}\.\d{1,3})/imu.exec(head)?.[1];
  if (failed || status) {
    const diagnostic = /^Diagnostic-Code:\s*(.+)$/imu.exec(head)?.[1]?.trim();
    return { kind: "bounced", reason: diagnostic ?? `status ${status ?? "5.0.0"}` };
  }
  return null;
}
