/**
 * PollResultsReads: the counts asked for during one turn of the event loop, or while a read of the
 * poll is under way, come from one read that starts after all of them asked; a caller never joins
 * a read already under way, and a poll has one read under way at a time.
 */
import assert from 'node:assert/strict';
import type { Poll, PollResults } from '../../../shared/polls/poll-model.js';
import { PollResultsReads } from '../../../shared/polls/poll-results-reads.js';

const poll = (id: string, options = 2) =>
  ({ id, options: Array.from({ length: options }, (_, i) => ({ id: `o${i}`, position: i })) }) as Poll;

describe('PollResultsReads', () => {
  it('serves the callers of one turn with one read, started after they all asked', async () => {
    let ballots = 0;
    const reads: number[] = [];
    const counts = new PollResultsReads(async (p): Promise<PollResults> => {
      reads.push(ballots);
      return { pollId: p.id, voters: ballots, counts: {} };
    });
    const asked: Promise<PollResults>[] = [];
    for (let i = 0; i < 5; i++) {
      ballots += 1; // a vote written, then its counts asked
      asked.push(counts.results(poll('p1')));
    }
    const answers = await Promise.all(asked);
    assert.deepEqual(reads, [5], 'one read');
    assert.ok(
      answers.every((a) => a.voters === 5),
      'every caller sees every ballot written before it asked',
    );
  });

  it('starts another read for a caller who asks while one is under way', async () => {
    let release: () => void = () => undefined;
    let ballots = 1;
    const reads: number[] = [];
    const counts = new PollResultsReads(async (p): Promise<PollResults> => {
      const seen = ballots;
      reads.push(seen);
      if (reads.length === 1) await new Promise<void>((r) => (release = r));
      return { pollId: p.id, voters: seen, counts: {} };
    });
    const first = counts.results(poll('p1'));
    while (reads.length === 0) await new Promise((r) => setImmediate(r));
    ballots = 2; // written while the first read runs
    const second = counts.results(poll('p1'));
    release();
    assert.equal((await first).voters, 1);
    assert.equal((await second).voters, 2, 'the late caller gets a read that sees its ballot');
    assert.deepEqual(reads, [1, 2]);
  });

  it('lets the callers who ask while a read runs share the next one, started when it ends', async () => {
    let release: () => void = () => undefined;
    let ballots = 1;
    let running = 0;
    let most = 0;
    const reads: number[] = [];
    const counts = new PollResultsReads(async (p): Promise<PollResults> => {
      running += 1;
      most = Math.max(most, running);
      const seen = ballots;
      reads.push(seen);
      if (reads.length === 1) await new Promise<void>((r) => (release = r));
      running -= 1;
      return { pollId: p.id, voters: seen, counts: {} };
    });
    const first = counts.results(poll('p1'));
    while (reads.length === 0) await new Promise((r) => setImmediate(r));
    const later: Promise<PollResults>[] = [];
    for (let turn = 0; turn < 3; turn++) {
      ballots += 1; // a vote written on another turn while the first read runs
      later.push(counts.results(poll('p1')));
      await new Promise((r) => setImmediate(r));
    }
    assert.deepEqual(reads, [1], 'no second read while the first runs');
    release();
    assert.equal((await first).voters, 1);
    const answers = await Promise.all(later);
    assert.deepEqual(
      answers.map((a) => a.voters),
      [4, 4, 4],
      'one read for the three late callers, seeing all their ballots',
    );
    assert.deepEqual(reads, [1, 4]);
    assert.equal(most, 1, 'one read of the poll at a time');
  });

  it('starts the next read even when the one under way failed', async () => {
    let fail = true;
    const counts = new PollResultsReads(async (p): Promise<PollResults> => {
      await new Promise((r) => setImmediate(r));
      if (fail) {
        fail = false;
        throw new Error('database down');
      }
      return { pollId: p.id, voters: 1, counts: {} };
    });
    const first = counts.results(poll('p1'));
    await new Promise((r) => setImmediate(r));
    const second = counts.results(poll('p1'));
    await assert.rejects(first, /database down/);
    assert.equal((await second).voters, 1);
  });

  it('reads apart the polls, and a poll whose options the callers count differently', async () => {
    const reads: string[] = [];
    const counts = new PollResultsReads(async (p): Promise<PollResults> => {
      reads.push(`${p.id}/${p.options.length}`);
      return { pollId: p.id, voters: 0, counts: {} };
    });
    await Promise.all([
      counts.results(poll('p1')),
      counts.results(poll('p2')),
      counts.results(poll('p1', 3)),
      counts.results(poll('p1')),
    ]);
    assert.deepEqual(reads.sort(), ['p1/2', 'p1/3', 'p2/2']);
  });

  it('gives every caller of a failed read its error', async () => {
    const counts = new PollResultsReads(async () => {
      throw new Error('database down');
    });
    const results = await Promise.allSettled([counts.results(poll('p1')), counts.results(poll('p1'))]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
  });
});
