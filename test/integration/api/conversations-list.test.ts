/**
 * GET /conversations over HTTP: the channels and group chats the bot is in, as Teams activities
 * saved them, named as Teams told (channel and team names from channelData); never a personal chat.
 */
import assert from 'node:assert/strict';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { messageActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';

const API_KEY = 'conversations-key';
const TENANT = 'tenant-conv';

describe('GET /conversations', () => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ RELAIS_API_KEYS: API_KEY, TEAMS_SERVICE_URL: connector.url });
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });

  const list = async (query = '') => {
    const response = await fetch(`${relais.url}/api/v1/conversations${query}`, {
      headers: { 'X-Api-Key': API_KEY },
    });
    return {
      status: response.status,
      body: (await response.json()) as { conversations: Record<string, unknown>[] },
    };
  };

  it('lists the channels the bot is in by name, and no personal chat', async () => {
    const user = teamsUser('Ana Channel');
    const channel: TeamsScene = {
      serviceUrl: connector.url,
      tenantId: TENANT,
      user,
      conversation: { id: '19:announce@thread.tacv2;messageid=1700000000000', conversationType: 'channel' },
    };
    const activity = messageActivity(channel, 'help', { mention: true });
    activity.channelData.channel = { id: '19:announce@thread.tacv2', name: 'Announcements' };
    activity.channelData.team = { id: '19:team@thread.tacv2', name: 'Sales team' };
    assert.equal((await postActivity(relais.url, activity)).status, 200);
    // the same person's 1:1 with the bot
    const personal = messageActivity({ serviceUrl: connector.url, tenantId: TENANT, user }, 'help');
    assert.equal((await postActivity(relais.url, personal)).status, 200);

    const answer = await list();
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(
      answer.body.conversations.map(({ updatedAt: _, ...c }) => c),
      [
        {
          platform: 'teams',
          tenantId: TENANT,
          conversationId: '19:announce@thread.tacv2',
          kind: 'channel',
          name: 'Announcements',
          teamName: 'Sales team',
        },
      ],
    );
    assert.equal((await list('?q=sales')).body.conversations.length, 1);
    assert.equal((await list('?q=nothing-like-it')).body.conversations.length, 0);
    assert.equal((await list('?platform=slack')).body.conversations.length, 0);
  });

  it('is for communicators: a key-less call is refused', async () => {
    const response = await fetch(`${relais.url}/api/v1/conversations`);
    assert.equal(response.status, 401);
  });
});
