/**
 * Audiences that cannot surprise (HTTP, Teams and Slack people in a known population): the reach
 * count is exact per platform with the unreachable counted by reason; suggestions list what the
 * directory holds, scoped for a department communicator; every send refuses "everyone" with other
 * choices, a department, site or person the directory does not hold (named, in French too), and
 * an audience that reaches nobody unless a scheduled news item says it may.
 */
import assert from 'node:assert/strict';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  type WorldPerson,
} from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

const variants = { en: { title: 'Canteen', summary: '', body: 'Open.', buttons: [] } };
const reasons = (noChat = 0) => ({ no_chat_account: noChat, platform_not_configured: 0 });

describeNewsBackends('Audiences: reach, suggestions and refusals (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  let ana: WorldPerson; // Teams, Finance, Lyon; communicator for Finance only
  let ben: WorldPerson; // Teams, Finance
  let eva: WorldPerson; // Sales, no chat account left

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    ana = await world.teamsPerson('Ana Finance', { department: 'Finance', site: 'Lyon' });
    ben = await world.teamsPerson('Ben Finance', { department: 'Finance' });
    await world.slackPerson('Cleo Finance', { department: 'Finance' });
    await world.teamsPerson('Gus Guest', { department: 'Finance', kind: 'guest' });
    await world.slackPerson('Dan Sales', { department: 'Sales', site: 'Lyon' });
    eva = await world.teamsPerson('Eva Sales', { department: 'Sales' });
    await world.relais.core.store.db
      .deleteFrom('identities')
      .where('person_id', '=', eva.person.id)
      .execute();
    await world.relais.core.people.grant(ana.person.id, 'communicator', 'department:Finance');
  });
  after(async () => {
    await world?.close();
  });

  const call = async (method: string, path: string, body?: unknown, options: Json = {}) => {
    const res = await world.api(method, path, { body, ...options });
    return { status: res.status, body: (await res.json().catch(() => undefined)) as Json };
  };
  const reach = (audience: Json, options: Json = {}) => call('POST', '/audiences/reach', audience, options);

  it('counts the people an audience reaches, on Teams, on Slack, and unreachable with why', async () => {
    const finance = await reach({ departments: ['Finance'] });
    assert.equal(finance.status, 200, JSON.stringify(finance.body));
    assert.deepEqual(finance.body, {
      people: 3,
      teams: 2,
      slack: 1,
      unreachable: 0,
      reasons: reasons(),
      channels: 0,
    });

    const withGuests = await reach({ departments: ['Finance'], includeGuests: true });
    assert.deepEqual(withGuests.body, {
      people: 4,
      teams: 3,
      slack: 1,
      unreachable: 0,
      reasons: reasons(),
      channels: 0,
    });

    const sales = await reach({ departments: ['Sales'] });
    assert.deepEqual(sales.body, {
      people: 2,
      teams: 0,
      slack: 1,
      unreachable: 1,
      reasons: reasons(1),
      channels: 0,
    });

    // a site and a named person: each person once
    const mixed = await reach({ sites: ['Lyon'], people: [ben.person.id, ana.person.id] });
    assert.deepEqual(mixed.body, {
      people: 3,
      teams: 2,
      slack: 1,
      unreachable: 0,
      reasons: reasons(),
      channels: 0,
    });

    const everyone = await reach({ everyone: true });
    assert.deepEqual(everyone.body, {
      people: 5,
      teams: 2,
      slack: 2,
      unreachable: 1,
      reasons: reasons(1),
      channels: 0,
    });
  });

  it('suggests the departments, sites and roles the directory holds; a scoped communicator sees their scope', async () => {
    const all = await call('GET', '/audiences/suggestions');
    assert.equal(all.status, 200);
    assert.equal(all.body.everyone, 5);
    assert.deepEqual(all.body.departments, [
      { name: 'Finance', count: 3 },
      { name: 'Sales', count: 2 },
    ]);
    assert.deepEqual(all.body.sites, [{ name: 'Lyon', count: 2 }]);
    assert.deepEqual(
      all.body.roles.find((r: Json) => r.role === 'communicator'),
      { role: 'communicator', count: 1 },
    );

    const scoped = await call('GET', '/audiences/suggestions', undefined, { as: ana });
    assert.deepEqual(scoped.body, {
      everyone: null,
      departments: [{ name: 'Finance', count: 3 }],
      sites: [],
      roles: [],
      groups: [],
    });
    assert.equal((await reach({ departments: ['Finance'] }, { as: ana })).body.people, 3);
    assert.equal((await reach({ departments: ['Sales'] }, { as: ana })).status, 403);
    assert.equal((await call('GET', '/audiences/suggestions', undefined, { as: ben })).status, 403);
  });

  it('refuses a department, site or person the directory does not hold, naming each, in French too', async () => {
    const typo = await reach({ departments: ['finance', 'Finance'], sites: ['Lyonn'] });
    assert.equal(typo.status, 400);
    assert.equal(typo.body.error.code, 'audience_unknown');
    assert.match(typo.body.error.message, /finance, Lyonn/);
    assert.deepEqual(
      typo.body.error.details.map((d: Json) => d.field),
      ['audience.departments.0', 'audience.sites.0'],
    );

    const news = await call(
      'POST',
      '/news',
      { variants, audience: { people: ['nobody@example.test', ben.person.id] } },
      { headers: { 'Accept-Language': 'fr' } },
    );
    assert.equal(news.status, 400);
    assert.equal(news.body.error.code, 'audience_unknown');
    assert.equal(news.body.error.message, 'Absent de l’annuaire : nobody@example.test.');
    assert.equal(news.body.error.details[0].field, 'audience.people.0');

    const poll = await call('POST', '/polls', {
      poll: { question: 'Lunch?', options: ['Yes', 'No'] },
      target: { audience: { departments: ['Finanse'] } },
    });
    assert.equal(poll.status, 400);
    assert.equal(poll.body.error.code, 'audience_unknown');
    assert.match(poll.body.error.message, /Finanse/);

    const tour = await call('POST', '/tours', tourWith({ who: 'newcomers', departments: ['Nowhere'] }));
    assert.equal(tour.status, 400);
    assert.equal(tour.body.error.code, 'audience_unknown');
    assert.match(tour.body.error.message, /Nowhere/);
    const tourAnyCase = await call(
      'POST',
      '/tours',
      tourWith({ who: 'newcomers', departments: ['finance'] }),
    );
    assert.equal(tourAnyCase.status, 201, JSON.stringify(tourAnyCase.body));
  });

  it('refuses "everyone" with any other choice as ambiguous, wherever an audience is accepted', async () => {
    const news = await call('POST', '/news', {
      variants,
      audience: { everyone: true, departments: ['Finance'] },
    });
    assert.equal(news.status, 400);
    assert.equal(news.body.error.code, 'audience_ambiguous');
    assert.deepEqual(
      news.body.error.details.map((d: Json) => d.field),
      ['audience.departments'],
    );
    assert.equal(
      (await reach({ everyone: true, people: [ben.person.id] })).body.error.code,
      'audience_ambiguous',
    );
    const poll = await call('POST', '/polls', {
      poll: { question: 'Lunch?', options: ['Yes', 'No'] },
      target: { audience: { everyone: true, sites: ['Lyon'] } },
    });
    assert.equal(poll.body.error.code, 'audience_ambiguous');
    const tour = await call('POST', '/tours', tourWith({ who: 'everyone', departments: ['Finance'] }));
    assert.equal(tour.body.error.code, 'audience_ambiguous');
    // and the French words for it
    const fr = await call(
      'POST',
      '/audiences/reach',
      { everyone: true, roles: ['admin'] },
      { headers: { 'Accept-Language': 'fr' } },
    );
    assert.match(fr.body.error.message, /^« Tout le monde » ne se combine pas/);
  });

  it('refuses an audience that reaches nobody, unless a scheduled news item says it may', async () => {
    // nobody holds the ambassador role: a valid audience that reaches nobody
    const nobody = { roles: ['ambassador'] };
    assert.deepEqual((await reach(nobody)).body.people, 0);
    const created = await call('POST', '/news', { variants, audience: nobody });
    assert.equal(created.status, 201, 'a draft may name nobody yet');
    const id = created.body.id;

    const now = await call('POST', `/news/${id}/publish`, {});
    assert.equal(now.status, 400);
    assert.equal(now.body.error.code, 'audience_empty');
    const later = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    const scheduled = await call('POST', `/news/${id}/publish`, { at: later });
    assert.equal(scheduled.body.error.code, 'audience_empty', 'scheduled without saying so');
    const allowed = await call('POST', `/news/${id}/publish`, { at: later, allowEmpty: true });
    assert.equal(allowed.status, 200, JSON.stringify(allowed.body));
    assert.equal(allowed.body.status, 'scheduled');
    const immediateAllowed = await call('POST', '/news', { variants, audience: nobody });
    const refused = await call('POST', `/news/${immediateAllowed.body.id}/publish`, { allowEmpty: true });
    assert.equal(refused.body.error.code, 'audience_empty', 'only a scheduled send may reach nobody');

    const poll = await call('POST', '/polls', {
      poll: { question: 'Lunch?', options: ['Yes', 'No'] },
      target: { audience: nobody },
    });
    assert.equal(poll.body.error.code, 'audience_empty');
    const survey = await call('POST', '/surveys', {
      title: 'Pulse',
      locale: 'en',
      questions: [{ kind: 'yes_no', label: 'Happy?' }],
    });
    assert.equal(survey.status, 200, JSON.stringify(survey.body));
    const sent = await call('POST', `/surveys/${survey.body.id}/send`, { audience: nobody });
    assert.equal(sent.status, 400);
    assert.equal(sent.body.error.code, 'audience_empty');
    const quiz = await call('POST', '/quizzes', {
      title: 'Quiz',
      questions: [{ label: 'q', options: [{ label: 'a', correct: true }, { label: 'b' }] }],
    });
    assert.equal(quiz.status, 200, JSON.stringify(quiz.body));
    const quizSent = await call('POST', `/quizzes/${quiz.body.id}/send`, {
      audience: { departments: ['Compta'] },
    });
    assert.equal(quizSent.body.error.code, 'audience_unknown');
  });
});

const tourWith = (audience: Json) => ({
  name: `Tour ${Math.random().toString(36).slice(2)}`,
  audience,
  triggers: ['manual'],
  steps: [
    {
      key: 'a',
      schedule: 'first contact',
      content: { fr: { title: 'Bienvenue', text: 'Texte' }, en: { title: 'Welcome', text: 'Text' } },
    },
  ],
});
