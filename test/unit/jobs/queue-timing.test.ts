/** Backoff arithmetic and timing validation of the job queues. */
import assert from 'node:assert/strict';
import { DEFAULT_QUEUE_TIMING, resolveTiming, retryDelayMs } from '../../../shared/jobs/queue-timing.js';

describe('retryDelayMs', () => {
  it('doubles the base per failure and draws from the upper half', () => {
    assert.equal(
      retryDelayMs(1_000, 1, () => 0),
      500,
    );
    assert.equal(
      retryDelayMs(1_000, 1, () => 0.999_999),
      999,
    );
    assert.equal(
      retryDelayMs(1_000, 2, () => 0),
      1_000,
    );
    assert.equal(
      retryDelayMs(1_000, 4, () => 0),
      4_000,
    );
    assert.equal(
      retryDelayMs(1_000, 4, () => 0.5),
      6_000,
    );
  });

  it('stays within [ceiling/2, ceiling) for random draws', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const ceiling = 250 * 2 ** (attempt - 1);
      for (let i = 0; i < 200; i++) {
        const delay = retryDelayMs(250, attempt);
        assert.ok(delay >= ceiling / 2 && delay < ceiling, `attempt ${attempt}: ${delay}`);
      }
    }
  });

  it('is zero for a zero base', () => {
    assert.equal(retryDelayMs(0, 3), 0);
  });
});

describe('resolveTiming', () => {
  it('fills defaults and keeps overrides', () => {
    assert.deepEqual(resolveTiming(), DEFAULT_QUEUE_TIMING);
    assert.equal(resolveTiming({ leaseMs: 500 }).leaseMs, 500);
    assert.equal(resolveTiming({ leaseMs: 500 }).pollIntervalMs, DEFAULT_QUEUE_TIMING.pollIntervalMs);
  });

  it('rejects non-positive or non-finite values, naming them', () => {
    assert.throws(() => resolveTiming({ leaseMs: 0 }), /leaseMs/);
    assert.throws(() => resolveTiming({ pollIntervalMs: Number.NaN }), /pollIntervalMs/);
  });
});
