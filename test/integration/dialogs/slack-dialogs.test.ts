/**
 * Slack dialogs over HTTP through Bolt: a card button whose action answers with a dialog opens a
 * modal (views.open with the click's trigger_id, checked by the fake's Block Kit rules); the
 * modal's view_submission reaches the form's submit action with typed values; a refusal is shown
 * on its field (`response_action: 'errors'`), a next page replaces the modal (`update`), and the
 * notice is told privately where the dialog came from. Global and message shortcuts of
 * core.shortcuts, an unregistered shortcut, and a slash command answered with a dialog. On
 * SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { describeEachStore } from '../../harness/databases.js';
import { blockActions, eventCallback } from '../../harness/slack-signing.js';
import { ENGLISH, FRENCH, type SlackWorld, startSlackWorld, TEAM, textOf } from '../slack/slack-world.js';
import { type DialogProbe, registerDialogProbe, TOO_SHORT } from './dialog-probe.js';

// biome-ignore lint/suspicious/noExplicitAny: Slack view JSON
type View = Record<string, any>;

describeEachStore('Slack dialogs (modals, over HTTP)', (backend) => {
  let started: SlackWorld | undefined;
  const world = {
    get fake() {
      return started!.fake;
    },
    interact: (payload: Record<string, unknown>) => started!.interact(payload),
    command: (userId: string, text: string) => started!.command(userId, text),
    event: (envelope: Record<string, unknown>) => started!.event(envelope),
  };
  let probe: DialogProbe;
  let clicks = 0;

  before(async () => {
    const databaseUrl = backend().storeOptions?.databaseUrl;
    started = await startSlackWorld(databaseUrl ? { DATABASE_URL: databaseUrl } : {});
    probe = registerDialogProbe(started.relais.core);
  });
  after(async () => {
    await started?.close();
  });
  beforeEach(() => {
    started!.fake.reset();
    probe.requests.length = 0;
  });

  const viewOf = (call: { body: Record<string, unknown> }): View =>
    typeof call.body.view === 'string' ? JSON.parse(call.body.view) : (call.body.view as View);

  /** Clicks a button of action `test.dialog.open` and returns the modal Slack was asked to open. */
  async function openByButton(userId = ENGLISH.id): Promise<View> {
    clicks += 1;
    const response = await world.interact(
      blockActions({
        teamId: TEAM,
        userId,
        action: { action_id: 'test.dialog.open:0', value: JSON.stringify({ from: 'button' }) },
        // a fresh card and click each time: the same ones within 2 s would be a double click
        messageTs: `1700000000.${String(clicks).padStart(6, '0')}`,
        actionTs: `1700000001.${String(clicks).padStart(6, '0')}`,
      }),
    );
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.response.ok, true, `the modal passes the Block Kit checks: ${textOf(open.response)}`);
    assert.match(String(open.body.trigger_id), /\.trigger$/);
    return viewOf(open);
  }

  /** Posts the modal's view_submission with these state values; returns Slack's ack body. */
  async function submit(view: View, values: Record<string, unknown>, userId = ENGLISH.id) {
    const response = await world.interact({
      type: 'view_submission',
      team: { id: TEAM, domain: 'relais' },
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: '1700000000.submit.trigger',
      view: {
        ...view,
        id: 'V0DIALOG',
        team_id: TEAM,
        state: { values },
        hash: '1700000000.hash',
        root_view_id: 'V0DIALOG',
        app_id: 'A0FAKE',
        bot_id: 'B0BOT',
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    assert.equal(response.status, 200);
    const text = await response.text();
    return text ? JSON.parse(text) : {};
  }

  const question = (value: string) => ({ 'in.question': { value: { type: 'plain_text_input', value } } });
  const colours = (...ids: string[]) => ({
    'in.colours': {
      value: {
        type: 'checkboxes',
        selected_options: ids.map((id) => ({ value: id, text: { type: 'plain_text', text: id } })),
      },
    },
  });

  it('opens the dialog of a button as a modal and hands the submitted values to the submit action', async () => {
    const view = await openByButton();
    assert.equal(view.callback_id, 'relais.dialog');
    assert.equal(view.title.text, 'New question');
    assert.equal(view.submit.text, 'Create');
    assert.equal(view.close.text, 'Close');
    assert.deepEqual(JSON.parse(view.private_metadata), {
      action: 'test.dialog.create',
      payload: { origin: 'probe' },
      channelId: 'C0GENERAL',
    });
    const [opened] = probe.of('test.dialog.open');
    assert.deepEqual(opened.payload, { from: 'button' });
    assert.deepEqual(opened.conversation, {
      kind: 'conversation',
      platform: 'slack',
      tenantId: TEAM,
      conversationId: 'C0GENERAL',
    });

    const ack = await submit(view, { ...question('Lunch at noon?'), ...colours('red', 'blue') });
    assert.deepEqual(ack, {}, 'the modal closes');
    const [created] = probe.of('test.dialog.create');
    assert.deepEqual(created.inputs, { question: 'Lunch at noon?', colours: ['red', 'blue'] });
    assert.deepEqual(created.payload, { origin: 'probe' });
    assert.equal(created.actor.displayName, ENGLISH.realName);
    // the feature posted its card into the channel; the notice went to the person alone
    const posted = await world.fake.waitForCall('chat.postMessage');
    assert.equal(posted.body.channel, 'C0GENERAL');
    assert.match(textOf(posted.body), /Posted: Lunch at noon\?/);
    const notice = await world.fake.waitForCall('chat.postEphemeral');
    assert.equal(notice.body.channel, 'C0GENERAL');
    assert.equal(notice.body.user, ENGLISH.id);
    assert.match(textOf(notice.body), /Created: Lunch at noon\?/);
  });

  it('shows a refusal on its field and keeps the modal open', async () => {
    const view = await openByButton();
    const ack = await submit(view, { ...question('no'), ...colours() });
    assert.deepEqual(ack, { response_action: 'errors', errors: { 'in.question': TOO_SHORT } });
    assert.equal(world.fake.callsTo('chat.postEphemeral').length, 0);
  });

  it('replaces the modal with the next page, then closes on its notice', async () => {
    const view = await openByButton();
    const ack = await submit(view, { ...question('more') });
    assert.equal(ack.response_action, 'update');
    assert.equal(ack.view.title.text, 'Step 2');
    assert.deepEqual(checkBlockKit(ack.view, 'modal'), []);
    const done = await submit(ack.view, { 'in.note': { value: { type: 'plain_text_input', value: 'ok' } } });
    assert.deepEqual(done, {});
    assert.deepEqual(probe.of('test.dialog.finish')[0].inputs, { note: 'ok' });
    const notice = await world.fake.waitForCall('chat.postEphemeral');
    assert.match(textOf(notice.body), /Finished/);
  });

  it('tells the notice in the DM when the channel refuses the ephemeral (app not in the channel)', async () => {
    const view = await openByButton();
    world.fake.fail('chat.postEphemeral', { error: 'not_in_channel', channel: 'C0GENERAL' });
    const ack = await submit(view, question('Elsewhere'));
    assert.deepEqual(ack, {});
    const dm = await world.fake.waitForCall('chat.postMessage', (c) => c.body.channel === ENGLISH.id);
    assert.match(textOf(dm.body), /Created: Elsewhere/);
  });

  it('tells a submission whose action is gone, without an error status', async () => {
    const view = await openByButton(FRENCH.id);
    const stale = { ...view, private_metadata: JSON.stringify({ action: 'nothing.here', payload: {} }) };
    const ack = await submit(stale, question('Lunch'), FRENCH.id);
    assert.deepEqual(ack, {});
    const notice = await world.fake.waitForCall('chat.postMessage');
    assert.equal(notice.body.channel, FRENCH.id, 'no channel in the metadata: told in the DM');
    assert.ok(textOf(notice.body).includes(translate('fr', 'error.unknown_action')));
  });

  it('stacks a dialog opened from a button inside a modal (views.push)', async () => {
    const click = blockActions({
      teamId: TEAM,
      userId: ENGLISH.id,
      action: { action_id: 'test.dialog.open:0', value: '{}' },
      actionTs: '1700000002.000001',
    }) as Record<string, unknown>;
    delete click.channel;
    delete click.message;
    click.container = { type: 'view', view_id: 'V0PARENT' };
    click.view = {
      id: 'V0PARENT',
      type: 'modal',
      callback_id: 'relais.dialog',
      blocks: [],
      state: { values: {} },
    };
    const response = await world.interact(click);
    assert.equal(response.status, 200);
    const push = await world.fake.waitForCall('views.push');
    assert.equal(push.response.ok, true);
    assert.equal(viewOf(push).title.text, 'New question');
    assert.equal(world.fake.callsTo('views.open').length, 0);
    assert.equal(probe.of('test.dialog.open')[0].conversation, undefined);
  });

  const shortcut = (type: 'shortcut' | 'message_action', callbackId: string, extra: object = {}) => ({
    type,
    callback_id: callbackId,
    trigger_id: `trigger-${callbackId}`,
    action_ts: '1700000000.000100',
    team: { id: TEAM, domain: 'relais' },
    user: { id: ENGLISH.id, team_id: TEAM },
    token: 'legacy',
    ...extra,
  });

  it('opens a registered global shortcut with no source and no conversation', async () => {
    await world.interact(shortcut('shortcut', 'test.new'));
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.body.trigger_id, 'trigger-test.new');
    assert.equal(open.response.ok, true);
    assert.equal(viewOf(open).callback_id, 'relais.dialog');
    const [opened] = probe.of('test.dialog.open');
    assert.deepEqual(opened.payload, {});
    assert.equal(opened.conversation, undefined);
  });

  it('opens a registered message shortcut with the message text and author', async () => {
    await world.interact(
      shortcut('message_action', 'test.share', {
        channel: { id: 'C0NEWS', name: 'news' },
        message: {
          type: 'message',
          ts: '1700000000.000001',
          user: FRENCH.id,
          text: 'New canteen &amp; <https://menu.example/week|menus> &lt;3',
        },
        response_url: world.fake.responseUrl(),
      }),
    );
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.response.ok, true);
    const [opened] = probe.of('test.share.open');
    const sourceText = 'New canteen & menus (https://menu.example/week) <3';
    assert.deepEqual(opened.payload, { sourceText, sourceAuthor: FRENCH.realName });
    assert.equal(opened.conversation?.conversationId, 'C0NEWS');
    const input = viewOf(open).blocks.find((b: View) => b.block_id === 'in.question');
    assert.equal(input.element.initial_value, sourceText);
    assert.equal(JSON.parse(viewOf(open).private_metadata).channelId, 'C0NEWS');
  });

  it('says an unregistered shortcut is not available, in a modal', async () => {
    await world.interact(shortcut('shortcut', 'nobody.registered'));
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.response.ok, true);
    assert.ok(textOf(viewOf(open).blocks).includes(translate('en', 'error.unknown_action')));
  });

  it('answers a dialog command in the DM with an Open button that opens the modal', async function () {
    if (!probe.commandWord) this.skip();
    await world.event(
      eventCallback({
        teamId: TEAM,
        event: {
          type: 'message',
          channel_type: 'im',
          channel: 'D0JOHNDM',
          user: ENGLISH.id,
          text: probe.commandWord!,
          ts: '1.5',
        },
      }),
    );
    const posted = await world.fake.waitForCall('chat.postMessage');
    assert.equal(posted.response.ok, true);
    const blocks =
      typeof posted.body.blocks === 'string' ? JSON.parse(posted.body.blocks) : posted.body.blocks;
    const button = blocks.flatMap((b: View) => b.elements ?? []).find((e: View) => e.type === 'button');
    assert.match(button.action_id, /^command\.dialog:\d+$/);
    await world.interact(
      blockActions({
        teamId: TEAM,
        userId: ENGLISH.id,
        channelId: 'D0JOHNDM',
        messageTs: String(posted.response.ts),
        action: { action_id: button.action_id, value: button.value },
      }),
    );
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.response.ok, true);
    assert.equal(viewOf(open).title.text, 'New question');
  });

  it('opens the dialog of a slash command with the command trigger_id', async function () {
    if (!probe.commandWord) this.skip();
    const { response } = await world.command(FRENCH.id, probe.commandWord!);
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.match(String(open.body.trigger_id), /\.trigger$/);
    assert.equal(open.response.ok, true);
    const view = viewOf(open);
    assert.equal(view.title.text, 'New question');
    assert.equal(JSON.parse(view.private_metadata).channelId, 'C0GENERAL');
  });
});
