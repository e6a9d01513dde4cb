/**
 * Reach end to end over HTTP: people known only from the directory (Entra through the fake Graph,
 * Slack through the fake Web API) receive a news item with no first contact — Teams through the
 * proactive install and the 1:1 chat Graph gives back (posted on the fake connector), Slack by a
 * DM opened with conversations.open — a person on both platforms gets one copy on the platform
 * of their choice, a delivery to someone never installed for installs first, and the reach view
 * says why someone cannot be reached. SQLite, and PostgreSQL + Redis.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { entraDirectoryEnv } from '../../harness/directory-world.js';
import { pollUntil } from '../../harness/eventually.js';
import { FakeGraph } from '../../harness/fake-graph.js';
import {
  describeNewsBackends,
  type NewsWorld,
  SLACK_TEAM,
  startNewsWorld,
  TENANT,
  until,
} from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read as the tests need them
type Json = any;

const variants = {
  fr: { title: 'Annonce', summary: 'Pour tout le monde.', body: 'Texte.', buttons: [] },
  en: { title: 'Notice', summary: 'For everyone.', body: 'Text.', buttons: [] },
};

describeNewsBackends('Directory: reach without first contact, one copy per person', (backendEnv) => {
  let world: NewsWorld | undefined;
  let graph: FakeGraph | undefined;
  afterEach(async () => {
    await world?.close();
    await graph?.close();
    world = undefined;
    graph = undefined;
  });

  /** a world whose Graph tenant is the news world's Teams tenant, the install on */
  async function start(extra: Record<string, string> = {}) {
    graph = await new FakeGraph({ tenantId: TENANT }).start();
    world = await startNewsWorld(backendEnv(), {
      ...entraDirectoryEnv(graph),
      RELAIS_API_KEYS: 'news-automation-key',
      DIRECTORY_SOURCES: 'entra,slack',
      TEAMS_PROACTIVE_INSTALL: '1',
      TEAMS_CATALOG_APP_ID: 'catalog-relais',
      ...extra,
    });
    return { world, graph };
  }

  const sync = async (w: NewsWorld) => {
    const started = await w.api('POST', '/directory/sync');
    assert.equal(started.status, 202, await started.clone().text());
    const { id } = (await started.json()) as Json;
    const run = await until(async () => {
      const { runs } = (await (await w.api('GET', '/directory/runs')).json()) as Json;
      const found = runs.find((r: Json) => r.id === id);
      return found && found.status !== 'running' ? found : undefined;
    });
    assert.equal(run.status, 'succeeded', run.errors.join('; '));
  };

  const personId = async (w: NewsWorld, email: string): Promise<string> => {
    const { people } = (await (await w.api('GET', `/people?q=${encodeURIComponent(email)}`)).json()) as Json;
    const found = people.find((p: Json) => p.email === email);
    assert.ok(found, `${email} synced`);
    return found.id;
  };

  const reachOf = async (w: NewsWorld, id: string): Promise<Json> => {
    const res = await w.api('GET', `/people/${id}/reach`);
    assert.equal(res.status, 200, await res.clone().text());
    return res.json();
  };

  async function publish(w: NewsWorld, people: string[]): Promise<Json[]> {
    const created = await w.api('POST', '/news', { body: { variants, audience: { people } } });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = (await created.json()) as Json;
    const published = await w.api('POST', `/news/${id}/publish`, { body: {} });
    assert.equal(published.status, 200, await published.clone().text());
    await until(
      async () => {
        const stats = (await (await w.api('GET', `/news/${id}/stats`)).json()) as Json;
        return stats.deliveries.done && stats.deliveries.total > 0;
      },
      { what: 'every delivery to end', timeoutMs: 20_000 },
    );
    return ((await (await w.api('GET', `/news/${id}/deliveries?limit=500`)).json()) as Json).deliveries;
  }

  it('reaches synced people with no first contact: Teams after the install, Slack by DM, one copy for someone on both', async () => {
    const { world: w, graph: g } = await start();
    const tag = randomBytes(3).toString('hex');
    const email = (name: string) => `${name}-${tag}@reach.example`;
    const oid = (name: string) => `obj-${name}-${tag}`;
    for (const name of ['ana', 'bea', 'carl']) {
      g.setUser({ id: oid(name), userPrincipalName: email(name), mail: email(name), displayName: name });
    }
    g.installAnswers.set(oid('carl'), 403);
    w.slack.addUser({
      id: `U${tag.toUpperCase()}BEA`,
      teamId: SLACK_TEAM,
      realName: 'Bea',
      email: email('bea'),
    });
    w.slack.addUser({
      id: `U${tag.toUpperCase()}DAN`,
      teamId: SLACK_TEAM,
      realName: 'Dan',
      email: email('dan'),
    });

    const summary = async () => {
      const res = await w.api('GET', '/directory/reach');
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as Json;
    };
    // counts over the whole database (other suites' people too on a shared one): compared as a change
    const before = await summary();
    await sync(w);
    const installs = () => g.requestsTo('/teamwork/installedApps').filter((r) => r.method === 'POST');
    const [ana, bea, carl, dan] = await Promise.all(
      ['ana', 'bea', 'carl', 'dan'].map((n) => personId(w, email(n))),
    );
    await pollUntil(
      async () =>
        Promise.all([ana!, bea!, carl!].map(async (id) => (await reachOf(w, id)).reach[0].status as string)),
      (statuses) => !statuses.includes('pending'),
      { what: 'the install job to record every outcome', timeoutMs: 10_000 },
    );
    assert.equal(installs().length, 3, 'one install per Entra person, none for the Slack-only one');
    const after = await summary();
    const grew = (platform: number, code: string) =>
      (after.platforms[platform].reasons[code] ?? 0) - (before.platforms[platform].reasons[code] ?? 0);
    assert.equal(after.people - before.people, 4);
    assert.equal(after.reachable - before.reachable, 3, 'all but Carl');
    assert.equal(after.neither - before.neither, 1, 'Carl');
    assert.deepEqual(
      [grew(0, 'installed'), grew(0, 'install_refused'), grew(0, 'no_account')],
      [2, 1, 1],
      'Teams',
    );
    assert.deepEqual([grew(1, 'dm'), grew(1, 'no_account')], [2, 2], 'Slack');

    const beaReach = await reachOf(w, bea!);
    assert.deepEqual(
      beaReach.reach.map((r: Json) => [r.platform, r.status, r.reason]),
      [
        ['teams', 'reachable', 'installed'],
        ['slack', 'reachable', 'dm'],
      ],
    );
    assert.equal(beaReach.deliversOn, 'teams', 'DEFAULT_PLATFORM for someone who never spoke');
    const carlTeams = (await reachOf(w, carl!)).reach[0];
    assert.equal(carlTeams.status, 'unreachable');
    assert.match(carlTeams.reason, /^install_refused: 403/);
    assert.match(carlTeams.message, /^Installation refusée par Teams \(403/);
    const danReach = await reachOf(w, dan!);
    assert.deepEqual(
      danReach.reach.map((r: Json) => [r.platform, r.status, r.reason]),
      [
        ['teams', 'unreachable', 'no_account'],
        ['slack', 'reachable', 'dm'],
      ],
    );

    // Bea chooses Slack: her one copy goes there
    const chose = await w.api('PUT', `/people/${bea}/preferred-platform`, { body: { platform: 'slack' } });
    assert.equal(chose.status, 200, await chose.clone().text());
    assert.equal((await reachOf(w, bea!)).deliversOn, 'slack');

    const deliveries = await publish(w, [ana!, bea!, carl!, dan!]);
    const of = (id: string) => deliveries.filter((d: Json) => d.personId === id);
    for (const id of [ana!, bea!, carl!, dan!]) assert.equal(of(id).length, 1, 'one copy per person');
    assert.deepEqual(
      [of(ana!)[0].platform, of(ana!)[0].status, of(ana!)[0].conversationId],
      ['teams', 'sent', `19:${oid('ana')}_relais@unq.gbl.spaces`],
      'posted into the chat Graph gave back',
    );
    assert.deepEqual([of(bea!)[0].platform, of(bea!)[0].status], ['slack', 'sent']);
    assert.deepEqual([of(dan!)[0].platform, of(dan!)[0].status], ['slack', 'sent']);
    // Carl's install failed at the sync: the delivery says why, and nothing is retried per message
    assert.deepEqual([of(carl!)[0].platform, of(carl!)[0].status], ['teams', 'unreachable']);
    assert.match(of(carl!)[0].lastError, /install_refused: 403/);
    assert.equal(installs().length, 3);

    const posted = w.teams.sentActivities().map((r) => decodeURIComponent(r.path));
    assert.ok(posted.some((p) => p.includes(`19:${oid('ana')}_relais@unq.gbl.spaces`)));
    const opened = w.slack.callsTo('conversations.open').map((c) => c.body.users);
    assert.deepEqual(opened.sort(), [`U${tag.toUpperCase()}BEA`, `U${tag.toUpperCase()}DAN`].sort());
  });

  it('a delivery to someone never installed for installs first, inside the send; a refusal ends unreachable with its reason', async () => {
    const { world: w, graph: g } = await start();
    const tag = randomBytes(3).toString('hex');
    // known from a tab sign-in (an Entra account), never synced: no install job ran for them
    const signedIn = async (name: string) => {
      const aad = `obj-${name}-${tag}`;
      g.setUser({ id: aad, userPrincipalName: `${name}-${tag}@reach.example` });
      const person = await w.relais.core.people.signIn({
        tenantId: TENANT,
        aadObjectId: aad,
        displayName: name,
      });
      return { id: person.id, aad };
    };
    const eve = await signedIn('eve');
    const fay = await signedIn('fay');
    g.installAnswers.set(fay.aad, 403);
    assert.equal((await reachOf(w, eve.id)).reach[0].status, 'pending');

    const deliveries = await publish(w, [eve.id, fay.id]);
    const byPerson = new Map(deliveries.map((d: Json) => [d.personId, d]));
    assert.deepEqual(
      [byPerson.get(eve.id).status, byPerson.get(eve.id).conversationId],
      ['sent', `19:${eve.aad}_relais@unq.gbl.spaces`],
    );
    assert.equal(byPerson.get(fay.id).status, 'unreachable');
    assert.match(byPerson.get(fay.id).lastError, /Teams app not installed: install_refused: 403/);
    const posts = g.requestsTo('/teamwork/installedApps').filter((r) => r.method === 'POST');
    assert.deepEqual(
      posts.map((r) => r.path).sort(),
      [
        `/v1.0/users/${eve.aad}/teamwork/installedApps`,
        `/v1.0/users/${fay.aad}/teamwork/installedApps`,
      ].sort(),
    );
    assert.equal(g.requestsTo('/chat').length, 1, 'the chat looked up once, for the installed one');
    const eveReach = await reachOf(w, eve.id);
    assert.deepEqual([eveReach.reach[0].status, eveReach.reach[0].reason], ['reachable', 'installed']);
  });

  it('refuses a preference from someone else and an unknown platform, with stable codes', async () => {
    const { world: w } = await start({ TEAMS_PROACTIVE_INSTALL: '0' });
    const someone = await w.teamsPerson('Someone');
    const other = await w.slackPerson('Other');
    const bad = await w.api('PUT', `/people/${someone.person.id}/preferred-platform`, {
      body: { platform: 'fax' },
    });
    assert.equal(bad.status, 400);
    const notYours = await w.api('PUT', `/people/${someone.person.id}/preferred-platform`, {
      body: { platform: 'slack' },
      as: other,
    });
    assert.equal(notYours.status, 403);
    assert.equal(((await notYours.json()) as Json).error.code, 'forbidden');
    const own = await w.api('PUT', `/people/${someone.person.id}/preferred-platform`, {
      body: { platform: 'slack' },
      as: someone,
    });
    assert.equal(own.status, 200);
    const missing = await w.api('GET', '/people/nobody-here/reach');
    assert.equal(missing.status, 404);
  });

  it('a person who blocked the bot shows blocked, with the platform’s words', async () => {
    const { world: w } = await start({ TEAMS_PROACTIVE_INSTALL: '0' });
    const blocker = await w.teamsPerson('Blocker');
    assert.deepEqual(
      (await reachOf(w, blocker.person.id)).reach.map((r: Json) => [r.platform, r.status, r.reason]),
      [
        ['teams', 'reachable', 'met'],
        ['slack', 'unreachable', 'no_account'],
      ],
    );
    w.teams.failNext({
      status: 403,
      method: 'POST',
      body: {
        error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' },
      },
    });
    const [delivery] = await publish(w, [blocker.person.id]);
    assert.equal(delivery.status, 'unreachable');
    const view = await reachOf(w, blocker.person.id);
    assert.equal(view.reach[0].status, 'unreachable');
    assert.match(view.reach[0].reason, /^blocked: /);
    assert.match(view.reach[0].message, /^Bloqué : la plateforme a refusé un message/);
    assert.equal(view.deliversOn, null, 'nowhere left to send');

    // they use the bot on Teams again afterwards (an event dated well after the refusal): unblocked
    await w.relais.core.store.db
      .insertInto('events')
      .values({
        at: '2999-01-01T00:00:00.000Z',
        type: 'command.used',
        person_id: blocker.person.id,
        platform: 'teams',
      })
      .execute();
    const unblocked = await reachOf(w, blocker.person.id);
    assert.deepEqual([unblocked.reach[0].status, unblocked.reach[0].reason], ['reachable', 'met']);
    assert.equal(unblocked.deliversOn, 'teams');
  });
});
