/**
 * GET /api/v1/home: the console's home for the caller, by role. An admin sees the news awaiting
 * their approval, drafts, scheduled items, recent sends with reach (targeted, delivered, read,
 * acknowledged), open polls with voters and active tours with completion; a communicator sees the
 * same news sections without the right to approve; a member sees no news or tours section.
 */
import assert from 'node:assert/strict';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  until,
  type WorldPerson,
} from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

const variants = (tag: string) => ({ fr: { title: `Cantine ${tag}` }, en: { title: `Canteen ${tag}` } });

describeNewsBackends('Home summary (GET /home)', (backendEnv) => {
  let world: NewsWorld;
  let alice: WorldPerson;
  let olga: WorldPerson;
  let publishedId: string;
  let draftId: string;
  let waitingId: string;

  const home = async (as?: WorldPerson): Promise<Json> => {
    const res = await world.api('GET', '/home', { as });
    assert.equal(res.status, 200, await res.clone().text());
    return res.json();
  };
  const created = async (body: Json, as?: WorldPerson): Promise<Json> => {
    const res = await world.api('POST', '/news', { body, as });
    assert.equal(res.status, 201, await res.clone().text());
    return res.json();
  };

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_APPROVAL_REQUIRED: '1', NEWS_REMINDER_COUNT: '0' });
    alice = await world.teamsPerson('Alice Martin', { locale: 'fr', department: 'Sales' });
    await world.teamsPerson('Bob Jones', { locale: 'en', department: 'Sales' });
    await world.teamsPerson('Eve Support', { locale: 'en', department: 'Support' });
    olga = await world.teamsPerson('Olga Comms', { locale: 'fr', department: 'Comms' });
    await world.relais.core.people.grant(olga.person.id, 'communicator', '');

    draftId = (await created({ variants: variants('brouillon'), audience: { departments: ['Sales'] } })).id;
    publishedId = (
      await created({ variants: variants('envoyée'), strategic: true, audience: { departments: ['Sales'] } })
    ).id;
    assert.equal((await world.api('POST', `/news/${publishedId}/publish`, { body: {} })).status, 200);
    await until(async () => {
      const stats = await (await world.api('GET', `/news/${publishedId}/stats`)).json();
      return stats.deliveries.done && stats.deliveries.total > 0 ? stats : undefined;
    });
    // a communicator's organisation-wide send waits for an admin
    waitingId = (await created({ variants: variants('pour tous'), audience: { everyone: true } }, olga)).id;
    const held = await world.api('POST', `/news/${waitingId}/publish`, { body: {}, as: olga });
    assert.equal((await held.json()).status, 'pending_approval');
  });
  after(async () => {
    await world?.close();
  });

  it('shows an admin what waits for them, the drafts and the recent send with its reach', async () => {
    const summary = await home();
    assert.equal(summary.news.canApprove, true);
    assert.deepEqual(
      summary.news.waitingApproval.map((l: Json) => l.id),
      [waitingId],
    );
    assert.deepEqual(
      summary.news.drafts.map((l: Json) => l.id),
      [draftId],
    );
    assert.deepEqual(summary.news.drafts[0].titles, { fr: 'Cantine brouillon', en: 'Canteen brouillon' });
    const [recent] = summary.news.recent;
    assert.equal(recent.id, publishedId);
    assert.equal(recent.strategic, true);
    assert.equal(recent.reach.targeted, 2, 'Alice and Bob, the Sales department');
    assert.equal(recent.reach.delivered, 2);
    assert.equal(recent.reach.acknowledged, 0);
  });

  it('counts an acknowledgement in the recent send’s reach', async () => {
    const ack = await world.api('POST', `/news/${publishedId}/acknowledge`, { as: alice, body: {} });
    assert.ok(ack.status < 300, await ack.clone().text());
    const summary = await home();
    assert.equal(summary.news.recent[0].reach.acknowledged, 1);
  });

  it('shows a communicator their item waiting for approval, without the right to approve', async () => {
    const summary = await home(olga);
    assert.equal(summary.news.canApprove, false);
    assert.deepEqual(
      summary.news.waitingApproval.map((l: Json) => l.id),
      [waitingId],
    );
    assert.deepEqual(summary.news.drafts, [], 'the drafts are her own, not the admin’s');
    assert.notEqual(summary.tours, null, 'communicators see tours');
  });

  it('gives a member no news or tours section', async () => {
    const summary = await home(alice);
    assert.equal(summary.news, null);
    assert.equal(summary.tours, null);
    assert.deepEqual(summary.polls, { open: [] });
  });

  it('lists open polls with their voters and active tours with their completion', async () => {
    const poll = await world.api('POST', '/polls', {
      body: { poll: { question: 'Quel jour ?', options: ['Lundi', 'Mardi'] } },
    });
    assert.equal(poll.status, 201, await poll.clone().text());
    const pollId = (await poll.json()).poll.id;
    const tour = await world.api('POST', '/tours', {
      body: {
        name: 'Accueil',
        status: 'active',
        audience: { who: 'everyone' },
        triggers: ['manual'],
        steps: [{ key: 'a', schedule: 'first contact', content: { fr: { title: 'A' }, en: { title: 'A' } } }],
      },
    });
    assert.equal(tour.status, 201, await tour.clone().text());
    const summary = await home();
    assert.deepEqual(summary.polls.open, [
      { id: pollId, question: 'Quel jour ?', voters: 0, closesAt: null },
    ]);
    const accueil = summary.tours.tours.find((t: Json) => t.name === 'Accueil');
    assert.deepEqual(
      { journeys: accueil.journeys, completed: accueil.completed, completionRate: accueil.completionRate },
      { journeys: 0, completed: 0, completionRate: 0 },
    );
  });
});
