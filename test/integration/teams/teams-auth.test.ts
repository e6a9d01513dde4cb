/**
 * With MICROSOFT_APP_ID set, every request to /api/messages must carry a Bot Framework token that
 * botbuilder validates against BOT_OPENID_METADATA_URL (here the local key server): signature,
 * expiry, issuer BOT_TOKEN_ISSUER, audience = our app id, serviceUrl claim. A refused request
 * never reaches the bot (no connector call).
 */
import assert from 'node:assert/strict';
import type { JWTPayload } from 'jose';
import { card } from '../../../shared/cards/model.js';
import { translate } from '../../../shared/i18n/i18n.js';
import type { FakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import type { KeyServer } from '../../harness/key-server.js';
import type { TestRelais } from '../../harness/relais.js';
import { messageActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';
import { type AuthenticatedTeams, cardOf, startAuthenticatedTeams, textsOf } from './teams-helpers.js';

describe('Teams bot with authentication on', () => {
  const appId = '00000000-aaaa-bbbb-cccc-000000000001';
  let bot: AuthenticatedTeams;
  let keys: KeyServer;
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  let scene: TeamsScene;

  before(async () => {
    bot = await startAuthenticatedTeams(appId, 'tenant-auth');
    ({ keys, connector, relais } = bot);
    scene = {
      serviceUrl: connector.url,
      tenantId: 'tenant-auth',
      user: teamsUser('Lou Bernard'),
      locale: 'en-US',
    };
  });
  after(() => bot?.close());
  beforeEach(() => connector.reset());

  const goodClaims = (): JWTPayload => ({ aud: appId, serviceurl: connector.url });

  it('says it validates tokens', () => {
    assert.match(relais.surfaces.find((s) => s.name === 'teams')?.describe() ?? '', /validated/);
  });

  it('accepts a good token, runs the turn and signs its reply', async () => {
    const token = await keys.sign(goodClaims());
    const response = await postActivity(relais.url, messageActivity(scene, 'help'), {
      authorization: `Bearer ${token}`,
    });
    assert.equal(response.status, 200);
    const reply = connector.sentActivities()[0];
    assert.ok(textsOf(cardOf(reply)).includes(translate('en', 'help.title')));
    assert.equal(reply?.headers.authorization, 'Bearer outbound-test-token');
  });

  it('signs proactive sends and 1:1 creation with the outbound token', async () => {
    const token = await keys.sign(goodClaims());
    await postActivity(relais.url, messageActivity(scene, 'help'), { authorization: `Bearer ${token}` });
    connector.reset();
    const messenger = relais.core.messengers.get('teams');
    assert.ok(messenger);
    const news = card('News', { type: 'text', text: 'Hello' });
    await messenger.send(
      { kind: 'person', identity: { platform: 'teams', tenantId: 'tenant-auth', userId: scene.user.id } },
      news,
      {
        locale: 'en',
      },
    );
    const stranger = teamsUser('Never Seen');
    await messenger.send(
      {
        kind: 'person',
        identity: {
          platform: 'teams',
          tenantId: 'tenant-auth',
          userId: stranger.id,
          aadObjectId: stranger.aadObjectId,
        },
      },
      news,
      { locale: 'en' },
    );
    assert.deepEqual(
      connector.requests.map((r) => [r.method, r.path.replace(/a:[^/]+/, 'ID'), r.headers.authorization]),
      [
        ['POST', '/v3/conversations/ID/activities', 'Bearer outbound-test-token'],
        ['POST', '/v3/conversations', 'Bearer outbound-test-token'],
        ['POST', '/v3/conversations/ID/activities', 'Bearer outbound-test-token'],
      ],
    );
    assert.deepEqual(connector.requests[1]?.body.bot, { id: `28:${appId}`, name: 'Relais' });
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ['a missing Authorization header', async () => undefined],
    ['a forged signature', async () => `Bearer ${await keys.sign(goodClaims(), { forged: true })}`],
    ['an unknown key id', async () => `Bearer ${await keys.sign(goodClaims(), { kid: 'someone-else' })}`],
    [
      'an expired token',
      async () =>
        `Bearer ${await keys.sign(goodClaims(), { expiresIn: Math.floor(Date.now() / 1000) - 3600 })}`,
    ],
    ['a wrong audience', async () => `Bearer ${await keys.sign({ ...goodClaims(), aud: 'another-bot' })}`],
    [
      'a wrong issuer',
      async () => `Bearer ${await keys.sign({ ...goodClaims(), iss: 'https://issuer.invalid' })}`,
    ],
    [
      'a serviceUrl claim for another connector',
      async () => `Bearer ${await keys.sign({ ...goodClaims(), serviceurl: 'https://evil.invalid/' })}`,
    ],
    ['a token that is not a JWT', async () => 'Bearer not-a-token'],
  ];
  for (const [label, authorization] of refused) {
    it(`answers 401 to ${label}, and the bot never runs`, async () => {
      const response = await postActivity(relais.url, messageActivity(scene, 'help'), {
        authorization: await authorization(),
      });
      assert.equal(response.status, 401);
      assert.equal(connector.requests.length, 0, 'no connector call');
    });
  }
});
