/**
 * The charter gate over HTTP, on SQLite and PostgreSQL + Redis: a guest of a group with a charter
 * gets the charter card on first contact and, until they accept it, on every path — Slack command,
 * App Home and card click, Teams message, the REST API as themselves (403 `charter_pending` in
 * their language) — and their news copy waits (recorded `charter_pending`) until they accept, then
 * arrives. Acceptance is recorded once with its version and hash and the event; a new version
 * asks again and holds content meanwhile, keeping the earlier acceptance; the deadline removes a
 * guest who never accepts and tells the manager. Members are never held.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import { eventCallback, eventRequest, postToSlackEndpoint } from '../../harness/slack-signing.js';
import { botAddedActivity, postActivity } from '../../harness/teams-activities.js';
import {
  describeNewsBackends,
  type NewsWorld,
  SLACK_SECRET,
  SLACK_TEAM,
  startNewsWorld,
  until,
  type WorldPerson,
} from '../news/news-world.js';
import { tourInput } from '../tours/tours-world.js';
import { DAY, guestHelpers, type Json } from './group-guests-world.js';

const charter = { fr: 'Respectez la **confidentialité**.', en: 'Respect **confidentiality**.' };

describeNewsBackends('Groups: the charter before access (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  let manager: WorldPerson;

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    manager = await world.slackPerson('Maud Manager', { locale: 'fr' });
  });
  after(async () => {
    await world?.close();
  });

  async function newsTo(person: WorldPerson, tag: string): Promise<string> {
    const body = {
      variants: {
        fr: { title: `Info ${tag}`, summary: '', body: 'Texte', buttons: [] },
        en: { title: `News ${tag}`, summary: '', body: 'Text', buttons: [] },
      },
      audience: { people: [person.person.id] },
    };
    const created = await world.api('POST', '/news', { body });
    assert.equal(created.status, 201, await created.clone().text());
    const item = (await created.json()) as Json;
    const published = await world.api('POST', `/news/${item.id}/publish`, { body: {} });
    assert.equal(published.status, 200, await published.clone().text());
    return item.id;
  }

  it('holds a Slack guest on every path until they accept, then sends what waited', async () => {
    const group = await g.group('Partenaires A', charter);
    await g.add(group.id, manager, 'manager');
    const guest = await world.slackPerson('Gus Guest', { locale: 'en', kind: 'guest' });
    // the help card, met before joining the group: its buttons are clicked once held
    const helpCard = JSON.parse(await g.slackCommand(guest, 'help'));
    await g.add(group.id, guest, 'member', manager);

    // a tour for them from their first contact: its first step waits for the charter too
    const tour = await world.api('POST', '/tours', {
      body: tourInput({
        name: `Guest tour ${guest.userId}`,
        triggers: ['first_contact'],
        audience: { who: 'guests' },
        steps: [{ key: 'hello', schedule: 'first contact', title: `Guest step ${guest.userId}` }],
      }),
    });
    assert.ok(tour.status < 300, await tour.clone().text());

    // first contact (the App Home): the charter, in English, and nothing else
    const home = await g.slackHome(guest);
    assert.ok(
      home.includes('Charter of Partenaires A (en)') && home.includes('confidentiality'),
      home.slice(0, 400),
    );
    assert.ok(!home.includes('news'), 'no feed on a held Home');

    // a command: the charter card instead of the answer
    const answer = await g.slackCommand(guest, 'news');
    assert.ok(answer.includes('I accept the charter'), answer.slice(0, 400));

    // the REST API as the guest: 403 charter_pending, in their language; their charters pass
    const held = await world.api('GET', '/news/feed', { as: guest });
    assert.equal(held.status, 403);
    const { error } = (await held.json()) as Json;
    assert.equal(error.code, 'charter_pending');
    assert.match(error.message, /accept your group/);
    const mine = await world.api('GET', '/me/charters', { as: guest });
    assert.equal(mine.status, 200);
    const pending = ((await mine.json()) as Json).pending;
    assert.deepEqual(
      pending.map((p: Json) => [p.groupId, p.version]),
      [[group.id, 1]],
    );

    // a news item named to them waits, recorded charter_pending, nothing sent
    const newsId = await newsTo(guest, 'held');
    const waiting = await until(async () => {
      const d = await g.newsDelivery(newsId, guest);
      return d?.last_error === 'charter_pending' ? d : undefined;
    });
    assert.equal(waiting.status, 'queued');
    assert.equal(g.slackMessagesTo(guest, 'News held').length, 0);

    // the tour's first step, due at first contact, has not gone either
    assert.equal(g.slackMessagesTo(guest, `Guest step ${guest.userId}`).length, 0, 'the tour step waits');

    // a click on any other button answers the charter too (to the clicker alone)
    const charterCalls = () =>
      ['response_url', 'chat.postEphemeral', 'chat.update'].flatMap((m) =>
        world.slack.callsTo(m).filter((c) => JSON.stringify(c.body).includes('I accept the charter')),
      ).length;
    const before = charterCalls();
    const click = await g.slackClick(guest, helpCard, 'help.topic');
    assert.equal(click.status, 200);
    await pollUntil(charterCalls, (n) => n > before);

    // accept from the command's card: recorded once with the version and the hash
    await g.slackClick(guest, JSON.parse(answer), 'groups.charter.accept');
    await g.slackClick(guest, JSON.parse(answer), 'groups.charter.accept');
    // Slack is answered before the click is handled: wait for the record
    const accepted = await until(() =>
      world.relais.core.groups.store.acceptedVersion(group.id, guest.person.id),
    );
    assert.equal(accepted, 1);
    await until(async () =>
      (await g.events('group.charter_accepted', guest.person.id)).length > 0 ? true : undefined,
    );
    const rows = await world.relais.core.store.db
      .selectFrom('group_charter_acceptances' as never)
      .selectAll()
      .where('person_id' as never, '=', guest.person.id as never)
      .execute();
    assert.equal(rows.length, 1);
    const latest = await world.relais.core.groups.store.latestCharter(group.id);
    assert.equal((rows[0] as Json).hash, latest?.hash);
    const events = await g.events('group.charter_accepted', guest.person.id);
    assert.equal(events.length, 1);

    // what waited is sent now (the news copy, the tour step); the API answers again
    await pollUntil(
      () => g.slackMessagesTo(guest, `Guest step ${guest.userId}`),
      (found) => found.length === 1,
    );
    await until(async () => ((await g.newsDelivery(newsId, guest))?.status === 'sent' ? true : undefined));
    assert.equal(g.slackMessagesTo(guest, 'News held').length, 1);
    assert.equal((await world.api('GET', '/news/feed', { as: guest })).status, 200);

    // the manager sees who is pending: nobody now
    const status = (await (
      await world.api('GET', `/groups/${group.id}/charter/status`, { as: manager })
    ).json()) as Json;
    assert.equal(status.pendingCount, 0);
  });

  it('asks again for a new version, holds content meanwhile, keeps the version each accepted', async () => {
    const group = await g.group('Fournisseurs B', charter);
    await g.add(group.id, manager, 'manager');
    const guest = await world.teamsPerson('Tina Teams', { locale: 'fr', kind: 'guest' });
    await g.add(group.id, guest);

    // Teams: a message brings the charter card in French; accept it from the card
    const reply = await g.teamsMessage(guest, 'actus');
    assert.ok(
      reply.includes('Charte de Fournisseurs B (fr)') && reply.includes('confidentialité'),
      reply.slice(0, 400),
    );
    const invoke = await g.teamsExecute(guest, reply, 'groups.charter.accept');
    assert.ok(JSON.stringify(invoke).includes('Merci'), JSON.stringify(invoke).slice(0, 300));
    assert.equal((await world.api('GET', '/news/feed', { as: guest })).status, 200);

    // version 2: held again, the manager sees them pending, v1 stays recorded
    await world.relais.core.groups.store.addCharterVersion(group.id, {
      textFr: 'Nouvelle charte',
      textEn: 'New charter',
    });
    const heldAgain = await world.api('GET', '/news/feed', { as: guest });
    assert.equal(heldAgain.status, 403);
    assert.match(((await heldAgain.json()) as Json).error.message, /accepter d’abord la charte/);
    const status = (await (
      await world.api('GET', `/groups/${group.id}/charter/status`, { as: manager })
    ).json()) as Json;
    const row = status.members.find((m: Json) => m.personId === guest.person.id);
    assert.deepEqual([row.acceptedVersion, row.pending, status.currentVersion], [1, true, 2]);

    // accepting the old version's card records nothing: the current text is shown instead
    const stale = await world.api('POST', `/me/charters/${group.id}/accept`, {
      as: guest,
      body: { version: 1 },
    });
    assert.equal(stale.status, 409);
    const ok = await world.api('POST', `/me/charters/${group.id}/accept`, {
      as: guest,
      body: { version: 2 },
    });
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.deepEqual(((await ok.json()) as Json).pending, []);
    assert.equal((await g.events('group.charter_accepted', guest.person.id)).length, 2);
  });

  it('brings the charter card when a guest joins the group’s channel, once per version', async () => {
    const group = await g.group('Projet D', charter);
    const guest = await world.slackPerson('Jo Joiner', { locale: 'fr', kind: 'guest' });
    await g.add(group.id, guest);
    assert.equal((await g.member(group.id, guest))?.joinedAt, null);
    for (let i = 0; i < 2; i++) {
      const event = {
        type: 'member_joined_channel',
        user: guest.userId,
        channel: `C0PROJ${i}`,
        channel_type: 'C',
      };
      const res = await postToSlackEndpoint(
        world.relais.url,
        eventRequest(eventCallback({ teamId: SLACK_TEAM, event }), { secret: SLACK_SECRET }),
      );
      assert.equal(res.status, 200);
    }
    const cards = await pollUntil(
      () => g.slackMessagesTo(guest, 'J’accepte la charte'),
      (found) => found.length > 0,
    );
    assert.ok(JSON.stringify(cards[0]).includes('Charte de Projet D (fr)'));
    await until(async () => ((await g.member(group.id, guest))?.joinedAt ? true : undefined));
    assert.equal(g.slackMessagesTo(guest, 'J’accepte la charte').length, 1, 'once per version');
  });

  it('brings the charter card on Teams when a guest is added to the group’s team', async () => {
    const group = await g.group('Équipe T', charter);
    const guest = await world.teamsPerson('Theo Team', { locale: 'en', kind: 'guest' });
    await g.add(group.id, guest);
    const before = world.teams.sentActivities().length;
    const scene = {
      ...g.teamsScene(guest),
      conversation: { id: '19:general@thread.tacv2', conversationType: 'channel' as const },
    };
    const added = botAddedActivity(scene, [
      { id: guest.userId, aadObjectId: guest.aadObjectId!, name: guest.person.displayName },
    ]);
    const res = await postActivity(world.relais.url, added);
    assert.ok(res.status < 300, `status ${res.status}`);
    // in Theo's own chat: another guest's charter card may be going out meanwhile
    const sent = await pollUntil(
      () => g.teamsMessagesTo(guest, 'I accept the charter', before),
      (found) => found.length > 0,
    );
    assert.ok(JSON.stringify(sent[0]).includes('Charter of Équipe T (en)'));
  });

  it('removes a guest who never accepts after the deadline, tells the manager; members are never held', async () => {
    const group = await g.group('Clients C', charter, { charterDeadlineDays: 14 });
    await g.add(group.id, manager, 'manager');
    const guest = await world.slackPerson('Ned Never', { locale: 'en', kind: 'guest' });
    const member = await world.slackPerson('Mia Member', { locale: 'en' });
    await g.add(group.id, guest);
    await g.add(group.id, member);
    await g.slackHome(guest); // first contact: joined now
    const heldNews = await newsTo(guest, 'never');
    await until(async () =>
      (await g.newsDelivery(heldNews, guest))?.last_error === 'charter_pending' ? true : undefined,
    );
    assert.equal((await world.api('GET', '/news/feed', { as: member })).status, 200);

    const now = Date.now();
    await g.sweep(now + 13 * DAY);
    assert.equal((await g.member(group.id, guest))?.removedAt, null);
    // other tests' guests may go in the same sweep: this one is among them
    const swept = await g.sweep(now + 15 * DAY);
    assert.ok(swept.charterRemoved >= 1);
    const removed = await g.member(group.id, guest);
    assert.equal(removed?.removedReason, 'charter_deadline');
    assert.equal((await g.events('group.removed', guest.person.id)).length, 1);
    // what was held for them is cancelled, never sent
    assert.equal((await g.newsDelivery(heldNews, guest))?.status, 'cancelled');
    assert.equal(g.slackMessagesTo(guest, 'News never').length, 0);
    // the manager is told, in French; a second sweep removes nothing more
    await pollUntil(
      () => g.slackMessagesTo(manager, 'Ned Never'),
      (found) => found.some((m) => JSON.stringify(m).includes('a été retiré')),
    );
    await g.sweep(now + 16 * DAY);
    assert.equal((await g.events('group.removed', guest.person.id)).length, 1);
    // no longer in a group with a pending charter: no longer held
    assert.equal((await world.api('GET', '/me/charters', { as: guest })).status, 200);
  });
});
