/**
 * The Slack messenger's hot-path Web API calls (web-api-post.ts) against a bare HTTP server that
 * answers what the fake Web API never does: a 429 without Retry-After, an answer that is not JSON.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Keyv from 'keyv';
import { createSlackClients } from '../../../bots/slack/slack-clients.js';
import { createSlackMessenger } from '../../../bots/slack/slack-messenger.js';
import { postWebApiRetrying } from '../../../bots/slack/web-api-post.js';
import { card } from '../../../shared/cards/model.js';
import { loadConfig } from '../../../shared/config/config.js';
import { DeliveryError } from '../../../shared/errors/errors.js';
import { createLogger } from '../../../shared/logging/logger.js';
import type { Messenger } from '../../../shared/messaging/messenger.js';

type Answer = { status: number; headers?: Record<string, string>; body: string };

describe('Slack messenger: Web API answers beyond the fake', () => {
  let server: http.Server;
  let next: Answer;
  /** answered first, one per request, before `next` */
  const queued: Answer[] = [];
  let apiUrl = '';
  const seen: { url: string; authorization: string | undefined; body: string }[] = [];
  let messenger: Messenger;
  const news = card('Canteen closed', { type: 'text', text: 'Friday only.' });
  const toChannel = {
    kind: 'conversation',
    platform: 'slack',
    tenantId: 'T1',
    conversationId: 'C1',
  } as const;

  before(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body });
        const answer = queued.shift() ?? next;
        res.writeHead(answer.status, answer.headers ?? {});
        res.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    apiUrl = `http://127.0.0.1:${port}/api/`;
    const config = loadConfig({
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: apiUrl,
    });
    messenger = createSlackMessenger(
      createSlackClients(config, createLogger('silent'), undefined),
      new Keyv(),
    );
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
    queued.length = 0;
  });

  const rejection = async (promise: Promise<unknown>): Promise<DeliveryError> => {
    const error = await promise.then(
      () => assert.fail('expected a DeliveryError'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DeliveryError, `expected a DeliveryError, got ${error}`);
    return error;
  };

  it('maps a 429 without Retry-After to rate_limited for a minute, not an untyped failure', async () => {
    next = { status: 429, body: '{"ok":false,"error":"ratelimited"}' };
    const error = await rejection(messenger.send(toChannel, news, { locale: 'en' }));
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.retryAfterMs, 60_000);
    assert.equal(seen.length, 1, 'a single call');
  });

  it('posts the form the WebClient posted, with the bot token as a Bearer header', async () => {
    next = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true,"channel":"C1","ts":"1.2"}',
    };
    const sent = await messenger.send(toChannel, news, { locale: 'en' });
    assert.deepEqual(sent, { platform: 'slack', tenantId: 'T1', conversationId: 'C1', messageId: '1.2' });
    const [call] = seen;
    assert.equal(call?.url, '/api/chat.postMessage');
    assert.equal(call?.authorization, 'Bearer xoxb-test');
    const form = new URLSearchParams(call?.body);
    assert.equal(form.get('channel'), 'C1');
    assert.equal(form.get('unfurl_links'), 'false');
    assert.ok(Array.isArray(JSON.parse(form.get('blocks') ?? 'null')), 'blocks as JSON');
  });

  it('maps an answer that is not JSON to rejected, naming what Slack said', async () => {
    next = { status: 200, body: 'not json' };
    const error = await rejection(messenger.send(toChannel, news, { locale: 'en' }));
    assert.equal(error.kind, 'rejected');
    assert.equal(error.platformCode, 'not json');
  });

  it('answers a click as the interactive WebClient did: a 5xx tried again, a Slack error or a 429 not', async () => {
    const ok = { status: 200, body: '{"ok":true,"message_ts":"1.3"}' };
    const args = { channel: 'C1', user: 'U1', text: 'your vote' };
    queued.push({ status: 503, body: 'busy' }, { status: 502, body: 'busy' });
    next = ok;
    const answer = await postWebApiRetrying(apiUrl, 'xoxb-test', 'chat.postEphemeral', args, [1, 1]);
    assert.equal(answer.message_ts, '1.3');
    assert.equal(seen.length, 3, 'two retries');
    assert.equal(seen[2]?.url, '/api/chat.postEphemeral');

    for (const refused of [
      { status: 200, body: '{"ok":false,"error":"channel_not_found"}' },
      { status: 429, headers: { 'retry-after': '3' }, body: '' },
      { status: 400, body: 'bad' },
    ]) {
      seen.length = 0;
      queued.push(refused);
      await assert.rejects(postWebApiRetrying(apiUrl, 'xoxb-test', 'chat.postEphemeral', args, [1, 1]));
      assert.equal(seen.length, 1, `${refused.status} ${refused.body} is not tried again`);
    }
    seen.length = 0;
    queued.push({ status: 500, body: '' }, { status: 500, body: '' }, { status: 500, body: '' });
    await assert.rejects(
      postWebApiRetrying(apiUrl, 'xoxb-test', 'chat.postEphemeral', args, [1, 1]),
      /HTTP 500/,
    );
    assert.equal(seen.length, 3, 'gives up after two retries');
  });
});
