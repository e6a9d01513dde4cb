/**
 * The digest goes once per ambassador and week, the thank-you once per ambassador and month,
 * because of a database key, not because of the job ids: here two jobs of different ids for the
 * same ambassador and period are queued at once (what two instances, or the planned job and a
 * "send now", amount to) and run by the real workers, on SQLite and on PostgreSQL + Redis
 * (BullMQ). One card goes, one event is logged, one key row is kept.
 */
import assert from 'node:assert/strict';
import { weekAt } from '../../../shared/ambassadors/ambassador-week.js';
import { DIGEST_QUEUE } from '../../../shared/ambassadors/digests.js';
import { monthsAt, THANKS_QUEUE } from '../../../shared/ambassadors/thanks.js';
import { pollUntil } from '../../harness/eventually.js';
import { installationUpdateActivity, type TeamsUser, teamsUser } from '../../harness/teams-activities.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

describeToursBackends('Ambassadors: once per week and per month, by key', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  async function ambassador(tag: string): Promise<{ user: TeamsUser; id: string }> {
    const email = `ona.${tag.toLowerCase()}@keys.test`;
    const imported = await world.api('POST', '/people/import', [
      { email, displayName: `Ona ${tag}`, department: `Keys ${tag}`, roles: 'ambassador', locale: 'en' },
    ]);
    assert.ok(imported.status < 300, JSON.stringify(imported.body));
    const user = teamsUser(`Ona ${tag}`);
    world.teams.directory.set(user.id, { id: user.id, name: `Ona ${tag}`, email });
    assert.equal(
      (await world.teamsPost(installationUpdateActivity(world.teamsScene(user), 'add'))).status,
      200,
    );
    const person = await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'teams')),
    );
    return { user, id: person!.id };
  }

  /** queues the same period under two job ids at once and waits until both have run */
  async function twice(queue: string, data: Record<string, string>, tag: string): Promise<void> {
    const ids = [`${queue}:${tag}:one`, `${queue}:${tag}:two`];
    const jobs = world.relais.core.jobs;
    await Promise.all(ids.map((jobId) => jobs.add(queue, data, { jobId })));
    for (const jobId of ids)
      await pollUntil(
        () => jobs.getState(queue, jobId),
        (state) => state === 'completed' || state === 'failed',
        { what: `job ${jobId}` },
      );
    for (const jobId of ids) assert.equal(await jobs.getState(queue, jobId), 'completed', jobId);
  }

  const cardsTo = (user: TeamsUser, text: string) =>
    world
      .teamsPostsWith(text)
      .filter((r) => r.path.includes(`personal-${user.aadObjectId}`) || r.path.includes(user.aadObjectId));

  it('sends one thank-you for a month however many jobs ask for it', async () => {
    const tag = unique();
    const { user, id } = await ambassador(tag);
    const month = monthsAt(new Date(), 'UTC').previous;
    await twice(THANKS_QUEUE, { ambassadorId: id, month }, tag);
    assert.equal(cardsTo(user, `Thank you, Ona ${tag}`).length, 1);
    const db = world.relais.core.store.db;
    const thanked = await db
      .selectFrom('events')
      .select('id')
      .where('person_id', '=', id)
      .where('type', '=', 'ambassador.thanked')
      .execute();
    assert.equal(thanked.length, 1);
    const keys = await db
      .selectFrom('ambassador_thanks' as never)
      .select('month' as never)
      .where('ambassador_id' as never, '=', id as never)
      .execute();
    assert.deepEqual(keys, [{ month }]);
  });

  it('sends one digest for a week however many jobs ask for it', async () => {
    const tag = unique();
    const { user, id } = await ambassador(tag);
    const week = weekAt(new Date(), 'UTC');
    await twice(DIGEST_QUEUE, { ambassadorId: id, week }, tag);
    assert.equal(cardsTo(user, 'Colleagues who could use a hand').length, 1);
    const keys = await world.relais.core.store.db
      .selectFrom('ambassador_digests' as never)
      .select('week' as never)
      .where('ambassador_id' as never, '=', id as never)
      .execute();
    assert.deepEqual(keys, [{ week }]);
  });
});
