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

  it('runs a killed worker’s job again elsewhere after the lease, exactly once', async function () {
    this.timeout(30_000);
    const b = backend();
    const queue = uniqueQueueName('crash');
    const producer = await factory.open({ leaseMs: LEASE_MS });
    const id = await producer.add(queue, { step: 'send' }, { jobId: 'broadcast:1', attempts: 3 });

    child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: {
        ...process.env,
        RELAIS_CRASH_BACKEND: JSON.stringify({
          storeOptions: b.storeOptions,
          redisUrl: b.redisUrl,
          redisPrefix: b.redisPrefix,
          queue,
          leaseMs: LEASE_MS,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child?.on('exit', (_code, signal) => resolve(signal)),
    );
    await waitFor(
      () => output.includes(`started ${id}`) || child?.exitCode != null,
      20_000,
      'the child to start the job',
    );
    assert.ok(output.includes(`started ${id}`), `child did not start the job: ${output}${errors}`);
    assert.equal(await producer.getState(queue, id), 'active');

    const killedAt = Date.now();
    child.kill('SIGKILL');
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
});
