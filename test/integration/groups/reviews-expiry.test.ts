/**
 * Access reviews and guest expiry over HTTP, on SQLite and PostgreSQL + Redis, with time moved by
 * running the sweep as of a given instant: the review of a group is prepared once per period
 * (a second sweep adds nothing), its manager gets the card in their language with Keep / Remove
 * per guest and "Keep all active", decisions are recorded (`group.reviewed`), a reminder goes,
 * then the configured action: report to admins, or remove. A charter edited during the review
 * keeps for each guest the version they had accepted. A guest is told 7 days before expiry, the
 * manager extends from a card, and at expiry the guest is removed (`group.expired`).
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  until,
  type WorldPerson,
} from '../news/news-world.js';
import { DAY, guestHelpers, type Json, slackButtons } from './group-guests-world.js';

describeNewsBackends('Groups: access reviews and expiry (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  const start = Date.now();

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
  });
  after(async () => {
    await world?.close();
  });

  async function guestIn(groupId: string, name: string, by: WorldPerson): Promise<WorldPerson> {
    const guest = await world.slackPerson(name, { locale: 'en', kind: 'guest' });
    await g.acceptedGuest(groupId, guest, by);
    return guest;
  }

  const cardsTo = (who: WorldPerson, text: string) =>
    pollUntil(
      () => g.slackMessagesTo(who, text),
      (found) => found.length > 0,
    );

  it('prepares one review a period, records Keep / Remove / Keep all active, reminds, then reports', async () => {
    const manager = await world.slackPerson('Rémi Responsable', { locale: 'fr' });
    const admin = await world.slackPerson('Ada Admin', { locale: 'en' });
    await world.relais.core.store.db
      .insertInto('roles')
      .values({ person_id: admin.person.id, role: 'admin', scope: '' })
      .execute();
    const group = await g.charterGroup('Partners R', { charter: { fr: 'Charte', en: 'Charter' }, manager });
    const active = await guestIn(group.id, 'Alma Active', manager);
    const idle = await guestIn(group.id, 'Ivo Idle', manager);
    const leaving = await guestIn(group.id, 'Leo Leaving', manager);
    await world.relais.core.groups.store.markActive(
      group.id,
      active.person.id,
      new Date(start + 60 * DAY).toISOString(),
    );

    const opening = start + 91 * DAY;
    await g.sweep(opening);
    await g.sweep(opening);
    const card = (await cardsTo(manager, 'Revue des accès de Partners R (fr)'))[0];
    assert.equal(
      g.slackMessagesTo(manager, 'Revue des accès de Partners R (fr)').length,
      1,
      'one card a period',
    );
    const text = JSON.stringify(card);
    for (const name of ['Alma Active', 'Ivo Idle', 'Leo Leaving']) assert.ok(text.includes(name), name);
    assert.ok(text.includes('invité par Rémi Responsable'), text.slice(0, 600));

    // the charter edited during the review: each guest keeps the version they had accepted
    await world.relais.core.groups.store.addCharterVersion(group.id, {
      textFr: 'Charte 2',
      textEn: 'Charter 2',
    });
    const reviews = (await (
      await world.api('GET', `/groups/${group.id}/reviews`, { as: manager })
    ).json()) as Json;
    assert.equal(reviews.reviews.length, 1);
    assert.deepEqual(
      reviews.reviews[0].items.map((i: Json) => i.charterVersion),
      [1, 1, 1],
    );
    for (const guest of [active, idle, leaving])
      await world.relais.core.groups.store.acceptCharter(group.id, guest.person.id, 2);

    // Remove one, keep all active (Alma): Ivo stays undecided
    const removeButtons = slackButtons(card, 'groups.review.decide').filter(
      (b) => String(b.value).includes(leaving.person.id) && String(b.value).includes('remove'),
    );
    assert.equal(removeButtons.length, 1);
    await g.slackClick(
      manager,
      { blocks: [{ type: 'actions', elements: [{ type: 'button', ...removeButtons[0] }] }] },
      'groups.review.decide',
    );
    await g.slackClick(manager, card, 'groups.review.keep_active');
    await until(async () =>
      (await g.member(group.id, leaving))?.removedReason === 'review' ? true : undefined,
    );
    const decided = await until(async () => {
      const events = await g.events('group.reviewed', active.person.id);
      return events.length > 0 ? events : undefined;
    });
    assert.equal(JSON.parse(decided[0].data).decision, 'keep');
    const removed = await until(async () => {
      const events = await g.events('group.reviewed', leaving.person.id);
      return events.length > 0 ? events : undefined;
    });
    assert.equal(JSON.parse(removed[0].data).decision, 'remove');

    // a reminder, once; then the report to the admins, and Ivo stays
    await g.sweep(opening + 4.5 * DAY);
    await g.sweep(opening + 4.6 * DAY);
    await cardsTo(manager, 'Rappel');
    assert.equal(g.slackMessagesTo(manager, 'Rappel').length, 1);
    await g.sweep(opening + 8 * DAY);
    const report = await cardsTo(admin, 'Partners R (en)');
    assert.ok(
      JSON.stringify(report).includes('1 guests were not reviewed'),
      JSON.stringify(report).slice(0, 400),
    );
    assert.equal((await g.member(group.id, idle))?.removedAt, null);
    const closed = (await (await world.api('GET', `/groups/${group.id}/reviews`)).json()) as Json;
    assert.equal(closed.reviews[0].outcome, 'reported');
  });

  it('removes the guests left unreviewed where the group says so', async () => {
    const manager = await world.slackPerson('Max Manager', { locale: 'en' });
    const group = await g.charterGroup('Providers X', { charter: { fr: 'Charte', en: 'Charter' }, manager });
    await world.relais.core.store.db
      .updateTable('groups' as never)
      .set({ unreviewed_action: 'remove' } as never)
      .where('id' as never, '=', group.id as never)
      .execute();
    const guest = await guestIn(group.id, 'Sid Silent', manager);
    const opening = start + 91 * DAY;
    await g.sweep(opening);
    await cardsTo(manager, 'Access review of Providers X (en)');
    await g.sweep(opening + 8 * DAY);
    assert.equal((await g.member(group.id, guest))?.removedReason, 'review');
    const events = await g.events('group.reviewed', guest.person.id);
    assert.equal(JSON.parse(events[0].data).decision, 'unanswered');
  });

  it('warns a guest 7 days before expiry, lets the manager extend, removes at expiry', async () => {
    const group = await g.group('Clients E', undefined, { guestExpiryDays: 180, reviewPeriodDays: 1000 });
    const manager = await world.slackPerson('Eva Extend', { locale: 'fr' });
    await g.add(group.id, manager, 'manager');
    const guest = await world.slackPerson('Otto Outgoing', { locale: 'en', kind: 'guest' });
    await g.add(group.id, guest, 'member', manager);

    await g.sweep(start + 174 * DAY);
    await g.sweep(start + 175 * DAY);
    await cardsTo(guest, 'Your access to Clients E (en) ends on');
    assert.equal(g.slackMessagesTo(guest, 'Your access to Clients E (en) ends on').length, 1, 'told once');
    const managerCard = (await cardsTo(manager, 'Otto Outgoing'))[0];
    assert.ok(JSON.stringify(managerCard).includes('Prolonger de 180 jours'));

    await g.slackClick(manager, managerCard, 'groups.guest.extend');
    const extended = await until(async () => (await g.member(group.id, guest))?.expiresAt ?? undefined);
    assert.ok(Date.parse(extended) > start + 359 * DAY, extended);
    // the event is written just after the new date (the manager's click is still finishing)
    const extendedEvents = await until(async () => {
      const found = await g.events('group.extended', guest.person.id);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(extendedEvents.length, 1);

    await g.sweep(start + 181 * DAY);
    assert.equal((await g.member(group.id, guest))?.removedAt, null);
    await g.sweep(start + 361 * DAY);
    assert.equal((await g.member(group.id, guest))?.removedReason, 'expired');
    assert.equal((await g.events('group.expired', guest.person.id)).length, 1);
    await cardsTo(manager, 'a expiré');
  });
});
