/**
 * The satisfaction indicator end to end, on SQLite and on PostgreSQL + Redis: surveys made from
 * the satisfaction template over REST, answered in the tab by a known population, the day rolled
 * up, then the dashboard gives the latest survey's average rating and NPS overall and per
 * segment, the change from the survey before, small segments hidden, a scoped communicator their
 * department's score, anonymous answers overall only, and the chat card's satisfaction line.
 */
import assert from 'node:assert/strict';
import { dayOf } from '../../../shared/insights/insights-day.js';
import { messageActivity, postActivity } from '../../harness/teams-activities.js';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  TENANT,
  until,
  type WorldPerson,
} from '../news/news-world.js';
import { textsOf } from '../teams/teams-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

describeNewsBackends('Adoption insights: satisfaction', (backendEnv) => {
  let world: NewsWorld;
  let sales: WorldPerson[];
  let ops: WorldPerson[];
  let few: WorldPerson[]; // Legal 3 and Tiny 2: pooled together into "other"
  let carla: WorldPerson;
  let day: string;

  const insights = async (query: string, as?: WorldPerson): Promise<Json> => {
    const res = await world.api('GET', `/insights?period=month&date=${day}${query}`, { as });
    assert.equal(res.status, 200, await res.clone().text());
    return res.json();
  };
  const figures = (s: Json) =>
    s && { hidden: s.hidden, respondents: s.respondents, averageRating: s.averageRating, nps: s.nps };
  const createSurvey = async (anonymous = false): Promise<string> => {
    const res = await world.api('POST', '/surveys', {
      body: { template: 'satisfaction', locale: 'fr', anonymous },
    });
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()).id;
  };
  const answer = async (surveyId: string, p: WorldPerson, rating: number, recommend: number) => {
    const res = await world.api('POST', `/surveys/${surveyId}/answers`, {
      as: p,
      body: { answers: { frequency: 'weekly', satisfaction: rating, recommend } },
    });
    assert.equal(res.status, 200, await res.clone().text());
  };
  const rollUp = async () => {
    const res = await world.api('POST', '/insights/rollups', { body: { day } });
    assert.equal(res.status, 200, await res.clone().text());
  };

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    sales = [];
    ops = [];
    few = [];
    for (let i = 1; i <= 6; i++)
      sales.push(await world.teamsPerson(`Sales ${i}`, { department: 'Sales', locale: 'fr' }));
    for (let i = 1; i <= 5; i++) ops.push(await world.teamsPerson(`Ops ${i}`, { department: 'Ops' }));
    for (let i = 1; i <= 3; i++) few.push(await world.teamsPerson(`Legal ${i}`, { department: 'Legal' }));
    for (let i = 1; i <= 2; i++) few.push(await world.teamsPerson(`Tiny ${i}`, { department: 'Tiny' }));
    carla = await world.teamsPerson('Carla Comms', { department: 'Comms', locale: 'fr' });
    await world.relais.core.people.grant(carla.person.id, 'communicator', 'department:Sales');
    day = dayOf(new Date());

    // the survey before: Sales gave 3 and would not recommend (6: detractors)
    const earlier = await createSurvey();
    for (const p of sales) await answer(earlier, p, 3, 6);
    await world.relais.core.store.db
      .updateTable('surveys' as never)
      .set({ created_at: `${day}T00:00:00.000Z` } as never)
      .where('id' as never, '=', earlier as never)
      .execute();
    const latest = await createSurvey();
    // Sales: 5 5 4 4 4 2 (average 4), recommend 10 10 9 | 8 7 | 3: NPS (3 - 1) / 6 = 33
    const salesAnswers: [number, number][] = [
      [5, 10],
      [5, 10],
      [4, 9],
      [4, 8],
      [4, 7],
      [2, 3],
    ];
    for (const [i, p] of sales.entries()) await answer(latest, p, ...salesAnswers[i]!);
    for (const p of ops) await answer(latest, p, 4, 9);
    for (const p of few) await answer(latest, p, 1, 0);
    await rollUp();
  });
  after(async () => {
    await world?.close();
  });

  it('gives the latest survey’s score overall and per department, with the change from the one before', async () => {
    const all = (await insights('')).satisfaction;
    assert.equal(all.title, 'Votre avis sur Relais');
    // 16 respondents: ratings 24 + 20 + 5 = 49, NPS (8 - 6) / 16 = 12.5, rounded
    assert.deepEqual(figures(all), { hidden: false, respondents: 16, averageRating: 3.06, nps: 13 });
    assert.deepEqual(figures(all.previous), { hidden: false, respondents: 6, averageRating: 3, nps: -100 });
    assert.deepEqual(all.change, { averageRating: 0.06, nps: 113 });
    const salesScore = (await insights('&department=Sales')).satisfaction;
    assert.deepEqual(figures(salesScore), { hidden: false, respondents: 6, averageRating: 4, nps: 33 });
    assert.deepEqual(salesScore.change, { averageRating: 1, nps: 133 });
    const opsScore = (await insights('&department=Ops')).satisfaction;
    assert.deepEqual(figures(opsScore), { hidden: false, respondents: 5, averageRating: 4, nps: 100 });
    // and in the headline table's CSV
    const csv = await world.api('GET', `/insights/tables/headline?period=month&date=${day}&department=Sales`);
    assert.equal(csv.status, 200);
    const text = await csv.text();
    assert.match(text, /\r\nsatisfactionAverageRating,4,3,1\r\n/);
    assert.match(text, /\r\nsatisfactionNps,33,-100,133\r\n/);
  });

  it('never shows a small department’s score, not even as the total minus the others', async () => {
    const legal = await insights('&department=Legal');
    assert.equal(legal.hidden, true);
    assert.equal(legal.satisfaction, null);
    // the total minus Sales and Ops is Legal and Tiny together (5), never one of them
    const pooled = await world.relais.core.store.db
      .selectFrom('insights_satisfaction' as never)
      .select(['department' as never, 'respondents' as never])
      .where('platform' as never, '=', '*' as never)
      .execute();
    assert.deepEqual(
      (pooled as { department: string; respondents: number }[])
        .map((r) => `${r.department}:${Number(r.respondents)}`)
        .sort(),
      ['Ops:5', 'Sales:6', 'Sales:6', '__other__:5'],
    );
    // answered in the tab: nobody answered in Teams
    assert.equal((await insights('&platform=teams')).satisfaction?.hidden ?? true, true);
  });

  it('shows a scoped communicator their department’s score, and the chat card says it', async () => {
    const scoped = (await insights('', carla)).satisfaction;
    assert.deepEqual(figures(scoped), { hidden: false, respondents: 6, averageRating: 4, nps: 33 });
    const scene = {
      serviceUrl: world.teams.url,
      tenantId: TENANT,
      user: { id: carla.userId, aadObjectId: carla.aadObjectId!, name: carla.person.displayName },
      conversation: { id: `a:personal-${carla.aadObjectId}`, conversationType: 'personal' as const },
    };
    const asked = messageActivity(scene, 'tableau de bord');
    assert.equal((await postActivity(world.relais.url, asked)).status, 200);
    const reply = await until(() => world.teams.repliesTo(asked.id)[0]);
    const texts = textsOf(reply.body.attachments[0].content).join(' ');
    assert.match(texts, /Satisfaction \(dernière enquête\)/);
    assert.match(texts, /4 \/ 5 · NPS 33/);
  });

  it('counts an anonymous survey’s answers overall only', async () => {
    const anonymous = await createSurvey(true);
    for (const p of [...sales, ...ops]) await answer(anonymous, p, 5, 10);
    await rollUp();
    const all = (await insights('')).satisfaction;
    assert.equal(all.surveyId, anonymous);
    assert.deepEqual(figures(all), { hidden: false, respondents: 11, averageRating: 5, nps: 100 });
    const salesScore = (await insights('&department=Sales')).satisfaction;
    assert.deepEqual(figures(salesScore), {
      hidden: true,
      respondents: null,
      averageRating: null,
      nps: null,
    });
    assert.equal(salesScore.previous.respondents, 6, 'the survey before, by department');
  });
});
