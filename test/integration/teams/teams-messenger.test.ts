/**
 * What only the Teams Messenger does, against the fake connector: stored references, 1:1
 * creation on TEAMS_SERVICE_URL for people never seen, the notification summary, 412. What every
 * messenger does (update, delete, 429, 403, 404, 5xx…) is the contract suite's
 * (test/contract/messenger.contract.test.ts).
 */
import assert from 'node:assert/strict';
import { type Card, card } from '../../../shared/cards/model.js';
import { DeliveryError } from '../../../shared/errors/errors.js';
import type { Messenger, PlatformIdentity } from '../../../shared/messaging/messenger.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { messageActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';
import { cardOf, textsOf } from './teams-helpers.js';

describe('Teams messenger (proactive, over the connector)', () => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  let messenger: Messenger;
  const tenantId = 'tenant-fabrikam';
  const news: Card = card(
    'Company news',
    { type: 'heading', text: 'Company news' },
    { type: 'text', text: 'The canteen reopens on **Monday**.' },
  );

  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url });
    const teams = relais.core.messengers.get('teams');
    assert.ok(teams, 'the Teams messenger is registered');
    messenger = teams;
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });
  beforeEach(() => connector.reset());

  /** A person who talked to the bot once: their 1:1 reference is saved. */
  async function seenPerson(): Promise<{ identity: PlatformIdentity; conversationId: string }> {
    const user = teamsUser('Alex Dupont');
    const scene: TeamsScene = { serviceUrl: connector.url, tenantId, user, locale: 'fr-FR' };
    const activity = messageActivity(scene, 'aide');
    await postActivity(relais.url, activity);
    connector.reset();
    return {
      identity: { platform: 'teams', tenantId, userId: user.id, aadObjectId: user.aadObjectId },
      conversationId: activity.conversation.id,
    };
  }

  it('sends to a person seen before through their saved 1:1 reference', async () => {
    const { identity, conversationId } = await seenPerson();
    const sent = await messenger.send({ kind: 'person', identity }, news, { locale: 'fr' });

    assert.equal(connector.requests.length, 1);
    const request = connector.requests[0];
    assert.equal(request?.path, `/v3/conversations/${conversationId}/activities`);
    assert.ok(textsOf(cardOf(request)).includes('Company news'));
    assert.equal(request?.body.summary, 'Company news');
    assert.equal(request?.headers.authorization, undefined, 'local mode sends no token');
    assert.deepEqual(sent, { platform: 'teams', tenantId, conversationId, messageId: sent.messageId });
    assert.match(sent.messageId, /^activity-\d+$/);
  });

  it('creates the 1:1 conversation on TEAMS_SERVICE_URL for a person never seen, then reuses it', async () => {
    const user = teamsUser('Noor Haddad');
    const identity: PlatformIdentity = {
      platform: 'teams',
      tenantId,
      userId: user.id,
      aadObjectId: user.aadObjectId,
    };
    await relais.core.people.learn(identity, { displayName: 'Noor Haddad' }); // imported, never talked to the bot

    const sent = await messenger.send({ kind: 'person', identity }, news, { locale: 'en' });
    const [create, post] = connector.requests;
    assert.equal(create?.method, 'POST');
    assert.equal(create?.path, '/v3/conversations');
    assert.deepEqual(create?.body.members, [{ id: user.aadObjectId, name: '' }]);
    assert.equal(create?.body.tenantId, tenantId);
    assert.deepEqual(create?.body.channelData, { tenant: { id: tenantId } });
    assert.equal(create?.body.isGroup, false);
    assert.equal(post?.path, `/v3/conversations/${sent.conversationId}/activities`);
    assert.match(sent.conversationId, /^a:conversation-\d+$/);

    const person = await relais.core.people.findByIdentity(identity);
    const saved = await relais.core.conversations.findPersonal('teams', person?.id ?? '');
    assert.equal(saved?.conversationId, sent.conversationId);

    connector.reset();
    const again = await messenger.send({ kind: 'person', identity }, news, { locale: 'en' });
    assert.equal(again.conversationId, sent.conversationId);
    assert.deepEqual(
      connector.requests.map((r) => `${r.method} ${r.path}`),
      [`POST /v3/conversations/${sent.conversationId}/activities`],
    );
  });

  it('sends to a saved channel conversation', async () => {
    const user = teamsUser('Sam Roy');
    const scene: TeamsScene = {
      serviceUrl: connector.url,
      tenantId,
      user,
      conversation: { id: '19:news@thread.tacv2', conversationType: 'channel', isGroup: true },
    };
    await postActivity(relais.url, messageActivity(scene, 'help', { mention: true }));
    connector.reset();
    const sent = await messenger.send(
      { kind: 'conversation', platform: 'teams', tenantId, conversationId: '19:news@thread.tacv2' },
      news,
      { locale: 'fr' },
    );
    assert.equal(connector.requests[0]?.path, '/v3/conversations/19:news@thread.tacv2/activities');
    assert.equal(sent.conversationId, '19:news@thread.tacv2');
  });

  async function failure(run: () => Promise<unknown>): Promise<DeliveryError> {
    try {
      await run();
    } catch (error) {
      assert.ok(error instanceof DeliveryError, `expected a DeliveryError, got ${error}`);
      return error;
    }
    assert.fail('expected the send to fail');
  }

  // 429, 403, 404, 5xx, refusals, hang-ups and unencodable ids: test/contract/messenger.contract.test.ts
  it('maps 412, which Teams asks bots to retry, to transient, without retrying', async () => {
    const { identity } = await seenPerson();
    connector.failNext({ status: 412 });
    const error = await failure(() => messenger.send({ kind: 'person', identity }, news, { locale: 'fr' }));
    assert.equal(error.kind, 'transient');
    assert.equal(error.status, 412);
    assert.equal(error.retryable, true);
    assert.equal(connector.requests.length, 1);
  });
});
