/**
 * The chat surfaces of news over HTTP, on SQLite and PostgreSQL + Redis: a Teams read receipt
 * (`event` application/vnd.microsoft.readReceipt) and `messageReaction` activities posted to
 * /api/messages through the real adapter, and signed Slack `reaction_added` events, mark the
 * delivered copy read or reacted in the stats; the Slack App Home shows a person their news (and
 * a guest outside the audience none), recording a view of each item it shows.
 */
import assert from 'node:assert/strict';
import {
  blockActions,
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
} from '../../harness/slack-signing.js';
import {
  messageActivity,
  postActivity,
  type TeamsScene,
  type WireActivity,
} from '../../harness/teams-activities.js';
import {
  describeNewsBackends,
  type NewsWorld,
  SLACK_SECRET,
  SLACK_TEAM,
  startNewsWorld,
  TENANT,
  until,
  type WorldPerson,
} from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

const titles = { fr: 'Le nouveau restaurant ouvre', en: 'The new canteen opens' };

describeNewsBackends('News surfaces: read receipts, reactions, App Home (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  let alice: WorldPerson; // Teams, in the audience
  let carol: WorldPerson; // Slack, in the audience
  let greg: WorldPerson; // Slack guest, outside the audience
  let newsId: string;

  const deliveries = async (): Promise<Json[]> =>
    (await (await world.api('GET', `/news/${newsId}/deliveries`)).json()).deliveries;
  const recordOf = async (p: WorldPerson): Promise<Json> =>
    (await deliveries()).find((d) => d.personId === p.person.id);
  const stats = async (): Promise<Json> => (await world.api('GET', `/news/${newsId}/stats`)).json();

  /** Alice in her 1:1 chat with the bot, where the news copy was delivered */
  const aliceScene = async (): Promise<TeamsScene> => ({
    serviceUrl: world.teams.url,
    tenantId: TENANT,
    user: { id: alice.userId, aadObjectId: alice.aadObjectId ?? '', name: 'Alice Martin' },
    conversation: { id: (await recordOf(alice)).conversationId, conversationType: 'personal' },
  });

  function teamsEvent(scene: TeamsScene, fields: WireActivity): WireActivity {
    const activity = messageActivity(scene, '');
    delete activity.text;
    delete activity.textFormat;
    return { ...activity, ...fields };
  }

  const slackEvent = (event: Record<string, unknown>) =>
    postToSlackEndpoint(
      world.relais.url,
      eventRequest(eventCallback({ teamId: SLACK_TEAM, event }), { secret: SLACK_SECRET }),
    );

  before(async () => {
    // BullMQ queues of their own: another suite's server on the same Redis must not take these jobs
    world = await startNewsWorld(backendEnv(), {
      REDIS_QUEUE_PREFIX: `news-surf-${process.pid}-${Date.now().toString(36)}`,
    });
    alice = await world.teamsPerson('Alice Martin', { locale: 'fr', department: 'Ventes' });
    carol = await world.slackPerson('Carol White', { locale: 'en', department: 'Support' });
    greg = await world.slackPerson('Greg Guest', { locale: 'en', kind: 'guest' });
    const created = await world.api('POST', '/news', {
      body: {
        strategic: true,
        variants: {
          fr: { title: titles.fr, body: 'Ouverture **lundi**.' },
          en: { title: titles.en, body: 'Opening on **Monday**.' },
        },
        audience: { people: [alice.person.id, carol.person.id] },
      },
    });
    assert.equal(created.status, 201);
    newsId = (await created.json()).id;
    assert.equal((await world.api('POST', `/news/${newsId}/publish`, { body: {} })).status, 200);
    let last: Json[] = [];
    await until(
      async () => {
        const rows = await deliveries();
        last = rows;
        return rows.length === 2 && rows.every((d) => d.status === 'sent' && d.messageId);
      },
      { timeoutMs: 30_000, what: 'both copies sent' },
    ).catch((error) => {
      throw new Error(`${error.message}: ${JSON.stringify(last)}`);
    });
  });
  after(() => world?.close());

  it('a Teams read receipt through /api/messages marks the delivered copy read', async () => {
    const record = await recordOf(alice);
    assert.equal(record.readAt, null, 'not read before the receipt');
    const scene = await aliceScene();
    const response = await postActivity(
      world.relais.url,
      teamsEvent(scene, {
        type: 'event',
        name: 'application/vnd.microsoft.readReceipt',
        value: { lastReadMessageId: record.messageId },
      }),
    );
    assert.equal(response.status, 200);
    const read = await until(async () => (await recordOf(alice)).readAt);
    assert.ok(Date.parse(read) > 0);
    assert.ok((await stats()).totals.read >= 1);
  });

  it('a read receipt for a message older than the news marks nothing', async () => {
    const record = await recordOf(carol);
    const scene = await aliceScene();
    // Carol's Slack copy is not in Alice's chat: a receipt there cannot reach it
    await postActivity(
      world.relais.url,
      teamsEvent(scene, {
        type: 'event',
        name: 'application/vnd.microsoft.readReceipt',
        value: { lastReadMessageId: 'not-a-message-of-ours' },
      }),
    );
    assert.equal((await recordOf(carol)).readAt, record.readAt);
  });

  it('a Teams messageReaction on the news copy records the reaction; its removal is logged', async () => {
    const record = await recordOf(alice);
    const scene = await aliceScene();
    const before = (await stats()).totals.reacted;
    const added = await postActivity(
      world.relais.url,
      teamsEvent(scene, {
        type: 'messageReaction',
        replyToId: record.messageId,
        reactionsAdded: [{ type: 'heart' }],
      }),
    );
    assert.equal(added.status, 200);
    await until(async () => (await recordOf(alice)).reactedAt);
    assert.equal((await stats()).totals.reacted, before + 1);

    await postActivity(
      world.relais.url,
      teamsEvent(scene, {
        type: 'messageReaction',
        replyToId: record.messageId,
        reactionsRemoved: [{ type: 'heart' }],
      }),
    );
    const removal = await until(async () => {
      const events = await world.relais.core.store.db
        .selectFrom('events')
        .select(['type', 'data'])
        .where('subject_id', '=', newsId)
        .where('type', '=', 'news.reacted')
        .execute();
      return events
        .map((e) => (typeof e.data === 'string' ? JSON.parse(e.data) : e.data))
        .find((data) => data?.added === false);
    });
    assert.equal(removal.reaction, 'heart');
  });

  it('a Teams reaction on another message changes nothing', async () => {
    const scene = await aliceScene();
    const before = await stats();
    const response = await postActivity(
      world.relais.url,
      teamsEvent(scene, {
        type: 'messageReaction',
        replyToId: 'activity-of-someone-else',
        reactionsAdded: [{ type: 'like' }],
      }),
    );
    assert.equal(response.status, 200);
    assert.deepEqual((await stats()).totals, before.totals);
  });

  it('a signed Slack reaction_added on the news message records the reaction', async () => {
    const record = await recordOf(carol);
    assert.equal(record.reactedAt, null);
    const response = await slackEvent({
      type: 'reaction_added',
      user: carol.userId,
      reaction: 'tada',
      item: { type: 'message', channel: record.conversationId, ts: record.messageId },
      item_user: 'U0BOT',
    });
    assert.equal(response.status, 200);
    await until(async () => (await recordOf(carol)).reactedAt);
    const byDepartment = (await stats()).byDepartment.find((d: Json) => d.department === 'Support');
    assert.equal(byDepartment.reacted, 1);
  });

  it('a Slack reaction on a message that is not news records nothing', async () => {
    const before = await stats();
    const response = await slackEvent({
      type: 'reaction_added',
      user: carol.userId,
      reaction: 'tada',
      item: { type: 'message', channel: 'C0ELSEWHERE', ts: '1700000000.000100' },
    });
    assert.equal(response.status, 200);
    assert.deepEqual((await stats()).totals, before.totals);
  });

  it('the App Home shows Carol her news with the acknowledgement button, and records the view', async () => {
    assert.equal((await recordOf(carol)).readAt, null, 'not read before the Home visit');
    world.slack.reset();
    const response = await slackEvent({
      type: 'app_home_opened',
      user: carol.userId,
      channel: 'D0CAROL',
      tab: 'home',
    });
    assert.equal(response.status, 200);
    const call = await world.slack.waitForCall('views.publish', (c) => c.body.user_id === carol.userId);
    const view = typeof call.body.view === 'string' ? JSON.parse(call.body.view) : call.body.view;
    const text = JSON.stringify(view.blocks);
    assert.equal(view.type, 'home');
    assert.ok(text.includes(titles.en), 'her news, in her language');
    assert.ok(text.includes('Your news'));
    assert.ok(text.includes('news.ack') || text.includes('I have read it'), 'the acknowledgement button');
    await until(async () => (await recordOf(carol)).readAt);
  });

  it('"I have read it" on the App Home records the acknowledgement and republishes the feed once', async () => {
    world.slack.reset();
    await slackEvent({ type: 'app_home_opened', user: carol.userId, channel: 'D0CAROL', tab: 'home' });
    const opened = await world.slack.waitForCall('views.publish', (c) => c.body.user_id === carol.userId);
    const homeView = typeof opened.body.view === 'string' ? JSON.parse(opened.body.view) : opened.body.view;
    const ack = homeView.blocks
      .filter((b: Json) => b.type === 'actions')
      .flatMap((b: Json) => b.elements)
      .find((e: Json) => e.text?.text === 'I have read it');
    assert.ok(ack, 'the Home carries the button');
    world.slack.reset();
    const payload = {
      ...blockActions({
        teamId: SLACK_TEAM,
        userId: carol.userId,
        action: { action_id: ack.action_id, value: ack.value, type: 'button', text: ack.text },
      }),
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: homeView.blocks },
      channel: undefined,
      message: undefined,
    };
    const response = await postToSlackEndpoint(
      world.relais.url,
      interactionRequest(payload, { secret: SLACK_SECRET }),
    );
    assert.equal(response.status, 200);
    await until(async () => (await recordOf(carol)).acknowledgedAt);
    assert.equal((await stats()).totals.acknowledged, 1);
    const republished = await world.slack.waitForCall(
      'views.publish',
      (c) => c.body.user_id === carol.userId && JSON.stringify(c.body.view).includes('Acknowledged on'),
    );
    const view =
      typeof republished.body.view === 'string' ? JSON.parse(republished.body.view) : republished.body.view;
    const headers = view.blocks.filter((b: Json) => b.type === 'header' && b.text.text === titles.en);
    assert.equal(headers.length, 1, 'the item once, not once more for the answer card');
    const text = JSON.stringify(view);
    assert.ok(!text.includes('I have read it'), 'the button is gone');
  });

  it('a guest outside the audience sees no news on the App Home', async () => {
    world.slack.reset();
    await slackEvent({ type: 'app_home_opened', user: greg.userId, channel: 'D0GREG', tab: 'home' });
    const call = await world.slack.waitForCall('views.publish', (c) => c.body.user_id === greg.userId);
    const view = typeof call.body.view === 'string' ? JSON.parse(call.body.view) : call.body.view;
    const text = JSON.stringify(view.blocks);
    assert.ok(
      !text.includes(titles.en) && !text.includes(titles.fr),
      'nothing that was not addressed to him',
    );
    assert.ok(text.includes('No news for you at the moment.'));
  });
});
