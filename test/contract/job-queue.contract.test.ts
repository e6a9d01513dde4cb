/**
 * JobQueue contract: the table queue on SQLite and PostgreSQL and BullMQ on Redis honour the
 * semantics documented in shared/jobs/queue.ts. Multi-process crash recovery is in
 * job-queue-crash.contract.test.ts.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { type JobInfo, RetryLaterError } from '../../shared/jobs/queue.js';
import { createLogger } from '../../shared/logging/logger.js';
import { describeEachBackend } from '../harness/databases.js';
import { QueueFactory, sleep, uniqueQueueName, waitFor } from './job-queue-helpers.js';

describeEachBackend('JobQueue contract', (backend) => {
  const factory = new QueueFactory(backend);
  afterEach(() => factory.closeAll());

  it('runs a job with its data, attempt 1, and records it completed', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('run');
    const seen: JobInfo<{ text: string }>[] = [];
    jobs.process<{ text: string }>(queue, async (job) => {
      seen.push(job);
    });
    const id = await jobs.add(queue, { text: 'bonjour é' });
    await waitFor(() => seen.length === 1, 10_000, 'the job to run');
    assert.deepEqual(seen[0], { id, queue, data: { text: 'bonjour é' }, attempt: 1 });
    await waitFor(async () => (await jobs.getState(queue, id)) === 'completed', 10_000, 'completed state');
    assert.equal((await jobs.counts(queue)).completed, 1);
  });

  it('honours delayMs', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('delay');
    let ranAt = 0;
    jobs.process(queue, async () => {
      ranAt = Date.now();
    });
    const addedAt = Date.now();
    const id = await jobs.add(queue, {}, { delayMs: 500 });
    assert.equal(await jobs.getState(queue, id), 'delayed');
    await waitFor(() => ranAt > 0, 10_000, 'the delayed job');
    assert.ok(ranAt - addedAt >= 490, `ran after ${ranAt - addedAt} ms, expected ≥ 500`);
  });

  it('honours runAt', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('run-at');
    let ranAt = 0;
    jobs.process(queue, async () => {
      ranAt = Date.now();
    });
    const runAt = new Date(Date.now() + 500);
    await jobs.add(queue, {}, { runAt });
    await waitFor(() => ranAt > 0, 10_000, 'the scheduled job');
    assert.ok(ranAt >= runAt.getTime() - 10, `ran ${runAt.getTime() - ranAt} ms early`);
  });

  it('deduplicates by jobId, including ids with ":" and integer-looking ids', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('unique');
    for (const id of ['news:42:person:7', '42', 'news:42:person:7', '42', '42']) {
      assert.equal(await jobs.add(queue, { id }, { jobId: id }), id);
    }
    assert.equal((await jobs.counts(queue)).waiting, 2);
    const runs: string[] = [];
    jobs.process(queue, async (job) => {
      runs.push(job.id);
    });
    await waitFor(async () => (await jobs.counts(queue)).completed === 2, 10_000, 'both jobs completed');
    assert.deepEqual(runs.sort(), ['42', 'news:42:person:7']);
    // a retained completed id stays done: a resumed fan-out must not redo it
    await jobs.add(queue, {}, { jobId: '42' });
    await sleep(300);
    assert.equal(runs.length, 2);
    assert.equal(await jobs.getState(queue, '42'), 'completed');
  });

  it('retries with exponential backoff up to attempts, then fails; a failed id can be added again', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('retry');
    const attempts: Array<{ attempt: number; at: number }> = [];
    let succeed = false;
    jobs.process(queue, async (job) => {
      attempts.push({ attempt: job.attempt, at: Date.now() });
      if (!succeed) throw new Error('platform said 503');
    });
    await jobs.add(queue, {}, { jobId: 'flaky', attempts: 3, backoffMs: 200 });
    await waitFor(async () => (await jobs.getState(queue, 'flaky')) === 'failed', 10_000, 'failed state');
    assert.deepEqual(
      attempts.map((a) => a.attempt),
      [1, 2, 3],
    );
    const gaps = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
    // jittered within [base·2^(n-1)/2, base·2^(n-1)]: ≥ 100 then ≥ 200
    assert.ok(gaps[0] >= 95, `first backoff ${gaps[0]} ms`);
    assert.ok(gaps[1] >= 195, `second backoff ${gaps[1]} ms`);
    assert.equal((await jobs.counts(queue)).failed, 1);

    succeed = true;
    await jobs.add(queue, {}, { jobId: 'flaky', attempts: 3, backoffMs: 200 });
    await waitFor(
      async () => (await jobs.getState(queue, 'flaky')) === 'completed',
      5_000,
      'the re-added job',
    );
    assert.equal(attempts.at(-1)?.attempt, 1);
  });

  it('addMany adds each job as add would: a pending id is kept, a failed id replaced, an id given twice runs once', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('add-many');
    const runs: Array<{ id: string; data: unknown; attempt: number }> = [];
    let failing = true;
    jobs.process(queue, async (job) => {
      runs.push({ id: job.id, data: job.data, attempt: job.attempt });
      if (failing && job.id === 'failed') throw new Error('platform said 503');
    });
    await jobs.add(queue, { v: 0 }, { jobId: 'failed', attempts: 1 });
    await waitFor(async () => (await jobs.getState(queue, 'failed')) === 'failed', 10_000, 'failed state');
    await jobs.add(queue, { v: 0 }, { jobId: 'pending', delayMs: 60_000 });
    failing = false;

    const ids = await jobs.addMany(queue, [
      { data: { v: 1 }, options: { jobId: 'pending' } },
      { data: { v: 1 }, options: { jobId: 'failed' } },
      { data: { v: 1 }, options: { jobId: 'new:1' } },
      { data: { v: 2 }, options: { jobId: 'new:1' } },
      { data: { v: 1 }, options: { jobId: 'later', delayMs: 60_000 } },
      { data: { v: 1 } },
    ]);
    assert.deepEqual(ids.slice(0, 5), ['pending', 'failed', 'new:1', 'new:1', 'later']);
    await waitFor(async () => (await jobs.counts(queue)).completed === 3, 10_000, 'three jobs completed');
    const after = runs.slice(1).sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(
      after,
      [
        { id: ids[5], data: { v: 1 }, attempt: 1 },
        { id: 'failed', data: { v: 1 }, attempt: 1 },
        { id: 'new:1', data: { v: 1 }, attempt: 1 },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    assert.equal(await jobs.getState(queue, 'pending'), 'delayed');
    assert.equal(await jobs.getState(queue, 'later'), 'delayed');
  });

  it('RetryLaterError delays the job without spending an attempt', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('retry-later');
    const attempts: number[] = [];
    const times: number[] = [];
    jobs.process(queue, async (job) => {
      attempts.push(job.attempt);
      times.push(Date.now());
      if (attempts.length <= 3) throw new RetryLaterError(150, '429 Retry-After');
    });
    const id = await jobs.add(queue, {}, { attempts: 1 });
    await waitFor(async () => (await jobs.getState(queue, id)) === 'completed', 10_000, 'completion');
    assert.deepEqual(attempts, [1, 1, 1, 1]);
    for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= 140, `re-run ${i} too early`);
  });

  it('remove cancels a delayed job and reports whether something was removed', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('remove');
    const ran: string[] = [];
    jobs.process(queue, async (job) => {
      ran.push(job.id);
    });
    // long enough that a slow machine cannot reach the due time between add and remove
    const delayMs = 2_000;
    await jobs.add(queue, {}, { jobId: 'publish:news-1', delayMs });
    assert.equal(await jobs.remove(queue, 'publish:news-1'), true);
    assert.equal(await jobs.getState(queue, 'publish:news-1'), undefined);
    assert.equal(await jobs.remove(queue, 'publish:news-1'), false);
    assert.equal(await jobs.remove(queue, 'never-added'), false);
    // a witness with the same delay, added later: once it has run, the removed job would have too
    await jobs.add(queue, {}, { jobId: 'witness', delayMs });
    await waitFor(() => ran.length > 0, 10_000, 'the witness job');
    await sleep(200);
    assert.deepEqual(ran, ['witness']);
  });

  it('counts jobs by state', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('counts');
    await jobs.add(queue, {});
    await jobs.add(queue, {});
    await jobs.add(queue, {}, { delayMs: 60_000 });
    assert.deepEqual(await jobs.counts(queue), {
      waiting: 2,
      delayed: 1,
      active: 0,
      completed: 0,
      failed: 0,
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    jobs.process(queue, () => gate, { concurrency: 1 });
    await waitFor(async () => (await jobs.counts(queue)).active === 1, 10_000, 'one active job');
    const during = await jobs.counts(queue);
    assert.equal(during.waiting, 1);
    release();
    await waitFor(async () => (await jobs.counts(queue)).completed === 2, 10_000, 'two completed');
    assert.equal((await jobs.counts(queue)).delayed, 1);
  });

  it('never runs more jobs at once than the worker concurrency', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('concurrency');
    let running = 0;
    let peak = 0;
    let done = 0;
    jobs.process(
      queue,
      async () => {
        running++;
        peak = Math.max(peak, running);
        await sleep(80);
        running--;
        done++;
      },
      { concurrency: 2 },
    );
    for (let i = 0; i < 8; i++) await jobs.add(queue, { i });
    await waitFor(() => done === 8, 10_000, 'eight jobs');
    assert.equal(peak, 2);
  });

  it('two workers on one database never run the same job twice', async () => {
    // a long lease: jobs may wait below for the other worker, and must not be re-claimed meanwhile
    const first = await factory.open({ leaseMs: 30_000 });
    const second = await factory.open({ leaseMs: 30_000 });
    const queue = uniqueQueueName('two-workers');
    const runs = new Map<string, number>();
    const active = new Set<string>();
    const overlaps: string[] = [];
    const byWorker = [0, 0];
    // Jobs hold their slot until both workers have started one, so whichever worker polls first
    // cannot drain the queue alone however the machine schedules them; the wait is bounded so a
    // queue that never lets the second worker in fails the assertion below instead of hanging.
    let bothStarted: () => void = () => undefined;
    let giveUp: NodeJS.Timeout | undefined;
    const bothStartedOrTimeout = new Promise<void>((resolve) => {
      bothStarted = resolve;
      giveUp = setTimeout(resolve, 10_000);
    });
    const handler = (worker: number) => async (job: JobInfo) => {
      if (active.has(job.id)) overlaps.push(job.id);
      active.add(job.id);
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      byWorker[worker]++;
      if (byWorker[0] > 0 && byWorker[1] > 0) bothStarted();
      await bothStartedOrTimeout;
      await sleep(10);
      active.delete(job.id);
    };
    first.process(queue, handler(0), { concurrency: 3 });
    second.process(queue, handler(1), { concurrency: 3 });
    for (let i = 0; i < 60; i++) await first.add(queue, { i }, { jobId: `job-${i}` });
    await waitFor(() => runs.size === 60, 20_000, 'sixty jobs');
    clearTimeout(giveUp);
    await sleep(200);
    assert.deepEqual(overlaps, []);
    assert.ok(
      [...runs.values()].every((n) => n === 1),
      'a job ran twice',
    );
    assert.ok(byWorker[0] > 0 && byWorker[1] > 0, `both workers took jobs: ${byWorker.join('/')}`);
  });

  it('cleans completed jobs up after the retention period', async () => {
    const jobs = await factory.open({ completedRetentionMs: 1_000 });
    const queue = uniqueQueueName('retention');
    let done = 0;
    jobs.process(queue, async () => {
      done++;
    });
    const old = await jobs.add(queue, {}, { jobId: 'old' });
    await waitFor(() => done === 1, 10_000, 'the first job');
    // a finished handler's outcome is recorded a moment later (the table queue batches them)
    await waitFor(async () => (await jobs.getState(queue, old)) === 'completed', 3_000, 'completed');
    await sleep(1_100);
    // BullMQ trims by age when another job of the queue finishes; the table queue on a timer
    await jobs.add(queue, {}, { jobId: 'new' });
    await waitFor(() => done === 2, 10_000, 'the second job');
    await waitFor(
      async () => (await jobs.getState(queue, old)) === undefined,
      3_000,
      'the old job to be cleaned up',
    );
  });

  it('close waits for running jobs', async () => {
    const jobs = await factory.open();
    const queue = uniqueQueueName('close');
    let finished = false;
    let started = false;
    jobs.process(queue, async () => {
      started = true;
      await sleep(300);
      finished = true;
    });
    await jobs.add(queue, {});
    await waitFor(() => started, 10_000, 'the job to start');
    await jobs.close();
    assert.equal(finished, true);
  });

  it('close waits for a running handler, which can still use the store', async () => {
    const jobs = await factory.open({ drainMs: 60_000 });
    const queue = uniqueQueueName('drain');
    const order: string[] = [];
    let started = false;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    jobs.process(queue, async () => {
      started = true;
      await gate;
      // mid-way work after close began: a queue that did not wait would have let the store go
      await jobs.counts(queue);
      order.push('handler done');
    });
    const id = await jobs.add(queue, {}, { jobId: 'drained' });
    await waitFor(() => started, 10_000, 'the job to start');
    const closing = jobs.close().then(() => order.push('closed'));
    // the gate opens when close resolves (a queue that does not wait) or a moment after it began
    // (one that does): either way the order below is decided by close, not by the machine's speed
    void closing.finally(release);
    setTimeout(release, 200);
    await closing;
    assert.deepEqual(order, ['handler done', 'closed']);
    const other = await factory.open();
    assert.equal(await other.getState(queue, id), 'completed');
  });

  it('close stops waiting after drainMs; the handler left running runs again on another instance', async function () {
    this.timeout(30_000);
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const first = await factory.open({ drainMs: 200, leaseMs: 1_000 }, createLogger('warn', sink));
    const queue = uniqueQueueName('abandoned');
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    let startedFirst = false;
    first.process(queue, async () => {
      startedFirst = true;
      await stuck;
    });
    const id = await first.add(queue, { step: 'send' }, { jobId: 'stuck:1' });
    try {
      await waitFor(() => startedFirst, 10_000, 'the job to start');
      const closed = first.close().then(() => true);
      await waitFor(() => Promise.race([closed, Promise.resolve(false)]), 10_000, 'close to give up waiting');
      const warning = lines.find((line) => JSON.stringify(line).includes('stuck:1'));
      assert.ok(warning, `no warning names the job: ${JSON.stringify(lines)}`);
      assert.equal(warning.level, 40);

      // its lease (lock) is no longer renewed: another instance runs it once it runs out
      const second = await factory.open({ leaseMs: 1_000 });
      let reruns = 0;
      second.process(queue, async () => {
        reruns++;
      });
      await waitFor(async () => (await second.getState(queue, id)) === 'completed', 15_000, 'the rerun');
      assert.equal(reruns, 1);
    } finally {
      release();
    }
  });

  it('logs every line about a job with its queue and id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const jobs = await factory.open({}, createLogger('debug', sink));
    const queue = uniqueQueueName('logs');
    let tries = 0;
    jobs.process(queue, async () => {
      if (++tries === 1) throw new Error('first try fails');
    });
    const id = await jobs.add(queue, {}, { jobId: 'logged', backoffMs: 50 });
    await waitFor(async () => (await jobs.getState(queue, id)) === 'completed', 10_000, 'completion');
    const aboutJobs = lines.filter((line) =>
      /^job (added|started|completed|will run again)/.test(String(line.msg)),
    );
    assert.ok(aboutJobs.length >= 4, `job lines: ${JSON.stringify(lines)}`);
    for (const line of aboutJobs) {
      assert.equal(line.queue, queue, JSON.stringify(line));
      assert.equal(line.jobId, id, JSON.stringify(line));
    }
  });
});
