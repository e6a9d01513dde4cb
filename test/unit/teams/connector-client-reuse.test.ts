/**
 * A turn's connector client is built once per service URL and audience, and its user token client
 * once per app id, not per turn: building one (an Azure pipeline of policies) cost a vote more CPU
 * than several of its SQL statements, and a click's answer goes in the HTTP response anyway. The credentials (and their token cache) are the ones
 * botbuilder's factory made for that app id and audience.
 */
import assert from 'node:assert/strict';
import type { Activity, TurnContext } from 'botbuilder';
import { createTeamsAdapter } from '../../../bots/teams/adapter/create-teams-adapter.js';
import { loadConfig } from '../../../shared/config/config.js';
import { messageActivity, teamsUser } from '../../harness/teams-activities.js';

const teams = loadConfig({ DATA_DIR: '/tmp/relais-unused' }).teams;

async function turnClients(
  adapter: ReturnType<typeof createTeamsAdapter>,
  serviceUrl: string,
): Promise<{ connector: unknown; userToken: unknown }> {
  const activity = messageActivity(
    { user: teamsUser('Client Reuse'), tenantId: 'tenant-reuse', serviceUrl },
    'aide',
  ) as Activity;
  const authentication = await adapter.authentication.authenticateRequest(activity, '');
  const clients = { connector: undefined as unknown, userToken: undefined as unknown };
  await adapter.adapter.runAuthenticated(authentication, activity, async (context: TurnContext) => {
    clients.connector = context.turnState.get(context.adapter.ConnectorClientKey);
    clients.userToken = context.turnState.get(adapter.adapter.UserTokenClientKey);
  });
  assert.ok(clients.connector, 'the turn has a connector client');
  assert.ok(clients.userToken, 'the turn has a user token client');
  return clients;
}
const turnClient = async (adapter: ReturnType<typeof createTeamsAdapter>, serviceUrl: string) =>
  (await turnClients(adapter, serviceUrl)).connector;

describe('Teams connector clients', () => {
  it('reuses the connector client of a service URL across turns', async () => {
    const teamsAdapter = createTeamsAdapter(teams);
    const first = await turnClient(teamsAdapter, 'http://127.0.0.1:9/connector');
    const second = await turnClient(teamsAdapter, 'http://127.0.0.1:9/connector');
    assert.equal(first, second);
  });

  it('gives another service URL its own client', async () => {
    const teamsAdapter = createTeamsAdapter(teams);
    const first = await turnClient(teamsAdapter, 'http://127.0.0.1:9/connector');
    const other = await turnClient(teamsAdapter, 'http://127.0.0.1:9/other-connector');
    assert.notEqual(first, other);
    assert.equal((other as { baseUri?: string }).baseUri, 'http://127.0.0.1:9/other-connector');
  });

  it('reuses the user token client across turns too', async () => {
    const teamsAdapter = createTeamsAdapter(teams);
    const first = await turnClients(teamsAdapter, 'http://127.0.0.1:9/connector');
    const second = await turnClients(teamsAdapter, 'http://127.0.0.1:9/other-connector');
    assert.equal(first.userToken, second.userToken);
  });
});
