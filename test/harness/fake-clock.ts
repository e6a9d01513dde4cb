/**
 * A clock the test moves by hand (for the pacer: shared/delivery/pacer-clock.ts). `sleep` waits
 * until the test advances the time past its end, so a stall (a GC pause, a blocked event loop, a
 * paused container) is one explicit `advance`: every timer due meanwhile fires at once, late, as
 * it would after a real stall. Times stay whole milliseconds, like Date.now().
 */
import type { PacerClock } from '../../shared/delivery/pacer-clock.js';

interface Sleeper {
  due: number;
  wake: () => void;
}

export class FakeClock implements PacerClock {
  private sleepers: Sleeper[] = [];

  constructor(private time = 1_800_000_000_000) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((wake) => this.sleepers.push({ due: this.time + ms, wake }));
  }

  /** how many sleeps are waiting for the time to move */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** moves the time `ms` on and wakes every sleep due by then */
  advance(ms: number): void {
    this.time += ms;
    const due = this.sleepers.filter((s) => s.due <= this.time);
    this.sleepers = this.sleepers.filter((s) => s.due > this.time);
    for (const s of due) s.wake();
  }

  /** moves the time to the end of the earliest sleep (whole ms) and wakes what is due */
  advanceToNext(): void {
    if (this.sleepers.length === 0) throw new Error('fake clock: nothing is sleeping');
    const next = Math.ceil(Math.min(...this.sleepers.map((s) => s.due)));
    this.advance(Math.max(0, next - this.time));
  }
}
