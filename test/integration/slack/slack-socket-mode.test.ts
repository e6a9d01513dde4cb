/**
 * Socket Mode (SLACK_APP_TOKEN): the server asks apps.connections.open for a WebSocket URL,
 * connects to the fake Socket Mode server, and handles envelopes pushed over it — acked by
 * envelope id, answered through the response_url like over HTTP. No HTTP endpoint for events.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { eventCallback, slashCommand } from '../../harness/slack-signing.js';

const TEAM = 'T0SOCKET';
const BOT_TOKEN = 'xoxb-socket';

describe('Slack Socket Mode', () => {
  let fake: FakeSlackApi;
  let relais: TestRelais;

  before(async () => {
    fake = await startFakeSlackApi();
    fake.addWorkspace({ teamId: TEAM, botToken: BOT_TOKEN, botUserId: 'U0BOTS', botId: 'B0BOTS' });
    fake.addUser({ id: 'U0SOCK', teamId: TEAM, realName: 'Sacha Socket', locale: 'fr-FR' });
    relais = await startTestRelais({
      SLACK_APP_TOKEN: fake.appToken,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.apiUrl,
    });
  });
  after(async () => {
    await relais?.close();
    await fake?.close();
  });

  it('connects through apps.connections.open with the app token', async () => {
    await fake.waitForSocket();
    const [open] = fake.callsTo('apps.connections.open');
    assert.equal(open.token, fake.appToken);
    assert.equal(
      relais.surfaces
        .find((s) => s.name === 'slack')
        ?.describe()
        .includes('Socket Mode'),
      true,
    );
  });

  it('handles a slash-command envelope: acks it, then answers through response_url', async () => {
    await fake.waitForSocket();
    const responseUrl = fake.responseUrl();
    const ack = await fake.pushEnvelope(
      'slash_commands',
      slashCommand({ teamId: TEAM, userId: 'U0SOCK', text: 'aide', responseUrl }),
    );
    assert.equal(typeof ack.envelope_id, 'string');
    const reply = await fake.waitForCall('response_url');
    assert.equal(reply.body.response_type, 'ephemeral');
    assert.match(JSON.stringify(reply.body.blocks), new RegExp(translate('fr', 'help.title')));
  });

  it('handles an events_api envelope once, even when Slack retries it', async () => {
    await fake.waitForSocket();
    const envelope = eventCallback({
      teamId: TEAM,
      eventId: 'Ev0SOCKETHOME',
      event: { type: 'app_home_opened', user: 'U0SOCK', channel: 'D0SOCK', tab: 'home' },
    });
    await fake.pushEnvelope('events_api', envelope);
    await fake.waitForCall('views.publish');
    await fake.pushEnvelope('events_api', envelope, { retry_attempt: 1, retry_reason: 'timeout' });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(fake.callsTo('views.publish').length, 1);
  });

  it('serves no HTTP events endpoint in Socket Mode', async () => {
    const response = await fetch(`${relais.url}/slack/events`, { method: 'POST', body: '{}' });
    assert.equal(response.status, 404);
  });
});
