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
    assert.match(message, /DATABASE_URL \(value hidden\): must start with postgres/);
  });

  it('names a variable that may carry a secret and its problem, never its value', () => {
    const secret = 'hunter2-s3cr3t';
    const bad: Record<string, string> = {
      DATABASE_URL: `mysql://relais:${secret}@db.example/relais`,
      REDIS_URL: `http://:${secret}@cache.example:6379`,
      METRICS_TOKEN: secret.slice(0, 10),
      SLACK_API_URL: `ftp://bot:${secret}@slack.example/api/`,
      POLL_ANONYMITY_KEY: secret,
    };
    const message = failure(bad);
    for (const name of Object.keys(bad)) {
      assert.match(message, new RegExp(`${name} \\(value hidden\\): \\S`), name);
    }
    assert.ok(!message.includes('hunter2'), message);
    assert.ok(!message.includes(secret.slice(0, 10)), message);
  });

  it('requires the secrets that go with a Teams or Slack identity', () => {
    assert.match(failure({ MICROSOFT_APP_ID: 'abc' }), /MICROSOFT_APP_PASSWORD/);
    assert.match(
      failure({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'p' }),
      /MICROSOFT_APP_TENANT_ID/,
    );
    assert.match(
      failure({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_TYPE: 'UserAssignedMSI' }),
      /MICROSOFT_APP_TENANT_ID: is required for a UserAssignedMSI bot/,
    );
    assert.deepEqual(
      loadConfig({
        MICROSOFT_APP_ID: 'abc',
        MICROSOFT_APP_TYPE: 'UserAssignedMSI',
        MICROSOFT_APP_TENANT_ID: 't',
      }).teams.allowedTenants,
      ['t'],
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
      SLACK_ALLOWED_TEAM_IDS: 'T0ONE, E0GRID',
    });
    assert.equal(config.port, 0);
    assert.deepEqual(config.apiKeys, ['k1', 'k2']);
    assert.equal(config.publicUrl, 'https://relais.example.com');
    assert.equal(config.slack.apiUrl, 'http://127.0.0.1:9/api/');
    assert.deepEqual(config.slack.allowedTeamIds, ['T0ONE', 'E0GRID']);
  });

  it('listens on 127.0.0.1 while Teams is unauthenticated, on every interface once it is not', () => {
    assert.equal(loadConfig({}).listenHost, '127.0.0.1');
    const teams = { MICROSOFT_APP_ID: 'a', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't' };
    assert.equal(loadConfig(teams).listenHost, '0.0.0.0');
    assert.equal(loadConfig({ HOST: '0.0.0.0' }).listenHost, '0.0.0.0', 'an explicit HOST wins');
    assert.equal(loadConfig({ ...teams, HOST: '127.0.0.1' }).listenHost, '127.0.0.1');
  });

  it('serves the bot’s own tenant (SingleTenant) plus TEAMS_ALLOWED_TENANTS', () => {
    const teams = { MICROSOFT_APP_ID: 'a', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 'home' };
    assert.deepEqual(loadConfig(teams).teams.allowedTenants, ['home']);
    assert.deepEqual(loadConfig({ ...teams, TEAMS_ALLOWED_TENANTS: 'home,sister' }).teams.allowedTenants, [
      'home',
      'sister',
    ]);
    const multi = { ...teams, MICROSOFT_APP_TYPE: 'MultiTenant' };
    assert.deepEqual(
      loadConfig(multi).teams.allowedTenants,
      [],
      'a multi-tenant bot without a list serves any',
    );
    assert.equal(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1' }).teams.allowUnauthenticated, true);
    assert.equal(loadConfig({}).teams.allowUnauthenticated, false);
    assert.match(failure({ TEAMS_ALLOW_UNAUTHENTICATED: 'yes' }), /TEAMS_ALLOW_UNAUTHENTICATED/);
  });

  describe('tab single sign-on', () => {
    const sso = {
      TAB_SSO_CLIENT_ID: 'client-1',
      TAB_SSO_ISSUER: 'https://login.microsoftonline.com/tenant-a/v2.0',
      TAB_SSO_JWKS_URL: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    };

    it('needs its three variables together, naming each missing one', () => {
      const message = failure({ TAB_SSO_CLIENT_ID: 'client-1' });
      assert.match(message, /TAB_SSO_ISSUER: is required when TAB_SSO_CLIENT_ID is set/);
      assert.match(message, /TAB_SSO_JWKS_URL: is required/);
      assert.doesNotMatch(message, /TAB_SSO_CLIENT_ID=/);
      assert.match(
        failure({ TAB_SSO_ISSUER: sso.TAB_SSO_ISSUER, TAB_SSO_JWKS_URL: sso.TAB_SSO_JWKS_URL }),
        /TAB_SSO_CLIENT_ID: is required when TAB_SSO_ISSUER and TAB_SSO_JWKS_URL are set/,
      );
      assert.equal(loadConfig(sso).tabSso.clientId, 'client-1');
      assert.equal(loadConfig({}).tabSso.clientId, undefined);
    });

    it('requires a tenant allowlist with a {tenantid} issuer, defaulting to MICROSOFT_APP_TENANT_ID', () => {
      const multi = { ...sso, TAB_SSO_ISSUER: 'https://login.microsoftonline.com/{tenantid}/v2.0' };
      assert.match(
        failure(multi),
        /TAB_SSO_ALLOWED_TENANTS: is required when TAB_SSO_ISSUER contains \{tenantid\}/,
      );
      assert.deepEqual(loadConfig({ ...multi, TAB_SSO_ALLOWED_TENANTS: 'a, b' }).tabSso.allowedTenants, [
        'a',
        'b',
      ]);
      assert.deepEqual(loadConfig({ ...multi, MICROSOFT_APP_TENANT_ID: 'home' }).tabSso.allowedTenants, [
        'home',
      ]);
      assert.deepEqual(loadConfig(sso).tabSso.allowedTenants, [], 'a fixed issuer names its tenant already');
      assert.equal(
        loadConfig({ ...sso, TAB_SSO_APP_ID_URI: 'api://relais.example.com/client-1' }).tabSso.appIdUri,
        'api://relais.example.com/client-1',
      );
    });
  });
});
