/**
 * The Teams install's Graph budget (TEAMS_INSTALL_RATE_PER_SECOND) is one budget per tenant in
 * the pacer's store, shared by every instance like the send budgets: two pacer clients on one
 * store (SQLite, PostgreSQL, Redis), each with its own Graph pacer, never go above the rate
 * together, and a 429 one of them sees voids the slots the other was granted, so nothing starts
 * during Retry-After. The Graph budget stays apart from the Teams send budget of the same tenant.
 * On a clock the test moves by hand: only the clock's times are asserted, so a loaded machine
 * changes nothing.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createPacer } from '../../shared/delivery/create-pacer.js';
import type { Pacer, PacingRates } from '../../shared/delivery/pacer.js';
import { createGraphPacer, type GraphPacer } from '../../shared/directory/graph-pacer.js';
import { describeEachBackend } from '../harness/databases.js';
import { pollUntil } from '../harness/eventually.js';
import { FakeClock } from '../harness/fake-clock.js';

const rates: PacingRates = {
  teamsPerSecond: 20,
  slackStartPerSecond: 4,
  slackMaxPerSecond: 8,
  // every test's requests fit in the pacer's 1 s reserve window: each waits for its own slot
  graphPerSecond: 40,
};
const GRAPH_INTERVAL_MS = 25;

describeEachBackend('Graph install budget shared by instances', (backend) => {
  const opened: Pacer[] = [];

  /** a pacer client with its own store/connection, like another server instance */
  const instance = async (clock: FakeClock): Promise<Pacer> => {
    const b = backend();
    const store = await b.openStore();
    const pacer = createPacer(store, {
      redisUrl: b.redisUrl,
      redisPrefix: b.redisPrefix ? `${b.redisPrefix}:pacer:` : undefined,
      rates,
      clock,
    });
    opened.push(pacer);
    return pacer;
  };

  after(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close?.()));
  });

  it('two instances installing at once stay within one 40/s budget together', async () => {
    const clock = new FakeClock();
    const tenant = randomUUID();
    const [a, b] = [await instance(clock), await instance(clock)];
    const calls: number[] = [];
    const request = (graph: GraphPacer) => graph.slot().then(() => calls.push(clock.now()));
    const graphs = [createGraphPacer(a, tenant), createGraphPacer(b, tenant)];
    const requests = Array.from({ length: 24 }, (_, i) => request(graphs[i % 2]!));
    await drive(clock, () => 24 - calls.length);
    await Promise.all(requests);
    assert.equal(calls.length, 24);
    assertWithinBudget(calls, GRAPH_INTERVAL_MS);
    // 24 requests at 40/s span at least 23 intervals, whichever instance made them
    const span = Math.max(...calls) - Math.min(...calls);
    assert.ok(span >= 23 * GRAPH_INTERVAL_MS, `24 requests within ${span} ms`);
  });

  for (const where of ['the same instance', 'another instance']) {
    it(`a 429 seen on ${where} voids the Graph slots granted: nothing starts during Retry-After`, async () => {
      const clock = new FakeClock();
      const tenant = randomUUID();
      const holder = await instance(clock);
      const seer = where === 'the same instance' ? holder : await instance(clock);
      const graph = createGraphPacer(holder, tenant);
      const calls: number[] = [];
      await graph.slot().then(() => calls.push(clock.now()));
      const waiting = Array.from({ length: 3 }, () => graph.slot().then(() => calls.push(clock.now())));
      await pollUntil(
        () => clock.sleeping,
        (n) => n === 3,
        { what: 'three requests waiting for their slots' },
      );
      const throttledAt = clock.now();
      await createGraphPacer(seer, tenant).pause(500);
      await drive(clock, () => 4 - calls.length);
      await Promise.all(waiting);
      for (const at of calls.slice(1))
        assert.ok(at - throttledAt >= 500, `a request ${at - throttledAt} ms after the 429`);
      assertWithinBudget(calls.slice(1), GRAPH_INTERVAL_MS);
    });
  }

  it('keeps the Graph budget apart from the Teams sends of the same tenant', async () => {
    const clock = new FakeClock();
    const pacer = await instance(clock);
    // a paused budget would hold the other one for a minute (and time the test out) if they were one
    const graphPaused = randomUUID();
    await createGraphPacer(pacer, graphPaused).pause(60_000);
    const slot = await pacer.acquire('teams', graphPaused);
    assert.equal(await pacer.confirm(slot), true);
    const teamsPaused = randomUUID();
    await pacer.throttled('teams', teamsPaused, 60_000);
    await createGraphPacer(pacer, teamsPaused).slot();
  });
});

/**
 * Moves the clock to the next wake-up each time every unfinished request waits on it (for its
 * slot), so what the backend does between two wake-ups takes no time on this clock.
 */
async function drive(clock: FakeClock, unfinished: () => number): Promise<void> {
  for (;;) {
    await pollUntil(
      () => clock.sleeping,
      (n) => unfinished() === 0 || n === unfinished(),
      { what: 'every unfinished request waiting for its slot' },
    );
    if (unfinished() === 0) return;
    clock.advanceToNext();
  }
}

/** At most one request more than the rate in any second, never more than two within one interval. */
function assertWithinBudget(calls: number[], intervalMs: number): void {
  const times = [...calls].sort((x, y) => x - y);
  const perSecond = 1000 / intervalMs;
  for (const t of times) {
    const inInterval = times.filter((u) => u >= t && u < t + intervalMs).length;
    const inSecond = times.filter((u) => u >= t && u < t + 1000).length;
    assert.ok(inInterval <= 2, `${inInterval} requests within ${intervalMs} ms of ${t}: ${times.join(', ')}`);
    assert.ok(inSecond <= perSecond + 1, `${inSecond} requests within 1 s of ${t}`);
  }
}
