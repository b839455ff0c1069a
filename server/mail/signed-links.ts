import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { paths } from "../../shared/site-paths.ts";

/**
 * Links in e-mails that act for a subscriber without a password or a database lookup to verify:
 * `<id>.<HMAC-SHA256(APP_SECRET, purpose:id)>`. They do not expire, because an unsubscribe link in
 * an old e-mail must keep working (RFC 8058 expects it); rotating APP_SECRET revokes them all.
 */
export type LinkPurpose = "manage" | "unsubscribe";

export interface SignedLinks {
  /** Absolute URL (PUBLIC_URL) of the manage page or the one-click unsubscribe endpoint. */
  manageUrl(subscriberId: number): string;
  unsubscribeUrl(subscriberId: number): string;
  sign(purpose: LinkPurpose, subscriberId: number): string;
  /** The subscriber id a signed value stands for, or null when it was not signed by us. */
  verify(purpose: LinkPurpose, value: string): number | null;
}

export function createSignedLinks(config: { APP_SECRET: string; PUBLIC_URL: string }): SignedLinks {
  const mac = (purpose: LinkPurpose, id: number) =>
    createHmac("sha256", config.APP_SECRET)
      .update(`${purpose}:${id}`)
      .digest()
      .subarray(0, 18)
      .toString("base64url");
  // A digest signs its subscriber's unsubscribe link three times (the footer, List-Unsubscribe's
  // https and mailto forms): the last signature of each purpose is kept.
  const last = new Map<LinkPurpose, { id: number; value: string }>();
  const sign = (purpose: LinkPurpose, id: number) => {
    const known = last.get(purpose);
    if (known?.id === id) return known.value;
    const value = `${id}.${mac(purpose, id)}`;
    last.set(purpose, { id, value });
    return value;
  };
  return {
    sign,
    manageUrl: (id) => config.PUBLIC_URL + paths.manageSubscription(sign("manage", id)),
    unsubscribeUrl: (id) => config.PUBLIC_URL + paths.unsubscribe(sign("unsubscribe", id)),
    verify(purpose, value) {
      const match = /^([1-9]\d{0,15})\.([\w-]{24})$/.exec(value);
      if (!match) return null;
      const id = Number(match[1]);
      const expected = Buffer.from(mac(purpose, id));
      const given = Buffer.from(match[2]!);
      return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
    },
  };
}

/** A single-use confirmation token: the raw value goes in the e-mail, only its hash is stored. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashConfirmToken(token) };
}

export const hashConfirmToken = (token: string) => createHash("sha256").update(token).digest("hex");
