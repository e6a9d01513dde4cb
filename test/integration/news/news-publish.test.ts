/**
 * News over HTTP, end to end against the fake Teams connector and Slack Web API: compose and
 * publish (every targeted person gets their language on their platform; a guest outside the
 * audience gets nothing and cannot see it), communicator grants, approval of organisation-wide
 * sends, a scheduled publish in a time zone, edit and recall of every copy, feed and expiry.
 */
import assert from 'node:assert/strict';
import { zoneOffsetMs } from '../../../shared/news/publish-time.js';
import { textsOf } from '../teams/teams-helpers.js';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  until,
  type WorldPerson,
} from './news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

const variants = (tag: string) => ({
  fr: {
    title: `Cantine ${tag}`,
    summary: 'La cantine rouvre lundi.',
    body: 'Menu **nouveau**.',
    buttons: [],
  },
  en: {
    title: `Canteen ${tag}`,
    summary: 'The canteen reopens on Monday.',
    body: 'A **new** menu.',
    buttons: [],
  },
});

/** every text a platform received for a person (Teams activity cards, Slack blocks) */
const teamsTextsTo = (world: NewsWorld, conversationIds: Set<string>) =>
  world.teams
    .sentActivities()
    .filter((r) => [...conversationIds].some((c) => r.path.includes(c)))
    .flatMap((r) => textsOf(r.body));

