/**
 * POST /api/v1/tours/audience-reach, on SQLite and on PostgreSQL + Redis: the tour editor's count
 * of who a tour audience matches in the directory today. A tour's departments AND sites narrow its
 * "who" (newcomers are members, managers are members somebody reports to, guests are guests),
 * unlike a news audience where they add up; the count says where each person is reached. The
 * refusals are those of saving a tour, and only communicators may ask.
 */
import assert from 'node:assert/strict';
import { describeToursBackends, startToursWorld, type ToursWorld } from './tours-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

describeToursBackends('Tour audience reach over HTTP', (backendEnv) => {
  let world: ToursWorld;
  // names of this run only: the world's directory is shared with the other tests of the file
  const stamp = Date.now().toString(36);
  const dept = `Reach dept ${stamp}`;
  const [lyon, paris] = [`Reach Lyon ${stamp}`, `Reach Paris ${stamp}`];

  before(async () => {
    world = await startToursWorld(backendEnv());
    const ana = await world.teamsPerson('Ana', { department: dept, site: lyon });
    await world.slackPerson('Ben', { department: dept, site: paris, managerId: ana.person.id });
    await world.teamsPerson('Gus', { department: dept, site: lyon, kind: 'guest' });
    await world.teamsPerson('Zoé', { department: `Other ${stamp}`, site: lyon });
  });
  after(async () => {
    await world?.close();
  });

  const reach = async (
    audience: Json,
    status = 200,
    as?: Parameters<ToursWorld['api']>[2] extends infer O ? (O extends { as?: infer A } ? A : never) : never,
  ) => {
    const response = await world.api('POST', '/tours/audience-reach', { body: audience, as });
    const body = await response.json();
    assert.equal(response.status, status, JSON.stringify(body));
    return body;
  };
  const counts = (r: Json) => [r.people, r.teams, r.slack, r.unreachable];

  it('counts who fits, as journeys decide it: departments and sites narrow "who"', async () => {
    // Ana (Teams) and Ben (Slack); Gus is a guest, Zoé is in another department
    assert.deepEqual(counts(await reach({ who: 'newcomers', departments: [dept] })), [2, 1, 1, 0]);
    // and, not or: only Ana is in the department at Lyon (Zoé is at Lyon, not in it)
    assert.deepEqual(
      counts(await reach({ who: 'newcomers', departments: [dept], sites: [lyon] })),
      [1, 1, 0, 0],
    );
    // Ben reports to Ana
    assert.deepEqual(counts(await reach({ who: 'managers', departments: [dept] })), [1, 1, 0, 0]);
    assert.deepEqual(counts(await reach({ who: 'guests', departments: [dept] })), [1, 1, 0, 0]);
    // a site alone: the members at Lyon, Ana and Zoé (Gus is a guest)
    assert.deepEqual(counts(await reach({ who: 'newcomers', sites: [lyon] })), [2, 2, 0, 0]);
    // every new person of the organisation: its members, never Gus the guest
    const everyone = await reach({ who: 'everyone' });
    assert.ok(everyone.people >= 3, JSON.stringify(everyone));
    const members = await reach({ who: 'newcomers' });
    assert.equal(everyone.people, members.people, 'everyone counts the members only');
  });

  it('refuses what saving refuses, with stable codes, and answers only communicators', async () => {
    const ambiguous = await reach({ who: 'everyone', departments: [dept] }, 400);
    assert.equal(ambiguous.error.code, 'audience_ambiguous');
    const unknown = await reach({ who: 'newcomers', departments: [`Nowhere ${stamp}`] }, 400);
    assert.equal(unknown.error.code, 'audience_unknown');
    await reach({ who: 'nobody' }, 400);
    const pat = await world.slackPerson('Pat Plain');
    await reach({ who: 'newcomers' }, 403, pat);
  });
});
