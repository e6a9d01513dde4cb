/** Cache TTLs that end on a whole period, so a row naming a person does not store when they acted. */
import assert from 'node:assert/strict';
import { ttlToBoundary } from '../../../shared/kv/boundary-ttl.js';

describe('TTL to a boundary', () => {
  it('ends on a whole day or hour, one to two periods away, whatever the moment', () => {
    const day = 24 * 60 * 60 * 1000;
    const hour = 60 * 60 * 1000;
    const moments = [
      Date.UTC(2026, 11, 6, 23, 17, 5, 123),
      Date.UTC(2026, 11, 7, 0, 0, 0, 0),
      Date.UTC(2026, 0, 1, 12),
    ];
    for (const now of moments) {
      for (const period of [day, hour]) {
        const ttl = ttlToBoundary(now, period);
        assert.equal((now + ttl) % period, 0, 'ends on a boundary');
        assert.ok(ttl > period && ttl <= 2 * period, 'after one to two periods');
      }
    }
    // two people acting at different moments of one day get the same expiry
    assert.equal(
      moments[0] + ttlToBoundary(moments[0], day),
      Date.UTC(2026, 11, 6, 22) + ttlToBoundary(Date.UTC(2026, 11, 6, 22), day),
    );
  });
});
