/** Pacing settings: Teams never above its 50/s per-tenant limit; Slack's start within its maximum. */
import assert from 'node:assert/strict';
import { loadConfig } from '../../../shared/config/config.js';

describe('pacing configuration', () => {
  it('defaults: Teams 40/s, Slack from 2/s up to 10/s, 16 delivery jobs at once', () => {
    const config = loadConfig({});
    assert.deepEqual(config.delivery, {
      teamsPerSecond: 40,
      slackStartPerSecond: 2,
      slackMaxPerSecond: 10,
      concurrency: 16,
    });
  });

  it('accepts up to 50/s for Teams and refuses more, naming the variable', () => {
    assert.equal(loadConfig({ TEAMS_RATE_PER_SECOND: '50' }).delivery.teamsPerSecond, 50);
    assert.throws(
      () => loadConfig({ TEAMS_RATE_PER_SECOND: '51' }),
      /TEAMS_RATE_PER_SECOND="51": must be at most 50/,
    );
    assert.throws(() => loadConfig({ TEAMS_RATE_PER_SECOND: '0' }), /TEAMS_RATE_PER_SECOND/);
  });

  it('refuses a Slack start above the Slack maximum', () => {
    assert.throws(
      () => loadConfig({ SLACK_RATE_PER_SECOND: '20', SLACK_MAX_RATE_PER_SECOND: '10' }),
      /SLACK_RATE_PER_SECOND="20": must not exceed SLACK_MAX_RATE_PER_SECOND/,
    );
  });
});
