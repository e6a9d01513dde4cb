/** Which Slack setup the configuration selects, and the start banner line. */
import assert from 'node:assert/strict';
import { describeSlack, slackMode } from '../../../bots/slack/slack-mode.js';
import { loadConfig } from '../../../shared/config/config.js';

const config = (env: Record<string, string>) => loadConfig({ DATA_DIR: '/tmp/relais-none', ...env });

describe('Slack mode', () => {
  it('is off without Slack variables, and says how to turn it on', () => {
    const mode = slackMode(config({}));
    assert.equal(mode.enabled, false);
    assert.match(describeSlack(config({})), /SLACK_SIGNING_SECRET/);
  });

  it('single workspace over HTTP with a signing secret and a bot token', () => {
    const c = config({
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      PUBLIC_URL: 'https://r.example',
    });
    assert.deepEqual(slackMode(c), { enabled: true, transport: 'http', install: 'single' });
    assert.match(describeSlack(c), /https:\/\/r\.example\/slack\/events/);
  });

  it('OAuth install when SLACK_CLIENT_ID is set', () => {
    const c = config({
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'c',
      SLACK_STATE_SECRET: 'st',
    });
    assert.deepEqual(slackMode(c), { enabled: true, transport: 'http', install: 'oauth' });
    assert.match(describeSlack(c), /\/slack\/install/);
  });

  it('Socket Mode when SLACK_APP_TOKEN is set', () => {
    const c = config({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' });
    assert.deepEqual(slackMode(c), { enabled: true, transport: 'socket', install: 'single' });
  });

  it('is off, with the reason, when a signing secret comes without any token', () => {
    const mode = slackMode(config({ SLACK_SIGNING_SECRET: 's' }));
    assert.equal(mode.enabled, false);
    assert.match(mode.enabled ? '' : mode.reason, /SLACK_BOT_TOKEN/);
  });
});
