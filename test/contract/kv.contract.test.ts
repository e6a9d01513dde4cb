/**
 * keyv contract: the SQL adapter on SQLite and PostgreSQL and @keyv/redis behave alike for what
 * the core relies on (dedupe keys, caches, Slack installations).
 */
import assert from 'node:assert/strict';
import type Keyv from 'keyv';
import { createKv } from '../../shared/kv/create-kv.js';
import { SqlKvStore } from '../../shared/kv/sql-kv-store.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachBackend, describeEachStore } from '../harness/databases.js';
import { pollUntil } from '../harness/eventually.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * TTLs long enough that a value is certainly still there after a few database round trips on a
 * loaded CI machine; expiry is then awaited by polling, so a passing run waits about one TTL.
 */
const SHORT_TTL_MS = 1_000;

describeEachBackend('keyv contract', (backend) => {
  let store: Store;
  const opened: Keyv[] = [];
  let counter = 0;

  /** a Keyv with a namespace unique to this test (and to this suite's Redis prefix) */
  const kv = (namespace = `ns${counter++}`): Keyv => {
    const b = backend();
    const instance = createKv(store, {
      redisUrl: b.redisUrl,
      namespace: b.redisPrefix ? `${b.redisPrefix}-${namespace}` : namespace,
    });
    opened.push(instance);
    return instance;
  };

  before(async () => {
    store = await backend().openStore();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((instance) => instance.disconnect()));
  });

  it('sets, gets, overwrites and deletes a value', async () => {
    const k = kv();
    assert.equal(await k.get('missing'), undefined);
    await k.set('a', { n: 1, s: 'é' });
    assert.deepEqual(await k.get('a'), { n: 1, s: 'é' });
    await k.set('a', 'second');
    assert.equal(await k.get('a'), 'second');
    assert.equal(await k.has('a'), true);
    assert.equal(await k.delete('a'), true);
    assert.equal(await k.delete('a'), false);
    assert.equal(await k.get('a'), undefined);
  });

  it('expires values after their TTL', async () => {
    const k = kv();
    await k.set('short', 'v', SHORT_TTL_MS);
    await k.set('long', 'v', 60_000);
    await k.set('forever', 'v');
    assert.equal(await k.get('short'), 'v');
    await sleep(SHORT_TTL_MS);
    await pollUntil(
      () => k.get('short'),
      (value) => value === undefined,
      { what: 'the short value to expire' },
    );
    assert.equal(await k.has('short'), false);
    assert.equal(await k.get('long'), 'v');
    assert.equal(await k.get('forever'), 'v');
  });

  it('a later set without TTL clears an earlier TTL', async () => {
    const k = kv();
    await k.set('key', 'temporary', SHORT_TTL_MS);
    await k.set('key', 'permanent');
    await sleep(SHORT_TTL_MS + 500);
    assert.equal(await k.get('key'), 'permanent');
  });

  it('keeps namespaces apart, clear() included', async () => {
    const alice = kv('alice');
    const bob = kv('bob');
    // a namespace differing only in case must be a different key space too
    const upper = kv('ALICE');
    await alice.set('profile', 'alice');
    await bob.set('profile', 'bob');
    await upper.set('profile', 'upper');
    assert.equal(await alice.get('profile'), 'alice');
    assert.equal(await bob.get('profile'), 'bob');
    await alice.clear();
    assert.equal(await alice.get('profile'), undefined);
    assert.equal(await bob.get('profile'), 'bob');
    assert.equal(await upper.get('profile'), 'upper');
  });

  it('iterates over its own namespace only, skipping expired keys', async () => {
    const mine = kv('iter-mine');
    const other = kv('iter-other');
    await mine.set('a', 1);
    await mine.set('b', 2);
    await mine.set('gone', 3, 50);
    await other.set('c', 3);
    await sleep(120);
    assert.ok(mine.iterator, 'the adapter is iterable');
    const seen: Array<[string, unknown]> = [];
    for await (const [key, value] of mine.iterator(mine.namespace)) seen.push([key, value]);
    assert.deepEqual(
      seen.sort(([x], [y]) => x.localeCompare(y)),
      [
        ['a', 1],
        ['b', 2],
      ],
    );
  });

  it('reads and writes many keys at once', async () => {
    const k = kv();
    await k.setMany([
      { key: 'x', value: 1 },
      { key: 'y', value: 2, ttl: SHORT_TTL_MS },
    ]);
    assert.deepEqual(await k.getMany(['x', 'y', 'z']), [1, 2, undefined]);
    await sleep(SHORT_TTL_MS);
    await pollUntil(
      () => k.getMany(['x', 'y']),
      (values) => values[1] === undefined,
      { what: 'y to expire' },
    );
    assert.deepEqual(await k.getMany(['x', 'y']), [1, undefined]);
  });

  it('stores large values intact', async () => {
    const k = kv();
    const large = { text: 'é€'.repeat(300_000), list: Array.from({ length: 5_000 }, (_, i) => i) };
    await k.set('large', large);
    assert.deepEqual(await k.get('large'), large);
  });

  it('keeps one value per key under concurrent sets', async () => {
    const k = kv();
    const writers = Array.from({ length: 40 }, (_, i) => k.set('contended', i));
    const results = await Promise.all(writers);
    assert.ok(results.every((ok) => ok === true));
    const value = await k.get('contended');
    assert.equal(typeof value, 'number');
    assert.ok(value >= 0 && value < 40);
    await Promise.all(Array.from({ length: 40 }, (_, i) => k.set(`distinct-${i}`, i)));
    assert.deepEqual(
      await k.getMany(Array.from({ length: 40 }, (_, i) => `distinct-${i}`)),
      Array.from({ length: 40 }, (_, i) => i),
    );
  });
});

// the SQL store only: Redis expires keys itself
describeEachStore('SqlKvStore sweeper', (backend) => {
  it('deletes expired rows from the table', async () => {
    const store = await backend().openStore();
    const adapter = new SqlKvStore(store, { sweepIntervalMs: 50 });
    adapter.namespace = 'sweep';
    try {
      await adapter.set('sweep:gone', '"v"', 50);
      await adapter.set('sweep:kept', '"v"');
      // the sweeper runs on its own timer: poll until it has removed the expired row
      const rows = await pollUntil(
        () => store.db.selectFrom('kv').select('key').where('key', 'like', 'sweep:%').execute(),
        (found) => !found.some((r) => r.key === 'sweep:gone'),
        { what: 'the sweeper to delete sweep:gone' },
      );
      assert.deepEqual(
        rows.map((r) => r.key),
        ['sweep:kept'],
      );
    } finally {
      await adapter.disconnect();
    }
  });
});
