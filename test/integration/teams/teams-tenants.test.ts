/**
 * With authentication on, a valid Bot Framework token says the Bot Framework sent the request, not
 * which tenant it came from: a SingleTenant bot serves MICROSOFT_APP_TENANT_ID plus
 * TEAMS_ALLOWED_TENANTS, and an activity from any other tenant is answered 403 without a turn.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  messageActivity,
  postActivity,
  type TeamsScene,
  teamsUser,
  type WireActivity,
} from '../../harness/teams-activities.js';

describe('Teams tenant check (authentication on)', () => {
  const appId = '00000000-aaaa-bbbb-cccc-000000000002';
  let keys: KeyServer;
  let connector: FakeTeamsConnector;
  let relais: TestRelais;

  before(async () => {
    keys = await startKeyServer();
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais(
      {
        MICROSOFT_APP_ID: appId,
        MICROSOFT_APP_PASSWORD: 'not-used-by-the-test-token-source',
        MICROSOFT_APP_TENANT_ID: 'tenant-home',
        MICROSOFT_APP_TYPE: 'SingleTenant',
        TEAMS_ALLOWED_TENANTS: 'tenant-sister',
        BOT_OPENID_METADATA_URL: keys.metadataUrl,
        BOT_TOKEN_ISSUER: keys.issuer,
        TEAMS_SERVICE_URL: connector.url,
      },
      {
        teams: {
          outboundCredentials: async () => ({
            signRequest: async (request) => {
              request.headers.set('authorization', 'Bearer outbound-test-token');
              return request;
            },
          }),
        },
      },
    );
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
    await keys?.close();
  });
  beforeEach(() => connector.reset());

  const scene = (tenantId: string): TeamsScene => ({
    serviceUrl: connector.url,
    tenantId,
    user: teamsUser('Camille Tenant'),
    locale: 'en-US',
  });
  const post = async (activity: WireActivity) => {
    const token = await keys.sign({ aud: appId, serviceurl: connector.url });
    return postActivity(relais.url, activity, { authorization: `Bearer ${token}` });
  };

  it('listens on every interface, as a deployed bot must', () => {
    assert.equal((relais.server.address() as AddressInfo).address, '0.0.0.0');
  });

  it('serves its own tenant and the listed ones', async () => {
    for (const tenant of ['tenant-home', 'tenant-sister']) {
      assert.equal((await post(messageActivity(scene(tenant), 'help'))).status, 200, tenant);
    }
    assert.equal(connector.sentActivities().length, 2);
  });

  it('answers 403 to an activity from another tenant, and the bot does not run', async () => {
    const response = await post(messageActivity(scene('tenant-evil'), 'help'));
    assert.equal(response.status, 403);
    assert.equal(response.body.error.code, 'forbidden');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(connector.requests, []);
  });

  it('refuses an activity naming no tenant, or two that disagree', async () => {
    const noTenant = messageActivity(scene('tenant-home'), 'help');
    delete noTenant.channelData.tenant;
    delete noTenant.conversation.tenantId;
    assert.equal((await post(noTenant)).status, 403);

    const mixed = messageActivity(scene('tenant-home'), 'help');
    mixed.conversation.tenantId = 'tenant-evil';
    assert.equal((await post(mixed)).status, 403);
    assert.deepEqual(connector.requests, []);
  });
});
