/**
 * Shortcuts from the Slack manifest over HTTP: each opens a modal (views.open with the shortcut's
 * trigger) in the person's language. The registry behind them (core.shortcuts, dialogs, message
 * source) is tested in test/integration/dialogs/slack-dialogs.test.ts.
 */
import assert from 'node:assert/strict';
import { shortcutCallbackIds } from '../../../manifests/slack/manifest.js';
import { translate } from '../../../shared/i18n/i18n.js';
import { ENGLISH, FRENCH, TEAM, useSlackWorld } from './slack-world.js';

describe('Slack shortcuts (HTTP)', () => {
  const world = useSlackWorld();

  const shortcut = (type: 'shortcut' | 'message_action', callbackId: string, userId: string) => ({
    type,
    callback_id: callbackId,
    trigger_id: `trigger-${callbackId}`,
    action_ts: '1700000000.000100',
    team: { id: TEAM, domain: 'relais' },
    user: { id: userId, team_id: TEAM },
    token: 'legacy',
    ...(type === 'message_action' && {
      channel: { id: 'C0GENERAL', name: 'general' },
      message: { type: 'message', ts: '1700000000.000001', text: 'Nouvelle cantine' },
      response_url: world.fake.responseUrl(),
    }),
  });

  const viewOf = (open: { body: Record<string, unknown> }) =>
    typeof open.body.view === 'string' ? JSON.parse(open.body.view) : open.body.view;

  // what each manifest shortcut shows is its feature's (a form registered in core.shortcuts, or
  // the chat command's answer while none is): here, that it opens, in the person's language
  it('opens a modal from the global "create a poll" shortcut, in French for a French speaker', async () => {
    const response = await world.interact(shortcut('shortcut', shortcutCallbackIds.createPoll, FRENCH.id));
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.body.trigger_id, `trigger-${shortcutCallbackIds.createPoll}`);
    const view = viewOf(open);
    assert.equal(view.type, 'modal');
    assert.ok(view.blocks.length > 0);
    assert.equal(
      view.close.text,
      translate('fr', 'common.close'),
      'the close button says Fermer, not Retour',
    );
    assert.equal(open.response.ok, true, 'the modal passes the Block Kit checks');
  });

  it('opens a modal from the message shortcut "share as news", in English for an English speaker', async () => {
    await world.interact(shortcut('message_action', shortcutCallbackIds.shareNews, ENGLISH.id));
    const open = await world.fake.waitForCall('views.open');
    const view = viewOf(open);
    assert.equal(view.type, 'modal');
    assert.equal(view.close.text, 'Close');
    assert.equal(open.response.ok, true, 'the modal passes the Block Kit checks');
  });
});
