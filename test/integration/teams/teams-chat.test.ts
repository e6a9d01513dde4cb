/**
 * The Teams bot over HTTP, in local (unauthenticated) mode, the way the Agents Playground and
 * Teams talk to it: activities POSTed to /api/messages, replies captured by the fake connector.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  botAddedActivity,
  executeActionActivity,
  installationUpdateActivity,
  messageActivity,
  postActivity,
  type TeamsScene,
  teamsUser,
  type WireActivity,
} from '../../harness/teams-activities.js';
import { cardOf, executeActionsOf, textsOf } from './teams-helpers.js';

describe('Teams bot (local mode, over HTTP)', () => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  const tenantId = 'tenant-contoso';

  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url, DEFAULT_LOCALE: 'fr' });
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });
  beforeEach(() => connector.reset());

  const scene = (locale = 'fr-FR', user = teamsUser('Camille Martin')): TeamsScene => ({
    serviceUrl: connector.url,
    tenantId,
    user,
    locale,
  });

  /** posts `activity` and resolves with the bot's last answer to it (by replyToId) */
  const answerTo = async (activity: WireActivity) => {
    await postActivity(relais.url, activity);
    return connector.repliesTo(activity.id).at(-1);
  };

  it('on a personal install, saves the reference, learns the person and sends the welcome with the help card', async () => {
    const s = scene();
    connector.directory.set(s.user.id, {
      id: s.user.id,
      name: s.user.name,
      email: 'Camille.Martin@contoso.example',
    });
    const install = installationUpdateActivity(s, 'add');
    const response = await postActivity(relais.url, install);
    assert.equal(response.status, 200);

    // the answers to the install: a card the install starts in the background may come any time
    const sent = connector.repliesTo(install.id);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.path, `/v3/conversations/${install.conversation.id}/activities/${install.id}`);
    assert.equal(sent[0]?.body.text, translate('fr', 'install.welcome'));
    assert.ok(textsOf(cardOf(sent[0])).includes(translate('fr', 'help.title')));

    const person = await relais.core.people.findByIdentity({
      platform: 'teams',
      tenantId,
      userId: s.user.id,
    });
    assert.equal(person?.displayName, 'Camille Martin');
    assert.equal(person?.email, 'camille.martin@contoso.example');
    const saved = await relais.core.conversations.get('teams', install.conversation.id);
    assert.equal(saved?.kind, 'personal');
    assert.equal(saved?.personId, person?.id);
    assert.equal(saved?.tenantId, tenantId);
    assert.equal(saved?.reference.serviceUrl, connector.url);

    const events = await relais.core.store.db
      .selectFrom('events')
      .select(['type', 'person_id'])
      .where('type', '=', 'app.installed')
      .where('person_id', '=', person?.id ?? '')
      .execute();
    assert.equal(events.length, 1);
  });

  it('looks a member email up once, then answers from the cache', async () => {
    const s = scene();
    connector.directory.set(s.user.id, {
      id: s.user.id,
      name: s.user.name,
      userPrincipalName: 'cm@contoso.example',
    });
    const [first, second] = [messageActivity(s, 'aide'), messageActivity(s, 'aide')];
    await postActivity(relais.url, first);
    await postActivity(relais.url, second);
    const lookups = connector.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(`/members/${s.user.id}`),
    );
    assert.equal(lookups.length, 1);
    // one answer each; the previous test's install may still have a card going out elsewhere
    assert.deepEqual([connector.repliesTo(first.id).length, connector.repliesTo(second.id).length], [1, 1]);
    const person = await relais.core.people.findByIdentity({
      platform: 'teams',
      tenantId,
      userId: s.user.id,
    });
    assert.equal(person?.email, 'cm@contoso.example');
  });

  it('answers help in French for a French client and in English for an English one', async () => {
    const french = textsOf(cardOf(await answerTo(messageActivity(scene('fr-FR'), 'aide'))));
    assert.ok(french.includes(translate('fr', 'help.title')), french.join(' | '));

    const english = textsOf(cardOf(await answerTo(messageActivity(scene('en-US'), 'help'))));
    assert.ok(english.includes(translate('en', 'help.title')), english.join(' | '));
  });

  it("prefers the person's own locale, then the activity's, then DEFAULT_LOCALE", async () => {
    const s = scene('fr-FR');
    await postActivity(relais.url, messageActivity(s, 'help')); // learn the person
    const person = await relais.core.people.findByIdentity({
      platform: 'teams',
      tenantId,
      userId: s.user.id,
    });
    await relais.core.store.db
      .updateTable('people')
      .set({ locale: 'en' })
      .where('id', '=', person?.id ?? '')
      .execute();
    const own = await answerTo(messageActivity(s, 'aide'));
    assert.ok(textsOf(cardOf(own)).includes(translate('en', 'help.title')), 'person locale wins');

    const unknown = await answerTo(messageActivity(scene('de-DE'), 'help'));
    assert.ok(textsOf(cardOf(unknown)).includes(translate('fr', 'help.title')), 'unknown locale → default');
  });

  it('strips the bot @mention in channels and saves the channel reference without an owner', async () => {
    const s: TeamsScene = {
      ...scene('en-US'),
      conversation: { id: '19:general@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
    };
    const activity = messageActivity(s, 'help', { mention: true });
    const texts = textsOf(cardOf(await answerTo(activity)));
    assert.ok(texts.includes(translate('en', 'help.title')), texts.join(' | '));
    // saved under the channel, not the thread the message was in
    assert.equal(await relais.core.conversations.get('teams', activity.conversation.id), undefined);
    const saved = await relais.core.conversations.get('teams', '19:general@thread.tacv2');
    assert.equal(saved?.kind, 'channel');
    assert.equal(saved?.personId, null);
  });

  it('rewrites a channel row that still names its last sender without them, and then leaves it be', async () => {
    const channelId = '19:legacy@thread.tacv2';
    const opener = teamsUser('Olga Opener');
    // a row saved before channel references dropped their sender
    await relais.core.conversations.save({
      platform: 'teams',
      tenantId,
      conversationId: channelId,
      kind: 'channel',
      personId: null,
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.url,
        bot: { id: '28:relais', name: 'Relais' },
        user: { id: opener.id, name: opener.name, aadObjectId: opener.aadObjectId },
        conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId },
      },
    });
    const s = (user = teamsUser('Sam Sender')): TeamsScene => ({
      ...scene('en-US', user),
      conversation: { id: `${channelId};messageid=2`, conversationType: 'channel', isGroup: true },
    });
    const sender = teamsUser('Sam Sender');
    await postActivity(relais.url, messageActivity(s(sender), 'help', { mention: true }));
    const row = () =>
      relais.core.store.db
        .selectFrom('conversations')
        .selectAll()
        .where('conversation_id', '=', channelId)
        .executeTakeFirstOrThrow();
    const rewritten = await row();
    for (const someone of [opener, sender]) {
      for (const trace of [someone.id, someone.aadObjectId, someone.name])
        assert.ok(!rewritten.reference.includes(trace), `the row names ${trace}`);
    }
    assert.equal(JSON.parse(rewritten.reference).serviceUrl, connector.url, 'still reachable');
    // the next turn in the channel finds nothing to change and writes nothing
    await postActivity(relais.url, messageActivity(s(), 'help', { mention: true }));
    assert.deepEqual(await row(), rewritten);
  });

  it('saves the reference when the bot is added to a group chat', async () => {
    const s: TeamsScene = {
      ...scene(),
      conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true },
    };
    const response = await postActivity(relais.url, botAddedActivity(s));
    assert.equal(response.status, 200);
    const saved = await relais.core.conversations.get('teams', '19:group@thread.v2');
    assert.equal(saved?.kind, 'group');
    assert.equal(
      connector.sentActivities().filter((r) => r.path.startsWith('/v3/conversations/19:group@thread.v2/'))
        .length,
      0,
      'no welcome in group chats',
    );
  });

  it('records an uninstall', async () => {
    const s = scene();
    const response = await postActivity(relais.url, installationUpdateActivity(s, 'remove'));
    assert.equal(response.status, 200);
    const person = await relais.core.people.findByIdentity({
      platform: 'teams',
      tenantId,
      userId: s.user.id,
    });
    const events = await relais.core.store.db
      .selectFrom('events')
      .select('type')
      .where('person_id', '=', person?.id ?? '')
      .execute();
    assert.deepEqual(
      events.map((e) => e.type),
      ['app.uninstalled'],
    );
  });

  it('routes an Action.Execute click to the dispatcher and answers with the refreshed card', async () => {
    const s = scene('en-US');
    const helpCard = cardOf(await answerTo(messageActivity(s, 'help')));
    const button = executeActionsOf(helpCard).find(
      (a) => a.verb === 'help.topic' && a.title === translate('en', 'help.topic.polls'),
    );
    assert.ok(button, 'the help card has a Polls topic button');

    const response = await postActivity(
      relais.url,
      executeActionActivity(s, button, { replyToId: 'activity-1' }),
    );
    assert.equal(response.status, 200);
    assert.equal(response.body.statusCode, 200);
    assert.equal(response.body.type, 'application/vnd.microsoft.card.adaptive');
    const texts = textsOf(response.body.value);
    assert.ok(texts.includes(translate('en', 'help.topic.polls.body')), texts.join(' | '));
    cardOf({
      method: 'POST',
      path: '',
      headers: {},
      body: {
        attachments: [
          { contentType: 'application/vnd.microsoft.card.adaptive', content: response.body.value },
        ],
      },
    });
  });

  it('refuses a help.topic button whose topic was forged, as no longer available', async () => {
    for (const topic of ['x'.repeat(5000), 'secrets', 42]) {
      const response = await postActivity(
        relais.url,
        executeActionActivity(scene('en-US'), {
          verb: 'help.topic',
          data: { action: 'help.topic', payload: { topic } },
        }),
      );
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: translate('en', 'error.unknown_action') },
      });
    }
  });

  it('answers an unknown action with the documented error response, inside an HTTP 200', async () => {
    const response = await postActivity(
      relais.url,
      executeActionActivity(scene('fr-FR'), {
        verb: 'nothing.here',
        data: { action: 'nothing.here', payload: {} },
      }),
    );
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: translate('fr', 'error.unknown_action') },
    });
  });

  for (const [label, value] of [
    ['no value', undefined],
    ['no action', {}],
    ['an Action.Submit', { action: { type: 'Action.Submit', data: {} } }],
    ['data that is not an object', { action: { type: 'Action.Execute', verb: 'help.topic', data: 'x' } }],
  ] as const) {
    it(`answers an adaptiveCard/action with ${label} with an error response, never a 500`, async () => {
      const activity = executeActionActivity(scene('en-US'), { verb: 'help.topic', data: {} });
      activity.value = value;
      const response = await postActivity(relais.url, activity);
      assert.equal(response.status, 200);
      assert.equal(response.body.statusCode, 400);
      assert.equal(response.body.type, 'application/vnd.microsoft.error');
    });
  }

  it('sends the localized generic error when a turn fails, and keeps serving', async () => {
    connector.failNext({
      status: 400,
      method: 'POST',
      path: /\/activities/,
      body: { error: { code: 'BadSyntax' } },
    });
    const asked = messageActivity(scene('fr-FR'), 'aide');
    const response = await postActivity(relais.url, asked);
    assert.equal(response.status, 200);
    const sent = connector.repliesTo(asked.id);
    assert.equal(sent.length, 2, 'the failed reply, then the error message');
    assert.equal(sent[1]?.body.text, translate('fr', 'error.generic'));
  });

  describe('malformed requests', () => {
    const cases: [string, { raw?: string; body?: unknown; contentType?: string }][] = [
      ['a body that is not JSON', { raw: '{"type": "message",' }],
      ['JSON without type', { body: { text: 'hello', conversation: { id: 'c' } } }],
      ['a type that is not a string', { body: { type: 42 } }],
      ['an array', { body: [{ type: 'message' }] }],
      [
        'a message without conversation',
        { body: { type: 'message', text: 'hi', from: { id: 'u' }, serviceUrl: 'http://127.0.0.1:1/' } },
      ],
      ['a non-JSON content type', { raw: 'type=message', contentType: 'application/x-www-form-urlencoded' }],
    ];
    for (const [label, request] of cases) {
      it(`answers ${label} with a 400 JSON error, and the next request is served`, async () => {
        const response = await postActivity(relais.url, request.body, request);
        assert.equal(response.status, 400);
        assert.equal(typeof response.body?.error?.message, 'string');
        assert.equal(connector.requests.length, 0);

        const asked = messageActivity(scene('en-US'), 'help');
        const next = await postActivity(relais.url, asked);
        assert.equal(next.status, 200);
        assert.equal(connector.repliesTo(asked.id).length, 1);
      });
    }
  });
});
