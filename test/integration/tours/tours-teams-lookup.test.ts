/**
 * A Teams newcomer whose member lookup failed at first contact, over HTTP on SQLite and
 * PostgreSQL + Redis: they are a guest until Teams answers (fail closed), and a durable job asks
 * the connector again, backing off while it still fails; once it says "member", the
 * organisation's tour (who: everyone) starts for them, once; once it says "guest", nothing does.
 */
import assert from 'node:assert/strict';
import { KIND_RECHECK_QUEUE } from '../../../shared/tours/triggers/kind-recheck.js';
import { pollUntil } from '../../harness/eventually.js';
import { installationUpdateActivity, teamsUser } from '../../harness/teams-activities.js';
import { describeToursBackends, TENANT, type ToursWorld, unique } from './tours-world.js';

describeToursBackends('Tours: a Teams first contact whose member lookup failed', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });
  afterEach(async () => {
    await world.archiveAll();
  });

  /** installs the app for a newcomer while the connector's lookup of them fails `failures` times */
  const installWhileLookupFails = async (name: string, userRole: 'user' | 'guest', failures: number) => {
    const user = teamsUser(name);
    const scene = world.teamsScene(user);
    world.teams.directory.set(user.id, { id: user.id, name, aadObjectId: user.aadObjectId, userRole });
    world.teams.failNext({
      status: 500,
      method: 'GET',
      path: new RegExp(`/members/${user.id}$`),
      body: { error: { code: 'ServiceError', message: 'injected failure' } },
      times: failures,
    });
    assert.equal((await world.teamsPost(installationUpdateActivity(scene, 'add'))).status, 200);
    const person = await pollUntil(
      () => world.relais.core.people.findByIdentity({ platform: 'teams', tenantId: TENANT, userId: user.id }),
      (p) => p !== undefined,
    );
    assert.equal(person?.kind, 'guest', 'a newcomer Teams could not vouch for is a guest (fail closed)');
    return person!;
  };
  const journeysOf = async (personId: string, tourId: string) =>
    (await world.relais.core.tours.journeysOf(personId)).filter((j) => j.tourId === tourId);

  it('starts the organisation’s tour once Teams answers "member", after failing again', async () => {
    const tag = unique();
    const tourId = await world.createTour({
      name: `Everyone ${tag}`,
      triggers: ['first_contact'],
      steps: [{ key: 'one', schedule: 'first contact', title: `Welcome ${tag}` }],
    });
    // the install's lookup and the first one asked again fail; the next one answers
    const person = await installWhileLookupFails('Lou Lookup', 'user', 2);
    assert.equal((await journeysOf(person.id, tourId)).length, 0);

    await pollUntil(
      () => world.teamsPostsWith(`Welcome ${tag}`),
      (posts) => posts.length > 0,
      { timeoutMs: 20_000, what: 'the organisation’s tour step' },
    );
    assert.equal((await world.relais.core.people.get(person.id))?.kind, 'member');
    assert.equal((await journeysOf(person.id, tourId)).length, 1);
    await pollUntil(
      () => world.relais.core.jobs.getState(KIND_RECHECK_QUEUE, `kind-recheck:${person.id}`),
      (state) => state === 'completed',
    );
    assert.equal(world.teamsPostsWith(`Welcome ${tag}`).length, 1, 'sent once');
  });

  it('never sends it to a guest once Teams answers "guest"', async () => {
    const tag = unique();
    const tourId = await world.createTour({
      name: `Everyone ${tag}`,
      triggers: ['first_contact'],
      steps: [{ key: 'one', schedule: 'first contact', title: `Welcome ${tag}` }],
    });
    const person = await installWhileLookupFails('Gus Guest', 'guest', 1);
    await pollUntil(
      () => world.relais.core.jobs.getState(KIND_RECHECK_QUEUE, `kind-recheck:${person.id}`),
      (state) => state === 'completed',
      { timeoutMs: 20_000, what: 'the member lookup asked again' },
    );
    assert.equal((await world.relais.core.people.get(person.id))?.kind, 'guest');
    assert.equal((await journeysOf(person.id, tourId)).length, 0);
    assert.equal(world.teamsPostsWith(`Welcome ${tag}`).length, 0);
  });
});
