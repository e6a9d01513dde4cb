/**
 * Global Bolt middleware that drops repeats: retried Events API deliveries (same event_id),
 * replayed slash commands (same trigger_id), repeated interactive payloads, and double clicks
 * (the same choice again within 2 s; a corrected choice is never one).
 * A repeat is acknowledged, so Slack stops retrying, and goes no further. Claims go through the
 * core's OnceGuard, atomic across every instance behind the load balancer, so a retry landing on
 * another instance is dropped too.
 */
import { createHash, createHmac } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { OnceClaim, OnceGuard } from '../../../shared/kv/once-guard.js';
import type { Logger } from '../../../shared/logging/logger.js';

/** the guard's key space is shared by every adapter: Slack's claims start with this */
export const SLACK_CLAIM_PREFIX = 'slack:';
export const EVENT_DEDUPE_TTL_MS = 60 * 60 * 1000;
/**
 * two clicks on the same button by the same person this close together, choosing the same
 * thing, are one click
 */
export const DOUBLE_CLICK_WINDOW_MS = 2_000;

interface Claim {
  key: string;
  ttlMs: number;
  /**
   * what was chosen: the claim is then lost only while the key holds this very value
   * (OnceGuard.claimChange), so a corrected choice always goes through
   */
  chosen?: string;
}

/** JSON with object keys sorted, so one state is one string whatever order Slack lists it in */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes this request the same as an earlier one; [] = never a duplicate. */
export function dedupeClaims(body: Record<string, unknown>): Claim[] {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') {
    return [{ key: `event:${body.event_id}`, ttlMs: EVENT_DEDUPE_TTL_MS }];
  }
  if (typeof body.command === 'string' && typeof body.trigger_id === 'string') {
    // Slack gives every invocation its own trigger_id: a captured request sent again (same
    // body, re-signed or within the 5-minute window) carries the same one and must not run
    // twice, while the same command typed again by the person gets a new one and runs. The
    // hour outlasts the window a signature stays valid (5 minutes either side of its stamp).
    const who = `${String(body.team_id ?? '')}:${String(body.user_id ?? '')}`;
    return [{ key: `command:${who}:${body.trigger_id}`, ttlMs: EVENT_DEDUPE_TTL_MS }];
  }
  if (body.type === 'block_actions') {
    const b = body as {
      user?: { id?: string };
      team?: { id?: string } | null;
      container?: { message_ts?: string; view_id?: string; channel_id?: string };
      actions?: {
        action_id?: string;
        action_ts?: string;
        value?: string;
        block_id?: string;
        selected_option?: unknown;
        selected_options?: unknown;
      }[];
      state?: { values?: unknown };
    };
    const action = b.actions?.[0];
    if (!action) return [];
    const where = b.container?.message_ts ?? b.container?.view_id ?? 'unknown';
    const who = `${b.team?.id ?? ''}:${b.user?.id ?? ''}`;
    const message = `${who}:${where}`;
    const button = `${message}:${action.block_id ?? ''}:${action.action_id ?? ''}`;
    return [
      // the very same payload delivered twice
      { key: `action:${button}:${action.action_ts ?? ''}`, ttlMs: EVENT_DEDUPE_TTL_MS },
      // a double click: same person, same message, a moment later, choosing the same thing as
      // their last click there: the same button, its value, the option picked in a select, and
      // the card's inputs sent along (the options ticked before a multiple-choice Vote). Anything
      // else is a correction and runs, back to an earlier choice too (A, B, A: the key is the
      // message's, so it holds B when A comes again; a key per button still held A).
      {
        key: `click:${message}`,
        ttlMs: DOUBLE_CLICK_WINDOW_MS,
        chosen: canonical([
          action.block_id ?? null,
          action.action_id ?? null,
          action.value ?? null,
          action.selected_option ?? null,
          action.selected_options ?? null,
          b.state?.values ?? null,
        ]),
      },
    ];
  }
  return [];
}

/**
 * `keySecret` (the signing secret, the same on every instance) turns each claim into an HMAC:
 * a claim names a person, a message and the button they pressed, and the database that stores
 * it must not tell who chose which option of an anonymous poll. What was chosen is kept as a
 * digest too (an HMAC with the secret), bound to its claim.
 *
 * A dropped double click is not a click lost: it chose what the click just before it chose, and
 * that click's answer (the person's own card, or the notice) is what the person sees.
 */
export function dedupeMiddleware(
  guard: OnceGuard,
  logger: Logger,
  keySecret?: string,
): Middleware<AnyMiddlewareArgs> {
  const stored = (key: string): string =>
    keySecret ? `h:${createHmac('sha256', keySecret).update(key).digest('base64url')}` : key;
  const digest = (text: string): string =>
    (keySecret ? createHmac('sha256', keySecret) : createHash('sha256')).update(text).digest('base64url');
  return async (args) => {
    const body = args.body as unknown as Record<string, unknown>;
    const claims = dedupeClaims(body);
    const keyed: OnceClaim[] = claims.map(({ key, ttlMs, chosen }) => ({
      key: SLACK_CLAIM_PREFIX + stored(key),
      ttlMs,
      ...(chosen === undefined ? {} : { value: digest(`${key}\u0000${chosen}`) }),
    }));
    // a click's claims in one round trip rather than one each (a repeat is lost on either key)
    const won = guard.claimAll ? await guard.claimAll(keyed) : await claimEach(guard, keyed);
    const lost = won.indexOf(false);
    if (lost >= 0) {
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      // the kind of repeat only: the key names a person and the button they pressed
      const { key } = claims[lost];
      logger.info(
        { repeat: key.slice(0, key.indexOf(':')), retryNum: args.context.retryNum },
        'duplicate Slack request ignored',
      );
      return;
    }
    await args.next();
  };
}

/** claims one by one, stopping at the first lost (a guard without claimAll) */
async function claimEach(guard: OnceGuard, claims: readonly OnceClaim[]): Promise<boolean[]> {
  const won: boolean[] = [];
  for (const { key, ttlMs, value } of claims) {
    won.push(
      value === undefined ? await guard.claim(key, ttlMs) : await guard.claimChange(key, value, ttlMs),
    );
    if (!won.at(-1)) break;
  }
  return won;
}
