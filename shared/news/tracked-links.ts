/**
 * Tracked links: each link button of a news card points at /api/v1/r/{token} instead of its URL.
 * The token carries the news item, the recipient (person and delivery, when known) and the target,
 * signed with HMAC-SHA256 under a key kept in the database, so a forged or edited token is refused
 * and the redirect needs no lookup. Only http(s) targets are ever followed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LinkClaim {
  /** news id */
  n: string;
  /** person id, '' for a channel post */
  p: string;
  /** delivery id, '' when not sent through the delivery machinery (feed, command) */
  d: string;
  /** target URL */
  u: string;
}

const mac = (body: string, secret: string) =>
  createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');

export function signLink(claim: LinkClaim, secret: string): string {
  const body = Buffer.from(JSON.stringify([claim.n, claim.p, claim.d, claim.u])).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

export function verifyLink(token: string, secret: string): LinkClaim | undefined {
  const dot = token.indexOf('.');
  if (dot <= 0 || token.length > 4000) return undefined;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = Buffer.from(mac(body, secret), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const [n, p, d, u] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
    if (![n, p, d, u].every((v) => typeof v === 'string')) return undefined;
    if (!/^https?:\/\//i.test(u as string)) return undefined;
    return { n: n as string, p: p as string, d: d as string, u: u as string };
  } catch {
    return undefined;
  }
}

export const trackedLinkPath = (token: string) => `/api/v1/r/${token}`;
