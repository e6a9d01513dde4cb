/**
 * Graph's Teams APIs take about 30 requests per second per app and tenant
 * (TEAMS_INSTALL_RATE_PER_SECOND): every install, installation lookup and chat lookup starts in
 * its own slot of the tenant's 'graph' budget, whoever asks (the install after a sync, a delivery
 * or a tour step installing first) and on whichever instance: the budget lives in the pacer's
 * store (SQL or Redis, delivery/pacer.ts), like the send budgets. A slot is confirmed right before
 * its request; a 429 pauses the budget for its Retry-After on every instance and voids the slots
 * granted before it, so nothing granted earlier lands in the pause.
 */
import type { Pacer } from '../delivery/pacer.js';

export interface GraphPacer {
  /** resolves when the caller may send its request (nothing to await between this and the request) */
  slot(): Promise<void>;
  /** Graph answered 429: no slot begins before retryAfterMs from now, on any instance */
  pause(retryAfterMs: number): Promise<void>;
}

export function createGraphPacer(pacer: Pacer, tenantId: string): GraphPacer {
  return {
    async slot() {
      // a slot gone late or void (a 429 anywhere since its grant) is replaced by a new one
      for (;;) {
        const slot = await pacer.acquire('graph', tenantId);
        if (await pacer.confirm(slot)) return;
      }
    },
    pause: (retryAfterMs) => pacer.throttled('graph', tenantId, retryAfterMs),
  };
}
