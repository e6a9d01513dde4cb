/**
 * Slots taken from the shared budget a few at a time. Each round-trip to the budget (an SQL
 * statement or a Redis script) costs more CPU than the rest of a send's pacing, so when several
 * senders of one instance wait on the same tenant/workspace, one round-trip takes a slot for each
 * of them (at most MAX_SLOTS_PER_TAKE, and never beyond MAX_RESERVE_AHEAD_MS: the store grants
 * only what fits in that window), and this instance hands them out in order. The shared-budget
 * guarantee is the same as with one slot per round-trip: every slot is reserved in the store
 * before it is used, exactly as if each waiter had reserved its own.
 *
 * A slot is used on time or not at all. `acquire` resolves once a slot is granted, so the sender
 * does what comes before its platform call (the delivery worker claims its row) meanwhile; then
 * `confirm` sleeps until the slot begins and, right before the call, reads the budget's epoch
 * (every 429, on any instance, moves it on: the slot is void) and then the clock (the slot is
 * late once the next one has begun: the event loop stalled, the epoch read was slow). A late or
 * void slot is dropped and the sender takes another, so a stall never turns into a burst and
 * nothing granted before a 429 lands in its pause. Nothing is awaited between the clock's
 * reading and the call.
 */
import type { Slot } from './pacer.js';
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

/** What one round-trip to the budget answered. */
export interface Take {
  /** granted slot times in epoch µs, evenly spaced, possibly none */
  slotsUs: number[];
  /** µs between two granted slots */
  intervalUs: number;
  /** the budget's epoch the slots belong to */
  epoch: number;
  /** when none was granted: how long to wait before asking again */
  retryInMs: number;
}

/** The shared budget's side of the slots: one implementation per pacer (SQL, Redis). */
export interface Budget {
  /**
   * One round-trip asking for `want` slots, or as many as fit in the next `windowUs` if that is
   * more (at most MAX_SLOTS_PER_TAKE).
   */
  take(key: string, want: number, windowUs: number): Promise<Take>;
  /** the budget's epoch now, read from the shared store */
  epoch(key: string): Promise<number>;
}

interface Lease {
  slots: Slot[];
  /** callers in acquire that have no slot yet */
  unserved: number;
  /** epoch ms of the last slot handed out */
  lastHandout: number;
  /** the highest epoch this instance has seen: a slot of an older one is void */
  epoch: number;
  pending: Promise<void> | undefined;
}

/** Whether a slot can still be used at `nowMs`: the next slot has not begun. */
export const onTime = (slot: Slot, nowMs: number): boolean => nowMs * 1000 < slot.atUs + slot.intervalUs;

/** Slots dropped since start, for benchmarks and troubleshooting (each one is budget not used). */
export interface DroppedSlots {
  /** a 429 since their grant */
  void: number;
  /** the next slot had begun */
  late: number;
}

export class SlotLeases {
  private readonly leases = new Map<string, Lease>();
  readonly dropped: DroppedSlots = { void: 0, late: 0 };

  constructor(
    private readonly budget: Budget,
    private readonly clock: PacerClock,
  ) {}

  /** resolves with this caller's slot once it is granted (it may begin up to 1 s later) */
  async acquire(key: string): Promise<Slot> {
    const lease = this.lease(key);
    lease.unserved++;
    let served = false;
    try {
      for (;;) {
        const slot = lease.slots.shift();
        if (slot !== undefined) {
          // late or void already: dropped here, never handed out
          if (slot.epoch < lease.epoch) {
            this.dropped.void++;
            continue;
          }
          if (!onTime(slot, this.clock.now())) {
            this.dropped.late++;
            continue;
          }
          lease.unserved--;
          lease.lastHandout = this.clock.now();
          served = true;
          return slot;
        }
        if (!lease.pending) {
          lease.pending = this.fill(key, lease).finally(() => {
            lease.pending = undefined;
          });
        }
        await lease.pending;
      }
    } finally {
      if (!served) lease.unserved--;
    }
  }

  /**
   * Waits until the slot begins, then, right before the platform call, whether it is neither
   * void (a 429 since its grant) nor late.
   */
  async confirm(slot: Slot): Promise<boolean> {
    await this.clock.sleep((slot.atUs - this.clock.now() * 1000) / 1000);
    const lease = this.lease(slot.key);
    const epoch = slot.epoch < lease.epoch ? lease.epoch : await this.budget.epoch(slot.key);
    if (epoch !== slot.epoch) {
      this.voided(slot.key, epoch);
      this.dropped.void++;
      return false;
    }
    if (onTime(slot, this.clock.now())) return true;
    this.dropped.late++;
    return false;
  }

  /** a 429 moved the budget's epoch on: the slots of older epochs must not be used */
  voided(key: string, epoch: number): void {
    const lease = this.lease(key);
    lease.epoch = Math.max(lease.epoch, epoch);
    const kept = lease.slots.filter((slot) => slot.epoch >= lease.epoch);
    this.dropped.void += lease.slots.length - kept.length;
    lease.slots = kept;
  }

  private lease(key: string): Lease {
    let lease = this.leases.get(key);
    if (!lease) {
      lease = { slots: [], unserved: 0, lastHandout: 0, epoch: 0, pending: undefined };
      this.leases.set(key, lease);
    }
    return lease;
  }

  private async fill(key: string, lease: Lease): Promise<void> {
    for (;;) {
      const want = Math.max(1, Math.min(MAX_SLOTS_PER_TAKE, lease.unserved));
      const steady = this.clock.now() - lease.lastHandout < 1_000;
      const take = await this.budget.take(key, want, steady ? LEASE_WINDOW_MS * 1000 : 0);
      lease.epoch = Math.max(lease.epoch, take.epoch);
      if (take.slotsUs.length > 0) {
        const { intervalUs, epoch } = take;
        lease.slots.push(...take.slotsUs.map((atUs) => ({ key, atUs, intervalUs, epoch })));
        return;
      }
      await this.clock.sleep(take.retryInMs);
    }
  }
}

/** How many slots a take asks the store for: `want`, or what fits in `windowUs` if more. */
export const slotsWanted = (want: number, windowUs: number, intervalUs: number): number =>
  Math.min(MAX_SLOTS_PER_TAKE, Math.max(want, Math.floor(windowUs / intervalUs)));

/** The slot times of a grant: `count` slots from `firstUs`, one interval apart. */
export const slotTimes = (firstUs: number, count: number, intervalUs: number): number[] =>
  Array.from({ length: count }, (_, i) => firstUs + i * intervalUs);
