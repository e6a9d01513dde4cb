/**
 * The welcome tour's resource person falls back to the ambassadors, on SQLite and on PostgreSQL +
 * Redis: with no resource person set, a newcomer is shown an active ambassador of their
 * department (before one of their site, never themself, never a paused one); a resource person
 * set for the department wins.
 */
import assert from 'node:assert/strict';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

describeToursBackends('Ambassadors as the tour resource person', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  it('falls back to an ambassador of the department, then of the site, unless a resource person is set', async () => {
    const tag = unique();
    const dept = `Legal ${tag}`;
    const site = `Lyon ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    const imported = await world.api('POST', '/people/import', [
      { email: mail('sara'), displayName: 'Sara Site', site, roles: 'ambassador' },
      { email: mail('dan'), displayName: 'Dan Dept', department: dept, roles: 'ambassador' },
      { email: mail('pat'), displayName: 'Aaron Paused', department: dept, roles: 'ambassador' },
      { email: mail('ned'), displayName: 'Ned New', department: dept, site },
      { email: mail('rex'), displayName: 'Rex Resource', department: dept },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const people = world.relais.core.people;
    const [sara, dan, pat, ned, rex] = await Promise.all(
      ['sara', 'dan', 'pat', 'ned', 'rex'].map(async (w) => (await people.findByEmail(mail(w)))!),
    );
    const paused = await world.api('PATCH', `/ambassadors/${pat!.id}`, { status: 'paused' });
    assert.equal(paused.status, 200, JSON.stringify(paused.body));
    const tours = world.relais.core.tours;

    assert.equal((await tours.resourceFor(ned!))?.id, dan!.id, "the department's ambassador");
    assert.equal((await tours.resourceFor(dan!))?.id, undefined, 'never themself');
    // a newcomer of the site only: the site's ambassador
    const siteOnly = { ...ned!, department: null };
    assert.equal((await tours.resourceFor(siteOnly))?.id, sara!.id);

    const set = await world.api('PUT', '/tours/resources', {
      scope: 'department',
      value: dept,
      personId: rex!.id,
    });
    assert.ok(set.status < 300, JSON.stringify(set.body));
    assert.equal((await tours.resourceFor(ned!))?.id, rex!.id, 'a resource person set wins');
  });
});
