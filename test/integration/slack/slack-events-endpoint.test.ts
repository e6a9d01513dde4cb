/**
 * POST /slack/events over HTTP, like Slack calls it: signature and both halves of the 5-minute
 * window, URL verification, `/relais` in the person's language with user text escaped, the App
 * Home, direct messages, retried events processed once.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { pollUntil } from '../../harness/eventually.js';
import {
  eventCallback,
  eventRequest,
  nowSeconds,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import { ENGLISH, FRENCH, pause, SECRET, TEAM, textOf, useSlackWorld } from './slack-world.js';

describe('Slack events endpoint (HTTP)', () => {
  const world = useSlackWorld();

  const homeOpened = (userId: string, eventId?: string) =>
    eventCallback({
      teamId: TEAM,
      eventId,
      event: { type: 'app_home_opened', user: userId, channel: `D${userId.slice(1)}`, tab: 'home' },
    });

  describe('request authenticity', () => {
    it('rejects a bad signature with 401 and does nothing', async () => {
      const response = await world.event(homeOpened(FRENCH.id), { secret: 'not-the-secret' });
      assert.equal(response.status, 401);
      await pause(100);
      assert.equal(world.fake.callsTo('views.publish').length, 0);
    });

    it('rejects a request stamped 6 minutes ago with 401', async () => {
      const response = await world.event(homeOpened(FRENCH.id), { timestamp: nowSeconds() - 6 * 60 });
      assert.equal(response.status, 401);
    });

    it('rejects a request stamped 6 minutes in the future with 401', async () => {
      const response = await world.event(homeOpened(FRENCH.id), { timestamp: nowSeconds() + 6 * 60 });
      assert.equal(response.status, 401);
      await pause(100);
      assert.equal(world.fake.callsTo('views.publish').length, 0);
    });

    it('accepts a request stamped 4 minutes in the future (clock skew inside the window)', async () => {
      const response = await world.event(homeOpened(FRENCH.id), { timestamp: nowSeconds() + 4 * 60 });
      assert.equal(response.status, 200);
      await world.fake.waitForCall('views.publish');
    });

    it('rejects a signature of another length, or none, with 401 (never a 500)', async () => {
      const good = eventRequest(homeOpened(FRENCH.id), { secret: SECRET });
      for (const signature of ['v0=abc', '', `${good.headers['X-Slack-Signature']}00`]) {
        const response = await postToSlackEndpoint(world.relais.url, {
          body: good.body,
          headers: { ...good.headers, 'X-Slack-Signature': signature },
        });
        assert.equal(response.status, 401, `signature ${JSON.stringify(signature)}`);
      }
      const { 'X-Slack-Signature': _signature, ...unsigned } = good.headers;
      assert.equal(
        (await postToSlackEndpoint(world.relais.url, { body: good.body, headers: unsigned })).status,
        401,
      );
      await pause(100);
      assert.equal(world.fake.callsTo('views.publish').length, 0);
    });

    it('refuses a body over 4 MB with 413 before checking or parsing it, and serves the next request', async () => {
      const huge = eventRequest(
        { ...homeOpened(FRENCH.id), padding: 'x'.repeat(4 * 1024 * 1024) },
        { secret: SECRET },
      );
      const response = await postToSlackEndpoint(world.relais.url, huge);
      assert.equal(response.status, 413);
      const next = await world.event(homeOpened(FRENCH.id));
      assert.equal(next.status, 200);
      await world.fake.waitForCall('views.publish');
    });

    it('answers the URL verification challenge', async () => {
      const response = await world.event({ type: 'url_verification', token: 't', challenge: 'chal-123' });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { challenge: 'chal-123' });
    });
  });

  describe('/relais', () => {
    it('answers help in French for a French Slack user, privately through response_url', async () => {
      const fresh = { ...FRENCH, id: 'U0CAMILLE', realName: 'Camille Martin', email: 'camille@example.com' };
      world.fake.addUser(fresh);
      const { response, responseUrl } = await world.command(fresh.id, 'help');
      assert.equal(response.status, 200);
      const reply = await world.fake.waitForCall(
        'response_url',
        (c) => c.body.url === new URL(responseUrl).pathname,
      );
      assert.equal(reply.body.response_type, 'ephemeral');
      assert.match(textOf(reply.body.blocks), new RegExp(translate('fr', 'help.title')));
      assert.doesNotMatch(textOf(reply.body.blocks), new RegExp(translate('en', 'help.title')));
      assert.equal(reply.response.ok, true, 'the fake Slack accepted the blocks');
      // the locale came from users.info, asked with include_locale, then cached
      const lookups = world.fake.callsTo('users.info').filter((c) => c.body.user === fresh.id);
      assert.equal(lookups.length, 1);
      assert.equal(String(lookups[0].body.include_locale), 'true');
      await world.command(fresh.id, 'help');
      await world.fake.waitForCall('response_url', (c) => c !== reply);
      assert.equal(world.fake.callsTo('users.info').filter((c) => c.body.user === fresh.id).length, 1);
    });

    it('runs a replayed command once, and the same command typed twice twice', async () => {
      const replies = (url: string) =>
        world.fake.callsTo('response_url').filter((c) => c.body.url === new URL(url).pathname);
      // a signed request captured on the wire and sent again, as is, inside its 5-minute window
      const responseUrl = world.fake.responseUrl();
      const fields = slashCommand({ teamId: TEAM, userId: ENGLISH.id, text: 'help', responseUrl });
      const captured = slashCommandRequest(fields, { secret: SECRET });
      for (let i = 0; i < 3; i++) {
        const response = await postToSlackEndpoint(world.relais.url, captured);
        assert.equal(response.status, 200, 'a replay is acknowledged (Slack would otherwise retry it)');
      }
      await world.fake.waitForCall('response_url', (c) => c.body.url === new URL(responseUrl).pathname);
      await pause(300); // a second answer would be sent by now
      assert.equal(replies(responseUrl).length, 1, 'the replays did not run');

      // typed twice by the person: each invocation has its own trigger_id, and both run
      const first = await world.command(ENGLISH.id, 'help');
      const second = await world.command(ENGLISH.id, 'help');
      await pollUntil(
        async () => [replies(first.responseUrl).length, replies(second.responseUrl).length],
        (counts) => counts[0] === 1 && counts[1] === 1,
        { what: 'an answer to each of the two commands' },
      );
    });

    it('answers help in English for an English Slack user', async () => {
      await world.command(ENGLISH.id, 'aide');
      const reply = await world.fake.waitForCall('response_url');
      assert.match(textOf(reply.body.blocks), new RegExp(translate('en', 'help.title')));
      assert.match(String(reply.body.text), new RegExp(translate('en', 'help.title')));
    });

    it('treats `/relais` alone as help', async () => {
      await world.command(ENGLISH.id, '');
      const reply = await world.fake.waitForCall('response_url');
      assert.match(textOf(reply.body.blocks), new RegExp(translate('en', 'help.title')));
    });

    it('answers an unknown word with the localized "did not understand" message', async () => {
      await world.command(FRENCH.id, 'xyzzy');
      const reply = await world.fake.waitForCall('response_url');
      assert.match(textOf(reply.body.blocks), /Je n’ai pas compris/);
      assert.match(textOf(reply.body.blocks), /xyzzy/);
      await world.command(ENGLISH.id, 'xyzzy');
      const english = await world.fake.waitForCall('response_url', (c) => c !== reply);
      assert.match(textOf(english.body.blocks), /I did not understand/);
    });

    it('never lets user text ping a channel or a person', async () => {
      await world.command(ENGLISH.id, '<!channel> <@U0JOHN> <!everyone> & hi');
      const reply = await world.fake.waitForCall('response_url');
      const sent = textOf({ text: reply.body.text, blocks: reply.body.blocks });
      for (const raw of ['<!channel>', '<@U0JOHN>', '<!everyone>'])
        assert.ok(!sent.includes(raw), `${raw} reached Slack`);
      assert.match(sent, /&lt;!channel&gt;/);
      assert.equal(reply.body.link_names, undefined);
      assert.notEqual(reply.body.parse, 'full');
    });

    it('tells the person, in the default locale, when answering failed (and logs it)', async () => {
      world.fake.addUser({ id: 'U0UNLUCKY', teamId: TEAM, realName: 'Noé Malchance', locale: 'en-US' });
      world.fake.fail('users.info', { error: 'fatal_error', times: 1 });
      const { response } = await world.command('U0UNLUCKY', 'help');
      assert.equal(response.status, 200, 'acknowledged before the work failed');
      const reply = await world.fake.waitForCall('response_url');
      assert.equal(reply.body.response_type, 'ephemeral');
      assert.equal(reply.body.text, translate('fr', 'error.generic'));
      // the server keeps serving the same person
      await world.command('U0UNLUCKY', 'help');
      const next = await world.fake.waitForCall('response_url', (c) => c !== reply);
      assert.match(textOf(next.body.blocks), new RegExp(translate('en', 'help.title')));
    });

    it('learns the person from their Slack profile', async () => {
      await world.command(FRENCH.id, 'help');
      await world.fake.waitForCall('response_url');
      const person = await world.relais.core.people.findByIdentity({
        platform: 'slack',
        tenantId: TEAM,
        userId: FRENCH.id,
      });
      assert.equal(person?.email, FRENCH.email);
      assert.equal(person?.displayName, FRENCH.realName);
    });
  });

  describe('App Home', () => {
    it('publishes the Home view and remembers the first visit', async () => {
      const userId = 'U0HOMEFIRST';
      world.fake.addUser({ id: userId, teamId: TEAM, realName: 'Hélène Home', locale: 'fr-FR' });
      await world.event(homeOpened(userId));
      const publish = await world.fake.waitForCall('views.publish', (c) => c.body.user_id === userId);
      const view = publish.body.view as { type: string; blocks: unknown[] };
      assert.equal(view.type, 'home');
      assert.match(textOf(view.blocks), /Hélène Home/);
      assert.match(textOf(view.blocks), new RegExp(translate('fr', 'help.title')));
      assert.equal(publish.response.ok, true);

      await world.event(homeOpened(userId));
      await world.fake.waitForCall('views.publish', (c) => c !== publish && c.body.user_id === userId);
      const personId = (await world.relais.core.people.findByIdentity({
        platform: 'slack',
        tenantId: TEAM,
        userId,
      }))!.id;
      // events are tracked after the view is published: poll until both visits are recorded
      const events = await pollUntil(
        () =>
          world.relais.core.store.db
            .selectFrom('events')
            .select(['type'])
            .where('type', 'in', ['home.opened', 'home.first_visit'])
            .where('person_id', '=', personId)
            .execute(),
        (rows) =>
          rows.filter((e) => e.type === 'home.opened').length >= 2 &&
          rows.some((e) => e.type === 'home.first_visit'),
        { what: 'two home.opened events and a home.first_visit' },
      );
      assert.equal(events.filter((e) => e.type === 'home.opened').length, 2);
      assert.equal(events.filter((e) => e.type === 'home.first_visit').length, 1);
    });

    it('saves the DM channel as the person’s conversation', async () => {
      await world.event(homeOpened(ENGLISH.id));
      await world.fake.waitForCall('views.publish');
      const person = await world.relais.core.people.findByIdentity({
        platform: 'slack',
        tenantId: TEAM,
        userId: ENGLISH.id,
      });
      const conversation = await world.relais.core.conversations.findPersonal('slack', person!.id);
      assert.equal(conversation?.conversationId, `D${ENGLISH.id.slice(1)}`);
    });

    it('processes a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
      const envelope = homeOpened(FRENCH.id, 'Ev0RETRIED01');
      assert.equal((await world.event(envelope)).status, 200);
      await world.fake.waitForCall('views.publish');
      const retry = await world.event(envelope, {
        headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
      });
      assert.equal(retry.status, 200, 'the retry is acknowledged so Slack stops retrying');
      await pause(300);
      assert.equal(world.fake.callsTo('views.publish').length, 1);
    });
  });

  describe('direct messages', () => {
    it('answers a DM to the bot as a command, in the same DM', async () => {
      await world.event(
        eventCallback({
          teamId: TEAM,
          event: {
            type: 'message',
            channel_type: 'im',
            channel: 'D0JOHNDM',
            user: ENGLISH.id,
            text: 'help',
            ts: '1.1',
          },
        }),
      );
      const post = await world.fake.waitForCall('chat.postMessage');
      assert.equal(post.body.channel, 'D0JOHNDM');
      assert.match(textOf(post.body.blocks), new RegExp(translate('en', 'help.title')));
      assert.equal(post.token, 'xoxb-relais-test');
    });

    it('ignores bot messages and message subtypes', async () => {
      const base = { type: 'message', channel_type: 'im', channel: 'D0JOHNDM', text: 'help', ts: '1.2' };
      await world.event(
        eventCallback({ teamId: TEAM, event: { ...base, bot_id: 'B0OTHER', user: 'U0OTHERBOT' } }),
      );
      await world.event(
        eventCallback({ teamId: TEAM, event: { ...base, user: ENGLISH.id, subtype: 'message_changed' } }),
      );
      await pause(300);
      // (an earlier test's first Home visit started the welcome tour, whose step may land now in
      // John's DM as opened by the core: only answers in this conversation count)
      assert.equal(
        world.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0JOHNDM').length,
        0,
      );
    });
  });
});
