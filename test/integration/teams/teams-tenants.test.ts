/**
 * With authentication on, a valid Bot Framework token says the Bot Framework sent the request, not
 * which tenant it came from: a SingleTenant bot serves MICROSOFT_APP_TENANT_ID plus
 * TEAMS_ALLOWED_TENANTS, and an activity from any other tenant is answered 403 without a turn.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import type { KeyServer } from '../../harness/key-server.js';
import type { TestRelais } from '../../harness/relais.js';
import {
  messageActivity,
  postActivity,
  type TeamsScene,
  teamsUser,
  type WireActivity,
} from '../../harness/teams-activities.js';
import { type AuthenticatedTeams, startAuthenticatedTeams } from './teams-helpers.js';

describe('Teams tenant check (authentication on)', () => {
  const appId = '00000000-aaaa-bbbb-cccc-000000000002';
  let bot: AuthenticatedTeams;
  let keys: KeyServer;
  let connector: FakeTeamsConnector;
  let relais: TestRelais;

  before(async () => {
    bot = await startAuthenticatedTeams(appId, 'tenant-home', { TEAMS_ALLOWED_TENANTS: 'tenant-sister' });
    ({ keys, connector, relais } = bot);
  });
  after(() => bot?.close());
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
