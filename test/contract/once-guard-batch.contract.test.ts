/**
 * OnceGuard.claimAll on SQLite, PostgreSQL and Redis: several claims in one round trip, each won
 * or lost as claim() would, also when two instances race on the same keys.
 */
import assert from 'node:assert/strict';
import { createOnceGuard, DEFAULT_ONCE_PREFIX, type OnceGuard } from '../../shared/kv/once-guard.js';
import { type Backend, describeEachBackend } from '../harness/databases.js';

describeEachBackend('OnceGuard claimAll contract', (backend) => {
  const opened: OnceGuard[] = [];
  let counter = 0;
  const freshKey = (name: string) => `batch-${name}-${Date.now()}-${counter++}`;
  const prefixFor = (b: Backend) => (b.redisPrefix ? `${b.redisPrefix}:once:` : DEFAULT_ONCE_PREFIX);
  const instance = async () => {
    const b = backend();
    const guard = createOnceGuard(await b.openStore(), { redisUrl: b.redisUrl, prefix: prefixFor(b) });
    opened.push(guard);
    assert.ok(guard.claimAll, 'the guard claims several keys at once');
    return guard as Required<OnceGuard>;
  };
  after(async () => {
    await Promise.all(opened.splice(0).map((guard) => guard.close?.()));
  });

  it('wins each new key once, and loses keys already claimed, alone or in a batch', async () => {
    const guard = await instance();
    const [a, b, c] = [freshKey('a'), freshKey('b'), freshKey('c')];
    assert.equal(await guard.claim(b, 60_000), true);
    assert.deepEqual(
      await guard.claimAll([
        { key: a, ttlMs: 60_000 },
        { key: b, ttlMs: 60_000 },
        { key: c, ttlMs: 2_000 },
      ]),
      [true, false, true],
    );
    assert.deepEqual(
      await guard.claimAll([
        { key: a, ttlMs: 60_000 },
        { key: c, ttlMs: 60_000 },
      ]),
      [false, false],
    );
    assert.equal(await guard.claim(c, 60_000), false);
  });

  it('loses a key repeated in one batch after its first', async () => {
    const guard = await instance();
    const key = freshKey('twice');
    assert.deepEqual(
      await guard.claimAll([
        { key, ttlMs: 60_000 },
        { key, ttlMs: 60_000 },
      ]),
      [true, false],
    );
  });

  it('gives each key to exactly one of 20 concurrent batches from two instances', async () => {
    const [one, two] = [await instance(), await instance()];
    const keys = [freshKey('race-a'), freshKey('race-b')];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? one : two).claimAll(keys.map((key) => ({ key, ttlMs: 60_000 }))),
      ),
    );
    for (const [k] of keys.entries()) {
      assert.equal(answers.filter((won) => won[k]).length, 1, `one winner for ${keys[k]}`);
    }
  });

  it('refuses an empty key and a TTL that is not positive', async () => {
    const guard = await instance();
    await assert.rejects(guard.claimAll([{ key: '', ttlMs: 1_000 }]));
    await assert.rejects(guard.claimAll([{ key: freshKey('ttl'), ttlMs: 0 }]));
  });
});
