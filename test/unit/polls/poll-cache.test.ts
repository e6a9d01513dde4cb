/** PollCache: one read serves the clicks of a window, concurrent clicks share it, changes forget it. */
import assert from 'node:assert/strict';
import { PollCache } from '../../../shared/polls/poll-cache.js';
import type { Poll } from '../../../shared/polls/poll-model.js';

const poll = (id: string, closedAt: string | null = null) => ({ id, closedAt }) as unknown as Poll;

describe('PollCache', () => {
  let now = 0;
  let reads: string[] = [];
  let stored: Poll | undefined;
  const cache = () =>
    new PollCache(
      async (id) => {
        reads.push(id);
        return stored;
      },
      { ttlMs: 1_000, maxEntries: 2, now: () => now },
    );
  beforeEach(() => {
    now = 0;
    reads = [];
    stored = poll('p1');
  });

  it('reads a poll once for the clicks of a window, and again after it', async () => {
    const polls = cache();
    await Promise.all([polls.get('p1'), polls.get('p1'), polls.get('p1')]);
    now = 999;
    await polls.get('p1');
    assert.deepEqual(reads, ['p1'], 'one read, shared by concurrent and later clicks');
    now = 1_000;
    await polls.get('p1');
    assert.deepEqual(reads, ['p1', 'p1'], 'read again once the window is over');
  });

  it('reads at once after forget() or fresh(), and keeps what fresh() read', async () => {
    const polls = cache();
    await polls.get('p1');
    polls.forget('p1');
    await polls.get('p1');
    stored = poll('p1', '2026-01-01T00:00:00.000Z');
    assert.equal((await polls.fresh('p1'))?.closedAt, '2026-01-01T00:00:00.000Z');
    assert.equal((await polls.get('p1'))?.closedAt, '2026-01-01T00:00:00.000Z');
    assert.deepEqual(reads, ['p1', 'p1', 'p1']);
  });

  it('keeps no unknown poll and no failed read', async () => {
    const polls = cache();
    stored = undefined;
    assert.equal(await polls.get('p1'), undefined);
    stored = poll('p1');
    assert.ok(await polls.get('p1'), 'a poll created since is found');
    const failing = new PollCache(
      async () => {
        reads.push('x');
        throw new Error('database down');
      },
      { ttlMs: 1_000, now: () => now },
    );
    await assert.rejects(failing.get('p2'));
    await assert.rejects(failing.get('p2'));
    assert.equal(reads.filter((r) => r === 'x').length, 2, 'a failed read is tried again');
  });

  it('keeps at most maxEntries polls, forgetting the oldest read', async () => {
    const polls = cache();
    await polls.get('a');
    await polls.get('b');
    await polls.get('c');
    await polls.get('c');
    await polls.get('b');
    await polls.get('a');
    assert.deepEqual(reads, ['a', 'b', 'c', 'a']);
  });
});
