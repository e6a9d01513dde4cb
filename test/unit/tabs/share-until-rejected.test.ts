/** The tab's shared config.json read: one request while it is pending or succeeded, a new one after a failure. */
import assert from 'node:assert/strict';
import { shareUntilRejected } from '../../../tabs/src/host/share-until-rejected.js';

describe('shareUntilRejected (the tab config read)', () => {
  it('shares one load between callers, pending and after success', async () => {
    let loads = 0;
    let release: (value: string) => void = () => undefined;
    const shared = shareUntilRejected(() => {
      loads++;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    });
    const first = shared();
    const second = shared();
    assert.equal(first, second);
    release('config');
    assert.equal(await first, 'config');
    assert.equal(await shared(), 'config');
    assert.equal(loads, 1);
  });

  it('gives every waiting caller the failure, then loads again on the next call (a retry)', async () => {
    const outcomes = [
      () => Promise.reject(new Error('config.json answered 503')),
      () => Promise.resolve('config'),
    ];
    let loads = 0;
    const shared = shareUntilRejected(() => outcomes[loads++]());
    const [a, b] = [shared(), shared()];
    await assert.rejects(a, /503/);
    await assert.rejects(b, /503/);
    assert.equal(loads, 1, 'callers of one attempt share it');
    assert.equal(await shared(), 'config', 'the retry asks again and succeeds');
    assert.equal(loads, 2);
    assert.equal(await shared(), 'config');
    assert.equal(loads, 2, 'and the success is kept');
  });
});
