/**
 * Only the allowed Slack workspaces are served. Requests from any workspace carry a valid
 * signature (one signing secret per app), so: a single-workspace server serves only its bot
 * token's own workspace (auth.test), SLACK_ALLOWED_TEAM_IDS restricts an OAuth server to the
 * listed workspaces or Enterprise Grid organisations, requests from elsewhere are acked and
 * ignored with a warning, and an install into another workspace gets the failure page, is not
 * stored, and has its tokens revoked.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { translate } from '../../../shared/i18n/i18n.js';
import { createLogger } from '../../../shared/logging/logger.js';
import { pollUntil } from '../../harness/eventually.js';
import { type FakeSlackApi, type FakeWorkspace, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  blockActions,
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';

const SECRET = 'allowlist-signing-secret';

/** a logger whose warnings the test can read */
function recordingLogger() {
  const lines: { msg: string; teamId?: string }[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('warn', destination), lines };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function requests(relais: () => TestRelais, fake: () => FakeSlackApi) {
  return {
    command: (teamId: string, userId: string, enterpriseId?: string) => {
      const fields: Record<string, string> = {
        ...slashCommand({ teamId, userId, text: 'help', responseUrl: fake().responseUrl() }),
        // Slack names the organisation of an Enterprise Grid workspace
        ...(enterpriseId ? { enterprise_id: enterpriseId } : {}),
      };
      return postToSlackEndpoint(relais().url, slashCommandRequest(fields, { secret: SECRET }));
    },
    homeOpened: (teamId: string, userId: string) =>
      postToSlackEndpoint(
        relais().url,
        eventRequest(
          eventCallback({
            teamId,
            event: { type: 'app_home_opened', user: userId, channel: 'D0X', tab: 'home' },
          }),
          { secret: SECRET },
        ),
      ),
    click: (teamId: string, userId: string) =>
      postToSlackEndpoint(
        relais().url,
        interactionRequest(
          blockActions({
            teamId,
            userId,
            action: { action_id: 'help.topic', value: '{"topic":"news"}', type: 'button' },
          }),
          { secret: SECRET },
        ),
      ),
  };
}

describe('Slack workspace allowlist', () => {
  describe('single workspace (SLACK_BOT_TOKEN): only the token’s own workspace', () => {
    const HOME = { teamId: 'T0HOME', botToken: 'xoxb-home', botUserId: 'U0BOTH', botId: 'B0BOTH' };
    let fake: FakeSlackApi;
    let relais: TestRelais;
    let log: ReturnType<typeof recordingLogger>;
    const send = requests(
      () => relais,
      () => fake,
    );

    before(async () => {
      fake = await startFakeSlackApi();
      fake.addWorkspace(HOME);
      fake.addUser({ id: 'U0HOMER', teamId: HOME.teamId, realName: 'Homer Home', locale: 'en-US' });
      fake.addUser({ id: 'U0OUTSIDER', teamId: 'T0OTHER', realName: 'Otto Outsider', locale: 'en-US' });
      log = recordingLogger();
      relais = await startTestRelais(
        { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: HOME.botToken, SLACK_API_URL: fake.apiUrl },
        { logger: log.logger },
      );
    });
    after(async () => {
      await relais?.close();
      await fake?.close();
    });
    beforeEach(() => {
      fake.reset();
      log.lines.length = 0;
    });

    it('serves its own workspace', async () => {
      assert.equal((await send.command(HOME.teamId, 'U0HOMER')).status, 200);
      const reply = await fake.waitForCall('response_url');
      assert.match(JSON.stringify(reply.body.blocks), new RegExp(translate('en', 'help.title')));
    });

    it('acks and ignores commands, events and clicks from another workspace, with a warning', async () => {
      for (const response of [
        await send.command('T0OTHER', 'U0OUTSIDER'),
        await send.homeOpened('T0OTHER', 'U0OUTSIDER'),
        await send.click('T0OTHER', 'U0OUTSIDER'),
      ]) {
        assert.equal(response.status, 200);
      }
      // the click's warning may be logged after its ack: poll for all three
      const warnings = await pollUntil(
        () => log.lines.filter((l) => /not allowed/.test(l.msg)),
        (found) => found.length >= 3,
        { what: 'three "not allowed" warnings' },
      );
      await pause(200);
      const work = fake.calls.filter((c) => c.method !== 'auth.test').map((c) => c.method);
      assert.deepEqual(work, [], 'nothing was done for the other workspace');
      assert.equal(log.lines.filter((l) => /not allowed/.test(l.msg)).length, 3);
      assert.ok(warnings.every((w) => w.teamId === 'T0OTHER'));
    });
  });

  describe('OAuth install with SLACK_ALLOWED_TEAM_IDS', () => {
    const CLIENT_ID = '3333.4444';
    const CLIENT_SECRET = 'allowlist-client-secret';
    const ALLOWED: FakeWorkspace = {
      teamId: 'T0ALLOWED',
      botToken: 'xoxb-allowed',
      botUserId: 'U0B1',
      botId: 'B01',
    };
    const IN_GRID: FakeWorkspace = {
      teamId: 'T0INGRID',
      botToken: 'xoxb-in-grid',
      botUserId: 'U0B2',
      botId: 'B02',
      enterpriseId: 'E0GRID',
    };
    const STRANGER: FakeWorkspace = {
      teamId: 'T0STRANGER',
      botToken: 'xoxb-stranger',
      botUserId: 'U0B3',
      botId: 'B03',
    };
    let fake: FakeSlackApi;
    let relais: TestRelais;
    const send = requests(
      () => relais,
      () => fake,
    );

    before(async () => {
      fake = await startFakeSlackApi();
      for (const [id, teamId] of [
        ['U0ALLOWED', ALLOWED.teamId],
        ['U0GRID', IN_GRID.teamId],
        ['U0STRANGER', STRANGER.teamId],
      ]) {
        fake.addUser({ id, teamId, realName: id, locale: 'fr-FR' });
      }
      relais = await startTestRelais({
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_CLIENT_ID: CLIENT_ID,
        SLACK_CLIENT_SECRET: CLIENT_SECRET,
        SLACK_STATE_SECRET: 'allowlist-state-secret',
        SLACK_API_URL: fake.apiUrl,
        SLACK_ALLOWED_TEAM_IDS: `${ALLOWED.teamId},E0GRID`,
      });
    });
    after(async () => {
      await relais?.close();
      await fake?.close();
    });
    beforeEach(() => fake.reset());

    async function install(workspace: FakeWorkspace, installer: string): Promise<Response> {
      const begin = await fetch(`${relais.url}/slack/install`, { redirect: 'manual' });
      const state = new URL(begin.headers.get('location') ?? '').searchParams.get('state') ?? '';
      const cookie = (begin.headers.get('set-cookie') ?? '').split(';')[0];
      const code = `code-${workspace.teamId}`;
      fake.addOAuthGrant({
        code,
        workspace,
        installerUserId: installer,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
      });
      return fetch(`${relais.url}/slack/oauth_redirect?code=${code}&state=${state}`, {
        headers: { Cookie: cookie, 'Accept-Language': 'fr-FR' },
      });
    }

    it('refuses an install into another workspace: failure page, nothing stored, tokens revoked', async () => {
      const response = await install(STRANGER, 'U0STRANGER');
      assert.equal(response.status, 403);
      assert.match(await response.text(), new RegExp(translate('fr', 'slack.install.failure').slice(0, 25)));
      const revoked = fake.callsTo('auth.revoke');
      assert.deepEqual(
        revoked.map((c) => c.token),
        [STRANGER.botToken],
      );

      // not stored: the messenger, which asks the installation store directly, finds no token
      const sent = await relais.core.messengers
        .get('slack')
        ?.send(
          { kind: 'conversation', platform: 'slack', tenantId: STRANGER.teamId, conversationId: 'C0X' },
          { summary: 'hi', blocks: [{ type: 'text', text: 'hi' }] },
          { locale: 'fr' },
        )
        .catch((error: unknown) => error);
      assert.equal((sent as { kind?: string }).kind, 'unreachable');

      fake.reset();
      assert.equal((await send.command(STRANGER.teamId, 'U0STRANGER')).status, 200, 'acked');
      await pause(200);
      assert.deepEqual(fake.callsTo('response_url'), [], 'and ignored');
      assert.deepEqual(fake.callsTo('users.info'), []);
    });

    it('accepts a listed workspace and a workspace of a listed organisation, and serves them', async () => {
      for (const [workspace, user] of [
        [ALLOWED, 'U0ALLOWED'],
        [IN_GRID, 'U0GRID'],
      ] as const) {
        const response = await install(workspace, user);
        assert.equal(response.status, 200, workspace.teamId);
        fake.reset();
        assert.equal((await send.command(workspace.teamId, user, workspace.enterpriseId)).status, 200);
        const reply = await fake.waitForCall('response_url');
        assert.match(JSON.stringify(reply.body.blocks), new RegExp(translate('fr', 'help.title')));
        assert.equal(fake.callsTo('users.info')[0]?.token, workspace.botToken);
      }
    });
  });
});
