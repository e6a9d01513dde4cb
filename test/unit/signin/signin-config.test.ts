/** The sign-in settings: a provider is on with all its settings, a half-configured one stops the start. */
import assert from 'node:assert/strict';
import { loadConfig } from '../../../shared/config/config.js';

describe('console sign-in settings', () => {
  it('has no provider and 60 min / 12 h sessions by default', () => {
    const config = loadConfig({});
    assert.deepEqual(config.signin, { providers: [], idleMs: 3_600_000, absoluteMs: 43_200_000 });
  });

  it('turns Microsoft and Slack on with their settings, Slack on its default issuer', () => {
    const config = loadConfig({
      SIGNIN_ENTRA_ISSUER: 'https://login.microsoftonline.com/t1/v2.0',
      SIGNIN_ENTRA_CLIENT_ID: 'entra-id',
      SIGNIN_ENTRA_CLIENT_SECRET: 'entra-secret',
      SIGNIN_SLACK_CLIENT_ID: 'slack-id',
      SIGNIN_SLACK_CLIENT_SECRET: 'slack-secret',
      SIGNIN_SLACK_REDIRECT_URL: 'https://relais.example.com/auth/slack/callback',
      SESSION_IDLE_MINUTES: '15',
      SESSION_MAX_HOURS: '8',
    });
    assert.deepEqual(
      config.signin.providers.map((p) => [p.name, p.issuer, p.redirectUrl]),
      [
        ['entra', 'https://login.microsoftonline.com/t1/v2.0', undefined],
        ['slack', 'https://slack.com', 'https://relais.example.com/auth/slack/callback'],
      ],
    );
    assert.equal(config.signin.idleMs, 900_000);
    assert.equal(config.signin.absoluteMs, 28_800_000);
  });

  it('refuses a half-configured provider without showing the secret', () => {
    assert.throws(
      () => loadConfig({ SIGNIN_ENTRA_CLIENT_ID: 'id', SIGNIN_ENTRA_CLIENT_SECRET: 'very-secret' }),
      (error: Error) =>
        /SIGNIN_ENTRA_CLIENT_ID="id": needs .*SIGNIN_ENTRA_ISSUER/.test(error.message) &&
        !error.message.includes('very-secret'),
    );
    assert.throws(() => loadConfig({ SIGNIN_SLACK_CLIENT_ID: 'id' }), /SIGNIN_SLACK_CLIENT_ID/);
    assert.throws(() => loadConfig({ SESSION_IDLE_MINUTES: '0' }), /SESSION_IDLE_MINUTES/);
  });
});
