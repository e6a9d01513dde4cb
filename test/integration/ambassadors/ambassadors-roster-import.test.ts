/**
 * The console's roster import over REST, on SQLite and on PostgreSQL + Redis: each row is named
 * with its scope (or the person's own), an unknown address and a guest are reported on their
 * rows in the caller's language while the others are named; importing again keeps one roster entry.
 */
import assert from 'node:assert/strict';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

describeToursBackends('Ambassadors roster import', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  it('names each row, reports the unknown and the refused on their rows, and keeps one entry on a second import', async () => {
    const tag = unique();
    const dept = `Audit ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('ava'), displayName: 'Ava Import', department: dept },
      { email: mail('ben'), displayName: 'Ben Import', department: dept },
      { email: mail('gil'), displayName: 'Gil Guest', department: dept, kind: 'guest' },
    ]);
    const rows = [
      { email: mail('ava') },
      { email: mail('ben'), sites: [`Nantes ${tag}`] },
      { email: mail('nobody') },
      { email: mail('gil') },
    ];
    const imported = await world.api('POST', '/ambassadors/import', { rows });
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const results = imported.body.results as { email: string; outcome: string; message: string | null }[];
    assert.deepEqual(
      results.map((r) => r.outcome),
      ['named', 'named', 'unknown', 'refused'],
    );
    assert.match(results[2]!.message!, /annuaire|directory/);
    assert.match(results[3]!.message!, /invité|guest/);

    const roster = (await world.api('GET', '/ambassadors')).body.ambassadors as {
      email: string;
      scope: { departments: string[]; sites: string[] };
      source: string;
    }[];
    const ava = roster.find((a) => a.email === mail('ava'));
    const ben = roster.find((a) => a.email === mail('ben'));
    assert.deepEqual(ava?.scope, { departments: [dept], sites: [], groups: [] });
    assert.deepEqual(ben?.scope, { departments: [], sites: [`Nantes ${tag}`], groups: [] });
    assert.equal(ava?.source, 'import');

    const again = await world.api('POST', '/ambassadors/import', { rows: rows.slice(0, 1) });
    assert.equal(again.status, 200);
    const entries = (await world.api('GET', '/ambassadors')).body.ambassadors.filter(
      (a: { email: string }) => a.email === mail('ava'),
    );
    assert.equal(entries.length, 1);
    const empty = await world.api('POST', '/ambassadors/import', { rows: [] });
    assert.equal(empty.status, 400);
  });
});
