import assert from 'node:assert/strict';
import { loadConfig } from '../../../shared/config/config.js';

const entra = {
  DIRECTORY_SOURCES: 'entra',
  MICROSOFT_APP_TENANT_ID: 'tenant-1',
  DIRECTORY_CLIENT_ID: 'client',
  DIRECTORY_CLIENT_SECRET: 'secret',
};

const slack = { DIRECTORY_SOURCES: 'slack', SLACK_BOT_TOKEN: 'xoxb-org', SLACK_SIGNING_SECRET: 'secret' };

describe('directory settings', () => {
  it('is off without DIRECTORY_SOURCES, with Microsoft’s URLs and an hourly sync by default', () => {
    const { directory } = loadConfig({});
    assert.deepEqual(directory.sources, []);
    assert.equal(directory.graphApiUrl, 'https://graph.microsoft.com/v1.0');
    assert.equal(directory.authorityUrl, 'https://login.microsoftonline.com');
    assert.equal(directory.syncIntervalMs, 3_600_000);
    assert.equal(directory.siteAttribute, 'officeLocation');
  });

  it('uses the bot’s Entra app unless DIRECTORY_CLIENT_ID names another', () => {
    const bot = loadConfig({
      DIRECTORY_SOURCES: 'entra',
      MICROSOFT_APP_ID: 'bot-app',
      MICROSOFT_APP_PASSWORD: 'bot-secret',
      MICROSOFT_APP_TENANT_ID: 'tenant-1',
    }).directory;
    assert.deepEqual([bot.clientId, bot.clientSecretSetting], ['bot-app', 'MICROSOFT_APP_PASSWORD']);
    const own = loadConfig(entra).directory;
    assert.deepEqual([own.clientId, own.clientSecretSetting], ['client', 'DIRECTORY_CLIENT_SECRET']);
  });

  it('reads the Grid workspaces DIRECTORY_SLACK_TEAMS lists, once each; none: the token’s own', () => {
    assert.deepEqual(loadConfig(slack).directory.slack.teamIds, []);
    assert.deepEqual(
      loadConfig({ ...slack, DIRECTORY_SLACK_TEAMS: ' T0RELAIS, T0SALES,T0RELAIS ' }).directory.slack.teamIds,
      ['T0RELAIS', 'T0SALES'],
    );
  });

  const refused = (env: Record<string, string>, pattern: RegExp) =>
    assert.throws(
      () => loadConfig(env),
      (error: Error) => pattern.test(error.message),
    );

  it('fails at start, naming the variable, on a bad value', () => {
    refused({ DIRECTORY_SOURCES: 'entra,ldap' }, /DIRECTORY_SOURCES.*unknown source ldap/);
    refused({ DIRECTORY_SOURCES: 'entra' }, /MICROSOFT_APP_TENANT_ID.*required/);
    refused({ ...entra, DIRECTORY_CLIENT_SECRET: '' }, /DIRECTORY_CLIENT_SECRET.*required/);
    refused({ DIRECTORY_SOURCES: 'slack' }, /SLACK_BOT_TOKEN.*required/);
    refused({ ...entra, GRAPH_API_URL: 'http://graph.example.com/v1.0' }, /GRAPH_API_URL.*https/);
    refused({ ...entra, DIRECTORY_SYNC_INTERVAL: 'PT10S' }, /DIRECTORY_SYNC_INTERVAL/);
    refused({ ...entra, DIRECTORY_SITE_ATTRIBUTE: 'country' }, /DIRECTORY_SITE_ATTRIBUTE/);
    refused({ ...entra, DIRECTORY_PAGE_SIZE: '1000' }, /DIRECTORY_PAGE_SIZE/);
    refused({ ...entra, TEAMS_PROACTIVE_INSTALL: '1' }, /TEAMS_CATALOG_APP_ID.*required/);
    refused({ TEAMS_PROACTIVE_INSTALL: '1', TEAMS_CATALOG_APP_ID: 'app' }, /TEAMS_PROACTIVE_INSTALL.*entra/);
    refused({ ...entra, TEAMS_INSTALL_RATE_PER_SECOND: '31' }, /TEAMS_INSTALL_RATE_PER_SECOND/);
    refused({ ...slack, DIRECTORY_SLACK_TEAMS: 'T0SALES,E0GRID' }, /DIRECTORY_SLACK_TEAMS.*workspace ids/);
    refused({ ...entra, DIRECTORY_SLACK_TEAMS: 'T0SALES' }, /DIRECTORY_SLACK_TEAMS.*slack/);
    assert.equal(
      loadConfig({ ...entra, DIRECTORY_SITE_ATTRIBUTE: 'extension_0123456789abcdef0123456789abcdef_site' })
        .directory.siteAttribute,
      'extension_0123456789abcdef0123456789abcdef_site',
    );
  });
});
