/** The pacing arithmetic: fixed Teams interval, Slack additive increase and halving, bounds. */
import assert from 'node:assert/strict';
import {
  effectiveMilli,
  halvedMilli,
  intervalUs,
  isAdaptive,
  resolveRates,
} from '../../../shared/delivery/pacer-rates.js';

describe('pacer rates', () => {
  const rates = resolveRates({ teamsPerSecond: 40, slackStartPerSecond: 2, slackMaxPerSecond: 10 });

  it('turns rates into whole messages per 1000 s and slots into microseconds, never faster', () => {
    assert.equal(rates.teamsMilli, 40_000);
    assert.equal(intervalUs(rates.teamsMilli), 25_000);
    assert.equal(intervalUs(50_000), 20_000);
    assert.ok(intervalUs(7_000) * 7 >= 1_000_000, '7/s rounds the interval up');
  });

  it('raises the Slack rate with the time since the last change, up to the maximum', () => {
    assert.equal(effectiveMilli(rates, 2_000, 0, 0), 2_000);
    assert.equal(effectiveMilli(rates, 2_000, 0, 5_000), 2_000 + 5 * rates.slackIncreaseMilli);
    assert.equal(effectiveMilli(rates, 2_000, 0, 3_600_000), 10_000, 'bounded by the maximum');
    assert.equal(effectiveMilli(rates, 2_000, 10_000, 5_000), 2_000, 'no growth during a pause');
  });

  it('halves on a 429, never below the minimum', () => {
    assert.equal(halvedMilli(rates, 8_000), 4_000);
    assert.equal(halvedMilli(rates, 300), rates.slackMinMilli);
  });

  it('adapts Slack only: Teams publishes its per-tenant rate', () => {
    assert.equal(isAdaptive('slack'), true);
    assert.equal(isAdaptive('teams'), false);
  });

  it('keeps the start within the bounds', () => {
    const odd = resolveRates({ teamsPerSecond: 1, slackStartPerSecond: 50, slackMaxPerSecond: 5 });
    assert.equal(odd.slackStartMilli, 5_000);
  });
});
