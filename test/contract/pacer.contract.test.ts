/**
 * Pacer contract: the SQL pacer (SQLite, PostgreSQL) and the Redis pacer keep one budget per
 * tenant/workspace shared by every instance, pause it on a 429 for Retry-After, and halve the
 * adaptive (Slack) rate once per 429 episode. Times are only checked from below (never faster
 * than the budget): a slow machine makes these tests slower, never red.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createPacer } from '../../shared/delivery/create-pacer.js';
import type { Pacer, PacingRates } from '../../shared/delivery/pacer.js';
import type { PlatformName } from '../../shared/messaging/messenger.js';
import type { Store } from '../../shared/store/store.js';
import { type Backend, describeEachBackend } from '../harness/databases.js';

const rates: PacingRates = {
  teamsPerSecond: 20,
  slackStartPerSecond: 4,
  slackMaxPerSecond: 8,
  slackIncreasePerSecond: 0.001,
};

/** clock rounding allowance: slots are computed in microseconds, timers fire in whole ms */
const SLACK_MS = 15;

describeEachBackend('Pacer contract', (backend) => {
  const opened: Pacer[] = [];
  let store: Store;
  const prefixFor = (b: Backend) => (b.redisPrefix ? `${b.redisPrefix}:pacer:` : undefined);

  /** a pacer with its own store/connection, like another server instance */
  const instance = async (): Promise<Pacer> => {
    const b = backend();
    store = await b.openStore();
    const pacer = createPacer(store, { redisUrl: b.redisUrl, redisPrefix: prefixFor(b), rates });
    opened.push(pacer);
    return pacer;
  };

  after(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close?.()));
  });

  it('two instances share one tenant budget: 21 slots at 20/s take at least a second', async () => {
    const [a, b] = [await instance(), await instance()];
    const tenant = randomUUID();
    const started = Date.now();
    let grants = 0;
    await Promise.all(
      Array.from({ length: 21 }, (_, i) => ready(i % 2 ? a : b, 'teams', tenant).then(() => grants++)),
    );
    assert.equal(grants, 21);
    assert.ok(Date.now() - started >= 1_000 - SLACK_MS, `took ${Date.now() - started} ms`);
  });

  it('many senders per instance (slots taken several at a time) are still one slot per interval', async () => {
    const [a, b] = [await instance(), await instance()];
    const tenant = randomUUID();
    const started = Date.now();
    const grants: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        ready(i % 2 ? a : b, 'teams', tenant).then(() => grants.push(Date.now() - started)),
      ),
    );
    grants.sort((x, y) => x - y);
    // 20/s: the k-th slot is k intervals of 50 ms after the first, whichever instance took it
    for (const [k, at] of grants.entries()) assert.ok(at >= k * 50 - SLACK_MS, `grant ${k} after ${at} ms`);
  });

  it('a 429 pauses the tenant for Retry-After on every instance', async () => {
    const [a, b] = [await instance(), await instance()];
    const tenant = randomUUID();
    await ready(a, 'teams', tenant);
    const throttledAt = Date.now();
    await a.throttled('teams', tenant, 700);
    await ready(b, 'teams', tenant);
    assert.ok(Date.now() - throttledAt >= 700 - SLACK_MS, `resumed after ${Date.now() - throttledAt} ms`);
  });

  it('keeps tenants and platforms apart: a paused tenant does not pause another', async () => {
    const pacer = await instance();
    const [paused, other] = [randomUUID(), randomUUID()];
    await pacer.throttled('teams', paused, 60_000);
    // would hang for a minute (and time the test out) if the pause leaked
    await ready(pacer, 'teams', other);
    await ready(pacer, 'slack', paused);
  });

  it('halves the adaptive Slack rate once per 429 episode, and never Teams', async () => {
    const pacer = await instance();
    const workspace = randomUUID();
    await ready(pacer, 'slack', workspace);
    assert.equal(await storedRate(backend(), store, `slack:${workspace}`), 4_000);
    await pacer.throttled('slack', workspace, 200);
    assert.equal(await storedRate(backend(), store, `slack:${workspace}`), 2_000, 'halved');
    await pacer.throttled('slack', workspace, 200);
    assert.equal(await storedRate(backend(), store, `slack:${workspace}`), 2_000, 'same episode: once');
    const tenant = randomUUID();
    await ready(pacer, 'teams', tenant);
    await pacer.throttled('teams', tenant, 10);
    assert.equal(await storedRate(backend(), store, `teams:${tenant}`), 20_000, 'Teams keeps its fixed rate');
  });

  it('acquires at the halved rate after a 429: 5 Slack slots at 2/s take at least 2 s', async () => {
    const pacer = await instance();
    const workspace = randomUUID();
    await ready(pacer, 'slack', workspace);
    await pacer.throttled('slack', workspace, 1);
    const started = Date.now();
    for (let i = 0; i < 5; i++) await ready(pacer, 'slack', workspace);
    assert.ok(Date.now() - started >= 2_000 - SLACK_MS, `took ${Date.now() - started} ms`);
  });
});

/** A slot to use now: acquired, waited for and confirmed (as `paced` does before a call). */
async function ready(pacer: Pacer, platform: PlatformName, tenantId: string): Promise<void> {
  for (;;) {
    const slot = await pacer.acquire(platform, tenantId);
    if (await pacer.confirm(slot)) return;
  }
}

/** The budget's stored base rate (messages per 1000 s), read from the backend itself. */
async function storedRate(b: Backend, store: Store, key: string): Promise<number> {
  if (b.redisUrl) {
    const redis = new Redis(b.redisUrl);
    try {
      return Number(await redis.hget(`${b.redisPrefix}:pacer:${key}`, 'base'));
    } finally {
      redis.disconnect();
    }
  }
  const row = await store.db
    .selectFrom('pacer_budgets')
    .select('base_rate_milli')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return Number(row.base_rate_milli);
}
