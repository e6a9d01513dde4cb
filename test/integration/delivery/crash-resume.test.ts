/**
 * Crash resume: a Relais process killed with SIGKILL halfway through a broadcast, then started
 * again on the same database (and Redis), delivers to every remaining recipient exactly once.
 * The in-flight window: a delivery whose platform call was under way at the kill (its row is
 * `sending`, at most DELIVERY_CONCURRENCY per platform) is sent again, so it may arrive twice;
 * every other recipient gets exactly one message.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedBenchPeople } from '../../../bench/news-seed.js';
import { relaisMigrations } from '../../../shared/capabilities.js';
import { openStore } from '../../../shared/store/open-store.js';
import type { Store } from '../../../shared/store/store.js';
import { pollUntil } from '../../harness/eventually.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { describeDeliveryBackends } from './delivery-world.js';

const server = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'bench',
  'news-server.ts',
);
const RECIPIENTS = 60;

describeDeliveryBackends('Delivery: crash resume', (backendEnv) => {
  let connector: FakeTeamsConnector;
  let store: Store;
  let dataDir: string;
  const children: ChildProcess[] = [];

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-crash-'));
    connector = await startFakeTeamsConnector();
    store = await openStore({
      databaseUrl: backendEnv().DATABASE_URL,
      dataDir,
      migrations: relaisMigrations,
    });
  });
  after(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await store?.close();
    await connector?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const start = (subject: string): ChildProcess => {
    const child = spawn(process.execPath, ['--import', 'tsx', server], {
      env: {
        ...process.env,
        ...backendEnv(),
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'error',
        TEAMS_SERVICE_URL: connector.url,
        // slow enough that the kill lands halfway
        TEAMS_RATE_PER_SECOND: '10',
        DELIVERY_CONCURRENCY: '4',
        BENCH_SUBJECT: subject,
        BENCH_AUDIENCE: JSON.stringify({ everyone: true }),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };

  const sends = () =>
    connector.requests.filter(
      (r) => r.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities$/.test(r.path),
    );

  it('a worker killed mid-broadcast and restarted delivers the rest exactly once', async function () {
    this.timeout(180_000);
    const seeded = await seedBenchPeople(store, {
      teamsCount: RECIPIENTS,
      slackCount: 0,
      tenantId: `tenant-crash-${Date.now()}`,
      slackTeam: 'T0NONE',
      serviceUrl: connector.url,
    });
    const subject = `crash-${Date.now()}`;
    const first = start(subject);
    await pollUntil(
      () => sends().length,
      (n) => n >= RECIPIENTS / 3,
      { timeoutMs: 60_000, what: 'a third of the messages to go out' },
    );
    const exited = new Promise((resolve) => first.on('exit', resolve));
    first.kill('SIGKILL');
    await exited;
    const sentBeforeKill = sends().length;
    assert.ok(sentBeforeKill < RECIPIENTS, 'killed before the end');
    const inFlight = await store.db
      .selectFrom('deliveries')
      .select('conversation_id')
      .select('id')
      .where('subject_id', '=', subject)
      .where('status', '=', 'sending')
      .execute();
    assert.ok(inFlight.length <= 4, `at most DELIVERY_CONCURRENCY in flight, got ${inFlight.length}`);

    start(subject);
    const counts = await pollUntil(
      async () =>
        store.db
          .selectFrom('deliveries')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('subject_id', '=', subject)
          .groupBy('status')
          .execute(),
      (rows) => rows.length === 1 && rows[0]!.status === 'sent' && Number(rows[0]!.n) === RECIPIENTS,
      { timeoutMs: 150_000, intervalMs: 250, what: 'every delivery to be sent after the restart' },
    );
    assert.equal(Number(counts[0]!.n), RECIPIENTS);

    // every recipient got its message; only an in-flight one may have it twice
    const perConversation = new Map<string, number>();
    for (const r of sends()) {
      const id = r.path.split('/')[3]!;
      perConversation.set(id, (perConversation.get(id) ?? 0) + 1);
    }
    const inFlightRows = await store.db
      .selectFrom('deliveries')
      .select('conversation_id')
      .where('id', 'in', inFlight.length ? inFlight.map((r) => r.id) : [''])
      .execute();
    const mayRepeat = new Set(inFlightRows.map((r) => r.conversation_id));
    for (const conversationId of seeded.teamsConversationIds) {
      const n = perConversation.get(conversationId) ?? 0;
      assert.ok(n >= 1, `${conversationId} got nothing`);
      assert.ok(n === 1 || (n === 2 && mayRepeat.has(conversationId)), `${conversationId} got ${n} messages`);
    }
    const duplicates = [...perConversation.values()].reduce((a, n) => a + n - 1, 0);
    assert.ok(
      duplicates <= inFlight.length,
      `${duplicates} duplicates, ${inFlight.length} in flight at the kill`,
    );
  });
});
