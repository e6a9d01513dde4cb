/**
 * A group's tour for the guests already in the group, over HTTP on SQLite and PostgreSQL + Redis:
 * setting a tour on a group starts it (a durable job) for its guests already there, on Teams and
 * Slack, not for the organisation's members; changing its steps walks the group again without
 * starting it twice for anyone; a guest whose charter is pending gets it only once they accept.
 */
import assert from 'node:assert/strict';
import { TOUR_CATCHUP_QUEUE } from '../../../shared/groups/portal/portal-tour-catchup.js';
import { describeNewsBackends, until, type WorldPerson } from '../news/news-world.js';
import { type GroupsWorld, startGroupsWorld } from './groups-world.js';

describeNewsBackends(
  'Groups: a new or changed tour reaches the guests already there (HTTP)',
  (backendEnv) => {
    let world: GroupsWorld;
    let mia: WorldPerson; // member, manager of A and C
    let mo: WorldPerson; // member of the organisation, plain member of A
    let gina: WorldPerson; // Teams guest of A
    let sam: WorldPerson; // Slack guest of A
    let pat: WorldPerson; // Slack guest of C, whose charter waits for him

    const created = async (nameEn: string) => {
      const res = await world.call('POST', '/groups', {
        body: { nameEn, nameFr: nameEn, kind: 'partners', managers: [mia.person.id] },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    };
    const add = async (groupId: string, who: WorldPerson) => {
      const res = await world.call('POST', `/groups/${groupId}/members`, {
        as: mia,
        body: { person: who.person.id, right: 'member' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    };
    const setTour = async (groupId: string, title: string) => {
      const res = await world.call('PUT', `/groups/${groupId}/portal/tour`, {
        as: mia,
        body: {
          steps: [{ key: 'hello', schedule: 'first contact', content: { en: { title, text: 'Hello' } } }],
        },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.tour.id as string;
    };
    const journeys = async (who: WorldPerson, tourId: string) =>
      (await world.relais.core.tours.journeysOf(who.person.id)).filter((j) => j.tourId === tourId);
    /** the walk asked for this version of the tour has run through the group */
    const walked = (tourId: string, version: number) =>
      until(async () => {
        const state = await world.relais.core.jobs.getState(TOUR_CATCHUP_QUEUE, `${tourId}:${version}:`);
        return state === 'completed' ? true : undefined;
      });

    before(async () => {
      world = await startGroupsWorld(backendEnv());
      mia = await world.teamsPerson('Mia Manager', { locale: 'en' });
      mo = await world.teamsPerson('Mo Member', { locale: 'en' });
      gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
      sam = await world.slackPerson('Sam Guest', { locale: 'en', kind: 'guest' });
      pat = await world.slackPerson('Pat Guest', { locale: 'en', kind: 'guest' });
    });

    after(async () => {
      await world?.close();
    });

    it('starts once for the guests already in the group, not for members; a change starts nothing twice', async () => {
      const groupA = await created('Partners A');
      for (const who of [mo, gina, sam]) await add(groupA, who);

      const tourId = await setTour(groupA, 'Step A');
      for (const who of [gina, sam]) {
        await until(async () => ((await journeys(who, tourId)).length === 1 ? true : undefined), {
          what: `${who.person.displayName}'s group tour`,
        });
      }
      await walked(tourId, 1);
      assert.equal((await journeys(mo, tourId)).length, 0);
      assert.equal((await journeys(mia, tourId)).length, 0);
      // the first step reaches each guest on their platform
      await until(() =>
        world.slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body).includes('Step A')),
      );

      // the steps change: the group is walked again, and nobody gets the tour a second time
      assert.equal(await setTour(groupA, 'Step A, again'), tourId);
      await walked(tourId, 2);
      for (const who of [gina, sam]) assert.equal((await journeys(who, tourId)).length, 1);
    });

    it('a guest whose charter is pending gets the tour once they accept it', async () => {
      const groupC = await created('Partners C');
      await add(groupC, pat);
      const charter = await world.call('POST', `/groups/${groupC}/charters`, {
        as: mia,
        body: { textFr: 'Charte C.', textEn: 'Charter C.' },
      });
      assert.equal(charter.status, 201, JSON.stringify(charter.body));

      const tourId = await setTour(groupC, 'Step C');
      await walked(tourId, 1);
      assert.equal((await journeys(pat, tourId)).length, 0);

      const accepted = await world.call('POST', `/me/charters/${groupC}/accept`, {
        as: pat,
        body: { version: 1 },
      });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      assert.equal((await journeys(pat, tourId)).length, 1);
    });
  },
);
