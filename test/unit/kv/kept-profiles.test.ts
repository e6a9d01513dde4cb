/**
 * The in-memory copy of the profiles kept in keyv: read from the kv once, then from memory until
 * the row expires or its maximum age, never past a write, delete or clear of the key on this
 * instance, and bounded in size.
 */
import assert from 'node:assert/strict';
import Keyv from 'keyv';
import { createKeptProfiles } from '../../../shared/kv/kept-profiles.js';

/** a keyv over a Map whose reads are counted */
function countedKv() {
  const map = new Map<string, unknown>();
  const reads = { n: 0 };
  const store = {
    get: (key: string) => {
      reads.n += 1;
      return map.get(key);
    },
    set: (key: string, value: unknown) => void map.set(key, value),
    delete: (key: string) => map.delete(key),
    clear: () => map.clear(),
  };
  return { kv: new Keyv({ store, namespace: 'test' }), reads };
}

describe('Kept profiles', () => {
  it('reads a row from the kv once, then from memory', async () => {
    const { kv, reads } = countedKv();
    await kv.set('p:1', { email: 'ana@x.example' }, 60_000);
    const kept = createKeptProfiles(kv);
    assert.deepEqual(await kept.get('p:1'), { email: 'ana@x.example' });
    assert.deepEqual(await kept.get('p:1'), { email: 'ana@x.example' });
    assert.equal(reads.n, 1);
    assert.equal(await kept.get('p:2'), undefined);
    assert.equal(await kept.get('p:2'), undefined);
    assert.equal(
      reads.n,
      3,
      'a missing row is asked again: the lookup that fills it may be on another instance',
    );
  });

  it('keeps a copy no longer than its row, nor than its maximum age', async () => {
    const { kv, reads } = countedKv();
    const start = Date.now();
    let now = start;
    const kept = createKeptProfiles(kv, { now: () => now, maxAgeMs: 10_000 });
    await kv.set('short', 'a', 1_000);
    await kv.set('long', 'b', 60_000);
    await kept.get('short');
    await kept.get('long');
    now = start + 1_001;
    await kept.get('short');
    await kept.get('long');
    assert.equal(reads.n, 3, 'the short row expired: read again; the long one is still kept');
    now = start + 10_001;
    await kept.get('long');
    assert.equal(reads.n, 4, 'past its maximum age the long row is read again');
  });

  it('forgets a key written, deleted or cleared through the same keyv', async () => {
    const { kv, reads } = countedKv();
    const kept = createKeptProfiles(kv);
    await kv.set('p:1', 'old', 60_000);
    assert.equal(await kept.get('p:1'), 'old');
    await kv.set('p:1', 'new', 60_000);
    assert.equal(await kept.get('p:1'), 'new');
    await kv.delete('p:1');
    assert.equal(await kept.get('p:1'), undefined);
    await kept.set('p:1', 'mine', 60_000);
    assert.equal(await kept.get('p:1'), 'mine');
    await kv.clear();
    assert.equal(await kept.get('p:1'), undefined);
    assert.ok(reads.n >= 3);
  });

  it('keeps nothing from a read that a write overtook', async () => {
    const { kv } = countedKv();
    const kept = createKeptProfiles(kv);
    await kv.set('p:1', 'old', 60_000);
    const reading = kept.get('p:1');
    await kv.set('p:1', 'new', 60_000);
    await reading;
    assert.equal(await kept.get('p:1'), 'new');
  });

  it('drops the oldest copy past its size', async () => {
    const { kv, reads } = countedKv();
    const kept = createKeptProfiles(kv, { maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await kept.set(key, key, 60_000);
    const before = reads.n;
    assert.equal(await kept.get('c'), 'c');
    assert.equal(await kept.get('b'), 'b');
    assert.equal(reads.n, before, 'the two newest are kept');
    assert.equal(await kept.get('a'), 'a');
    assert.equal(reads.n, before + 1, 'the oldest was dropped and read again');
  });
});
