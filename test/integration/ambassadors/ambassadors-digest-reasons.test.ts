/**
 * The weekly digest's reasons on Teams, end to end over HTTP, on SQLite and on PostgreSQL +
 * Redis: a colleague who uses Relais yet has not acknowledged a strategic item whose reminders are
 * all over is listed as such (a colleague who acknowledged it is not).
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import { installationUpdateActivity, type TeamsUser, teamsUser } from '../../harness/teams-activities.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

describeToursBackends('Ambassadors digest reasons', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  async function teamsPerson(name: string, email: string): Promise<TeamsUser> {
    const user = teamsUser(name);
    world.teams.directory.set(user.id, { id: user.id, name, email });
    assert.equal(
      (await world.teamsPost(installationUpdateActivity(world.teamsScene(user), 'add'))).status,
      200,
    );
    await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'teams')),
    );
    return user;
  }

  it('lists a colleague who has not acknowledged a strategic item past its date', async () => {
    const tag = unique();
    const dept = `Finance ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('ines'), displayName: 'Ines Amb', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('omar'), displayName: 'Omar Late', department: dept, locale: 'en' },
      { email: mail('pia'), displayName: 'Pia Done', department: dept, locale: 'en' },
    ]);
    const ines = await teamsPerson('Ines Amb', mail('ines'));
    await teamsPerson('Omar Late', mail('omar'));
    await teamsPerson('Pia Done', mail('pia'));
    const people = world.relais.core.people;
    const omar = (await people.findByEmail(mail('omar')))!;
    const pia = (await people.findByEmail(mail('pia')))!;

    const created = await world.api('POST', '/news', {
      variants: { en: { title: `Policy ${tag}` } },
      audience: { departments: [dept] },
      strategic: true,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id;
    assert.equal((await world.api('POST', `/news/${id}/publish`, {})).status, 200);
    await pollUntil(
      async () => (await world.api('GET', `/news/${id}/stats`)).body,
      (s) => s.deliveries?.byStatus?.sent === 3,
    );
    // Pia acknowledged; the item was published long enough ago for every reminder to be over
    await world.relais.core.news.acknowledge(id, pia, 'tab');
    await world.relais.core.store.db
      .updateTable('news' as never)
      .set({ published_at: new Date(Date.now() - 10 * 86_400_000).toISOString() } as never)
      .where('id' as never, '=', id as never)
      .execute();

    assert.equal((await world.api('POST', '/ambassadors/digests/run', {})).status, 202);
    const [digest] = await pollUntil(
      () =>
        world
          .teamsPostsWith('could use a hand')
          .filter((r) => r.path.includes(`personal-${ines.aadObjectId}`)),
      (p) => p.length > 0,
    );
    const text = JSON.stringify(digest!.body);
    assert.ok(
      text.includes('Omar Late') && text.includes('important news item past its date'),
      text.slice(0, 800),
    );
    assert.ok(!text.includes('Pia Done'), 'Pia acknowledged and uses Relais');
    const week = /\d{4}-W\d{2}/.exec(text)?.[0];
    const assignments = await world.api('GET', `/ambassadors/assignments${week ? `?week=${week}` : ''}`);
    assert.equal(assignments.status, 200, JSON.stringify(assignments.body));
    const listed = JSON.stringify(assignments.body);
    assert.ok(listed.includes(omar.id) && listed.includes('unacknowledged'), listed.slice(0, 600));
  });
});
