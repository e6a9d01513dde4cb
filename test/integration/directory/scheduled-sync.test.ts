/**
 * The scheduled directory sync across two instances sharing one database and one job queue (the
 * table queue on SQLite and PostgreSQL, BullMQ on Redis): every instance schedules the next slot
 * (a job whose id names the slot), and each slot's job is handled once, by one instance, however
 * many instances scheduled it. The slots are short (1.5 s, below the setting's 1-minute floor, so
 * the directory is built directly); the test waits for three of them to pass, and what it checks
 * does not depend on when they ran or which instance took them.
 */
import assert from 'node:assert/strict';
import { createPacer } from '../../../shared/delivery/create-pacer.js';
import { createDirectory } from '../../../shared/directory/create-directory.js';
import type { DirectoryConfig } from '../../../shared/directory/directory-config.js';
import { directoryDb } from '../../../shared/directory/directory-tables.js';
import { createEventLog } from '../../../shared/events/event-log.js';
import { createJobQueue } from '../../../shared/jobs/create-job-queue.js';
import type { JobQueue } from '../../../shared/jobs/queue.js';
import { createLogger } from '../../../shared/logging/logger.js';
import { FAST_TIMING } from '../../contract/job-queue-helpers.js';
import { describeEachBackend } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { FakeGraph } from '../../harness/fake-graph.js';

const SLOT_MS = 1_500;

describeEachBackend('Directory: the scheduled sync runs once per slot across two instances', (backend) => {
  let graph: FakeGraph;
  const queues: JobQueue[] = [];
  before(async () => {
    graph = await new FakeGraph({ tenantId: 'tenant-scheduled' }).start();
    graph.setUser({ id: 'obj-s', userPrincipalName: 's@scheduled.example', mail: 's@scheduled.example' });
  });
  after(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
    await graph?.close();
  });

  it('handles each slot’s job on one instance only, and each handled slot is one run or one skip', async function () {
    this.timeout(30_000);
    const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
    const config: DirectoryConfig = {
      sources: ['entra'],
      graphApiUrl: graph.graphUrl,
      authorityUrl: graph.authorityUrl,
      tenantId: graph.tenantId,
      clientId: graph.clientId,
      clientSecret: graph.clientSecret,
      clientIdSetting: 'DIRECTORY_CLIENT_ID',
      clientSecretSetting: 'DIRECTORY_CLIENT_SECRET',
      syncIntervalMs: SLOT_MS,
      siteAttribute: 'officeLocation',
      departmentAttribute: 'department',
      pageSize: 999,
      maxRetries: 2,
      slack: { apiUrl: 'http://127.0.0.1:9/api' },
      defaultPlatform: 'teams',
    };
    const handled: { instance: number; jobId: string }[] = [];
    let skips = 0;
    const b = backend();
    const stores: Awaited<ReturnType<typeof b.openStore>>[] = [];
    for (const instance of [0, 1]) {
      const store = await b.openStore();
      stores.push(store);
      const queue = createJobQueue(store, {
        redisUrl: b.redisUrl,
        redisPrefix: b.redisPrefix,
        logger,
        timing: FAST_TIMING,
      });
      queues.push(queue);
      const counting = {
        ...logger,
        child: () => logger,
        info: (...args: unknown[]) => {
          if (args.some((a) => typeof a === 'string' && a.startsWith('scheduled directory sync skipped')))
            skips += 1;
        },
      } as unknown as typeof logger;
      const { jobs } = createDirectory({
        config,
        logger: counting,
        store,
        jobs: queue,
        events: createEventLog(store, logger),
        people: { get: async () => undefined },
        // the install is off here: the pacer is never asked for a slot
        pacer: createPacer(store, {
          rates: { teamsPerSecond: 30, slackStartPerSecond: 1, slackMaxPerSecond: 1 },
        }),
        teams: { serviceUrl: 'http://127.0.0.1:9/teams' },
        tours: { onPersonUpdated: async () => {} },
      });
      for (const worker of jobs)
        queue.process(
          worker.queue,
          async (job) => {
            handled.push({ instance, jobId: job.id });
            await worker.handle(job);
          },
          worker.options,
        );
    }

    await pollUntil(
      () => handled.length,
      (n) => n >= 3,
      { what: 'three slots to pass', timeoutMs: 20_000 },
    );
    await Promise.all(queues.splice(0).map((q) => q.close()));

    const ids = handled.map((h) => h.jobId);
    assert.ok(
      ids.every((id) => /^directory-sync:\d+$/.test(id)),
      ids.join(', '),
    );
    assert.equal(new Set(ids).size, ids.length, `a slot handled twice: ${ids.join(', ')}`);
    // beside Redis each instance has its own in-memory database; otherwise they share one
    const databases = b.kind === 'redis' ? stores : stores.slice(0, 1);
    const runs = (
      await Promise.all(
        databases.map((store) =>
          directoryDb(store).selectFrom('directory_runs').select(['trigger', 'status']).execute(),
        ),
      )
    ).flat();
    assert.ok(runs.every((r) => r.trigger === 'schedule' && r.status !== 'running'));
    // every handled slot started one run, or found another holding the lease and said so
    assert.equal(runs.length + skips, handled.length);
  });
});
