/**
 * JobQueue contract, crash recovery across processes: a worker process claims a job and is killed
 * with SIGKILL mid-job; once its lease (table) or lock (BullMQ) runs out, a worker in this process
 * runs the job again and it completes exactly once more.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeEachBackend } from '../harness/databases.js';
import { FAST_TIMING, QueueFactory, sleep, uniqueQueueName, waitFor } from './job-queue-helpers.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'crash-worker.ts');
const LEASE_MS = 1_000;

describeEachBackend('JobQueue contract: crashed worker', (backend) => {
  const factory = new QueueFactory(backend);
  let child: ChildProcess | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    await factory.closeAll();
  });

  /** the crash-worker fixture on this backend; `output` is what it printed so far */
  const spawnWorker = (queue: string, extra: { finish?: boolean; settleBatchMs?: number } = {}) => {
    const b = backend();
    const worker = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: {
        ...process.env,
        RELAIS_CRASH_BACKEND: JSON.stringify({
          storeOptions: b.storeOptions,
          redisUrl: b.redisUrl,
          redisPrefix: b.redisPrefix,
          queue,
          leaseMs: LEASE_MS,
          ...extra,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = worker;
    const printed = { output: '', errors: '' };
    worker.stdout?.on('data', (chunk: Buffer) => {
      printed.output += chunk.toString();
    });
    worker.stderr?.on('data', (chunk: Buffer) => {
      printed.errors += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      worker.on('exit', (_code, signal) => resolve(signal)),
    );
    const waitToPrint = async (line: string) => {
      await waitFor(
        () => printed.output.includes(line) || worker.exitCode != null,
        20_000,
        `the child to print ${line}`,
      );
      assert.ok(
        printed.output.includes(line),
        `child did not print ${line}: ${printed.output}${printed.errors}`,
      );
    };
    return { worker, exited, waitToPrint };
  };

  it('runs a killed worker’s job again elsewhere after the lease, exactly once', async function () {
    this.timeout(30_000);
    const queue = uniqueQueueName('crash');
    const producer = await factory.open({ leaseMs: LEASE_MS });
    const id = await producer.add(queue, { step: 'send' }, { jobId: 'broadcast:1', attempts: 3 });

    const { worker, exited, waitToPrint } = spawnWorker(queue);
    await waitToPrint(`started ${id}`);
    assert.equal(await producer.getState(queue, id), 'active');

    const killedAt = Date.now();
    worker.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    // the job is still leased to the dead worker: nothing may run it before the lease runs out
    const rescuer = await factory.open({ ...FAST_TIMING, leaseMs: LEASE_MS });
    const reruns: Array<{ attempt: number; at: number }> = [];
    rescuer.process(queue, async (job) => {
      reruns.push({ attempt: job.attempt, at: Date.now() });
    });
    await waitFor(
      async () => (await rescuer.getState(queue, id)) === 'completed',
      15_000,
      'the job to complete',
    );
    await sleep(2 * LEASE_MS); // would a second rerun sneak in (stalled check, lease expiry)?
    assert.equal(reruns.length, 1, `ran ${reruns.length} times after the crash`);
    assert.ok(
      reruns[0].at - killedAt >= LEASE_MS * 0.5,
      `rerun ${reruns[0].at - killedAt} ms after the kill`,
    );
    assert.equal(await rescuer.getState(queue, id), 'completed');
  });

  it('table queue: a job whose completion was not yet written when its worker died runs again after the lease', async function () {
    // BullMQ writes a completion as the processor returns: there is no batch to lose
    if (backend().kind === 'redis') this.skip();
    this.timeout(30_000);
    const queue = uniqueQueueName('unsettled');
    const producer = await factory.open({ leaseMs: LEASE_MS });
    const id = await producer.add(queue, { step: 'send' }, { jobId: 'broadcast:2', attempts: 3 });

    // completions held for a minute: the kill always lands before this one is written
    const { worker, exited, waitToPrint } = spawnWorker(queue, { finish: true, settleBatchMs: 60_000 });
    await waitToPrint(`finished ${id}`);
    assert.equal(await producer.getState(queue, id), 'active', 'the completion is not written yet');
    worker.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    const rescuer = await factory.open({ ...FAST_TIMING, leaseMs: LEASE_MS });
    const reruns: number[] = [];
    rescuer.process(queue, async (job) => {
      reruns.push(job.attempt);
    });
    await waitFor(
      async () => (await rescuer.getState(queue, id)) === 'completed',
      15_000,
      'the job to complete',
    );
    await sleep(2 * LEASE_MS);
    assert.deepEqual(reruns, [2], 'ran once more, as its second attempt');
  });
});
