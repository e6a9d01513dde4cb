/**
 * Multi-workspace install over HTTP: /slack/install redirects to Slack's consent page with a
 * state bound to the browser by a cookie; /slack/oauth_redirect trades the code through the fake
 * oauth.v2.access and stores the installation; requests from that workspace then run with that
 * workspace's own bot token; uninstalling deletes it.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  eventCallback,
  eventRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';

const SECRET = 'oauth-signing-secret';
const CLIENT_ID = '1111.2222';
const CLIENT_SECRET = 'client-secret';
const SECOND = {
  teamId: 'T0SECOND',
  teamName: 'Second',
  botToken: 'xoxb-second-team',
  botUserId: 'U0BOT2',
  botId: 'B0BOT2',
};

describe('Slack OAuth install (multi-workspace)', () => {
  let fake: FakeSlackApi;
  let relais: TestRelais;

  before(async () => {
    fake = await startFakeSlackApi();
    fake.addUser({
      id: 'U0ADMIN',
      teamId: SECOND.teamId,
      realName: 'Ada Admin',
      locale: 'en-US',
      email: 'ada@second.example',
    });
    relais = await startTestRelais({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: 'state-secret-for-tests',
      SLACK_API_URL: fake.apiUrl,
      PUBLIC_URL: 'https://relais.example',
      // a public https URL with Teams unauthenticated is refused unless said on purpose
      TEAMS_ALLOW_UNAUTHENTICATED: '1',
    });
  });
  after(async () => {
    await relais?.close();
    await fake?.close();
  });

  async function beginInstall(): Promise<{ state: string; cookie: string; location: URL }> {
    const response = await fetch(`${relais.url}/slack/install`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location') ?? '');
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    return { state: location.searchParams.get('state') ?? '', cookie, location };
  }

  const command = (teamId: string, userId: string) => {
    const responseUrl = fake.responseUrl();
    const fields = slashCommand({ teamId, userId, text: 'help', responseUrl });
    return postToSlackEndpoint(relais.url, slashCommandRequest(fields, { secret: SECRET }));
  };

  it('redirects /slack/install to Slack’s authorize page with a state bound to a cookie', async () => {
    const { state, cookie, location } = await beginInstall();
    assert.equal(`${location.origin}${location.pathname}`, 'https://slack.com/oauth/v2/authorize');
    assert.equal(location.searchParams.get('client_id'), CLIENT_ID);
    assert.match(location.searchParams.get('scope') ?? '', /chat:write/);
    assert.match(location.searchParams.get('scope') ?? '', /commands/);
    assert.equal(location.searchParams.get('redirect_uri'), 'https://relais.example/slack/oauth_redirect');
    assert.ok(state.length > 20);
    assert.equal(cookie, `slack-app-oauth-state=${state}`);
  });

  it('refuses a callback whose state is not the browser’s', async () => {
    const { state } = await beginInstall();
    fake.addOAuthGrant({ code: 'code-stolen', workspace: SECOND, installerUserId: 'U0ADMIN' });
    const response = await fetch(`${relais.url}/slack/oauth_redirect?code=code-stolen&state=${state}`, {
      headers: { Cookie: 'slack-app-oauth-state=someone-else', 'Accept-Language': 'fr-FR' },
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), new RegExp(translate('fr', 'slack.install.failure').slice(0, 25)));
    assert.equal(fake.callsTo('oauth.v2.access').length, 0);
  });

  it('stores the installation from oauth.v2.access, then serves that workspace with its own token', async () => {
    const { state, cookie } = await beginInstall();
    fake.addOAuthGrant({
      code: 'code-good',
      workspace: SECOND,
      installerUserId: 'U0ADMIN',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    const response = await fetch(`${relais.url}/slack/oauth_redirect?code=code-good&state=${state}`, {
      headers: { Cookie: cookie, 'Accept-Language': 'en-GB' },
    });
    assert.equal(response.status, 200);
    assert.match(await response.text(), new RegExp(translate('en', 'slack.install.success').slice(0, 25)));
    const [access] = fake.callsTo('oauth.v2.access');
    assert.equal(access.body.code, 'code-good');
    assert.equal(access.response.ok, true);

    fake.reset();
    assert.equal((await command(SECOND.teamId, 'U0ADMIN')).status, 200);
    const reply = await fake.waitForCall('response_url');
    assert.match(JSON.stringify(reply.body.blocks), new RegExp(translate('en', 'help.title')));
    const lookup = fake.callsTo('users.info');
    assert.equal(lookup.length, 1);
    assert.equal(lookup[0].token, SECOND.botToken, 'the workspace’s own bot token was used');

    const messenger = relais.core.messengers.get('slack');
    await messenger?.send(
      { kind: 'conversation', platform: 'slack', tenantId: SECOND.teamId, conversationId: 'C0SECOND' },
      { summary: 'hi', blocks: [{ type: 'text', text: 'hi' }] },
      { locale: 'en' },
    );
    assert.equal(fake.callsTo('chat.postMessage')[0]?.token, SECOND.botToken);
  });

  it('deletes the installation on app_uninstalled; the messenger then reports the workspace unreachable', async () => {
    const envelope = eventCallback({ teamId: SECOND.teamId, event: { type: 'app_uninstalled' } });
    assert.equal(
      (await postToSlackEndpoint(relais.url, eventRequest(envelope, { secret: SECRET }))).status,
      200,
    );
    const messenger = relais.core.messengers.get('slack');
    const deadline = Date.now() + 2_000;
    let outcome: unknown;
    do {
      outcome = await messenger
        ?.send(
          { kind: 'conversation', platform: 'slack', tenantId: SECOND.teamId, conversationId: 'C0SECOND' },
          { summary: 'hi', blocks: [{ type: 'text', text: 'hi' }] },
          { locale: 'en' },
        )
        .catch((error: unknown) => error);
      if (outcome instanceof Error) break;
      await new Promise((r) => setTimeout(r, 20));
    } while (Date.now() < deadline);
    assert.ok(outcome instanceof Error, 'sending fails once the installation is gone');
    assert.equal((outcome as { kind?: string }).kind, 'unreachable');
  });
});
