import assert from 'node:assert/strict';
import { loadConfig } from '../../../shared/config/config.js';
import { AppError } from '../../../shared/errors/errors.js';

const failure = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'config_invalid');
    return error.message;
  }
  assert.fail('expected the configuration to be rejected');
};

describe('configuration', () => {
  it('starts on embedded defaults with no variable set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.publicUrl, 'http://localhost:3978');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.redisUrl, undefined);
    assert.equal(config.defaultLocale, 'fr');
    assert.equal(config.slack.enabled, false);
    assert.equal(config.teams.appId, undefined);
    assert.equal(config.teams.serviceUrl, 'https://smba.trafficmanager.net/teams/');
    assert.equal(config.slack.apiUrl, 'https://slack.com/api/');
    assert.deepEqual(config.apiKeys, []);
  });

  it('names each bad variable and its value', () => {
    const message = failure({ PORT: 'eighty', DEFAULT_LOCALE: 'de', DATABASE_URL: 'mysql://x' });
    assert.match(message, /PORT="eighty"/);
    assert.match(message, /DEFAULT_LOCALE="de"/);
    assert.match(message, /DATABASE_URL="mysql:\/\/x": must start with postgres/);
  });

  it('requires the secrets that go with a Teams or Slack identity', () => {
    assert.match(failure({ MICROSOFT_APP_ID: 'abc' }), /MICROSOFT_APP_PASSWORD/);
    assert.match(
      failure({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'p' }),
      /MICROSOFT_APP_TENANT_ID/,
    );
    assert.match(failure({ SLACK_BOT_TOKEN: 'xoxb-1' }), /SLACK_SIGNING_SECRET/);
    assert.match(
      failure({ SLACK_CLIENT_ID: '1.2', SLACK_SIGNING_SECRET: 's' }),
      /SLACK_CLIENT_ID.*SLACK_CLIENT_SECRET/,
    );
  });

  it('reads lists, URLs and numbers', () => {
    const config = loadConfig({
      PORT: '0',
      RELAIS_API_KEYS: ' k1, k2 ,,',
      PUBLIC_URL: 'https://relais.example.com/',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      TEAMS_RATE_PER_SECOND: '50',
    });
    assert.equal(config.port, 0);
    assert.deepEqual(config.apiKeys, ['k1', 'k2']);
    assert.equal(config.publicUrl, 'https://relais.example.com');
    assert.equal(config.slack.apiUrl, 'http://127.0.0.1:9/api/');
    assert.equal(config.teams.ratePerSecond, 50);
    assert.match(failure({ TEAMS_RATE_PER_SECOND: '51' }), /TEAMS_RATE_PER_SECOND/);
  });
});
