/**
 * "@relais help" in a channel (`app_mention`) over HTTP: the mention is stripped, the command
 * runs, and the answer goes privately (chat.postEphemeral) to the person who asked, in the
 * thread when asked in one, in their language.
 */
import assert from 'node:assert/strict';
import { withoutBotMention } from '../../../bots/slack/listeners/events/app-mention.js';
import { translate } from '../../../shared/i18n/i18n.js';
import { eventCallback } from '../../harness/slack-signing.js';
import { ENGLISH, FRENCH, pause, TEAM, textOf, useSlackWorld } from './slack-world.js';

describe('Slack app_mention (HTTP)', () => {
  const world = useSlackWorld();

  const mention = (userId: string, text: string, extra: Record<string, unknown> = {}) =>
    eventCallback({
      teamId: TEAM,
      event: {
        type: 'app_mention',
        user: userId,
        text,
        channel: 'C0GENERAL',
        ts: '1700000100.000100',
        ...extra,
      },
    });

  it('runs "@relais help" and answers the mentioner privately, in their language', async () => {
    const response = await world.event(mention(FRENCH.id, '<@U0BOT> aide'));
    assert.equal(response.status, 200);
    const reply = await world.fake.waitForCall('chat.postEphemeral');
    assert.equal(reply.body.channel, 'C0GENERAL');
    assert.equal(reply.body.user, FRENCH.id);
    assert.equal(reply.body.thread_ts, undefined, 'a mention in the channel is answered in the channel');
    assert.match(textOf(reply.body.blocks), new RegExp(translate('fr', 'help.title')));
    assert.equal(reply.response.ok, true, 'the fake Slack accepted the blocks');
    assert.equal(world.fake.callsTo('chat.postMessage').length, 0, 'nothing visible to the channel');
    // a mention comes only from a channel the bot is in: the console may offer to post there
    const saved = await world.relais.core.conversations.get('slack', 'C0GENERAL');
    assert.equal(saved?.kind, 'channel');
    assert.equal(saved?.tenantId, TEAM);
    assert.equal(saved?.personId, null);
  });

  it('answers in the thread when the mention was in a thread', async () => {
    await world.event(
      mention(ENGLISH.id, 'hey <@U0BOT|relais> help please', {
        ts: '1700000200.000300',
        thread_ts: '1700000200.000100',
      }),
    );
    const reply = await world.fake.waitForCall('chat.postEphemeral');
    assert.equal(reply.body.thread_ts, '1700000200.000100');
    assert.equal(reply.body.user, ENGLISH.id);
    // "hey help please": the first word is the command, so this is not understood...
    assert.match(textOf(reply.body.blocks), /I did not understand/);
    // ...and the echo does not contain the bot mention
    assert.doesNotMatch(textOf(reply.body.blocks), /U0BOT/);
  });

  it('treats a bare mention as help', async () => {
    await world.event(mention(ENGLISH.id, '<@U0BOT>'));
    const reply = await world.fake.waitForCall('chat.postEphemeral');
    assert.match(textOf(reply.body.blocks), new RegExp(translate('en', 'help.title')));
  });

  it('ignores mentions by other bots', async () => {
    await world.event(mention(ENGLISH.id, '<@U0BOT> help', { bot_id: 'B0OTHER' }));
    await pause(200);
    assert.equal(world.fake.callsTo('chat.postEphemeral').length, 0);
  });
});

describe('withoutBotMention', () => {
  it('removes the bot’s mentions, with or without a label, and keeps other people’s', () => {
    assert.equal(withoutBotMention('<@U0BOT> help', 'U0BOT'), 'help');
    assert.equal(withoutBotMention('  <@U0BOT|relais>   sondage  Quand ?', 'U0BOT'), 'sondage Quand ?');
    assert.equal(withoutBotMention('<@U0BOT> news for <@U0ANN>', 'U0BOT'), 'news for <@U0ANN>');
    assert.equal(withoutBotMention('<@U0BOT> help', undefined), 'help');
    assert.equal(withoutBotMention('help', 'U0BOT'), 'help');
  });
});
