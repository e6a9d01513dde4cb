/**
 * Tours over HTTP, on SQLite and on PostgreSQL + Redis: the REST API (CRUD, validation with field
 * names, roles, the person's own journeys, tutorials, resource people, stats) and the step card in
 * Teams: Done, Back and Next clicked through `adaptiveCard/action` invokes refresh the card in
 * place, and the `tour` command resumes where the person left.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  executeActionActivity,
  messageActivity,
  postActivity,
  type TeamsScene,
} from '../../harness/teams-activities.js';
import { assertParses, type CardJson, cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import {
  describeToursBackends,
  simpleTour,
  startToursWorld,
  TENANT,
  type ToursWorld,
  type WorldPerson,
} from './tours-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

let n = 0;
const tag = (what: string) => `${what} ${Date.now().toString(36)}${n++}`;

describeToursBackends('Tours over HTTP', (backendEnv) => {
  let world: ToursWorld;
  before(async () => {
    world = await startToursWorld(backendEnv());
  });
  after(async () => {
    await world?.close();
  });

  const json = async (response: Response, status: number): Promise<Json> => {
    const body = await response.json();
    assert.equal(response.status, status, JSON.stringify(body));
    return body;
  };

  it('creates, lists, reads, edits and archives tours; validation names the fields', async () => {
    const created = await json(
      await world.api('POST', '/tours', {
        body: simpleTour('REST tour', [['a', 'jour 1 à 09h30', 'Bonjour']]),
      }),
      201,
    );
    assert.equal(created.version, 1);
    assert.deepEqual(created.triggers, ['manual']);
    assert.equal(created.steps[0].schedule, 'jour 1 à 09h30');

    const list = await json(await world.api('GET', '/tours?status=active'), 200);
    assert.ok(list.tours.some((t: Json) => t.id === created.id));
    assert.equal((await json(await world.api('GET', `/tours/${created.id}`), 200)).name, 'REST tour');

    const edited = await json(
      await world.api('PUT', `/tours/${created.id}`, {
        body: simpleTour('REST tour v2', [
          ['a', 'day 1 at 09:30', 'Hello'],
          ['b', 'week 2 Monday', 'Week two', { onlyAfter: 'a' }],
        ]),
      }),
      200,
    );
    assert.equal(edited.version, 2);
    assert.equal(edited.steps.length, 2);

    const archived = await json(await world.api('DELETE', `/tours/${created.id}`), 200);
    assert.equal(archived.status, 'archived');
    const active = await json(await world.api('GET', '/tours?status=active'), 200);
    assert.ok(!active.tours.some((t: Json) => t.id === created.id));
    await json(await world.api('GET', '/tours/no-such-tour'), 404);

    const badSchedule = await json(
      await world.api('POST', '/tours', { body: simpleTour('bad', [['a', 'someday', 'x']]) }),
      400,
    );
    assert.ok(JSON.stringify(badSchedule).includes('steps.0.schedule'), JSON.stringify(badSchedule));
    const badCondition = await json(
      await world.api('POST', '/tours', {
        body: simpleTour('bad', [
          ['a', 'first contact', 'x', { onlyAfter: 'b' }],
          ['b', 'day 2', 'y'],
        ]),
      }),
      400,
    );
    assert.ok(JSON.stringify(badCondition).includes('steps.0.onlyAfter'), JSON.stringify(badCondition));
    const missing = await json(await world.api('POST', '/tours', { body: { steps: [] } }), 400);
    assert.ok(JSON.stringify(missing).includes('name'), JSON.stringify(missing));
  });

  it('lets communicators define tours; everyone reads their own journey and the tutorials', async () => {
    const pat = await world.slackPerson('Pat Plain');
    const cora = await world.slackPerson('Cora Communicator');
    await world.core.people.grant(cora.person.id, 'communicator');

    await json(await world.api('GET', '/tours', { as: pat }), 403);
    await json(
      await world.api('POST', '/tours', { as: pat, body: simpleTour('nope', [['a', 'P1D', 'x']]) }),
      403,
    );
    await json(await world.api('GET', '/tours/resources', { as: pat }), 403);
    const tour = await json(
      await world.api('POST', '/tours', {
        as: cora,
        body: simpleTour('by cora', [['a', 'P1D', tag('Later')]]),
      }),
      201,
    );
    await json(await world.api('GET', `/tours/${tour.id}/stats`, { as: pat }), 403);

    const started = await json(
      await world.api('POST', `/tours/${tour.id}/start`, { as: cora, body: { personId: pat.person.id } }),
      200,
    );
    const mine = await json(await world.api('GET', '/tours/me', { as: pat }), 200);
    assert.deepEqual(
      mine.journeys.map((j: Json) => [j.id, j.tourId, j.progress[0].state]),
      [[started.id, tour.id, 'pending']],
    );
    assert.deepEqual((await json(await world.api('GET', '/tours/me', { as: cora }), 200)).journeys, []);
    await json(await world.api('GET', '/tutorials', { as: pat }), 200);
  });

  it('keeps tutorials and resource people, and shows them on the step card in Teams', async () => {
    const tutorial = await json(
      await world.api('POST', '/tutorials', {
        body: {
          title: { fr: 'Vidéo Relais', en: 'Relais video' },
          url: 'https://videos.example/relais',
          kind: 'video',
        },
      }),
      201,
    );
    const renamed = await json(
      await world.api('PUT', `/tutorials/${tutorial.id}`, {
        body: {
          title: { fr: 'Vidéo', en: 'The video' },
          url: 'https://videos.example/relais',
          kind: 'video',
        },
      }),
      200,
    );
    assert.equal(renamed.title.en, 'The video');
    const temp = await json(
      await world.api('POST', '/tutorials', {
        body: { title: { fr: 'x', en: 'x' }, url: 'https://x.example' },
      }),
      201,
    );
    await json(await world.api('DELETE', `/tutorials/${temp.id}`), 200);
    await json(await world.api('DELETE', `/tutorials/${temp.id}`), 404);
    const tutorials = (await json(await world.api('GET', '/tutorials'), 200)).tutorials;
    assert.ok(
      tutorials.some((t: Json) => t.id === tutorial.id) && !tutorials.some((t: Json) => t.id === temp.id),
    );

    const amb = await world.teamsPerson('Amy Ambassador', { department: 'Finance' });
    await json(
      await world.api('PUT', '/tours/resources', {
        body: { scope: 'department', value: 'Finance', personId: amb.person.id },
      }),
      200,
    );
    const resources = (await json(await world.api('GET', '/tours/resources'), 200)).resources;
    assert.deepEqual(
      resources.filter((r: Json) => r.value === 'Finance'),
      [{ scope: 'department', value: 'Finance', personId: amb.person.id }],
    );

    const title = tag('With links');
    const tour = await json(
      await world.api('POST', '/tours', {
        body: simpleTour('links', [['a', 'first contact', title, { tutorialIds: [tutorial.id] }]]),
      }),
      201,
    );
    const fred = await world.teamsPerson('Fred Finance', { department: 'Finance', locale: 'en' });
    await json(
      await world.api('POST', `/tours/${tour.id}/start`, { body: { personId: fred.person.id } }),
      200,
    );
    await world.arrives(title);
    const card = cardOf(world.teams.sentActivities().find((r) => textsOf(r.body).includes(title)));
    const urls = JSON.stringify(card);
    assert.ok(urls.includes('https://videos.example/relais'), 'the tutorial link');
    assert.ok(
      urls.includes(`https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(amb.person.email!)}`),
      'a Teams chat link to the resource person',
    );
    assert.ok(textsOf(card).some((t) => t.includes('Amy Ambassador')));
    assert.ok(textsOf(card).includes('Step 1 of 1'));
  });

  it('refreshes the step card in place on Done, Back and Next clicks, and `tour` resumes', async () => {
    const [one, two] = [tag('Card one'), tag('Card two')];
    const tour = await json(
      await world.api('POST', '/tours', {
        body: simpleTour('clicks', [
          ['one', 'first contact', one],
          ['two', 'PT1S', two],
        ]),
      }),
      201,
    );
    const tina: WorldPerson = await world.teamsPerson('Tina Clicks', { locale: 'en' });
    const scene: TeamsScene = {
      serviceUrl: world.teams.url,
      tenantId: TENANT,
      user: { id: tina.userId, aadObjectId: tina.aadObjectId!, name: 'Tina Clicks' },
      locale: 'en-US',
    };
    const journey = await json(
      await world.api('POST', `/tours/${tour.id}/start`, { body: { personId: tina.person.id } }),
      200,
    );
    await world.arrives(one);
    await world.arrives(two);
    const first = cardOf(world.teams.sentActivities().find((r) => textsOf(r.body).includes(one)));
    assert.deepEqual(
      executeActionsOf(first).map((a) => a.verb),
      ['tour.done', 'tour.skip'],
    );

    const click = async (card: CardJson, verb: string): Promise<CardJson> => {
      const button = executeActionsOf(card).find((a) => a.verb === verb);
      assert.ok(button, `a ${verb} button on ${textsOf(card).join(' | ')}`);
      const response = await postActivity(world.relais.url, executeActionActivity(scene, button));
      assert.equal(response.status, 200);
      assert.equal(response.body.statusCode, 200, JSON.stringify(response.body));
      assert.equal(response.body.type, 'application/vnd.microsoft.card.adaptive');
      assertParses(response.body.value);
      return response.body.value;
    };

    const second = await click(first, 'tour.done');
    assert.ok(textsOf(second).includes(two), 'Done shows the step already sent after it');
    assert.ok(textsOf(second).includes('Step 2 of 2'));
    const back = await click(second, 'tour.back');
    assert.ok(textsOf(back).includes(one));
    assert.ok(textsOf(back).includes('✓ Step done'));
    const next = await click(back, 'tour.next');
    assert.ok(textsOf(next).includes(two));

    const state = await json(await world.api('GET', `/tours/${tour.id}/stats`), 200);
    assert.deepEqual(
      state.funnel.map((f: Json) => [f.key, f.reached, f.done]),
      [
        ['one', 1, 1],
        ['two', 1, 0],
      ],
    );
    assert.equal((await world.core.tours.getJourney(journey.id))?.currentStep, 1);

    // the tour command shows the step Tina is on
    const asked = messageActivity(scene, 'tour');
    await postActivity(world.relais.url, asked);
    // its answer, not the next step of a drip going out meanwhile
    await pollUntil(
      () => world.teams.repliesTo(asked.id),
      (sent) => sent.some((r) => textsOf(r.body).includes(two)),
      { what: 'the tour command answer' },
    );
  });
});
