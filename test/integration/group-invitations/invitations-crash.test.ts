/**
 * A wave whose worker process is killed mid-wave, while Graph holds one of its invitations (Graph
 * makes the guest, the worker never hears): once the job's lease runs out, a worker here resumes
 * the wave; the rows left 'sending' are settled by asking Graph (the guest it made is found, only
 * the team add is left), the rest sent. Every address is invited exactly once, on SQLite and
 * PostgreSQL.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJobQueue } from '../../../shared/jobs/create-job-queue.js';
import type { JobQueue } from '../../../shared/jobs/queue.js';
import { createLogger } from '../../../shared/logging/logger.js';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { FakeGraph } from '../../harness/fake-graph.js';
import { invitationRig, type RigSettings } from './invitation-rig.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'wave-worker.ts');
const LEASE_MS = 1_000;
const GUESTS = 24;

describeEachStore('Group invitations: a wave resumed after its worker crashed', (backend) => {
  let graph: FakeGraph;
  let child: ChildProcess | undefined;
  let jobs: JobQueue | undefined;
  beforeEach(async () => {
    graph = await new FakeGraph().start();
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await jobs?.close();
    await graph.close();
  });

  it('invites every address once, the one in flight at the crash included', async function () {
    this.timeout(60_000);
    const logger = createLogger('silent');
    const store = await backend().openStore();
    jobs = createJobQueue(store, { logger, timing: { leaseMs: LEASE_MS, pollIntervalMs: 50 } });
    const settings: RigSettings = {
      graph: {
        url: graph.graphUrl,
        authorityUrl: graph.authorityUrl,
        tenantId: graph.tenantId,
        clientId: graph.clientId,
        clientSecret: graph.clientSecret,
      },
      graphPerSecond: 30,
      slackPerMinute: 20,
    };
    const rig = invitationRig(store, jobs, logger, settings);
    const group = await rig.groups.createGroup({
      kind: 'partners',
      nameEn: 'Crash',
      space: { teamsTenantId: graph.tenantId, teamsTeamId: 'team-crash' },
    });
    const addresses = Array.from({ length: GUESTS }, (_, i) => `guest${i}@crash.example.com`);

    child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: {
        ...process.env,
        RELAIS_WAVE_WORKER: JSON.stringify({
          storeOptions: backend().storeOptions,
          leaseMs: LEASE_MS,
          settings,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await pollUntil(
      () => output,
      (o) => o.includes('ready'),
      { what: 'the worker process to start', timeoutMs: 30_000 },
    );

    const plan = await rig.service.plan(group.id, {
      lines: addresses.map((address, i) => ({ line: i + 1, address })),
      by: null,
    });
    assert.equal(plan.planned, GUESTS);

    // a third of the way in, Graph holds the next invitation: the worker dies waiting for it
    await pollUntil(
      () => graph.invitationsSent.size,
      (n) => n >= GUESTS / 3,
      { what: 'a third of the invitations sent', timeoutMs: 30_000 },
    );
    const held = graph.hold('/v1.0/invitations');
    await held.reached();
    child.kill('SIGKILL');
    await pollUntil(
      () => child!.signalCode,
      (s) => s === 'SIGKILL',
      { what: 'the worker to die' },
    );
    // Graph goes on: the held invitation (and any other that reached it) makes its guest
    held.release();
    await pollUntil(
      () => graph.requestsTo('/v1.0/invitations').filter((r) => r.status === 0).length,
      (n) => n === 0,
      { what: 'Graph to answer the held invitations (into the dead worker)' },
    );
    const before = await rig.invitations.list(group.id);
    assert.ok(
      before.some((r) => r.status === 'sending'),
      'the crash left an invitation under way',
    );
    assert.ok(
      before.some((r) => r.status === 'planned'),
      'the crash left invitations to send',
    );

    rig.work();
    const rows = await pollUntil(
      () => rig.invitations.list(group.id),
      (all) => all.every((r) => r.status === 'invited'),
      { what: 'every invitation sent after the resume', timeoutMs: 30_000 },
    );
    assert.equal(rows.length, GUESTS);
    for (const address of addresses) assert.equal(graph.invitationsSent.get(address), 1, address);
    const members = graph.membersOf('team-crash');
    assert.equal(members.length, GUESTS);
    assert.equal(new Set(members).size, GUESTS);
    assert.deepEqual(new Set(rows.map((r) => r.invited_user_id)), new Set(members));
  });
});
