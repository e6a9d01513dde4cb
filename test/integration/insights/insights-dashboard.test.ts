/**
 * Adoption insights end to end, on SQLite and on PostgreSQL + Redis: a known population acts over
 * the real wire formats (a Teams Action.Execute invoke and Teams messages, a signed Slack
 * block_actions, the tab API), the day is rolled up, and the dashboard gives exactly the expected
 * figures; a segment under INSIGHTS_MIN_GROUP_SIZE is hidden or joins "other"; a scoped
 * communicator sees their department only, a member nothing; a rollup crashed midway and resumed,
 * or rerun, gives the same answer; the `tableau de bord` command answers with the week's figures.
 */
import assert from 'node:assert/strict';
import { dayOf } from '../../../shared/insights/insights-day.js';
import { insightsDb } from '../../../shared/insights/insights-tables.js';
import { rollupDay } from '../../../shared/insights/rollup.js';
import {
  blockActions,
  interactionRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import { executeActionActivity, messageActivity, postActivity } from '../../harness/teams-activities.js';
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
import { executeActionsOf, textsOf } from '../teams/teams-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

describeNewsBackends('Adoption insights (HTTP, both platforms)', (backendEnv) => {
  let world: NewsWorld;
  let sales: WorldPerson[]; // a1..a5 Teams, s1 s2 Slack
  let olga: WorldPerson;
  let day: string;
  let records: Json[];

  const recordOf = (p: WorldPerson) => records.find((d) => d.personId === p.person.id);
  const scene = (p: WorldPerson) => ({
    serviceUrl: world.teams.url,
    tenantId: TENANT,
    user: { id: p.userId, aadObjectId: p.aadObjectId!, name: p.person.displayName },
    conversation: {
      id: recordOf(p)?.conversationId ?? `a:personal-${p.aadObjectId}`,
      conversationType: 'personal' as const,
    },
  });
  const insights = async (query: string, as?: WorldPerson): Promise<Json> => {
    const res = await world.api('GET', `/insights?${query}`, { as });
    assert.equal(res.status, 200, await res.clone().text());
    return res.json();
  };
  const headline = (d: Json) => Object.fromEntries(d.headline.map((h: Json) => [h.key, h.value]));
  const rollUp = async () => {
    const res = await world.api('POST', '/insights/rollups', { body: { day } });
    assert.equal(res.status, 200, await res.clone().text());
  };

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    sales = [];
    for (const name of ['A1', 'A2', 'A3', 'A4', 'A5'])
      sales.push(await world.teamsPerson(`Sales ${name}`, { department: 'Sales', locale: 'fr' }));
    for (const name of ['S1', 'S2'])
      sales.push(await world.slackPerson(`Sales ${name}`, { department: 'Sales', locale: 'en' }));
    await world.teamsPerson('Tiny T1', { department: 'Tiny' });
    await world.teamsPerson('Tiny T2', { department: 'Tiny' });
    olga = await world.teamsPerson('Olga Comms', { department: 'Comms', locale: 'fr' });
    // Tiny and Comms are too small alone; together (5) they make the pooled "other" the rollup keeps
    await world.teamsPerson('Carl Comms', { department: 'Comms' });
    await world.teamsPerson('Cora Comms', { department: 'Comms' });
    await world.relais.core.people.grant(olga.person.id, 'communicator', 'department:Sales');

    const created = await world.api('POST', '/news', {
      body: {
        strategic: true,
        variants: { fr: { title: 'Procédure sécurité' }, en: { title: 'Safety procedure' } },
        audience: { departments: ['Sales'] },
      },
    });
    const newsId = (await created.json()).id;
    assert.equal((await world.api('POST', `/news/${newsId}/publish`, { body: {} })).status, 200);
    records = await until(async () => {
      const res = await (await world.api('GET', `/news/${newsId}/deliveries`)).json();
      return res.deliveries.length === 7 && res.deliveries.every((d: Json) => d.status === 'sent')
        ? res.deliveries
        : undefined;
    });
    day = dayOf(new Date());
    const [a1, a2, a3, a4, , s1, s2] = sales as [WorldPerson, ...WorldPerson[]];

    // a1 acknowledges through a Teams Action.Execute invoke
    const card = world.teams
      .sentActivities()
      .find((r) => r.path === `/v3/conversations/${recordOf(a1).conversationId}/activities`)!.body
      .attachments[0].content;
    const ack = executeActionsOf(card).find((a) => a.verb === 'news.ack')!;
    const invoke = executeActionActivity(
      scene(a1),
      { verb: ack.verb, data: ack.data },
      { replyToId: recordOf(a1).messageId },
    );
    assert.equal((await postActivity(world.relais.url, invoke)).status, 200);
    // a2 and a3 type a command in Teams
    for (const p of [a2, a3])
      assert.equal((await postActivity(world.relais.url, messageActivity(scene(p!), 'aide'))).status, 200);
    // s1 acknowledges through a signed Slack block_actions
    const post = world.slack
      .callsTo('chat.postMessage')
      .find((c) => c.body.channel === recordOf(s1!).conversationId)!;
    const button = (post.body.blocks as Json[])
      .flatMap((b) => b.elements ?? [])
      .find((e: Json) => String(e.action_id).startsWith('news.ack'));
    const slack = await postToSlackEndpoint(
      world.relais.url,
      interactionRequest(
        blockActions({
          teamId: SLACK_TEAM,
          userId: s1!.userId,
          action: { action_id: button.action_id, value: button.value, type: 'button', text: button.text },
          channelId: recordOf(s1!).conversationId,
          messageTs: recordOf(s1!).messageId,
        }),
        { secret: SLACK_SECRET },
      ),
    );
    assert.equal(slack.status, 200);
    // a4 acknowledges in the tab; s2 has the tab open (a second beat in the same minute is not counted twice)
    assert.equal((await world.api('POST', `/news/${newsId}/acknowledge`, { as: a4, body: {} })).status, 200);
    const beats: Json[] = [];
    for (let i = 0; i < 2; i++)
      beats.push(await (await world.api('POST', '/insights/heartbeat', { as: s2 })).json());
    assert.deepEqual(beats.map((b) => b.counted).sort(), [false, true]);
    // every event written (the log writes on the next turn): a1, s1 and a4's acknowledgements
    await until(async () => {
      const acks = await world.relais.core.store.db
        .selectFrom('events')
        .select('id')
        .where('type', '=', 'news.acknowledged')
        .execute();
      return acks.length === 3;
    });
    await rollUp();
  });
  after(async () => {
    await world?.close();
  });

  it('gives an admin exactly the day’s figures', async () => {
    const d = await insights(`period=day&date=${day}`);
    assert.equal(d.hidden, false);
    const h = headline(d);
    assert.equal(h.people, 12);
    assert.equal(
      h.active,
      6,
      'a1 (Teams invoke), a2 a3 (Teams commands), s1 (Slack action), a4 (tab), s2 (tab)',
    );
    assert.equal(h.connectionRate, 0.5);
    assert.equal(h.delivered, 7);
    assert.equal(h.tabMinutes, 1);
    assert.equal(h.activeDaysPerActive, 1);
    assert.equal(h.strategicAcknowledgedRate, 0.4286);
    assert.equal(h.strategicReadRate, 0.4286);
    assert.equal(d.items.length, 1);
    assert.deepEqual(
      {
        title: d.items[0].title,
        delivered: d.items[0].delivered,
        read: d.items[0].read,
        ack: d.items[0].acknowledged,
      },
      { title: 'Procédure sécurité', delivered: 7, read: 3, ack: 3 },
    );
    assert.equal(typeof d.items[0].medianMinutesToAcknowledge, 'number');
  });

  it('folds small departments into "other" and hides a small selected segment', async () => {
    const d = await insights(`period=day&date=${day}`);
    // "other" is the total minus Sales anyway: it is shown, being at least 5 people
    assert.deepEqual(d.departments, [
      { name: 'Sales', people: 7, active: 6, connectionRate: 0.8571, interactionRate: 0 },
      { name: '__other__', people: 5, active: 0, connectionRate: 0, interactionRate: null },
    ]);
    const tiny = await insights(`period=day&date=${day}&department=Tiny`);
    assert.equal(tiny.hidden, true);
    assert.deepEqual(tiny.headline, []);
    const onSlack = await insights(`period=day&date=${day}&platform=slack`);
    assert.equal(onSlack.hidden, true, 'two people on Slack');
    const onTeams = headline(await insights(`period=day&date=${day}&platform=teams`));
    assert.deepEqual({ people: onTeams.people, active: onTeams.active }, { people: 10, active: 3 });
  });

  it('shows a scoped communicator their department only, and a member nothing', async () => {
    const d = await insights(`period=week&date=${day}`, olga);
    assert.deepEqual({ people: headline(d).people, active: headline(d).active }, { people: 7, active: 6 });
    assert.deepEqual(
      d.departments.map((b: Json) => b.name),
      ['Sales'],
    );
    const member = await world.api('GET', '/insights?period=week', { as: sales[0] });
    assert.equal(member.status, 403);
    const csv = await world.api('GET', `/insights/tables/departments?period=day&date=${day}`);
    assert.equal(csv.status, 200);
    assert.match(
      await csv.text(),
      /department,people,active,connectionRate,interactionRate\r\nSales,7,6,0.8571,0\r\nAutres,5,0,0,/,
    );
  });

  it('gives the same answer after a rollup crashed midway and resumed, or was rerun', async () => {
    const before = await insights(`period=month&date=${day}`);
    const db = insightsDb(world.relais.core.store);
    for (const crashAfter of ['active_days', 'cells', 'items', 'tours']) {
      await assert.rejects(
        rollupDay(db, day, {
          retentionDays: 395,
          fresh: true,
          afterPhase: (phase) => {
            if (phase === crashAfter) throw new Error(`crash after ${phase}`);
          },
        }),
      );
      // the job's retry resumes after the last phase finished
      await rollupDay(db, day, { retentionDays: 395 });
      assert.deepEqual(await insights(`period=month&date=${day}`), before, `crash after ${crashAfter}`);
    }
    await rollUp();
    assert.deepEqual(await insights(`period=month&date=${day}`), before, 'rerun');
  });

  it('answers `tableau de bord` with the week’s figures to a communicator, and refuses a member', async () => {
    // each answer found by the message it answers: a digest may be going out to Olga meanwhile
    const asked = messageActivity(scene(olga), 'tableau de bord');
    assert.equal((await postActivity(world.relais.url, asked)).status, 200);
    const reply = await until(() => world.teams.repliesTo(asked.id)[0]);
    const texts = textsOf(reply.body.attachments[0].content).join(' ');
    assert.match(texts, /Relais cette semaine/);
    assert.match(texts, /Personnes actives/);
    const a5 = sales[4]!;
    const askedByMember = messageActivity(scene(a5), 'dashboard');
    assert.equal((await postActivity(world.relais.url, askedByMember)).status, 200);
    const refused = await until(() => world.teams.repliesTo(askedByMember.id)[0]);
    assert.match(JSON.stringify(refused.body), /réservé aux communicants/);
  });

  it('answers `/relais dashboard` on Slack in English in Block Kit', async () => {
    const s2 = sales[6]!;
    await world.relais.core.people.grant(s2.person.id, 'communicator', 'department:Sales');
    const responseUrl = world.slack.responseUrl();
    const fields = slashCommand({ teamId: SLACK_TEAM, userId: s2.userId, text: 'dashboard', responseUrl });
    const answer = await postToSlackEndpoint(
      world.relais.url,
      slashCommandRequest(fields, { secret: SLACK_SECRET }),
    );
    assert.equal(answer.status, 200);
    const blocks = async () => {
      const body = await answer.clone().text();
      if (body.includes('blocks')) return body;
      const posted = world.slack
        .callsTo('response_url')
        .filter((c) => c.body.url === new URL(responseUrl).pathname)
        .map((c) => JSON.stringify(c.body));
      return posted.find((b) => b.includes('Relais this week'));
    };
    const text = await until(blocks);
    assert.match(text, /Relais this week/);
    assert.match(text, /Active people/);
    assert.match(text, /Open the dashboard/);
  });

  it('sends the monthly digest once to a communicator who subscribed in chat', async () => {
    const subscribe = messageActivity(scene(olga), 'tableau de bord abonner');
    assert.equal((await postActivity(world.relais.url, subscribe)).status, 200);
    const ok = await until(() => world.teams.repliesTo(subscribe.id)[0]);
    assert.match(JSON.stringify(ok.body), /bilan mensuel le premier jour/);
    const month = day.slice(0, 7);
    const digests = () =>
      world.teams
        .sentActivities()
        .filter((r) => /Relais en /.test(JSON.stringify(r.body?.attachments ?? [])));
    // the month's job, asked twice under two ids (a retry, a second instance): one card
    await world.relais.core.jobs.add('insights.digest', { month }, { jobId: `test-digest-a:${month}` });
    await until(() => digests().length === 1);
    await world.relais.core.jobs.add('insights.digest', { month }, { jobId: `test-digest-b:${month}` });
    await until(
      async () =>
        (await world.relais.core.jobs.getState('insights.digest', `test-digest-b:${month}`)) === 'completed',
    );
    assert.equal(digests().length, 1);
    assert.match(JSON.stringify(digests()[0]!.body), /Personnes actives/);
  });
});
