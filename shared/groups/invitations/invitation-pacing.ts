/**
 * Invitations take their own budgets in the shared pacer store (SQL or Redis, shared by every
 * instance): the platforms limit invitation calls apart from messages, so these budgets are keyed
 * `<platform>:invite:<tenant or workspace>` and a pacer built with the invitation rates serves them.
 */
import { createPacer } from '../../delivery/create-pacer.js';
import type { Pacer } from '../../delivery/pacer.js';
import type { Logger } from '../../logging/logger.js';
import type { Store } from '../../store/store.js';
import type { InvitationPlatform } from './invitation-tables.js';

export interface InvitationPacing {
  /** resolves when the caller may make one platform call on this budget */
  slot(platform: InvitationPlatform, tenant: string): Promise<void>;
  /** the platform answered 429: every instance waits retryAfterMs on this budget */
  throttled(platform: InvitationPlatform, tenant: string, retryAfterMs: number): Promise<void>;
  close(): Promise<void>;
}

export function createInvitationPacer(
  store: Store,
  options: {
    graphPerSecond: number;
    slackPerMinute: number;
    redisUrl?: string;
    redisPrefix?: string;
    logger?: Logger;
  },
): InvitationPacing {
  const slackPerSecond = options.slackPerMinute / 60;
  const pacer: Pacer = createPacer(store, {
    redisUrl: options.redisUrl,
    redisPrefix: options.redisPrefix,
    logger: options.logger,
    rates: {
      teamsPerSecond: options.graphPerSecond,
      // Tier 2 is a published rate, not a guess: keep it; a 429 pauses the budget for its
      // Retry-After (on every instance) rather than halving a rate that was right
      slackStartPerSecond: slackPerSecond,
      slackMaxPerSecond: slackPerSecond,
      slackMinPerSecond: slackPerSecond,
    },
  });
  const key = (tenant: string) => `invite:${tenant}`;
  return {
    async slot(platform, tenant) {
      // a slot voided by a 429 elsewhere, or late after a stall, is given up for another
      for (;;) {
        const slot = await pacer.acquire(platform, key(tenant));
        if (await pacer.confirm(slot)) return;
      }
    },
    throttled: (platform, tenant, ms) => pacer.throttled(platform, key(tenant), ms),
    close: async () => {
      await pacer.close?.();
    },
  };
}
