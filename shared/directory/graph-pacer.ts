/**
 * Graph's Teams APIs take about 30 requests per second per app and tenant
 * (TEAMS_INSTALL_RATE_PER_SECOND): every install, installation lookup and chat lookup starts in
 * its own evenly spaced slot, whoever asks (the install after a sync, a delivery installing first).
 * A 429 pauses every later slot for its Retry-After. The budget is this instance's: the install
 * job runs on one instance at a time, and deliveries installing first are the few a sync missed.
 */
export interface GraphPacer {
  /** resolves when the caller may send its request */
  slot(): Promise<void>;
  /** Graph answered 429: no slot begins before retryAfterMs from now */
  pause(retryAfterMs: number): void;
  readonly perSecond: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createGraphPacer(perSecond: number): GraphPacer {
  const gapMs = 1000 / perSecond;
  let next = 0;
  return {
    perSecond,
    async slot() {
      const now = Date.now();
      // a budget left idle does not bank slots: at most one starts at once
      const at = Math.max(next, now);
      next = at + gapMs;
      if (at > now) await sleep(at - now);
    },
    pause(retryAfterMs) {
      next = Math.max(next, Date.now() + retryAfterMs);
    },
  };
}
