/**
 * A poll's definition (question, options, settings, open or closed) as this instance last read
 * it, for the clicks of a busy poll: without it every vote and every Teams card refresh reads
 * the poll and its options again (two statements), though a poll changes only by a close, a
 * reopen or an added option. Concurrent clicks share one read; an entry lives one refresh window
 * (what a shared card may lag anyway) and changes made here forget it at once.
 *
 * A stale entry never miscounts: the ballot upsert itself checks that the poll is open, and the
 * vote path reads afresh when the cached poll looks closed or lacks the chosen option (a reopen
 * or an option added on another instance).
 */
import type { Poll } from './poll-model.js';

interface Entry {
  poll: Promise<Poll | undefined>;
  readAt: number;
}

export interface PollCacheOptions {
  /** how long a read serves later clicks, ms */
  ttlMs: number;
  /** entries kept at most (the oldest go first) */
  maxEntries?: number;
  /** the clock (tests) */
  now?: () => number;
}

export class PollCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly read: (pollId: string) => Promise<Poll | undefined>,
    private readonly options: PollCacheOptions,
  ) {
    this.maxEntries = options.maxEntries ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /** the poll as read within the last ttlMs, else read now (shared by concurrent callers) */
  get(pollId: string): Promise<Poll | undefined> {
    const entry = this.entries.get(pollId);
    if (entry && this.now() - entry.readAt < this.options.ttlMs) return entry.poll;
    return this.fresh(pollId);
  }

  /** read now, and keep what was read for the next callers */
  fresh(pollId: string): Promise<Poll | undefined> {
    const poll = this.read(pollId);
    const entry: Entry = { poll, readAt: this.now() };
    this.entries.delete(pollId);
    if (this.entries.size >= this.maxEntries) {
      // a Map iterates in insertion order: the first key is the oldest read
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(pollId, entry);
    // a failed read or an unknown id is not kept: the next caller asks again
    poll.then(
      (found) => {
        if (!found && this.entries.get(pollId) === entry) this.entries.delete(pollId);
      },
      () => {
        if (this.entries.get(pollId) === entry) this.entries.delete(pollId);
      },
    );
    return poll;
  }

  /** this instance changed the poll: the next caller reads it again */
  forget(pollId: string): void {
    this.entries.delete(pollId);
  }
}
