/**
 * What a REST caller hears when the platform refuses a poll it asked to post (POST /polls with
 * a conversation, POST /polls/{id}/post): a 4xx with a stable code and a French or English
 * message, never a 500. Over HTTP, against the fake Slack Web API and the fake Teams connector
 * answering what the real ones answer (channel_not_found, invalid_arguments, 404, 400, 429).
 */
import assert from 'node:assert/strict';
import { TEAM } from '../slack/slack-world.js';
import { type PollWorld, SLACK_CHANNEL, startPollWorld, TEAMS_CHANNEL, TENANT } from './poll-world.js';

const draft = (question: string) => ({ question, options: ['Yes', 'No'] });
const slackTarget = (conversationId: string) => ({ platform: 'slack', tenantId: TEAM, conversationId });
const teamsTarget = (conversationId: string) => ({ platform: 'teams', tenantId: TENANT, conversationId });

describe('Polls: platform refusals answer 4xx over HTTP', () => {
  let world: PollWorld;
  before(async () => {
    world = await startPollWorld(undefined);
  });
  after(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.slack.fake.reset();
  });

  it('answers 400 to a lone surrogate in the conversation id of POST /polls and /polls/{id}/post', async () => {
    for (const target of [slackTarget('\ud800'), teamsTarget('19:\ud800@thread.tacv2')]) {
      const created = await world.api('POST', '/polls', {
        poll: draft('Lone?'),
        target: { conversation: target },
      });
      assert.equal(created.status, 400, created.text);
      assert.equal(created.body.error.code, 'invalid_text');
    }
    const poll = await world.api('POST', '/polls', { poll: draft('Then posted?') });
    assert.equal(poll.status, 201, poll.text);
    const posted = await world.api('POST', `/polls/${poll.body.poll.id}/post`, {
      conversation: slackTarget('C\ud800'),
    });
    assert.equal(posted.status, 400, posted.text);
  });

  it('answers 422 conversation_unreachable when Slack says channel_not_found, in the caller’s language', async () => {
    world.slack.fake.fail('chat.postMessage', { error: 'channel_not_found' });
    const fr = await world.api('POST', '/polls', {
      poll: draft('Nowhere?'),
      target: { conversation: slackTarget('C0GONE') },
    });
    assert.equal(fr.status, 422, fr.text);
    assert.equal(fr.body.error.code, 'conversation_unreachable');
    assert.match(fr.body.error.message, /^Conversation introuvable ou injoignable sur Slack/);
    assert.equal(fr.body.error.details.platformCode, 'channel_not_found');

    const poll = await world.api('POST', '/polls', { poll: draft('Posted later?') });
    const en = await world.api(
      'POST',
      `/polls/${poll.body.poll.id}/post`,
      { conversation: slackTarget('C0GONE') },
      { 'accept-language': 'en-US' },
    );
    assert.equal(en.status, 422, en.text);
    assert.match(en.body.error.message, /^Conversation not found or not reachable on Slack/);
  });

  it('answers 422 platform_rejected when Slack says invalid_arguments, and 429 with Retry-After when it says ratelimited', async () => {
    world.slack.fake.fail('chat.postMessage', { error: 'invalid_arguments', times: 1 });
    const rejected = await world.api('POST', '/polls', {
      poll: draft('Bad args?'),
      target: { conversation: slackTarget(SLACK_CHANNEL) },
    });
    assert.equal(rejected.status, 422, rejected.text);
    assert.equal(rejected.body.error.code, 'platform_rejected');
    assert.match(rejected.body.error.message, /invalid_arguments/);

    world.slack.fake.fail('chat.postMessage', { error: 'ratelimited', times: 1 });
    const limited = await world.api('POST', '/polls', {
      poll: draft('Too fast?'),
      target: { conversation: slackTarget(SLACK_CHANNEL) },
    });
    assert.equal(limited.status, 429, limited.text);
    assert.equal(limited.body.error.code, 'rate_limited');
  });

  it('answers 422 when the Teams connector answers 404 or 400 for the conversation', async () => {
    world.connector.failNext({
      status: 404,
      method: 'POST',
      path: /\/activities$/,
      body: { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } },
    });
    const gone = await world.api('POST', '/polls', {
      poll: draft('Teams gone?'),
      target: { conversation: teamsTarget('19:gone@thread.tacv2') },
    });
    assert.equal(gone.status, 422, gone.text);
    assert.equal(gone.body.error.code, 'conversation_unreachable');
    assert.match(gone.body.error.message, /Microsoft Teams/);

    world.connector.failNext({
      status: 400,
      method: 'POST',
      path: /\/activities$/,
      body: { error: { code: 'BadArgument', message: 'Invalid conversation id' } },
    });
    const poll = await world.api('POST', '/polls', { poll: draft('Teams bad?') });
    const bad = await world.api('POST', `/polls/${poll.body.poll.id}/post`, {
      conversation: teamsTarget(TEAMS_CHANNEL),
    });
    assert.equal(bad.status, 422, bad.text);
    assert.equal(bad.body.error.code, 'platform_rejected');
  });
});
