/**
 * Two Relais servers behind one (imaginary) load balancer, on one PostgreSQL schema: the same
 * signed Slack event, delivered to both at the same moment (a retry landing on the other
 * instance), is handled once, and so is a replayed slash command. Counted on the fake Slack Web
 * API both servers talk to.
 */
import assert from 'node:assert/strict';
import type { Context } from 'mocha';
import { postgresTestUrl } from '../../harness/databases.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  eventCallback,
  eventRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import { BOT_TOKEN, ENGLISH, pause, SECRET, TEAM } from './slack-world.js';

describe('Slack dedupe across instances (two servers, one PostgreSQL) [postgres]', () => {
  let database: Awaited<ReturnType<typeof postgresTestUrl>>;
  let fake: FakeSlackApi | undefined;
  const servers: TestRelais[] = [];

  before(async function (this: Context) {
    this.timeout(20_000);
    database = await postgresTestUrl();
    if (!database) this.skip();
    fake = await startFakeSlackApi();
    fake.addWorkspace({ teamId: TEAM, botToken: BOT_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
    fake.addUser(ENGLISH);
    // one after the other: the second finds the schema already migrated
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startTestRelais({
          DATABASE_URL: database.url,
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_API_URL: fake.apiUrl,
        }),
      );
    }
  });

  after(async function (this: Context) {
    this.timeout(20_000);
    await Promise.all(servers.splice(0).map((server) => server.close()));
    await fake?.close();
    await database?.drop();
  });

  it('runs a slash command replayed to the other server once, and the same command typed twice twice', async () => {
    const command = () =>
      slashCommand({ teamId: TEAM, userId: ENGLISH.id, text: 'help', responseUrl: fake!.responseUrl() });
    const fields = command();
    const otherFields = command(); // typed again: its own trigger_id and response_url
    const captured = slashCommandRequest(fields, { secret: SECRET });
    const typedAgain = slashCommandRequest(otherFields, { secret: SECRET });
    const responses = await Promise.all([
      postToSlackEndpoint(servers[0].url, captured),
      postToSlackEndpoint(servers[1].url, captured),
      postToSlackEndpoint(servers[1].url, typedAgain),
    ]);
    assert.deepEqual(
      responses.map((r) => r.status),
      [200, 200, 200],
    );
    const answers = (url: string) =>
      fake!.callsTo('response_url').filter((c) => c.body.url === new URL(url).pathname).length;
    await fake!.waitForCall('response_url', (c) => c.body.url === new URL(fields.response_url).pathname);
    await fake!.waitForCall('response_url', (c) => c.body.url === new URL(otherFields.response_url).pathname);
    await pause(300); // a second answer to the replay would be sent by now
    assert.equal(
      answers(fields.response_url),
      1,
      'one answer: the replay did not run again on the other server',
    );
  });

  it('handles each of 10 events once when both servers receive every one of them together', async () => {
    const channels = Array.from({ length: 10 }, (_, i) => `D0RACE${i}`);
    const deliveries = channels.flatMap((channel, i) => {
      // a direct message "help" in its own DM channel: each event's reply is told apart by channel
      const envelope = eventCallback({
        teamId: TEAM,
        eventId: `Ev0ACROSS${i}`,
        event: { type: 'message', channel_type: 'im', channel, user: ENGLISH.id, text: 'help', ts: `1.${i}` },
      });
      const first = eventRequest(envelope, { secret: SECRET });
      const retry = eventRequest(envelope, {
        secret: SECRET,
        headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
      });
      return [postToSlackEndpoint(servers[0].url, first), postToSlackEndpoint(servers[1].url, retry)];
    });
    const responses = await Promise.all(deliveries);
    assert.deepEqual(
      responses.map((r) => r.status),
      responses.map(() => 200),
      'every delivery is acknowledged, the dropped ones too, so Slack stops retrying',
    );

    for (const channel of channels) {
      await fake!.waitForCall('chat.postMessage', (c) => c.body.channel === channel);
    }
    await pause(300); // a second reply would be sent by now
    const replies = fake!.callsTo('chat.postMessage');
    for (const channel of channels) {
      assert.equal(
        replies.filter((c) => c.body.channel === channel).length,
        1,
        `one reply in ${channel}, not one per server`,
      );
    }
  });
});
