/**
 * OnceGuard contract: the SQL guard on SQLite and PostgreSQL and the Redis guard give one winner
 * per key and TTL (claimChange: per key, TTL and value), also when two guards (two instances of
 * the server) race on the same backend, and leave no expired claims behind.
 */
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { createOnceGuard, DEFAULT_ONCE_PREFIX, type OnceGuard } from '../../shared/kv/once-guard.js';
import { SqlKvStore } from '../../shared/kv/sql-kv-store.js';
import type { Store } from '../../shared/store/store.js';
import { type Backend, describeEachBackend } from '../harness/databases.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachBackend('OnceGuard contract', (backend) => {
  const opened: OnceGuard[] = [];
  let counter = 0;
  /** a key no other test of this suite uses */
  const freshKey = (name: string) => `${name}-${counter++}`;

  /** keys of this suite stay under the harness's Redis prefix, so its cleanup deletes them */
  const prefixFor = (b: Backend) => (b.redisPrefix ? `${b.redisPrefix}:once:` : DEFAULT_ONCE_PREFIX);

  /** a guard with its own store (its own connection or pool), like another server instance */
  const instance = async (): Promise<OnceGuard> => {
    const b = backend();
    const guard = createOnceGuard(await b.openStore(), { redisUrl: b.redisUrl, prefix: prefixFor(b) });
    opened.push(guard);
    return guard;
  };

  after(async () => {
    await Promise.all(opened.splice(0).map((guard) => guard.close?.()));
  });

  it('gives the first claim, refuses the second', async () => {
    const guard = await instance();
    const key = freshKey('first');
    assert.equal(await guard.claim(key, 60_000), true);
    assert.equal(await guard.claim(key, 60_000), false);
    assert.equal(await guard.claim(key, 60_000), false);
  });

  it('gives the key again once the TTL has passed, then refuses again', async () => {
    const guard = await instance();
    const key = freshKey('ttl');
    // long enough to still hold after a round trip on a loaded machine
    const ttlMs = 1_000;
    assert.equal(await guard.claim(key, ttlMs), true);
    assert.equal(await guard.claim(key, ttlMs), false, 'still inside the TTL');
    await sleep(ttlMs + 250);
    assert.equal(await guard.claim(key, 60_000), true, 'the expired claim is taken over');
    assert.equal(await guard.claim(key, 60_000), false, 'and the new TTL holds');
  });

  it('keeps keys independent', async () => {
    const guard = await instance();
    const a = freshKey('a');
    const b = freshKey('b');
    assert.equal(await guard.claim(a, 60_000), true);
    assert.equal(await guard.claim(b, 60_000), true);
    assert.equal(await guard.claim(a, 60_000), false);
    assert.equal(await guard.claim(b, 60_000), false);
    // keys differing only in case are different keys (SQLite's LIKE would not think so)
    assert.equal(await guard.claim(a.toUpperCase(), 60_000), true);
  });

  it('gives exactly one of 50 concurrent claims from two instances', async () => {
    const guards = [await instance(), await instance()];
    const key = freshKey('race');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => guards[i % 2].claim(key, 60_000)));
    assert.equal(results.filter(Boolean).length, 1);
  });

  it('gives exactly one of 50 concurrent claims on an expired key from two instances', async () => {
    // on SQL this is the UPDATE branch of the upsert: both instances see the expired row
    const guards = [await instance(), await instance()];
    const key = freshKey('expired-race');
    assert.equal(await guards[0].claim(key, 50), true);
    await sleep(120);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => guards[i % 2].claim(key, 60_000)));
    assert.equal(results.filter(Boolean).length, 1);
  });

  describe('claimChange', () => {
    it('refuses only the value the key holds: A, B, A pass, A, A does not', async () => {
      const guard = await instance();
      const key = freshKey('change');
      assert.equal(await guard.claimChange(key, 'A', 60_000), true, 'a free key');
      assert.equal(await guard.claimChange(key, 'A', 60_000), false, 'the same value again');
      assert.equal(await guard.claimChange(key, 'B', 60_000), true, 'another value takes it over');
      assert.equal(await guard.claimChange(key, 'A', 60_000), true, 'and back: B is what it holds now');
      assert.equal(await guard.claimChange(key, 'A', 60_000), false);
      assert.equal(await guard.claimChange(freshKey('change-other'), 'A', 60_000), true, 'keys independent');
    });

    it('gives the same value again once the TTL has passed', async () => {
      const guard = await instance();
      const key = freshKey('change-ttl');
      const ttlMs = 1_000;
      assert.equal(await guard.claimChange(key, 'A', ttlMs), true);
      await sleep(ttlMs + 250);
      assert.equal(await guard.claimChange(key, 'A', 60_000), true);
      assert.equal(await guard.claimChange(key, 'A', 60_000), false);
    });

    it('gives exactly one of 50 concurrent equal claims from two instances', async () => {
      const guards = [await instance(), await instance()];
      const key = freshKey('change-race');
      assert.equal(await guards[0].claimChange(key, 'before', 60_000), true);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => guards[i % 2].claimChange(key, 'after', 60_000)),
      );
      assert.equal(results.filter(Boolean).length, 1);
    });

    it('mixes with plain claims in one claimAll batch, each by its own rule', async () => {
      const guard = await instance();
      assert.ok(guard.claimAll, 'the guard claims several keys at once');
      const [plain, chosen] = [freshKey('batch-plain'), freshKey('batch-chosen')];
      const batch = (value: string) => [
        { key: plain, ttlMs: 60_000 },
        { key: chosen, ttlMs: 60_000, value },
      ];
      assert.deepEqual(await guard.claimAll(batch('A')), [true, true]);
      assert.deepEqual(await guard.claimAll(batch('A')), [false, false]);
      assert.deepEqual(await guard.claimAll(batch('B')), [false, true], 'a plain claim is never taken over');
      assert.equal(await guard.claimChange(chosen, 'B', 60_000), false);
    });

    it('refuses an empty key and a TTL that is not positive', async () => {
      const guard = await instance();
      await assert.rejects(guard.claimChange('', 'A', 1_000), /key must not be empty/);
      await assert.rejects(guard.claimChange(freshKey('change-zero'), 'A', 0), /ttlMs must be a positive/);
    });
  });

  it('refuses an empty key and a TTL that is not positive', async () => {
    const guard = await instance();
    await assert.rejects(guard.claim('', 1_000), /key must not be empty/);
    await assert.rejects(guard.claim(freshKey('zero'), 0), /ttlMs must be a positive/);
    await assert.rejects(guard.claim(freshKey('nan'), Number.NaN), /ttlMs must be a positive/);
  });

  it('leaves no expired claim behind', async () => {
    const b = backend();
    const guard = await instance();
    const key = freshKey('swept');
    assert.equal(await guard.claim(key, 50), true);
    await sleep(120);
    if (b.kind === 'redis') {
      // Redis expires the key itself
      const client = new Redis(b.redisUrl!, { maxRetriesPerRequest: 1 });
      try {
        assert.equal(await client.exists(prefixFor(b) + key), 0);
      } finally {
        await client.quit();
      }
      return;
    }
    // on SQL, the kv sweeper (run by the core's keyv) deletes by expiry in every key space
    const store: Store = await b.openStore();
    const live = () =>
      store.db
        .selectFrom('kv')
        .select('key')
        .where('key', '=', prefixFor(b) + key)
        .executeTakeFirst();
    assert.ok(await live(), 'the expired claim is still there before the sweep');
    const sweeper = new SqlKvStore(store, { sweepIntervalMs: 60_000 });
    try {
      assert.ok((await sweeper.sweepExpired()) >= 1);
    } finally {
      await sweeper.disconnect();
    }
    assert.equal(await live(), undefined);
  });
});
