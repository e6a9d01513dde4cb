/**
 * Counts read together: every vote answers with the voter's card, counts included, and each read
 * is one aggregate over all the poll's ballots, so a busy poll would pay one full aggregate per
 * vote. Callers asking for a poll's counts share one read that starts after all of them asked: on
 * the next turn of the event loop, or, while a read of that poll is under way, once it ends (at
 * most one read per poll at a time, so on PostgreSQL the clicks of a whole round trip share the
 * next one instead of each turn sending its own). A caller never joins a read already under way,
 * so what it gets always includes every ballot written before it asked (its own vote included):
 * exact counts, fewer reads.
 */
import type { Poll, PollResults } from './poll-model.js';

export class PollResultsReads {
  /** poll id and option count → the read not started yet that new callers join */
  private readonly waiting = new Map<string, Promise<PollResults>>();
  /** poll id and option count → the read under way */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(private readonly read: (poll: Poll) => Promise<PollResults>) {}

  results(poll: Poll): Promise<PollResults> {
    // options are only ever added: callers who know as many options count them the same way
    const key = `${poll.id}:${poll.options.length}`;
    const joined = this.waiting.get(key);
    if (joined) return joined;
    const next = new Promise<PollResults>((resolve, reject) => {
      const start = () => {
        // from here on, callers start the next read: this one may not see their ballots
        this.waiting.delete(key);
        const reading = this.read(poll);
        this.running.set(key, reading);
        const done = () => {
          if (this.running.get(key) === reading) this.running.delete(key);
        };
        reading.then(done, done);
        reading.then(resolve, reject);
      };
      setImmediate(() => {
        const busy = this.running.get(key);
        if (busy) busy.then(start, start);
        else start();
      });
    });
    this.waiting.set(key, next);
    return next;
  }
}
