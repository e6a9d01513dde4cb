/**
 * Welcome tours across a journey's life, over HTTP: a restart in the middle of a drip (the
 * server closed, another started on the same data directory, database and Redis) delivers the
 * next step exactly once; a person marked as having left by a directory import stops receiving
 * steps; people imported with a future start date get the pre-boarding (`import`) tours, people
 * who already started do not.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import { installationUpdateActivity, teamsUser } from '../../harness/teams-activities.js';
import { describeToursBackends, type ToursWorld, unique } from './tours-world.js';

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describeToursBackends('Welcome tours across restarts, leavers and imports', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });
  afterEach(async () => {
    await world.archiveAll();
  });

  it('a restart in the middle of a journey: the next step arrives exactly once', async () => {
    const tag = unique();
    await world.createTour({
      name: `Restart ${tag}`,
      triggers: ['first_contact'],
      steps: [
        { key: 'one', schedule: 'first contact', title: `Restart one ${tag}` },
        { key: 'two', schedule: 'PT3S', title: `Restart two ${tag}` },
        // a later step: once it is there, a duplicate of step 2 would have been sent too
        { key: 'three', schedule: 'PT6S', title: `Restart three ${tag}` },
      ],
    });
    const scene = world.teamsScene(teamsUser('Rita Restart'));
    await world.teamsPost(installationUpdateActivity(scene, 'add'));
    await pollUntil(
      () => world.teamsPostsWith(`Restart one ${tag}`),
      (posts) => posts.length > 0,
    );
    await world.restart();
    await pollUntil(
      () => world.teamsPostsWith(`Restart three ${tag}`),
      (posts) => posts.length > 0,
      { timeoutMs: 20_000 },
    );
    assert.equal(world.teamsPostsWith(`Restart one ${tag}`).length, 1, 'step 1 once');
    assert.equal(world.teamsPostsWith(`Restart two ${tag}`).length, 1, 'step 2 once, across the restart');
    assert.equal(world.teamsPostsWith(`Restart three ${tag}`).length, 1, 'step 3 once');
  });

  it('a person marked inactive by the directory stops receiving steps', async () => {
    const tag = unique();
    const tourId = await world.createTour({
      name: `Leaver ${tag}`,
      triggers: ['first_contact'],
      steps: [
        { key: 'one', schedule: 'first contact', title: `Leaver one ${tag}` },
        { key: 'two', schedule: 'PT2S', title: `Leaver two ${tag}` },
      ],
    });
    const leaver = teamsUser('Léo Leaver');
    const stayer = teamsUser('Sofia Stayer');
    const leaverEmail = `leo.${tag.toLowerCase()}@tours.test`;
    world.teams.directory.set(leaver.id, { id: leaver.id, name: leaver.name, email: leaverEmail });
    world.teams.directory.set(stayer.id, {
      id: stayer.id,
      name: stayer.name,
      email: `sofia.${tag}@tours.test`,
    });
    const leaverInstall = installationUpdateActivity(world.teamsScene(leaver), 'add');
    const stayerInstall = installationUpdateActivity(world.teamsScene(stayer), 'add');
    // the leaver first: their step 2 is due before the stayer's
    await world.teamsPost(leaverInstall);
    await world.teamsPost(stayerInstall);
    await pollUntil(
      () => world.teamsPostsWith(`Leaver one ${tag}`),
      (posts) => posts.length === 2,
    );

    const imported = await world.api('POST', '/people/import', [{ email: leaverEmail, active: false }]);
    assert.equal(imported.status, 200);
    assert.equal(imported.body.updated, 1);

    const inConversation = (id: string) => (posts: { path: string }[]) =>
      posts.filter((p) => p.path.startsWith(`/v3/conversations/${id}/`));
    await pollUntil(
      () => inConversation(stayerInstall.conversation.id)(world.teamsPostsWith(`Leaver two ${tag}`)),
      (posts) => posts.length === 1,
      { timeoutMs: 15_000 },
    );
    assert.deepEqual(
      inConversation(leaverInstall.conversation.id)(world.teamsPostsWith(`Leaver two ${tag}`)),
      [],
      'no step after leaving',
    );
    const person = await world.relais.core.people.findByEmail(leaverEmail);
    assert.ok(person);
    const journey = (await world.relais.core.tours.journeysOf(person.id)).find((j) => j.tourId === tourId);
    assert.equal(journey?.status, 'stopped');
  });

  it('an import with a future start date starts the pre-boarding tour; a past start date does not', async () => {
    const tag = unique().toLowerCase();
    const tourId = await world.createTour({
      name: `Pre-boarding ${tag}`,
      triggers: ['import'],
      steps: [
        { key: 'before', schedule: 'day -3', title: `Before day one ${tag}` },
        { key: 'day1', schedule: 'day 1 at 09:30', title: `Day one ${tag}` },
      ],
    });
    const future = `future.${tag}@tours.test`;
    const past = `past.${tag}@tours.test`;
    const imported = await world.api('POST', '/people/import', [
      { email: future, displayName: 'Fanny Future', startDate: isoDate(14) },
      { email: past, displayName: 'Paul Past', startDate: isoDate(-30) },
    ]);
    assert.equal(imported.status, 200);
    assert.equal(imported.body.created, 2);

    const futurePerson = await world.relais.core.people.findByEmail(future);
    const pastPerson = await world.relais.core.people.findByEmail(past);
    assert.ok(futurePerson && pastPerson);
    const [journey] = await world.relais.core.tours.journeysOf(futurePerson.id);
    assert.equal(journey?.tourId, tourId);
    assert.equal(journey?.trigger.kind, 'import');
    assert.equal(journey?.startDate, isoDate(14));
    const before = journey?.progress[0]?.dueAt;
    assert.ok(
      before && before < `${isoDate(14)}T00:00:00Z`,
      `the pre-boarding step is due before day one: ${before}`,
    );
    assert.deepEqual(await world.relais.core.tours.journeysOf(pastPerson.id), []);

    // a dry run changes nothing, so it starts nothing
    const dry = `dry.${tag}@tours.test`;
    await world.api('POST', '/people/import?dryRun=true', [{ email: dry, startDate: isoDate(10) }]);
    assert.equal(await world.relais.core.people.findByEmail(dry), undefined);
    const stats = await world.api('GET', `/tours/${tourId}/stats`);
    assert.equal(stats.body.journeys.total, 1);
  });
});
