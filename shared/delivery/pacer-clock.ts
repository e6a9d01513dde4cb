/**
 * The pacer's time: the epoch in ms and a timer. Production uses the system clock; the pacer
 * tests inject a fake one so that a stall (a GC pause, a blocked event loop) is an explicit step
 * of the test rather than something hoped for on a busy machine.
 */

export interface PacerClock {
  /** epoch ms */
  now(): number;
  /** resolves once `ms` have passed on this clock (at once for ms ≤ 0) */
  sleep(ms: number): Promise<void>;
}

export const systemClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => (ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))),
};
