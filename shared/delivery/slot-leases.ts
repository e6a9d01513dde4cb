/**
 * Slots taken from the shared budget a few at a time. Each round-trip to the budget (an SQL
 * statement or a Redis script) costs more CPU than the rest of a send's pacing, so when several
 * senders of one instance wait on the same tenant/workspace, one round-trip takes a slot for each
 * of them (at most MAX_SLOTS_PER_TAKE, and never beyond MAX_RESERVE_AHEAD_MS: the store grants
 * only what fits in that window), and this instance hands them out in order. The shared-budget
 * guarantee is the same as with one slot per round-trip: every slot is reserved in the store
 * before it is used, exactly as if each waiter had reserved its own. A 429 drops the slots not
 * handed out yet (they could land in the pause); a slot gone stale (the event loop stalled past
 * STALE_SLOT_MS) is dropped rather than sent late in a burst.
 */
import type { PacerClock } from './pacer-clock.js';

/** upper bound of slots one round-trip takes: 16 sends' worth, 0.33 s at Teams' 49/s */
export const MAX_SLOTS_PER_TAKE = 16;
/**
 * While this instance keeps sending on a budget (a slot handed out within the last second), a
 * round-trip also takes the slots of the next LEASE_WINDOW_MS for the senders about to ask: under a
 * steady fan-out they arrive one by one, so waiters alone would make most takes one slot. What a
 * lull leaves unused is lost to the budget (at most this window per instance), never sent late:
 */
export const LEASE_WINDOW_MS = 200;
/** a slot this far in the past is dropped: sending it now would burst above the rate */
export const STALE_SLOT_MS = 100;

/** What one round-trip to the budget answered. */
export interface Take {
  /** granted slot times in epoch µs, evenly spaced, possibly none */
  slotsUs: number[];
  /** when none was granted: how long to wait before asking again */
  retryInMs: number;
}

interface Lease {
  slotsUs: number[];
  /** callers in acquire that have no slot yet */
  unserved: number;
  /** epoch ms of the last slot handed out */
  lastHandout: number;
  pending: Promise<void> | undefined;
}

export class SlotLeases {
  private readonly leases = new Map<string, Lease>();

  /**
   * take(key, want, windowUs): one round-trip to the shared budget asking for `want` slots, or
   * as many as fit in the next `windowUs` if that is more (at most MAX_SLOTS_PER_TAKE)
   */
  constructor(
    private readonly take: (key: string, want: number, windowUs: number) => Promise<Take>,
    private readonly clock: PacerClock,
  ) {}

  /** resolves at this caller's slot */
  async acquire(key: string): Promise<void> {
    let lease = this.leases.get(key);
    if (!lease) {
      lease = { slotsUs: [], unserved: 0, lastHandout: 0, pending: undefined };
      this.leases.set(key, lease);
    }
    lease.unserved++;
    let served = false;
    try {
      for (;;) {
        const nowUs = this.clock.now() * 1000;
        const slot = lease.slotsUs.shift();
        if (slot !== undefined) {
          if (slot < nowUs - STALE_SLOT_MS * 1000) continue;
          lease.unserved--;
          lease.lastHandout = this.clock.now();
          served = true;
          await this.clock.sleep((slot - nowUs) / 1000);
          return;
        }
        if (!lease.pending) {
          lease.pending = this.fill(key, lease).finally(() => {
            if (lease) lease.pending = undefined;
          });
        }
        await lease.pending;
      }
    } finally {
      if (!served) lease.unserved--;
    }
  }

  /** a 429: the slots not handed out yet must not be used */
  drop(key: string): void {
    const lease = this.leases.get(key);
    if (lease) lease.slotsUs = [];
  }

  private async fill(key: string, lease: Lease): Promise<void> {
    for (;;) {
      const want = Math.max(1, Math.min(MAX_SLOTS_PER_TAKE, lease.unserved));
      const steady = this.clock.now() - lease.lastHandout < 1_000;
      const { slotsUs, retryInMs } = await this.take(key, want, steady ? LEASE_WINDOW_MS * 1000 : 0);
      if (slotsUs.length > 0) {
        lease.slotsUs.push(...slotsUs);
        return;
      }
      await this.clock.sleep(retryInMs);
    }
  }
}

/** How many slots a take asks the store for: `want`, or what fits in `windowUs` if more. */
export const slotsWanted = (want: number, windowUs: number, intervalUs: number): number =>
  Math.min(MAX_SLOTS_PER_TAKE, Math.max(want, Math.floor(windowUs / intervalUs)));

/** The slot times of a grant: `count` slots from `firstUs`, one interval apart. */
export const slotTimes = (firstUs: number, count: number, intervalUs: number): number[] =>
  Array.from({ length: count }, (_, i) => firstUs + i * intervalUs);
