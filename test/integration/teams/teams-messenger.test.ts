/**
 * The Teams Messenger (proactive send, update, delete) against the fake connector: stored
 * references, 1:1 creation on TEAMS_SERVICE_URL for people never seen, and how connector failures
 * become DeliveryErrors — at once, with no hidden retry.
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

  it('updates and deletes a message it sent', async () => {
    const { identity } = await seenPerson();
    const sent = await messenger.send({ kind: 'person', identity }, news, { locale: 'fr' });
    const edited = card('Company news (updated)', { type: 'heading', text: 'Company news (updated)' });
    await messenger.update(sent, edited, { locale: 'fr' });
    assert.ok(messenger.delete);
    await messenger.delete(sent);

    const [, update, remove] = connector.requests;
    assert.equal(update?.method, 'PUT');
    assert.equal(update?.path, `/v3/conversations/${sent.conversationId}/activities/${sent.messageId}`);
    assert.ok(textsOf(cardOf(update)).includes('Company news (updated)'));
    assert.equal(remove?.method, 'DELETE');
    assert.equal(remove?.path, `/v3/conversations/${sent.conversationId}/activities/${sent.messageId}`);
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

  it('maps 429 to rate_limited with Retry-After, at once and without retrying', async () => {
    const { identity } = await seenPerson();
    // an hour: a messenger that slept on Retry-After could never finish this test, so finishing
    // at all shows the 429 was surfaced at once (no wall-clock bound on how fast)
    connector.failNext({
      status: 429,
      headers: { 'Retry-After': '3600' },
      body: { error: { code: 'ThrottledRequest' } },
    });
    const error = await failure(() => messenger.send({ kind: 'person', identity }, news, { locale: 'fr' }));
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.retryAfterMs, 3_600_000);
    assert.equal(error.status, 429);
    assert.equal(connector.requests.length, 1, 'botbuilder must not retry behind the queue');
  });

  it('maps 403 (blocked or removed) and 404 (conversation gone) to unreachable', async () => {
    const { identity } = await seenPerson();
    connector.failNext({
      status: 403,
      body: {
        error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' },
      },
    });
    const blocked = await failure(() => messenger.send({ kind: 'person', identity }, news, { locale: 'fr' }));
    assert.equal(blocked.kind, 'unreachable');
    assert.equal(blocked.platformCode, 'ConversationBlockedByUser');
    assert.equal(blocked.retryable, false);

    connector.failNext({ status: 404, body: { error: { code: 'ConversationNotFound' } } });
    const gone = await failure(() => messenger.send({ kind: 'person', identity }, news, { locale: 'fr' }));
    assert.equal(gone.kind, 'unreachable');
  });

  for (const status of [412, 502, 503, 504]) {
    it(`maps ${status} to transient, without retrying`, async () => {
      const { identity } = await seenPerson();
      connector.failNext({ status });
      const error = await failure(() => messenger.send({ kind: 'person', identity }, news, { locale: 'fr' }));
      assert.equal(error.kind, 'transient');
      assert.equal(error.status, status);
      assert.equal(error.retryable, true);
      assert.equal(connector.requests.length, 1);
    });
  }

  it('maps other 4xx to rejected', async () => {
    const { identity } = await seenPerson();
    connector.failNext({
      status: 400,
      body: { error: { code: 'BadArgument', message: 'Unknown attachment type' } },
    });
    const error = await failure(() => messenger.send({ kind: 'person', identity }, news, { locale: 'fr' }));
    assert.equal(error.kind, 'rejected');
    assert.equal(error.platformCode, 'BadArgument');
  });

  it('maps failures of update and of 1:1 creation the same way', async () => {
    const { identity } = await seenPerson();
    const sent = await messenger.send({ kind: 'person', identity }, news, { locale: 'fr' });
    connector.failNext({ status: 429, method: 'PUT', headers: { 'Retry-After': '2' } });
    const update = await failure(() => messenger.update(sent, news, { locale: 'fr' }));
    assert.deepEqual([update.kind, update.retryAfterMs], ['rate_limited', 2000]);

    const stranger = teamsUser('Never Seen');
    connector.failNext({
      status: 403,
      path: '/v3/conversations',
      body: { error: { code: 'Forbidden', message: 'app not installed for user' } },
    });
    const create = await failure(() =>
      messenger.send(
        {
          kind: 'person',
          identity: { platform: 'teams', tenantId, userId: stranger.id, aadObjectId: stranger.aadObjectId },
        },
        news,
        { locale: 'fr' },
      ),
    );
    assert.equal(create.kind, 'unreachable');
  });

  it('maps a conversation id that cannot be encoded (a lone surrogate) to rejected, naming Teams', async () => {
    const error = await failure(() =>
      messenger.send(
        { kind: 'conversation', platform: 'teams', tenantId, conversationId: '19:\ud800@thread.tacv2' },
        news,
        { locale: 'fr' },
      ),
    );
    assert.equal(error.kind, 'rejected');
    assert.equal(error.platform, 'teams');
    assert.equal(error.retryable, false);
    assert.deepEqual(connector.requests, [], 'nothing reached the connector');
  });

  it('maps a connector that does not answer to transient', async () => {
    const dead = await startFakeTeamsConnector();
    const url = dead.url;
    await dead.close();
    const reference = {
      platform: 'teams' as const,
      tenantId,
      conversationId: 'a:dead',
      kind: 'personal' as const,
      personId: null,
    };
    await relais.core.conversations.save({
      ...reference,
      reference: {
        channelId: 'msteams',
        serviceUrl: url,
        conversation: { id: 'a:dead' },
        bot: { id: '28:relais' },
      },
    });
    const error = await failure(() =>
      messenger.send({ kind: 'conversation', platform: 'teams', tenantId, conversationId: 'a:dead' }, news, {
        locale: 'fr',
      }),
    );
    assert.equal(error.kind, 'transient');
    assert.equal(error.status, undefined);
  });
});
