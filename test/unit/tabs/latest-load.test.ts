/** The console's data loading: only the latest request's answer counts, and none after the page closed. */
import assert from 'node:assert/strict';
import { type LoadOutcome, latestLoad } from '../../../tabs/src/api/latest-load.js';

/** A load whose answer the test releases when it wants, recording the signal it was given. */
function controllable<T>() {
  const calls: { signal: AbortSignal; answer(value: T): void; fail(error: Error): void }[] = [];
  const load = (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ signal, answer: resolve, fail: reject });
    });
  return { load, calls };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('latestLoad (the rule behind useLoad)', () => {
  it('delivers the answer of the only run', async () => {
    const seen: LoadOutcome<string>[] = [];
    const loader = latestLoad<string>((outcome) => seen.push(outcome));
    const { load, calls } = controllable<string>();
    loader.run(load);
    calls[0].answer('news 1');
    await settle();
    assert.deepEqual(seen, [{ data: 'news 1' }]);
  });

  it('ignores a late answer for the previous key and aborts its request', async () => {
    const seen: LoadOutcome<string>[] = [];
    const loader = latestLoad<string>((outcome) => seen.push(outcome));
    const { load, calls } = controllable<string>();
    loader.run(load);
    loader.run(load);
    assert.equal(calls[0].signal.aborted, true);
    assert.equal(calls[1].signal.aborted, false);
    calls[1].answer('second');
    calls[0].answer('first, late');
    await settle();
    assert.deepEqual(seen, [{ data: 'second' }]);
  });

  it('delivers nothing after stop (the page closed), and aborts the request in flight', async () => {
    const seen: LoadOutcome<string>[] = [];
    const loader = latestLoad<string>((outcome) => seen.push(outcome));
    const { load, calls } = controllable<string>();
    loader.run(load);
    loader.stop();
    assert.equal(calls[0].signal.aborted, true);
    calls[0].answer('too late');
    await settle();
    assert.deepEqual(seen, []);
  });

  it('delivers a failure as an Error, also when the load throws at once', async () => {
    const seen: LoadOutcome<string>[] = [];
    const loader = latestLoad<string>((outcome) => seen.push(outcome));
    const { load, calls } = controllable<string>();
    loader.run(load);
    calls[0].fail(new Error('503'));
    await settle();
    loader.run(() => {
      throw 'no credential';
    });
    await settle();
    assert.equal(seen.length, 2);
    assert.ok('error' in seen[0] && seen[0].error.message === '503');
    assert.ok(
      'error' in seen[1] && seen[1].error instanceof Error && seen[1].error.message === 'no credential',
    );
  });
});
