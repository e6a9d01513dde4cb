/**
 * News tracking over HTTP: "I have read it" through a real Teams `adaptiveCard/action` invoke and
 * a signed Slack `block_actions` (each refreshes the card in place with the date), tracked links
 * (302 to the real URL, click recorded, forged tokens refused), reactions and read receipts,
 * statistics per department, the delivery records as CSV, who has not acknowledged, and
 * reminders sent only to them (short delay configured), on SQLite and PostgreSQL + Redis.
 */
import assert from 'node:assert/strict';
import { REMINDER_SUBJECT } from '../../../shared/news/news-context.js';
import { blockActions, interactionRequest, postToSlackEndpoint } from '../../harness/slack-signing.js';
import { executeActionActivity, messageActivity, postActivity } from '../../harness/teams-activities.js';
import { executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import {
  describeNewsBackends,
  type NewsWorld,
  SLACK_SECRET,
  SLACK_TEAM,
  startNewsWorld,
  TENANT,
  until,
  type WorldPerson,
} from './news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

/** the first element of a card of that type, wherever it sits */
function findOfType(node: Json, type: string): Json {
  if (!node || typeof node !== 'object') return undefined;
  if (node.type === type) return node;
  for (const value of Object.values(node)) {
    const found = findOfType(value, type);
    if (found) return found;
  }
  return undefined;
}

describeNewsBackends('News tracking: acknowledgements, links, stats, reminders (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  let alice: WorldPerson; // Teams, French, Sales
  let bob: WorldPerson; // Teams, English, Sales
  let carol: WorldPerson; // Slack, English, Support
  let newsId: string;
  let records: Json[];

  const recordOf = (p: WorldPerson) => records.find((d) => d.personId === p.person.id);

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_DELAY: 'PT4S', NEWS_REMINDER_COUNT: '2' });
    alice = await world.teamsPerson('Alice Martin', { locale: 'fr', department: 'Sales' });
    bob = await world.teamsPerson('Bob Jones', { locale: 'en', department: 'Sales' });
    carol = await world.slackPerson('Carol White', { locale: 'en', department: 'Support' });
    const created = await world.api('POST', '/news', {
      body: {
        strategic: true,
        variants: {
          fr: {
            title: 'Sécurité : nouvelle procédure',
            body: 'Merci de lire la procédure.',
            buttons: [{ label: 'Lire la procédure', url: 'https://intranet.example/securite?x=1&y=2' }],
          },
          en: {
            title: 'Safety: new procedure',
            body: 'Please read the procedure.',
            buttons: [{ label: 'Read the procedure', url: 'https://intranet.example/safety?x=1&y=2' }],
          },
        },
        audience: { people: [alice.person.id, bob.person.email, carol.person.id] },
      },
    });
    newsId = (await created.json()).id;
    assert.equal((await world.api('POST', `/news/${newsId}/publish`, { body: {} })).status, 200);
    let last: Json;
    records = await until(
      async () => {
        const res = await (await world.api('GET', `/news/${newsId}/deliveries`)).json();
        last = res;
        return res.deliveries.length === 3 && res.deliveries.every((d: Json) => d.status === 'sent')
          ? res.deliveries
          : undefined;
      },
      { what: 'three copies sent' },
    ).catch((error) => {
      throw new Error(`${error.message}: ${JSON.stringify(last)}`);
    });
  });
  after(async () => {
    await world?.close();
  });

  const teamsCardTo = (p: WorldPerson): Json => {
    const activity = world.teams
      .sentActivities()
      .find((r) => r.path === `/v3/conversations/${recordOf(p).conversationId}/activities`);
    assert.ok(activity, `a card reached ${p.person.displayName}`);
    return activity.body.attachments[0].content;
  };

  it('acknowledges through a real Teams adaptiveCard/action invoke and refreshes the card with the date', async () => {
    const card = teamsCardTo(alice);
    const ack = executeActionsOf(card).find((a) => a.verb === 'news.ack');
    assert.ok(ack, 'the strategic card has the "I have read it" button');
    const invoke = executeActionActivity(
      {
        serviceUrl: world.teams.url,
        tenantId: TENANT,
        user: { id: alice.userId, aadObjectId: alice.aadObjectId!, name: 'Alice Martin' },
        conversation: { id: recordOf(alice).conversationId, conversationType: 'personal' },
      },
      { verb: ack.verb, data: ack.data },
      { replyToId: recordOf(alice).messageId },
    );
    const answer = await postActivity(world.relais.url, invoke);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.statusCode, 200);
    const texts = textsOf(answer.body.value).join(' ');
    assert.match(texts, /Lecture confirmée le/);
    assert.equal(executeActionsOf(answer.body.value).length, 0, 'no button once acknowledged');
  });

  it('acknowledges through a signed Slack block_actions and updates the message in place', async () => {
    const post = world.slack
      .callsTo('chat.postMessage')
      .find((c) => c.body.channel === recordOf(carol).conversationId);
    assert.ok(post);
    const buttons = (post.body.blocks as Json[]).flatMap((b) => b.elements ?? []);
    const ack = buttons.find((e: Json) => String(e.action_id).startsWith('news.ack'));
    assert.ok(ack, JSON.stringify(buttons));
    const response = await postToSlackEndpoint(
      world.relais.url,
      interactionRequest(
        blockActions({
          teamId: SLACK_TEAM,
          userId: carol.userId,
          action: { action_id: ack.action_id, value: ack.value, type: 'button', text: ack.text },
          channelId: recordOf(carol).conversationId,
          messageTs: recordOf(carol).messageId,
        }),
        { secret: SLACK_SECRET },
      ),
    );
    assert.equal(response.status, 200);
    const update = await until(() =>
      world.slack.callsTo('chat.update').find((c) => c.body.ts === recordOf(carol).messageId),
    );
    assert.match(JSON.stringify(update.body.blocks), /Acknowledged on/);
  });

  it('redirects a tracked link to the real URL and records the click; refuses a forged token', async () => {
    const open = findOfType(teamsCardTo(bob), 'Action.OpenUrl');
    assert.ok(open);
    const tracked = new URL(open.url);
    assert.match(tracked.pathname, /^\/api\/v1\/r\//);
    const res = await fetch(`${world.relais.url}${tracked.pathname}`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), 'https://intranet.example/safety?x=1&y=2');

    const token = tracked.pathname.split('/').pop()!;
    const [body, mac] = token.split('.');
    const flipped = `${body}.${mac!.startsWith('A') ? 'B' : 'A'}${mac!.slice(1)}`;
    const forged = await fetch(`${world.relais.url}/api/v1/r/${flipped}`, { redirect: 'manual' });
    assert.equal(forged.status, 404);
    const other = Buffer.from(JSON.stringify([newsId, bob.person.id, '', 'https://evil.example/'])).toString(
      'base64url',
    );
    assert.equal(
      (await fetch(`${world.relais.url}/api/v1/r/${other}.${mac}`, { redirect: 'manual' })).status,
      404,
    );

    const events = await world.relais.core.store.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'news.clicked')
      .where('subject_id', '=', newsId)
      .execute();
    assert.equal(events.length, 1);
    assert.equal(events[0]!.person_id, bob.person.id);
  });

  it('records reactions and Teams read receipts as signals and events', async () => {
    await world.relais.core.news.recordReaction({
      platform: 'slack',
      conversationId: recordOf(carol).conversationId,
      messageId: recordOf(carol).messageId,
      identity: { platform: 'slack', tenantId: SLACK_TEAM, userId: carol.userId },
      reaction: 'thumbsup',
      added: true,
    });
    await world.relais.core.news.recordReadReceipt(
      'teams',
      recordOf(bob).conversationId,
      recordOf(bob).messageId,
    );
    const types = (
      await world.relais.core.store.db
        .selectFrom('events')
        .select(['type', 'person_id'])
        .where('subject_id', '=', newsId)
        .execute()
    ).map((e) => `${e.type}:${e.person_id}`);
    assert.ok(types.includes(`news.reacted:${carol.person.id}`), types.join());
    assert.ok(types.includes(`news.read:${bob.person.id}`), types.join());
    assert.ok(types.includes(`news.acknowledged:${alice.person.id}`), types.join());
  });

  it('reports stats per department, lists who has not acknowledged, and exports the deliveries as CSV', async () => {
    const stats = await (await world.api('GET', `/news/${newsId}/stats`)).json();
    assert.equal(stats.deliveries.byStatus.sent, 3);
    assert.deepEqual(stats.totals, {
      targeted: 3,
      delivered: 3,
      read: 3,
      acknowledged: 2,
      clicked: 1,
      reacted: 1,
    });
    const sales = stats.byDepartment.find((d: Json) => d.department === 'Sales');
    assert.deepEqual(
      { ...sales },
      { department: 'Sales', targeted: 2, delivered: 2, read: 2, acknowledged: 1, clicked: 1, reacted: 0 },
    );

    const pending = await (await world.api('GET', `/news/${newsId}/pending-acknowledgements`)).json();
    assert.equal(pending.total, 1);
    assert.equal(pending.people[0].personId, bob.person.id);
    assert.deepEqual(pending.people[0].platforms, ['teams']);

    const asked: { query: string; headers: Record<string, string> }[] = [
      { query: '?format=csv', headers: {} },
      { query: '', headers: { Accept: 'text/csv' } },
    ];
    for (const init of asked) {
      const csv = await world.api('GET', `/news/${newsId}/deliveries${init.query}`, {
        headers: init.headers,
      });
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      const lines = (await csv.text()).trim().split('\r\n');
      assert.equal(lines.length, 4);
      assert.match(lines[0]!, /^deliveryId,personId,displayName,email,department,platform/);
      const aliceLine = lines.find((l) => l.includes(alice.person.id))!;
      assert.match(aliceLine, /Alice Martin/);
      assert.match(aliceLine, /,sent,/);
    }
  });

  it('answers the news command with the person’s feed, acknowledgement state included', async () => {
    const activity = messageActivity(
      {
        serviceUrl: world.teams.url,
        tenantId: TENANT,
        user: { id: alice.userId, aadObjectId: alice.aadObjectId!, name: 'Alice Martin' },
        conversation: { id: recordOf(alice).conversationId, conversationType: 'personal' },
      },
      'actus',
    );
    assert.equal((await postActivity(world.relais.url, activity)).status, 200);
    // the answer to this message, not a reminder or a delivery going out meanwhile
    const answers = await until(() => {
      const found = world.teams.repliesTo(activity.id);
      return found.length > 0 ? found : undefined;
    });
    const texts = answers.flatMap((r) => textsOf(r.body)).join(' ');
    assert.match(texts, /Vos actualités/);
    assert.match(texts, /Sécurité : nouvelle procédure/);
    assert.match(texts, /lue et confirmée/);
  });

  it('makes a draft from chat (share as news) within the author’s grant; members cannot', async () => {
    const sam = await world.teamsPerson('Sam Scope', { locale: 'en', department: 'Sales' });
    await world.relais.core.people.grant(sam.person.id, 'communicator', 'department:Sales');
    const person = (await world.relais.core.people.get(sam.person.id))!;
    const draft = await world.relais.core.news.createDraft(
      { kind: 'person', person },
      { title: 'Shared from chat', body: 'Look at this' },
    );
    assert.equal(draft.status, 'draft');
    assert.deepEqual(draft.variants.en?.title, 'Shared from chat');
    assert.deepEqual(draft.audience.departments, ['Sales']);
    await assert.rejects(
      world.relais.core.news.createDraft({ kind: 'person', person: bob.person }, { title: 'x' }),
      (e: Error & { code?: string }) => e.code === 'forbidden',
    );
  });

  it('acknowledges from a copy posted in a channel without changing that shared copy', async () => {
    const created = await world.api('POST', '/news', {
      body: {
        strategic: true,
        variants: { en: { title: 'Channel news' } },
        audience: { channels: [{ platform: 'slack', tenantId: SLACK_TEAM, conversationId: 'C0NEWSROOM' }] },
      },
    });
    const id = (await created.json()).id;
    await world.api('POST', `/news/${id}/publish`, { body: {} });
    const [copy] = await until(async () => {
      const res = await (await world.api('GET', `/news/${id}/deliveries`)).json();
      return res.deliveries[0]?.status === 'sent' ? res.deliveries : undefined;
    });
    assert.equal(copy.personId, null);
    const post = world.slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'C0NEWSROOM');
    assert.ok(post);
    const ack = (post.body.blocks as Json[])
      .flatMap((b) => b.elements ?? [])
      .find((e: Json) => String(e.action_id).startsWith('news.ack'));
    assert.ok(ack);
    const response = await postToSlackEndpoint(
      world.relais.url,
      interactionRequest(
        blockActions({
          teamId: SLACK_TEAM,
          userId: carol.userId,
          action: { action_id: ack.action_id, value: ack.value, type: 'button', text: ack.text },
          channelId: 'C0NEWSROOM',
          messageTs: copy.messageId,
        }),
        { secret: SLACK_SECRET },
      ),
    );
    assert.equal(response.status, 200);
    const stats = await until(async () => {
      const s = await (await world.api('GET', `/news/${id}/stats`)).json();
      return s.totals.acknowledged === 1 ? s : undefined;
    });
    assert.equal(stats.totals.acknowledged, 1);
    assert.equal(
      world.slack.callsTo('chat.update').filter((c) => c.body.channel === 'C0NEWSROOM').length,
      0,
      'the shared copy keeps its button',
    );
  });

  it('reminds only those who have not acknowledged, as many times as configured', async function () {
    this.timeout(60_000);
    // published, then acknowledged by Alice right away (well inside the 4 s before the first reminder)
    const created = await world.api('POST', '/news', {
      body: {
        strategic: true,
        variants: { en: { title: 'Reminder check' } },
        audience: { people: [alice.person.id, bob.person.id] },
      },
    });
    const id = (await created.json()).id;
    await world.api('POST', `/news/${id}/publish`, { body: {} });
    const ack = await world.api('POST', `/news/${id}/acknowledge`, { as: alice });
    assert.equal(ack.status, 200, await ack.clone().text());

    const reminded = async (round: number) =>
      (await world.relais.core.delivery.list(REMINDER_SUBJECT, `${id}:${round}`, { limit: 10, offset: 0 }))
        .deliveries;
    const second = await until(
      async () => {
        const r = await reminded(2);
        return r.length > 0 && r.every((d) => d.status === 'sent') ? r : undefined;
      },
      { timeoutMs: 30_000, what: 'the second reminder round' },
    );
    const first = await reminded(1);
    assert.deepEqual(
      first.map((d) => d.personId),
      [bob.person.id],
    );
    assert.deepEqual(
      second.map((d) => d.personId),
      [bob.person.id],
    );
    const toBob = world.teams
      .sentActivities()
      .filter(
        (r) =>
          textsOf(r.body).some((t) => t.includes('Reminder check')) &&
          textsOf(r.body).join().includes('Reminder'),
      );
    assert.ok(toBob.length >= 2, 'Bob received the reminder cards');
    const item = await (await world.api('GET', `/news/${id}`)).json();
    assert.equal(item.remindersSent, 2);
  });
});