describeNewsBackends('News: publish, target, edit, recall (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  let alice: WorldPerson; // Teams, French, Sales
  let bob: WorldPerson; // Teams, English, Sales
  let carol: WorldPerson; // Slack, English, Sales
  let denis: WorldPerson; // Slack, French, Sales
  let gina: WorldPerson; // Teams guest in Sales: outside a department audience
  let eve: WorldPerson; // Teams, Support: not targeted

  before(async () => {
    world = await startNewsWorld(backendEnv(), {
      NEWS_APPROVAL_REQUIRED: '1',
      NEWS_REMINDER_COUNT: '0',
      DELIVERY_CONCURRENCY: '2',
    });
    alice = await world.teamsPerson('Alice Martin', { locale: 'fr', department: 'Sales' });
    bob = await world.teamsPerson('Bob Jones', { locale: 'en', department: 'Sales' });
    carol = await world.slackPerson('Carol White', { locale: 'en', department: 'Sales' });
    denis = await world.slackPerson('Denis Petit', { locale: 'fr', department: 'Sales' });
    gina = await world.teamsPerson('Gina Guest', { department: 'Sales', kind: 'guest' });
    eve = await world.teamsPerson('Eve Support', { locale: 'en', department: 'Support' });
  });
  after(async () => {
    await world?.close();
  });

  async function createNews(body: Json, as?: WorldPerson): Promise<Json> {
    const res = await world.api('POST', '/news', { body, as });
    assert.equal(res.status, 201, await res.clone().text());
    return res.json();
  }

  async function publishAndWait(id: string, body: Json = {}): Promise<Json> {
    const res = await world.api('POST', `/news/${id}/publish`, { body });
    assert.equal(res.status, 200, await res.clone().text());
    return until(async () => {
      const stats = await (await world.api('GET', `/news/${id}/stats`)).json();
      return stats.deliveries.done && stats.deliveries.total > 0 ? stats : undefined;
    });
  }

  /** the delivery records of an item, as the API lists them */
  async function deliveries(id: string): Promise<Json[]> {
    const res = await world.api('GET', `/news/${id}/deliveries?limit=500`);
    assert.equal(res.status, 200);
    return (await res.json()).deliveries;
  }

  it('delivers to every targeted person in their language on Teams and Slack, never to a guest outside the audience', async () => {
    const item = await createNews({ variants: variants('A'), audience: { departments: ['Sales'] } });
    assert.equal(item.status, 'draft');
    const stats = await publishAndWait(item.id);
    assert.equal(stats.deliveries.byStatus.sent, 4, JSON.stringify(stats.deliveries));
    assert.equal(stats.totals.targeted, 4);
    assert.equal(stats.totals.delivered, 4);

    const records = await deliveries(item.id);
    const byPerson = new Map(records.map((d) => [d.personId, d]));
    assert.deepEqual(
      [...byPerson.keys()].sort(),
      [alice, bob, carol, denis].map((p) => p.person.id).sort(),
      'exactly the four Sales members',
    );
    assert.ok(!byPerson.has(gina.person.id) && !byPerson.has(eve.person.id));

    const teamsTo = (p: WorldPerson) =>
      teamsTextsTo(world, new Set([byPerson.get(p.person.id).conversationId]));
    assert.ok(teamsTo(alice).includes('Cantine A'), 'Alice reads French on Teams');
    assert.ok(teamsTo(bob).includes('Canteen A'), 'Bob reads English on Teams');
    assert.ok(!teamsTo(bob).includes('Cantine A'));
    const slackTo = (p: WorldPerson) =>
      world.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.body.channel === byPerson.get(p.person.id).conversationId)
        .map((c) => JSON.stringify(c.body.blocks));
    assert.match(slackTo(carol).join(), /Canteen A/, 'Carol reads English on Slack');
    assert.match(slackTo(denis).join(), /Cantine A/, 'Denis reads French on Slack');
    assert.doesNotMatch(slackTo(carol).join(), /Cantine A/);

    // the guest sees nothing: not in her feed, 404 on the item; a targeted member sees both
    const ginaFeed = await (await world.api('GET', '/news/feed', { as: gina })).json();
    assert.deepEqual(
      ginaFeed.items.map((i: Json) => i.id),
      [],
    );
    assert.equal((await world.api('GET', `/news/${item.id}`, { as: gina })).status, 404);
    assert.equal((await world.api('GET', `/news/${item.id}`, { as: eve })).status, 404);
    const aliceFeed = await (await world.api('GET', '/news/feed', { as: alice })).json();
    assert.equal(aliceFeed.items[0].id, item.id);
    assert.equal(aliceFeed.items[0].title, 'Cantine A');
    const bobItem = await world.api('GET', `/news/${item.id}`, { as: bob });
    assert.equal(bobItem.status, 200);
  });

  it('keeps a department communicator within their grant (403 elsewhere) and answers clear 400s', async () => {
    const sam = await world.teamsPerson('Sam Scope', { locale: 'en', department: 'Sales' });
    const grant = await world.api('PUT', `/people/${sam.person.id}/roles`, {
      body: { roles: [{ role: 'communicator', scope: 'department:Sales' }] },
    });
    assert.equal(grant.status, 200, await grant.clone().text());

    const outside = await world.api('POST', '/news', {
      as: sam,
      body: { variants: variants('S'), audience: { departments: ['Support'] } },
    });
    assert.equal(outside.status, 403);
    assert.match((await outside.json()).error.message, /department:Support/);
    const everyone = await world.api('POST', '/news', {
      as: sam,
      body: { variants: variants('S'), audience: { everyone: true } },
    });
    assert.equal(everyone.status, 403);
    const inside = await world.api('POST', '/news', {
      as: sam,
      body: { variants: variants('S'), audience: { departments: ['Sales'] } },
    });
    assert.equal(inside.status, 201);
    const insideId = (await inside.json()).id;

    // the console list: a scoped communicator sees their own items; the admin key sees all, by status
    const mine = await (await world.api('GET', '/news', { as: sam })).json();
    assert.deepEqual(
      mine.items.map((i: Json) => i.id),
      [insideId],
    );
    assert.equal(mine.total, 1);
    const drafts = await (await world.api('GET', '/news?status=draft&limit=200')).json();
    assert.ok(drafts.items.some((i: Json) => i.id === insideId));
    assert.ok(drafts.items.every((i: Json) => i.status === 'draft'));
    assert.equal((await world.api('GET', `/news/${insideId}`, { as: sam })).status, 200);
    assert.equal((await world.api('GET', '/news', { as: eve })).status, 403);

    // members without the role and guests never author
    assert.equal(
      (
        await world.api('POST', '/news', {
          as: eve,
          body: { variants: variants('x'), audience: { departments: ['Support'] } },
        })
      ).status,
      403,
    );
    assert.equal(
      (
        await world.api('POST', '/news', {
          as: gina,
          body: { variants: variants('x'), audience: { departments: ['Sales'] } },
        })
      ).status,
      403,
    );

    const bad = await world.api('POST', '/news', {
      body: {
        variants: { fr: { title: '', buttons: [{ label: 'x', url: 'javascript:alert(1)' }] } },
        audience: {},
      },
    });
    assert.equal(bad.status, 400);
    const fields = (await bad.json()).error.details.map((d: Json) => d.field);
    assert.ok(fields.includes('variants.fr.title'), fields.join());
    assert.ok(fields.includes('variants.fr.buttons.0.url'), fields.join());
    assert.ok(fields.includes('audience'), fields.join());
  });

  it('holds an organisation-wide send by a communicator until an admin approves it', async () => {
    const olga = await world.teamsPerson('Olga Comms', { locale: 'fr', department: 'Comms' });
    await world.relais.core.people.grant(olga.person.id, 'communicator', '');
    const item = await createNews({ variants: variants('ALL'), audience: { everyone: true } }, olga);
    const asked = await world.api('POST', `/news/${item.id}/publish`, { as: olga, body: {} });
    assert.equal(asked.status, 200);
    assert.equal((await asked.json()).status, 'pending_approval');
    assert.equal((await world.api('GET', `/news/${item.id}/deliveries`)).status, 200);
    assert.equal((await deliveries(item.id)).length, 0, 'nothing sent before approval');

    assert.equal((await world.api('POST', `/news/${item.id}/approve`, { as: olga })).status, 403);
    const approved = await world.api('POST', `/news/${item.id}/approve`);
    assert.equal(approved.status, 200);
    const stats = await until(async () => {
      const s = await (await world.api('GET', `/news/${item.id}/stats`)).json();
      return s.deliveries.done && s.deliveries.total > 0 ? s : undefined;
    });
    const reached = new Set((await deliveries(item.id)).map((d) => d.personId));
    for (const p of [alice, bob, carol, denis, eve, olga])
      assert.ok(reached.has(p.person.id), p.person.displayName);
    assert.ok(!reached.has(gina.person.id), 'everyone means the members: no guest');
    assert.ok(stats.deliveries.byStatus.sent >= 6);
    const got = await (await world.api('GET', `/news/${item.id}`)).json();
    assert.ok(got.approvedAt);

    // a scheduled departmental item widened to everyone goes back through approval
    const later = await createNews({ variants: variants('W'), audience: { departments: ['Comms'] } }, olga);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await world.api('POST', `/news/${later.id}/publish`, { as: olga, body: { at } });
    assert.equal((await scheduled.json()).status, 'scheduled');
    const widened = await world.api('PATCH', `/news/${later.id}`, {
      as: olga,
      body: { audience: { everyone: true } },
    });
    assert.equal((await widened.json()).status, 'pending_approval');
  });

  it('publishes at a local time in a time zone through a durable job', async () => {
    const item = await createNews({ variants: variants('TZ'), audience: { people: [eve.person.id] } });
    const badZone = await world.api('POST', `/news/${item.id}/publish`, {
      body: { at: '2031-01-15T09:00', timeZone: 'Mars/Olympus' },
    });
    assert.equal(badZone.status, 400);
    assert.equal((await badZone.json()).error.details[0].field, 'timeZone');
    const noZone = await world.api('POST', `/news/${item.id}/publish`, { body: { at: '2031-01-15T09:00' } });
    assert.equal(noZone.status, 400);
    assert.equal((await noZone.json()).error.details[0].field, 'timeZone');

    // the zone is applied over HTTP, with the offset of the date's season (EST -5, EDT -4);
    // expected instants written out by hand, not computed the way the product does
    const far = await createNews({ variants: variants('TZ2'), audience: { people: [eve.person.id] } });
    for (const [local, utc] of [
      ['2031-01-15T09:00', '2031-01-15T14:00:00.000Z'],
      ['2031-07-15T09:00', '2031-07-15T13:00:00.000Z'],
    ]) {
      const res = await world.api('POST', `/news/${far.id}/publish`, {
        body: { at: local, timeZone: 'America/New_York' },
      });
      assert.equal(res.status, 200, await res.clone().text());
      const body = await res.json();
      assert.equal(body.status, 'scheduled');
      assert.equal(body.publishAt, utc, local);
      assert.equal(body.publishTimeZone, 'America/New_York');
    }
    assert.equal((await world.api('POST', `/news/${far.id}/cancel`)).status, 200);

    // a New York wall-clock time a few seconds ahead, for the durable job to run; only the value
    // is needed here (the conversion is checked above and in the unit tests), so the product's
    // own offset function gives it. Taken just before it is asked for: a time already past
    // would publish at once, not schedule
    const runAt = new Date(Date.now() + 4_000);
    runAt.setMilliseconds(0);
    const local = new Date(runAt.getTime() + zoneOffsetMs(runAt.getTime(), 'America/New_York'))
      .toISOString()
      .slice(0, 19);
    const scheduled = await (
      await world.api('POST', `/news/${item.id}/publish`, {
        body: { at: local, timeZone: 'America/New_York' },
      })
    ).json();
    assert.equal(scheduled.status, 'scheduled');
    assert.equal(scheduled.publishAt, runAt.toISOString());
    assert.equal(scheduled.publishTimeZone, 'America/New_York');
    const published = await until(
      async () => {
        const s = await (await world.api('GET', `/news/${item.id}/stats`)).json();
        return s.deliveries.byStatus.sent === 1 ? s : undefined;
      },
      { timeoutMs: 15_000 },
    );
    assert.equal(published.totals.delivered, 1);
    const got = await (await world.api('GET', `/news/${item.id}`)).json();
    assert.ok(Date.parse(got.publishedAt) >= runAt.getTime() - 1000, 'not before its time');
  });

  it('updates every delivered copy on edit (Teams PUT, Slack chat.update) and replaces them all on recall', async () => {
    const item = await createNews({ variants: variants('E'), audience: { departments: ['Sales'] } });
    await publishAndWait(item.id);
    const records = await deliveries(item.id);
    const teamsCopies = records.filter((d) => d.platform === 'teams');
    const slackCopies = records.filter((d) => d.platform === 'slack');
    assert.ok(teamsCopies.length >= 2 && slackCopies.length === 2, JSON.stringify(records));

    const patched = await world.api('PATCH', `/news/${item.id}`, {
      body: { variants: { fr: { ...variants('E2').fr }, en: { ...variants('E2').en } } },
    });
    assert.equal(patched.status, 200, await patched.clone().text());
    const puts = () =>
      world.teams.requests.filter(
        (r) => r.method === 'PUT' && teamsCopies.some((d) => r.path.endsWith(`/activities/${d.messageId}`)),
      );
    const slackUpdates = () =>
      world.slack
        .callsTo('chat.update')
        .filter((c) =>
          slackCopies.some((d) => c.body.ts === d.messageId && c.body.channel === d.conversationId),
        );
    const copies = teamsCopies.length;
    await until(() => puts().length >= copies && slackUpdates().length >= 2);
    assert.ok(puts().every((r) => /Canteen E2|Cantine E2/.test(textsOf(r.body).join())));
    assert.ok(slackUpdates().every((c) => /Canteen E2|Cantine E2/.test(JSON.stringify(c.body.blocks))));
    assert.equal(
      (await world.api('PATCH', `/news/${item.id}`, { body: { audience: { everyone: true } } })).status,
      409,
      'the audience of a sent item cannot change',
    );

    assert.ok(
      (await deliveries(item.id)).every((d) => d.withdrawn === false),
      'an edited copy is not withdrawn',
    );
    const recalled = await world.api('POST', `/news/${item.id}/recall`);
    assert.equal(recalled.status, 200);
    assert.equal((await recalled.json()).status, 'recalled');
    await until(() => puts().length >= 2 * copies && slackUpdates().length >= 4);
    const lastTeams = puts()
      .slice(-copies)
      .map((r) => textsOf(r.body).join(' '));
    assert.ok(
      lastTeams.every((t) => /Actualité retirée|News withdrawn/.test(t)),
      lastTeams.join(' | '),
    );
    const lastSlack = slackUpdates()
      .slice(-2)
      .map((c) => JSON.stringify(c.body.blocks));
    assert.ok(lastSlack.every((t) => /Actualité retirée|News withdrawn/.test(t)));
    // the delivery records say so too, once each copy was replaced
    await until(async () => {
      const after = await deliveries(item.id);
      return after.filter((d) => d.status === 'sent').every((d) => d.withdrawn === true) ? after : undefined;
    });
    const feed = await (await world.api('GET', '/news/feed', { as: alice })).json();
    assert.ok(!feed.items.some((i: Json) => i.id === item.id), 'a recalled item leaves the feed');
    assert.equal((await world.api('GET', `/news/${item.id}`, { as: alice })).status, 404);
  });

  it('takes an expired item out of the feeds', async () => {
    const item = await createNews({ variants: variants('X'), audience: { people: [bob.person.email] } });
    await publishAndWait(item.id);
    const before = await (await world.api('GET', '/news/feed', { as: bob })).json();
    assert.ok(before.items.some((i: Json) => i.id === item.id));
    const expired = await world.api('PATCH', `/news/${item.id}`, {
      body: { expiresAt: new Date(Date.now() - 60_000).toISOString() },
    });
    assert.equal((await expired.json()).status, 'expired');
    const after = await (await world.api('GET', '/news/feed', { as: bob })).json();
    assert.ok(!after.items.some((i: Json) => i.id === item.id));
  });

  it('publishes a scheduled item after a restart: the schedule is a durable job', async () => {
    const item = await createNews({ variants: variants('R'), audience: { people: [bob.person.id] } });
    const at = new Date(Date.now() + 3_000).toISOString();
    const scheduled = await (await world.api('POST', `/news/${item.id}/publish`, { body: { at } })).json();
    assert.equal(scheduled.status, 'scheduled');
    await world.restart();
    const stats = await until(
      async () => {
        const s = await (await world.api('GET', `/news/${item.id}/stats`)).json();
        return s.deliveries.byStatus.sent === 1 ? s : undefined;
      },
      { timeoutMs: 20_000, what: 'the scheduled item sent by the new server' },
    );
    assert.equal(stats.totals.delivered, 1);
  });

  it('cancels a scheduled publish back to draft, and a send in progress (what was sent stays)', async function () {
    this.timeout(60_000);
    const later = await createNews({ variants: variants('L'), audience: { people: [bob.person.id] } });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    await world.api('POST', `/news/${later.id}/publish`, { body: { at } });
    const back = await world.api('POST', `/news/${later.id}/cancel`);
    assert.equal((await back.json()).status, 'draft');

    // ten Slack people; the first message goes out, the next ones sit at Slack until the cancel
    // is answered, so what was taken out of the queue (DELIVERY_CONCURRENCY: 2) is known
    const bulk: WorldPerson[] = [];
    for (let i = 0; i < 10; i += 1) bulk.push(await world.slackPerson(`Bulk ${i}`, { department: 'Bulk' }));
    let first = true;
    const slow = world.slack.hold('chat.postMessage', (call) => {
      if (!/Cantine C|Canteen C/.test(JSON.stringify(call))) return false;
      const held = !first;
      first = false;
      return held;
    });
    try {
      const item = await createNews({ variants: variants('C'), audience: { departments: ['Bulk'] } });
      await world.api('POST', `/news/${item.id}/publish`, { body: {} });
      await slow.arrived;
      await until(async () => (await deliveries(item.id)).some((d) => d.status === 'sent'));
      const cancelled = await world.api('POST', `/news/${item.id}/cancel`);
      assert.equal(cancelled.status, 200);
      const body = await cancelled.json();
      assert.ok(body.cancelledAt);
      slow.release();
      const done = await until(
        async () => {
          const s = await (await world.api('GET', `/news/${item.id}/stats`)).json();
          return s.deliveries.done ? s : undefined;
        },
        { timeoutMs: 40_000, what: 'the cancelled send to settle' },
      );
      assert.equal(done.deliveries.total, 10);
      assert.ok(done.deliveries.byStatus.sent >= 1, JSON.stringify(done.deliveries));
      assert.ok(done.deliveries.byStatus.cancelled >= 1, JSON.stringify(done.deliveries));
      assert.equal(
        done.deliveries.byStatus.sent + done.deliveries.byStatus.cancelled,
        10,
        JSON.stringify(done.deliveries),
      );
      assert.equal((await world.api('POST', `/news/${item.id}/cancel`)).status, 409);
    } finally {
      slow.release();
      world.slack.reset();
    }
  });
});
