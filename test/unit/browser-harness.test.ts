/** The browser suites never pass silently without Chromium when CI requires every service. */
import assert from 'node:assert/strict';
import { chromiumVerdict } from '../browser/chromium.js';

describe('browser suites without Chromium', () => {
  const missing = () => false;

  it('run when Chromium is there', () => {
    assert.deepEqual(
      chromiumVerdict('/usr/bin/chromium', true, () => true),
      { run: true },
    );
  });

  it('skip visibly on a developer machine', () => {
    const verdict = chromiumVerdict('/nowhere/chromium', false, missing);
    assert.equal(verdict.run, false);
    assert.equal(!verdict.run && verdict.fail, false);
  });

  it('fail under RELAIS_REQUIRE_SERVICES=1', () => {
    const verdict = chromiumVerdict('/nowhere/chromium', true, missing);
    assert.ok(!verdict.run && verdict.fail);
    assert.match(!verdict.run ? verdict.reason : '', /\/nowhere\/chromium/);
  });
});
