/**
 * HeldWorkersQueue: a server's job workers pull nothing until it says it is ready (its chat
 * messengers registered), while jobs can be added, counted and removed at once.
 */
import assert from 'node:assert/strict';
import { HeldWorkersQueue } from '../../../shared/jobs/held-workers.js';
import type { JobQueue, JobState } from '../../../shared/jobs/queue.js';

/** records what reaches the real queue */
function recordingQueue() {
  const calls: string[] = [];
  const none = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 } satisfies Record<
    JobState,
    number
  >;
  const queue: JobQueue = {
    add: async (name) => {
      calls.push(`add ${name}`);
      return 'id';
    },
    addMany: async (name, jobs) => {
      calls.push(`addMany ${name}`);
      return jobs.map(() => 'id');
    },
    process: (name: string) => {
      calls.push(`process ${name}`);
    },
    getState: async () => undefined,
    remove: async () => false,
    counts: async () => none,
    close: async () => {
      calls.push('close');
    },
  };
  return { calls, queue };
}

describe('HeldWorkersQueue', () => {
  it('starts the registered workers only on startWorkers, and later ones at once', async () => {
    const { calls, queue } = recordingQueue();
    const held = new HeldWorkersQueue(queue);
    held.process('a', async () => undefined);
    held.process('b', async () => undefined);
    await held.add('a', {});
    assert.deepEqual(calls, ['add a']);
    held.startWorkers();
    assert.deepEqual(calls, ['add a', 'process a', 'process b']);
    held.startWorkers();
    held.process('c', async () => undefined);
    assert.deepEqual(calls, ['add a', 'process a', 'process b', 'process c']);
  });

  it('refuses a second worker for one queue when it is registered, not when it starts', () => {
    const held = new HeldWorkersQueue(recordingQueue().queue);
    held.process('a', async () => undefined);
    assert.throws(() => held.process('a', async () => undefined), /queue a already has a worker/);
  });

  it('never starts the workers of a queue closed before it was ready', async () => {
    const { calls, queue } = recordingQueue();
    const held = new HeldWorkersQueue(queue);
    held.process('a', async () => undefined);
    await held.close();
    held.startWorkers();
    assert.deepEqual(calls, ['close']);
  });
});
