/**
 * Global Bolt middleware that drops repeats: retried Events API deliveries (same event_id) and
 * repeated or double-clicked interactive payloads. A repeat is acknowledged, so Slack stops
 * retrying, and goes no further. Claims go through the core's OnceGuard, atomic across every
 * instance behind the load balancer, so a retry landing on another instance is dropped too.
 */
import { createHmac } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { OnceGuard } from '../../../shared/kv/once-guard.js';
import type { Logger } from '../../../shared/logging/logger.js';

/** the guard's key space is shared by every adapter: Slack's claims start with this */
export const SLACK_CLAIM_PREFIX = 'slack:';
export const EVENT_DEDUPE_TTL_MS = 60 * 60 * 1000;
/** two clicks on the same button by the same person this close together are one click */
export const DOUBLE_CLICK_WINDOW_MS = 2_000;

interface Claim {
  key: string;
  ttlMs: number;
}

/** What makes this request the same as an earlier one; [] = never a duplicate. */
export function dedupeClaims(body: Record<string, unknown>): Claim[] {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') {
    return [{ key: `event:${body.event_id}`, ttlMs: EVENT_DEDUPE_TTL_MS }];
  }
  if (body.type === 'block_actions') {
    const b = body as {
      user?: { id?: string };
      team?: { id?: string } | null;
      container?: { message_ts?: string; view_id?: string; channel_id?: string };
      actions?: { action_id?: string; action_ts?: string; value?: string; block_id?: string }[];
    };
    const action = b.actions?.[0];
    if (!action) return [];
    const where = b.container?.message_ts ?? b.container?.view_id ?? 'unknown';
    const who = `${b.team?.id ?? ''}:${b.user?.id ?? ''}`;
    const button = `${who}:${where}:${action.block_id ?? ''}:${action.action_id ?? ''}`;
    return [
      // the very same payload delivered twice
      { key: `action:${button}:${action.action_ts ?? ''}`, ttlMs: EVENT_DEDUPE_TTL_MS },
      // a double click: same person, same button, same value, a moment later
      { key: `click:${button}:${action.value ?? ''}`, ttlMs: DOUBLE_CLICK_WINDOW_MS },
    ];
  }
  return [];
}

/**
 * `keySecret` (the signing secret, the same on every instance) turns each claim into an HMAC:
 * a claim names a person, a message and the button they pressed, and the database that stores
 * it must not tell who chose which option of an anonymous poll.
 */
export function dedupeMiddleware(
  guard: OnceGuard,
  logger: Logger,
  keySecret?: string,
): Middleware<AnyMiddlewareArgs> {
  const stored = (key: string): string =>
    keySecret ? `h:${createHmac('sha256', keySecret).update(key).digest('base64url')}` : key;
  return async (args) => {
    const body = args.body as unknown as Record<string, unknown>;
    const claims = dedupeClaims(body);
    const keyed = claims.map(({ key, ttlMs }) => ({ key: SLACK_CLAIM_PREFIX + stored(key), ttlMs }));
    // a click's claims in one round trip rather than one each (a repeat is lost on either key)
    const won = guard.claimAll ? await guard.claimAll(keyed) : await claimEach(guard, keyed);
    const lost = won.indexOf(false);
    if (lost >= 0) {
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      logger.info(
        { key: claims[lost].key, retryNum: args.context.retryNum },
        'duplicate Slack request ignored',
      );
      return;
    }
    await args.next();
  };
}

/** claims one by one, stopping at the first lost (a guard without claimAll) */
async function claimEach(guard: OnceGuard, claims: Claim[]): Promise<boolean[]> {
  const won: boolean[] = [];
  for (const { key, ttlMs } of claims) {
    won.push(await guard.claim(key, ttlMs));
    if (!won.at(-1)) break;
  }
  return won;
}
