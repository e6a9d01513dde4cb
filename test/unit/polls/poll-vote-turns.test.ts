/**
 * Once a ballot is written, its event, the shared cards' refresh and the voter's counts go side by
 * side: the event log and the counts each wait for the next turn of the event loop, and one after
 * the other the voter's answer waited for two turns. Held with a barrier, never timed: the counts
 * are read while the event is still held, and the vote answers only once the event is written.
 */
import assert from 'node:assert/strict';
import type { TrackedEvent } from '../../../shared/events/event-log.js';
import type { Person } from '../../../shared/people/person.js';
import type { PollJobs } from '../../../shared/polls/poll-jobs.js';
import type { Poll, PollResults } from '../../../shared/polls/poll-model.js';
import type { PollStore } from '../../../shared/polls/poll-store.js';
import { type PollServicePorts, SqlPollService } from '../../../shared/polls/sql-poll-service.js';

const voter = {
  id: 'p-voter',
  kind: 'member',
  active: true,
  roles: [],
  identities: [],
  locale: 'en',
} as unknown as Person;

const poll: Poll = {
  id: 'poll-1',
  question: 'Lunch?',
  options: [
    { id: 'o0', label: 'Pizza', position: 0, addedBy: null },
    { id: 'o1', label: 'Salad', position: 1, addedBy: null },
  ],
  maxChoices: 1,
  anonymous: false,
  resultVisibility: 'live',
  allowAddOptions: false,
  closesAt: null,
  closedAt: null,
  authorId: 'p-author',
  locale: 'en',
  createdAt: new Date(0).toISOString(),
} as Poll;

describe('a vote once its ballot is written', () => {
  it('reads the counts without waiting for its event to be written, and answers after both', async () => {
    let releaseEvent = () => {};
    const eventHeld = new Promise<void>((resolve) => {
      releaseEvent = resolve;
    });
    let countsRead = () => {};
    const counted = new Promise<void>((resolve) => {
      countsRead = resolve;
    });
    const tracked: TrackedEvent[] = [];
    const store = {
      load: async () => poll,
      castBallot: async () => 'changed' as const,
      results: async (): Promise<PollResults> => {
        countsRead();
        return { voters: 1, counts: { o0: 1, o1: 0 } } as unknown as PollResults;
      },
    } as unknown as PollStore;
    const jobs = { learnMessage: async () => {}, refreshShared: async () => {} } as unknown as PollJobs;
    const ports = {
      config: { polls: { refreshWindowMs: 60_000 } },
      events: {
        track: async (event: TrackedEvent) => {
          tracked.push(event);
          await eventHeld;
        },
      },
    } as unknown as PollServicePorts;
    const service = new SqlPollService({ ports, store, jobs, secret: Buffer.alloc(32, 1) });

    let answered = false;
    const vote = service.vote(poll.id, voter, ['o0']).then((view) => {
      answered = true;
      return view;
    });
    // the counts are read while the ballot's event is still held
    await counted;
    assert.equal(tracked[0]?.type, 'poll.voted');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(answered, false, 'the answer waits for its event');
    releaseEvent();
    const view = await vote;
    assert.deepEqual(view.myChoices, ['o0']);
    assert.equal(view.results?.voters, 1);
  });
});
