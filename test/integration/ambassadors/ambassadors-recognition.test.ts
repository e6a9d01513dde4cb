/**
 * Recognition on Teams, end to end over HTTP (the real adapter, the fake connector), on SQLite and
 * on PostgreSQL + Redis: a relay and a nudge show in the ambassador's figures; the nudged
 * colleague who uses Relais again counts as back; the leaderboard of a department leaves out the
 * ambassador who opted out and the ambassadors of other departments; the thank-you card goes once
 * per ambassador and month however often it is asked, with their own figures and their name
 * escaped; only the ambassador, communicators and admins see the figures.
 */
import assert from 'node:assert/strict';
import type { Principal } from '../../../shared/auth/principal.js';
import { pollUntil } from '../../harness/eventually.js';
import {
  executeActionActivity,
  installationUpdateActivity,
  messageActivity,
  type TeamsUser,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type CardJson, cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

describeToursBackends('Ambassador recognition on Teams', (getWorld) => {
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

  const cardsTo = (user: TeamsUser, text: string) =>
    world.teamsPostsWith(text).filter((r) => r.path.includes(`personal-${user.aadObjectId}`));
  const click = (user: TeamsUser, action: CardJson) =>
    world.teamsPost(executeActionActivity(world.teamsScene(user), action));
  const verb = (card: CardJson, name: string, personId?: string) => {
    const found = executeActionsOf(card).find(
      (a) => a.verb === name && (!personId || a.data?.payload?.personId === personId),
    );
    assert.ok(found, `no ${name} button`);
    return found;
  };

  it('counts relays, colleagues helped and back, ranks without opt-outs, thanks once a month', async () => {
    const tag = unique();
    const dept = `Care ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@rec.test`;
    await world.api('POST', '/people/import', [
      { email: mail('una'), displayName: 'Una *Amb*', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('vic'), displayName: 'Vic Amb', department: dept, roles: 'ambassador', locale: 'fr' },
      { email: mail('wes'), displayName: 'Wes Elsewhere', department: `Other ${tag}`, roles: 'ambassador' },
      { email: mail('dora'), displayName: 'Dora Quiet', department: dept, locale: 'fr' },
    ]);
    const people = world.relais.core.people;
    const una = await teamsPerson('Una *Amb*', mail('una'));
    const vic = await teamsPerson('Vic Amb', mail('vic'));
    const doraUser = await teamsPerson('Dora Quiet', mail('dora'));
    const [unaP, vicP, wesP, doraP] = await Promise.all(
      ['una', 'vic', 'wes', 'dora'].map(async (w) => (await people.findByEmail(mail(w)))!),
    );
    await world.relais.core.store.db.deleteFrom('events').where('person_id', '=', doraP!.id).execute();

    // Una relays a news item "elsewhere"
    const item = await world.api('POST', '/news', {
      variants: { en: { title: `Recognise ${tag}` } },
      audience: { everyone: true },
    });
    assert.equal((await world.api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    const campaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'news',
      subjectId: item.body.id,
      message: { fr: 'Partagez', en: 'Share' },
      relayDate: '2026-12-09',
      departments: [dept],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const [request] = await pollUntil(
      () =>
        cardsTo(una, `Recognise ${tag}`).filter((r) => JSON.stringify(r.body).includes('Could you relay')),
      (p) => p.length > 0,
    );
    assert.equal((await click(una, verb(cardOf(request), 'ambassador.relay_elsewhere'))).status, 200);

    // Dora is listed to one of them, who nudges her; she then uses Relais again
    assert.equal((await world.api('POST', '/ambassadors/digests/run', {})).status, 202);
    const withDora = await pollUntil(
      () =>
        [...cardsTo(una, 'Dora Quiet'), ...cardsTo(vic, 'Dora Quiet')].filter((r) =>
          executeActionsOf(cardOf(r)).some((a) => a.verb === 'ambassador.digest_nudge'),
        ),
      (p) => p.length > 0,
    );
    const helper = withDora[0]!.path.includes(`personal-${una.aadObjectId}`) ? una : vic;
    const helperId = helper === una ? unaP!.id : vicP!.id;
    await click(helper, verb(cardOf(withDora[0]), 'ambassador.digest_nudge', doraP!.id));
    await pollUntil(
      () => cardsTo(doraUser, 'votre ambassadeur'),
      (p) => p.length > 0,
    );
    assert.equal((await world.teamsPost(messageActivity(world.teamsScene(doraUser), 'aide'))).status, 200);
    await pollUntil(
      () =>
        world.relais.core.store.db
          .selectFrom('events')
          .select('id')
          .where('person_id', '=', doraP!.id)
          .where('type', '=', 'command.used')
          .execute(),
      (rows) => rows.length > 0,
    );

    // Vic leaves the leaderboard
    const optOut = await world.api('PATCH', `/ambassadors/${vicP!.id}`, { leaderboardOptOut: true });
    assert.equal(optOut.status, 200, JSON.stringify(optOut.body));

    // the thank-you, asked twice, goes once to each; it also records Dora's return
    for (const _ of [1, 2])
      assert.equal((await world.api('POST', '/ambassadors/thanks/run', { month: 'this' })).status, 202);
    const unaThanks = await pollUntil(
      () => cardsTo(una, 'Thank you, Una'),
      (p) => p.length > 0,
    );
    const vicThanks = await pollUntil(
      () => cardsTo(vic, 'Merci, Vic'),
      (p) => p.length > 0,
    );
    const unaTexts = textsOf(cardOf(unaThanks[0]));
    assert.ok(
      unaTexts.some((t) => t.includes('Thank you, Una \\*Amb\\*!')),
      `the name escaped: ${unaTexts.join(' | ')}`,
    );
    const helperCard = textsOf(cardOf((helper === una ? unaThanks : vicThanks)[0]));
    assert.ok(
      helperCard.some((t) => /within 7 days|dans les 7 jours/.test(t)),
      helperCard.join(' | '),
    );

    const figures = await pollUntil(
      () => world.api('GET', `/ambassadors/${helperId}/figures`),
      (r) => r.body.figures?.returned === 1,
    );
    assert.equal(figures.status, 200);
    assert.equal(figures.body.figures.helped, 1);
    const unaFigures = (await world.api('GET', `/ambassadors/${unaP!.id}/figures`)).body.figures;
    assert.equal(unaFigures.relays, 1);
    assert.equal(unaFigures.channelRelays, 0);
    assert.equal(unaFigures.reachUnknown, 0);
    const thanked = await world.relais.core.store.db
      .selectFrom('events')
      .select('person_id')
      .where('type', '=', 'ambassador.thanked')
      .where('person_id', 'in', [unaP!.id, vicP!.id, wesP!.id])
      .execute();
    assert.equal(thanked.length, 3, 'once per ambassador and month, however often asked');
    assert.equal(cardsTo(una, 'Thank you, Una').length, 1);

    const board = await world.api('GET', `/ambassadors/leaderboard?department=${encodeURIComponent(dept)}`);
    assert.equal(board.status, 200, JSON.stringify(board.body));
    assert.deepEqual(
      board.body.entries.map((e: { personId: string }) => e.personId),
      [unaP!.id],
      'Vic opted out, Wes is of another department',
    );
    assert.equal(board.body.entries[0].rank, 1);
    const all = (await world.api('GET', '/ambassadors/leaderboard')).body.entries;
    assert.ok(all.some((e: { personId: string }) => e.personId === wesP!.id));
    assert.ok(!all.some((e: { personId: string }) => e.personId === vicP!.id));

    // bad input and rights
    assert.equal((await world.api('GET', `/ambassadors/${doraP!.id}/figures`)).status, 404);
    const badMonth = await world.api('GET', `/ambassadors/${unaP!.id}/figures?month=2026-13`);
    assert.equal(badMonth.status, 400);
    const as = (p: typeof doraP): Principal => ({ kind: 'person', person: p! });
    const service = world.relais.core.ambassadors;
    await assert.rejects(service.figures(as(doraP), unaP!.id), { code: 'forbidden' });
    await assert.rejects(service.leaderboard(as(doraP), {}), { code: 'forbidden' });
    assert.equal((await service.figures(as(unaP), unaP!.id)).figures.relays, 1);
    assert.equal((await service.leaderboard(as(vicP), { department: dept })).length, 1);
  });
});
