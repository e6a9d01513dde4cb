/**
 * Counts read together: every vote answers with the voter's card, counts included, and each read
 * is one aggregate over all the poll's ballots, so a busy poll would pay one full aggregate per
 * vote. Callers asking for a poll's counts during one turn of the event loop share one read that
 * starts on the next turn, after all of them asked; a caller never joins a read already under way,
 * so what it gets always includes every ballot written before it asked (its own vote included):
 * exact counts, fewer reads.
 */
import type { Poll, PollResults } from './poll-model.js';

export class PollResultsReads {
  /** poll id and option count → the read not started yet that callers of this turn join */
  private readonly waiting = new Map<string, Promise<PollResults>>();

  constructor(private readonly read: (poll: Poll) => Promise<PollResults>) {}

  results(poll: Poll): Promise<PollResults> {
    // options are only ever added: callers who know as many options count them the same way
    const key = `${poll.id}:${poll.options.length}`;
    const joined = this.waiting.get(key);
    if (joined) return joined;
    const next = new Promise<PollResults>((resolve, reject) => {
      setImmediate(() => {
        // from here on, callers start the next read: this one may not see their ballots
        this.waiting.delete(key);
        this.read(poll).then(resolve, reject);
      });
    });
    this.waiting.set(key, next);
    return next;
  }
}
