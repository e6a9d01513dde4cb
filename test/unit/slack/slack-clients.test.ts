/** Outbound Slack clients: one per workspace, replaced when the workspace's token rotates. */
import assert from 'node:assert/strict';
import type { InstallProvider } from '@slack/oauth';
import { createSlackClients } from '../../../bots/slack/slack-clients.js';
import { loadConfig } from '../../../shared/config/config.js';
import { DeliveryError } from '../../../shared/errors/errors.js';
import { createLogger } from '../../../shared/logging/logger.js';

const config = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
const logger = createLogger('silent');

/** An installer whose tokens the test changes, as token rotation does. */
function rotatingInstaller(tokens: Record<string, string | undefined>) {
  const installer = {
    authorize: async ({ teamId }: { teamId?: string }) => {
      const token = tokens[teamId ?? ''];
      if (token === undefined)
        throw Object.assign(new Error('no installation'), {
          code: 'slack_oauth_installer_authorization_error',
        });
      return { botToken: token };
    },
  };
  return installer as unknown as InstallProvider;
}

describe('Slack outbound clients', () => {
  it('keeps one client per workspace and replaces it when the token rotates', async () => {
    const tokens: Record<string, string | undefined> = { T1: 'xoxe.xoxb-1-a', T2: 'xoxb-2' };
    const clients = createSlackClients(config, logger, rotatingInstaller(tokens));
    const first = await clients.forWorkspace({ teamId: 'T1' });
    assert.equal(first.token, 'xoxe.xoxb-1-a');
    assert.equal(await clients.forWorkspace({ teamId: 'T1' }), first, 'same token, same client');
    const other = await clients.forWorkspace({ teamId: 'T2' });
    assert.notEqual(other, first);

    tokens.T1 = 'xoxe.xoxb-1-b';
    const rotated = await clients.forWorkspace({ teamId: 'T1' });
    assert.equal(rotated.token, 'xoxe.xoxb-1-b');
    assert.notEqual(rotated, first);
    assert.equal(await clients.forWorkspace({ teamId: 'T2' }), other, 'other workspaces keep theirs');

    // the old client was dropped, not kept beside the new one: the old token gets a new client
    tokens.T1 = 'xoxe.xoxb-1-a';
    const again = await clients.forWorkspace({ teamId: 'T1' });
    assert.equal(again.token, 'xoxe.xoxb-1-a');
    assert.notEqual(again, first);
  });

  it('keeps workspaces of different enterprises apart', async () => {
    const installer = {
      authorize: async ({ enterpriseId }: { enterpriseId?: string }) => ({
        botToken: `xoxb-${enterpriseId}`,
      }),
    } as unknown as InstallProvider;
    const clients = createSlackClients(config, logger, installer);
    const a = await clients.forWorkspace({ teamId: 'T1', enterpriseId: 'E1' });
    const b = await clients.forWorkspace({ teamId: 'T1', enterpriseId: 'E2' });
    assert.equal(a.token, 'xoxb-E1');
    assert.equal(b.token, 'xoxb-E2');
    assert.equal(await clients.forWorkspace({ teamId: 'T1', enterpriseId: 'E1' }), a);
  });

  it('says unreachable for a workspace without an installation', async () => {
    const clients = createSlackClients(config, logger, rotatingInstaller({}));
    await assert.rejects(
      clients.forWorkspace({ teamId: 'T9' }),
      (error) => error instanceof DeliveryError && error.kind === 'unreachable',
    );
  });

  it('uses SLACK_BOT_TOKEN in single-workspace mode', async () => {
    const single = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-single' });
    const clients = createSlackClients(single, logger, undefined);
    const client = await clients.forWorkspace({ teamId: 'T1' });
    assert.equal(client.token, 'xoxb-single');
    assert.equal(await clients.forWorkspace({ teamId: 'T2' }), client);
  });
});
