/**
 * Shortcuts from the Slack manifest over HTTP: each runs its chat command through the core and
 * shows the answer in a modal (views.open with the shortcut's trigger), in the person's language.
 */
import assert from 'node:assert/strict';
import { shortcutCallbackIds } from '../../../manifests/slack/manifest.js';
import { translate } from '../../../shared/i18n/i18n.js';
import { ENGLISH, FRENCH, TEAM, textOf, useSlackWorld } from './slack-world.js';

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

  it('opens the poll command answer in a modal from the global shortcut', async () => {
    const response = await world.interact(shortcut('shortcut', shortcutCallbackIds.createPoll, FRENCH.id));
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.body.trigger_id, `trigger-${shortcutCallbackIds.createPoll}`);
    const view = typeof open.body.view === 'string' ? JSON.parse(open.body.view) : open.body.view;
    assert.equal(view.type, 'modal');
    assert.match(textOf(view.blocks), /La commande \*poll\* n’est pas encore disponible/);
    assert.equal(
      view.close.text,
      translate('fr', 'common.close'),
      'the close button says Fermer, not Retour',
    );
    assert.equal(open.response.ok, true, 'the modal passes the Block Kit checks');
  });

  it('answers the message shortcut "share as news" in English for an English speaker', async () => {
    await world.interact(shortcut('message_action', shortcutCallbackIds.shareNews, ENGLISH.id));
    const open = await world.fake.waitForCall('views.open');
    const view = typeof open.body.view === 'string' ? JSON.parse(open.body.view) : open.body.view;
    assert.ok(textOf(view.blocks).includes('The *news* command is not available yet.'));
    assert.equal(view.close.text, 'Close');
  });
});
